"""The app icon as a Windows ``.ico`` and a macOS ``.icns``, for the bundle recipes.

Both formats hold PNG images as they are (Windows Vista and macOS 10.7 read
them), so the icon is rendered once per size from the one SVG
(:func:`orgeditor.ui.desktop.icon_png`) and packed; ``packaging/make_icons.py``
writes the files the PyInstaller spec uses.
"""

from __future__ import annotations

import struct
from collections.abc import Callable

ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# the icns type of each PNG entry and its pixel size (the @2x types are the retina ones)
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic13", 256),
    (b"ic14", 512),
)
Render = Callable[[int], bytes]


def ico(render: Render, sizes: tuple[int, ...] = ICO_SIZES) -> bytes:
    """An ``.ico`` with one PNG entry per size (``render(size)`` gives the PNG)."""
    images = [render(size) for size in sizes]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    directory = b""
    for size, png in zip(sizes, images, strict=True):
        side = 0 if size >= 256 else size  # 0 means 256 in the directory
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        offset += len(png)
    return header + directory + b"".join(images)


def icns(render: Render, types: tuple[tuple[bytes, int], ...] = ICNS_TYPES) -> bytes:
    """An ``.icns`` with one PNG entry per type; each size is rendered once."""
    rendered: dict[int, bytes] = {}
    body = b""
    for kind, size in types:
        png = rendered.setdefault(size, render(size))
        body += kind + struct.pack(">I", 8 + len(png)) + png
    return b"icns" + struct.pack(">I", 8 + len(body)) + body
