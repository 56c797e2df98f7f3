"""The spec is a valid OpenAPI 3.1 document."""

from typing import Any

from openapi_spec_validator import validate


def test_spec_is_openapi_3_1(spec: dict[str, Any]) -> None:
    assert str(spec.get("openapi", "")).startswith("3.1")


def test_spec_passes_openapi_spec_validator(spec: dict[str, Any]) -> None:
    validate(spec)  # picks the 3.1 validator from the `openapi` field; raises on any error
