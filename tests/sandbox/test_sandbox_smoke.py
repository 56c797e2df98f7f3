"""Every operation answers as the spec documents, through a real server."""

from minimax_sandbox.testing import Server, conforms


def test_models_list_conforms(server: Server, api) -> None:
    body = conforms(api.get("/models"), "models.list")
    assert {m["id"] for m in body["data"]} >= {"minimax-chat-v2", "minimax-embed-v1"}
