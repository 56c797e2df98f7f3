"""The reference site under `/docs/`, when the sandbox is given its folder (`serve --docs DIR`,
usually `docs/site` after `make docs`): served from the sandbox, the page shows each operation's
"Try it" link to the hub. Static files only, each under a strict Content-Security-Policy: the
page's own script and stylesheet, nothing inline, nothing from elsewhere."""

from __future__ import annotations

from pathlib import Path

from starlette.responses import RedirectResponse, Response

PREFIX = "/docs"
TYPES = {
    ".html": "text/html; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".png": "image/png",
    ".svg": "image/svg+xml",
}
POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)
HEADERS = {
    "Content-Security-Policy": POLICY,
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "no-cache",
}


def wants(path: str) -> bool:
    return path == PREFIX or path.startswith(PREFIX + "/")


def answer(folder: Path, method: str, path: str) -> Response | None:
    """The response for a `GET` of `/docs` or a file under it; None when there is none (the
    caller answers as for any unknown path)."""
    if method != "GET":
        return None
    if path == PREFIX:
        return RedirectResponse(PREFIX + "/", status_code=308)
    name = path[len(PREFIX) + 1 :] or "index.html"
    root = folder.resolve()
    file = (root / name).resolve()
    if not file.is_relative_to(root) or not file.is_file() or file.suffix not in TYPES:
        return None
    return Response(file.read_bytes(), media_type=TYPES[file.suffix], headers=HEADERS)
