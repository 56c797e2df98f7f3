"""The sandbox tokenizer: words and single punctuation marks; pieces keep the spacing."""

from hypothesis import given
from hypothesis import strategies as st

from minimax_sandbox.engine.tokens import count, pieces, tokenize


def test_words_and_punctuation_are_tokens() -> None:
    assert tokenize("Hello, world") == ["Hello", ",", "world"]
    assert count("Hello, world") == 3
    assert tokenize("it's 3.5°C") == ["it", "'", "s", "3", ".", "5", "°", "C"]
    assert count("") == 0
    assert count("  \n\t ") == 0


def test_pieces_carry_their_leading_whitespace() -> None:
    assert pieces("Hello, world!") == ["Hello", ",", " world", "!"]
    assert pieces("  a  b \n") == ["  a", "  b \n"]
    assert pieces("   ") == ["   "]
    assert pieces("") == []


@given(st.text())
def test_pieces_join_back_to_the_text_one_token_each(text: str) -> None:
    parts = pieces(text)
    assert "".join(parts) == text
    if count(text):
        assert [count(p) for p in parts] == [1] * count(text)
