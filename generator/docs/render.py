"""Render the API reference site from the spec: `python -m generator.docs.render [--out DIR]`.

The site is `index.html` (quickstart and guides, overview, then every operation grouped by
tag), `changelog.html` (the spec's releases, `Api.changelog`), `style.css`, `site.js` (search
over the index embedded in the page, copy buttons, the language choice, "Try it") and a copy of
the spec to download: it reads without the script and works opened from disk. The output depends
on nothing but the spec, the templates, the guides' code and the static files (no clock, no
environment), so rendering twice gives the same bytes.
"""

from __future__ import annotations

import argparse
import dataclasses
import shutil
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from generator import output
from generator.docs import guides, search, snippets, spec_view, text
from minimax_openapi.model import Api
from minimax_openapi.spec import SPEC_PATH, load

HERE = Path(__file__).resolve().parent
TEMPLATES = HERE / "templates"
STATIC = HERE / "static"
DEFAULT_OUT = HERE.parents[1] / "docs" / "site"


def environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["number"] = text.number
    env.filters["highlight"] = text.highlight
    return env


def build(api: Api, spec_path: Path = SPEC_PATH) -> dict[str, bytes]:
    """Every file of the site, by relative path; `spec_path` is the document `api` was read from,
    copied as it is for download."""
    site = spec_view.SiteReader(api)
    intro, sections = spec_view.overview_sections(api)
    envelope_name, envelope = site.error_envelope()
    codes_intro, codes = site.error_codes()
    guide_views = guides.views(api)
    pages = [(s.title, "Overview", s.id, s.html.striptags()) for s in sections]
    pages += [(g.title, "Guide", g.anchor, g.summary) for g in guide_views]
    context = {
        "title": api.title,
        "version": api.version,
        "summary": api.summary,
        "license": api.license,
        "contact_name": api.contact_name,
        "contact_url": api.contact_url,
        "intro": intro,
        "sections": sections,
        "servers": site.servers(),
        "sdks": snippets.sdk_installs(),
        "production": site.production,
        "security_schemes": site.security_schemes(),
        "key_scopes": site.key_scopes(),
        "envelope_name": envelope_name,
        "envelope": envelope,
        "codes_intro": codes_intro,
        "codes": codes,
        "tiers": site.tiers(),
        "rate_limit_rows": site.rate_limit_rows(),
        "streams": site.streams(),
        "triggers": site.triggers(),
        "tags": site.tags(),
        "spec_file": spec_path.name,
        "changelog": [
            dataclasses.replace(
                entry,
                summary=text.markdown(entry.summary),
                changes=tuple(text.markdown_inline(c) for c in entry.changes),
                migration=text.markdown(entry.migration) if entry.migration else "",
            )
            for entry in api.changelog
        ],
        "guides": guide_views,
        "key_variable": snippets.KEY_VARIABLE,
        "keys": api.keys,
        "idempotency": api.idempotency,
        "idempotency_hours": api.idempotency.retention_seconds // 3600,
        "retried_statuses": snippets.SDK.retries.statuses,
        "retry_codes": retried_codes(codes),
        "rate_limit_code": next(row for row in codes if row.status == 429),
        "rate_limit_headers": site.rate_limit_headers(),
        "trigger_named": dict(zip((t.name for t in api.triggers), site.triggers(), strict=True)),
        "search_index": search.embedded(search.index(api, pages)),
    }
    env = environment()
    files = {
        page: env.get_template(f"{page}.jinja").render(**context).encode("utf-8")
        for page in ("index.html", "changelog.html")
    }
    files[spec_path.name] = spec_path.read_bytes()
    for path in sorted(STATIC.rglob("*")):
        if path.is_file():
            files[path.relative_to(STATIC).as_posix()] = path.read_bytes()
    return files


def retried_codes(codes: list[spec_view.ErrorCodeRow]) -> list[spec_view.ErrorCodeRow]:
    """The error codes the SDKs retry, as generator/sdk.yaml says: its statuses, every 5xx and
    the 409 of a key in use (waited out)."""
    in_use = output.declared("idempotency_key_in_use", [row.code for row in codes], "error code")
    statuses = snippets.SDK.retries.statuses
    return [r for r in codes if r.status in statuses or r.status >= 500 or r.code == in_use]


def write(files: dict[str, bytes], out: Path) -> None:
    """Replace `out` with exactly `files` (it must be a site made before, or empty, or new)."""
    if out.exists() and any(out.iterdir()) and not (out / "index.html").exists():
        raise SystemExit(f"{out} holds files but no index.html: not a rendered site, not cleared")
    if out.exists():
        shutil.rmtree(out)
    for name, data in sorted(files.items()):
        target = out / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)


def render(out: Path = DEFAULT_OUT, spec_path: Path = SPEC_PATH) -> Path:
    write(build(load(spec_path), spec_path), out)
    return out / "index.html"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder")
    parser.add_argument("--spec", type=Path, default=SPEC_PATH, help="the OpenAPI document")
    args = parser.parse_args(argv)
    index = render(args.out, args.spec)
    print(f"wrote {index}")


if __name__ == "__main__":
    main()
