"""The Windows ``.ico`` and macOS ``.icns`` the bundle recipes use hold every size, drawn.

The oracle is Qt's own ICO and ICNS readers (the image-format plugins), not the
code that packed the files.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from PySide6.QtGui import QImage, QImageReader

from tests.conftest import ROOT

ICO = ROOT / "packaging" / "windows" / "orgeditor.ico"
ICNS = ROOT / "packaging" / "macos" / "orgeditor.icns"


def _images(path: Path) -> list[QImage]:
    reader = QImageReader(str(path))
    assert reader.canRead(), (path, reader.errorString())
    images = []
    for index in range(reader.imageCount()):
        assert reader.jumpToImage(index)
        image = reader.read()
        assert not image.isNull(), (path, index, reader.errorString())
        images.append(image)
    return images


def _drawn_share(image: QImage) -> float:
    pixels = [
        image.pixelColor(x, y).alpha() for x in range(image.width()) for y in range(image.height())
    ]
    return sum(1 for alpha in pixels if alpha > 0) / len(pixels)


@pytest.mark.parametrize(
    ("path", "sizes"),
    [
        (ICO, [16, 24, 32, 48, 64, 128, 256]),
        (ICNS, [16, 32, 32, 64, 64, 128, 256, 256, 512, 512, 1024]),
    ],
)
def test_the_icon_file_holds_every_size_and_each_is_drawn(
    qapp: object, path: Path, sizes: list[int]
) -> None:
    images = _images(path)
    assert sorted((i.width(), i.height()) for i in images) == [(s, s) for s in sizes]
    for image in images:
        if image.width() <= 64:  # the large ones are the same drawing, and slow to walk
            assert _drawn_share(image) > 0.3, (path, image.width())


def test_the_committed_icon_files_match_the_svg(qapp: object, tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location(
        "make_icons", ROOT / "packaging" / "make_icons.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.main(tmp_path)
    assert (tmp_path / "windows" / "orgeditor.ico").read_bytes() == ICO.read_bytes()
    assert (tmp_path / "macos" / "orgeditor.icns").read_bytes() == ICNS.read_bytes()
