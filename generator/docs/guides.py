"""The site's quickstart and guides: their code, read from `guide_code/<guide>/<step>.<language>`
(one file per language, the same names as the snippets': curl, python, javascript, go), and what
their prose needs to know, read off the model.

The code files hold placeholders (`__BASE_URL__`, `__CHAT_MODEL__`, ...) for the facts of the
spec they use, filled in here: a file never repeats a URL, a model, a header or a marker.
Rendered, each file is a `<pre data-snippet>` like an operation's, which the docs tests run
against a sandbox.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from generator.docs import snippets
from generator.docs.spec_view import LANGUAGES, Panel, SnippetGroup, snippet_panels
from minimax_openapi.model import Api

CODE = Path(__file__).resolve().parent / "guide_code"
_PLACEHOLDER = re.compile(r"__[A-Z][A-Z_]*__")


@dataclass(frozen=True)
class Guide:
    id: str  # its section's anchor, and its folder under guide_code/
    title: str
    summary: str  # what it is about, for the search index
    steps: tuple[tuple[str, str], ...]  # (step, title): a file stem each, in order


GUIDES = (
    Guide(
        "quickstart",
        "Quickstart",
        "install an SDK, make a first call, stream, handle errors",
        (
            ("install", "Install and set the key"),
            ("first-call", "A first call"),
            ("streaming", "Streaming"),
            ("errors", "Errors"),
        ),
    ),
    Guide(
        "timeouts",
        "Timeouts",
        "time budget of a call, per client and per call",
        (("budget", "A budget per client and per call"),),
    ),
    Guide(
        "retries",
        "Retries and idempotency",
        "retry, backoff, idempotency key, replayed responses",
        (("idempotency", "Retries and one idempotency key"),),
    ),
    Guide(
        "circuit-breaker",
        "Circuit breaker",
        "fail fast while the API keeps failing",
        (("breaker", "A circuit breaker on the client"),),
    ),
    Guide(
        "rate-limits",
        "Rate limits",
        "rate limit headers, 429, Retry-After, waiting",
        (("headers", "Reading the limit, and waiting on a 429"),),
    ),
    Guide(
        "keys",
        "API keys",
        "key prefixes, scopes, test and live keys, checking a key",
        (("check", "Checking a key"),),
    ),
)


def placeholders(api: Api) -> dict[str, str]:
    """What each placeholder of the code files stands for."""
    chat = api.operation("chat.completions.create").body
    embed = api.operation("embeddings.create").body
    if chat is None or embed is None:
        raise ValueError("the guides call chat completions and embeddings with a body")
    markers = {t.name.upper(): t.marker for t in api.triggers}
    return {
        "__BASE_URL__": snippets.production_server(api),
        "__KEY_VARIABLE__": snippets.KEY_VARIABLE,
        "__CHAT_MODEL__": str(chat.media.examples[0].value["model"]),
        "__EMBED_MODEL__": str(embed.media.examples[0].value["model"]),
        "__IDEMPOTENCY_HEADER__": api.idempotency.header,
        "__JS_PACKAGE__": snippets.JS_PACKAGE,
        "__GO_MODULE__": snippets.GO_MODULE,
        **{f"__TRIGGER_{name}__": marker for name, marker in markers.items()},
    }


def filled(text: str, values: dict[str, str]) -> str:
    for placeholder, value in values.items():
        text = text.replace(placeholder, value)
    left = _PLACEHOLDER.search(text)
    if left:
        raise ValueError(f"{left[0]} is no placeholder the guides know")
    return text


def _install(guide: Guide, step: str, title: str) -> SnippetGroup:
    """How to get each SDK (and curl's key): shown, with a copy button, never run."""
    commands = {
        "curl": f"export {snippets.KEY_VARIABLE}=...",
        **{
            name: f"{sdk.command}\nexport {snippets.KEY_VARIABLE}=..."
            for name, sdk in zip(
                ("python", "javascript", "go"), snippets.sdk_installs(), strict=True
            )
        },
    }
    panels = [
        Panel(name, label, "shell", commands[name], {"data-copy": "install"})
        for name, label, _ in LANGUAGES
    ]
    return SnippetGroup(f"{guide.id}-{step}", title, panels)


def groups(api: Api, guide: Guide) -> dict[str, SnippetGroup]:
    """Each step's code, by step: every language it has a file for."""
    values = placeholders(api)
    found = {}
    for step, title in guide.steps:
        if step == "install":
            found[step] = _install(guide, step, title)
            continue
        texts = {
            name: filled((CODE / guide.id / f"{step}.{name}").read_text().rstrip("\n"), values)
            for name, _, _ in LANGUAGES
            if (CODE / guide.id / f"{step}.{name}").is_file()
        }
        if not texts:
            raise ValueError(f"no code for {guide.id}/{step}")
        attrs = {"data-guide": guide.id, "data-example": step, "data-ids": "[]"}
        found[step] = SnippetGroup(f"{guide.id}-{step}", title, snippet_panels(texts, attrs))
    return found


@dataclass
class GuideView:
    id: str
    anchor: str
    title: str
    summary: str
    groups: dict[str, SnippetGroup]


def views(api: Api) -> list[GuideView]:
    return [GuideView(g.id, "guide-" + g.id, g.title, g.summary, groups(api, g)) for g in GUIDES]
