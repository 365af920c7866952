"""Short video clips and WebVTT captions for the demo, made locally: frames drawn with Pillow,
encoded with the ffmpeg that the imageio-ffmpeg package bundles (nothing is downloaded).

A clip is a few seconds of a slide (the video's title over a motif of the demo's palette) with a
growing progress bar: 640×360, 8 frames a second, H.264 in MP4 — a few tens of kilobytes."""

import hashlib
import html
import io
import os
import re
import tempfile

import imageio_ffmpeg
from PIL import Image, ImageDraw, ImageFont

from .drawing import draw_image

WIDTH, HEIGHT = 640, 360
FPS = 8
SECONDS = 6
MOTIFS = ["people", "cascade", "bridge", "speech", "timeline", "route", "chart", "border", "screens"]
COLOURS = ["#0b4f6c", "#1d6b3a", "#6a3d9a", "#0f6e7a", "#b8480d", "#2b5d9b", "#7a4b0f", "#5b6b1f"]


def _font(size):
    for path in ("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",):
        if os.path.exists(path):
            return ImageFont.truetype(path, size)
    return ImageFont.load_default(size)


def _style(key):
    digest = int(hashlib.sha256(key.encode()).hexdigest(), 16)
    return MOTIFS[digest % len(MOTIFS)], COLOURS[digest // 7 % len(COLOURS)]


def poster_png(key, title):
    """The clip's first frame as a PNG (the block's poster image)."""
    buffer = io.BytesIO()
    _frame(key, title, 0).save(buffer, format="PNG")
    return buffer.getvalue()


def _background(key):
    motif, colour = _style(key)
    with Image.open(io.BytesIO(draw_image(motif, colour))) as image:
        return image.convert("RGB").resize((WIDTH, HEIGHT))


def _frame(key, title, number, background=None):
    image = (background or _background(key)).copy()
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, WIDTH, 84), fill="#ffffff")  # the title on top; captions show below
    font = _font(22)
    words, lines = title.split(), [""]
    for word in words:
        trial = f"{lines[-1]} {word}".strip()
        if draw.textlength(trial, font=font) > WIDTH - 40 and lines[-1]:
            lines.append(word)
        else:
            lines[-1] = trial
    for i, line in enumerate(lines[:2]):
        draw.text((20, 14 + i * 28), line, fill="#1a1a1a", font=font)
    share = number / (FPS * SECONDS - 1)
    draw.rectangle((0, HEIGHT - 8, int(WIDTH * share), HEIGHT), fill="#b8480d")
    return image


def make_clip(key, title):
    """The MP4 bytes of the clip for `key` (the same key always gives the same picture)."""
    background = _background(key)
    with tempfile.TemporaryDirectory(prefix="relais-clip-") as folder:
        path = os.path.join(folder, "clip.mp4")
        writer = imageio_ffmpeg.write_frames(
            path,
            (WIDTH, HEIGHT),
            fps=FPS,
            codec="libx264",
            pix_fmt_out="yuv420p",
            quality=None,
            bitrate=None,
            output_params=["-crf", "30", "-preset", "veryfast", "-movflags", "+faststart", "-an"],
            macro_block_size=8,
        )
        writer.send(None)
        for number in range(FPS * SECONDS):
            writer.send(_frame(key, title, number, background).tobytes())
        writer.close()
        with open(path, "rb") as clip:
            return clip.read()


def _timestamp(seconds):
    return f"00:00:{seconds:02d}.000"


def _sentences(transcript_html):
    text = html.unescape(re.sub(r"<[^>]+>", " ", transcript_html))
    text = re.sub(r"\s+", " ", text).strip()
    return [s.strip() for s in re.split(r"(?<=[.!?…])\s+", text) if s.strip()]


def captions_vtt(title, transcript_html):
    """WebVTT captions for a clip, in the language of `title` and `transcript_html`: the title,
    then the transcript's opening sentences, over the clip's seconds."""
    cues = [title, *_sentences(transcript_html)[:2]]
    step = SECONDS // len(cues)
    lines = ["WEBVTT", ""]
    for number, text in enumerate(cues):
        end = SECONDS if number == len(cues) - 1 else (number + 1) * step
        cue = html.escape(text, quote=False)
        lines += [str(number + 1), f"{_timestamp(number * step)} --> {_timestamp(end)}", cue, ""]
    return "\n".join(lines).encode()
