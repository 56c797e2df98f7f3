"""The site in headless Chromium (Debian's package): no console errors, every operation's
section in the DOM, no sideways scrolling on a phone, snippet tabs (curl, Python, JavaScript,
Go, Body) that show their own panel by click and by keyboard, one language choice kept across
sections and reloads, search, copy buttons, "Try it" only when the sandbox serves the page, and
screenshots under reports/docs/. The page is opened from disk (file://) and, once, from a
sandbox started with `--docs`.
"""

from __future__ import annotations

import re
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from docs_support import CHROMIUM_FLAGS, REPORTS, Browser, chromium_or_skip, snippets_in

from generator.docs import search, snippets
from generator.docs.spec_view import SiteReader, try_it
from minimax_openapi.model import Api
from minimax_sandbox.testing import Server

SECTION_IDS = (
    "Array.from(document.querySelectorAll('section.operation'), s => s.id)"
    ".filter(id => getComputedStyle(document.getElementById(id)).display !== 'none')"
)


# Every tab group: the panels shown at first, then for each tab its label, whether clicking the
# label checked its radio, and the panels shown then. Ends with the first tab chosen again.
TAB_GROUPS = """
Array.from(document.querySelectorAll('.op-snippets .tabs'), group => {
  const shown = () => Array.from(group.querySelectorAll('.panel'))
    .filter(panel => getComputedStyle(panel).display !== 'none' && panel.offsetHeight > 0)
    .map(panel => panel.className.replace(/^panel /, ''));
  const first = shown();
  const tabs = Array.from(group.querySelectorAll('label.tab'), label => {
    label.click();
    return [label.textContent, document.getElementById(label.htmlFor).checked, shown()];
  });
  group.querySelector('label.tab').click();
  return {first, tabs};
})
"""
TABS = [
    ("curl", "panel-curl"),
    ("Python", "panel-python"),
    ("JavaScript", "panel-javascript"),
    ("Go", "panel-go"),
]
ARROW_RIGHT = {"key": "ArrowRight", "code": "ArrowRight", "windowsVirtualKeyCode": 39}
SLASH = {"key": "/", "code": "Slash", "text": "/", "windowsVirtualKeyCode": 191}
ENTER = {"key": "Enter", "code": "Enter", "text": "\r", "windowsVirtualKeyCode": 13}
CTRL_K = {"key": "k", "code": "KeyK", "modifiers": 2, "windowsVirtualKeyCode": 75}
# The language each group of examples shows, or null for a group that has no such language
# (a guide's step without curl): [group's first radio id, language shown].
SHOWN_LANGUAGES = """
Array.from(document.querySelectorAll('.tabs'), group => {
  const checked = group.querySelector('input.tab-input:checked');
  const first = group.querySelector('input.tab-input').id;
  return [first, checked ? checked.dataset.lang || 'body' : null];
})
"""


def operation_anchors(api: Api) -> list[str]:
    return ["op-" + op.id for op in api.operations]


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    started = Browser(chromium_or_skip()).start()
    yield started
    started.stop()


def fresh(browser: Browser, url: str, width: int, height: int, mobile: bool = False) -> None:
    """Open `url` with nothing remembered from an earlier test (the language choice)."""
    browser.open(url, width, height, mobile=mobile)
    browser.evaluate("localStorage.clear()")
    browser.open(url, width, height, mobile=mobile)


def press(browser: Browser, key: dict[str, Any]) -> None:
    for kind in ("keyDown", "keyUp"):
        event = {k: v for k, v in key.items() if kind == "keyDown" or k != "text"}
        browser.call("Input.dispatchKeyEvent", {"type": kind, **event})


def copy(browser: Browser, button: str) -> str:
    """Click a copy button (a JS expression for it), wait until it says so, and return what the
    page's origin then reads from the clipboard (the permissions granted first)."""
    browser.call(
        "Browser.grantPermissions",
        {"permissions": ["clipboardReadWrite", "clipboardSanitizedWrite"]},
        session=False,
    )
    browser.evaluate(f"{button}.click()")
    deadline = time.monotonic() + 5
    while browser.evaluate(f"{button}.textContent") != "Copied":
        assert time.monotonic() < deadline, browser.evaluate(f"{button}.textContent")
        time.sleep(0.05)
    result = browser.call(
        "Runtime.evaluate",
        {"expression": "navigator.clipboard.readText()", "awaitPromise": True},
    )
    assert "exceptionDetails" not in result, result
    text: str = result["result"]["value"]
    return text


def test_dump_dom_has_every_operation_section(site: Path, api: Api) -> None:
    executable = chromium_or_skip()
    with tempfile.TemporaryDirectory(prefix="docs-chromium-") as profile:
        done = subprocess.run(
            [
                executable,
                *CHROMIUM_FLAGS,
                f"--user-data-dir={profile}",
                "--dump-dom",
                (site / "index.html").as_uri(),
            ],
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert done.returncode == 0, done.stderr[-2000:]
    sections = re.findall(r'<section class="operation" id="([^"]+)"', done.stdout)
    assert sections == operation_anchors(api)
    tags = re.findall(
        r'<h2 class="tag-title"><a class="anchor" href="#[^"]+">([^<]+)</a>', done.stdout
    )
    assert tags == [tag.name for tag in api.tags]


@pytest.mark.parametrize(
    ("name", "width", "height", "mobile"),
    [("index-1280", 1280, 2000, False), ("index-390", 390, 1600, True)],
)
def test_index_renders_cleanly(
    browser: Browser,
    site: Path,
    api: Api,
    name: str,
    width: int,
    height: int,
    mobile: bool,
) -> None:
    fresh(browser, (site / "index.html").as_uri(), width, height, mobile=mobile)
    assert browser.console_errors() == []
    assert browser.evaluate("document.styleSheets.length") == 1
    # From disk, no "Try it" (it opens the sandbox's hub); the search box is there.
    assert browser.evaluate("document.querySelectorAll('a.try-it').length") > 0
    assert browser.evaluate(
        "Array.from(document.querySelectorAll('a.try-it')).every(a => a.hidden)"
    )
    assert browser.evaluate("document.querySelector('.search').hidden") is False
    assert browser.evaluate(SECTION_IDS) == operation_anchors(api)
    # Nothing wider than the screen: long code scrolls inside its own box.
    assert browser.evaluate("document.documentElement.scrollWidth") <= width
    sidebar = "getComputedStyle(document.querySelector('nav.sidebar')).display"
    assert browser.evaluate(sidebar) == ("none" if mobile else "block")
    browser.screenshot(REPORTS / f"{name}.png")
    if mobile:  # the contents toggle opens the navigation, with a link to every operation
        browser.evaluate("document.querySelector('label.nav-button').click()")
        assert browser.evaluate(sidebar) == "block"
        links = browser.evaluate(
            "Array.from(document.querySelectorAll('nav.sidebar a[href^=\"#op-\"]'),"
            " a => a.getAttribute('href').slice(1))"
        )
        assert links == operation_anchors(api)
        browser.screenshot(REPORTS / f"{name}-contents.png")
    assert browser.console_errors() == []


def test_an_operation_on_a_wide_screen(browser: Browser, site: Path, api: Api) -> None:
    """The examples sit beside the reference from 1500 px on; a screenshot of one operation."""
    browser.open((site / "index.html").as_uri(), 1600, 1400)
    first = operation_anchors(api)[0]
    columns = browser.evaluate(
        f"getComputedStyle(document.getElementById({first!r}).querySelector('.op-grid'))"
        ".gridTemplateColumns.split(' ').length"
    )
    assert columns == 2
    top = browser.evaluate(f"document.getElementById({first!r}).offsetTop")
    browser.evaluate(f"window.scrollTo({{top: {top}, behavior: 'instant'}})")
    browser.screenshot(REPORTS / "operation-1600.png")
    assert browser.console_errors() == []


def test_every_snippet_tab_shows_its_own_panel(browser: Browser, site: Path, api: Api) -> None:
    """Clicking a tab's label shows its panel alone: curl first, then Python, JavaScript, Go
    and, where the example has a body, Body."""
    fresh(browser, (site / "index.html").as_uri(), 1280, 2000)
    groups = browser.evaluate(TAB_GROUPS)
    reader = SiteReader(api)
    requests = [g.body is not None for op in api.operations for g in reader.operation(op).requests]
    assert len(groups) == len(requests)
    for group, has_body in zip(groups, requests, strict=True):
        expected = TABS + ([("Body", "panel-body")] if has_body else [])
        assert group["first"] == ["panel-curl"]
        assert group["tabs"] == [[label, True, [panel]] for label, panel in expected]
    for language in ("javascript", "go"):
        shown = browser.evaluate(
            f"Array.from(document.querySelectorAll('.op-snippets .panel-{language} > pre'),"
            " pre => pre.dataset.snippet)"
        )
        assert shown == [language] * len(groups)
    assert browser.console_errors() == []


def test_the_tabs_work_from_the_keyboard(browser: Browser, site: Path) -> None:
    """The tabs are radio buttons: focus the first, arrow right to JavaScript, Go, then Body."""
    fresh(browser, (site / "index.html").as_uri(), 1280, 2000)
    group = "document.querySelector('.op-snippets .tabs')"
    browser.evaluate(f"{group}.querySelector('input.tab-input').focus()")
    checked = []
    for _ in range(4):
        for kind in ("keyDown", "keyUp"):
            browser.call("Input.dispatchKeyEvent", {"type": kind, **ARROW_RIGHT})
        checked.append(
            browser.evaluate(
                f"[{group}.querySelector('input:checked').id.split('-').pop(),"
                f" document.activeElement === {group}.querySelector('input:checked'),"
                f" Array.from({group}.querySelectorAll('.panel'))"
                ".filter(p => getComputedStyle(p).display !== 'none').map(p => p.className)]"
            )
        )
    assert checked == [
        ["python", True, ["panel panel-python"]],
        ["javascript", True, ["panel panel-javascript"]],
        ["go", True, ["panel panel-go"]],
        ["body", True, ["panel panel-body"]],
    ]


@pytest.mark.parametrize("label", ["JavaScript", "Go"])
def test_a_language_on_a_phone(browser: Browser, site: Path, api: Api, label: str) -> None:
    """Every JavaScript (or Go) tab chosen at 390 px: the code scrolls in its box, not the
    page."""
    fresh(browser, (site / "index.html").as_uri(), 390, 1600, mobile=True)
    chosen = browser.evaluate(
        "Array.from(document.querySelectorAll('label.tab'))"
        f".filter(label => label.textContent === {label!r})"
        ".map(label => (label.click(), document.getElementById(label.htmlFor).checked))"
    )
    assert chosen and all(chosen)
    assert browser.evaluate("document.documentElement.scrollWidth") <= 390
    first = operation_anchors(api)[0]
    top = browser.evaluate(  # below the top bar
        f"document.getElementById({first!r}).querySelector('.op-snippets')"
        ".getBoundingClientRect().top + window.scrollY - 80"
    )
    browser.evaluate(f"window.scrollTo({{top: {top}, behavior: 'instant'}})")
    browser.screenshot(REPORTS / f"operation-390-{label.lower()}.png")
    assert browser.console_errors() == []


def test_console_errors_are_caught(browser: Browser, tmp_path: Path) -> None:
    """The check above is not vacuous: a broken page is reported."""
    page = tmp_path / "broken.html"
    page.write_text(
        '<!doctype html><link rel="stylesheet" href="missing.css">'
        "<script>console.error('boom')</script>"
    )
    browser.open(page.as_uri(), 800, 600)
    errors = browser.console_errors()
    assert any("boom" in e for e in errors), errors
    assert any("missing.css" in e or "ERR_FILE_NOT_FOUND" in e for e in errors), errors


def description_word(api: Api) -> tuple[str, str]:
    """An operation, and a word of its description that no other operation's text and none of
    its own summary, id or path holds: only the index of descriptions can find it."""
    for op in api.operations:
        own = set(search.words(op.description).split())
        own -= set(search.words(op.id, op.path, op.summary).split())
        others = {
            word
            for other in api.operations
            if other is not op
            for word in search.words(other.description, other.summary, other.id).split()
        }
        found = sorted(w for w in own - others if w.isalpha() and len(w) > 5)
        if found:
            return op.id, found[0]
    raise AssertionError("no operation's description has a word of its own")


RESULTS = "Array.from(document.querySelectorAll('#search-results a'), a => a.getAttribute('href'))"


@pytest.mark.parametrize(("width", "mobile"), [(1280, False), (390, True)])
def test_search_finds_an_operation_by_a_word_of_its_description(
    browser: Browser, site: Path, api: Api, width: int, mobile: bool
) -> None:
    """ "/" focuses the search box (opening the contents on a phone); typing a word of an
    operation's description lists it; Enter follows the first result. Ctrl+K focuses it too."""
    operation_id, word = description_word(api)
    fresh(browser, (site / "index.html").as_uri(), width, 1600, mobile=mobile)
    press(browser, SLASH)
    assert browser.evaluate("document.activeElement.id") == "search"
    browser.call("Input.insertText", {"text": word})
    results = browser.evaluate(RESULTS)
    assert f"#op-{operation_id}" in results, (word, results)
    browser.screenshot(REPORTS / f"search-{width}.png")
    press(browser, ENTER)
    assert browser.evaluate("location.hash") == results[0]
    browser.evaluate("document.activeElement.blur()")
    press(browser, CTRL_K)
    assert browser.evaluate("document.activeElement.id") == "search"
    # A word no entry holds lists nothing.
    browser.evaluate("document.getElementById('search').value = ''")
    browser.call("Input.insertText", {"text": "zzqqxx"})
    assert browser.evaluate(RESULTS) == []
    assert browser.console_errors() == []


def test_a_copy_button_copies_the_exact_snippet(
    browser: Browser, site: Path, api: Api, index_html: str
) -> None:
    """The copy button of a snippet puts its source text on the clipboard, byte for byte (the
    text the docs tests run); the base URL's copies the production URL."""
    fresh(browser, (site / "index.html").as_uri(), 1280, 2000)
    shown = snippets_in(index_html)
    picked = [
        next(s for s in shown if s.operation and s.language == "curl"),
        next(s for s in shown if s.operation and s.language == "go"),
        next(s for s in shown if s.guide and s.language == "python"),
    ]
    for snippet in picked:
        button = (
            f"document.querySelectorAll('pre[data-snippet]')[{shown.index(snippet)}]"
            ".parentElement.querySelector('button.copy')"
        )
        assert copy(browser, button) == snippet.text, snippet.key
    base_url = "document.querySelector('.base-url button.copy')"
    assert copy(browser, base_url) == snippets.production_server(api)
    buttons = "document.querySelectorAll('pre[data-snippet] + button.copy').length"
    assert browser.evaluate(buttons) == len(shown)  # every snippet has its button
    assert browser.console_errors() == []


def assert_every_example_shows(browser: Browser, language: str) -> None:
    """Every group of examples that has `language` shows it (and there are many groups)."""
    shown = browser.evaluate(SHOWN_LANGUAGES)
    has = browser.evaluate(
        "Array.from(document.querySelectorAll('.tabs'),"
        f" g => !!g.querySelector('input[data-lang=\"{language}\"]'))"
    )
    assert len(shown) == len(has) > 20
    assert [
        group
        for (group, showing), able in zip(shown, has, strict=True)
        if able and showing != language
    ] == []


def test_the_language_choice_holds_across_sections_and_reloads(
    browser: Browser, site: Path
) -> None:
    """Choosing Python in one operation's example (by keyboard) shows Python in every example,
    the guides' included; a reload keeps it; choosing Go in a guide switches them all again, and
    that too outlives a reload."""
    url = (site / "index.html").as_uri()
    fresh(browser, url, 1280, 2000)
    assert_every_example_shows(browser, "curl")
    browser.evaluate("document.querySelector('.op-snippets input.tab-input').focus()")
    press(browser, ARROW_RIGHT)
    assert_every_example_shows(browser, "python")
    browser.open(url, 1280, 2000)
    assert_every_example_shows(browser, "python")
    browser.evaluate("document.querySelector('.guide label[for$=\"-go\"]').click()")
    assert_every_example_shows(browser, "go")
    browser.open(url, 1280, 2000)
    assert_every_example_shows(browser, "go")
    assert browser.console_errors() == []


def test_the_page_served_by_the_sandbox(
    browser: Browser, site: Path, api: Api, tmp_path: Path
) -> None:
    """`serve --docs`: the page under /docs/ works under the sandbox's Content-Security-Policy
    (no console error), search included, and each example has its "Try it" link to the hub's
    playground, pre-filled by operation and example."""
    server = Server(tmp_path / "sandbox", docs=site).start()
    try:
        url = f"http://127.0.0.1:{server.port}/docs/"
        fresh(browser, url, 1280, 2000)
        assert browser.console_errors() == []
        reader = SiteReader(api)
        expected = [
            group.try_it for op in api.operations for group in reader.operation(op).requests
        ]
        links = browser.evaluate(
            "Array.from(document.querySelectorAll('a.try-it'),"
            " a => [a.getAttribute('href'), a.hidden, a.offsetParent !== null])"
        )
        assert [href for href, _, _ in links] == expected
        assert all(not hidden and visible for _, hidden, visible in links)
        first = api.operations[0]
        assert expected[0] == try_it(
            first.id,
            snippets.for_operation(
                api, first, snippets.production_server(api), snippets.id_patterns(api)
            )[0].example,
        )
        press(browser, SLASH)
        browser.call("Input.insertText", {"text": first.summary.split()[-1]})
        assert f"#op-{first.id}" in browser.evaluate(RESULTS)
        browser.evaluate("document.getElementById('search').blur()")
        top = browser.evaluate(f"document.getElementById('op-{first.id}').offsetTop")
        browser.evaluate(f"window.scrollTo({{top: {top}, behavior: 'instant'}})")
        browser.screenshot(REPORTS / "served-1280.png")
        assert browser.console_errors() == []
    finally:
        server.stop()
