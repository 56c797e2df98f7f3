"""The sandbox tokenizer: words and single punctuation marks; pieces keep the spacing."""

from pathlib import Path
from unittest.mock import patch

from hypothesis import given, settings
from hypothesis import strategies as st

from minimax_sandbox.engine import tokens
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


@settings(max_examples=300)
@given(st.text(alphabet="ab_1 \n\t,.!é\u3000\u2028", max_size=60), st.integers(1, 7))
def test_counting_in_pieces_equals_counting_the_whole(text: str, chunk: int) -> None:
    """A long text is counted a piece at a time; a word cut in two still counts once."""
    with patch.object(tokens, "_CHUNK", chunk):
        assert count(text) == len(tokenize(text))


def test_a_file_counts_as_its_text(tmp_path: Path) -> None:
    text = "Hello, world!\r\nSecond line: naïve café_au_lait 42.\n" * 500
    path = tmp_path / "train.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode())  # a BOM, which is no token
    with patch.object(tokens, "_CHUNK", 7):
        assert tokens.count_file(path) == count(text) == len(tokenize(text))
