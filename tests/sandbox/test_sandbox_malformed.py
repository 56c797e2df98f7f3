"""Malformed and hostile requests at every operation never make the sandbox fail.

Hypothesis sends broken JSON, wrong types, huge strings, broken multipart bodies, odd
`Content-Type` / `Idempotency-Key` / `Authorization` headers and random query strings to
all 13 operations (paths filled with real ids, plausible ones and random text). Bodies also
come deeply nested (at the nesting limit, just past it, and far past every parser's own
limit, whole or in any field, balanced or broken), huge (megabytes of strings, some past the
body limit; thousands of items or keys), and query strings nested, huge (tens of
kilobytes), repeated and badly percent-encoded. Whatever arrives, the answer is documented for
the operation (`conforms`), never a 5xx, a 4xx or (when the input happens to be valid) a 2xx,
and every 4xx is the error envelope with `X-Request-Id` and the rate-limit headers.
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
        logged = client.get("/models").headers["x-request-id"]
        deadline = time.monotonic() + 30
        while video["status"] != "succeeded" or job["status"] != "succeeded":
            assert time.monotonic() < deadline, (video, job)
            time.sleep(0.1)
            video = client.get(f"/video/generations/{video['id']}").json()["data"]
            job = client.get(f"/fine-tunes/{job['id']}").json()["data"]
    with server.client(server.admin_key) as admin:
        made = admin.post("/organization/api_keys", json={"name": "fuzzed"}).json()["data"]
        yield {
            "server": server,
            "key": key,
            "admin_key": server.admin_key,  # what the administration operations take
            "api_key": made,
            "logged": logged,
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
        "admin.api_keys.create": {
            "name": "fuzz",
            "scope": "read_only",
            "models": ["minimax-chat-v2"],
            "tier": "free",
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


DEPTH_LIMIT = 64  # pipeline.MAX_JSON_DEPTH: the body itself is level 1
# Around the limit, and around each later consumer's own: orjson.dumps (254 levels, the
# idempotency fingerprint), Python's recursion limit (1000), orjson.loads (1024).
depths = st.integers(1, DEPTH_LIMIT + 2) | st.sampled_from(
    [DEPTH_LIMIT - 1, DEPTH_LIMIT, DEPTH_LIMIT + 1, 200, 254, 255, 256, 500]
    + [990, 999, 1000, 1023, 1024, 1025, 5000, 100_000]
)


@st.composite
def deep_text(draw: st.DrawFn) -> str:
    """The JSON text of a value nested arrays/objects deep (written out: json.dumps of the
    deepest would overflow Python's recursion limit), maybe broken."""
    depth = draw(depths)
    event(f"depth: {'<=' if depth <= DEPTH_LIMIT else '>'} limit")
    shape = draw(st.sampled_from(["arrays", "objects", "mixed", "siblings"]))
    key = json.dumps(draw(st.sampled_from(["a", "", "[", "}", '"', "\\"])))
    arrays = [shape == "arrays" or (shape in ("mixed", "siblings") and i % 2) for i in range(depth)]
    opens = "".join("[" if array else "{" + key + ":" for array in arrays)
    closes = "".join("]" if array else "}" for array in reversed(arrays))
    leaf = json.dumps(draw(st.sampled_from([1, "x", "[{", '"]}', None, [], {}])))
    text = opens + leaf + closes
    if shape == "siblings":  # wide as well as deep: many deep values side by side
        text = "[" + ",".join([text] * draw(st.integers(2, 50))) + "]"
    breakage = draw(st.sampled_from(["none"] * 5 + ["truncated", "crossed", "extra"]))
    if breakage == "truncated":
        text = text[: draw(st.integers(0, len(text)))]
    elif breakage == "crossed":
        text = text.replace("]", "}", 1)
    elif breakage == "extra":
        text += "]" * draw(st.integers(1, 3))
    return text


@st.composite
def huge_value(draw: st.DrawFn) -> Any:
    """Big: megabytes of string (some past the body limit), or thousands of items or keys.
    Thousands, not millions: checking each item of a long array against its schema takes the
    validator about 0.15 ms, so longer arrays would only make the run slow."""
    kind = draw(st.sampled_from(["string", "items", "keys", "numbers", "strings", "deep"]))
    event(f"huge: {kind}")
    count = draw(st.sampled_from([1000, 3000]))
    if kind == "string":
        size = draw(st.sampled_from([1_000_000, 3_000_000, 17_000_000]))
        unit = draw(st.sampled_from(["x", "é", "\\", '"', "[", " ", "word "]))
        return unit * (size // len(unit))
    if kind == "items":
        return [draw(st.sampled_from([1, "a", None, [], {}]))] * count
    if kind == "keys":
        return {f"k{i}": i for i in range(count)}
    if kind == "numbers":
        return [draw(st.sampled_from([1.5e308, -(2**63), 2**64, 0.1]))] * count
    if kind == "deep":  # wide and deep: items nested just under the limit
        return [json.loads("[" * 50 + "1" + "]" * 50)] * (count // 10)
    return ["word " * 20] * count


PLACEHOLDER = "@@placeholder@@"


@st.composite
def placed(draw: st.DrawFn, template: dict[str, Any], value: str) -> bytes:
    """The template with `value` (JSON text) as the whole body, a field's value (an unknown
    field, which validation lets through, or a known one), or inside the first item of one of
    its lists."""
    where = draw(st.sampled_from(["whole", "unknown", "unknown", "field", "inside"]))
    body: Any = json.loads(json.dumps(template))
    if where == "whole":
        return value.encode()
    lists = [k for k in sorted(body) if isinstance(body[k], list) and body[k]]
    if where == "inside" and lists:
        item = body[draw(st.sampled_from(lists))]
        if isinstance(item[0], dict):
            item[0][draw(st.sampled_from(sorted(item[0]) + ["extra"]))] = PLACEHOLDER
        else:
            item[0] = PLACEHOLDER
    elif where == "unknown":
        body[draw(st.sampled_from(["extra", "", "x" * 100]))] = PLACEHOLDER
    else:
        body[draw(st.sampled_from(sorted(body)))] = PLACEHOLDER
    return json.dumps(body).replace(json.dumps(PLACEHOLDER), value).encode()


@st.composite
def json_bodies(
    draw: st.DrawFn, template: dict[str, Any] | None, focus: bool = False
) -> bytes | None:
    kinds = ["mutated", "mutated", "valid", "truncated", "garbage", "any_json", "empty", "none"]
    kind = draw(st.sampled_from(["deep", "deep", "deep", "huge"] + ([] if focus else kinds)))
    event(f"body: {kind}")
    base = template if template is not None else {"x": 1}
    if kind == "deep":
        return draw(placed(base, draw(deep_text())))
    if kind == "huge":
        return draw(placed(base, json.dumps(draw(huge_value()))))
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
def upload_bodies(draw: st.DrawFn, focus: bool = False) -> tuple[bytes | None, str | None]:
    """(body, content type) for POST /files: multipart good and bad, or something else."""
    kinds = ["valid", "parts", "parts", "truncated", "garbage", "json"]
    kind = draw(st.sampled_from(["many", "big"] + ([] if focus else kinds)))
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
    if kind == "many":  # more fields than the parser takes, some holding deep JSON text
        count = draw(st.integers(3, 40))
        field = ("purpose", None, None, draw(deep_text()).encode())
        return multipart([field] * count, boundary), content_type
    if kind == "big":  # a field or a file past a part's size, or just big
        size = draw(st.sampled_from([1_000_000, 1_100_000, 3_000_000]))
        name, filename = draw(st.sampled_from([("purpose", None), ("file", "big.jsonl")]))
        parts = [(name, filename, None, b"x" * size), ("purpose", None, None, b"fine-tune")]
        return multipart(parts, boundary), content_type
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
    draw: st.DrawFn, world: dict[str, Any], op_id: str, focus: bool = False
) -> tuple[str, str, str, dict, bytes | None]:
    """(operation id, method, URL, headers, body) of one hostile request to `op_id`; with
    `focus`, one whose body is deep or huge, or (without a body) whose query string is nested,
    huge or badly encoded, sent with the key and the right content type, so that it reaches
    everything that reads it."""
    operation = OPERATIONS[op_id]
    ids = {
        "task_id": path_ids([world["video"]["id"]], "vid_"),
        "file_id": path_ids([world["image"]["id"], world["training"]["id"]], "file_"),
        "fine_tune_id": path_ids([world["job"]["id"]], "ft_"),
        "key_id": path_ids([world["api_key"]["id"]], "key_"),
        "request_id": path_ids([world["logged"]], "req_"),
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

    odd_queries = ["nested", "huge", "encoded"]
    query = draw(
        st.sampled_from(
            odd_queries + (["none"] if focus else ["none", "none", "pairs", "raw", "signed"])
        )
    )
    event(f"query: {query}")
    url = f"/v1{path}"
    names = st.sampled_from(["expires", "signature", "limit", "stream", "model"]) | printable
    if query == "pairs":
        url += "?" + urlencode(draw(st.dictionaries(names, printable, max_size=4)))
    elif query == "raw":
        url += "?" + quote(draw(printable), safe="=&")
    elif query == "signed":
        url += "?" + draw(st.sampled_from(world["signed"]))
    elif query == "nested":  # a[b][c]...=v, as some frameworks read nesting from a query
        depth = draw(st.sampled_from([1, 2, DEPTH_LIMIT, DEPTH_LIMIT + 1, 1000, 5000]))
        name = draw(names)
        url += "?" + quote(name + "[a]" * depth, safe="[]") + "=" + quote(draw(printable))
    elif query == "huge":  # long, or many pairs, within what HTTP clients send (64 KiB)
        repeat = draw(st.sampled_from([1000, 3000, 9000]))
        pair = urlencode({draw(names): draw(st.text(PRINTABLE, min_size=1, max_size=5))})
        text = draw(st.sampled_from(["&".join([pair] * repeat), "q=" + "x" * repeat * 6]))
        url += "?" + text[:60_000]
    elif query == "encoded":  # broken or odd percent-encoding, stray separators
        pieces = st.sampled_from(
            ["%", "%z", "%zz", "%ff", "%fe%ff", "%00", "%C3%A9", "%E2%82", "+", "&", "=", ";"]
        )
        url += "?" + "".join(draw(st.lists(pieces | printable.map(quote), max_size=12)))

    headers: dict[str, str] = {}
    authorization = draw(st.sampled_from(["key"] * 6 + ([] if focus else ["garbage", "none"])))
    if authorization == "key":
        key = world["admin_key"] if operation.admin else world["key"]
        headers["Authorization"] = f"Bearer {key}"
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
        body, content_type = draw(upload_bodies(focus))
    elif operation.method == "POST":
        # A POST without a body in the spec (revoke, rotate) gets one it must ignore.
        body = draw(json_bodies(templates(world).get(op_id), focus))
        content_type = "application/json"
    elif draw(st.integers(0, 9)) == 0:
        body = draw(json_bodies(None, focus))  # a GET with a body, which it ignores
    if not focus and draw(st.integers(0, 4)) == 0:  # sometimes the content type is off
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
    fuzz(world, op_id, focus=False, examples=30)


@pytest.mark.parametrize("op_id", sorted(OPERATIONS))
def test_deep_huge_and_malformed_requests_never_break_the_sandbox(
    world: dict[str, Any], op_id: str
) -> None:
    """Every request deeply nested (around the limit and every parser's own), huge, or with a
    nested, huge or badly encoded query string: never a 5xx."""
    fuzz(world, op_id, focus=True, examples=25)


def fuzz(world: dict[str, Any], op_id: str, focus: bool, examples: int) -> None:
    server: Server = world["server"]
    with httpx.Client(base_url=f"http://127.0.0.1:{server.port}", timeout=60) as client:

        @settings(
            max_examples=examples,
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
            _, method, url, headers, body = data.draw(requests(world, op_id, focus))
            assume(b"sandbox" not in (body or b""))  # no test triggers
            # A "." or ".." path segment is resolved by the client before sending, so the
            # request would reach another path (another operation) than the one drawn.
            assume(not {".", ".."} & set(url.split("?", 1)[0].split("/")))
            event(f"operation: {op_id}")
            response = client.request(method, url, headers=headers, content=body)
            event(f"status: {response.status_code}")
            check(op_id, response)

        run()
