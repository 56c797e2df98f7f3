"""Ids of requests and resources: a prefix and 24 hex digits (96 random bits).

They must be unique, not secret (every resource is looked up within its account, and a
download needs its signature), so they come from a generator seeded from the OS once per
process, and again after a fork: drawing from the OS on every request cost a system call.
"""

from __future__ import annotations

import os
import random

_IDS = random.Random()
os.register_at_fork(after_in_child=_IDS.seed)


def new_id(prefix: str) -> str:
    return f"{prefix}{_IDS.getrandbits(96):024x}"
