"""What the TypeScript SDK costs per call, beside raw fetch and beside the `openai` package.

Prepares and runs bench/typescript/overhead.mjs under Node, which serves canned bytes from a
node:http server in a process of its own on a free loopback port and measures, side by side in
one run, the contestants taking turns call by call in rounds (medians compared):

- a small chat completion: `client.chat.completions.create` of @minimax/sdk against raw `fetch`
  + `JSON.parse` of the same bytes, sent with the same headers and a fresh Idempotency-Key;
- a 200-chunk chat stream: `for await` over the SDK's `Stream` against raw `fetch` + a
  hand-written SSE parser of the same body;
- both beside the `openai` package on the OpenAI-shaped equivalents (raw fetch timed on those
  bytes too).

The MiniMax bytes are the spec's own examples, read through the model: the `text` completion,
199 `chunk` frames, `last_chunk` and `done`, with the success response's example headers
(`X-Request-Id`, `X-RateLimit-*`). The OpenAI ones carry the same content, ids and usage in
OpenAI's shapes (`data:` frames ending with `[DONE]`); bench/chat_fixtures.py makes both, for
the Go benchmark too. Before running, the SDK is built when
dist/esm is missing or older than its sources, and `openai` (pinned) is installed into
bench/.node, which git ignores, with `npm install --no-save`: never a dependency of the repo.

    python bench/typescript_overhead.py [--calls 3000] [--streams 600] [--write-fixtures PATH]

Targets: the SDK at most 1.2x raw fetch, per call and per stream; faster than `openai`.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

# The script runs with bench/ on sys.path; mypy reads bench/ as the package `bench`.
if TYPE_CHECKING:
    from bench.chat_fixtures import fixtures
else:
    from chat_fixtures import fixtures

ROOT = Path(__file__).resolve().parents[1]
SDK = ROOT / "clients" / "typescript"
NODE_PREFIX = ROOT / "bench" / ".node"  # git-ignored: the benchmark's own npm packages
OPENAI_VERSION = "6.30.1"  # the last major that runs on Node 20 (7 needs Node 22)


def build_sdk(npm: str) -> None:
    """Builds clients/typescript unless dist/esm is newer than every source file."""
    built = SDK / "dist" / "esm" / "index.js"
    sources = [SDK / "package.json", *SDK.glob("tsconfig*.json"), *(SDK / "src").rglob("*.ts")]
    if built.exists() and built.stat().st_mtime >= max(p.stat().st_mtime for p in sources):
        return
    print("building clients/typescript ...", flush=True)
    env = os.environ | {"PATH": f"{ROOT / 'node_modules' / '.bin'}{os.pathsep}{os.environ['PATH']}"}
    subprocess.run([npm, "run", "build", "--silent"], cwd=SDK, env=env, check=True)


def install_openai(npm: str) -> Path:
    """The pinned `openai` under bench/.node, installed there (never saved) unless it already is."""
    package = NODE_PREFIX / "node_modules" / "openai"
    manifest = package / "package.json"
    if manifest.exists() and json.loads(manifest.read_text())["version"] == OPENAI_VERSION:
        return package
    print(f"installing openai@{OPENAI_VERSION} into bench/.node ...", flush=True)
    NODE_PREFIX.mkdir(exist_ok=True)
    subprocess.run(
        [npm, "install", "--no-save", "--no-audit", "--no-fund", "--loglevel=error"]
        + ["--prefix", str(NODE_PREFIX), f"openai@{OPENAI_VERSION}"],
        cwd=NODE_PREFIX,
        check=True,
    )
    return package


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--calls", type=int, default=3000, help="timed chat calls per contestant")
    parser.add_argument("--streams", type=int, default=600, help="timed streams per contestant")
    parser.add_argument(
        "--write-fixtures",
        type=Path,
        metavar="PATH",
        help="only prepare: build, install and write the fixtures to PATH, for running "
        "bench/typescript/overhead.mjs by hand (--sdk, --only, node --cpu-prof)",
    )
    args = parser.parse_args()
    node, npm = shutil.which("node"), shutil.which("npm")
    if node is None or npm is None:
        sys.exit("typescript_overhead: needs node (20 or newer) and npm on PATH")
    build_sdk(npm)
    openai = install_openai(npm)
    if args.write_fixtures:
        args.write_fixtures.write_text(json.dumps(fixtures()))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "fixtures.json"
        path.write_text(json.dumps(fixtures()))
        command = [node, str(ROOT / "bench" / "typescript" / "overhead.mjs")]
        command += ["--fixtures", str(path), "--openai", str(openai)]
        command += ["--calls", str(args.calls), "--streams", str(args.streams)]
        return subprocess.run(command, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
