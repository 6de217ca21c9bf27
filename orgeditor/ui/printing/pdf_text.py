"""Make the text of a PDF that Qt wrote searchable as the characters that were drawn.

Qt's PDF engine writes each font's ``/ToUnicode`` map by walking the font's character map
from U+0000 upwards and keeping, for each glyph, the first character that maps to it
(``QFontSubset::getReverseMap``). Noto Sans CJK (and most CJK fonts) draw a Kangxi radical
(U+2F00-U+2FD5) or a CJK Radicals Supplement character (U+2E80-U+2EF3) with the same glyph
as the ideograph it equals, and those code points come first: ``pdftotext`` then reads 长
as ⻓ (U+2ED3) and 一 as ⼀ (U+2F00), and a search for the Chinese name fails. Ligature
glyphs read as one character (ﬃ U+FB03) for the same reason, so "office" is not found, and
the initial, medial and final forms of Arabic letters, which the font reaches only from the
presentation-form code points, read as those (U+FE70-U+FEFF), not as the letters typed.

:func:`make_searchable` rewrites those maps after Qt has written the file: a radical maps
to its ideograph (the Kangxi radicals by their Unicode compatibility decomposition, the
supplement's by the installed CJK fonts, which give it the ideograph's glyph), a Latin
ligature to its letters and an Arabic presentation form to its letter (NFKC). The glyphs,
and so the look of the page, do not change. (A text that really contains a radical reads
back as its ideograph: they look the same.)
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QRawFont

KANGXI = range(0x2F00, 0x2FE0)
SUPPLEMENT = range(0x2E80, 0x2F00)
LIGATURES = range(0xFB00, 0xFB07)
ARABIC_FORMS = (range(0xFB50, 0xFE00), range(0xFE70, 0xFF00))  # presentation forms A and B
IDEOGRAPHS = "".join(chr(c) for r in (range(0x4E00, 0xA000), range(0x3400, 0x4DC0)) for c in r)

_TO_UNICODE = re.compile(rb"/ToUnicode (\d+) 0 R")
_STREAM = re.compile(rb"(\d+) 0 obj\s*<<\s*/Length (\d+)\s*>>\s*stream\r?\n")
_HEX = re.compile(rb"<([0-9A-Fa-f]+)>")
_RANGE = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(\[[^\]]*\]|<[0-9A-Fa-f]+>)")
_CHAR = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")
_BLOCK = re.compile(rb"\d+ begin(bfrange|bfchar)(.*?)end\1", re.S)


@cache
def radical_ideographs() -> dict[str, str]:
    """Each CJK Radicals Supplement character that an installed CJK font draws with an
    ideograph's glyph -> that ideograph (the first font that has one decides)."""
    found: dict[str, str] = {}
    radicals = "".join(chr(c) for c in SUPPLEMENT)
    for family in QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese):
        font = QRawFont.fromFont(QFont(family))
        if not font.isValid():
            continue
        glyphs = font.glyphIndexesForString(radicals)
        if not any(glyphs):
            continue
        first: dict[int, str] = {}
        for char, glyph in zip(IDEOGRAPHS, font.glyphIndexesForString(IDEOGRAPHS), strict=True):
            if glyph:
                first.setdefault(glyph, char)
        for radical, glyph in zip(radicals, glyphs, strict=True):
            if glyph and glyph in first:
                found.setdefault(radical, first[glyph])
    return found


def searchable(text: str) -> str:
    """``text`` with radicals read as their ideographs, ligatures as their letters and
    Arabic contextual forms as the letters of the text (what the shaper drew them for)."""
    out = []
    for char in text:
        code = ord(char)
        if code in KANGXI or code in LIGATURES or any(code in r for r in ARABIC_FORMS):
            letters = unicodedata.normalize("NFKC", char)
            if all(unicodedata.bidirectional(c) in ("AL", "R") for c in letters):
                # the glyphs of a right-to-left run are in the file in visual order, and
                # readers (pdftotext, viewers) reorder what a glyph stands for with them:
                # a lam-alef ligature stands for alef, lam in visual order
                letters = letters[::-1]
            out.append(letters)
        elif code in SUPPLEMENT:
            out.append(radical_ideographs().get(char, char))
        else:
            out.append(char)
    return "".join(out)


def _text(hex_digits: bytes) -> str:
    return bytes.fromhex(hex_digits.decode("ascii")).decode("utf-16-be", "surrogatepass")


def _hex(text: str) -> bytes:
    return b"<" + text.encode("utf-16-be", "surrogatepass").hex().upper().encode("ascii") + b">"


def cmap_mappings(cmap: bytes) -> dict[int, str]:
    """The code -> text pairs of a ToUnicode CMap (its bfchar and bfrange entries)."""
    found: dict[int, str] = {}
    for kind, body in _BLOCK.findall(cmap):
        if kind == b"bfchar":
            for code, text in _CHAR.findall(body):
                found[int(code, 16)] = _text(text)
            continue
        for low, high, target in _RANGE.findall(body):
            start, end = int(low, 16), int(high, 16)
            if target.startswith(b"["):
                for offset, text in enumerate(_HEX.findall(target)):
                    found[start + offset] = _text(text)
            else:  # consecutive: the last UTF-16 unit counts up
                first = _text(target[1:-1])
                for offset in range(end - start + 1):
                    found[start + offset] = first[:-1] + chr(ord(first[-1]) + offset)
    return found


def cmap_text(mappings: dict[int, str]) -> bytes:
    """A ToUnicode CMap (two-byte codes) of ``mappings``, as bfchar blocks of 100."""
    codes = sorted(mappings)
    blocks = []
    for at in range(0, len(codes), 100):
        part = codes[at : at + 100]
        lines = b"\n".join(b"<%04X> " % code + _hex(mappings[code]) for code in part)
        blocks.append(b"%d beginbfchar\n" % len(part) + lines + b"\nendbfchar")
    return (
        b"/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        b"/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
        b"1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
        + b"\n".join(blocks)
        + b"\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"
    )


def make_searchable(path: Path) -> int:
    """Rewrite the ToUnicode maps of the PDF at ``path`` (as Qt writes it: one cross-reference
    table, uncompressed ToUnicode streams) so its text reads as drawn; returns how many
    codes changed. A file of another shape is left as it is (0).

    Raises:
        OSError: the file cannot be read or written.
    """
    data = path.read_bytes()
    wanted = {int(n) for n in _TO_UNICODE.findall(data)}
    edits: list[tuple[int, int, bytes]] = []  # (start, end, replacement) in ``data``
    changed = 0
    for match in _STREAM.finditer(data):
        if int(match.group(1)) not in wanted:
            continue
        length = int(match.group(2))
        body = data[match.end() : match.end() + length]
        mappings = cmap_mappings(body)
        fixed = {code: searchable(text) for code, text in mappings.items()}
        differ = sum(fixed[code] != mappings[code] for code in mappings)
        if not differ:
            continue
        changed += differ
        new_body = cmap_text(fixed)
        header = match.group(0).replace(b"/Length %d" % length, b"/Length %d" % len(new_body))
        edits.append((match.start(), match.end() + length, header + new_body))
    if not edits:
        return 0
    rebuilt = _with_edits(data, edits)
    if rebuilt is None:
        return 0
    temporary = path.with_name(path.name + ".searchable")
    temporary.write_bytes(rebuilt)
    temporary.replace(path)
    return changed


_XREF = re.compile(rb"xref\r?\n0 (\d+)\r?\n")
_STARTXREF = re.compile(rb"startxref\r?\n(\d+)\s*\r?\n%%EOF\s*$")


def _with_edits(data: bytes, edits: list[tuple[int, int, bytes]]) -> bytes | None:
    """``data`` with the edits made and its cross-reference table moved to match, or None
    when the file has not the one-table shape this expects."""
    tail = _STARTXREF.search(data)
    if tail is None or len(_XREF.findall(data)) != 1:
        return None
    table_at = int(tail.group(1))
    table = _XREF.match(data, table_at)
    if table is None:
        return None
    count = int(table.group(1))
    entries_at = table.end()
    entry = 20  # "nnnnnnnnnn ggggg n\r\n" or "... n \n"
    entries = data[entries_at : entries_at + count * entry]

    def moved(offset: int) -> int:
        return offset + sum(len(new) - (end - start) for start, end, new in edits if end <= offset)

    fixed = bytearray()
    for index in range(count):
        row = entries[index * entry : (index + 1) * entry]
        if row[17:18] == b"n":
            row = b"%010d" % moved(int(row[:10])) + row[10:]
        fixed += row
    out = bytearray()
    last = 0
    for start, end, new in sorted(edits):
        out += data[last:start] + new
        last = end
    out += data[last:table_at]
    out += data[table_at:entries_at] + fixed
    after = data[entries_at + count * entry : tail.start()]
    out += after + b"startxref\n%d\n%%%%EOF\n" % moved(table_at)
    return bytes(out)
