"""POST /v1/chat/completions through a real sandbox: determinism, max_tokens, function calling,
streaming and the errors the spec documents."""

from __future__ import annotations

import json
import time
from typing import Any

import httpx
import pytest
from jsonschema import Draft202012Validator

from minimax_sandbox.testing import conforms

OP = "chat.completions.create"
MODEL = "minimax-chat-v2"

WEATHER = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "Current weather for a city.",
        "parameters": {
            "type": "object",
            "properties": {
                "city": {"type": "string", "minLength": 1},
                "unit": {"type": "string", "enum": ["celsius", "fahrenheit"]},
            },
            "required": ["city", "unit"],
            "additionalProperties": False,
        },
    },
}
SEARCH = {
    "type": "function",
    "function": {
        "name": "search_books",
        "description": "Search the library catalogue for books.",
        "parameters": {
            "type": "object",
            "properties": {
                "query": {"type": "string", "minLength": 2, "maxLength": 40},
                "limit": {"type": "integer", "minimum": 1, "maximum": 20},
            },
            "required": ["query", "limit"],
        },
    },
}

# Function `parameters` of several shapes; every tool call's arguments must validate.
SCHEMAS: dict[str, dict[str, Any]] = {
    "enums": {
        "type": "object",
        "properties": {
            "unit": {"type": "string", "enum": ["celsius", "fahrenheit", "kelvin"]},
            "level": {"enum": [1, 2, 3, "max"]},
            "mode": {"const": "strict"},
        },
        "required": ["unit", "level", "mode"],
        "additionalProperties": False,
    },
    "integer_ranges": {
        "type": "object",
        "properties": {
            "count": {"type": "integer", "minimum": 3, "maximum": 7},
            "offset": {"type": "integer", "exclusiveMinimum": 100, "exclusiveMaximum": 103},
            "step": {"type": "integer", "minimum": 10, "maximum": 100, "multipleOf": 25},
            "ratio": {"type": "number", "minimum": 0.5, "maximum": 0.75},
        },
        "required": ["count", "offset", "step", "ratio"],
        "additionalProperties": False,
    },
    "nested_objects": {
        "type": "object",
        "properties": {
            "customer": {
                "type": "object",
                "properties": {
                    "name": {"type": "string", "minLength": 3, "maxLength": 12},
                    "address": {
                        "type": "object",
                        "properties": {
                            "zip": {
                                "type": "string",
                                "pattern": "^[0-9]{5}$",
                                "examples": ["75001"],
                            },
                            "country": {"type": "string", "enum": ["FR", "DE", "GR"]},
                        },
                        "required": ["zip", "country"],
                        "additionalProperties": False,
                    },
                },
                "required": ["name", "address"],
                "additionalProperties": False,
            },
            "priority": {"type": "boolean"},
        },
        "required": ["customer", "priority"],
        "additionalProperties": False,
    },
    "arrays": {
        "type": "object",
        "properties": {
            "tags": {
                "type": "array",
                "items": {"type": "string", "enum": ["red", "green", "blue", "black"]},
                "minItems": 2,
                "maxItems": 3,
                "uniqueItems": True,
            },
            "scores": {
                "type": "array",
                "items": {"type": "number", "minimum": 0, "maximum": 1},
                "minItems": 1,
            },
            "points": {
                "type": "array",
                "minItems": 1,
                "maxItems": 4,
                "items": {
                    "type": "object",
                    "properties": {"x": {"type": "integer"}, "y": {"type": "integer"}},
                    "required": ["x", "y"],
                    "additionalProperties": False,
                },
            },
        },
        "required": ["tags", "scores", "points"],
        "additionalProperties": False,
    },
    "choices_and_defs": {
        "type": "object",
        "$defs": {
            "money": {
                "type": "object",
                "properties": {"cents": {"type": "integer", "minimum": 0}},
                "required": ["cents"],
            }
        },
        "properties": {
            "amount": {"$ref": "#/$defs/money"},
            "target": {"oneOf": [{"type": "string", "format": "email"}, {"type": "null"}]},
            "when": {"type": "string", "format": "date"},
        },
        "required": ["amount", "target", "when"],
    },
}
PROMPTS = ["Please run this for me.", "Check the order for Alice.", "What do you need from me?"]


def chat(api: httpx.Client, **body: Any) -> httpx.Response:
    body.setdefault("model", MODEL)
    body.setdefault("messages", [{"role": "user", "content": "Explain REST APIs briefly."}])
    return api.post("/chat/completions", json=body)


def ask(api: httpx.Client, **body: Any) -> dict[str, Any]:
    response = chat(api, **body)
    assert response.status_code == 200, response.text
    return conforms(response, OP)


def stream(api: httpx.Client, **body: Any) -> list[dict[str, Any]]:
    response = chat(api, stream=True, **body)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/event-stream")
    events = conforms(response, OP)
    return [{"event": e["event"], "data": json.loads(e["data"])} for e in events]


def error(response: httpx.Response, status: int, code: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    body = conforms(response, OP)
    assert body["error"]["code"] == code
    return body["error"]


def choice(body: dict[str, Any]) -> dict[str, Any]:
    (only,) = body["data"]["choices"]
    return only


def test_the_same_request_gets_the_same_answer(api: httpx.Client) -> None:
    request = {
        "messages": [
            {"role": "system", "content": "Be brief."},
            {"role": "user", "content": "How do idempotency keys work?"},
        ],
        "temperature": 1.3,
    }
    first, second = ask(api, **request), ask(api, **request)
    assert choice(first)["message"] == choice(second)["message"]
    assert choice(first)["finish_reason"] == choice(second)["finish_reason"]
    assert first["meta"]["usage"] == second["meta"]["usage"]
    assert first["meta"]["model"] == first["data"]["model"] == MODEL
    usage = first["meta"]["usage"]
    assert usage["total_tokens"] == usage["prompt_tokens"] + usage["completion_tokens"]
    assert usage["completion_tokens"] > 0
    assert isinstance(choice(first)["message"]["content"], str)
    # A different conversation gets a different answer.
    other = ask(api, messages=[{"role": "user", "content": "Tell me about rate limits."}])
    assert choice(other)["message"]["content"] != choice(first)["message"]["content"]


def test_max_tokens_is_honoured(api: httpx.Client) -> None:
    messages = [{"role": "user", "content": "Explain REST APIs in one paragraph."}]
    natural = ask(api, messages=messages)
    full = choice(natural)["message"]["content"]
    length = natural["meta"]["usage"]["completion_tokens"]
    assert choice(natural)["finish_reason"] == "stop"
    assert length > 3
    for max_tokens in (1, 2, length // 2, length - 1, length, length + 1, 4096):
        body = ask(api, messages=messages, max_tokens=max_tokens)
        usage, answer = body["meta"]["usage"], choice(body)
        assert usage["completion_tokens"] <= max_tokens, max_tokens
        if max_tokens < length:
            assert answer["finish_reason"] == "length", max_tokens
            assert usage["completion_tokens"] == max_tokens
            assert full.startswith(answer["message"]["content"])
        else:
            assert answer["finish_reason"] == "stop", max_tokens
            assert answer["message"]["content"] == full
            assert usage["completion_tokens"] == length


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_tool_call_arguments_validate_against_the_parameters(api: httpx.Client, name: str) -> None:
    schema = SCHEMAS[name]
    validator = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
    tool = {"type": "function", "function": {"name": f"run_{name}", "parameters": schema}}
    for prompt in PROMPTS:
        for tool_choice in ("auto", "required"):
            body = ask(
                api,
                messages=[{"role": "user", "content": prompt}],
                tools=[tool],
                tool_choice=tool_choice,
            )
            answer = choice(body)
            assert answer["finish_reason"] == "tool_calls"
            message = answer["message"]
            assert message["content"] is None
            assert message["tool_calls"], message
            for call in message["tool_calls"]:
                assert call["type"] == "function"
                assert call["function"]["name"] == f"run_{name}"
                arguments = json.loads(call["function"]["arguments"])
                errors = [e.message for e in validator.iter_errors(arguments)]
                assert not errors, (arguments, errors)


def test_a_pattern_without_examples_is_satisfied(api: httpx.Client) -> None:
    schema = {
        "type": "object",
        "properties": {"zip": {"type": "string", "pattern": "^[0-9]{5}$"}},
        "required": ["zip"],
    }
    tool = {"type": "function", "function": {"name": "ship", "parameters": schema}}
    body = ask(api, messages=[{"role": "user", "content": "Ship it."}], tools=[tool])
    (call,) = choice(body)["message"]["tool_calls"]
    Draft202012Validator(schema).validate(json.loads(call["function"]["arguments"]))


@pytest.mark.parametrize(
    "argument",
    [
        {"type": "number", "multipleOf": 1e-300, "minimum": 1e300},
        {"type": "integer", "multipleOf": 3, "minimum": 1e300},
        {"type": "number", "minimum": 1.7e308, "maximum": 1.79e308, "multipleOf": 0.5},
    ],
)
def test_extreme_numeric_parameters_are_not_a_server_error(
    api: httpx.Client, argument: dict[str, Any]
) -> None:
    """A schema that is hard to satisfy is the caller's problem (400) or is satisfied (200);
    it never makes the sandbox fail (500)."""
    schema = {"type": "object", "properties": {"value": argument}, "required": ["value"]}
    tool = {"type": "function", "function": {"name": "measure", "parameters": schema}}
    response = chat(api, messages=[{"role": "user", "content": "Measure it."}], tools=[tool])
    assert response.status_code in (200, 400), response.text
    body = conforms(response, OP)
    if response.status_code == 200:
        (call,) = choice(body)["message"]["tool_calls"]
        Draft202012Validator(schema).validate(json.loads(call["function"]["arguments"]))
    else:
        assert body["error"]["details"]["field"] == "tools"


def test_a_long_min_length_is_answered_promptly(api: httpx.Client) -> None:
    """Building a 500,000-character argument takes milliseconds; it must not hold the server
    (the engine runs on the event loop, so a slow build stalls every other request too)."""
    schema = {
        "type": "object",
        "properties": {"text": {"type": "string", "minLength": 500_000}},
        "required": ["text"],
    }
    tool = {"type": "function", "function": {"name": "write", "parameters": schema}}
    started = time.monotonic()
    response = chat(api, messages=[{"role": "user", "content": "Write it."}], tools=[tool])
    elapsed = time.monotonic() - started
    assert response.status_code in (200, 400), response.text[:300]
    body = conforms(response, OP)
    if response.status_code == 200:
        (call,) = choice(body)["message"]["tool_calls"]
        assert len(json.loads(call["function"]["arguments"])["text"]) >= 500_000
    assert elapsed < 2.0, f"took {elapsed:.1f} s"


def test_the_tool_matching_the_question_is_called(api: httpx.Client) -> None:
    body = ask(
        api,
        messages=[{"role": "user", "content": "What is the weather in Paris?"}],
        tools=[SEARCH, WEATHER],
    )
    (call,) = choice(body)["message"]["tool_calls"]
    assert call["function"]["name"] == "get_weather"
    Draft202012Validator(WEATHER["function"]["parameters"]).validate(
        json.loads(call["function"]["arguments"])
    )


def test_tool_choice_none_answers_in_text(api: httpx.Client) -> None:
    body = ask(
        api,
        messages=[{"role": "user", "content": "What is the weather in Paris?"}],
        tools=[WEATHER, SEARCH],
        tool_choice="none",
    )
    answer = choice(body)
    assert answer["finish_reason"] in ("stop", "length")
    assert "tool_calls" not in answer["message"]
    assert isinstance(answer["message"]["content"], str) and answer["message"]["content"]


def test_a_named_tool_choice_calls_that_tool(api: httpx.Client) -> None:
    messages = [{"role": "user", "content": "What is the weather in Paris?"}]
    for tool in (SEARCH, WEATHER):
        name = tool["function"]["name"]
        body = ask(
            api,
            messages=messages,
            tools=[WEATHER, SEARCH],
            tool_choice={"type": "function", "function": {"name": name}},
        )
        answer = choice(body)
        assert answer["finish_reason"] == "tool_calls"
        (call,) = answer["message"]["tool_calls"]
        assert call["function"]["name"] == name
        Draft202012Validator(tool["function"]["parameters"]).validate(
            json.loads(call["function"]["arguments"])
        )


def test_naming_a_tool_that_is_not_given_is_refused(api: httpx.Client) -> None:
    response = chat(
        api, tools=[WEATHER], tool_choice={"type": "function", "function": {"name": "search_books"}}
    )
    assert error(response, 400, "invalid_request")["details"]["field"] == "tool_choice"


def test_a_tool_result_gets_a_text_answer(api: httpx.Client) -> None:
    question = {"role": "user", "content": "What is the weather in Paris?"}
    first = ask(api, messages=[question], tools=[WEATHER])
    (call,) = choice(first)["message"]["tool_calls"]
    messages = [
        question,
        {"role": "assistant", "content": None, "tool_calls": [call]},
        {
            "role": "tool",
            "tool_call_id": call["id"],
            "content": '{"temperature": 18, "unit": "celsius"}',
        },
    ]
    answer = choice(ask(api, messages=messages, tools=[WEATHER]))
    assert answer["finish_reason"] in ("stop", "length")
    assert "tool_calls" not in answer["message"]
    assert isinstance(answer["message"]["content"], str) and answer["message"]["content"]


def _joined(events: list[dict[str, Any]]) -> tuple[str, list[dict[str, Any]], str | None]:
    """The content, tool calls and finish reason a stream's chunks add up to."""
    content, calls, finish = "", [], None
    for event in events:
        if event["event"] != "chunk":
            continue
        (piece,) = event["data"]["choices"]
        delta = piece["delta"]
        content += delta.get("content", "")
        for call in delta.get("tool_calls", []):
            assert call["index"] == len(calls)
            calls.append({k: v for k, v in call.items() if k != "index"})
        if piece["finish_reason"] is not None:
            finish = piece["finish_reason"]
    return content, calls, finish


STREAMED_REQUESTS = {
    "text": {"messages": [{"role": "user", "content": "Explain REST APIs in one paragraph."}]},
    "cut": {"messages": [{"role": "user", "content": "Explain SSE."}], "max_tokens": 5},
    "tool": {"messages": [{"role": "user", "content": "Weather in Paris?"}], "tools": [WEATHER]},
    "schema": {
        "messages": [{"role": "user", "content": "Go."}],
        "tools": [
            {"type": "function", "function": {"name": "nested", "parameters": SCHEMAS["arrays"]}}
        ],
    },
}


@pytest.mark.parametrize("kind", sorted(STREAMED_REQUESTS))
def test_a_stream_adds_up_to_the_non_streamed_completion(api: httpx.Client, kind: str) -> None:
    request = STREAMED_REQUESTS[kind]
    whole = ask(api, **request)
    events = stream(api, **request)

    kinds = [event["event"] for event in events]
    assert kinds.count("done") == 1 and kinds[-1] == "done", kinds
    assert "error" not in kinds
    assert set(kinds[:-1]) == {"chunk"} and len(kinds) >= 3
    chunks = [event["data"] for event in events[:-1]]
    assert chunks[0]["choices"][0]["delta"].get("role") == "assistant"
    assert len({(c["id"], c["created_at"], c["model"]) for c in chunks}) == 1
    assert chunks[0]["model"] == MODEL
    assert all(c["choices"][0]["finish_reason"] is None for c in chunks[:-1])
    assert chunks[-1]["choices"][0]["delta"] == {}

    done = events[-1]["data"]
    assert done["meta"]["usage"] == whole["meta"]["usage"]
    assert done["meta"]["model"] == MODEL

    content, calls, finish = _joined(events)
    message = choice(whole)["message"]
    assert finish == choice(whole)["finish_reason"]
    assert content == (message["content"] or "")
    assert calls == message.get("tool_calls", [])


def test_a_stream_carries_the_request_id_in_done(api: httpx.Client) -> None:
    response = chat(api, stream=True)
    events = conforms(response, OP)
    done = json.loads(events[-1]["data"])
    assert events[-1]["event"] == "done"
    assert done["meta"]["request_id"] == response.headers["x-request-id"]


def test_an_unknown_model_is_404(api: httpx.Client) -> None:
    details = error(chat(api, model="minimax-chat-v9"), 404, "model_not_found")["details"]
    assert details["model"] == "minimax-chat-v9"


def test_a_model_that_cannot_chat_is_refused(api: httpx.Client) -> None:
    response = chat(api, model="minimax-embed-v1")
    assert error(response, 400, "invalid_request")["details"]["field"] == "model"


def test_an_unknown_role_names_the_field(api: httpx.Client) -> None:
    response = chat(api, messages=[{"role": "robot", "content": "beep"}])
    assert error(response, 400, "invalid_request")["details"]["field"] == "messages[0].role"
    later = [{"role": "user", "content": "Hi"}, {"role": "robot", "content": "beep"}]
    response = chat(api, messages=later)
    assert error(response, 400, "invalid_request")["details"]["field"] == "messages[1].role"


def test_max_tokens_above_the_models_output_limit_is_refused(api: httpx.Client) -> None:
    model = conforms(api.get("/models/minimax-chat-v1"), "models.retrieve")["data"]
    limit = model["max_output_tokens"]
    assert limit == 4096
    response = chat(api, model="minimax-chat-v1", max_tokens=limit + 1)
    assert error(response, 400, "invalid_request")["details"]["field"] == "max_tokens"
    within = ask(api, model="minimax-chat-v1", max_tokens=limit)
    assert within["meta"]["model"] == "minimax-chat-v1"
    # minimax-chat-v2 generates up to 8192, so the same value is fine there.
    assert ask(api, model=MODEL, max_tokens=limit + 1)["meta"]["model"] == MODEL
