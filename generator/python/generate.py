"""Generate `clients/python` from `openapi/minimax.yaml`, or check that it is up to date.

    python -m generator.python.generate            # regenerate clients/python
    python -m generator.python.generate --check    # fail if clients/python differs from a fresh run

Every fact comes from the spec's model (`minimax_openapi.spec`). openapi-python-client (pinned:
its Python API is private) renders the models and the project files from the document without
its paths, through our overrides in `templates/`; the rest of what it always writes (its own
HTTP layer) is deleted. The templates in `sdk_templates/` render the resource-style client from
the model (`api`) and what `api_surface` and `error_classes` derive from it, and the modules of
`runtime/` are copied as they are. Last, every file gets the "do not edit" header and ruff fixes
and formats the result with the rules chosen in the generated pyproject.toml.
"""

from __future__ import annotations

import contextlib
import io
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from jinja2 import ChoiceLoader, Environment, FileSystemLoader
from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_spec_validator import validate

from generator import output, sdk_config
from generator.python import api_surface, error_classes
from generator.python.param_types import PACKAGE, GeneratorError
from minimax_openapi.model import Api
from minimax_openapi.spec import SPEC_PATH, load

ROOT = Path(__file__).resolve().parents[2]
TARGET = ROOT / "clients" / "python"
HERE = Path(__file__).resolve().parent
# Left by builds, installs and tools inside clients/python; never generated, never compared.
IGNORED = ("__pycache__", "*.egg-info", "build", "dist", ".mypy_cache", ".ruff_cache")
# What openapi-python-client always writes beside the models: its HTTP layer (the client uses
# its own, in runtime/) and types.py (replaced by types/, whose __init__ renders that template).
NOT_KEPT = ("api", "client.py", "errors.py", "types.py")
# Templates rendered once per item rather than once: the placeholder names the output file.
PER_ITEM = {"__resource__": "modules", "__params__": "param_modules"}


def render_project(out: Path) -> None:
    """Write the whole client project into `out`, which must not exist yet."""
    api = load(SPEC_PATH)
    sdk = sdk_config.load()
    if api.production is None:
        raise GeneratorError("the spec names no production server (one with a fixed URL)")
    validate(api.document())
    # config.yaml holds the tool's settings; the distribution's name is sdk.yaml's
    config = Config.from_sources(
        ConfigFile.load_from_path(HERE / "config.yaml").model_copy(
            update={"project_name_override": sdk.packages.python}
        ),
        MetaType.UV,  # any value but NONE: our pyproject.toml.jinja replaces what it selects
        SPEC_PATH,
        "utf-8",
        overwrite=False,
        output_path=out,
    )
    data = GeneratorData.from_dict(_models_only(api), config=config)
    if not isinstance(data, GeneratorData):
        raise GeneratorError(f"openapi-python-client: {data.header}: {data.detail}")
    project = Project(openapi=data, config=config, custom_template_path=HERE / "templates")
    model_classes = {str(m.class_info.name) for m in [*data.models, *data.enums]}
    if unmatched := set(api.secret_properties) - model_classes:  # their secrets would show
        raise GeneratorError(f"schemas with secrets but no model class: {sorted(unmatched)}")
    surface = api_surface.build(api, model_classes)
    project.env.globals.update(
        api=api,
        surface=surface,
        client_class=api.title.removesuffix(" API").replace(" ", ""),
        errors=error_classes.build(api, sdk),
        sdk=sdk,
        spec_header=lambda name: output.declared(name, api.headers, "header"),
        spec_error_code=lambda code: output.declared(
            code, {e.code for e in api.error_codes}, "error code"
        ),
    )
    project.env.filters["pyrepr"] = repr
    project.env.filters["seconds"] = lambda value: format(value, "g")  # 30.0 -> "30"
    project.env.filters["relative_to"] = relative_import
    with contextlib.redirect_stdout(io.StringIO()):  # it prints "Generating <dir>"
        problems = project.build()
    if problems:  # warnings included: each one means part of the spec was dropped
        details = "\n".join(f"{p.level}: {p.header}: {p.detail}" for p in problems)
        raise GeneratorError(f"openapi-python-client reported:\n{details}")

    package = out / PACKAGE
    for name in NOT_KEPT:
        if (package / name).is_dir():
            shutil.rmtree(package / name)
        else:
            (package / name).unlink()
    assert project.env.loader is not None
    sdk_env = project.env.overlay(
        loader=ChoiceLoader([FileSystemLoader(HERE / "sdk_templates"), project.env.loader])
    )
    _render_sdk(sdk_env, package, surface)
    for module in sorted((HERE / "runtime").glob("*.py")):
        shutil.copyfile(module, package / module.name)
    for path in output.files(out, IGNORED):
        output.stamp(path, "<!-- {} -->" if path.suffix == ".md" else "# {}")
    _ruff(out)


def relative_import(target: str, package: str) -> str:
    """How a module of `package` imports `target`: relatively inside the client's package."""
    target_parts, package_parts = target.split("."), package.split(".")
    if target_parts[0] != package_parts[0]:
        return target
    common = 0
    while common < min(len(target_parts), len(package_parts)):
        if target_parts[common] != package_parts[common]:
            break
        common += 1
    return "." * (len(package_parts) - common + 1) + ".".join(target_parts[common:])


def _models_only(api: Api) -> dict[str, Any]:
    """The document as openapi-python-client gets it: without paths, so that it makes models
    of the schemas and nothing of the operations (`resources/` calls them)."""
    document = api.document()
    document["paths"] = {}
    return document


def _render_sdk(env: Environment, package: Path, surface: api_surface.Surface) -> None:
    root = HERE / "sdk_templates"
    for template in sorted(root.rglob("*.jinja")):
        relative = template.relative_to(root)
        if relative.parts[0] == "macros":
            continue
        name = str(relative.with_suffix(""))
        placeholder = next((p for p in PER_ITEM if p in name), None)
        items: list[Any] = getattr(surface, PER_ITEM[placeholder]) if placeholder else [None]
        for item in items:
            output = name.replace(placeholder, item.module) if placeholder else name
            text = env.get_template(relative.as_posix()).render(item=item)
            path = package / output
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")


def _ruff(out: Path) -> None:
    """Fix and format with the rules of the generated pyproject.toml (not the ruff defaults)."""
    for args in (["check", "--fix", "--quiet", "--no-cache"], ["format", "--quiet", "--no-cache"]):
        # `check --fix` exits non-zero only for what it could not fix.
        result = subprocess.run(
            [sys.executable, "-m", "ruff", *args, "."], cwd=out, capture_output=True, text=True
        )
        if result.returncode:
            raise GeneratorError(f"ruff {args[0]} failed:\n{result.stdout}{result.stderr}")


def is_ignored(relative: Path) -> bool:
    return output.is_ignored(relative, IGNORED)


def main(argv: list[str] | None = None) -> int:
    return output.main(
        render_project,
        description=__doc__.split("\n\n")[0],
        default_target=TARGET,
        ignored=IGNORED,
        command="make generate",
        argv=argv,
    )


if __name__ == "__main__":
    sys.exit(main())
