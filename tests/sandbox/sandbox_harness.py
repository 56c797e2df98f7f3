"""Moved to sandbox.testing; kept until the tests import it from there."""

from sandbox.testing import FAST, Server, conforms, free_port, sse_events  # noqa: F401
