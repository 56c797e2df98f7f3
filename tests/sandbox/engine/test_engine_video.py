"""The video engine writes real, playable, deterministic H.264 MP4s."""

from __future__ import annotations

from pathlib import Path

import av
import numpy as np
import pytest

from minimax_sandbox.engine.video import DIMENSIONS, FRAMES_PER_SECOND, probe, render_mp4


def first_frame(path: Path) -> np.ndarray:
    with av.open(str(path)) as container:
        return next(container.decode(video=0)).to_ndarray(format="rgb24")


def all_frames(path: Path) -> list[np.ndarray]:
    with av.open(str(path)) as container:
        return [frame.to_ndarray(format="rgb24") for frame in container.decode(video=0)]


def test_dimensions_cover_every_resolution_and_aspect_ratio():
    assert set(DIMENSIONS) == {
        (resolution, ratio)
        for resolution in ("480p", "720p", "1080p")
        for ratio in ("16:9", "9:16", "1:1")
    }
    assert DIMENSIONS["720p", "16:9"] == (1280, 720)
    assert DIMENSIONS["720p", "9:16"] == (720, 1280)
    assert DIMENSIONS["720p", "1:1"] == (720, 720)
    assert DIMENSIONS["480p", "16:9"] == (854, 480)
    assert DIMENSIONS["1080p", "16:9"] == (1920, 1080)
    for (resolution, ratio), (width, height) in DIMENSIONS.items():
        assert width % 2 == 0 and height % 2 == 0
        assert min(width, height) == int(resolution.removesuffix("p"))
        if ratio == "9:16":
            assert (height, width) == DIMENSIONS[resolution, "16:9"]


@pytest.mark.parametrize(
    ("resolution", "ratio", "duration"),
    [("480p", "1:1", 2), ("480p", "9:16", 1), ("480p", "16:9", 3)],
)
def test_render_is_real_h264_of_the_asked_size_and_length(tmp_path, resolution, ratio, duration):
    width, height = DIMENSIONS[resolution, ratio]
    path = tmp_path / "out.mp4"
    size = render_mp4(path, prompt="a fox in snow", width=width, height=height, duration=duration)

    assert size == path.stat().st_size > 0
    info = probe(path)
    assert info["codec"] == "h264"
    assert (info["width"], info["height"]) == (width, height)
    assert info["frames"] == duration * FRAMES_PER_SECOND
    assert info["fps"] == FRAMES_PER_SECOND
    assert abs(info["duration"] - duration) <= 1 / FRAMES_PER_SECOND
    with av.open(str(path)) as container:
        assert container.streams.video[0].codec_context.pix_fmt == "yuv420p"


def test_moov_atom_comes_first_for_streaming(tmp_path):
    path = tmp_path / "out.mp4"
    render_mp4(path, prompt="faststart", width=480, height=480, duration=1)
    data = path.read_bytes()
    assert data[4:8] == b"ftyp"
    assert 0 < data.find(b"moov") < data.find(b"mdat")


def test_custom_fps(tmp_path):
    path = tmp_path / "out.mp4"
    render_mp4(path, prompt="fps", width=320, height=240, duration=2, fps=4)
    info = probe(path)
    assert (info["frames"], info["fps"]) == (8, 4)
    assert abs(info["duration"] - 2) <= 1 / 4


def test_same_prompt_gives_the_same_video(tmp_path):
    one, two = tmp_path / "one.mp4", tmp_path / "two.mp4"
    for path in (one, two):
        render_mp4(path, prompt="same prompt", width=480, height=480, duration=2)
    assert np.array_equal(first_frame(one), first_frame(two))
    # x264 is deterministic by default, so the files themselves match byte for byte.
    assert one.read_bytes() == two.read_bytes()


def test_different_prompts_give_different_pictures(tmp_path):
    one, two = tmp_path / "one.mp4", tmp_path / "two.mp4"
    render_mp4(one, prompt="a red balloon", width=480, height=480, duration=1)
    render_mp4(two, prompt="a blue whale", width=480, height=480, duration=1)
    difference = np.abs(first_frame(one).astype(int) - first_frame(two).astype(int))
    assert difference.mean() > 5


def test_frames_change_over_time(tmp_path):
    path = tmp_path / "out.mp4"
    render_mp4(path, prompt="motion", width=480, height=480, duration=2)
    frames = all_frames(path)
    for before, after in zip(frames, frames[1:], strict=False):
        assert not np.array_equal(before, after)


def test_atomic_write_leaves_only_the_target(tmp_path):
    path = tmp_path / "video.mp4"
    path.write_bytes(b"old contents")
    render_mp4(path, prompt="replace me", width=480, height=480, duration=1)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["video.mp4"]
    assert probe(path)["codec"] == "h264"


def test_failed_render_leaves_no_temporary_file(tmp_path, monkeypatch):
    import minimax_sandbox.engine.video as video

    def broken(*args, **kwargs):
        raise RuntimeError("encoder exploded")

    monkeypatch.setattr(video, "_encode", broken)
    with pytest.raises(RuntimeError):
        render_mp4(tmp_path / "v.mp4", prompt="x", width=480, height=480, duration=1)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(("width", "height", "duration"), [(481, 480, 1), (480, 0, 1), (4, 4, 0)])
def test_bad_arguments_are_refused(tmp_path, width, height, duration):
    with pytest.raises(ValueError):
        render_mp4(tmp_path / "v.mp4", prompt="x", width=width, height=height, duration=duration)
    assert list(tmp_path.iterdir()) == []
