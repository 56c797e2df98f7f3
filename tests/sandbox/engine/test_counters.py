"""The shared rate-limit counters: exact counts, windows that end, slots shared and reused."""

from __future__ import annotations

from pathlib import Path

import pytest

from minimax_sandbox.counters import Counters, TableFull


def test_counts_up_to_the_limit_then_marks_refusals_without_counting(tmp_path: Path) -> None:
    counters = Counters(tmp_path / "c", window_seconds=60)
    used = [counters.hit("k/op", 3, now=100.0)[1] for _ in range(5)]
    assert used == [1, 2, 3, 4, 4]  # 4 = limit + 1: refused, and the refusals are not counted


def test_a_window_ends_after_its_length(tmp_path: Path) -> None:
    counters = Counters(tmp_path / "c", window_seconds=60)
    assert counters.hit("k/op", 1, now=100.0) == (100.0, 1)
    assert counters.hit("k/op", 1, now=159.9) == (100.0, 2)
    assert counters.hit("k/op", 1, now=160.0) == (160.0, 1)


def test_keys_are_counted_apart_and_processes_share_one_file(tmp_path: Path) -> None:
    one, other = Counters(tmp_path / "c", 60), Counters(tmp_path / "c", 60)  # two "workers"
    one.hit("a/op", 10, now=1.0)
    other.hit("a/op", 10, now=2.0)
    assert one.hit("a/op", 10, now=3.0) == (1.0, 3)
    assert other.hit("b/op", 10, now=3.0) == (3.0, 1)


def test_peek_and_refund_leave_and_give_back(tmp_path: Path) -> None:
    counters = Counters(tmp_path / "c", 60)
    assert counters.peek("k/op", now=1.0) is None
    counters.hit("k/op", 10, now=1.0)
    counters.hit("k/op", 10, now=2.0)
    counters.refund("k/op", window_start=1.0)
    assert counters.peek("k/op", now=3.0) == (1.0, 1)


def test_ended_windows_free_their_slots_and_a_full_table_says_so(tmp_path: Path) -> None:
    counters = Counters(tmp_path / "c", 60, slots=4)
    for key in "abcd":
        counters.hit(key, 5, now=0.0)
    with pytest.raises(TableFull):
        counters.hit("e", 5, now=30.0)  # every window still running
    assert counters.hit("e", 5, now=61.0) == (61.0, 1)  # an ended one is taken over
    assert sum(counters.peek(key, now=61.5) is not None for key in "abcde") == 1
