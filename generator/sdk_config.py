"""`generator/sdk.yaml`: what every official SDK does alike that the spec does not say (its
package names, its defaults, the names of its status error classes), read once for every client
generator and the docs.

Times are seconds here, as in the file; each generator spells them its own way (seconds in
Python, milliseconds in TypeScript).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml

from generator.output import GeneratorError

SDK_YAML = Path(__file__).resolve().parent / "sdk.yaml"
# MAJOR.MINOR.PATCH, which PyPI, npm and Go module tags all take as it is.
SEMVER = re.compile(r"(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)")


@dataclass(frozen=True)
class Packages:
    python: str  # the distribution `pip install` takes
    typescript: str  # the npm package
    go: str  # the module path


@dataclass(frozen=True)
class Environment:
    api_key: str  # the variable holding the API key when the client is given none
    base_url: str  # the variable holding the base URL when the client is given none
    admin_key: str  # the variable examples read the admin key from (no client reads it)


@dataclass(frozen=True)
class Timeouts:
    default: float  # a whole call, retries included; a stream's first byte, then each gap
    transfer: float  # uploads and downloads
    connect: float


@dataclass(frozen=True)
class Retries:
    statuses: tuple[int, ...]  # 4xx retried; every 5xx and a key in use are retried as well
    max_retries: int
    initial_delay: float  # doubled on each retry up to max_delay, with jitter
    max_delay: float
    max_retry_after: float  # a longer Retry-After is not waited out


@dataclass(frozen=True)
class Wait:
    timeout: float
    poll_interval: float
    max_poll_interval: float


@dataclass(frozen=True)
class SdkConfig:
    version: str  # the SDKs' semantic version (the spec's is a release date)
    packages: Packages
    environment: Environment
    timeouts: Timeouts
    retries: Retries
    wait: Wait
    status_errors: Mapping[int, str]  # HTTP status -> the name of its error class

    def status_class(self, status: int) -> str:
        if status not in self.status_errors:
            raise GeneratorError(
                f"name the error class of HTTP {status} under status_errors in {SDK_YAML.name}"
            )
        return self.status_errors[status]


def load(path: Path = SDK_YAML) -> SdkConfig:
    """The SDK settings in `path`, every one of them required and checked."""
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    section = _Section(raw, path.name)
    version = section.text("version")
    if not SEMVER.fullmatch(version):
        raise GeneratorError(f"{path.name}: version {version!r} is not MAJOR.MINOR.PATCH")
    packages = section.section("packages")
    environment = section.section("environment")
    timeouts = section.section("timeouts")
    retries = section.section("retries")
    wait = section.section("wait")
    statuses = section.mapping("status_errors")
    status_errors: dict[int, str] = {}
    for status, name in statuses.items():
        if not isinstance(status, int) or not isinstance(name, str) or not name.isidentifier():
            raise GeneratorError(f"{path.name}: status_errors: {status!r}: {name!r} is not valid")
        status_errors[status] = name
    return SdkConfig(
        version=version,
        packages=Packages(
            packages.text("python"), packages.text("typescript"), packages.text("go")
        ),
        environment=Environment(
            environment.text("api_key"), environment.text("base_url"), environment.text("admin_key")
        ),
        timeouts=Timeouts(
            timeouts.seconds("default"), timeouts.seconds("transfer"), timeouts.seconds("connect")
        ),
        retries=Retries(
            statuses=retries.client_errors("statuses"),
            max_retries=retries.count("max_retries"),
            initial_delay=retries.seconds("initial_delay"),
            max_delay=retries.seconds("max_delay"),
            max_retry_after=retries.seconds("max_retry_after"),
        ),
        wait=Wait(
            wait.seconds("timeout"),
            wait.seconds("poll_interval"),
            wait.seconds("max_poll_interval"),
        ),
        status_errors=MappingProxyType(dict(sorted(status_errors.items()))),
    )


class _Section:
    """One mapping of the file, whose values are read by kind (and refused when missing)."""

    def __init__(self, raw: Any, where: str) -> None:
        if not isinstance(raw, dict):
            raise GeneratorError(f"{where}: expected a mapping")
        self.raw: dict[Any, Any] = raw
        self.where = where

    def _get(self, key: str) -> Any:
        if key not in self.raw:
            raise GeneratorError(f"{self.where}: {key} is missing")
        return self.raw[key]

    def mapping(self, key: str) -> dict[Any, Any]:
        value = self._get(key)
        if not isinstance(value, dict) or not value:
            raise GeneratorError(f"{self.where}: {key} must be a non-empty mapping")
        return value

    def section(self, key: str) -> _Section:
        return _Section(self.mapping(key), f"{self.where}: {key}")

    def text(self, key: str) -> str:
        value = self._get(key)
        if not isinstance(value, str) or not value:
            raise GeneratorError(f"{self.where}: {key} must be a non-empty string")
        return value

    def seconds(self, key: str) -> float:
        value = self._get(key)
        if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
            raise GeneratorError(f"{self.where}: {key} must be a positive number of seconds")
        return float(value)

    def client_errors(self, key: str) -> tuple[int, ...]:
        """A list of 4xx statuses (a 5xx would say nothing: every one is retried)."""
        value = self._get(key)
        if not isinstance(value, list) or not all(
            type(status) is int and 400 <= status < 500 for status in value
        ):
            raise GeneratorError(f"{self.where}: {key} must be a list of 4xx statuses")
        return tuple(sorted(set(value)))

    def count(self, key: str) -> int:
        value = self._get(key)
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise GeneratorError(f"{self.where}: {key} must be a whole number, 0 or more")
        return value
