"""The reference site under `/docs/`, when the sandbox is given its folder (`serve --docs DIR`,
usually `docs/site` after `make docs`): served from the sandbox, the page shows each operation's
"Try it" link to the hub. Static files only, each under a strict Content-Security-Policy: the
page's own script and stylesheet, nothing inline, nothing from elsewhere."""

from __future__ import annotations

from pathlib import Path

from starlette.responses import Response

from minimax_sandbox.static_site import Site, media_type

SITE = Site(
    "/docs",
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
)


def answer(folder: Path, method: str, path: str) -> Response | None:
    """The response for a GET (or HEAD) of `/docs` or a file under it; None when there is none
    (the caller answers as for any unknown path)."""
    return SITE.answer(method, path, lambda name: _file(folder, name))


def _file(folder: Path, name: str) -> tuple[bytes, str] | None:
    """A file of the site and its media type; None for none, for one outside `folder` and for
    one of a type the site does not serve."""
    root = folder.resolve()
    try:
        file = (root / name).resolve()
        found = file.is_relative_to(root) and file.is_file()
    # A name no file can have (too long, a NUL byte); a symlink loop (RuntimeError on 3.11).
    except (OSError, ValueError, RuntimeError):
        return None
    media = media_type(file.name)
    if not found or media is None:
        return None
    return file.read_bytes(), media
