"""Small, real upload files for tests (and for trying the sandbox): a PNG, a JPEG and JSON
Lines training data."""

from __future__ import annotations

import json
import struct
import zlib
from fractions import Fraction

import av
import numpy as np


def png(width: int = 4, height: int = 3, seed: int = 0) -> bytes:
    """A valid RGB PNG, each pixel a colour derived from `seed` and its position."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = b"".join(
        b"\x00"
        + bytes((x * 40 + y * 7 + c * 90 + seed) % 256 for x in range(width) for c in range(3))
        for y in range(height)
    )
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def jpeg(size: int = 16, shade: int = 120) -> bytes:
    """A valid baseline JPEG of one flat colour, encoded with libav's mjpeg encoder."""
    context = av.CodecContext.create("mjpeg", "w")
    context.width = context.height = size
    context.pix_fmt = "yuvj420p"
    context.time_base = Fraction(1, 25)
    image = np.full((size, size, 3), shade, dtype=np.uint8)
    frame = av.VideoFrame.from_ndarray(image, format="rgb24").reformat(format="yuvj420p")
    packets = [*context.encode(frame), *context.encode(None)]
    return b"".join(bytes(packet) for packet in packets)


def training_jsonl(examples: int = 3) -> bytes:
    """Fine-tune data: one {"messages": [...]} chat example per line."""
    lines = [
        json.dumps(
            {
                "messages": [
                    {"role": "system", "content": "You answer support questions."},
                    {"role": "user", "content": f"How do I reset password number {i}?"},
                    {"role": "assistant", "content": "Open Settings, then Security, then Reset."},
                ]
            }
        )
        for i in range(examples)
    ]
    return ("\n".join(lines) + "\n").encode()
