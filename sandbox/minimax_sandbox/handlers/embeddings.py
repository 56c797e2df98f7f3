"""POST /v1/embeddings: deterministic unit vectors of the model's fixed dimension.

`encoding_format: base64` writes each vector as its little-endian float32 bytes, base64-encoded;
the default, `float`, as a JSON array (orjson writes each float32 as the shortest decimal that
reads back as the same float32, so both encodings carry the same values).
"""

from __future__ import annotations

import base64

from minimax_sandbox.call import Call, Reply
from minimax_sandbox.engine import embeddings as engine
from minimax_sandbox.engine import tokens
from minimax_sandbox.errors import invalid
from minimax_sandbox.handlers.common import require_model

MAX_TOKENS_PER_INPUT = 8192


async def create(call: Call) -> Reply:
    body = call.body
    model = require_model(call, body["model"], "embeddings")
    texts = [body["input"]] if isinstance(body["input"], str) else body["input"]
    for index, text in enumerate(texts):
        if tokens.count(text) > MAX_TOKENS_PER_INPUT:
            field = "input" if isinstance(body["input"], str) else f"input[{index}]"
            raise invalid(f"'{field}' is over {MAX_TOKENS_PER_INPUT} tokens.", field)
    vectors = engine.embed(texts, model["embedding_dimension"])
    if body.get("encoding_format") == "base64":
        packed = vectors.astype("<f4", copy=False)
        data = [
            {"index": index, "embedding": base64.b64encode(row.tobytes()).decode("ascii")}
            for index, row in enumerate(packed)
        ]
    else:
        data = [{"index": index, "embedding": vector} for index, vector in enumerate(vectors)]
    prompt = engine.prompt_tokens(texts)
    usage = {"prompt_tokens": prompt, "completion_tokens": 0, "total_tokens": prompt}
    return Reply(data, model=model["id"], usage=usage)
