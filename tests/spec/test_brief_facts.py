"""Facts the brief states outright are recorded in the spec exactly as stated.

The table and codes below are transcribed from the brief
(../shared/seeds/000_7472c01cf1791de5.txt); the spec is what the sandbox and docs read.
"""

from typing import Any

from minimax_openapi.document import operations, resolve

Spec = dict[str, Any]

# The brief's endpoint table: (method, path under /v1) -> pay-as-you-go requests per minute.
BRIEF_RATE_TABLE = {
    ("POST", "/chat/completions"): 600,
    ("POST", "/embeddings"): 600,
    ("POST", "/video/generations"): 120,
    ("GET", "/video/generations/{task_id}"): 300,
    ("GET", "/models"): 300,
    ("GET", "/models/{model_id}"): 300,
    ("POST", "/files"): 60,
    ("GET", "/files/{file_id}"): 300,
    ("POST", "/fine-tunes"): 30,
    ("GET", "/fine-tunes/{fine_tune_id}"): 300,
}
BRIEF_ERROR_CODES = {
    "invalid_request",
    "authentication_failed",
    "rate_limit_exceeded",
    "model_not_found",
    "server_error",
}


def _rpm(spec: Spec) -> dict[tuple[str, str], dict[str, int]]:
    return {
        (o.method.upper(), o.path): o.op["x-rate-limit"]["requests_per_minute"]
        for o in operations(spec)
    }


def test_every_endpoint_of_the_brief_exists_with_its_rate_limit(spec: Spec) -> None:
    rpm = _rpm(spec)
    table = {endpoint: rpm[endpoint]["pay_as_you_go"] for endpoint in BRIEF_RATE_TABLE}
    assert table == BRIEF_RATE_TABLE


def test_free_tier_is_one_shared_budget_of_60(spec: Spec) -> None:
    free = spec["x-rate-limit-tiers"]["free"]
    assert free["shared"] is True and free["requests_per_minute"] == 60
    assert {limits["free"] for limits in _rpm(spec).values()} == {60}


def test_error_codes_include_the_briefs(spec: Spec) -> None:
    codes = set(resolve(spec, {"$ref": "#/components/schemas/ErrorCode"})["enum"])
    assert BRIEF_ERROR_CODES <= codes


def test_servers_are_production_and_a_local_sandbox(spec: Spec) -> None:
    urls = [server["url"] for server in spec["servers"]]
    assert urls[0] == "https://api.minimax.gr.com/v1"
    assert any(url.startswith("http://127.0.0.1:{port}") for url in urls)


def test_every_create_links_to_its_retrieve(spec: Spec) -> None:
    ops = {o.op["operationId"]: o for o in operations(spec)}
    for create, retrieve in [
        ("video.generations.create", "video.generations.retrieve"),
        ("files.create", "files.retrieve"),
        ("fine_tunes.create", "fine_tunes.retrieve"),
    ]:
        links = [
            link
            for response in ops[create].op["responses"].values()
            for link in resolve(spec, response).get("links", {}).values()
        ]
        assert retrieve in {link["operationId"] for link in links}, create


def test_every_error_code_has_one_status(spec: Spec) -> None:
    error_code = resolve(spec, {"$ref": "#/components/schemas/ErrorCode"})
    assert set(error_code["x-http-status"]) == set(error_code["enum"])
    assert all(400 <= status < 600 for status in error_code["x-http-status"].values())
