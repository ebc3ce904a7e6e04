#!/usr/bin/env python3
"""Draws the portal's icons (a white cross on the site's blue, rounded square) into src/HealthNews.Web/wwwroot:
favicon.svg, favicon-32.png, apple-touch-icon.png (180 px) and favicon.ico (16 and 32 px PNGs inside).
Plain Python (zlib, struct): run it again only to change the design."""
import struct, zlib, pathlib

BLUE = (0x0b, 0x4f, 0x8a)
WHITE = (0xff, 0xff, 0xff)
OUT = pathlib.Path(__file__).resolve().parent.parent / "src/HealthNews.Web/wwwroot"


def pixel(x, y, size):
    # 4x supersampling for smooth edges: coverage of the rounded square and of the cross.
    square = cross = 0
    r = size * 0.18
    for sx in range(4):
        for sy in range(4):
            px, py = x + (sx + 0.5) / 4, y + (sy + 0.5) / 4
            dx = max(r - px, px - (size - r), 0)
            dy = max(r - py, py - (size - r), 0)
            if dx * dx + dy * dy <= r * r:
                square += 1
                arm, half = size * 0.62, size * 0.11
                c = size / 2
                if (abs(px - c) <= half and abs(py - c) <= arm / 2) or (abs(py - c) <= half and abs(px - c) <= arm / 2):
                    cross += 1
    alpha = square / 16
    if square == 0:
        return (0, 0, 0, 0)
    t = cross / square
    rgb = tuple(round(b * (1 - t) + w * t) for b, w in zip(BLUE, WHITE))
    return rgb + (round(alpha * 255),)


def png(size):
    rows = b"".join(b"\0" + b"".join(bytes(pixel(x, y, size)) for x in range(size)) for y in range(size))
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


def ico(images):
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    entries, data = b"", b""
    for size, blob in images:
        entries += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(blob), offset + len(data))
        data += blob
    return header + entries + data


svg = f"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><rect width="100" height="100" rx="18" fill="#{BLUE[0]:02x}{BLUE[1]:02x}{BLUE[2]:02x}"/><path d="M39 19h22v20h20v22H61v20H39V61H19V39h20z" fill="#fff"/></svg>
"""
(OUT / "favicon.svg").write_text(svg)
(OUT / "favicon-32.png").write_bytes(png(32))
(OUT / "apple-touch-icon.png").write_bytes(png(180))
(OUT / "favicon.ico").write_bytes(ico([(16, png(16)), (32, png(32))]))
