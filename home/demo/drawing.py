"""Pillow drawings for the demo: simple diagrams in the site's palette, and one-page PDFs."""

import io
import math

from PIL import Image, ImageColor, ImageDraw, ImageFont

WIDTH, HEIGHT = 1600, 900
PAPER = "#f3f6f8"
ACCENT = "#b8480d"


def _tint(colour, amount):
    r, g, b = ImageColor.getrgb(colour)
    return tuple(int(c + (255 - c) * amount) for c in (r, g, b))


def _people(draw, cx, cy, radius, count, colour):
    for i in range(count):
        angle = 2 * math.pi * i / count
        x, y = cx + radius * math.cos(angle), cy + radius * math.sin(angle)
        draw.ellipse((x - 38, y - 38, x + 38, y + 38), fill=colour)


def _draw_people(draw, colour):
    draw.rounded_rectangle((560, 330, 1040, 570), radius=30, fill=_tint(colour, 0.6))
    _people(draw, 800, 450, 330, 10, colour)


def _draw_cascade(draw, colour):
    levels = [
        [800],
        [400, 800, 1200],
        [x for base in (400, 800, 1200) for x in (base - 130, base, base + 130)],
    ]
    ys = [170, 450, 730]
    for depth in (0, 1):
        for i, x in enumerate(levels[depth + 1]):
            parent = levels[depth][i // 3 if depth else 0]
            draw.line((parent, ys[depth], x, ys[depth + 1]), fill=_tint(colour, 0.4), width=10)
    for depth, xs in enumerate(levels):
        size = 70 - depth * 18
        for x in xs:
            fill = colour if depth < 2 else ACCENT
            draw.ellipse((x - size, ys[depth] - size, x + size, ys[depth] + size), fill=fill)


def _draw_bridge(draw, colour):
    for x0 in (180, 1060):
        _people(draw, x0 + 180, 450, 150, 6, colour if x0 < 800 else ACCENT)
    for offset in (-120, 0, 120):
        draw.arc((500, 300 + offset, 1100, 700 + offset), 200, 340, fill=_tint(colour, 0.3), width=14)


def _draw_speech(draw, colour):
    for i, (x, y) in enumerate(((220, 160), (760, 330), (300, 540))):
        fill = colour if i % 2 == 0 else ACCENT
        draw.rounded_rectangle((x, y, x + 560, y + 220), radius=50, fill=fill)
        draw.polygon(((x + 90, y + 220), (x + 170, y + 220), (x + 60, y + 300)), fill=fill)
        for line in range(3):
            draw.rounded_rectangle(
                (x + 60, y + 50 + line * 50, x + 500 - line * 80, y + 75 + line * 50),
                radius=12,
                fill=_tint(fill, 0.7),
            )


def _draw_timeline(draw, colour):
    draw.line((140, 450, 1460, 450), fill=colour, width=16)
    widths = [180, 260, 120, 300, 200]
    x = 160
    for i, w in enumerate(widths):
        top = 270 if i % 2 == 0 else 500
        draw.rounded_rectangle(
            (x, top, x + w, top + 130), radius=20, fill=ACCENT if i == 3 else _tint(colour, 0.35)
        )
        draw.ellipse((x + w / 2 - 22, 428, x + w / 2 + 22, 472), fill=colour)
        x += w + 60


def _draw_screens(draw, colour):
    for row in range(3):
        for col in range(4):
            x, y = 180 + col * 320, 130 + row * 230
            draw.rounded_rectangle((x, y, x + 280, y + 190), radius=16, fill=_tint(colour, 0.25 + 0.1 * row))
            draw.ellipse((x + 105, y + 45, x + 175, y + 115), fill=ACCENT if (row, col) == (1, 2) else PAPER)
            draw.pieslice((x + 80, y + 115, x + 200, y + 235), 180, 360, fill=PAPER)


def _draw_chart(draw, colour):
    draw.line((200, 780, 1420, 780), fill=colour, width=10)
    for i, height in enumerate((180, 300, 420, 560)):
        x = 300 + i * 280
        draw.rounded_rectangle(
            (x, 780 - height, x + 180, 780), radius=14, fill=ACCENT if i == 3 else _tint(colour, 0.2 * i)
        )


def _draw_route(draw, colour):
    points = [(180, 700), (460, 420), (800, 560), (1120, 260), (1420, 400)]
    draw.line(points, fill=_tint(colour, 0.3), width=22, joint="curve")
    for i, (x, y) in enumerate(points):
        size = 46 if i < len(points) - 1 else 62
        draw.ellipse(
            (x - size, y - size, x + size, y + size), fill=ACCENT if i == len(points) - 1 else colour
        )


def _draw_border(draw, colour):
    draw.polygon(((620, 900), (980, 900), (860, 250), (740, 250)), fill=_tint(colour, 0.5))
    draw.rectangle((300, 430, 760, 470), fill=ACCENT)
    draw.rectangle((260, 380, 320, 620), fill=colour)
    draw.rounded_rectangle((1000, 300, 1300, 620), radius=20, fill=colour)
    draw.rectangle((1050, 360, 1250, 460), fill=PAPER)


MOTIFS = {
    "people": _draw_people,
    "cascade": _draw_cascade,
    "bridge": _draw_bridge,
    "speech": _draw_speech,
    "timeline": _draw_timeline,
    "screens": _draw_screens,
    "chart": _draw_chart,
    "route": _draw_route,
    "border": _draw_border,
}


def draw_image(motif, colour):
    """A 1600×900 PNG of the named motif; returns its bytes."""
    image = Image.new("RGB", (WIDTH, HEIGHT), PAPER)
    MOTIFS[motif](ImageDraw.Draw(image), colour)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def draw_pdf(lines):
    """A one-page A4 PDF (150 dpi) with the given lines, the first as a title; returns its bytes."""
    page = Image.new("RGB", (1240, 1754), "white")
    draw = ImageDraw.Draw(page)
    title_font = ImageFont.load_default(size=46)
    body_font = ImageFont.load_default(size=30)
    y = 140
    for index, line in enumerate(lines):
        font = title_font if index == 0 else body_font
        for chunk in _wrap(line, 62 if index else 44):
            draw.text((120, y), chunk, fill="#1c2430", font=font)
            y += 64 if index == 0 else 46
        y += 10
    buffer = io.BytesIO()
    page.save(buffer, format="PDF", resolution=150)
    return buffer.getvalue()


def _wrap(text, width):
    words, lines, current = text.split(), [], ""
    for word in words:
        if current and len(current) + len(word) + 1 > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}".strip()
    return lines + [current] if current or not lines else lines
