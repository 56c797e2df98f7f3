"""Facts the published API overview states outright are in the spec exactly as stated.

The table and codes below are transcribed from the overview (the product's prose description
of the API: endpoints, rate limits, error codes, servers); the spec is what every tool reads.
"""

from minimax_openapi.model import Api

# The overview's endpoint table: (method, path under /v1) -> pay-as-you-go requests per minute.
OVERVIEW_RATE_TABLE = {
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
OVERVIEW_ERROR_CODES = {
    "invalid_request",
    "authentication_failed",
    "rate_limit_exceeded",
    "model_not_found",
    "server_error",
}


def test_every_endpoint_of_the_overview_exists_with_its_rate_limit(api: Api) -> None:
    table = {
        endpoint: api.operation_at(*endpoint).rate_limit["pay_as_you_go"]
        for endpoint in OVERVIEW_RATE_TABLE
    }
    assert table == OVERVIEW_RATE_TABLE


def test_free_tier_is_one_shared_budget_of_60(api: Api) -> None:
    free = api.tier("free")
    assert free.shared is True and free.requests_per_minute == 60
    assert {o.rate_limit["free"] for o in api.operations} == {60}


def test_error_codes_include_the_overviews(api: Api) -> None:
    assert OVERVIEW_ERROR_CODES <= {e.code for e in api.error_codes}


def test_servers_are_production_and_a_local_sandbox(api: Api) -> None:
    urls = [server.url for server in api.servers]
    assert urls[0] == "https://api.minimax.gr.com/v1"
    assert any(url.startswith("http://127.0.0.1:{port}") for url in urls)


def test_keys_are_as_the_overview_says(api: Api) -> None:
    assert api.keys.production_prefix == "mmx_live_"
    assert api.keys.sandbox_prefix == "mmx_test_"
    assert api.keys.max_per_account == 20
    # "limit a key to read-only access, video-only endpoints, or specific models"
    assert {"read_only", "video_only"} <= set(api.keys.scope_names)


def test_every_create_links_to_its_retrieve(api: Api) -> None:
    for create, retrieve in [
        ("video.generations.create", "video.generations.retrieve"),
        ("files.create", "files.retrieve"),
        ("fine_tunes.create", "fine_tunes.retrieve"),
    ]:
        links = [link for r in api.operation(create).responses for link in r.links]
        assert retrieve in {link.operation_id for link in links}, create


def test_every_error_code_has_one_status(api: Api) -> None:
    codes = [e.code for e in api.error_codes]
    assert len(codes) == len(set(codes))
    assert all(400 <= e.status < 600 for e in api.error_codes)
