"""Side-by-side columns: the recipients beside the signature, as ``pdftotext -layout`` sets them, and
the tables ``pandoc -t plain`` writes or ``pdftotext -layout`` aligns (:func:`tables_apart`).

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
import functools
import itertools
import re
from collections.abc import Iterator, Sequence

from vnplan.lexicon import load

# A gutter: three blanks or more, then the right column's text; after the heading, six or more, and
# the right column starts in the right half of a line (a cell of a table converted to text, "Nơi
# nhận:   Như trên;", is no column).
_GUTTER_RE = re.compile(r" {3,}+(?=\S)")
_HEADING_GUTTER_RE = re.compile(r" {6,}+(?=\S)")
_RIGHT_HALF = 30  # characters from the line's start, at least
_SLACK = 6  # columns: how far a line's right part may start from the heading line's


def _split(line: str, column: int, *, centred: float | None = None) -> tuple[str, int] | None:
    """``line``'s left part and where its right part starts, or None when the line has no right part;
    where ``-1``: the line runs across the gutter (the block is over). A right column ``centred`` on a
    column (a signature's lines, each centred under the first) starts anywhere from ``column`` on, or
    before it when the part is centred there too (a position longer than the mark above it)."""
    start = len(line) - len(line.lstrip(" "))
    if start >= len(line):
        return None
    if start >= column - _SLACK:
        return "", start  # only a right part (a name set under its position)
    for gutter in _GUTTER_RE.finditer(line, start):
        if abs(gutter.end() - column) <= _SLACK or (
            centred is not None
            and (
                gutter.end() > column
                or (gutter.end() >= _RIGHT_HALF and abs(_centre(line, gutter.end()) - centred) <= _SLACK)
            )
        ):
            return line[: gutter.start()], gutter.end()
    if len(line.rstrip()) > column + _SLACK:
        return "", -1
    return None


def _centre(line: str, start: int) -> float:
    """The column at the middle of ``line``'s part that starts at ``start``."""
    return (start + len(line.rstrip())) / 2


def _split_joined(line: str, width: int) -> tuple[str, int] | None:
    """:func:`_split` for cells joined by a gutter of ``width`` blanks wherever the left cell ends (text
    copied from a web page's table): the first such gutter, or a line that opens with one."""
    start = len(line) - len(line.lstrip(" "))
    if start >= width and start < len(line):
        return "", start  # only a right part
    gutter = re.search(rf"(?<=\S) {{{width}}}(?=\S)", line)
    return None if gutter is None else (line[: gutter.start()], gutter.end())


def set_apart(
    text: str, heading: int, tabs: Sequence[int] = (), key: str | None = None, *, gutter_only: bool = False
) -> tuple[str, list[tuple[int, int]], int] | None:
    """``text`` with the block of recipients beside the signature that starts on the line holding
    offset ``heading`` (the recipients heading) set out column after column; the pieces that lead the
    new offsets back; and where the block ends in ``text``. None when the heading's line has no gutter
    or fewer than two lines of the block have both columns (the usual case). With ``gutter_only``, only
    a gutter of blanks after the heading's line is looked for (two signatures side by side, from the
    first one's mark: a joint plan's).

    The gutter stands in the right half of the heading's line, and the right column starts where it
    ends, give or take :data:`_SLACK` (``pdftotext -layout``); or it is a run of as many blanks on each
    line, wherever the left cell ends (cells joined on a web page), the block ending with the last
    line that has a right part; or a tab (:func:`_set_apart_at_tabs`); or one blank before the
    signature's marks, positions and name (:func:`_set_apart_at_marks`, which reads ``key``: ``text``
    with one tone-mark style):

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
    heading_end = len(text) if heading_end < 0 else heading_end
    gutter = _HEADING_GUTTER_RE.search(text, heading, heading_end)
    if gutter is None:
        if gutter_only:
            return None
        at_tabs = _set_apart_at_tabs(text, block_start, tabs) if tabs else None
        return at_tabs or _set_apart_at_marks(text, text if key is None else key, block_start, tabs)
    column = gutter.end() - block_start
    joined = column < _RIGHT_HALF  # no column at a place: cells joined by a gutter of one width
    if not joined and block_start > 1:  # the signature's mark on the line above, alone on the right
        above = text.rfind("\n", 0, block_start - 1) + 1
        line = text[above : block_start - 1]
        split = _split(line, column)
        if split is not None and not split[0] and line.split(None, 1)[0].upper() in _signature_openers()[0]:
            block_start = above
    # a signature's lines stand centred under its mark ("TM. BAN THƯỜNG VỤ" / "CHỦ TỊCH"), as a joint
    # plan's signatures do
    right = (text if key is None else key)[gutter.end() : heading_end].split(None, 1)  # (the key: "T/M" that
    # OCR wrote "T M")
    centred = (
        _centre(text[block_start:heading_end], column)
        if gutter_only or (bool(right) and right[0].upper() in _signature_openers()[0])
        else None
    )
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
        split = _split_joined(line, width) if joined else _split(line, column, centred=centred)
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
    # one line with a gutter is no layout of two columns, unless its right part, in the right half, is a
    # signature's mark or position ("Nơi nhận:" ... "HIỆU TRƯỞNG", the name alone under the list)
    signs = (
        not joined
        and _signature_part(text if key is None else key, gutter.end(), heading_end, heading=True)
        == gutter.end()
    )
    if both < (1 if signs else 2):
        return None
    if joined:  # the lines after the last right part stay where they are
        lefts = [(a, b) for a, b in lefts if a < last_right_end]
        pos = last_right_end
    return _parts_apart(text, block_start, min(pos, len(text)), [*lefts, *rights])


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

    A bulleted line with no tab goes on with the list: its row's right cell is empty; so does a line after
    an entry that ends with a comma, its rest.
    """
    lefts: list[tuple[int, int]] = []
    rights: list[tuple[int, int]] = []
    pos, both = block_start, 0
    while pos < len(text):
        line_end = text.find("\n", pos)
        line_end = len(text) if line_end < 0 else line_end
        k = bisect.bisect_left(tabs, pos)
        if k == len(tabs) or tabs[k] >= line_end:
            opening = text[pos:line_end].lstrip()[:1]
            # a recipient whose row has no right cell (no tab after it), or the rest of one that ran on
            # after a comma ("- UBND các xã Phan Sơn, Phan Lâm," / "Phan Tiến, Bình An;")
            if lefts and opening and (opening in _BULLETS or text[slice(*lefts[-1])].rstrip().endswith(",")):
                lefts.append((pos, line_end))
                pos = line_end + 1
                continue
            break  # a line with no tab: the table is over
        tab = tabs[k]
        lefts.append((pos, tab))
        if text[tab + 1 : line_end].strip():
            rights.append((tab + 1, line_end))
            both += bool(text[pos:tab].strip())
        pos = line_end + 1
    if both < 2:
        return None
    return _parts_apart(text, block_start, min(pos, len(text)), [*lefts, *rights])


# A foot that a PDF reader wrote row by row (pypdf's extract_text, OCR) joins each recipient and the
# signature's line beside it with one blank: "Nơi nhận: KT. TRƯỞNG BAN", "- Như trên; PHÓ TRƯỞNG BAN".
_BULLETS = "-+•*–"
_NAME_BEFORE = ";,.)"  # what ends the recipient before a signer's name joined to its line
_FOOT_LINES = 60  # lines of a list of recipients, at most
_SIGNATURE_WORDS = 16  # words of a signature's line, at most
_WORD_RE = re.compile(r"\S++")


@functools.cache
def _signature_openers() -> tuple[frozenset[str], tuple[tuple[str, ...], ...], frozenset[str]]:
    """The signature's marks ("KT."); its positions' words ("PHÓ", "TRƯỞNG", "BAN"), longest first; and
    the surnames that open a signer's name: in the key's tone-mark style, in capitals."""
    lexicon = load("signature")
    titles = sorted((tuple(t.upper().split()) for t in lexicon["positions"]["titles"]), key=len, reverse=True)
    return (
        frozenset(lexicon["marks"]),
        tuple(titles),
        frozenset(s.upper() for s in lexicon["names"]["surnames"]),
    )


def _signature_part(key: str, start: int, end: int, *, heading: bool = False) -> int | None:
    """Where the signature's part of the line ``key[start:end]`` starts: its last words in capitals from
    a mark or a position on ("- Như trên; PHÓ TRƯỞNG BAN"); or, on a line of the list (not the
    ``heading``'s), a signer's name after a recipient's end ("- Lưu: VT. Trần Thị Kim Liên") or alone on
    its line; None when it has none."""
    # A signature's part is a few words (_SIGNATURE_WORDS at most): only the line's last ones are read, or
    # the heading's first after its colon (a line run on for pages stays cheap to read).
    reach = _SIGNATURE_WORDS * 12  # characters
    if heading and end - start > reach:
        return None  # the heading's line goes on too long to hold only a signature's line
    window = (start, end) if heading else (max(start, end - reach), end)
    words = [(m.start(), m.group()) for m in _WORD_RE.finditer(key, *window)]
    if not heading and window[0] > start and words:
        words = words[1:] if not key[window[0] - 1].isspace() else words  # (a word cut by the window)
    marks, titles, surnames = _signature_openers()
    opening = 2 if not heading and window[0] == start else 0  # a bullet and a word of the recipient
    caps = len(words)
    while caps > max(opening, len(words) - _SIGNATURE_WORDS) and words[caps - 1][1].isupper():
        caps -= 1
    for i in range(caps, len(words)):
        upper = tuple(w for _, w in words[i : i + len(titles[0])])
        if upper[0] in marks or any(upper[: len(t)] == t for t in titles):
            return words[i][0]
    if heading:
        return None
    # a name of two to five words, each capitalised, the first a surname
    for i in range(max(len(words) - 5, 0), len(words) - 1):
        after_a_recipient = i == 0 or words[i - 1][1][-1] in _NAME_BEFORE
        if (
            words[i][1].upper() in surnames
            and after_a_recipient
            and all(w.istitle() and w.isalpha() for _, w in words[i:])
        ):
            return words[i][0]
    return None


def _set_apart_at_marks(
    text: str, key: str, block_start: int, tabs: Sequence[int] = ()
) -> tuple[str, list[tuple[int, int]], int] | None:
    """:func:`set_apart` for a foot written row by row: the heading's line goes on with a mark or a
    position after the colon; each line's signature part (:func:`_signature_part`) is set after the
    list, which ends at a blank line or, when its lines open with a bullet, at a line with none. When
    the heading's line ends at its colon, only the signature parts after a tab (``tabs``: where the
    blanks that were tabs are) count: a Word table whose first rows have no right cell.

    >>> text = "Nơi nhận: KT. TRƯỞNG BAN\\n- Như trên; PHÓ TRƯỞNG BAN\\n"
    >>> text += "- Lưu VT. Trần Thị Kim Liên\\n\\nGhi chú"
    >>> print(set_apart(text, 0)[0])
    Nơi nhận:
    - Như trên;
    - Lưu VT.
    KT. TRƯỞNG BAN
    PHÓ TRƯỞNG BAN
    Trần Thị Kim Liên
    <BLANKLINE>
    Ghi chú
    """
    heading_end = text.find("\n", block_start)
    heading_end = len(text) if heading_end < 0 else heading_end
    colon = text.find(":", block_start, heading_end)
    if colon < 0:
        return None
    tabbed = not key[colon + 1 : heading_end].strip()  # the heading's line ends at its colon
    if tabbed and not tabs:  # ... and the text holds no tab: perhaps a line of each column in turn
        return _set_apart_in_turns(text, key, block_start, heading_end)
    first = None if tabbed else _signature_part(key, colon + 1, heading_end, heading=True)
    if not tabbed and (first is None or key[colon + 1 : first].strip()):
        return None  # the heading's line goes on with no mark or position
    lefts = [(block_start, colon + 1)]
    rights: list[Slice | list[Slice]] = [] if first is None else [(first, heading_end)]
    pos, both, bulleted = heading_end + 1, 0 if tabbed else 1, None
    for _ in range(_FOOT_LINES):
        if pos >= len(text):
            break
        line_end = text.find("\n", pos)
        line_end = len(text) if line_end < 0 else line_end
        line = text[pos:line_end].strip()
        if not line:
            break
        bulleted = line[0] in _BULLETS if bulleted is None else bulleted
        if bulleted and line[0] not in _BULLETS:
            if _RECIPIENT_END_RE.search(text, *lefts[-1]) or _signature_part(key, pos, line_end) is not None:
                break
            lefts.append((pos, line_end))  # the rest of an entry a narrow column wrapped ("- Ban Tuyên giáo
            pos = line_end + 1  # và Dân vận TW" / "(b/c),")
            continue
        right = _signature_part(key, pos, line_end) if not tabbed or _holds(tabs, pos, line_end) else None
        if tabbed and right is not None and not _holds(tabs, right - 1, right):
            right = None  # the heading's line ends at its colon: only a cell after a tab
        if right is None and not tabbed and (wrapped := _wrapped_signature_part(key, pos, line_end)):
            right, below_end = wrapped  # ("- Thường trực Tỉnh ủy (b/c), PHÓ" / "TRƯỞNG BAN")
            lefts.append((pos, pos + len(text[pos:right].rstrip())))
            both += 1
            rights.append([(right, line_end), (line_end + 1, below_end)])
            pos = below_end + 1
            continue
        if right is None:
            lefts.append((pos, line_end))
        else:
            left = text[pos:right].rstrip()
            if left.strip():
                lefts.append((pos, pos + len(left)))
                both += 1
            rights.append((right, line_end))
        pos = line_end + 1
    if both < (1 if tabbed else 2):
        return None
    return _parts_apart(text, block_start, min(pos, len(text)), [*lefts, *rights])


_RECIPIENT_END_RE = re.compile(r"[;,.:][ \t]*+$")  # a recipient's entry closed at its line's end


def _wrapped_signature_part(key: str, start: int, end: int) -> tuple[int, int] | None:
    """A signature's part that a narrow column wrapped: the last words in capitals of the line
    ``key[start:end]``, then all of the next line, in capitals with no bullet ("- Thường trực Tỉnh ủy
    (b/c), PHÓ" / "TRƯỞNG BAN"); where it starts on the line and where the next line ends.

    >>> key = "- Thường trực Tỉnh ủy (b/c), PHÓ\\nTRƯỞNG BAN\\n- Lưu VP."
    >>> _wrapped_signature_part(key, 0, key.find("\\n"))
    (29, 43)
    """
    below_end = key.find("\n", end + 1)
    below_end = len(key) if below_end < 0 else below_end
    below = key[end + 1 : below_end].split()
    if (
        not below
        or below[0][0] in _BULLETS
        or len(below) >= _SIGNATURE_WORDS
        or not all(map(str.isupper, below))
    ):
        return None
    joined = f"{key[start:end]} {' '.join(below)}"
    at = _signature_part(joined, 0, len(joined))
    return None if at is None or at >= end - start else (start + at, below_end)


def _set_apart_in_turns(
    text: str, key: str, block_start: int, heading_end: int
) -> tuple[str, list[tuple[int, int]], int] | None:
    """:func:`set_apart` for a foot whose columns ``pdftotext`` without ``-layout`` wrote a line of each in
    turn: the heading's line, the signature's mark on the next, then recipients (a bulleted line, or one
    that wraps the recipient above it) and the signature's positions as they come, to a blank line.

    >>> text = "Nơi nhận:\\nKT. TRƯỞNG BAN\\n- UBND tỉnh (b/c);\\nPHÓ TRƯỞNG BAN\\n- Thành viên Ban Chỉ huy"
    >>> text += "\\nhuyện;\\n- Lưu: VT.\\n\\nHoàng Văn Minh"
    >>> print(set_apart(text, 0)[0])
    Nơi nhận:
    - UBND tỉnh (b/c);
    - Thành viên Ban Chỉ huy
    huyện;
    - Lưu: VT.
    KT. TRƯỞNG BAN
    PHÓ TRƯỞNG BAN
    <BLANKLINE>
    Hoàng Văn Minh
    """
    lefts, rights = [(block_start, heading_end)], []
    pos, last_left, turns = heading_end + 1, False, 0
    for _ in range(_FOOT_LINES):
        if pos >= len(text):
            break
        line_end = text.find("\n", pos)
        line_end = len(text) if line_end < 0 else line_end
        start = pos + len(text[pos:line_end]) - len(text[pos:line_end].lstrip())
        if start == line_end:
            break
        if text[start] not in _BULLETS and _signature_part(key, start, line_end, heading=True) == start:
            rights.append((pos, line_end))
            last_left = False
        elif text[start] in _BULLETS or (last_left and rights and not _ends_the_list(text, lefts[-1])):
            # (a recipient, or its wrapped line; not a line after the list's last entry, "- Lưu: VT.":
            # the signer's name with no blank line before it)
            turns += not last_left and bool(rights)
            lefts.append((pos, line_end))
            last_left = True
        else:
            break
        if len(rights) == 0:
            return None  # the mark's line does not follow the heading's
        pos = line_end + 1
    if turns < 1 or len(lefts) < 2:
        return None
    return _parts_apart(text, block_start, min(pos, len(text)), [*lefts, *rights])


def _ends_the_list(text: str, line: Slice) -> bool:
    """Whether a recipient's ``line`` ends the list: its entry ends with a full stop ("- Lưu: VT, QLĐĐ.")."""
    return text[line[0] : line[1]].rstrip().endswith(".")


def _holds(offsets: Sequence[int], start: int, end: int) -> bool:
    """Whether one of the sorted ``offsets`` is in ``[start, end)``."""
    k = bisect.bisect_left(offsets, start)
    return k < len(offsets) and offsets[k] < end


# Tables that pandoc writes as plain text (``pandoc -t plain``): a grid table's borders ("+----+----+",
# "+====+====+") around rows whose cells pipes part, and a multiline or simple table's column rule
# ("----- --------- ------"), three columns or more, under its header. Their cells stand side by side
# on each line; :func:`tables_apart` writes each row cell after cell, a paragraph of a cell a line.
_GRID_BORDER_RE = re.compile(r"[ \t]*+\+(?:[-=:]++\+)++[ \t]*+")
_COLUMN_RULE_RE = re.compile(r"^[ \t]*+-{2,}+(?:[ \t]++-{2,}+){2,}+[ \t]*+$", re.MULTILINE)
_FULL_RULE_RE = re.compile(r"[ \t]*+-{8,}+[ \t]*+")
_DASH_RUN_RE = re.compile(r"-{2,}+")
_DASH_GAP_RE = re.compile(r"--[ \t]++--")  # what every column rule holds
_TABLE_LINES = 400  # lines of a pandoc table's body, at most
_HEADER_LINES = 5  # lines of a pandoc table's header, at most

Slice = tuple[int, int]
Cell = list[list[Slice]]  # a cell's paragraphs, each its lines' slices


def _lines(text: str, start: int) -> Iterator[Slice]:
    """The lines of ``text`` from ``start`` on, up to :data:`_TABLE_LINES` of them: (start, end)."""
    pos = start
    for _ in range(_TABLE_LINES):
        if pos > len(text):
            return
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        yield pos, end
        pos = end + 1


def _cells(text: str, rows: list[Slice], edges: list[tuple[int, int]]) -> list[Cell]:
    """The cells of one row whose lines are ``rows``, column ``k`` spanning ``edges[k]`` (offsets from
    each line's start, the end None-like when -1: the line's end): each cell's paragraphs, the lines of
    a paragraph set apart from the next by a blank one."""
    cells: list[Cell] = []
    for left, right in edges:
        paragraphs: Cell = [[]]
        for start, end in rows:
            a = min(start + left, end)
            b = end if right < 0 else min(start + right, end)
            piece = text[a:b]
            if not piece.strip():
                if paragraphs[-1]:
                    paragraphs.append([])
                continue
            a += len(piece) - len(piece.lstrip())
            b -= len(piece) - len(piece.rstrip())
            paragraphs[-1].append((a, b))
            if text[b - 1] == "\\" and text[b - 2] != "\\":  # a Markdown hard line break ("- Sở Y tế;\")
                paragraphs.append([])  # ends its line
        cells.append([p for p in paragraphs if p])
    return cells


def _grid_table(text: str, first: Slice, lines: Iterator[Slice]) -> tuple[int, list[Cell]] | None:
    """The grid table whose first border is ``first``, the ``lines`` after it: where it ends (its last
    border's end) and its cells, row after row; None when it is none."""
    border = text[first[0] : first[1]]
    plus = [i for i, char in enumerate(border) if char == "+"]
    edges = [(plus[k] + 1, plus[k + 1]) for k in range(len(plus) - 1)]
    cells: list[Cell] = []
    rows: list[Slice] = []
    last_border_end = first[1]
    for start, end in lines:
        line = text[start:end]
        if _GRID_BORDER_RE.fullmatch(line):
            if rows:
                cells.extend(_cells(text, rows, edges))
                rows = []
            last_border_end = end
            continue
        if not line.lstrip(" \t").startswith("|"):
            break
        rows.append((start, end))
    return (last_border_end, cells) if cells else None  # rows with no border under them are no grid's


def _closing_rule(text: str, below: Iterator[Slice]) -> tuple[list[Slice], int | None]:
    """The lines ``below`` a column rule read up to the full rule that closes a multiline table, or to
    two blank lines in a row or another column rule (a simple table, or none); and which of them is
    the closing rule (None: none)."""
    seen: list[Slice] = []
    blank = False
    for a, b in below:
        seen.append((a, b))
        if _FULL_RULE_RE.fullmatch(text, a, b):
            return seen, len(seen) - 1
        if _COLUMN_RULE_RE.match(text, a, b):
            return seen, None
        empty = not text[a:b].strip()
        if empty and blank:
            return seen, None
        blank = empty
    return seen, None


def _rule_table(
    text: str, rule: Slice, above: list[Slice], lines_below: Iterator[Slice]
) -> tuple[int, int, list[Cell]]:
    """The multiline or simple table around its column ``rule``: where it starts and ends in ``text``,
    and its cells, the header's first, then row after row (a multiline table's rows are set apart by
    blank lines and it closes with a full rule; a simple table's are a line each and it ends at a
    blank line)."""
    line = text[rule[0] : rule[1]]
    starts = [m.start() for m in _DASH_RUN_RE.finditer(line)]
    edges = [(starts[k], starts[k + 1] if k + 1 < len(starts) else -1) for k in range(len(starts))]
    header: list[Slice] = []
    start = rule[0]
    for a, b in reversed(above[-_HEADER_LINES:]):
        if not text[a:b].strip():
            break
        if _FULL_RULE_RE.fullmatch(text, a, b):
            start = a
            break
        header.insert(0, (a, b))
        start = a
    below, closing = _closing_rule(text, lines_below)
    rows: list[list[Slice]] = []
    if closing is not None:
        body, end = below[:closing], below[closing][1]
        group: list[Slice] = []
        for a, b in body:
            if text[a:b].strip():
                group.append((a, b))
            elif group:
                rows.append(group)
                group = []
        if group:
            rows.append(group)
    else:
        end = rule[1]
        for a, b in below:
            if not text[a:b].strip() or _COLUMN_RULE_RE.match(text, a, b):
                break
            rows.append([(a, b)])
            end = b
    cells = _cells(text, header, edges) if header else []
    for row in rows:
        cells.extend(_cells(text, row, edges))
    return start, min(end + 1, len(text)), cells  # with its line break


class _Spans:
    """The spans of the tables found so far: a position is in one (bisected, so that a text of thousands
    of tables stays linear)."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def add(self, start: int, end: int) -> None:
        at = bisect.bisect_right(self.starts, start)
        self.starts.insert(at, start)
        self.ends.insert(at, end)

    def covers(self, pos: int) -> bool:
        at = bisect.bisect_right(self.starts, pos) - 1
        return at >= 0 and pos < self.ends[at]


def tables_apart(text: str) -> tuple[str, list[tuple[int, int]]] | None:
    """``text`` with the tables pandoc writes as plain text set out a cell at a time (each paragraph of a
    cell on a line of its own, its wrapped lines joined), and the pieces that lead the new offsets
    back; None when it has none.

    >>> rows = ["+-------+-------+", "| Nơi   | TM.   |", "| nhận: | BAN   |", "|       |       |"]
    >>> grid = "\\n".join([*rows, "| - Lưu | BÍ THƯ|", "+-------+-------+", ""])
    >>> print(tables_apart(grid)[0])
    Nơi nhận:
    - Lưu
    TM. BAN
    BÍ THƯ
    <BLANKLINE>
    """
    blocks: list[tuple[int, int, list[Cell]]] = []
    spans = _Spans()
    if "|" in text and "+-" in text:
        pos = 0
        while (at := text.find("+-", pos)) >= 0:
            line_start = text.rfind("\n", 0, at) + 1
            line_end = text.find("\n", at)
            line_end = len(text) if line_end < 0 else line_end
            pos = line_end + 1
            if not _GRID_BORDER_RE.fullmatch(text, line_start, line_end):
                continue
            grid = _grid_table(text, (line_start, line_end), _lines(text, line_end + 1))
            if grid is not None:
                last_end, cells = grid
                end = min(last_end + 1, len(text))  # with its line break
                blocks.append((line_start, end, cells))
                spans.add(line_start, end)
                pos = end
    if _DASH_GAP_RE.search(text):  # (a literal first: the engine skips from dash to dash)
        for rule in _COLUMN_RULE_RE.finditer(text):
            if spans.covers(rule.start()):
                continue
            above = _lines_before(text, rule.start())
            below = _lines(text, rule.end() + 1) if rule.end() < len(text) else iter(())
            start, end, cells = _rule_table(text, rule.span(), above, below)
            blocks.append((start, end, cells))
            spans.add(start, end)
    if "|" in text and _WRAPPED_ROW_RE.search(text):
        blocks.extend(_pipe_tables(text, spans))
    if "|" in text and (feet := _foot_pipe_re().search(text)):
        line_start = text.rfind("\n", 0, feet.start()) + 1
        if not text[line_start : feet.start()].strip(" \t"):  # the pipe opens its line
            blocks.extend(_foot_pipe_table(text, line_start, spans))
    if "TT " in text:
        blocks.extend(_layout_tables(text, spans))
    if not blocks:
        return None
    return _written_cells(text, sorted(blocks, key=lambda block: block[0]))


# A table drawn with pipes whose rows wrap onto lines with a blank first cell, as OCR of a printed table
# or a text export of a Word table gives it ("| 1 | Báo cáo kết quả ... gửi | Chậm nhất ngày | Các chi hội |",
# "| | Ban Thường vụ Hội LHPN xã | 13/3/2026 | |"), rows parted by rules of underscores or dashes or by
# nothing. (A Markdown table, with its delimiter row, is left to normalise: a pipe a line break.)
_WRAPPED_ROW_RE = re.compile(r"^[ \t]*+\|[ \t]*+\|[ \t]*+[^|\s_=:+-]", re.MULTILINE)
_RULE_CELL_RE = re.compile(r"[ \t_=:+-]*+")
_MARKDOWN_DELIMITER_RE = re.compile(r"\|[ \t]*+:?-{3,}+:?[ \t]*+\|")


def _pipe_line(text: str, start: int, end: int) -> bool:
    line = text[start:end].strip()
    return len(line) >= 2 and line[0] == "|" and line[-1] == "|"


def _pipe_tables(text: str, spans: _Spans) -> list[tuple[int, int, list[Cell]]]:
    """The tables drawn with pipes whose rows wrap (:data:`_WRAPPED_ROW_RE`), each row written a cell at
    a time, a cell's wrapped lines joined: (start, end, cells) of each."""
    blocks = []
    for wrapped in _WRAPPED_ROW_RE.finditer(text):
        if spans.covers(wrapped.start()):
            continue
        lines = [(wrapped.start(), wrapped.start())]  # the table's lines, up and down from the wrapped one
        for _ in range(_TABLE_LINES):
            start = text.rfind("\n", 0, max(0, lines[0][0] - 1)) + 1
            end = lines[0][0] - 1
            if end < 0 or not _pipe_line(text, start, end):
                break
            lines.insert(0, (start, end))
        lines.pop()  # the wrapped line itself is read going down
        for start, end in _lines(text, wrapped.start()):
            if not _pipe_line(text, start, end):
                break
            lines.append((start, end))
        if not lines or lines[-1][1] <= wrapped.start():
            continue  # the wrapped row's line does not end with a pipe: no table
        table_start, table_end = lines[0][0], min(lines[-1][1] + 1, len(text))
        spans.add(table_start, table_end)
        cells = _pipe_rows(text, lines)
        if cells is not None:
            blocks.append((table_start, table_end, cells))
    return blocks


@functools.cache
def _foot_pipe_re() -> re.Pattern[str]:
    """The first line of a foot drawn with pipes: "|Nơi nhận: |KT. TRƯỞNG BAN |" (layout.toml
    ``recipients_heading``)."""
    headings = "|".join(re.escape(w) for w in load("layout")["recipients_heading"])
    return re.compile(rf"\|[ \t]*+(?i:{headings})[ \t]*+:")  # (a literal first: the engine jumps to pipes)


def _foot_pipe_table(text: str, start: int, spans: _Spans) -> list[tuple[int, int, list[Cell]]]:
    """The foot of a plan as ``antiword`` writes a Word table, its columns side by side between pipes and
    no rule between its lines ("|Nơi nhận: |KT. TRƯỞNG BAN|", "|- Như trên; |PHÓ TRƯỞNG BAN|"): column
    after column, each line of a column on a line of its own (a recipient wrapped onto the next line
    is the recipients reader's to join). One block, or none where the lines are no such table.

    >>> text = "|Nơi nhận:  |KT. TRƯỞNG BAN|\\n|- Như trên;|PHÓ TRƯỞNG BAN|\\n|- Lưu: VT. |Lê Văn A      |\\n"
    >>> print(tables_apart(text)[0])
    Nơi nhận:
    - Như trên;
    - Lưu: VT.
    KT. TRƯỞNG BAN
    PHÓ TRƯỞNG BAN
    Lê Văn A
    <BLANKLINE>
    """
    if spans.covers(start):
        return []
    lines = []
    for line in _lines(text, start):
        if not _pipe_line(text, *line) or _MARKDOWN_DELIMITER_RE.search(text, *line):
            break
        lines.append(line)
    columns: list[list[Slice]] = []
    for line_start, line_end in lines:
        pipes = [i for i in range(line_start, line_end) if text[i] == "|"]
        if len(pipes) != len(columns) + 1 and columns:
            return []  # rows of unlike widths: no table of one row
        columns = columns or [[] for _ in pipes[1:]]
        for k, (a, b) in enumerate(itertools.pairwise(pipes)):
            piece = text[a + 1 : b]
            if piece.strip():
                lead, trail = len(piece) - len(piece.lstrip()), len(piece) - len(piece.rstrip())
                columns[k].append((a + 1 + lead, b - trail))
    if len(columns) < 2 or len(lines) < 2:  # (one line's columns are in order already)
        return []
    end = min(lines[-1][1] + 1, len(text))
    spans.add(lines[0][0], end)
    return [(lines[0][0], end, [[[line] for line in column] for column in columns])]


def _pipe_rows(text: str, lines: list[Slice]) -> list[Cell] | None:
    """The cells of a pipe table's ``lines``, row after row: a line whose first cell is blank goes on with
    the row above, a rule's line ends it; None for a Markdown table or rows of unlike widths."""
    rows: list[list[list[Slice]]] = []  # each row's columns, each column's lines
    width = None
    ruled = True  # a rule before (or the table's start): the next line opens a row
    for start, end in lines:
        if _MARKDOWN_DELIMITER_RE.search(text, start, end):
            return None
        at = text.index("|", start)
        last = text.rindex("|", start, end)
        pipes = [at]
        while at < last:
            at = text.index("|", at + 1, end)
            pipes.append(at)
        columns = [(pipes[k] + 1, pipes[k + 1]) for k in range(len(pipes) - 1)]
        if width is None:
            width = len(columns)
        if len(columns) != width:
            return None
        if all(_RULE_CELL_RE.fullmatch(text, a, b) for a, b in columns):
            ruled = True
            continue
        if ruled or text[columns[0][0] : columns[0][1]].strip():
            rows.append([[] for _ in columns])
        ruled = False
        for k, (a, b) in enumerate(columns):
            piece = text[a:b]
            if piece.strip():
                rows[-1][k].append(
                    (a + len(piece) - len(piece.lstrip()), b - len(piece) + len(piece.rstrip()))
                )
    return [[column] if column else [] for row in rows for column in row]


# A task table as ``pdftotext -layout`` aligns it: a header line of three names or more parted by two
# blanks or more, the first the number column's ("TT", "STT") and one a time column's (deadlines.toml
# [table_columns]); then rows, each opening with its number, their cells under the names, a long cell
# wrapped onto the lines below with nothing under the number.
_LAYOUT_HEADER_RE = re.compile(r"^[ ]{0,4}+S?TT[ ]{2,}+\S[^\n]*+$", re.MULTILINE)
_LAYOUT_GUTTER_RE = re.compile(r"(?<=\S)[ ]{2,}+(?=\S)")
_LAYOUT_ROW_RE = re.compile(r"[ ]{0,4}+[0-9]{1,3}+\.?(?:[ ]{2,}+|$)")


def _layout_headers(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``_LAYOUT_HEADER_RE`` in ``text``, tried only on the lines that open with "TT" (a
    ``str.find`` skips to them far faster than the pattern would try every line)."""
    at = text.find("TT ")
    while at >= 0:
        line_start = text.rfind("\n", 0, at) + 1
        if at - line_start <= _HEADER_INDENT and (m := _LAYOUT_HEADER_RE.match(text, line_start)):
            yield m
        at = text.find("TT ", max(at + 3, text.find("\n", at) + 1 or len(text)))


_HEADER_INDENT = 5  # characters before "TT" on a table's header line, at most ("   STT")


@functools.cache
def column_kinds() -> dict[str, str]:
    """Each column name of a task table (``deadlines.toml`` ``[table_columns]``), lower case with single
    blanks, and its kind ("number", "task", "unit", "time"...).

    >>> column_kinds()["thời gian hoàn thành"]
    'time'
    """
    table: dict[str, list[str]] = load("deadlines")["table_columns"]
    return {" ".join(name.lower().split()): kind for kind, names in table.items() for name in names}


@functools.cache
def _time_names() -> frozenset[str]:
    return frozenset(name for name, kind in column_kinds().items() if kind == "time")


def _layout_tables(text: str, spans: _Spans) -> list[tuple[int, int, list[Cell]]]:
    """The task tables of ``text`` aligned with blanks (``pdftotext -layout``), but where ``spans``
    already has a table (the tables found are added to it)."""
    found: list[tuple[int, int, list[Cell]]] = []
    for header in _layout_headers(text):
        if spans.covers(header.start()):
            continue
        line = header.group()
        starts = [len(line) - len(line.lstrip(" "))] + [m.end() for m in _LAYOUT_GUTTER_RE.finditer(line)]
        names = [
            " ".join(line[a:b].lower().split()) for a, b in zip(starts, [*starts[1:], len(line)], strict=True)
        ]
        if len(starts) < 3 or not _time_names().intersection(names):
            continue
        edges = [(a - 1 if a else 0, b - 1) for a, b in zip(starts, [*starts[1:], 0], strict=True)]
        edges[-1] = (edges[-1][0], -1)
        rows: list[list[Slice]] = []
        blank = False
        end = header.end()
        for a, b in _lines(text, min(header.end() + 1, len(text))):
            row_line = text[a:b]
            if not row_line.strip():
                if blank:
                    break  # two blank lines: the table is over
                blank = True
                continue
            number_cell = row_line[: starts[1]]
            if _LAYOUT_ROW_RE.match(number_cell):
                rows.append([(a, b)])
            elif number_cell.strip() or not rows or blank:
                break  # text under the number column that is no number: the table is over
            else:
                rows[-1].append((a, b))
            blank = False
            end = b
        if not rows:
            continue
        cells = _cells(text, [header.span()], edges)
        for row in rows:
            cells.extend(_cells(text, row, edges))
        found.append((header.start(), min(end + 1, len(text)), cells))
        spans.add(header.start(), min(end + 1, len(text)))
    return found


def _lines_before(text: str, at: int) -> list[Slice]:
    """The :data:`_HEADER_LINES` lines before the line starting at ``at``, in order."""
    found: list[Slice] = []
    end = at - 1
    while end >= 0 and len(found) < _HEADER_LINES + 1:
        start = text.rfind("\n", 0, end) + 1
        found.insert(0, (start, end))
        end = start - 1
    return found


def _parts_apart(
    text: str, block_start: int, block_end: int, parts: Sequence[Slice | list[Slice]]
) -> tuple[str, list[tuple[int, int]], int]:
    """``text`` with ``text[block_start:block_end]`` written as ``parts``, a line each (the left column's,
    then the right's; a part of several slices, a line that a narrow column wrapped, joined by a blank);
    the pieces that lead the new offsets back; and ``block_end``."""
    cells: list[Cell] = [[[part] if isinstance(part, tuple) else part] for part in parts]
    new, pieces = _written_cells(text, [(block_start, block_end, cells)])
    return new, pieces, block_end


def _written_cells(text: str, blocks: list[tuple[int, int, list[Cell]]]) -> tuple[str, list[tuple[int, int]]]:
    """``text`` with each block written as its cells' paragraphs, a line each (a paragraph's lines joined
    by a blank), and the pieces that lead the new offsets back."""
    pieces = [(0, 0)]
    parts: list[str] = []
    size = 0
    pos = 0
    for start, end, cells in blocks:
        if start < pos:
            continue  # overlaps the block before
        parts.append(text[pos:start])
        size += start - pos
        for cell in cells:
            for paragraph in cell:
                for k, (a, b) in enumerate(paragraph):
                    pieces.append((size, a))
                    parts.append(text[a:b] + ("\n" if k == len(paragraph) - 1 else " "))
                    size += b - a + 1
        pieces.append((size, end))
        pos = end
    parts.append(text[pos:])
    new = "".join(parts)
    pieces.append((len(new), len(text)))
    return new, pieces
