"""Every curl and Python snippet of the rendered site runs against a started sandbox.

The snippets are read from the rendered HTML (`<pre data-snippet=...>`), their production base
URL swapped for the sandbox's and the example resource ids they hold (listed in `data-ids`)
for ids of resources made here first; curl runs under bash, Python under this interpreter with
the generated client importable, both with `MINIMAX_API_KEY` set to a sandbox key. curl gets
`--fail-with-body` and prints each status, so a snippet passes only if every response is 2xx.
"""

from __future__ import annotations

import re
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from docs_support import Snippet, snippet_env, snippets_in

from generator.docs import render, snippets
from minimax_openapi.spec import shared
from minimax_sandbox import samples
from minimax_sandbox.testing import Server

API = shared()
# Collected from the same bytes `render` writes; the test below checks the file on disk agrees.
SNIPPETS = snippets_in(render.build(API)["index.html"].decode("utf-8"))
PRODUCTION = snippets.production_server(API)
# curl as the snippets call it, made to fail on an error status and to report every status.
CURL_CHECKED = (
    "curl() { command curl --silent --show-error --fail-with-body "
    '--write-out "%{stderr}HTTP %{http_code}\\n" "$@"; }\n'
)


def _example_body(operation_id: str) -> dict[str, Any]:
    """The first request example of an operation, straight from the spec."""
    body = API.operation(operation_id).body
    assert body is not None, f"{operation_id} takes no body"
    return dict(body.media.examples[0].value)


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    server = Server(tmp_path_factory.mktemp("docs-sandbox")).start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def key(sandbox: Server) -> str:
    return sandbox.new_key(tier="enterprise", enterprise_rpm=10**6)


@pytest.fixture(scope="module")
def resources(sandbox: Server, key: str) -> dict[tuple[str, str | None], str]:
    """Ids of real resources, by (kind, field): what the snippets' example ids turn into.

    `(kind, None)` serves any field of that kind; a field of its own needs its own resource
    (a video's reference image must be an image, a fine-tune's training file JSON Lines).
    """
    with sandbox.client(key) as api:
        upload = _example_body("files.create")
        jsonl = api.post(
            "/files",
            files={"file": ("train.jsonl", upload["file"].encode() + b"\n")},
            data={"purpose": upload["purpose"]},
        )
        assert jsonl.status_code == 201, jsonl.text
        png = api.post(
            "/files",
            files={"file": ("reference.png", samples.png(), "image/png")},
            data={"purpose": "video-reference"},
        )
        assert png.status_code == 201, png.text
        video_body = _example_body("video.generations.create")
        video = api.post("/video/generations", json=video_body)
        assert video.status_code == 202, video.text
        task_id = video.json()["data"]["id"]
        tune_body = {
            **_example_body("fine_tunes.create"),
            "training_file": jsonl.json()["data"]["id"],
        }
        tune = api.post("/fine-tunes", json=tune_body)
        assert tune.status_code == 202, tune.text
        deadline = time.monotonic() + 30
        while api.get(f"/video/generations/{task_id}").json()["data"]["status"] != "succeeded":
            assert time.monotonic() < deadline, "the sandbox's video task did not succeed"
            time.sleep(0.2)
    return {
        ("file_id", None): jsonl.json()["data"]["id"],
        ("file_id", "reference_image_file_id"): png.json()["data"]["id"],
        ("task_id", None): task_id,
        ("fine_tune_id", None): tune.json()["data"]["id"],
    }


def pointed_at(snippet: Snippet, sandbox: Server, ids: dict[tuple[str, str | None], str]) -> str:
    text = snippet.text.replace(PRODUCTION, sandbox.base_url)
    assert sandbox.base_url in text, f"{snippet.key} does not name {PRODUCTION}"
    for value, field, kind in snippet.ids:
        real = ids.get((kind, field)) or ids.get((kind, None))
        assert real, f"{snippet.key}: no resource for id kind {kind!r} (field {field!r})"
        text = text.replace(value, real)
    return text


def downloads(text: str) -> list[str]:
    """Files a snippet says it writes: curl's `-o NAME`, Python's `Path("NAME").write_bytes`."""
    return re.findall(r"-o (\S+)", text) + re.findall(r'Path\("([^"]+)"\)\.write_bytes', text)


def test_the_site_has_snippets_of_every_operation(index_html: str) -> None:
    on_disk = snippets_in(index_html)
    assert [s.key for s in on_disk] == [s.key for s in SNIPPETS]
    assert index_html.count("data-snippet=") == len(on_disk)
    covered = {(s.language, s.operation) for s in on_disk}
    for op in API.operations:
        for language in ("curl", "python"):
            assert (language, op.id) in covered


@dataclass(frozen=True)
class Run:
    text: str
    folder: Path
    done: subprocess.CompletedProcess[str]

    @property
    def report(self) -> str:
        return (
            f"--- snippet\n{self.text}\n--- stdout\n{self.done.stdout}\n"
            f"--- stderr\n{self.done.stderr}"
        )


def run(snippet: Snippet, text: str, folder: Path, key: str) -> Run:
    if snippet.language == "curl":
        command = ["bash", "-euo", "pipefail", "-c", CURL_CHECKED + text]
    else:
        command = [sys.executable, "-c", text]
    done = subprocess.run(
        command, cwd=folder, env=snippet_env(key), capture_output=True, text=True, timeout=60
    )
    return Run(text, folder, done)


@pytest.fixture(scope="module")
def runs(
    sandbox: Server,
    key: str,
    resources: dict[tuple[str, str | None], str],
    tmp_path_factory: pytest.TempPathFactory,
) -> dict[str, Run]:
    """Every snippet run once, a few at a time (each in a folder of its own)."""
    with ThreadPoolExecutor(max_workers=2) as pool:
        futures = {
            s.key: pool.submit(
                run, s, pointed_at(s, sandbox, resources), tmp_path_factory.mktemp("snippet"), key
            )
            for s in SNIPPETS
        }
        return {name: future.result() for name, future in futures.items()}


@pytest.mark.parametrize("snippet", SNIPPETS, ids=[s.key for s in SNIPPETS])
def test_snippet_runs(snippet: Snippet, runs: dict[str, Run]) -> None:
    result = runs[snippet.key]
    assert result.done.returncode == 0, result.report
    if snippet.language == "curl":
        statuses = re.findall(r"^HTTP (\d{3})$", result.done.stderr, re.MULTILINE)
        assert statuses and all(s.startswith("2") for s in statuses), result.report
    assert result.done.stdout.strip() or downloads(result.text), result.report
    for name in downloads(result.text):
        written = result.folder / name
        assert written.is_file() and written.stat().st_size > 0, result.report
