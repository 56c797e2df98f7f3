"""Render the sandbox's stand-in videos: real, playable H.264 MP4s drawn from the prompt.

The picture is deterministic in the prompt: a diagonal colour gradient whose hues come from
the prompt's SHA-256, with a bright square sliding across it, so every frame differs.
"""

from __future__ import annotations

import colorsys
import hashlib
import os
import tempfile
from collections.abc import Iterator
from fractions import Fraction
from pathlib import Path
from typing import Any

import av
import numpy as np

FRAMES_PER_SECOND = 8

# (resolution, aspect_ratio) -> (width, height); every side even, as yuv420p H.264 needs.
DIMENSIONS: dict[tuple[str, str], tuple[int, int]] = {
    ("480p", "16:9"): (854, 480),
    ("480p", "9:16"): (480, 854),
    ("480p", "1:1"): (480, 480),
    ("720p", "16:9"): (1280, 720),
    ("720p", "9:16"): (720, 1280),
    ("720p", "1:1"): (720, 720),
    ("1080p", "16:9"): (1920, 1080),
    ("1080p", "9:16"): (1080, 1920),
    ("1080p", "1:1"): (1080, 1080),
}

_ENCODER_OPTIONS = {"preset": "ultrafast", "crf": "32"}


def _hsv(hue: float, saturation: float, value: float) -> np.ndarray:
    return np.array(colorsys.hsv_to_rgb(hue % 1.0, saturation, value), dtype=np.float32) * 255


def _background(seed: bytes, width: int, height: int) -> np.ndarray:
    """A diagonal gradient between two seed-chosen hues, as an H x W x 3 uint8 array."""
    hue = int.from_bytes(seed[:4], "big") / 2**32
    spread = 0.15 + 0.35 * seed[4] / 255
    start, end = _hsv(hue, 0.75, 0.55), _hsv(hue + spread, 0.85, 0.35)
    x = np.linspace(0.0, 1.0, width, dtype=np.float32)
    y = np.linspace(0.0, 1.0, height, dtype=np.float32)
    t = (x[None, :] + y[:, None]) / 2  # H x W, 0 at top-left, 1 at bottom-right
    image = start + t[..., None] * (end - start)
    return np.ascontiguousarray(image.astype(np.uint8))


def _frames(prompt: str, width: int, height: int, count: int) -> Iterator[np.ndarray]:
    """Yield `count` H x W x 3 uint8 frames: the gradient with a square moving across it."""
    seed = hashlib.sha256(prompt.encode("utf-8")).digest()
    background = _background(seed, width, height)
    colour = _hsv(int.from_bytes(seed[5:9], "big") / 2**32, 0.35, 1.0).astype(np.uint8)
    side = max(2, min(width, height) // 5)
    travel_x, travel_y = width - side, height - side
    y_start = seed[9] / 255  # where on the vertical the square begins, as a fraction
    frame = background.copy()
    for index in range(count):
        progress = index / (count - 1) if count > 1 else 0.0
        left = round(progress * travel_x)
        # Bounce vertically so the square's path is a zig-zag rather than a straight line.
        phase = (y_start + progress) % 2.0
        top = round((phase if phase <= 1.0 else 2.0 - phase) * travel_y)
        np.copyto(frame, background)
        frame[top : top + side, left : left + side] = colour
        yield frame


def render_mp4(
    path: Path,
    *,
    prompt: str,
    width: int,
    height: int,
    duration: int,
    fps: int = FRAMES_PER_SECOND,
) -> int:
    """Write a `duration`-second H.264 MP4 drawn from `prompt` to `path`; return its size.

    The file appears atomically: it is written to a temporary file beside `path` and then
    renamed over it, so a reader never sees a partial video, and two concurrent renders of
    the same path simply race to an identical result.
    """
    if width <= 0 or height <= 0 or width % 2 or height % 2:
        raise ValueError(f"width and height must be positive and even, got {width}x{height}")
    if duration <= 0 or fps <= 0:
        raise ValueError(f"duration and fps must be positive, got {duration} s at {fps} fps")
    path = Path(path)
    descriptor, temporary = tempfile.mkstemp(
        dir=path.parent, prefix=f".{path.name}.", suffix=".part"
    )
    os.close(descriptor)
    try:
        _encode(Path(temporary), prompt, width, height, duration * fps, fps)
        size = os.path.getsize(temporary)
        os.replace(temporary, path)
    except BaseException:
        try:
            os.unlink(temporary)
        except FileNotFoundError:
            pass
        raise
    return size


def _encode(path: Path, prompt: str, width: int, height: int, count: int, fps: int) -> None:
    container = av.open(str(path), "w", format="mp4", options={"movflags": "faststart"})
    try:
        stream = container.add_stream("libx264", rate=fps, options=_ENCODER_OPTIONS)
        stream.width, stream.height, stream.pix_fmt = width, height, "yuv420p"
        stream.codec_context.time_base = Fraction(1, fps)
        for index, image in enumerate(_frames(prompt, width, height, count)):
            frame = av.VideoFrame.from_ndarray(image, format="rgb24")
            frame.pts = index
            frame.time_base = Fraction(1, fps)
            for packet in stream.encode(frame):
                container.mux(packet)
        for packet in stream.encode():
            container.mux(packet)
    finally:
        container.close()


def probe(path: Path | str) -> dict[str, Any]:
    """Decode the video at `path` and describe it: codec, size, duration, frame count, fps."""
    with av.open(str(path)) as container:
        stream = container.streams.video[0]
        frames = sum(1 for _ in container.decode(stream))
        if stream.duration is not None and stream.time_base is not None:
            duration = float(stream.duration * stream.time_base)
        else:
            duration = (container.duration or 0) / av.time_base
        rate = stream.average_rate or stream.base_rate
        return {
            "codec": stream.codec_context.name,
            "width": stream.codec_context.width,
            "height": stream.codec_context.height,
            "duration": duration,
            "frames": frames,
            "fps": float(rate) if rate else None,
        }
