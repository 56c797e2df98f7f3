"""Helpers for the docs tests: the rendered site's snippets, their environment, headless Chromium.

Importing it puts the repository root first on sys.path (so `generator.docs` is importable
however pytest was started); `clients/python` goes on the path of the snippets' Python
subprocesses, `clients/typescript` (built when it must be) is linked into a `node_modules/`
beside each JavaScript snippet, and the Go snippets are built in a module whose `replace`
directive points at `clients/go`.
"""

from __future__ import annotations

import base64
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from contextlib import ExitStack
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from generator.docs import snippets  # noqa: E402 - importable once ROOT is on sys.path

CLIENT_PROJECT = ROOT / "clients" / "python"
TS_PROJECT = ROOT / "clients" / "typescript"
NODE_BIN = ROOT / "node_modules" / ".bin"  # the workbench's Node tools: tsc, prettier
NODE = shutil.which("node") or "node"
NPM = shutil.which("npm") or "npm"
PRETTIER_CONFIG = ROOT / "generator" / "typescript" / "prettier.json"
GO_PROJECT = ROOT / "clients" / "go"
GO = shutil.which("go") or "go"
GOFMT = shutil.which("gofmt") or "gofmt"
REPORTS = ROOT / "reports" / "docs"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
]


# ---- Snippets --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Snippet:
    language: str  # curl, python, javascript, go
    operation: str  # "" for a guide's snippet
    example: str  # an operation's example, or a guide's step
    ids: tuple[tuple[str, str, str], ...]  # (value, field, kind)
    text: str
    guide: str = ""  # the guide it belongs to, if it is no operation's

    @property
    def key(self) -> str:
        return f"{self.language}:{self.operation or 'guide.' + self.guide}:{self.example}"


class _SnippetParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[Snippet] = []
        self._attrs: dict[str, str | None] | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "pre" and any(name == "data-snippet" for name, _ in attrs):
            self._attrs, self._text = dict(attrs), []

    def handle_data(self, data: str) -> None:
        if self._attrs is not None:
            self._text.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "pre" and self._attrs is not None:
            a = self._attrs
            ids = json.loads(a.get("data-ids") or "[]")
            self.found.append(
                Snippet(
                    language=str(a["data-snippet"]),
                    operation=a.get("data-operation") or "",
                    example=str(a["data-example"]),
                    ids=tuple((i["value"], i["field"], i["kind"]) for i in ids),
                    text="".join(self._text),
                    guide=a.get("data-guide") or "",
                )
            )
            self._attrs = None


def snippets_in(html: str) -> list[Snippet]:
    """Every `<pre data-snippet=...>` of a page, its text unescaped."""
    parser = _SnippetParser()
    parser.feed(html)
    parser.close()
    return parser.found


def snippet_env(key: str, admin_key: str = "") -> dict[str, str]:
    """The environment the snippets run in: the API key, the admin key (the administration
    operations' snippets read it), and the generated client importable."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("MINIMAX_")}
    env[snippets.KEY_VARIABLE] = key
    env[snippets.ADMIN_KEY_VARIABLE] = admin_key
    env["PYTHONPATH"] = os.pathsep.join(
        [str(CLIENT_PROJECT), *filter(None, [os.environ.get("PYTHONPATH")])]
    )
    return env


def node_env(**extra: str) -> dict[str, str]:
    """The environment with the workbench's Node tools first on PATH, and no MINIMAX_ variable."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("MINIMAX_")}
    env["PATH"] = f"{NODE_BIN}{os.pathsep}{env.get('PATH', '')}"
    return {**env, **extra}


def typescript_sdk() -> str:
    """Build `clients/typescript` when its `dist/` is missing or older than what it is built
    from (`npm run build`, as tests/typescript does, with the workbench's tsc); return the
    package's name."""
    built = TS_PROJECT / "dist" / "esm" / "index.js"
    sources = [*(TS_PROJECT / "src").rglob("*.ts"), *TS_PROJECT.glob("*.json")]
    newest = max(path.stat().st_mtime for path in sources)
    if not built.is_file() or built.stat().st_mtime < newest:
        done = subprocess.run(
            [NPM, "run", "--silent", "build"],
            cwd=TS_PROJECT,
            env=node_env(),
            capture_output=True,
            text=True,
            timeout=600,
        )
        assert done.returncode == 0, done.stdout + done.stderr
    name: str = json.loads((TS_PROJECT / "package.json").read_text())["name"]
    return name


def link_typescript_sdk(folder: Path, name: str) -> None:
    """`folder/node_modules/<name>` -> clients/typescript: `import ... from name` resolves in
    `folder` as it would with the package installed."""
    link = folder / "node_modules" / name
    link.parent.mkdir(parents=True, exist_ok=True)
    link.symlink_to(TS_PROJECT, target_is_directory=True)


def go_env(**extra: str) -> dict[str, str]:
    """The environment with no MINIMAX_ variable, offline (GOPROXY=off) on the local toolchain:
    the SDK needs nothing beyond the standard library."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("MINIMAX_")}
    return {**env, "GOPROXY": "off", "GOTOOLCHAIN": "local", "GOWORK": "off", **extra}


def go_sdk(directive: str = "module") -> str:
    """The Go SDK's module path, as `clients/go/go.mod` declares it (or its Go version, with
    `directive="go"`)."""
    text = (GO_PROJECT / "go.mod").read_text()
    found = re.search(rf"^{directive}\s+(\S+)", text, re.MULTILINE)
    assert found, f"clients/go/go.mod has no {directive} directive"
    return found[1]


def go_program_folder(name: str) -> str:
    """A folder (and so a binary) name for a program: `files.create-example` ->
    `files_create-example`."""
    return re.sub(r"[^A-Za-z0-9_-]", "_", name)


@dataclass(frozen=True)
class GoBuild:
    module: Path
    binaries: Path  # one executable per program, named after its folder
    seconds: float  # how long `go build` took


def go_build(module: Path, programs: dict[str, str]) -> GoBuild:
    """Write `programs` (folder name -> `package main` source) into a module that requires the
    SDK with a `replace` directive to `clients/go`, one folder each, and build them all with one
    `go build` (its `-o` a folder: one binary per program; without symbol table and DWARF,
    which halves the time linking takes)."""
    sdk = go_sdk()
    module.mkdir(parents=True, exist_ok=True)
    (module / "go.mod").write_text(
        f"module docs.invalid/snippets\n\ngo {go_sdk('go')}\n\nrequire {sdk} v0.0.0\n\n"
        f"replace {sdk} => {GO_PROJECT}\n"
    )
    for name, text in programs.items():
        folder = module / name
        folder.mkdir()
        (folder / "main.go").write_text(text + "\n")
    binaries = module / "bin"
    started = time.monotonic()
    done = subprocess.run(
        [GO, "build", "-ldflags=-s -w", "-o", f"{binaries}{os.sep}", "./..."],
        cwd=module,
        env=go_env(),
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return GoBuild(module, binaries, time.monotonic() - started)


def chromium_or_skip() -> str:
    """Chromium's path; skip the test when it is missing, except in CI, where it must be there."""
    import pytest

    if os.access(CHROMIUM, os.X_OK):
        return CHROMIUM
    found = shutil.which("chromium")
    if found:
        return found
    message = "Debian's chromium is not installed: run `make setup-browser` (it apt-installs it)"
    if os.environ.get("CI"):
        pytest.fail(message + "; CI must have it, .ci/run calls make setup-browser")
    pytest.skip(message)


@dataclass
class Browser:
    """Headless Chromium driven over the DevTools protocol (one page, one websocket)."""

    executable: str
    profile: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="docs-chromium-")))
    process: subprocess.Popen[bytes] | None = None
    events: list[dict[str, Any]] = field(default_factory=list)
    _ws: Any = None
    _stack: ExitStack = field(default_factory=ExitStack)
    _session: str = ""
    _next_id: int = 0

    def start(self) -> Browser:
        from websockets.sync.client import connect

        log = open(self.profile / "chromium.log", "wb")  # noqa: SIM115 - closed with the process
        self.process = subprocess.Popen(
            [
                self.executable,
                *CHROMIUM_FLAGS,
                f"--user-data-dir={self.profile}",
                "--remote-debugging-address=127.0.0.1",
                "--remote-debugging-port=0",
                "about:blank",
            ],
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        log.close()
        port_file = self.profile / "DevToolsActivePort"
        deadline = time.monotonic() + 30
        while not port_file.exists() or len(port_file.read_text().splitlines()) < 2:
            if time.monotonic() > deadline or self.process.poll() is not None:
                self.stop()
                raise RuntimeError("chromium did not open its DevTools port")
            time.sleep(0.05)
        port, path = port_file.read_text().splitlines()[:2]
        self._ws = self._stack.enter_context(
            connect(f"ws://127.0.0.1:{port}{path}", max_size=None, open_timeout=20)
        )
        target = self.call("Target.createTarget", {"url": "about:blank"}, session=False)
        attached = self.call(
            "Target.attachToTarget",
            {"targetId": target["targetId"], "flatten": True},
            session=False,
        )
        self._session = attached["sessionId"]
        for domain in ("Page", "Runtime", "Log"):
            self.call(f"{domain}.enable")
        return self

    def call(self, method: str, params: dict[str, Any] | None = None, session: bool = True) -> Any:
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = self._session
        self._ws.send(json.dumps(message))
        while True:
            reply = json.loads(self._ws.recv(timeout=30))
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            if "method" in reply:
                self.events.append(reply)

    def wait_for(self, event: str, timeout: float = 30) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while True:
            for index, seen in enumerate(self.events):
                if seen["method"] == event:
                    return self.events.pop(index)
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError(event)
            reply = json.loads(self._ws.recv(timeout=left))
            if "method" in reply:
                self.events.append(reply)

    def open(self, url: str, width: int, height: int, mobile: bool = False) -> None:
        self.call(
            "Emulation.setDeviceMetricsOverride",
            {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile},
        )
        for target in ("about:blank", url):  # via a blank page: a new document every time
            self.events.clear()
            self.call("Page.navigate", {"url": target})
            self.wait_for("Page.loadEventFired")

    def evaluate(self, expression: str) -> Any:
        result = self.call("Runtime.evaluate", {"expression": expression, "returnByValue": True})
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def screenshot(self, path: Path) -> Path:
        data = self.call("Page.captureScreenshot", {"format": "png"})["data"]
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(data))
        return path

    def console_errors(self) -> list[str]:
        """Errors the page reported so far: console.error, uncaught exceptions, failed loads."""
        errors = []
        for event in self.events:
            method, params = event["method"], event.get("params", {})
            if method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
                errors.append("console: " + " ".join(str(a.get("value")) for a in params["args"]))
            elif method == "Runtime.exceptionThrown":
                errors.append("exception: " + json.dumps(params["exceptionDetails"])[:500])
            elif method == "Log.entryAdded" and params["entry"]["level"] == "error":
                entry = params["entry"]
                errors.append(f"log: {entry.get('text')} {entry.get('url', '')}")
        return errors

    def stop(self) -> None:
        if self._ws is not None:
            try:
                self.call("Browser.close", session=False)
            except Exception:  # noqa: BLE001 - closing anyway
                pass
            self._stack.close()
            self._ws = None
        if self.process is not None:
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:  # its own process group: only what it started
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
            self.process = None
        shutil.rmtree(self.profile, ignore_errors=True)
