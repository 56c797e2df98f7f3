"""GET /v1/models and /v1/models/{model_id}: the catalogue plus the account's fine-tuned models."""

from __future__ import annotations

from minimax_sandbox.call import Call, Reply
from minimax_sandbox.catalogue import model_not_found
from minimax_sandbox.handlers.common import account_models


async def list_models(call: Call) -> Reply:
    assert call.key is not None
    return Reply(list(account_models(call).values()))


async def retrieve(call: Call) -> Reply:
    assert call.key is not None
    model_id = call.params["model_id"]
    model = account_models(call).get(model_id)
    if model is None:
        raise model_not_found(model_id)
    return Reply(model)
