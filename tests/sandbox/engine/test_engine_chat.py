"""The sandbox chat engine: deterministic answers, max_tokens, tool calls and stream deltas.

Messages and deltas are checked against the spec's own schemas, so nothing here restates
the API's shapes.
"""

import json
import re
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from minimax_openapi.spec import shared
from minimax_sandbox.engine import chat as chat_engine
from minimax_sandbox.engine import tokens
from minimax_sandbox.engine.chat import Completion, UnsatisfiableSchema, complete, deltas

API = shared()
REQUEST = API.validator({"$ref": "#/components/schemas/ChatCompletionRequest"})
ASSISTANT = API.validator({"$ref": "#/components/schemas/AssistantMessage"})
DELTA = API.validator({"$ref": "#/components/schemas/ChatCompletionDelta"})

WEATHER = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "Current weather for a city",
        "parameters": {
            "type": "object",
            "properties": {
                "city": {"type": "string", "minLength": 1},
                "unit": {"enum": ["celsius", "fahrenheit"]},
                "days": {"type": "integer", "minimum": 1, "maximum": 7},
            },
            "required": ["city", "unit"],
            "additionalProperties": False,
        },
    },
}
SEARCH = {
    "type": "function",
    "function": {
        "name": "searchDocs",
        "description": "Full-text search over the manual",
        "parameters": {
            "type": "object",
            "properties": {
                "query": {"type": "string"},
                "tags": {"type": "array", "items": {"type": "string"}, "maxItems": 3},
                "since": {"type": "string", "format": "date"},
            },
            "required": ["query"],
        },
    },
}
NO_PARAMETERS = {"type": "function", "function": {"name": "ping"}}
TOOLS = [WEATHER, SEARCH, NO_PARAMETERS]


def chat(*messages: dict[str, Any], **fields: Any) -> dict[str, Any]:
    request = {"model": "minimax-chat-v2", "messages": list(messages), **fields}
    REQUEST.validate(request)  # the engine is only ever given valid requests
    return request


def user(content: str) -> dict[str, Any]:
    return {"role": "user", "content": content}


def check_against_spec(completion: Completion) -> None:
    """The message and every delta match the spec, and the deltas rebuild the message."""
    ASSISTANT.validate(completion.message)
    stream = deltas(completion)
    for delta in stream:
        DELTA.validate(delta)
    assert stream[0] == {"role": "assistant"}
    assert stream[-1] == {}
    middle = stream[1:-1]
    if completion.finish_reason == "tool_calls":
        assert completion.message["content"] is None
        (only,) = middle
        [call] = completion.message["tool_calls"]
        assert only == {"tool_calls": [{"index": 0, **call}]}
    else:
        assert "tool_calls" not in completion.message
        assert all(1 <= tokens.count(d["content"]) <= 3 for d in middle)
        assert "".join(d["content"] for d in middle) == completion.message["content"]


# --- strategies ----------------------------------------------------------------------------

texts = st.text(max_size=300)
messages = st.lists(
    st.one_of(
        st.builds(lambda c: {"role": "system", "content": c}, texts),
        st.builds(user, texts),
        st.builds(lambda c: {"role": "assistant", "content": c}, st.none() | texts),
        st.builds(
            lambda c, i: {"role": "tool", "tool_call_id": i, "content": c},
            texts,
            st.text(min_size=1, max_size=64),
        ),
    ),
    min_size=1,
    max_size=5,
)


@st.composite
def requests(draw: st.DrawFn) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    tools = draw(st.lists(st.sampled_from(TOOLS), unique_by=lambda t: t["function"]["name"]))
    if tools:
        fields["tools"] = tools
        named = [{"type": "function", "function": {"name": t["function"]["name"]}} for t in tools]
        choice = draw(st.none() | st.sampled_from(["auto", "none", "required", *named]))
        if choice is not None:
            fields["tool_choice"] = choice
    if draw(st.booleans()):
        fields["max_tokens"] = draw(st.integers(1, 200))
    if draw(st.booleans()):
        fields["temperature"] = draw(st.sampled_from([0, 0.7, 2]))
    return chat(*draw(messages), **fields)


# --- determinism ---------------------------------------------------------------------------


@settings(deadline=None)
@given(requests())
def test_same_request_same_completion_whatever_stream_says(request: dict[str, Any]) -> None:
    first = complete(request)
    assert complete(json.loads(json.dumps(request))) == first
    assert complete({**request, "stream": True}) == first
    assert complete({**request, "stream": False}) == first
    assert deltas(first) == deltas(complete(request))


@settings(deadline=None)
@given(requests())
def test_every_completion_and_its_deltas_match_the_spec(request: dict[str, Any]) -> None:
    completion = complete(request)
    check_against_spec(completion)
    assert completion.finish_reason in {"stop", "length", "tool_calls"}
    assert completion.prompt_tokens >= 3 * len(request["messages"])


def test_temperature_zero_is_deterministic_too() -> None:
    request = chat(user("Explain vector databases"), temperature=0)
    assert complete(request) == complete(dict(reversed(list(request.items()))))


def test_different_questions_get_different_answers() -> None:
    answers = {
        complete(chat(user(f"Tell me about topic {n}"))).message["content"] for n in range(5)
    }
    assert len(answers) == 5


# --- text answers --------------------------------------------------------------------------


@given(st.text(max_size=200))
def test_natural_answer_is_20_to_80_tokens(question: str) -> None:
    completion = complete(chat(user(question)))
    assert completion.finish_reason == "stop"
    assert 20 <= completion.completion_tokens <= 80
    assert completion.completion_tokens == tokens.count(completion.message["content"])


def test_answer_echoes_key_words_of_the_last_user_message() -> None:
    request = chat(
        {"role": "system", "content": "You are terse."},
        user("What is the capital of France?"),
        {"role": "assistant", "content": "Paris."},
        user("Explain photosynthesis in desert succulents"),
    )
    content = complete(request).message["content"]
    assert "photosynthesis" in content and "succulents" in content
    assert "France" not in content


def test_answer_after_a_tool_result_quotes_it() -> None:
    request = chat(
        user("Weather in Paris?"),
        {
            "role": "assistant",
            "content": None,
            "tool_calls": [
                {
                    "id": "call_1",
                    "type": "function",
                    "function": {"name": "get_weather", "arguments": '{"city": "Paris"}'},
                }
            ],
        },
        {"role": "tool", "tool_call_id": "call_1", "content": '{"temp_c": 21, "sky": "clear"}'},
        tools=TOOLS,
    )
    completion = complete(request)
    assert completion.finish_reason == "stop"
    assert completion.message["content"].startswith(
        'Based on the result {"temp_c": 21, "sky": "clear"}'
    )


@given(question=st.text(max_size=200), seed=st.binary(min_size=1, max_size=8))
def test_an_answer_is_made_of_the_pieces_of_its_text(question: str, seed: bytes) -> None:
    """Answers are assembled from templates split beforehand; joined and split again they
    must give the same pieces, one token each (what usage and `max_tokens` count)."""
    answer = chat_engine._answer([user(question)], chat_engine._Draws(seed))
    assert tokens.pieces("".join(answer)) == answer
    assert all(tokens.count(piece) == 1 for piece in answer)


@given(result=st.text(max_size=200), limit=st.integers(1, 100))
def test_an_answer_quoting_any_tool_result_is_counted_by_its_tokens(
    result: str, limit: int
) -> None:
    """The answer is assembled from pieces split beforehand; its usage must still be what
    counting its text gives, and a cut must still fall on a token of that text."""
    call = {"id": "call_1", "type": "function", "function": {"name": "f", "arguments": "{}"}}
    request = chat(
        user("Run f"),
        {"role": "assistant", "content": None, "tool_calls": [call]},
        {"role": "tool", "tool_call_id": "call_1", "content": result},
        max_tokens=limit,
    )
    completion = complete(request)
    content = completion.message["content"]
    assert completion.completion_tokens == tokens.count(content) <= limit
    assert "".join(tokens.pieces(content)) == content


@settings(deadline=None)
@given(question=st.text(max_size=100), limit=st.integers(1, 200))
def test_max_tokens_is_honoured_exactly(question: str, limit: int) -> None:
    natural = complete(chat(user(question))).message["content"]
    completion = complete(chat(user(question), max_tokens=limit))
    content = completion.message["content"]
    assert completion.completion_tokens == tokens.count(content) <= limit
    if tokens.count(natural) > limit:
        assert completion.finish_reason == "length"
        assert tokens.count(content) == limit
        assert natural.startswith(content)  # cut at a token boundary, spacing kept
    else:
        assert completion.finish_reason == "stop"
        assert content == natural
    check_against_spec(completion)


def test_prompt_tokens_count_contents_tools_and_overhead() -> None:
    request = chat(
        {"role": "system", "content": "Be brief."},  # 3 tokens
        user("Hello, world"),  # 3 tokens
        tools=[NO_PARAMETERS],  # "ping": 1 token
        tool_choice="none",
    )
    assert complete(request).prompt_tokens == 3 + 3 + 2 * 3 + 1
    with_parameters = chat(user("Hello, world"), tools=[WEATHER], tool_choice="none")
    fn = WEATHER["function"]
    expected = (
        3
        + 3
        + tokens.count(fn["name"])
        + tokens.count(fn["description"])
        + tokens.count(json.dumps(fn["parameters"], sort_keys=True))
    )
    assert complete(with_parameters).prompt_tokens == expected


# --- tool calls ----------------------------------------------------------------------------


def tool_call(completion: Completion) -> dict[str, Any]:
    assert completion.finish_reason == "tool_calls"
    [call] = completion.message["tool_calls"]
    return call


def test_auto_calls_the_tool_that_shares_a_word_with_the_question() -> None:
    completion = complete(chat(user("What's the weather like in Oslo?"), tools=TOOLS))
    call = tool_call(completion)
    assert call["function"]["name"] == "get_weather"
    assert re.fullmatch(r"call_[0-9a-f]{24}", call["id"])
    arguments = json.loads(call["function"]["arguments"])
    Draft202012Validator(WEATHER["function"]["parameters"]).validate(arguments)
    assert completion.completion_tokens == tokens.count("get_weather") + tokens.count(
        call["function"]["arguments"]
    )
    check_against_spec(completion)


def test_camel_case_names_and_descriptions_match_words() -> None:
    by_name = complete(chat(user("search for install steps"), tools=TOOLS))
    assert tool_call(by_name)["function"]["name"] == "searchDocs"
    by_description = complete(chat(user("check the manual"), tools=TOOLS, tool_choice="required"))
    assert tool_call(by_description)["function"]["name"] == "searchDocs"


def test_without_a_matching_word_the_first_tool_is_called() -> None:
    completion = complete(chat(user("Hi there"), tools=[SEARCH, WEATHER], tool_choice="required"))
    assert tool_call(completion)["function"]["name"] == "searchDocs"


def test_named_tool_choice_is_obeyed() -> None:
    choice = {"type": "function", "function": {"name": "ping"}}
    completion = complete(chat(user("What's the weather?"), tools=TOOLS, tool_choice=choice))
    call = tool_call(completion)
    assert call["function"] == {"name": "ping", "arguments": "{}"}


def test_naming_a_missing_tool_is_a_value_error() -> None:
    choice = {"type": "function", "function": {"name": "launch_rocket"}}
    with pytest.raises(ValueError, match="launch_rocket"):
        complete(chat(user("Go"), tools=TOOLS, tool_choice=choice))


def test_tool_choice_none_answers_in_text() -> None:
    completion = complete(chat(user("What's the weather?"), tools=TOOLS, tool_choice="none"))
    assert completion.finish_reason == "stop"
    assert "tool_calls" not in completion.message


def test_after_a_tool_result_the_model_answers_in_text_even_if_required() -> None:
    request = chat(
        user("weather?"),
        {"role": "tool", "tool_call_id": "call_1", "content": "sunny"},
        tools=TOOLS,
        tool_choice="required",
    )
    assert complete(request).finish_reason == "stop"


def test_a_tool_call_is_never_truncated_by_max_tokens() -> None:
    completion = complete(chat(user("weather in Rome"), tools=TOOLS, max_tokens=1))
    call = tool_call(completion)
    assert completion.completion_tokens > 1
    json.loads(call["function"]["arguments"])  # whole, valid JSON


def test_unsatisfiable_parameters_raise_with_a_message() -> None:
    tool = {
        "type": "function",
        "function": {
            "name": "lookup",
            "parameters": {
                "type": "object",
                "properties": {
                    "sku": {"type": "string", "pattern": "^SKU-[0-9]{6}$", "maxLength": 5}
                },
                "required": ["sku"],
            },
        },
    }
    with pytest.raises(UnsatisfiableSchema, match="pattern"):
        complete(chat(user("look it up"), tools=[tool]))


@settings(deadline=None)
@given(question=st.text(max_size=100), tools=st.permutations(TOOLS))
def test_tool_arguments_always_validate_against_the_parameters(
    question: str, tools: list[dict[str, Any]]
) -> None:
    completion = complete(chat(user(question), tools=tools, tool_choice="required"))
    call = tool_call(completion)
    [tool] = [t for t in tools if t["function"]["name"] == call["function"]["name"]]
    parameters = tool["function"].get("parameters", {"type": "object", "properties": {}})
    validator = Draft202012Validator(parameters, format_checker=Draft202012Validator.FORMAT_CHECKER)
    validator.validate(json.loads(call["function"]["arguments"]))
