"""Run the contract suite: Schemathesis, every check, against the sandbox or a deployment.

    python -m contract_tests [--deep] [--seed N] [--report-dir DIR] [SCHEMATHESIS OPTIONS...]

With no environment, it starts a sandbox on a free loopback port with a fresh data dir and a
fresh test key (and the sandbox's admin key), and stops it afterwards. With MINIMAX_BASE_URL
and MINIMAX_API_KEY set, it targets that deployment instead, and its administration operations
too when MINIMAX_ADMIN_KEY is set (they are left out otherwise); an `mmx_live_` key is refused
unless MINIMAX_ALLOW_LIVE=1, because live calls are billed. Options it does not know are
passed to `schemathesis run` (e.g. `--include-operation-id models.list`). Exit status:
Schemathesis' own (0 clean, 1 failures, 2 usage or configuration error).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from minimax_openapi.spec import SPEC_PATH, shared
from minimax_sandbox.testing import Server

HERE = Path(__file__).resolve().parent
CONFIG = HERE / "schemathesis.toml"
EXAMPLES = {"default": 25, "deep": 400}


def custom_checks() -> list[str]:
    """The checks contract_tests/checks.py registers with Schemathesis."""
    from schemathesis.checks import CHECKS

    import contract_tests.checks  # noqa: F401  (registers them)

    return [c.__name__ for c in CHECKS.get_all() if c.__module__ == "contract_tests.checks"]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m contract_tests",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--deep", action="store_true", help="many more examples (nightly)")
    parser.add_argument("--seed", type=int, default=20261128, help="for reproducible runs")
    parser.add_argument("--report-dir", type=Path, default=Path("reports/contract"))
    parser.add_argument(
        "--skip-client",
        action="store_true",
        help="do not drive the generated client end to end afterwards",
    )
    parser.add_argument(
        "--sandbox-app",
        default="minimax_sandbox.app:create_app",
        help="ASGI app factory for the started sandbox (tests inject faults)",
    )
    return parser


def _target(args: argparse.Namespace, work: Path) -> tuple[str, str, str | None, Server | None]:
    """(base URL, API key, admin key or None, the sandbox started for this run or None)."""
    base_url, key = os.environ.get("MINIMAX_BASE_URL"), os.environ.get("MINIMAX_API_KEY")
    if base_url and key:
        live = shared().keys.production_prefix
        if key.startswith(live) and os.environ.get("MINIMAX_ALLOW_LIVE") != "1":
            raise SystemExit(
                f"Refusing to run against a live key ({live}...): the suite makes thousands of"
                " billed calls. Set MINIMAX_ALLOW_LIVE=1 to run it anyway."
            )
        return base_url.rstrip("/"), key, os.environ.get("MINIMAX_ADMIN_KEY"), None
    if base_url or key:
        raise SystemExit("Set both MINIMAX_BASE_URL and MINIMAX_API_KEY, or neither.")
    server = Server(work / "sandbox", app=args.sandbox_app).start()
    # Limits high enough that the suite measures the contract, not the rate limiter.
    key = server.new_key(name="contract", tier="enterprise", enterprise_rpm=10**7)
    return server.base_url, key, server.admin_key, server


def _without_admin(admin_key: str | None) -> list[str]:
    """Schemathesis options leaving out the administration operations when no admin key is
    at hand (a deployment's is the account owner's to give)."""
    if admin_key:
        return []
    return [f"--exclude-operation-id={o.id}" for o in shared().operations if o.admin]


def _client_end_to_end(base_url: str, key: str) -> int | None:
    """The generated SDKs through every operation against the same target: the Python client
    (sync and async), the TypeScript SDK and the Go SDK, by their own end-to-end tests told
    where to go. None when the tests are not at hand."""
    tests = [
        HERE.parent / "tests" / "client" / "test_client_sandbox.py",
        HERE.parent / "tests" / "typescript" / "test_typescript_sdk.py",
        HERE.parent / "tests" / "go" / "test_go_sdk.py",
    ]
    if not all(path.exists() for path in tests):
        return None
    print("\nThe generated SDKs, end to end against the same target:", flush=True)
    env = {**os.environ, "MINIMAX_E2E_BASE_URL": base_url, "MINIMAX_E2E_API_KEY": key}
    command = [
        sys.executable,
        "-m",
        "pytest",
        "-q",
        "-p",
        "no:cacheprovider",
        *map(str, tests),
        "-k",
        "every_operation or replayed",
    ]
    return subprocess.run(command, env=env, cwd=HERE.parent).returncode


def _run(command: list[str], env: dict[str, str]) -> tuple[int, list[str]]:
    """Run Schemathesis, echoing its output; return its exit code and the reproduction
    commands it printed (the line after each "Reproduce with:")."""
    reproductions, expecting = [], False
    with subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    ) as process:
        assert process.stdout is not None
        for line in process.stdout:
            print(line, end="", flush=True)
            if expecting and line.strip():
                reproductions.append(line.strip())
                expecting = False
            expecting = expecting or line.strip() == "Reproduce with:"
    return process.returncode, reproductions


def _summary(report: dict[str, Any], base_url: str, reproductions: list[str]) -> str:
    operations, cases = report["operations"], report["test_cases"]
    custom = custom_checks()
    lines = [
        "",
        "Contract suite summary",
        f"  target:      {base_url}",
        f"  operations:  {operations['tested']} tested of {operations['total']} in the spec",
        f"  test cases:  {cases['generated']} generated, {cases['with_failures']} failing",
        f"  checks:      every built-in check of Schemathesis, and {len(custom)} custom: "
        f"{', '.join(custom)}",
        f"  failures:    {len(report['failures'])}",
    ]
    for failure in report["failures"]:
        places = ", ".join(failure["operations"])
        lines.append(f"    - {failure['title']} ({failure['code']}) x{failure['count']}: {places}")
    if reproductions:
        lines.append("  reproduce:")
        lines.extend(f"    {command}" for command in reproductions)
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args, passthrough = _parser().parse_known_args(argv)
    args.report_dir.mkdir(parents=True, exist_ok=True)
    reproductions: list[str] = []
    client_code: int | None = None
    with tempfile.TemporaryDirectory(prefix="mmx-contract-") as tmp:
        base_url, key, admin_key, server = _target(args, Path(tmp))
        try:
            examples = EXAMPLES["deep" if args.deep else "default"]
            command = [
                sys.executable,
                "-m",
                "schemathesis.cli",
                "--config-file",
                str(CONFIG),
                "run",
                str(SPEC_PATH),
                "--url",
                base_url,
                "--seed",
                str(args.seed),
                "--max-examples",
                str(examples),
                "--report",
                "junit,json",
                "--report-dir",
                str(args.report_dir),
                "--report-junit-path",
                str(args.report_dir / "junit.xml"),
                "--report-json-path",
                str(args.report_dir / "report.json"),
                *_without_admin(admin_key),
                *passthrough,
            ]
            env = {
                **os.environ,
                "MINIMAX_API_KEY": key,
                "MINIMAX_ADMIN_KEY": admin_key or "",
                "SCHEMATHESIS_HOOKS": "contract_tests.checks",
            }
            code, reproductions = _run(command, env)
            if not args.skip_client:
                client_code = _client_end_to_end(base_url, key)
        finally:
            if server is not None:
                server.stop()
    report_path = args.report_dir / "report.json"
    if report_path.exists():
        print(_summary(json.loads(report_path.read_text()), base_url, reproductions))
        print(f"  reports:     {args.report_dir / 'junit.xml'} (JUnit), {report_path}")
    if client_code is not None:
        outcome = "passed" if client_code == 0 else "FAILED"
        print(f"  SDKs e2e:    {outcome} (Python, TypeScript, Go)")
    return code or (client_code or 0)
