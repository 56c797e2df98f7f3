"""Every check of the contract suite can fail: run the suite against the sandbox with one
deliberate fault at a time (contract_tests/faults.py) and assert it reports the fault and
names the check that caught it. A contract suite that cannot fail proves nothing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

# fault -> (the operation it breaks, the check the report must name)
FAULTS = {
    "wrong_field_type": ("models.list", "Response violates schema"),
    "missing_rate_limit_header": ("models.list", "Custom check failed: `rate_limit_headers`"),
    "server_error_on_input": ("chat.completions.create", "Server error"),
    "undocumented_status": ("models.list", "Undocumented status code"),
    "broken_sse_frame": ("chat.completions.create", "Custom check failed: `sse_frames_conform`"),
    "auth_ignored": ("models.list", "API accepts requests without authentication"),
    "request_id_mismatch": ("models.list", "Custom check failed: `request_id_matches`"),
    "no_retry_after": ("chat.completions.create", "Custom check failed: `retry_after_on_429`"),
    "replay_not_marked": (
        "embeddings.create",
        "Custom check failed: `idempotent_replay_is_identical`",
    ),
    "remaining_stuck": (
        "models.retrieve",
        "Custom check failed: `rate_limit_remaining_decreases`",
    ),
    "admin_key_taken": ("models.list", "Custom check failed: `keys_kept_apart`"),
    "deprecation_dropped": (
        "chat.completions.create",
        "Custom check failed: `deprecation_headers`",
    ),
    "deprecation_for_every_model": (
        "chat.completions.create",
        "Custom check failed: `deprecation_headers`",
    ),
}


def run_suite(
    tmp_path: Path, *options: str, fault: str | None = None
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MINIMAX_")}
    if fault:
        env["MINIMAX_SANDBOX_FAULT"] = fault
        options = ("--sandbox-app", "tests.contract.faults:create_app", *options)
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "contract_tests",
            "--report-dir",
            str(tmp_path),
            "--skip-client",
            *options,
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )


def test_every_custom_check_is_exercised_by_a_fault() -> None:
    from contract_tests.run import custom_checks

    named = {check.split("`")[1] for _, check in FAULTS.values() if "`" in check}
    assert named == set(custom_checks()) and len(named) == 8


@pytest.mark.parametrize("fault", FAULTS)
def test_the_suite_reports_the_fault_and_names_the_check(fault: str, tmp_path: Path) -> None:
    operation, check = FAULTS[fault]
    run = run_suite(
        tmp_path,
        "--include-operation-id",
        operation,
        "--max-examples",
        "10",
        "--phases",
        "examples,coverage,fuzzing",
        fault=fault,
    )
    assert run.returncode == 1, run.stdout[-3000:] + run.stderr[-3000:]
    assert check in run.stdout, run.stdout[-3000:]


def test_the_same_operation_passes_without_the_fault(tmp_path: Path) -> None:
    run = run_suite(
        tmp_path,
        "--include-operation-id",
        "models.list",
        "--max-examples",
        "10",
        "--phases",
        "examples,coverage,fuzzing",
    )
    assert run.returncode == 0, run.stdout[-3000:]
    assert "failures:    0" in run.stdout


def test_a_live_key_is_refused_without_allow_live(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "MINIMAX_BASE_URL": "http://127.0.0.1:9/v1",
        "MINIMAX_API_KEY": "mmx_live_" + "a" * 32,
    }
    env.pop("MINIMAX_ALLOW_LIVE", None)
    run = subprocess.run(
        [sys.executable, "-m", "contract_tests", "--report-dir", str(tmp_path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert run.returncode != 0
    assert "MINIMAX_ALLOW_LIVE=1" in run.stderr
    assert "a" * 32 not in run.stdout + run.stderr  # the key is never echoed
