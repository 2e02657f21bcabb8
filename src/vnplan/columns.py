"""Side-by-side columns: the recipients beside the signature, as ``pdftotext -layout`` sets them.

The foot of a plan has two columns: the recipients (*Nơi nhận*) on the left, the signature on the
right. Text converted with the page layout kept puts them side by side, a gutter of blanks between,
so each recipient shares its line with a line of the signature. :func:`set_apart` takes such a block
(from the *Nơi nhận* line, when a gutter follows the heading) and writes it as its left column, then
its right column, with the pieces that lead the new offsets back to the old ones (``(new, old)``: the new
offsets from ``new`` on follow the old ones from ``old``, one for one, up to the next piece).

>>> text = "Nơi nhận:" + " " * 25 + "TM. ỦY BAN\\n- Như trên;" + " " * 23 + "CHỦ TỊCH\\n"
>>> text += "- Lưu: VT.\\n\\n" + " " * 34 + "Lê Văn A\\n"
>>> new, pieces, end = set_apart(text, 0)
>>> print(new)
Nơi nhận:
- Như trên;
- Lưu: VT.
<BLANKLINE>
TM. ỦY BAN
CHỦ TỊCH
Lê Văn A
<BLANKLINE>
>>> pieces[:4]  # "- Như trên;" now starts at 10, as it did at 45
[(0, 0), (0, 0), (10, 45), (22, 88)]
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

# A gutter: three blanks or more, then the right column's text; after the heading, six or more, and
# the right column starts in the right half of a line (a cell of a table converted to text, "Nơi
# nhận:   Như trên;", is no column).
_GUTTER_RE = re.compile(r" {3,}+(?=\S)")
_HEADING_GUTTER_RE = re.compile(r" {6,}+(?=\S)")
_RIGHT_HALF = 30  # characters from the line's start, at least
_SLACK = 6  # columns: how far a line's right part may start from the heading line's


def _split(line: str, column: int) -> tuple[str, int] | None:
    """``line``'s left part and where its right part starts, or None when the line has no right part;
    where ``-1``: the line runs across the gutter (the block is over)."""
    start = len(line) - len(line.lstrip(" "))
    if start >= len(line):
        return None
    if start >= column - _SLACK:
        return "", start  # only a right part (a name set under its position)
    for gutter in _GUTTER_RE.finditer(line, start):
        if abs(gutter.end() - column) <= _SLACK:
            return line[: gutter.start()], gutter.end()
    if len(line.rstrip()) > column + _SLACK:
        return "", -1
    return None


def _split_joined(line: str, width: int) -> tuple[str, int] | None:
    """:func:`_split` for cells joined by a gutter of ``width`` blanks wherever the left cell ends (text
    copied from a web page's table): the first such gutter, or a line that opens with one."""
    start = len(line) - len(line.lstrip(" "))
    if start >= width and start < len(line):
        return "", start  # only a right part
    gutter = re.search(rf"(?<=\S) {{{width}}}(?=\S)", line)
    return None if gutter is None else (line[: gutter.start()], gutter.end())


def set_apart(
    text: str, heading: int, tabs: Sequence[int] = ()
) -> tuple[str, list[tuple[int, int]], int] | None:
    """``text`` with the block of recipients beside the signature that starts on the line holding
    offset ``heading`` (the recipients heading) set out column after column; the pieces that lead the
    new offsets back; and where the block ends in ``text``. None when the heading's line has no gutter
    or fewer than two lines of the block have both columns (the usual case).

    The gutter stands in the right half of the heading's line, and the right column starts where it
    ends, give or take :data:`_SLACK` (``pdftotext -layout``); or it is a run of as many blanks on each
    line, wherever the left cell ends (cells joined on a web page), the block ending with the last
    line that has a right part:

    >>> text = "Nơi nhận:      TM. BAN\\n- TW Hội (b/c);      CHỦ TỊCH\\n- Lưu: VP.      Trần Văn Hùng\\n"
    >>> print(set_apart(text, 0)[0])
    Nơi nhận:
    - TW Hội (b/c);
    - Lưu: VP.
    TM. BAN
    CHỦ TỊCH
    Trần Văn Hùng
    <BLANKLINE>
    """
    block_start = text.rfind("\n", 0, heading) + 1
    heading_end = text.find("\n", heading)
    gutter = _HEADING_GUTTER_RE.search(text, heading, len(text) if heading_end < 0 else heading_end)
    if gutter is None:
        return _set_apart_at_tabs(text, block_start, tabs) if tabs else None
    column = gutter.end() - block_start
    joined = column < _RIGHT_HALF  # no column at a place: cells joined by a gutter of one width
    width = gutter.end() - gutter.start()
    lefts: list[tuple[int, int]] = []  # (start, end) in text of each line's left part, in order
    rights: list[tuple[int, int]] = []
    pos = block_start
    both = 0
    last_right_end = pos  # joined cells: the end of the last line with a right part
    while pos < len(text):
        line_end = text.find("\n", pos)
        line_end = len(text) if line_end < 0 else line_end
        line = text[pos:line_end]
        split = _split_joined(line, width) if joined else _split(line, column)
        if split is not None and split[1] < 0:
            break  # a line across the gutter: the columns are over
        if split is None:
            lefts.append((pos, line_end))
        else:
            left, right_at = split
            if left.strip():
                lefts.append((pos, pos + len(left)))
                both += 1
            rights.append((pos + right_at, line_end))
            last_right_end = line_end + 1
        pos = line_end + 1
    if both < 2:
        return None  # one line with a gutter is no layout of two columns
    if joined:  # the lines after the last right part stay where they are
        lefts = [(a, b) for a, b in lefts if a < last_right_end]
        pos = last_right_end
    return _written_apart(text, block_start, min(pos, len(text)), lefts, rights)


def _set_apart_at_tabs(
    text: str, block_start: int, tabs: Sequence[int]
) -> tuple[str, list[tuple[int, int]], int] | None:
    """:func:`set_apart` for a block whose two cells a tab parts on each line (``tabs``: the offsets, in
    order, of the blanks that were tabs), as Word's "Save as text" writes a table: from the heading's
    line to the first line with no tab.

    >>> text = "Nơi nhận: TM. BAN\\n- Như trên; CHỦ TỊCH\\n- Lưu. \\nvà"
    >>> print(set_apart(text, 0, [9, 29, 45])[0])
    Nơi nhận:
    - Như trên;
    - Lưu.
    TM. BAN
    CHỦ TỊCH
    và
    """
    lefts: list[tuple[int, int]] = []
    rights: list[tuple[int, int]] = []
    pos, both = block_start, 0
    while pos < len(text):
        line_end = text.find("\n", pos)
        line_end = len(text) if line_end < 0 else line_end
        k = bisect.bisect_left(tabs, pos)
        if k == len(tabs) or tabs[k] >= line_end:
            break  # a line with no tab: the table is over
        tab = tabs[k]
        lefts.append((pos, tab))
        if text[tab + 1 : line_end].strip():
            rights.append((tab + 1, line_end))
            both += bool(text[pos:tab].strip())
        pos = line_end + 1
    if both < 2:
        return None
    return _written_apart(text, block_start, min(pos, len(text)), lefts, rights)


def _written_apart(
    text: str, block_start: int, block_end: int, lefts: list[tuple[int, int]], rights: list[tuple[int, int]]
) -> tuple[str, list[tuple[int, int]], int]:
    """``text`` with ``text[block_start:block_end]`` written as its left parts, then its right parts, a
    line each; the pieces that lead the new offsets back; and ``block_end``."""
    pieces = [(0, 0)]
    parts = [text[:block_start]]
    size = block_start
    for a, b in (*lefts, *rights):
        pieces.append((size, a))
        parts.append(text[a:b] + "\n")  # its line break leads back to the character after the part
        size += b - a + 1
    pieces.append((size, block_end))
    parts.append(text[block_end:])
    new = "".join(parts)
    pieces.append((len(new), len(text)))  # the end maps to the end
    return new, pieces, block_end
