"""The Go SDK, github.com/minimax/minimax-go: its unit tests (httptest), every operation against
a sandbox (or the contract runner's target), and the overview's snippet built as a user's
program outside the module."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from string import Template

import pytest
from go_support import GO, MODULE, ROOT, outcomes, run, run_e2e

from minimax_sandbox.testing import Server

# The overview's call in a user's program; only where the key and base URL come from varies.
OVERVIEW = Template("""\
package main

import (
	"context"
	"fmt"
	"log"$imports

	"github.com/minimax/minimax-go"
)

func main() {
	ctx := context.Background()
	client := $client
	resp, err := client.Chat.Completions(ctx, &minimax.ChatCompletionRequest{
		Model:    "minimax-chat-v2",
		Messages: []minimax.Message{{Role: "user", Content: "Hello"}},
	})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(*resp.Data.Choices[0].Message.Content, resp.RequestID, resp.RateLimit.Remaining)
}
""")
# The client from the environment's variables by options, or by NewClient's own fallback.
CLIENTS = {
    "options": (
        '\n\t"os"',
        'minimax.NewClient(os.Getenv("MINIMAX_API_KEY"), '
        'minimax.WithBaseURL(os.Getenv("MINIMAX_BASE_URL")))',
    ),
    "environment": ("", 'minimax.NewClient("") // the key and base URL from the environment'),
}
GO_MOD = """\
module example.com/overview

go 1.21

require github.com/minimax/minimax-go v0.0.0

replace github.com/minimax/minimax-go => {module}
"""


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    server = Server(tmp_path_factory.mktemp("go-sandbox")).start()
    yield server
    server.stop()


def test_unit() -> None:
    done = run([GO, "test", "-race", "./..."])
    assert done.returncode == 0, done.stdout[-6000:] + done.stderr[-2000:]


def test_every_operation_end_to_end(tmp_path: Path) -> None:
    base_url, key = os.environ.get("MINIMAX_E2E_BASE_URL"), os.environ.get("MINIMAX_E2E_API_KEY")
    if not (base_url and key):  # not driven by the contract runner: a sandbox of its own
        server = Server(tmp_path / "sandbox").start()
        try:
            key = server.new_key(tier="enterprise", enterprise_rpm=10**6)
            done = run_e2e(server.base_url, key, tmp_path / "inputs")
        finally:
            server.stop()
    else:
        done = run_e2e(base_url, key, tmp_path / "inputs")
    assert done.returncode == 0, done.stdout[-6000:] + done.stderr[-2000:]
    ran = outcomes(done.stdout)
    assert "TestE2EEveryOperation" in ran, done.stdout[-2000:]
    assert set(ran.values()) == {"PASS"}, ran  # none skipped


def test_administration_end_to_end(tmp_path: Path) -> None:
    """The administration operations with the admin key of a sandbox of its own."""
    server = Server(tmp_path / "sandbox").start()
    try:
        done = run_e2e(server.base_url, server.key, tmp_path / "inputs", server.admin_key)
    finally:
        server.stop()
    assert done.returncode == 0, done.stdout[-6000:] + done.stderr[-2000:]
    ran = outcomes(done.stdout)
    assert len(ran) == 2 and set(ran.values()) == {"PASS"}, ran  # none skipped


@pytest.mark.parametrize(("imports", "client"), CLIENTS.values(), ids=CLIENTS.keys())
def test_the_overview_snippet_builds_and_runs_as_a_users_program(
    sandbox: Server, tmp_path: Path, imports: str, client: str
) -> None:
    app = tmp_path / "app"
    assert not app.is_relative_to(ROOT), "the user's module must be outside the repository's"
    app.mkdir()
    (app / "go.mod").write_text(GO_MOD.format(module=MODULE))
    (app / "main.go").write_text(OVERVIEW.substitute(imports=imports, client=client))
    built = run([GO, "build", "-o", "overview", "."], cwd=app)
    assert built.returncode == 0, built.stdout + built.stderr
    env = {"MINIMAX_API_KEY": sandbox.new_key(), "MINIMAX_BASE_URL": sandbox.base_url}
    done = run([str(app / "overview")], cwd=app, **env)
    assert done.returncode == 0, done.stdout + done.stderr
    answer, request_id, remaining = done.stdout.strip().rsplit(" ", 2)
    assert answer and request_id.startswith("req_") and int(remaining) >= 0
