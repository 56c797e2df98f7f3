"""Malformed and hostile requests at every operation never make the sandbox fail.

Hypothesis sends broken JSON, wrong types, huge strings, broken multipart bodies, odd
`Content-Type` / `Idempotency-Key` / `Authorization` headers and random query strings to
all 13 operations (paths filled with real ids, plausible ones and random text). Whatever
arrives, the answer is documented for the operation (`conforms`), never a 5xx, a 4xx or (when
the input happens to be valid) a 2xx, and every 4xx is the error envelope with
`X-Request-Id` and the rate-limit headers.
"""

from __future__ import annotations

import json
import re
import time
import uuid
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote, urlencode, urlparse

import httpx
import pytest
from hypothesis import HealthCheck, assume, event, given, settings
from hypothesis import strategies as st

from minimax_openapi.spec import shared
from minimax_sandbox.samples import jpeg, png, training_jsonl
from minimax_sandbox.testing import Server, conforms

API = shared()
OPERATIONS = {operation.id: operation for operation in API.operations}
ERROR_RESPONSE = {"$ref": "#/components/schemas/ErrorResponse"}
RATE_HEADERS = ("x-ratelimit-limit", "x-ratelimit-remaining", "x-ratelimit-reset")
REQUEST_ID = re.compile(r"^req_[A-Za-z0-9]{8,64}$")
MEGABYTE = 1_000_000

PRINTABLE = st.characters(min_codepoint=0x20, max_codepoint=0x7E)
printable = st.text(PRINTABLE, max_size=80)
header_values = printable


@pytest.fixture(scope="module")
def world(server: Server) -> Iterator[dict[str, Any]]:
    """A high-limit key, and real resources of its account for paths and bodies to name."""
    key = server.new_key(tier="enterprise", enterprise_rpm=10**6)
    with server.client(key) as client:

        def upload(data: bytes, name: str, mime: str, purpose: str) -> dict[str, Any]:
            response = client.post(
                "/files", files={"file": (name, data, mime)}, data={"purpose": purpose}
            )
            assert response.status_code == 201, response.text
            return response.json()["data"]

        image = upload(png(), "ref.png", "image/png", "video-reference")
        training = upload(training_jsonl(), "train.jsonl", "application/jsonl", "fine-tune")
        response = client.post(
            "/video/generations", json={"prompt": "a fox", "duration": 1, "resolution": "480p"}
        )
        video = response.json()["data"]
        response = client.post(
            "/fine-tunes", json={"model": "minimax-chat-v2", "training_file": training["id"]}
        )
        job = response.json()["data"]
        deadline = time.monotonic() + 30
        while video["status"] != "succeeded" or job["status"] != "succeeded":
            assert time.monotonic() < deadline, (video, job)
            time.sleep(0.1)
            video = client.get(f"/video/generations/{video['id']}").json()["data"]
            job = client.get(f"/fine-tunes/{job['id']}").json()["data"]
        yield {
            "server": server,
            "key": key,
            "image": image,
            "training": training,
            "video": video,
            "job": job,
            "signed": [
                urlparse(video["result"]["download_url"]).query,
                urlparse(image["download_url"]).query,
            ],
        }


# --- strategies --------------------------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
huge_strings = st.tuples(
    st.sampled_from([255, 256, 2000, 2001, 65536, 65537, 999_999, MEGABYTE]),
    st.sampled_from(["x", "é", "漢", " ", "{", "\\", "word "]),
).map(lambda pair: (pair[1] * pair[0])[: pair[0]])
odd_values = json_values | huge_strings | st.just(float("1e308")) | st.integers(-(2**70), 2**70)


def templates(world: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """A valid body for each operation that takes JSON; mutations start from these."""
    return {
        "chat.completions.create": {
            "model": "minimax-chat-v2",
            "messages": [{"role": "user", "content": "What is the weather in Paris?"}],
            "tools": [
                {
                    "type": "function",
                    "function": {
                        "name": "get_weather",
                        "parameters": {
                            "type": "object",
                            "properties": {"city": {"type": "string"}},
                        },
                    },
                }
            ],
            "max_tokens": 16,
        },
        "embeddings.create": {"model": "minimax-embed-v1", "input": ["one", "two"]},
        "video.generations.create": {
            "prompt": "a cat",
            "duration": 1,
            "resolution": "480p",
            "reference_image_file_id": world["image"]["id"],
        },
        "fine_tunes.create": {
            "model": "minimax-chat-v2",
            "suffix": "fuzz",
            "training_file": world["training"]["id"],
        },
    }


@st.composite
def mutated(draw: st.DrawFn, template: dict[str, Any]) -> Any:
    """The template with a few fields replaced, removed, added or nested into."""
    body: Any = json.loads(json.dumps(template))
    for _ in range(draw(st.integers(0, 3))):
        if not isinstance(body, dict):
            break
        action = draw(st.sampled_from(["replace", "remove", "add", "nested"]))
        keys = sorted(body)
        if action == "replace" and keys:
            body[draw(st.sampled_from(keys))] = draw(odd_values)
        elif action == "remove" and keys:
            del body[draw(st.sampled_from(keys))]
        elif action == "add":
            body[draw(st.text(max_size=12))] = draw(odd_values)
        elif action == "nested":
            lists = [k for k in keys if isinstance(body[k], list) and body[k]]
            if lists:
                field = draw(st.sampled_from(lists))
                item = body[field][0]
                if isinstance(item, dict) and item:
                    item[draw(st.sampled_from(sorted(item)))] = draw(odd_values)
                else:
                    body[field][0] = draw(odd_values)
    return body


@st.composite
def json_bodies(draw: st.DrawFn, template: dict[str, Any] | None) -> bytes | None:
    kind = draw(
        st.sampled_from(
            ["mutated", "mutated", "valid", "truncated", "garbage", "any_json", "empty", "none"]
        )
    )
    event(f"body: {kind}")
    base = template if template is not None else {"x": 1}
    if kind == "mutated":
        return json.dumps(draw(mutated(base)), ensure_ascii=draw(st.booleans())).encode()
    if kind == "valid":
        return json.dumps(base).encode()
    if kind == "truncated":
        text = json.dumps(base).encode()
        return text[: draw(st.integers(0, len(text) - 1))]
    if kind == "garbage":
        return draw(st.binary(max_size=200))
    if kind == "any_json":
        return json.dumps(draw(json_values)).encode()
    if kind == "empty":
        return b""
    return None


def multipart(parts: list[tuple[str, str | None, str | None, bytes]], boundary: str) -> bytes:
    out = b""
    for name, filename, content_type, data in parts:
        disposition = f'form-data; name="{name}"'
        if filename is not None:
            disposition += f'; filename="{filename}"'
        out += f"--{boundary}\r\nContent-Disposition: {disposition}\r\n".encode()
        if content_type is not None:
            out += f"Content-Type: {content_type}\r\n".encode()
        out += b"\r\n" + data + b"\r\n"
    return out + f"--{boundary}--\r\n".encode()


@st.composite
def upload_bodies(draw: st.DrawFn) -> tuple[bytes | None, str | None]:
    """(body, content type) for POST /files: multipart good and bad, or something else."""
    kind = draw(st.sampled_from(["valid", "parts", "parts", "truncated", "garbage", "json"]))
    event(f"upload: {kind}")
    boundary = draw(st.from_regex(r"[A-Za-z0-9'()+_,-.]{1,40}", fullmatch=True))
    content_type = f"multipart/form-data; boundary={boundary}"
    if kind == "valid":  # well-formed, with a purpose and content that may or may not fit
        purpose = draw(st.sampled_from([b"fine-tune", b"video-reference"]))
        data, mime = draw(
            st.sampled_from(
                [
                    (png(), "image/png"),
                    (jpeg(), "image/jpeg"),
                    (training_jsonl(), "application/jsonl"),
                    (png(), "application/octet-stream"),
                ]
            )
        )
        parts = [("purpose", None, None, purpose), ("file", "upload", mime, data)]
        return multipart(draw(st.permutations(parts)), boundary), content_type
    if kind == "json":
        return json.dumps(draw(json_values)).encode(), "application/json"
    if kind == "garbage":
        return draw(st.binary(max_size=300)), content_type
    names = st.sampled_from(["file", "purpose", "file", "other"]) | st.text(
        st.characters(min_codepoint=0x20, max_codepoint=0x7E, exclude_characters='"\\'),
        max_size=10,
    )
    contents = st.sampled_from(
        [
            png(),
            jpeg(),
            training_jsonl(),
            b"fine-tune",
            b"video-reference",
            b"",
            b'{"messages": 1}\n',
        ]
    ) | st.binary(max_size=100)
    mimes = st.none() | st.sampled_from(
        ["image/png", "image/jpeg", "application/jsonl", "application/octet-stream", "text/plain"]
    )
    filenames = st.none() | st.from_regex(r"[A-Za-z0-9._ -]{0,20}", fullmatch=True)
    parts = draw(st.lists(st.tuples(names, filenames, mimes, contents), max_size=4))
    body = multipart(parts, boundary)
    if kind == "truncated":
        body = body[: draw(st.integers(0, max(0, len(body) - 1)))]
    return body, content_type


def path_ids(real: list[str], prefix: str) -> st.SearchStrategy[str]:
    plausible = [
        *real,
        prefix + "0" * 24,
        prefix + "x",
        prefix,
        prefix + "A" * 65,
        "..",
        "%",
        "",
        real[0] + "/",
    ]
    return st.sampled_from(plausible) | st.text(max_size=70)


@st.composite
def requests(
    draw: st.DrawFn, world: dict[str, Any], op_id: str
) -> tuple[str, str, str, dict, bytes | None]:
    """(operation id, method, URL, headers, body) of one hostile request to `op_id`."""
    operation = OPERATIONS[op_id]
    ids = {
        "task_id": path_ids([world["video"]["id"]], "vid_"),
        "file_id": path_ids([world["image"]["id"], world["training"]["id"]], "file_"),
        "fine_tune_id": path_ids([world["job"]["id"]], "ft_"),
        "model_id": path_ids(
            [
                "minimax-chat-v2",
                "minimax-embed-v1",
                "minimax-video-v1",
                world["job"]["fine_tuned_model"],
            ],
            "minimax-",
        ),
    }
    path = operation.path
    for name, strategy in ids.items():
        if "{" + name + "}" in path:
            path = path.replace("{" + name + "}", quote(draw(strategy), safe=""))

    query = draw(st.sampled_from(["none", "none", "pairs", "raw", "signed"]))
    url = f"/v1{path}"
    if query == "pairs":
        keys = st.sampled_from(["expires", "signature", "limit", "stream", "model"]) | printable
        url += "?" + urlencode(draw(st.dictionaries(keys, printable, max_size=4)))
    elif query == "raw":
        url += "?" + quote(draw(printable), safe="=&")
    elif query == "signed":
        url += "?" + draw(st.sampled_from(world["signed"]))

    headers: dict[str, str] = {}
    authorization = draw(st.sampled_from(["key"] * 6 + ["garbage", "none"]))
    if authorization == "key":
        headers["Authorization"] = f"Bearer {world['key']}"
    elif authorization == "garbage":
        headers["Authorization"] = draw(
            header_values
            | st.builds(lambda s: "Bearer " + s, header_values)
            | st.sampled_from(
                [
                    "Bearer mmx_live_" + "a" * 32,
                    "Bearer mmx_test_" + "b" * 32,
                    "Bearer " + world["key"] + " extra",
                    "bearer",
                    "Basic dXNlcg==",
                ]
            )
        )
    if draw(st.booleans()):
        headers["Idempotency-Key"] = draw(
            st.builds(lambda: str(uuid.uuid4()))
            | header_values
            | st.sampled_from(["", "a b", "a" * 255, "a" * 256, "same-key"])
        )
    for name in draw(
        st.lists(
            st.sampled_from(["Accept", "X-Fuzz", "User-Agent", "Accept-Language", "Cookie"]),
            max_size=2,
        )
    ):
        headers[name] = draw(header_values)

    body: bytes | None = None
    content_type: str | None = None
    if op_id == "files.create":
        body, content_type = draw(upload_bodies())
    elif operation.method == "POST":
        body = draw(json_bodies(templates(world)[op_id]))
        content_type = "application/json"
    elif draw(st.integers(0, 9)) == 0:
        body = draw(json_bodies(None))  # a GET with a body, which it ignores
    if draw(st.integers(0, 4)) == 0:  # sometimes the content type is off
        content_type = draw(
            st.none()
            | header_values
            | st.sampled_from(
                [
                    "text/plain",
                    "application/json; charset=utf-8",
                    "APPLICATION/JSON",
                    "multipart/form-data",
                    "application/x-www-form-urlencoded",
                    "application/jsonl",
                ]
            )
        )
    if content_type is not None:
        headers["Content-Type"] = content_type
    # httpx (h11) refuses header values with leading or trailing whitespace before sending.
    headers = {name: value.strip(" ") for name, value in headers.items()}
    return op_id, operation.method, url, headers, body


# --- the check ---------------------------------------------------------------------------


def check(op_id: str, response: httpx.Response) -> None:
    status = response.status_code
    label = f"{op_id} -> {status}: {response.text[:300]!r}"
    assert status < 500, label
    assert 200 <= status < 300 or 400 <= status < 500, label
    assert REQUEST_ID.match(response.headers.get("x-request-id", "")), label
    for name in RATE_HEADERS:
        assert response.headers.get(name, "").isdigit(), (name, label)
    if status >= 400:
        assert response.headers.get("content-type", "").startswith("application/json"), label
        body = response.json()
        errors = API.validation_errors(ERROR_RESPONSE, body)
        assert not errors, (errors, label)
        assert API.status_of[body["error"]["code"]] == status, label
        assert body["meta"]["request_id"] == response.headers["x-request-id"], label
    assert OPERATIONS[op_id].response(status) is not None, f"undocumented: {label}"
    conforms(response, op_id)


@pytest.mark.parametrize("op_id", sorted(OPERATIONS))
def test_hostile_requests_never_break_the_sandbox(world: dict[str, Any], op_id: str) -> None:
    server: Server = world["server"]
    with httpx.Client(base_url=f"http://127.0.0.1:{server.port}", timeout=60) as client:

        @settings(
            max_examples=25,
            deadline=None,
            database=None,
            suppress_health_check=[
                HealthCheck.too_slow,
                HealthCheck.data_too_large,
                HealthCheck.large_base_example,
            ],
        )
        @given(st.data())
        def run(data: st.DataObject) -> None:
            _, method, url, headers, body = data.draw(requests(world, op_id))
            assume(b"sandbox" not in (body or b""))  # no test triggers
            event(f"operation: {op_id}")
            response = client.request(method, url, headers=headers, content=body)
            event(f"status: {response.status_code}")
            check(op_id, response)

        run()
