"""Driving the hub in a page: sign in, open a page, collect what must never happen (script
errors, Content-Security-Policy violations, 5xx responses)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
REPORTS = ROOT / "reports" / "hub"


@dataclass
class Hub:
    """One browser context (its own sessionStorage and localStorage) on the hub."""

    page: Any
    base: str  # http://127.0.0.1:port
    problems: list[str] = field(default_factory=list)

    @classmethod
    def open(cls, browser: Any, base: str, width: int = 1280, height: int = 900) -> Hub:
        context = browser.new_context(viewport={"width": width, "height": height})
        hub = cls(context.new_page(), base)
        hub.page.on("pageerror", lambda error: hub.problems.append(f"script error: {error}"))
        hub.page.on("console", hub._console)
        hub.page.on("response", hub._response)
        return hub

    def _console(self, message: Any) -> None:
        text = message.text
        if "Content Security Policy" in text or (
            message.type == "error" and "Failed to load resource" not in text
        ):
            self.problems.append(f"console {message.type}: {text}")

    def _response(self, response: Any) -> None:
        if response.status >= 500:
            self.problems.append(f"{response.status} from {response.url}")

    def goto(self, page: str) -> None:
        url = f"{self.base}/hub/#{page}"
        if self.page.url == url:  # the same hash: no hashchange, so load it afresh
            self.page.reload()
        else:
            self.page.goto(url)
        self.page.wait_for_selector(f"#page-{page.split('/')[0]}")

    def sign_in(self, admin_key: str) -> None:
        self.page.goto(f"{self.base}/hub/")
        self.page.fill("#admin-key", admin_key)
        self.page.click("#sign-in button[type=submit]")
        self.page.wait_for_selector("#keys tbody tr")

    def screenshot(self, name: str) -> Path:
        REPORTS.mkdir(parents=True, exist_ok=True)
        path = REPORTS / f"{name}.png"
        self.page.screenshot(path=str(path), full_page=True)
        return path

    def close(self) -> None:
        self.page.context.close()
