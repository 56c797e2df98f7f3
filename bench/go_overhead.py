"""What the Go SDK costs per call, beside raw net/http and beside openai-go.

Writes the canned responses (bench/chat_fixtures.py: the spec's examples, and their OpenAI-shaped
equivalents) to a temporary file, runs `go test -bench . -benchmem -count N` in bench/go (a
module of its own, which pins openai-go) against them, in rounds, and prints the medians over
every run side by side with their ratios against the targets:

- a small chat completion: `client.Chat.Completions` of github.com/minimax/minimax-go
  (clients/go) against raw net/http + encoding/json of the same bytes, sent with the same
  headers and a fresh Idempotency-Key;
- a 200-chunk chat stream: `client.Chat.CompletionsStream` read with Next/Current against raw
  net/http + a hand-written SSE parser of the same body;
- both beside openai-go's `client.Chat.Completions.New` and `NewStreaming` on the OpenAI-shaped
  equivalents (raw net/http timed on those bytes too).

The server is an httptest server on 127.0.0.1 in the benchmark's own process, so its work (the
same for every contestant of a shape) is in every figure, B/op and allocs/op included. go test's
-count repeats each benchmark in place, so that a burst of other work on the machine would land
on one contestant; hence the rounds: each runs every contestant in turn (`-count` times), the
first one rotating from round to round (the test binary's `-rotate`).

    python bench/go_overhead.py [--rounds 10] [--count 1] [--benchtime 500ms] [--verbose]
        [--write-fixtures PATH]

Targets: the SDK at most 1.2x raw, per call and per stream; faster than openai-go.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

# The script runs with bench/ on sys.path; mypy reads bench/ as the package `bench`.
if TYPE_CHECKING:
    from bench.chat_fixtures import fixtures
else:
    from chat_fixtures import fixtures

ROOT = Path(__file__).resolve().parents[1]
GO_BENCH = ROOT / "bench" / "go"
RAW_TARGET = 1.2  # sdk / raw, at most
OPENAI_TARGET = 1.0  # sdk / openai, under
CONTESTANTS = ("raw", "sdk", "raw-oai", "openai")

# `BenchmarkChat/raw-oai-2   17032   65331 ns/op   9976 B/op   126 allocs/op`; the `-2` is
# GOMAXPROCS, absent when it is 1.
RESULT = re.compile(
    r"^Benchmark(?P<kind>Chat|Stream)/(?P<name>[\w-]+?)(?:-(?P<procs>\d+))?\s+\d+"
    r"\s+(?P<ns>[\d.]+) ns/op\s+(?P<bytes>[\d.]+) B/op\s+(?P<allocs>[\d.]+) allocs/op",
    re.MULTILINE,
)

Figures = dict[str, dict[str, dict[str, list[float]]]]  # kind -> contestant -> unit -> runs


def parse(output: str) -> Figures:
    """Every run's ns/op, B/op and allocs/op, by kind of call and contestant."""
    figures: Figures = {}
    for m in RESULT.finditer(output):
        runs = figures.setdefault(m["kind"], {}).setdefault(m["name"], {})
        for unit in ("ns", "bytes", "allocs"):
            runs.setdefault(unit, []).append(float(m[unit]))
    return figures


def duration(ns: float) -> str:
    return f"{ns / 1e3:.1f} µs" if ns < 1e6 else f"{ns / 1e6:.3f} ms"


def verdict(ratio: float, target: str, met: bool) -> str:
    return f"{ratio:.3f}x (target {target}: {'met' if met else 'MISSED'})"


def report(title: str, figures: dict[str, dict[str, list[float]]], raw_label: str) -> None:
    missing = [name for name in CONTESTANTS if name not in figures]
    if missing:
        sys.exit(f"go_overhead: no figures for {', '.join(missing)} in go test's output")
    ns = {name: statistics.median(figures[name]["ns"]) for name in CONTESTANTS}
    spread = {
        name: f"{duration(min(figures[name]['ns']))} - {duration(max(figures[name]['ns']))}"
        for name in CONTESTANTS
    }
    sdk_raw, sdk_openai = ns["sdk"] / ns["raw"], ns["sdk"] / ns["openai"]
    print(f"{title}:")
    print(
        f"  raw {raw_label} {duration(ns['raw'])}, minimax-go {duration(ns['sdk'])} "
        f"-> {verdict(sdk_raw, f'<= {RAW_TARGET}x raw', sdk_raw <= RAW_TARGET)}"
    )
    print(
        f"  raw {raw_label} {duration(ns['raw-oai'])}, openai-go {duration(ns['openai'])} "
        f"({ns['openai'] / ns['raw-oai']:.3f}x raw); minimax-go / openai-go "
        + verdict(sdk_openai, f"< {OPENAI_TARGET}x, faster", sdk_openai < OPENAI_TARGET)
    )
    labels = {"raw": "raw", "sdk": "minimax-go", "raw-oai": "raw (OpenAI)", "openai": "openai-go"}
    for name in CONTESTANTS:
        allocs = statistics.median(figures[name]["allocs"])
        size = statistics.median(figures[name]["bytes"])
        print(
            f"    {labels[name]:<13} runs {spread[name]}; "
            f"{allocs:,.0f} allocs, {size:,.0f} B per call"
        )


def stream_bytes(shape: dict[str, Any]) -> int:
    return len("".join(shape["frames"]).encode())


def go_version(go: str) -> str:
    result = subprocess.run(
        [go, "env", "GOVERSION", "GOOS", "GOARCH"], capture_output=True, text=True, check=True
    )
    version, goos, goarch = result.stdout.split()
    return f"{version} {goos}/{goarch}"


def versions() -> tuple[str, str]:
    """The SDK's version (clients/go) and the openai-go that bench/go/go.mod pins."""
    constants = (ROOT / "clients" / "go" / "constants.go").read_text()
    sdk = re.search(r'\bVersion = "([^"]+)"', constants)
    mod = re.search(r"github\.com/openai/openai-go/v3 (v\S+)", (GO_BENCH / "go.mod").read_text())
    return (sdk[1] if sdk else "?"), (mod[1] if mod else "?")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=10, help="runs of go test, rotating")
    parser.add_argument("--count", type=int, default=1, help="go test's -count, in each round")
    parser.add_argument("--benchtime", default="500ms", help="go test's -benchtime, each run")
    parser.add_argument("--verbose", action="store_true", help="print go test's own output too")
    parser.add_argument(
        "--write-fixtures",
        type=Path,
        metavar="PATH",
        help="only write the fixtures to PATH, for running `go test` in bench/go by hand "
        "(-args -fixtures PATH; -cpuprofile, -bench Stream/sdk)",
    )
    args = parser.parse_args()
    if args.write_fixtures:
        args.write_fixtures.write_text(json.dumps(fixtures()))
        return 0
    if args.rounds < 1 or args.count < 1:
        parser.error("--rounds and --count must be positive integers")
    go = shutil.which("go")
    if go is None:
        sys.exit("go_overhead: needs go (1.26 or newer: openai-go v3.102.0 requires it) on PATH")

    canned = fixtures()
    output = ""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "fixtures.json"
        path.write_text(json.dumps(canned))
        command = [go, "test", "-bench", ".", "-benchmem", "-count", str(args.count)]
        command += ["-benchtime", args.benchtime, "-timeout", "30m"]
        command += ["-args", "-fixtures", str(path), "-rotate"]
        shown = " ".join(["go", *command[1:-3]])
        print(
            f"running `{shown} -fixtures FIXTURES -rotate ROUND` in bench/go, "
            f"{args.rounds} rounds ...",
            flush=True,
        )
        started = time.monotonic()
        for turn in range(args.rounds):
            result = subprocess.run(
                [*command, str(turn)], cwd=GO_BENCH, capture_output=True, text=True
            )
            if args.verbose or result.returncode != 0:
                sys.stdout.write(result.stdout)
                sys.stderr.write(result.stderr)
            if result.returncode != 0:
                print(f"go_overhead: go test failed ({result.returncode})", file=sys.stderr)
                return result.returncode
            output += result.stdout
        seconds = time.monotonic() - started

    figures = parse(output)
    procs = sorted({m["procs"] or "1" for m in RESULT.finditer(output)})
    cpu = re.search(r"^cpu: (.+)$", output, re.MULTILINE)
    sdk_version, openai_version = versions()
    runs = args.rounds * args.count
    print(
        f"Go {go_version(go)} (cpu {cpu[1] if cpu else '?'}, GOMAXPROCS {', '.join(procs)}), "
        f"minimax-go {sdk_version} (clients/go), openai-go {openai_version}; "
        f"httptest server in the benchmark's process; medians of {runs} runs of "
        f"{args.benchtime} each ({args.rounds} rounds), measured in {seconds:.1f} s"
    )
    mm, oai = canned["minimax"], canned["openai"]
    report(
        f"small chat completion, median per call "
        f"({len(mm['json'].encode())} B MiniMax, {len(oai['json'].encode())} B OpenAI)",
        figures.get("Chat", {}),
        "net/http + encoding/json",
    )
    report(
        f"{mm['chunks']}-chunk stream, median per stream "
        f"({stream_bytes(mm)} B MiniMax, {stream_bytes(oai)} B OpenAI)",
        figures.get("Stream", {}),
        "net/http + SSE by hand",
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
