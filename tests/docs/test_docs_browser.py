"""The site in headless Chromium (Debian's package): no console errors, every operation's
section in the DOM, no sideways scrolling on a phone, snippet tabs (curl, Python, JavaScript,
Go, Body) that show their own panel by click and by keyboard, and screenshots under
reports/docs/.
"""

from __future__ import annotations

import re
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from docs_support import CHROMIUM_FLAGS, REPORTS, Browser, chromium_or_skip

from generator.docs.spec_view import SiteReader
from minimax_openapi.model import Api

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


def operation_anchors(api: Api) -> list[str]:
    return ["op-" + op.id for op in api.operations]


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    started = Browser(chromium_or_skip()).start()
    yield started
    started.stop()


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
    browser.open((site / "index.html").as_uri(), width, height, mobile=mobile)
    assert browser.console_errors() == []
    assert browser.evaluate("document.styleSheets.length") == 1
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
    browser.open((site / "index.html").as_uri(), 1280, 2000)
    groups = browser.evaluate(TAB_GROUPS)
    reader = SiteReader(api)
    requests = [
        body is not None for op in api.operations for _, body in reader.operation(op).requests
    ]
    assert len(groups) == len(requests)
    for group, has_body in zip(groups, requests, strict=True):
        expected = TABS + ([("Body", "panel-body")] if has_body else [])
        assert group["first"] == ["panel-curl"]
        assert group["tabs"] == [[label, True, [panel]] for label, panel in expected]
    for language in ("javascript", "go"):
        shown = browser.evaluate(
            f"Array.from(document.querySelectorAll('.panel-{language} > pre'),"
            " pre => pre.dataset.snippet)"
        )
        assert shown == [language] * len(groups)
    assert browser.console_errors() == []


def test_the_tabs_work_from_the_keyboard(browser: Browser, site: Path) -> None:
    """The tabs are radio buttons: focus the first, arrow right to JavaScript, Go, then Body."""
    browser.open((site / "index.html").as_uri(), 1280, 2000)
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
    browser.open((site / "index.html").as_uri(), 390, 1600, mobile=True)
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
