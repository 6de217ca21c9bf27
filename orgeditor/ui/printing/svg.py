"""The chart as an SVG drawing that says what it shows.

Qt's SVG generator writes a scene as anonymous groups of shapes: a web page
that embeds the chart, or a test, cannot tell which shape is which unit. So
the drawing is put together here, in the scene's own coordinates (points at
100%):

- ``<g data-zone="ID">``: a zone's background and title;
- ``<path data-kind="primary" data-from="PARENT" data-to="CHILD">``: a
  primary reporting line, one per parent and child;
- ``<g data-unit="ID">``: a card, holding its box as ``<rect class="card">``,
  a ``<title>`` with the unit's name and the card's painting;
- ``<path data-kind="dual|dotted" data-from="ID" data-to="ID" data-line="ID">``:
  a dual or dotted line, then its caption.

Zones, cards and captions are painted by the scene's items, one at a time,
through Qt's SVG generator (the same painting as the screen and paper; text
stays text). Lines are written from the layout the scene shows, with the
scene's pens. Characters that XML cannot carry become U+FFFD (``xml_text``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QStyleOptionGraphicsItem

from orgeditor.layout import ChartLayout, Point
from orgeditor.model.text import xml_text
from orgeditor.ui.canvas.items import UnitItem, ZoneItem
from orgeditor.ui.canvas.scene import OrgChartScene, connector_pen, route_pen

SVG_NS = "http://www.w3.org/2000/svg"
MARGIN = 20.0  # points around the chart, as in the PNG
_EMPTY_DEFS = re.compile(r"<defs>\s*</defs>")
# Qt names its own family ("Sans Serif", which no browser knows); a viewer gets the fonts the
# PDF embeds, by name, then CSS's generic sans-serif, so Chinese and Arabic never fall to serif
_FAMILY = re.compile(r'font-family="([^"]*)"')
FALLBACK_FAMILIES = "'DejaVu Sans', 'Noto Sans CJK SC', sans-serif"
_CAPS = {Qt.PenCapStyle.FlatCap: "butt", Qt.PenCapStyle.RoundCap: "round"}
_JOINS = {Qt.PenJoinStyle.MiterJoin: "miter", Qt.PenJoinStyle.RoundJoin: "round"}


def write_svg(
    scene: OrgChartScene,
    layout: ChartLayout,
    line_kinds: dict[str, str],
    path: Path,
    title: str,
) -> None:
    """Write the chart ``scene`` shows (laid out as ``layout``) to ``path`` as SVG.

    ``line_kinds`` maps a dual or dotted line's id to its kind ("dual", "dotted").

    Raises:
        OSError: the file cannot be written.
    """
    b = layout.bounds.grown(MARGIN)
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        _tag(
            "svg",
            xmlns=SVG_NS,
            version="1.1",
            width=f"{_num(b.w)}pt",
            height=f"{_num(b.h)}pt",
            viewBox=f"{_num(b.x)} {_num(b.y)} {_num(b.w)} {_num(b.h)}",
        ),
        f"<title>{_text(title)}</title>",
        "<desc>Written by orgeditor</desc>",
    ]
    items = [
        i for i in scene.items(Qt.SortOrder.AscendingOrder) if i.isVisible() and not i.parentItem()
    ]
    out.append(_tag("g", **{"class": "zones"}))
    for item in items:
        if isinstance(item, ZoneItem):
            out += [_tag("g", **{"data-zone": item.unit_id}), _painted(item), "</g>"]
    out.append("</g>")
    palette = scene.palette()
    out.append(_stroked("primary-lines", connector_pen(palette)))
    for c in layout.connectors:
        out.append(_line("primary", c.parent, c.child, _polyline(c.points)))
    out += ["</g>", _tag("g", **{"class": "cards"})]
    for item in items:
        if isinstance(item, UnitItem):
            out += [_tag("g", **{"data-unit": item.unit_id}), _card(item), _painted(item), "</g>"]
    out.append("</g>")
    for kind in ("dual", "dotted"):
        out.append(_stroked(f"{kind}-lines", route_pen(palette, kind)))
        for route in layout.routes:
            if line_kinds.get(route.line, "dual") == kind:
                d = _polyline(route.points)
                out.append(_line(kind, route.source, route.target, d, route.line))
        out.append("</g>")
    out.append(_tag("g", **{"class": "captions"}))
    for item in items:  # captions, and whatever else the scene may show one day
        if not isinstance(item, (UnitItem, ZoneItem, QGraphicsPathItem)):
            out.append(_painted(item))
    out += ["</g>", "</svg>", ""]
    path.write_text("\n".join(out), encoding="utf-8")


def _tag(name: str, end: str = ">", **attributes: str) -> str:
    """An opening tag (or with ``end="/>"`` an empty element) with its attributes escaped."""
    written = "".join(f" {key}={quoteattr(xml_text(value))}" for key, value in attributes.items())
    return f"<{name}{written}{end}"


def _text(text: str) -> str:
    return escape(xml_text(text))


def _card(item: UnitItem) -> str:
    """The card's name (a tooltip in a browser) and its box, for scripts and style sheets."""
    box = item.box
    rect = _tag(
        "rect",
        "/>",
        **{
            "class": "card",
            "x": _num(box.x),
            "y": _num(box.y),
            "width": _num(box.w),
            "height": _num(box.h),
            "fill": "none",
            "stroke": "none",
        },
    )
    return f"<title>{_text(item.text.name)}</title>{rect}"


def _painted(item: QGraphicsItem) -> str:
    """What ``item`` paints, through Qt's SVG generator, in scene coordinates.

    Each item gets a generator of its own, so that its shapes can be wrapped in a
    group that names it; the document's head (title, description, empty
    definitions) is left out.
    """
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    painter = QPainter(generator)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.setTransform(item.sceneTransform())
    item.paint(painter, QStyleOptionGraphicsItem(), None)
    painter.end()
    document = bytes(buffer.data().data()).decode("utf-8")
    body = document[document.index("</desc>") + len("</desc>") : document.rindex("</svg>")]
    body = _FAMILY.sub(lambda m: f'font-family="{m.group(1)}, {FALLBACK_FAMILIES}"', body)
    return xml_text(_EMPTY_DEFS.sub("", body).strip())


def _stroked(name: str, pen: QPen) -> str:
    """The opening tag of a group of lines drawn with ``pen``."""
    colour = pen.color()
    attributes = {
        "class": name,
        "fill": "none",
        "stroke": colour.name(),
        "stroke-width": _num(pen.widthF()),
        "stroke-linecap": _CAPS.get(pen.capStyle(), "square"),
        "stroke-linejoin": _JOINS.get(pen.joinStyle(), "bevel"),
    }
    if colour.alphaF() < 1:
        attributes["stroke-opacity"] = _num(colour.alphaF())
    if pen.style() != Qt.PenStyle.SolidLine:
        dashes = " ".join(_num(d * pen.widthF()) for d in pen.dashPattern())
        attributes["stroke-dasharray"] = dashes
    return _tag("g", **attributes)


def _line(kind: str, source: str, target: str, d: str, line: str | None = None) -> str:
    attributes = {"data-kind": kind, "data-from": source, "data-to": target}
    if line is not None:
        attributes["data-line"] = line
    return _tag("path", "/>", **attributes, d=d)


def _polyline(points: Iterable[Point]) -> str:
    first, *rest = points
    return " ".join([f"M {_point(first)}", *(f"L {_point(p)}" for p in rest)])


def _point(point: Point) -> str:
    return f"{_num(point[0])},{_num(point[1])}"


def _num(value: float) -> str:
    """A coordinate to the thousandth of a point, without trailing zeros."""
    text = f"{value:.3f}".rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text
