"""The contract suite's Schemathesis settings against the spec they stand beside."""

from __future__ import annotations

import tomllib

from contract_tests.run import CONFIG
from minimax_openapi.spec import shared


def test_every_operation_with_a_body_limit_may_answer_413() -> None:
    """A generated body may be over an operation's x-max-body-bytes, and 413 is then the right
    answer to positive and negative data alike; the settings name those operations by hand."""
    config = tomllib.loads(CONFIG.read_text(encoding="utf-8"))
    allowed = {
        operation_id
        for block in config["operations"]
        if all(
            "413" in block["checks"].get(check, {}).get("expected-statuses", ())
            for check in ("positive_data_acceptance", "negative_data_rejection")
        )
        for operation_id in block["include-operation-id"]
    }
    limited = {op.id for op in shared().operations if op.max_body_bytes is not None}
    assert allowed == limited
