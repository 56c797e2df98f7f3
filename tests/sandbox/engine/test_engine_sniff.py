"""Upload sniffing: the bytes must be what the purpose takes."""

from __future__ import annotations

import io
import json
from fractions import Fraction
from unittest.mock import patch

import av
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from minimax_openapi.spec import shared
from minimax_sandbox.engine import sniff
from minimax_sandbox.engine.sniff import MAX_PROBLEMS, RejectedUpload, detect
from minimax_sandbox.samples import png as png_bytes

API = shared()


def validate(message):
    return API.validation_errors({"$ref": "#/components/schemas/ChatMessage"}, message)


def jpeg_bytes() -> bytes:
    """A real one-frame JPEG, encoded by FFmpeg's mjpeg encoder."""
    codec = av.CodecContext.create("mjpeg", "w")
    codec.width, codec.height, codec.pix_fmt = 16, 16, "yuvj420p"
    codec.time_base = Fraction(1, 25)
    image = np.full((16, 16, 3), 200, dtype=np.uint8)
    frame = av.VideoFrame.from_ndarray(image, format="rgb24").reformat(format="yuvj420p")
    out = io.BytesIO()
    for packet in [*codec.encode(frame), *codec.encode()]:
        out.write(bytes(packet))
    return out.getvalue()


def lines(*examples) -> bytes:
    return "\n".join(e if isinstance(e, str) else json.dumps(e) for e in examples).encode()


GOOD = {
    "messages": [
        {"role": "system", "content": "Be brief."},
        {"role": "user", "content": "Hi"},
        {"role": "assistant", "content": "Hello! How can I help?"},
    ]
}


def rejection(purpose: str, data: bytes) -> RejectedUpload:
    with pytest.raises(RejectedUpload) as caught:
        detect(purpose, data, validate)
    assert isinstance(caught.value, ValueError)
    return caught.value


# ---- video-reference -------------------------------------------------------------------------


def test_png_is_detected():
    assert detect("video-reference", png_bytes(), validate) == "image/png"


def test_jpeg_is_detected():
    data = jpeg_bytes()
    assert data[:3] == b"\xff\xd8\xff" and data[-2:] == b"\xff\xd9"
    assert detect("video-reference", data, validate) == "image/jpeg"


def test_minimal_hand_built_jpeg_markers_are_enough():
    assert detect(
        "video-reference", b"\xff\xd8\xff\xe0" + b"\x00" * 16 + b"\xff\xd9", validate
    ) == ("image/jpeg")


@pytest.mark.parametrize(
    "data",
    [
        b"GIF89a\x01\x00\x01\x00",
        b"\x89PNG\r\n\x1a\n",  # signature with no IHDR
        png_bytes()[:8] + b"\x00\x00\x00\x0dIDAT" + png_bytes()[16:],  # first chunk not IHDR
        b"\xff\xd8\xff\xe0\x00\x10JFIF",  # JPEG cut short: no end marker
        b'{"messages": []}',
        b"\x00" * 64,
    ],
)
def test_other_bytes_are_not_a_video_reference(data):
    error = rejection("video-reference", data)
    assert str(error) == (
        "A video-reference file must be a PNG or JPEG image; these bytes are neither."
    )


def test_jsonl_is_not_accepted_as_an_image_nor_an_image_as_jsonl():
    rejection("video-reference", lines(GOOD))
    error = rejection("fine-tune", png_bytes())
    assert "UTF-8" in str(error)


@pytest.mark.parametrize("purpose", ["video-reference", "fine-tune"])
def test_empty_file_is_rejected(purpose):
    assert str(rejection(purpose, b"")) == "The file is empty."


# ---- fine-tune -------------------------------------------------------------------------------


def test_valid_jsonl_is_detected():
    data = lines(GOOD, GOOD, "", "   ", GOOD) + b"\n"
    assert detect("fine-tune", data, validate) == "application/jsonl"


def test_crlf_and_bom_are_tolerated():
    data = b"\xef\xbb\xbf" + lines(GOOD, GOOD).replace(b"\n", b"\r\n")
    assert detect("fine-tune", data, validate) == "application/jsonl"


def test_the_spec_example_is_accepted():
    body = API.operation_at("POST", "/files").body
    assert body is not None and body.media_type == "multipart/form-data"
    example = next(e for e in body.media.examples if e.name == "example")
    data = example.value["file"].encode()
    assert detect("fine-tune", data, validate) == "application/jsonl"


def test_blank_lines_only_is_rejected():
    error = rejection("fine-tune", b"\n  \n\n")
    assert "at least one" in str(error)


def test_bad_message_names_line_and_index():
    bad = {"messages": [{"role": "user", "content": "Hi"}, {"role": "robot", "content": "x"}]}
    error = rejection("fine-tune", lines(GOOD, "", bad))
    assert len(error.problems) >= 1
    assert error.problems[0].startswith("line 3: messages[1]: ")
    assert "line 3: messages[1]: " in str(error)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("{not json", "line 1: not valid JSON"),
        ("[1, 2]", "line 1: expected a JSON object"),
        ('"text"', "line 1: expected a JSON object"),
        ("{}", 'line 1: missing "messages"'),
        ('{"messages": "hi"}', 'line 1: "messages" must be a list'),
        ('{"messages": []}', 'line 1: "messages" must not be empty'),
        ('{"messages": [{"role": "user", "content": "x"}], "extra": 1}', "unexpected key"),
        ('{"messages": [{"role": "user"}]}', "line 1: messages[0]: "),
        ('{"messages": [42]}', "line 1: messages[0]: "),
    ],
)
def test_malformed_lines_are_rejected_with_a_reason(line, expected):
    error = rejection("fine-tune", line.encode())
    assert error.problems[0].startswith(expected) or expected in error.problems[0]


def test_invalid_utf8_is_rejected():
    error = rejection("fine-tune", lines(GOOD) + b"\n\xff\xfe")
    assert "UTF-8" in str(error)


def test_stops_at_the_first_five_problems():
    data = lines(*["{broken"] * 20)
    error = rejection("fine-tune", data)
    assert len(error.problems) == MAX_PROBLEMS == 5
    assert [p.split(":")[0] for p in error.problems] == [f"line {n}" for n in range(1, 6)]
    assert "line 6" not in str(error)


def test_many_bad_messages_on_one_line_also_stop_at_five():
    bad = {"messages": [{"role": "robot"}] * 9}
    error = rejection("fine-tune", lines(bad, bad))
    assert len(error.problems) == 5
    assert all(p.startswith("line 1: ") for p in error.problems)


def test_unknown_purpose_is_rejected():
    with pytest.raises(RejectedUpload):
        detect("batch", lines(GOOD), validate)


# ---- reading lines: orjson first, json.loads for what orjson refuses; block by block ------


@pytest.mark.parametrize(
    "line",
    [
        '{"messages": [{"role": "user", "content": "\\ud800"}]}',  # a lone surrogate
        '{"messages": [{"role": "user", "content": "x", "n": NaN}]}',
        '{"messages": [{"role": "user", "content": "x", "n": 123456789012345678901234567890}]}',
    ],
    ids=["lone surrogate", "NaN", "long integer"],
)
def test_lines_json_loads_reads_are_still_read(line):
    """orjson is strict RFC 8259; what json.loads accepted before is accepted still."""
    assert detect("fine-tune", line.encode(), validate) == "application/jsonl"


def test_line_numbers_and_byte_offsets_hold_across_blocks(monkeypatch):
    monkeypatch.setattr(sniff, "_BLOCK", 10)  # many blocks, cut mid-line
    bad = {"messages": [{"role": "robot", "content": "x"}]}
    error = rejection("fine-tune", lines(GOOD, "", GOOD, bad, GOOD, "{broken"))
    assert [p.split(":")[0] for p in error.problems] == ["line 4", "line 6"]
    head = lines(GOOD, GOOD) + b"\n"
    error = rejection("fine-tune", head + b"\xff" + lines(GOOD))
    assert f"byte {len(head)} is not valid UTF-8" in str(error)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                json.dumps(GOOD),
                "",
                "  ",
                "{broken",
                '{"messages": []}',
                "[1]",
                "\r",
                json.dumps({"messages": [{"role": "robot"}]}),
                "\u2028",
            ]
        ),
        max_size=12,
    ),
    st.integers(1, 64),
    st.booleans(),
)
def test_blocks_give_the_answer_of_the_whole_file(examples, block, bom):
    data = ("\ufeff" if bom else "").encode() + "\n".join(examples).encode()

    def outcome():
        try:
            return detect("fine-tune", data, validate)
        except RejectedUpload as error:
            return error.problems

    whole = outcome()
    with patch.object(sniff, "_BLOCK", block):
        assert outcome() == whole
