"""The raw OpenAPI document: parse it, follow its `$ref`s, walk its operations, validate
against its schemas. Only the model (`model.py`) and its tests work at this level; every other
reader takes the typed model."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator

# A link to openapi/minimax.yaml in the repository (resolved, so messages name the real file).
SPEC_PATH = Path(__file__).with_name("minimax.yaml").resolve()

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


def load(path: Path | str = SPEC_PATH) -> dict[str, Any]:
    """Parse the spec; a fresh dict on every call, so callers may mutate it freely."""
    with open(path, encoding="utf-8") as file:
        spec = yaml.safe_load(file)
    if not isinstance(spec, dict):
        raise ValueError(f"{path}: expected a YAML mapping at the top level")
    return spec


def resolve(spec: Mapping[str, Any], node: Any) -> Any:
    """Follow local `$ref`s ("#/components/...") until reaching a node that is not a $ref."""
    seen: set[str] = set()
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        if not isinstance(ref, str) or not ref.startswith("#/"):
            raise ValueError(f"only local $refs are supported, got {ref!r}")
        if ref in seen:
            raise ValueError(f"$ref cycle through {ref}")
        seen.add(ref)
        node = spec
        for token in ref[2:].split("/"):
            # JSON pointer escapes: ~1 is "/", ~0 is "~" (in that order, per RFC 6901).
            key = token.replace("~1", "/").replace("~0", "~")
            node = node[int(key)] if isinstance(node, list) else node[key]
    return node


@dataclass(frozen=True)
class RawOperation:
    """One operation as written, with its place in the document; `path_item` holds the
    parameters its path shares."""

    path: str
    method: str
    op: dict[str, Any]
    path_item: dict[str, Any]

    @property
    def label(self) -> str:
        return f"{self.method.upper()} {self.path}"


def operations(spec: dict[str, Any]) -> Iterator[RawOperation]:
    """Every operation under `paths`, in document order."""
    for path, raw_item in (spec.get("paths") or {}).items():
        path_item = resolve(spec, raw_item)  # 3.1 allows a path item to be a $ref
        for method in HTTP_METHODS:
            if method in path_item:
                yield RawOperation(path, method, path_item[method], path_item)


def parameters(spec: dict[str, Any], operation: RawOperation) -> list[dict[str, Any]]:
    """The resolved parameters that apply to an operation: path-item level, then its own."""
    raw = [*operation.path_item.get("parameters", []), *operation.op.get("parameters", [])]
    return [resolve(spec, p) for p in raw]


def schema_validator(spec: Mapping[str, Any], schema: Any) -> Draft202012Validator:
    """A 2020-12 validator for a schema taken from the spec.

    Its `$ref`s ("#/components/schemas/X") point into the spec document, but jsonschema
    resolves "#" against the root schema it is given. So the root carries the spec's
    `components` beside the schema; unknown keywords are ignored by JSON Schema, yet a
    JSON pointer can still reach into them.
    """
    root = {"components": spec.get("components", {}), "allOf": [schema]}
    return Draft202012Validator(root, format_checker=Draft202012Validator.FORMAT_CHECKER)


def validation_errors(spec: Mapping[str, Any], schema: Any, instance: Any) -> list[str]:
    """Readable messages for each way `instance` fails `schema`; empty when it is valid."""
    errors = schema_validator(spec, schema).iter_errors(instance)
    return [
        f"at {'/'.join(map(str, e.absolute_path)) or '(root)'}: {e.message}"
        for e in sorted(errors, key=lambda e: list(map(str, e.absolute_path)))
    ]
