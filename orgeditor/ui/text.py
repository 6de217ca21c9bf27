"""Showing text from a file as typed: never let Qt guess it is rich text."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel


def plain_tooltip(text: str) -> str:
    """A tooltip string that shows ``text`` literally, even ``<b>tags</b>``.

    Qt renders a tooltip as rich text when it looks like HTML; escaping it and
    wrapping it in ``<qt>`` makes Qt render the escaped text as typed.
    """
    return "<qt>" + html.escape(text).replace("\n", "<br>") + "</qt>"


def plain_label(text: str = "", *, wrap: bool = False) -> QLabel:
    """A label that never interprets its text as HTML."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setText(text)
    return label
