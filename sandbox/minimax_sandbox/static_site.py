"""What the sandbox's two static sites share, the hub (`/hub/`) and the rendered reference
(`/docs/`): which paths are theirs, the bare prefix's redirect, the file a path names, the
media types they serve, and the headers on their files and redirects. Each site says where
its files are and keeps its own Content-Security-Policy."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from pathlib import PurePosixPath

from starlette.responses import Response

METHODS = ("GET", "HEAD")
# The only files the sites serve. A text type gets `charset=utf-8` from the Response.
_TYPES = {
    ".html": "text/html",
    ".css": "text/css",
    ".js": "text/javascript",
    ".json": "application/json",
    ".png": "image/png",
    ".svg": "image/svg+xml",
}


def media_type(name: str) -> str | None:
    """A file's media type; None for a file the sites never serve."""
    return _TYPES.get(PurePosixPath(name).suffix)


@dataclass(frozen=True)
class Site:
    prefix: str  # "/hub": the site is this path and everything under it
    policy: str  # its Content-Security-Policy

    @cached_property
    def headers(self) -> tuple[tuple[bytes, bytes], ...]:
        """On every file and redirect of the site's (the hub adds them to its errors too): its
        policy, no MIME sniffing, no referrer, no caching without revalidation."""
        return (
            (b"content-security-policy", self.policy.encode()),
            (b"x-content-type-options", b"nosniff"),
            (b"referrer-policy", b"no-referrer"),
            (b"cache-control", b"no-cache"),
        )

    def owns(self, path: str) -> bool:
        return path == self.prefix or path.startswith(self.prefix + "/")

    def answer(
        self, method: str, path: str, find: Callable[[str], tuple[bytes, str] | None]
    ) -> Response | None:
        """The answer to a GET or HEAD of a path the site owns: the bare prefix moves to
        `prefix/` (so relative URLs resolve under it), a file is what `find` gives (its bytes
        and media type) for its name under the prefix, `index.html` for none. None for any
        other method or a name `find` does not know: the site says what that gets."""
        if method not in METHODS:
            return None
        if path == self.prefix:
            response = Response(status_code=308, headers={"Location": self.prefix + "/"})
        else:
            found = find(path[len(self.prefix) + 1 :] or "index.html")
            if found is None:
                return None
            body, media = found
            # The server sends no body for a HEAD, and the GET's Content-Length (RFC 9110).
            response = Response(body, media_type=media)
        response.raw_headers += self.headers
        return response
