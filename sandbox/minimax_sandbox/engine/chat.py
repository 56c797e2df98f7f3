"""The sandbox's chat model: a deterministic stand-in that answers in readable text or tool calls.

Nothing here is learned. The answer is assembled from a fixed vocabulary, chosen by a
random generator seeded from the request itself (less `stream` and `max_tokens`), so the
same request always gets the same answer, whatever its `temperature`, and tests can rely
on it; a `max_tokens` cut gives a prefix of the uncut answer.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

import orjson

from minimax_sandbox.engine import tokens
from minimax_sandbox.engine.schema_instance import UnsatisfiableSchema, instance

__all__ = ["Completion", "UnsatisfiableSchema", "complete", "deltas"]

T = TypeVar("T")

# Every message costs this many tokens on top of its content, as with real chat models
# (role markers and separators).
MESSAGE_OVERHEAD_TOKENS = 3

# An answer's natural length, before `max_tokens` is applied.
MIN_ANSWER_TOKENS, MAX_ANSWER_TOKENS = 20, 80

# How much of a tool result the answer quotes; longer results are shortened with "…".
QUOTE_TOKENS = 20

DEFAULT_PARAMETERS: dict[str, Any] = {"type": "object", "properties": {}}

# Words too common to count as "key words" of a message or as a match with a tool.
_STOPWORDS = frozenset(
    """a about an and are as at be but by can could describe do does explain for from get give
    has have how i if in into is it its list me my of on or our please should show so tell
    than that the their them then there these this to us was we what when where which who
    why will with would write you your""".split()
)

# The fixed vocabulary the answers are built from.
_OPENERS = (
    "Here is a short answer about {topic}.",
    "Good question about {topic}.",
    "Let me explain {topic} briefly.",
    "Thanks for asking about {topic}.",
)
_SUBJECTS = (
    "The key idea",
    "A practical approach",
    "In most cases, the simplest option",
    "A careful design",
    "This pattern",
    "A small experiment",
)
_VERBS = ("keeps", "improves", "clarifies", "balances", "supports", "reveals")
_OBJECTS = (
    "the overall structure",
    "the expected behaviour",
    "clear trade-offs",
    "the important details",
    "a reliable result",
    "the main constraints",
)
_MODIFIERS = (
    "over time",
    "in practice",
    "for most teams",
    "without extra cost",
    "when requirements change",
    "at a reasonable scale",
)
_CLOSERS = (
    "I hope this helps.",
    "Let me know if you want more detail on {keyword}.",
    "Feel free to ask a follow-up question.",
)


@dataclass(frozen=True)
class Completion:
    """One answer: the assistant message, why it ended, and its usage."""

    message: dict[str, Any]  # AssistantMessage; "tool_calls" present only when it calls tools
    finish_reason: str  # "stop" | "length" | "tool_calls"
    prompt_tokens: int
    completion_tokens: int


def complete(request: dict[str, Any]) -> Completion:
    """Answer a schema-validated ChatCompletionRequest.

    Raises ValueError when `tool_choice` names a function that is not in `tools`, and
    `UnsatisfiableSchema` (a ValueError too) when a tool's `parameters` cannot be satisfied,
    or not within the work one request may take (its message names the tool); the server
    answers both with 400 and the error's message. Up to that limit this is CPU work: the
    server runs it off its event loop.

    A tool call is never truncated: its `arguments` must stay valid JSON that validates,
    so `max_tokens` does not apply to it even if the call is longer.
    """
    seed = _seed(request)
    messages: list[dict[str, Any]] = request["messages"]
    tools: list[dict[str, Any]] = request.get("tools") or []
    choice = request.get("tool_choice", "auto")
    prompt_tokens = _prompt_tokens(messages, tools)

    named = _named_tool(tools, choice)
    if tools and choice != "none" and messages[-1]["role"] == "user":
        tool = named or _matching_tool(tools, messages[-1]["content"])
        try:
            call = _tool_call(tool["function"], random.Random(seed))
        except UnsatisfiableSchema as error:
            index = next(i for i, each in enumerate(tools) if each is tool)
            where = f"tools[{index}].function.parameters ({tool['function']['name']})"
            raise type(error)(f"{where}: {error}") from None
        fn = call["function"]
        return Completion(
            message={"role": "assistant", "content": None, "tool_calls": [call]},
            finish_reason="tool_calls",
            prompt_tokens=prompt_tokens,
            completion_tokens=tokens.count(fn["name"]) + tokens.count(fn["arguments"]),
        )

    answer = _answer(messages, _Draws(seed))
    limit = request.get("max_tokens")
    cut = limit is not None and len(answer) > limit
    if cut:
        answer = answer[:limit]
    return Completion(
        message={"role": "assistant", "content": "".join(answer)},
        finish_reason="length" if cut else "stop",
        prompt_tokens=prompt_tokens,
        completion_tokens=len(answer),  # a piece is a token
    )


def deltas(completion: Completion) -> list[dict[str, Any]]:
    """The `delta` objects of a stream of `completion`, in order (ChatCompletionDelta).

    First the role, then content pieces of 1 to 3 tokens (with their leading whitespace,
    so joining them gives back the content exactly) or one delta with the whole tool
    call, then `{}`: the last chunk, to which the server adds the finish_reason.
    """
    message = completion.message
    result: list[dict[str, Any]] = [{"role": "assistant"}]
    if message.get("tool_calls"):
        result.append(
            {
                "tool_calls": [
                    {
                        "index": index,
                        "id": call["id"],
                        "type": "function",
                        "function": dict(call["function"]),
                    }
                    for index, call in enumerate(message["tool_calls"])
                ]
            }
        )
    content = message.get("content") or ""
    # Chunk sizes only need to look irregular; seed them from the content so they repeat.
    rng = random.Random(hashlib.sha256(content.encode()).digest())
    parts = tokens.pieces(content)
    while parts:
        size = rng.randint(1, 3)
        result.append({"content": "".join(parts[:size])})
        parts = parts[size:]
    result.append({})
    return result


# --- helpers -------------------------------------------------------------------------------


# Fields that do not change what the model says: `stream` only changes the framing, and
# `max_tokens` only where the answer stops, so a cut answer is a prefix of the full one.
_UNSEEDED_FIELDS = frozenset({"stream", "max_tokens"})


def _seed(request: dict[str, Any]) -> bytes:
    """The request's fingerprint, as canonical JSON: key order and spacing do not matter."""
    canonical = {k: v for k, v in request.items() if k not in _UNSEEDED_FIELDS}
    return hashlib.sha256(orjson.dumps(canonical, option=orjson.OPT_SORT_KEYS)).digest()


def _prompt_tokens(messages: list[dict[str, Any]], tools: list[dict[str, Any]]) -> int:
    total = 0
    for message in messages:
        total += MESSAGE_OVERHEAD_TOKENS + tokens.count(message.get("content") or "")
        for call in message.get("tool_calls") or []:
            total += tokens.count(call["function"]["name"])
            total += tokens.count(call["function"]["arguments"])
    for tool in tools:
        fn = tool["function"]
        total += tokens.count(fn["name"]) + tokens.count(fn.get("description", ""))
        if "parameters" in fn:
            total += tokens.count(json.dumps(fn["parameters"], sort_keys=True))
    return total


def _named_tool(tools: list[dict[str, Any]], choice: Any) -> dict[str, Any] | None:
    """The tool `tool_choice` names, if it names one; naming a missing one is an error."""
    if not isinstance(choice, dict):
        return None
    name = choice["function"]["name"]
    for tool in tools:
        if tool["function"]["name"] == name:
            return tool
    raise ValueError(f"tool_choice names the function {name!r}, which is not in tools")


def _words(text: str) -> set[str]:
    """Lower-cased words, splitting snake_case, kebab-case and camelCase names apart."""
    spaced = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", text)
    return {w.lower() for w in re.findall(r"[^\W_]+", spaced)} - _STOPWORDS


def _matching_tool(tools: list[dict[str, Any]], text: str) -> dict[str, Any]:
    """The first tool whose name or description shares a word with `text`, else the first."""
    wanted = _words(text)
    for tool in tools:
        fn = tool["function"]
        if wanted & _words(f"{fn['name']} {fn.get('description', '')}"):
            return tool
    return tools[0]


def _tool_call(fn: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    call_id = f"call_{rng.getrandbits(96):024x}"
    arguments = instance(fn.get("parameters", DEFAULT_PARAMETERS), rng)
    return {
        "id": call_id,
        "type": "function",
        "function": {"name": fn["name"], "arguments": json.dumps(arguments)},
    }


def _key_words(text: str, limit: int = 3) -> list[str]:
    """Up to `limit` of the longest non-stopwords of `text`, in the order they appear."""
    seen: dict[str, str] = {}
    for token in tokens.tokenize(text):
        if token[0].isalnum() and len(token) >= 3 and token.lower() not in _STOPWORDS:
            seen.setdefault(token.lower(), token)
    longest = sorted(seen.values(), key=len, reverse=True)[:limit]
    return [w for w in seen.values() if w in longest]


def _topic(words: list[str]) -> str:
    if not words:
        return "your question"
    if len(words) == 1:
        return words[0]
    return f"{', '.join(words[:-1])} and {words[-1]}"


def _quote(text: str) -> str:
    """A tool result on one line, shortened to QUOTE_TOKENS tokens."""
    flat = " ".join(text.split())
    parts = tokens.pieces(flat)
    if len(parts) <= QUOTE_TOKENS:
        return flat
    return "".join(parts[:QUOTE_TOKENS]).rstrip() + " …"


class _Draws:
    """Choices read from a seed's SHA-512, then from the hash of that, and so on: as
    repeatable as a `random.Random` seeded with it, without the microseconds of setting up
    a Mersenne Twister on every request (the tool path, which draws far more, uses one)."""

    def __init__(self, seed: bytes) -> None:
        self._digest = hashlib.sha512(seed).digest()
        self._pool = int.from_bytes(self._digest)

    def below(self, n: int) -> int:
        if self._pool < 1 << 64:  # too few bits left for an even draw
            self._digest = hashlib.sha512(self._digest).digest()
            self._pool = int.from_bytes(self._digest)
        self._pool, drawn = divmod(self._pool, n)
        return drawn

    def choice(self, options: Sequence[T]) -> T:
        return options[self.below(len(options))]

    def randint(self, low: int, high: int) -> int:
        return low + self.below(high - low + 1)


def _answer(messages: list[dict[str, Any]], rng: _Draws) -> list[str]:
    """The full text answer, MIN_ANSWER_TOKENS to MAX_ANSWER_TOKENS tokens long, as its
    pieces (`tokens.pieces` of the text: one token each, with the whitespace before it)."""
    users = [m for m in messages if m["role"] == "user"]
    asked = (users[-1] if users else messages[-1]).get("content") or ""
    words = _key_words(asked)
    keyword = rng.choice(words) if words else "this"

    last = messages[-1]
    if last["role"] == "tool":
        quoted = _quote(last.get("content") or "")
        opener = f"Based on the result {quoted}, here is what it means for {_topic(words)}."
        answer = tokens.pieces(opener)
    else:
        head, tail = rng.choice(_OPENER_PARTS)
        answer = [*head, *_topic_pieces(words), *(tail or ())]  # every opener has a topic

    target = rng.randint(MIN_ANSWER_TOKENS, MAX_ANSWER_TOKENS)
    while len(answer) < target:
        sentence = _sentence(rng.below(1 << 32), words)
        if len(answer) + len(sentence) > MAX_ANSWER_TOKENS:
            break
        answer += sentence
    head, tail = rng.choice(_CLOSER_PARTS)
    closer = [*head, " " + keyword, *tail] if tail is not None else head
    if len(answer) + len(closer) <= MAX_ANSWER_TOKENS:
        answer += closer
    return answer


def _parts(template: str) -> tuple[list[str], list[str] | None]:
    """The pieces of a template before its one field (`{...}`, after a space) and after it;
    None after it when it has no field. A field holds single tokens (see `_key_words`)."""
    head, brace, rest = template.partition("{")
    if not brace:
        return tokens.pieces(template), None
    assert head.endswith(" "), template
    return tokens.pieces(head[:-1]), tokens.pieces(rest.partition("}")[2])


_OPENER_PARTS = tuple(_parts(opener) for opener in _OPENERS)
_CLOSER_PARTS = tuple(_parts(" " + closer) for closer in _CLOSERS)


def _topic_pieces(words: list[str]) -> list[str]:
    """The pieces of " " + `_topic(words)`."""
    if not words:
        return [" your", " question"]
    pieces = [" " + words[0]]
    for word in words[1:-1]:
        pieces += [",", " " + word]
    if len(words) > 1:
        pieces += [" and", " " + words[-1]]
    return pieces


def _spaced(options: tuple[str, ...], lower: bool = False) -> tuple[list[str], ...]:
    """Each option's pieces after a space, split once: sentences are built from these."""
    return tuple(tokens.pieces(" " + (o[0].lower() + o[1:] if lower else o)) for o in options)


_SUBJECT_PIECES = _spaced(_SUBJECTS)
_LOWER_SUBJECT_PIECES = _spaced(_SUBJECTS, lower=True)
_VERB_PIECES = _spaced(_VERBS)
_OBJECT_PIECES = _spaced(_OBJECTS)
_MODIFIER_PIECES = _spaced(_MODIFIERS)
_WHEN_IT_COMES_TO = tokens.pieces(" When it comes to")


def _sentence(bits: int, words: list[str]) -> list[str]:
    """The pieces of one sentence after a space, e.g. " A careful design keeps the overall
    structure in practice.", its choices read from `bits` (one draw of the generator per
    sentence: drawing each choice apart was most of the cost of an answer). The words are
    single tokens (see `_key_words`)."""
    bits, subject = divmod(bits, len(_SUBJECTS))
    bits, verb = divmod(bits, len(_VERBS))
    bits, object_ = divmod(bits, len(_OBJECTS))
    bits, modifier = divmod(bits, len(_MODIFIERS))
    bits, mention = divmod(bits, 2)
    body = [*_VERB_PIECES[verb], *_OBJECT_PIECES[object_], *_MODIFIER_PIECES[modifier], "."]
    if words and mention:
        keyword = words[bits % len(words)]
        return [*_WHEN_IT_COMES_TO, " " + keyword, ",", *_LOWER_SUBJECT_PIECES[subject], *body]
    return [*_SUBJECT_PIECES[subject], *body]
