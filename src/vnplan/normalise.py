"""Stage 1: normalise a raw text, keeping a map back to the original offsets.

Two views of the text are built, always of the same length:

* ``text``: NFC, conversion debris blanked out (Markdown ``**``/``##``, the
  backslash of an escape or a hard line break (``1\\.`` reads ``1.``, the mark
  moved one place early), emphasis underscores (``_Nơi nhận:_``), a link's brackets
  and target (``[Luật số 72/2020/QH14](https://...)``), table pipes and the tabs of
  a table row turned into line breaks, form feeds and the page numbers after them,
  ``<br>``), ``Ð`` mapped to ``Đ``.
  Values are read from here, so they stay "as written".
* ``key``: ``text`` with one tone-mark style (``hoá`` → ``hóa``, ``uỷ`` → ``ủy``),
  one kind of dash and one layout of line ends: blanks before a line break (CRLF and
  PDF text leave them) move after it, so a blank line is empty and no line ends in
  a blank; a blank line inside a sentence (DOCX sets wrapped lines apart) is one
  line break; a plan run into one line gets its line breaks back, in place of
  blanks (:mod:`vnplan.linebreaks`). Patterns and grammars match here.

Only NFC and the setting apart of side-by-side columns (:mod:`vnplan.columns`) can
change the length; when neither does (the usual case) offsets are the identity and
no map is stored.

>>> src = normalise("**Tỉnh uỷ**  Số 62-KH/TU")
>>> src.text
'  Tỉnh uỷ    Số 62-KH/TU'
>>> src.key[2:9]
'Tỉnh ủy'
>>> normalise("Kế hoạch \\r\\n  \\r\\nSố 62").key
'Kế hoạch\\n\\n     Số 62'
>>> decomposed = "Ho\u0300a"  # "Hòa" in NFD: 4 code points
>>> s = normalise(decomposed)
>>> s.text, s.span(0, 3)
('Hòa', Span(start=0, end=4))

Text in a legacy 8-bit encoding (TCVN3, VNI) is converted first, and the map
still leads back to ``raw``: VNI writes "Độc" in four characters.

>>> s = normalise("Ñoäc laäp - Töï do")
>>> s.text, s.span(0, 3), s.diagnostics[0].code
('Độc lập - Tự do', Span(start=0, end=4), 'encoding.legacy_converted')
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import unicodedata
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import NamedTuple

import regex

from vnplan._charclass import LATIN, lower_in_place, ranges
from vnplan._lazy import lazy_regex
from vnplan.chat import blank_chat_furniture
from vnplan.columns import column_kinds, set_apart, tables_apart
from vnplan.legacy import Reading, convert_legacy
from vnplan.lexicon import load
from vnplan.linebreaks import restore as restore_line_breaks
from vnplan.models import Diagnostic, Span
from vnplan.unaccented import restore_marks, restore_marks_in_lines

# Old-style tone placement on the open syllables oa, oe, uy (hoá, uỷ) -> new style (hóa, ủy).
_TONE_MOVES = {
    "oá": "óa", "oà": "òa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
    "oé": "óe", "oè": "òe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
    "uý": "úy", "uỳ": "ùy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy",
}  # fmt: skip
_TONE_MOVES.update({k.upper(): v.upper() for k, v in list(_TONE_MOVES.items())})
_TONE_MOVES.update(
    {k[0].upper() + k[1]: v[0].upper() + v[1] for k, v in list(_TONE_MOVES.items()) if k.islower()}
)
# Only at the end of a syllable: "hoá" but not "hoán"; "uỷ" but not "khuỷu". The fast ``re`` engine finds
# the pairs not followed by a common letter (Latin, Vietnamese): that rules out the many "hoạch", "toàn"
# at C speed; the end of the syllable is checked with ``regex``'s \p{L} on the few left. One pattern per
# first letter (o, u, O, U), so each starts with a literal the engine jumps to (a class is ~5x slower).
_TONE_PAIRS_RES = tuple(
    re.compile(
        f"{first}[{''.join(k[1] for k in _TONE_MOVES if k[0] == first)}]"
        "(?![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff])"
    )
    for first in dict.fromkeys(k[0] for k in _TONE_MOVES)
)
_LETTER_RE = lazy_regex(r"\p{L}")

_LOOKALIKES = {
    "\u00d0": "Đ", "\u00f0": "đ", "\u0189": "Đ", "\u0256": "đ",
    # typography's slashes ("30⁄11⁄2025", Apple Pages' fraction slash) and spaces of other widths ("17 / 11")
    "\u2044": "/",
    # (the spaces typesetters write around a slash: thin, narrow no-break; each replacement costs a scan)
    **dict.fromkeys("\u00a0\u2009\u202f", " "),
}  # fmt: skip
_DASHES = dict.fromkeys("‐‑‒–—―−﹣－", "-")

# Debris of PDF/DOCX/HTML conversion, blanked (same length) or turned into a line break. Written for the
# fast ``re`` engine: every branch starts with a literal character (``\*\**``, not ``\*+``), so the engine
# skips to the next candidate at C speed. A Markdown heading mark is matched from the line break before it
# (the text is given a leading "\n"), and the white space class is exactly ``regex``'s \s.
WHITE_SPACE = "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
"""``regex``'s white space (``\\s``) as the body of a character class, for ``re`` patterns (``re``'s own
``\\s`` has four more characters, ``\\x1c``-``\\x1f``)."""
# A backslash run of two or more (a table's column wall in flattened text), a Markdown escape ("1\.",
# "\*\*\*": a backslash and ASCII punctuation) or a Markdown hard line break ("**BÍ THƯ**\" at a line's end).
_BACKSLASHES = r"\\(?:\\++|[!-/:-@\[-`{-~]|(?=[\r\n]|\Z))"
# A Markdown emphasis underscore ("_Nơi nhận:_", html2text's italics): one "_" that opens a word (after no
# word character) or closes one (after a mark or letter, before no word character). A run of them ("ngày
# ___ tháng") and one inside a word ("KH_245") stay.
_EMPHASIS = r"_(?<![\w_]_)(?=[^\W_])|_(?<=[^\s_]_)(?![\w_])"
# A Markdown link ("[Nghị định số 08/2022/NĐ-CP](https://...)"): its brackets and its target.
_LINK = r"\[(?=[^\[\]]{1,300}+\]\((?:https?:|www\.|/))|\]\((?:https?:|www\.|/)[^\s()]*+\)"
# A Markdown block quote's marks, or an e-mail's quoting of a forwarded text ("> ", "> > ", ">>"), from the
# line break before them.
_QUOTE_MARKS = r"[ \t]*+>(?:[ \t]?+>)*+"  # (their depth: how many ">")
_QUOTE = rf"\n{_QUOTE_MARKS}(?=[ \t\n]|\Z)"
_BLANK_RE = re.compile(
    rf"\*\**|\n[ \t*]*+#{{1,6}}(?=[ \t])|{_QUOTE}|{_BACKSLASHES}|{_EMPHASIS}|{_LINK}"
    rf"|<[bB][rR][{WHITE_SPACE}]*/?>|\x0c|\t|\r"
)
# Its branches of more than one character, run alone when there is no "<"; the others are single
# characters (a run of "*" is blanked one for one), which str.replace does far faster than a class search.
_HEADING_RE = re.compile(r"\n[ \t*]*+#{1,6}(?=[ \t])")  # in bold too: "**## KẾ HOẠCH**"
_QUOTE_RE = re.compile(_QUOTE)
_BACKSLASHES_RE = re.compile(_BACKSLASHES)
_EMPHASIS_RE = re.compile(_EMPHASIS)
_LINK_RE = re.compile(_LINK)
_DEBRIS_CHARS = {"*": " ", "\x0c": "\n", "\t": " ", "\r": " "}
_LONE_CR_RE = re.compile(r"\r(?!\n)")  # a carriage return that breaks a line alone (not CRLF's)
_CLUSTER_RE = lazy_regex(r"\X", regex.DOTALL)
# Characters that NFC may change, or that may join a neighbour into one grapheme cluster (combining and
# spacing marks, ZWJ, prepended marks, Hangul jamo, regional indicators, CR). Two neighbours outside this
# class are always two clusters that NFC leaves as they are, so only the stretches around these need work.
_JOINING_RE = lazy_regex(
    r"[\r\p{M}\p{GCB=Extend}\p{GCB=SpacingMark}\p{GCB=Prepend}\p{GCB=ZWJ}\p{GCB=Regional_Indicator}"
    r"\p{GCB=L}\p{GCB=V}\p{GCB=T}\p{GCB=LV}\p{GCB=LVT}\p{NFC_QC=N}\p{NFC_QC=M}]++"
)
# Combining marks that decomposed Vietnamese text is sure to hold: dot below, hook above, tilde, circumflex,
# breve, horn (`in` finds these fast: their low byte is rare; acute and grave take ~4x longer).
_DECOMPOSED_MARKS = "\u0323\u0309\u0303\u0302\u0306\u031b"
# No character of these ranges (ASCII but CR, Latin up to the spacing modifiers, Vietnamese and the rest of
# Latin Extended Additional, General Punctuation but the joiners) is in _JOINING_RE's class: the fast ``re``
# engine finds the others, and ``regex`` looks only at those (its property classes cost ~100 ns a character).
_MAYBE_JOINING_RE = re.compile("[^\x00-\x0c\x0e-\u02ff\u1e00-\u1eff\u200e-\u20cf]")


class OffsetPieces:
    """A map from text offsets to original offsets, stored as pieces: ``starts[k]`` maps to
    ``origins[k]`` and the offsets after it, up to the next piece, follow one for one.

    NFC changes a few stretches of a text; one piece per change keeps the map small and its
    building linear in the changes, not in the text (an array of every offset costs ~90 ns
    an entry to build).

    >>> pieces = OffsetPieces()
    >>> for text_at, origin in ((0, 0), (2, 3), (5, 6)):
    ...     pieces.add(text_at, origin)
    >>> [pieces[i] for i in range(6)], len(pieces), list(pieces)
    ([0, 1, 3, 4, 5, 6], 6, [0, 1, 3, 4, 5, 6])
    """

    __slots__ = ("length", "origins", "starts")

    def __init__(self) -> None:
        self.starts = array("q")
        self.origins = array("q")
        self.length = 0

    def add(self, text_at: int, origin: int) -> None:
        """Map ``text_at`` (not before the last piece's start) to ``origin``, and what follows one for one."""
        self.length = text_at + 1
        if self.starts:
            last_start, last_origin = self.starts[-1], self.origins[-1]
            if last_origin + (text_at - last_start) == origin:
                return  # the last piece already says so
            if last_start == text_at:
                self.origins[-1] = origin
                return
        self.starts.append(text_at)
        self.origins.append(origin)

    def __getitem__(self, i: int) -> int:
        k = bisect.bisect_right(self.starts, i) - 1
        return self.origins[k] + (i - self.starts[k])

    def __len__(self) -> int:
        """Entries: one per text offset up to the last one mapped (the text's end)."""
        return self.length

    def __iter__(self) -> Iterator[int]:
        for k, start in enumerate(self.starts):
            stop = self.starts[k + 1] if k + 1 < len(self.starts) else self.length
            origin = self.origins[k]
            yield from range(origin, origin + stop - start)


@dataclass(frozen=True, slots=True)
class Source:
    """A normalised text with its two views and the way back to the original.

    ``lower`` is ``key`` in lower case, offset for offset (:func:`lower_in_place`), made once for the
    readers that look for lower-case words (lowering costs ~50 instructions a character).
    """

    original: str
    text: str
    key: str
    offsets: array[int] | OffsetPieces | None = None  # offsets[i] = original index of text[i]; None: identity
    diagnostics: tuple[Diagnostic, ...] = ()  # what was repaired on the way (legacy encodings)
    reading: Reading | None = None  # the code page the original's characters were read from, if another
    entities: bool = False  # the original's HTML character references were read as their characters
    unaccented: bool = False  # typed without diacritics: the key has the vocabulary's words with their marks
    lower: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "lower", lower_in_place(self.key))

    def pos(self, i: int) -> int:
        """Original offset of position ``i`` of the normalised text (``i`` may be ``len``)."""
        if self.offsets is None:
            return i
        return self.offsets[min(max(i, 0), len(self.offsets) - 1)]

    def span(self, start: int, end: int) -> Span:
        """The original-text span of ``text[start:end]``."""
        a = self.pos(start)
        if self.offsets is None:
            return Span(start=a, end=end)
        b = self.pos(end) if end > start else a
        return Span(start=a, end=max(a, b))

    def written(self, start: int, end: int) -> str:
        """What ``text[start:end]`` is as written: the original's characters, read from the code page or
        the HTML references they were read from ("trÆ°á»›c", "tr\xadíc", "tr&#432;&#7899;c": "trước"),
        without the invisible ones ("30/1\u200b0/2025": "30/10/2025").

        >>> normalise("Nộp trước 30/11/2025").written(4, 20), normalise("Ná»™p trÆ°á»›c 30/11").written(4, 9)
        ('trước 30/11/2025', 'trước')
        """
        span = self.span(start, end)
        written = self.original[span.start : span.end]
        read = self.text[start:end]
        if written == read:  # (the usual case: nothing read or moved there)
            return written
        if self.reading is not None:
            written = convert_legacy(written, self.reading).text
        if self.entities:
            written = (_entities_decoded(written) or (written,))[0]
        written = (_invisibles_dropped(written) or (written,))[0]
        if _letters_and_digits(unicodedata.normalize("NFC", written)) != _letters_and_digits(read):
            return " ".join(read.split())  # moved: a table's cell whose wrapped lines were joined
        return written


def _letters_and_digits(text: str) -> list[str]:
    return [char for char in text if char.isalnum()]


def _replace_debris(m: re.Match[str]) -> str:
    s = m.group()
    if s == "\x0c":
        return "\n"
    if s[0] == "\\" and len(s) == 2 and s[1] != "\\":  # an escaped mark: the mark, one place early ("1. ")
        return s[1] + " "
    if s[0] == "<" and _task_row_re().match(m.string, m.string.rfind("\n", 0, m.start()) + 1):
        return " " * len(s)  # a <br> in a cell of a task table's row or header: the cell stays one line
    if s[0] in "\n<":  # the line break before a heading mark, or <br>
        return "\n" + " " * (len(s) - 1)
    return " " * len(s)


@functools.cache
def _task_row_re() -> re.Pattern[str]:
    """A Markdown table's row that opens with an item's number ("| 11 | Báo cáo ... | - 6 tháng: ...<br>-
    năm: ... |"), or its header row with the number column's name (deadlines.toml [table_columns]: "| **TT**
    | ... | Thời gian thực hiện/<br>hoàn thành |"): a task table's, whose cells are read a line each (its
    pipes become line breaks)."""
    names = sorted((n for n, kind in column_kinds().items() if kind == "number"), key=len, reverse=True)
    alternation = "|".join(re.escape(n).replace(r"\ ", r"[ \t]++") for n in names)
    return re.compile(rf"[ \t]*+\|[ \t*]*+(?:[0-9]{{1,3}}+[.]?|(?i:{alternation}))[ \t*]*+\|")


# A page number on its own line after a page break ("\x0c2", "\x0c- 3 -"), with its line break: PDF text
# puts it in the middle of a list or of a sentence that runs on to the next page.
_PAGE_NUMBER_RE = re.compile(r"\x0c[ \t\r]*+(?:-[ \t]*+)?[0-9]{1,3}+(?:[ \t]*+-)?[ \t\r]*+(?:\n|\Z)")


def _blank_page_number(m: re.Match[str]) -> str:
    at = m.start()
    if at == 0 or m.string[at - 1] == "\n":  # the whole line goes: what was split by the page runs on
        return " " * len(m.group())
    return "\x0c" + " " * (len(m.group()) - 2) + "\n"  # a break in a line: the line breaks stay


def _blank_page_numbers(text: str) -> tuple[str, int]:
    """``text`` with the lines that hold only a page number after a page break blanked, and the page's
    furniture around the breaks (:func:`_blank_page_furniture`: how many of its lines went).

    >>> _blank_page_numbers("các ban,\\n\\x0c2\\nvăn phòng;\\n\\x0c4. Nội dung")
    ('các ban,\\n   văn phòng;\\n\\x0c4. Nội dung', 0)
    """
    if "\x0c" not in text:
        return text, 0
    return _blank_page_furniture(_PAGE_NUMBER_RE.sub(_blank_page_number, text), text.count("\x0c"))


# A presentation's outline as text (PowerPoint's outline, a slide deck saved as text): it opens with its
# first slide's line, and a line of its own opens each slide ("Slide 2", "Trang chiếu 3"; ``layout.toml``
# ``slide_words``). Those lines are blanked, left empty: a slide's end ends its text's block (the title on
# the first slide ends there).
@functools.cache
def _slide_line_re() -> re.Pattern[str]:
    words = "|".join(re.escape(w).replace(r"\ ", r"[ \t]++") for w in load("layout")["slide_words"])
    return re.compile(rf"(?im)^[ \t]*+(?:{words})[ \t]++[0-9]{{1,3}}+[ \t]*+$")


_LEADING_SPACE_RE = re.compile(r"\s*+")


def _blank_slide_lines(text: str) -> tuple[str, int]:
    """``text`` with the lines that open a presentation's slides blanked, when it opens with the first
    one's, and how many there were.

    >>> _blank_slide_lines("Slide 1\\nKế hoạch tiêm phòng\\nSlide 2\\nI. CĂN CỨ")
    ('       \\nKế hoạch tiêm phòng\\n       \\nI. CĂN CỨ', 2)
    """
    leading = _LEADING_SPACE_RE.match(text)  # (always: it may match nothing)
    first = _slide_line_re().match(text, leading.end() if leading else 0)
    if first is None or first[0].split()[-1] != "1":  # (one match where the text starts: no scan)
        return text, 0
    return _slide_line_re().subn(lambda m: " " * len(m[0]), text)


# A page's footer on the line before its break ("Trang 1/3", "Trang 2 / 5", "- 3 -", "3", "Dự thảo lần 2 –
# Trang 1/3"), and a running header on the line after: the same line after two breaks or more, half of
# them at least ("ĐU P. Hải Châu"; a line that a text repeats is no header). pdftotext puts them in the
# middle of a sentence that runs on to the next page.
_FOOTER_LINE_RE = re.compile(
    r"[ \t]*+(?:(?i:trang)[ \t]++)?+-?[ \t]*+[0-9]{1,3}+(?:[ \t]*+/[ \t]*+[0-9]{1,3}+)?+[ \t]*+-?[ \t]*+"
    # a page of pages after a draft's or a file's words ("Dự thảo lần 2 – Trang 1/3")
    r"|[^\n]{1,80}?[ \t](?i:trang)[ \t]++[0-9]{1,3}+[ \t]*+/[ \t]*+[0-9]{1,3}+[ \t]*+"
)
_HEADER_REPEATS = 2  # a running header stands after this many breaks at least
_FOOTER_LINES = 4  # lines above a page's number that one footer may hold ("Văn bản được ký số bởi: ...")


def _extend_repeated_footers(text: str, footers: dict[int, tuple[int, int]]) -> None:
    """Extend, in place, the footers before the page breaks over the lines above their page numbers that
    stand the same above two of them at least: a footer of several lines, an e-office's signature stamp
    ("Văn bản được ký số bởi: ..." / "Ngày ký: 15/10/2025 09:12:33 +07:00" / "Trang 1/3")."""
    for _ in range(_FOOTER_LINES):
        above: dict[str, list[tuple[int, int]]] = {}  # the line above each footer: its text, (break, start)
        for at, (start, _end) in footers.items():
            if start <= 0:
                continue
            line_start = text.rfind("\n", 0, start) + 1
            line = text[line_start:start].strip()
            if line:
                above.setdefault(line, []).append((at, line_start))
        repeated = [places for places in above.values() if len(places) >= _HEADER_REPEATS]
        if not repeated:
            return
        for places in repeated:
            for at, line_start in places:
                footers[at] = (line_start - 1, footers[at][1])


def _blank_page_furniture(text: str, breaks: int) -> tuple[str, int]:
    """``text`` with the footers before its page breaks and a running header after them blanked (``breaks``:
    the page breaks of the text, those of the page numbers blanked with their lines too), the break and
    the page's blank margins with them: what the page split runs on, with one line break between its
    parts (a blank line where one stood before or after the furniture); and how many lines went.

    >>> page = "chậm nhất\\nTrang 1/2\\n\\x0cĐU P. Hải Châu\\nngày 12/12/2025"
    >>> blanked, lines = _blank_page_furniture(page + "\\nTrang 2/2\\n\\x0cĐU P. Hải Châu\\nPhụ lục", 2)
    >>> [line.rstrip() for line in blanked.split("\\n")], lines
    (['chậm nhất', 'ngày 12/12/2025', 'Phụ lục'], 4)
    """
    footers: dict[int, tuple[int, int]] = {}  # by break: the footer's line, from the line break before it
    firsts: dict[str, list[tuple[int, int]]] = {}  # the line after each break, from the break on
    at = text.find("\x0c")
    while at >= 0:
        if at > 1 and text[at - 1] == "\n":  # the break opens its line: the footer is the line before
            line_start = text.rfind("\n", 0, at - 1) + 1
            if line_start > 0 and _FOOTER_LINE_RE.fullmatch(text, line_start, at - 1):
                footers[at] = (line_start - 1, at)
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        first = text[at + 1 : end].strip()
        if first:
            firsts.setdefault(first, []).append((at, end))
        at = text.find("\x0c", at + 1)
    # a running header heads half the pages or more, twice at least
    headers = [
        span
        for places in firsts.values()
        if len(places) >= max(_HEADER_REPEATS, breaks / 2)
        for span in places
    ]
    if not footers and not headers:
        return text, 0
    _extend_repeated_footers(text, footers)
    header_ends = dict(headers)
    chars = list(text)  # (few seams: the pages of a plan)
    for at in sorted(footers.keys() | header_ends.keys()):
        # the seam: from the text before the footer to the text after the header, the blank lines around
        # them too (a page's margins), one line break left where the break was
        furniture_start = footers[at][0] if at in footers else at
        start = furniture_start
        while start > 0 and text[start - 1].isspace():
            start -= 1
        last = header_ends.get(at, at + 1)
        end = last
        while end < len(text) and text[end].isspace():
            end += 1
        # a blank line before the furniture or after it: a paragraph's end, kept as a blank line, unless
        # the text runs on in a sentence (the page before ends with no stop, the next opens in ordinary
        # case: "... gửi Ban Tổ chức" / "Thành ủy) trước ngày 25/12/2025")
        blank = text.count("\n", start, furniture_start + 1) > 1 or text.count("\n", last, end) > 1
        paragraph = blank and not _runs_on(text, start, end)
        chars[start:end] = " " * (end - start)
        if end < len(text):
            chars[end - 1] = "\n"
            if paragraph and end - start > 1:
                chars[end - 2] = "\n"
    return "".join(chars), len(footers) + len(headers)


@functools.cache
def _running_head_re() -> re.Pattern[str]:
    """A gazette's running head on a line of its own, with the line break before it: a name of
    ``layout.toml`` ``running_heads``, a slash and the issue's number ("/Số 45"), perhaps a page's number
    before it."""
    names = "|".join(re.escape(name) for name in load("layout")["running_heads"])
    return re.compile(
        rf"(?i)(?:\n|\A)[ \t]*+(?:[0-9]{{1,4}}+[ \t]++)?(?:{names})[ \t]*+/[ \t]*+số\b"
        r"[^\n]{0,100}+(?=\n|\Z)"
    )


def _blank_running_heads(text: str) -> tuple[str, int]:
    """``text`` with each line that holds a gazette's running head blanked with the line break before it
    (the sentence the page split runs on), and how many there were.

    >>> _blank_running_heads("hoàn thành trước ngày\\n62 CÔNG BÁO/Số 45 + 46/Ngày 20-3-2025\\n25/3/2025.")
    ('hoàn thành trước ngày                                      \\n25/3/2025.', 1)
    """
    if not any(name.upper() in text for name in load("layout")["running_heads"]):
        return text, 0
    heads = list(_running_head_re().finditer(text))
    if not heads:
        return text, 0
    chars = list(text)
    for head in heads:
        chars[head.start() : head.end()] = " " * (head.end() - head.start())
    return "".join(chars), len(heads)


# A draft's line numbers in the margin, as a PDF of it gives them: every line opens with its number and
# blanks ("1  ỦY BAN NHÂN DÂN", "2   XÃ TÂN LÝ ĐÔNG", ... "34  gửi về ... trước ngày"), a page's footer
# unnumbered. Read only where the first lines of the text are numbered one after another and most of its
# lines run on so.
_LINE_NUMBER_RE = re.compile(r"[ \t\x0c]*+([0-9]{1,4}+)(?=[ \t]|\n|\Z)")
_LINE_NUMBERS_SKIPPED = 2  # numbers a line may skip (a line the PDF's text lost), at most
_FIRST_NUMBERED_LINES = 3  # the text's first lines that must be numbered one after another
_NUMBERED_SHARE = 0.6  # of the lines with text, those numbered in order, at least


def _blank_line_numbers(text: str) -> tuple[str, int]:
    """``text`` with the line numbers of its margin blanked, and how many there were (0: none read).

    >>> _blank_line_numbers("7  KẾ HOẠCH\\n8  Tổ chức ngày hội\\n\\n9\\n10      Căn cứ Kế hoạch số 12")
    ('   KẾ HOẠCH\\n   Tổ chức ngày hội\\n\\n \\n        Căn cứ Kế hoạch số 12', 4)
    """
    numbers: list[int] = []  # of the first lines with text
    at = 0
    while len(numbers) < _FIRST_NUMBERED_LINES:
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        if text[at:end].strip():
            m = _LINE_NUMBER_RE.match(text, at, end)
            if m is None or (numbers and int(m.group(1)) != numbers[-1] + 1):
                return text, 0
            numbers.append(int(m.group(1)))
        if end == len(text) and len(numbers) < _FIRST_NUMBERED_LINES:
            return text, 0
        at = end + 1
    chars = list(text)
    expected, count, lines, at = numbers[0], 0, 0, 0
    while at <= len(text):
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        if text[at:end].strip():
            lines += 1
            m = _LINE_NUMBER_RE.match(text, at, end)
            if m is not None and expected <= int(m.group(1)) <= expected + _LINE_NUMBERS_SKIPPED:
                chars[m.start(1) : m.end(1)] = " " * (m.end(1) - m.start(1))
                expected = int(m.group(1)) + 1
                count += 1
        at = end + 1
    if count < _NUMBERED_SHARE * lines:
        return text, 0
    return "".join(chars), count


# A page's number alone between blank lines where no page break stands (PDF text from Apache Tika, or
# copied from a viewer), perhaps by a footer that gives the file's path ("D:\\BDV\\2024\\KH 48.docx", Word's
# field): in a sentence that runs on to the next page ("... trước" / "2" / "ngày 30/3/2024"), the seam is
# the page's furniture. A literal first, so the engine jumps from line to line; the number's line between
# two blank lines (a number right under a line or over one is a list's or a table's).
_BARE_PAGE_NUMBER_RE = re.compile(
    r"\n[ \t]*+\n(?P<number>[ \t]*+(?:-[ \t]*+)?[0-9]{1,3}+(?:[ \t]*+-)?[ \t]*+)(?=\n[ \t]*+\n)"
)
_FILE_PATH_LINE_RE = re.compile(r"[ \t]*+(?:[A-Za-z]:\\|/)[^\n]{0,300}?\.(?i:docx?|pdf|odt|rtf)[ \t]*+")
_SEAM_LINES = 8  # blank and furniture lines on each side of a page's number, at most


def _blank_unbroken_page_seams(text: str) -> tuple[str, int]:
    """``text`` with each page seam that no page break marks blanked, one line break left: a page's
    number alone between blank lines, the blank lines and file-path footers around it, where the text
    before runs on in a word in small letters after it; and how many lines of the pages' furniture went.

    >>> _blank_unbroken_page_seams("gửi về Ban trước \\n\\nD:\\\\KH 48.docx\\n\\n2 \\n\\nngày 30/3/2024.")[0]
    'gửi về Ban trước                     \\nngày 30/3/2024.'
    """
    chars: list[str] | None = None
    count = done = 0
    for number in _BARE_PAGE_NUMBER_RE.finditer(text):
        if number.start() < done:
            continue
        before = _seam_edge(text, number.start("number") - 1, -1)
        after = _seam_edge(text, number.end(), 1)
        if before is None or after is None or not text[after : after + 1].islower():
            continue
        if not _runs_on(text, before, after):
            continue
        chars = list(text) if chars is None else chars
        chars[before:after] = " " * (after - before - 1) + "\n"
        count += sum(1 for line in text[before:after].split("\n") if line.strip())  # the page's lines
        done = after
    return ("".join(chars), count) if chars is not None else (text, 0)


def _seam_edge(text: str, at: int, step: int) -> int | None:
    """From the line break at ``at`` (``step`` -1: back; 1: on), over blank lines and file-path footers:
    where the text before ends (back) or the next line starts (on); None at the text's edge or past
    :data:`_SEAM_LINES` lines."""
    for _ in range(_SEAM_LINES):
        if step < 0:
            start = text.rfind("\n", 0, at) + 1
            line = text[start:at]
            if line.strip() and not _FILE_PATH_LINE_RE.fullmatch(line):
                return at - len(line) + len(line.rstrip())
            if start == 0:
                return None
            at = start - 1
        else:
            end = text.find("\n", at + 1)
            line = text[at + 1 : len(text) if end < 0 else end]
            if line.strip() and not _FILE_PATH_LINE_RE.fullmatch(line):
                return at + 1 + len(line) - len(line.lstrip())
            if end < 0:
                return None
            at = end
    return None


def _runs_on(text: str, before: int, after: int) -> bool:
    """Whether the text that ends at ``before`` goes on in the line that starts at ``after``: no stop or
    colon ends it, and the line goes on in ordinary case (no heading in capitals, no numbered item).

    >>> _runs_on("gửi Ban Tổ chức  Thành ủy) trước", 15, 17), _runs_on("năm 2018  BAN BÍ THƯ", 8, 10)
    (True, False)
    """
    if before == 0 or text[before - 1] in ".:;!?":
        return False
    line_end = text.find("\n", after)
    line = text[after : len(text) if line_end < 0 else min(line_end, after + 200)]
    return bool(line) and not is_caps_line(line) and not line[0].isdigit()


# An editor's tracked changes and comments as pandoc writes them with --track-changes=all: a span of text
# in brackets, its kind and attributes in braces after it ("[30/9/2024]{.insertion author=... date=...}").
# A span's text holds no bracket (bounded: a stray bracket never makes a search run far).
_TRACKED_RE = re.compile(
    r"\[([^\[\]]{0,3000}+)\]\{\.(insertion|deletion|comment-start|comment-end|paragraph-insertion"
    r"|paragraph-deletion)\b[^{}]{0,600}+\}"
)


def _tracked_changes_accepted(text: str) -> tuple[str, list[tuple[int, int]], int] | None:
    """``text`` with its tracked changes accepted: an insertion's text kept without its marks, a deletion
    and a comment dropped; the pieces that lead the new offsets back (:func:`_moved`) and how many there
    were; None when it has none.

    >>> _tracked_changes_accepted('ngày [12]{.deletion author="A"}[14]{.insertion\\nauthor="B"} tháng 8')[0]
    'ngày 14 tháng 8'
    """
    if "]{." not in text:
        return None
    edits: list[tuple[int, int, str]] = []
    changes = list(_TRACKED_RE.finditer(text))
    for change in changes:
        if change.group(2) == "insertion":  # its marks dropped, its text in place
            edits += ((change.start(), change.start(1), ""), (change.end(1), change.end(), ""))
        else:
            edits.append((change.start(), change.end(), ""))
    return None if not changes else (*_rewritten(text, edits)[:2], len(changes))


# Word's field codes that a .doc's text tool writes beside their results (Apache POI, catdoc): a form
# field's "FORMTEXT", a link's "HYPERLINK "url"", a cross-reference's "REF _Ref152340117 \h", a caption's
# "SEQ Bảng \* ARABIC", a footer's page "PAGE \* MERGEFORMAT 2" (its result too: a page number), a table
# of contents' "TOC \o "1-3" \h"; with the blanks after it (not a tab: a table's cells).
_WORD_FIELD_RE = re.compile(
    r"(?<!\S)(?:FORM(?:TEXT|CHECKBOX|DROPDOWN)"
    r'|HYPERLINK(?:[ \t]++\\[a-z])?+[ \t]++"[^"\n]{0,1000}+"(?:[ \t]++\\[a-z](?:[ \t]++"[^"\n]{0,200}+")?+)*+'
    r"|(?:PAGE|NUMPAGES|SECTIONPAGES)[ \t]++\\\*[ \t]++MERGEFORMAT(?:[ \t]++[0-9]{1,4}+(?=[ \t]*+$))?+"
    r"|(?:REF|PAGEREF|NOTEREF)[ \t]++_(?:Ref|Toc)[0-9]{1,12}+(?:[ \t]++\\[a-z])*+"
    r"|SEQ[ \t]++[^\s\\]{1,40}+(?:[ \t]++\\[*a-z](?:[ \t]++[A-Za-z]{1,20}+)?+)++"
    r'|TOC(?:[ \t]++\\[a-z](?:[ \t]++"[^"\n]{0,50}+")?+)++'
    r")(?!\S) *+",
    re.MULTILINE,
)


_FIELD_WORDS = ("MERGEFORMAT", "_Ref", "_Toc", "ARABIC")


def _word_fields_dropped(text: str) -> tuple[str, list[tuple[int, int]], int] | None:
    """``text`` without Word's field codes (:data:`_WORD_FIELD_RE`), the pieces that lead the new offsets
    back (:func:`_moved`) and how many there were; None when it has none. Only a text that holds a form's
    text field, a link, or a switch with a field's words ("\\* MERGEFORMAT", "_Ref", "_Toc", "ARABIC") is
    searched (a Markdown text escapes its marks with backslashes too).

    >>> _word_fields_dropped('Số:  FORMTEXT 15/KH-BQLR, ngày  FORMTEXT 08 tháng 01')[0]
    'Số:  15/KH-BQLR, ngày  08 tháng 01'
    """
    if (
        "FORMTEXT" not in text
        and "HYPERLINK" not in text
        and not ("\\" in text and any(word in text for word in _FIELD_WORDS))
    ):
        return None
    fields = list(_WORD_FIELD_RE.finditer(text))
    return _substituted(text, iter(fields), lambda _: "") if fields else None


# A wiki page's source (MediaWiki: an intranet's or a wiki's copy of a plan): bold and italic quotes
# ("'''KẾ HOẠCH'''"), headings ("== II. NHIỆM VỤ =="), numbered items ("# Quán triệt ..."), links
# ("[[Kết luận số 48-KL/TW|Kết luận 48]]": the page linked to names the document, so it is kept, the label
# blanked), tables ("{| class=...", "|-", "! STT !! Nội dung", "| 1 || ... || Trước 20/6", "|}"), tags
# ("<center>", "<ref>"), comments; not a Markdown footnote's "[[1]](footnote1)". Each is blanked in place
# (offsets hold); one bar is left between two cells (a line break: a cell a line, as a DOCX table's text
# reads).
_WIKI_HINT_RE = re.compile(r"'''|\[\[(?![0-9]{1,4}+\]\])[^\[\]\n]{1,200}+\]\]|^\{\|", re.MULTILINE)
_WIKI_MARKUP_RE = re.compile(
    r"""(?P<comment><!--(?s:.){0,2000}?-->)
    | (?P<table>^[ \t]*+(?:\{\||\|\}|\|-++)[^\n]*+)
    | (?P<attributes>(?<=^[|!])[ \t]*+(?:[a-z-]++[ \t]*+=[ \t]*+"[^"\n]*+"[ \t]*+){1,8}+\|(?!\|))
    | (?P<header>^!)
    | (?P<cells>!!|\|\|)
    | (?P<quotes>'{2,5}+)
    | \[\[(?![0-9]{1,4}+\]\])(?P<page>[^\[\]|\n]{1,200}+)(?P<label>\|[^\[\]\n]{0,200}+)?\]\]
    | (?P<heading>^=++|=++[ \t]*+$)
    | (?P<item>^[#:]++(?=[ \t]))
    | (?P<tag></?(?:center|ref|references|small|big|u|s|nowiki|div|span|br)\b[^>\n]{0,200}+>)
    """,
    re.MULTILINE | re.VERBOSE,
)


def _wiki_mark(m: re.Match[str]) -> str:
    """What a mark of :data:`_WIKI_MARKUP_RE` leaves: blanks (its line breaks kept), a header's bars, an
    item's dash, a link's page."""
    if m.lastgroup == "header":  # a header's row: a bar, as a data row's
        return "|"
    if m.lastgroup == "cells":  # between two cells: one bar (one line break: a cell a line)
        return " |"
    if m.lastgroup == "item":  # a numbered item: a list's dash
        return "-" + " " * (len(m.group()) - 1)
    if m.group("page") is not None:  # a link: the page it names, the label blanked
        return "  " + m.group("page") + " " * (len(m.group("label") or "") + 2)
    return _blanked(m.group())


def _blanked(text: str) -> str:
    """``text`` with each character but its line breaks a blank (offsets and lines hold)."""
    return "".join(c if c == "\n" else " " for c in text)


def _wiki_markup_blanked(text: str) -> tuple[str, int] | None:
    """``text`` with a wiki page's markup blanked, and how many marks went; None if it has none.

    >>> _wiki_markup_blanked("== I. MỤC ĐÍCH ==\\n# '''Phòng Nội vụ''' theo [[Kế hoạch số 112-KH/HU|KH]]")[0]
    '   I. MỤC ĐÍCH   \\n-    Phòng Nội vụ    theo   Kế hoạch số 112-KH/HU     '
    >>> _wiki_markup_blanked("{| class=\\"wikitable\\"\\n|-\\n! STT !! Thời gian\\n| 1 || Trước 20/6\\n|}")[0]
    '                    \\n  \\n| STT  | Thời gian\\n| 1  | Trước 20/6\\n  '
    """
    # (a character's test first: most texts hold no "'", "[" or "{", and the hint's scan costs 20 µs)
    hinted = ("'''" in text if "'" in text else False) or ("[[" in text if "[" in text else False)
    if not (hinted or ("{|" in text if "{" in text else False)) or _WIKI_HINT_RE.search(text) is None:
        return None
    count = 0

    def mark(m: re.Match[str]) -> str:
        nonlocal count
        count += 1
        return _wiki_mark(m)

    return _WIKI_MARKUP_RE.sub(mark, text), count


# A plan quoted in an e-mail's reply ("> " before each line; "> > " or ">> " deeper: a mail it answered). The
# depth that quotes the most lines is the plan's mail; the lines quoted deeper (the mails it answered, after
# it in the thread: "trình ký trong ngày 04/11/2025") are blanked whole. (The marks themselves are debris.)
_QUOTE_MARKS_RE = re.compile(_QUOTE_MARKS)
_QUOTED_LINES = 5  # lines at one depth, at least: fewer are lines that open with ">" ("> 90%")


def _answered_mails_blanked(text: str) -> tuple[str, int] | None:
    """``text`` with the lines quoted deeper than the mail that quotes most of it blanked, and how many;
    None if there are none.

    >>> quoted = "Em gửi lại KH.\\n> KẾ HOẠCH\\n> Tổ chức\\n>\\n> Nộp trước ngày 12/11/2025.\\n> Lưu VT.\\n"
    >>> print(_answered_mails_blanked(quoted + ">> trình ký trong ngày 04/11/2025.")[0].rstrip())
    Em gửi lại KH.
    > KẾ HOẠCH
    > Tổ chức
    >
    > Nộp trước ngày 12/11/2025.
    > Lưu VT.
    """
    if ">" not in text or (not text.startswith(">") and "\n>" not in text):  # (a character first: cheaper)
        return None
    lines = text.split("\n")
    depths = [m[0].count(">") if (m := _QUOTE_MARKS_RE.match(line)) else 0 for line in lines]
    counts = Counter(d for d in depths if d)
    if not counts:
        return None
    depth = max(sorted(counts), key=counts.__getitem__)  # (the shallowest of a tie)
    deeper = sum(n for d, n in counts.items() if d > depth)
    if counts[depth] < _QUOTED_LINES or not deeper:
        return None
    kept = (" " * len(line) if d > depth else line for line, d in zip(lines, depths, strict=True))
    return "\n".join(kept), deeper


# A document exported from an online editor with its comments (Google Docs' plain text): an anchor glued
# after the words commented on ("khai giảng[c]", "trước ngày 20/9/2025[b]"), the threads after the text, each
# opening with its anchor ("[a]Nguyễn Thị Hoa: Cô xem lại hạn này, đề nghị lùi sang 25/9"), a reply on a
# line of its own, a rule before them. The threads run from the first anchor's line to the end.
_COMMENT_THREADS_RE = re.compile(r"^\[a\](?=\S)", re.MULTILINE)
_COMMENT_ANCHOR_RE = re.compile(r"(?<=\S)\[([a-z]{1,2})\]")
_FIRST_ANCHOR_RE = re.compile(r"(?<=\S)\[a\]")
_THREAD_ANCHOR_RE = re.compile(r"^\[([a-z]{1,2})\]", re.MULTILINE)
_COMMENT_RULE_RE = re.compile(r"\n[ \t]*+_{5,}+[ \t\r]*+\n?$")


def _doc_comments_blanked(text: str) -> tuple[str, int] | None:
    """``text`` with an online editor's comments blanked (the threads after the text, the anchors in it),
    and how many threads there were; None if it has none.

    >>> text = "Nộp trước ngày 20/9[a].\\n____\\n____________\\n[a]Hoa: lùi sang 25/9\\nMinh: Giữ nguyên"
    >>> print(_doc_comments_blanked(text)[0].rstrip())
    Nộp trước ngày 20/9   .
    ____
    """
    if "[" not in text or "[a]" not in text:  # (a character first: cheaper)
        return None
    anchor = _FIRST_ANCHOR_RE.search(text)  # the first thread's anchor, then the thread after it
    threads = None if anchor is None else _COMMENT_THREADS_RE.search(text, anchor.end())
    if threads is None:
        return None
    start = threads.start()
    anchors = set(_THREAD_ANCHOR_RE.findall(text, start))
    if (rule := _COMMENT_RULE_RE.search(text, 0, start)) is not None:
        start = rule.start() + 1
    body = _COMMENT_ANCHOR_RE.sub(lambda m: " " * len(m[0]) if m[1] in anchors else m[0], text[:start])
    return body + _blanked(text[start:]), len(anchors)


def _blank_debris(text: str) -> str:
    if "<" in text:  # a <br> may hold blanks that the other branches would treat apart
        return _BLANK_RE.sub(_replace_debris, "\n" + text)[1:]
    # Without "<", the branches never share a character (a heading's blanks are blanked either way), so
    # each runs on its own: the rare ones with a pattern, those of single characters with str.replace.
    if "#" in text:
        text = _HEADING_RE.sub(_replace_debris, "\n" + text)[1:]
    if ">" in text:
        text = _QUOTE_RE.sub(_replace_debris, "\n" + text)[1:]
    if "\\" in text:
        text = _BACKSLASHES_RE.sub(_replace_debris, text)
    if "_" in text:
        text = _EMPHASIS_RE.sub(_replace_debris, text)
    if "](" in text:
        text = _LINK_RE.sub(_replace_debris, text)
    return _replace_all(text, _DEBRIS_CHARS)


def _joining_runs(raw: str) -> Iterator[regex.Match[str]]:
    """What ``_JOINING_RE.finditer(raw)`` yields, with ``regex`` run only where ``re`` finds a candidate."""
    pos = 0
    while (hit := _MAYBE_JOINING_RE.search(raw, pos)) is not None:
        run = _JOINING_RE.match(raw, hit.start())
        if run is None:
            pos = hit.end()
        else:
            yield run
            pos = run.end()


def _nfc_with_offsets(raw: str) -> tuple[str, OffsetPieces]:
    """NFC of ``raw`` cluster by cluster; each output character maps to the start of its cluster.

    Only the stretches around joining characters are walked cluster by cluster; the rest is copied.

    >>> text, offsets = _nfc_with_offsets("Ho\u0300a bi\u0300nh")
    >>> text, list(offsets)
    ('Hòa bình', [0, 1, 3, 4, 5, 6, 8, 9, 10])
    """
    n = len(raw)
    parts: list[str] = []
    offsets = OffsetPieces()
    size = 0  # characters of output so far
    start = end = 0  # the pending stretch raw[start:end] to walk cluster by cluster

    def walk(a: int, b: int) -> None:
        nonlocal size
        for m in _CLUSTER_RE.finditer(raw, a, b):
            composed = unicodedata.normalize("NFC", m.group())
            parts.append(composed)
            for i in range(len(composed)):
                offsets.add(size + i, m.start())
            size += len(composed)

    for m in _joining_runs(raw):
        # one neighbour on each side: the base a mark composes with, the letter a prepended mark joins
        a, b = max(m.start() - 1, 0), min(m.end() + 1, n)
        if a < end:  # one character between two runs: the same stretch
            end = b
            continue
        if end > start:
            walk(start, end)
        parts.append(raw[end:a])
        offsets.add(size, end)
        size += a - end
        start, end = a, b
    if end > start:
        walk(start, end)
    parts.append(raw[end:])
    offsets.add(size, end)
    size += n - end
    offsets.add(size, n)
    return "".join(parts), offsets


# A blank between a letter (or its mark) and a tone mark: a PDF's font that draws the mark as a glyph of its
# own, which the text tool writes after a blank ("Kê ́ hoa ̣ch", "nga ̀y").
# The mark first: the engine jumps from one to the next (a search that opens with the blank stops at each).
_DETACHED_MARKS = "\u0300\u0301\u0303\u0309\u0323"
_DETACHED_MARK_RE = re.compile(
    rf"[{_DETACHED_MARKS}](?<=[^\W\d_][ \t][{_DETACHED_MARKS}]|[\u0300-\u036f][ \t][{_DETACHED_MARKS}])"
)


def _detached_marks_joined(text: str) -> tuple[str, list[tuple[int, int]], int] | None:
    """``text`` without the blanks that set tone marks apart from their letters, the pieces that lead the
    new offsets back (:func:`_moved`) and how many there were; None when it has none (call it on a text
    with a decomposed mark only).

    >>> _detached_marks_joined("Kê \u0301 hoa \u0323ch")[0] == "Kê\u0301 hoa\u0323ch"
    True
    """
    blanks = [(m.start() - 1, m.start(), "") for m in _DETACHED_MARK_RE.finditer(text)]
    return _rewritten(text, blanks) if blanks else None


def _nfc(text: str, decomposed: bool) -> tuple[str, OffsetPieces] | None:
    """NFC of ``text`` with its offsets, or ``None`` when ``text`` is NFC already.

    ``unicodedata.is_normalized`` is quick on NFC text but composes the whole text to answer for
    decomposed text: when a decomposed Vietnamese mark is there (``decomposed``), compose first and
    compare (the walk leaves NFC text as it is, since every piece of an NFC text is NFC).
    """
    if decomposed:
        composed = _nfc_with_offsets(text)
        if composed[0] != text or not unicodedata.is_normalized("NFC", text):
            return composed
        return None
    return None if unicodedata.is_normalized("NFC", text) else _nfc_with_offsets(text)


# A web page's markup kept in the text (a crawler stored a CMS's body field as it was): the tags of HTML's
# blocks, line breaks and inline styles, a run of them with only blanks between read as one. Read only in a
# text that closes a block ("</p>", "</td>"): a Markdown table's "<br>" is the table's to read.
_HTML_BLOCKS = (
    "address|article|aside|blockquote|body|br|caption|center|dd|div|dl|dt|figcaption|figure|footer|h[1-6]"
    "|head|header|hr|html|li|main|nav|ol|p|pre|section|table|tbody|td|tfoot|th|thead|tr|ul"
)
_HTML_INLINE = "a|abbr|b|big|code|del|em|font|i|img|ins|label|mark|o:p|s|small|span|strike|strong|sub|sup|u"
_HTML_TAG = rf"</?+(?:{_HTML_BLOCKS}|{_HTML_INLINE})\b[^<>]{{0,1000}}+>"
_HTML_TAGS_RE = re.compile(rf"{_HTML_TAG}(?:[ \t]*+{_HTML_TAG})*+", re.IGNORECASE)
_HTML_BLOCK_RE = re.compile(rf"</?+(?:{_HTML_BLOCKS})\b", re.IGNORECASE)
_HTML_CLOSED_BLOCK_RE = re.compile(r"</(?:p|div|td|th|tr|li|table|h[1-6])>", re.IGNORECASE)
_BLANKS_TO_LINE_END_RE = re.compile(r"[ \t]*+(?:\n|\Z)")


def _tags_read(run: re.Match[str]) -> str:
    """A run of tags as the page shows it: a line break for a block's edge or a <br> inside a line (none
    where a line breaks already, on either side), a blank between inline tags set apart, else nothing."""
    tags, text = run.group(), run.string
    if _HTML_BLOCK_RE.search(tags) is not None:
        before = run.start()
        while before and text[before - 1] in " \t":
            before -= 1
        if before and text[before - 1] != "\n" and _BLANKS_TO_LINE_END_RE.match(text, run.end()) is None:
            return "\n"
        return ""
    return " " if " " in tags or "\t" in tags else ""


def _html_tags_dropped(text: str) -> tuple[str, list[tuple[int, int]], int] | None:
    """``text`` without the tags of a web page's markup, read as the page shows them (:func:`_tags_read`),
    the pieces that lead the new offsets back (:func:`_moved`) and how many runs of tags there were; None
    when it closes no block of HTML.

    >>> _html_tags_dropped('<p style="x"><strong>KẾ HOẠCH</strong><br />Số&nbsp;1</p>\\n<p>Hết</p>')[0]
    'KẾ HOẠCH\\nSố&nbsp;1\\nHết'
    """
    if "</" not in text or _HTML_CLOSED_BLOCK_RE.search(text) is None:
        return None
    dropped, pieces, count = _substituted(text, _HTML_TAGS_RE.finditer(text), _tags_read)
    return None if not count else (dropped, pieces, count)


# An HTML character reference left by a page saved as text ("&nbsp;", "&amp;", "k&#7871;t"): a name that
# HTML knows, or a code point, always with its semicolon ("KH&CN", "GD&ĐT" are words).
_ENTITY_RE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


@functools.cache
def _entity_names() -> dict[str, str]:
    from html.entities import html5  # noqa: PLC0415 (2,000 names: loaded for a text that has one)

    return {name: char for name, char in html5.items() if name.endswith(";")}


def _entity(found: re.Match[str]) -> str | None:
    """The character(s) an HTML character reference stands for; None for no character."""
    reference = found.group()
    if reference[1] != "#":
        return _entity_names().get(reference[1:])
    code = int(reference[3:-1], 16) if reference[2] in "xX" else int(reference[2:-1])
    if code == 0 or code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
        return None
    return chr(code)


# A program's string escapes: a database field or a JSON export that kept a document as one string
# ("{\"content\": \"KẾ HOẠCH\\nTổ chức ...\"}"): a line break, a tab, a quote, a backslash, a code point
# ("\\u1ea1", a pair of surrogates for one beyond the first plane).
# (the escapes' letters in lower case, as JSON writes them; the code points' digits in either: "\T" is no
# escape, a letter of the text after a backslash)
_ESCAPE_RE = re.compile(
    r"\\(?:u([dD][89abAB][0-9a-fA-F]{2})\\u([dD][c-fC-F][0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|([ntrf\"\\/]))"
    r"|(\")"
)
_ESCAPED_CHARS = {"n": "\n", "t": "\t", "r": "\r", "f": "\x0c", '"': '"', "\\": "\\", "/": "/"}
_LEAST_ESCAPES = 3  # escaped line breaks and code points a text holds, at least


def _escape(m: re.Match[str]) -> str | None:
    high, low, unit, char, delimiter = m.groups()
    if delimiter is not None:  # a string's own quote: its text's edge ('{"id": 7, "content": "KẾ HOẠCH')
        return "\n"
    if char is not None:
        return _ESCAPED_CHARS[char]
    if high is not None:
        return chr(0x10000 + ((int(high, 16) - 0xD800) << 10) + int(low, 16) - 0xDC00)
    code = int(unit, 16)
    return None if 0xD800 <= code <= 0xDFFF else chr(code)  # (a lone surrogate: no character)


def _escapes_read(text: str) -> tuple[str, list[tuple[int, int]], int] | None:
    """``text`` with a program's string escapes read, when its line breaks are escaped ("\\n" more often
    than a line break, if it has one; with "\\uXXXX" three times at least), the strings' own quotes as line
    breaks (a JSON record's fields apart from the document); the pieces that lead the new offsets back
    (:func:`_moved`) and how many there were; None otherwise.

    >>> _escapes_read(r'{"content": "K\\u1ebe HO\\u1ea0CH\\nT\\u1ed5 ch\\u1ee9c\\n\\"Ng\\u00e0y\\"\\n"}')[0]
    '{\\ncontent\\n: \\nKẾ HOẠCH\\nTổ chức\\n"Ngày"\\n\\n}'
    """
    if "\\" not in text:
        return None
    breaks, lines = text.count("\\n"), text.count("\n")
    if breaks + text.count("\\u") < _LEAST_ESCAPES or (lines and breaks <= lines):
        return None
    return _substituted(text, _ESCAPE_RE.finditer(text), _escape)


# A raw e-mail (an .eml saved as text) whose body is quoted-printable: its header says so; then each byte
# of a character beyond ASCII is "=XX" (UTF-8), and a line longer than 76 characters is cut with a soft
# line break, "=" at its end ("K=E1=BA=BF ho=E1=BA=A1ch", "=C4=" / "=90").
_QP_HEADER_RE = re.compile(r"(?im)^content-transfer-encoding:[ \t]*+quoted-printable[ \t\r]*+$")
_QP_HEADER_REACH = 8000  # characters of a mail's headers, at most
_QP_RUN_RE = re.compile(r"(?:=[0-9A-Fa-f]{2}|=\r?\n)++")


def _quoted_printable_run(run: re.Match[str]) -> str | None:
    """A run of quoted-printable bytes and soft line breaks as the UTF-8 text it encodes (None: no such
    text, left as it is)."""
    hexes = run.group().replace("=\r\n", "").replace("=\n", "")
    try:
        return bytes.fromhex(hexes.replace("=", "")).decode("utf-8")
    except (ValueError, UnicodeDecodeError):
        return None


def _quoted_printable_read(text: str) -> tuple[str, list[tuple[int, int]], int] | None:
    """``text`` with its quoted-printable body read, when a header says it is one (the body after that
    header), the pieces that lead the new offsets back (:func:`_moved`) and how many runs were read.

    >>> text = "Content-Transfer-Encoding: quoted-printable\\n\\nK=E1=BA=BF ho=E1=BA=A1ch s=E1=\\n=BB=91 12"
    >>> _quoted_printable_read(text)[0].split("\\n")[-1], _quoted_printable_read(text)[2]
    ('Kế hoạch số 12', 3)
    """
    header = _QP_HEADER_RE.search(text, 0, _QP_HEADER_REACH)
    if header is None:
        return None
    found = _QP_RUN_RE.finditer(text, header.end())
    decoded, pieces, count = _substituted(text, found, _quoted_printable_run)
    return None if not count else (decoded, pieces, count)


def _entities_decoded(text: str) -> tuple[str, list[tuple[int, int]], int] | None:
    """``text`` with its HTML character references read, the pieces that lead the new offsets back
    (:func:`_moved`) and how many there were; None when it has none.

    >>> _entities_decoded("HĐND &amp; UBND, k&#7871;t")
    ('HĐND & UBND, kết', [(0, 0), (5, 5), (6, 10), (14, 18), (15, 25), (16, 26)], 2)
    """
    if "&" not in text:
        return None
    decoded, pieces, count = _substituted(text, _ENTITY_RE.finditer(text), _entity)
    return None if not count else (decoded, pieces, count)


def _substituted(
    text: str, found: Iterator[re.Match[str]], replace: Callable[[re.Match[str]], str | None]
) -> tuple[str, list[tuple[int, int]], int]:
    """``text`` with each match of ``found`` written as ``replace`` gives it (None: left as it is), the
    pieces that lead the new offsets back (:func:`_moved`) and how many were replaced.

    >>> _substituted("a&b&c", re.finditer("&", "a&b&c"), lambda m: " and ")[0]
    'a and b and c'
    """
    edits = ((m.start(), m.end(), new) for m in found if (new := replace(m)) is not None)
    return _rewritten(text, edits)


def _rewritten(text: str, edits: Iterable[tuple[int, int, str]]) -> tuple[str, list[tuple[int, int]], int]:
    """``text`` with each of its slices ``edits`` name (start, end, in order) written as the new text they
    give, the pieces that lead the new offsets back (:func:`_moved`: a new text leads to its slice's
    start, what follows to its end) and how many edits there were."""
    parts: list[str] = []
    pieces = [(0, 0)]
    size = done = count = 0
    for start, end, new in edits:
        parts.append(text[done:start])
        size += start - done
        if new:
            pieces.append((size, start))
            parts.append(new)
            size += len(new)
        pieces.append((size, end))
        done = end
        count += 1
    parts.append(text[done:])
    pieces.append((size + len(text) - done, len(text)))  # the end leads to the end
    return "".join(parts), pieces, count


# A line that opens with letters set a blank apart, words two blanks apart, as OCR and some PDFs give
# tracked capitals ("K Ế  H O Ạ C H", "T M .  B A N  T H Ư Ờ N G  V Ụ"), or one column of such a line
# (three blanks or more part columns): a literal first, so the engine jumps from line to line;
# :func:`_letter_spacing_closed` checks each column.
_SPACED_LINE_RE = re.compile(r"\n[ \t]*+[^\W\d_] {1,3}+[^\s] {1,3}+[^\s](?: |$)", re.MULTILINE)
# ... and, in a text that has such a line, such letters anywhere on a line (a column on the right)
_SPACED_LETTERS_RE = re.compile(r" [^\W\d_] [^\W\d_] {1,2}+[^\W\d_](?: |$)", re.MULTILINE)
_SPACED_PART_RE = re.compile(r"(?:[^\s](?: (?! )|  (?=[^\s]))?+)++")  # characters one or two blanks apart
_SPACED_LETTERS = 4  # letters of a column set apart, at least
_SPACED_WORD = 8  # letters of a column set apart with no wider blank: one word, at most ("B A N")


def _spaced_words(part: str) -> list[str] | None:
    """The words of ``part`` when its characters are set a blank apart, words two blanks apart, its letters
    capitals; None when it is no such column."""
    words = [word.split(" ") for word in part.split("  ")]
    if any(len(char) != 1 for word in words for char in word):
        return None
    letters = [char for word in words for char in word if char.isalpha()]
    if len(letters) < _SPACED_LETTERS or (len(words) == 1 and len(words[0]) > _SPACED_WORD):
        return None
    if not all(char.isupper() for char in letters):
        return None  # tracked capitals only: "x x x x" in a formula or a list is written so
    return ["".join(word) for word in words]


# A rotated cell of a PDF's table (a column's header written upwards), as pdftotext reads it: a character a
# line ("T" / "h" / "ờ" / "i" / " " / "g" / "i" / "a" / "n"). Four letters or more, only letters and blanks.
_VERTICAL_RE = re.compile(r"(?:\n(?:[^\W\d_ ]|[ ])(?=\n)){4,}+")
_VERTICAL_LETTERS = 4
_NEXT_CELL_RE = re.compile(rf"(?<=[{ranges(str.islower, LATIN)}])(?=[{ranges(str.isupper, LATIN)}])")


def _vertical_words_joined(text: str) -> tuple[str, list[tuple[int, int]], int] | None:
    """``text`` with each run of lines of one letter (a rotated table cell) written as the words they
    spell, the pieces that lead the new offsets back (:func:`_moved`) and how many runs there were; None
    when it has none.

    >>> _vertical_words_joined("STT\\nT\\nh\\nờ\\ni\\n \\ng\\ni\\na\\nn\\n1\\nI\\n*\\n")[0]
    'STT\\nThời gian\\n1\\nI\\n*\\n'
    >>> _vertical_words_joined("STT\\n" + "\\n".join("Chủ trìThời gian") + "\\n1")[0]  # cells side by side
    'STT\\nChủ trì\\nThời gian\\n1'
    """
    edits = []
    for run in _VERTICAL_RE.finditer(text):
        letters = run.group()[1::2]
        if sum(c != " " for c in letters) >= _VERTICAL_LETTERS:  # (cells side by side: a capital after a
            words = _NEXT_CELL_RE.sub("\n", letters.strip())  # small letter opens the next one)
            edits.append((run.start() + 1, run.end(), words))
    if not edits:
        return None
    return _rewritten(text, edits)


def _letter_spacing_closed(text: str) -> tuple[str, list[tuple[int, int]], int] | None:
    """``text`` with each column of letters set a blank apart written as its words (a blank apart, the
    column's blanks kept), the pieces that lead the new offsets back (:func:`_moved`) and how many lines
    there were; None when it has none.

    >>> _letter_spacing_closed("Số 15\\nK Ế  H O Ạ C H\\nT M .  B A N        Độc lập")[0]
    'Số 15\\nKẾ HOẠCH\\nTM. BAN        Độc lập'
    """
    first_line = _SPACED_LINE_RE.match("\n" + text[:12]) is not None
    if not first_line and _SPACED_LINE_RE.search(text) is None:
        return None
    parts: list[str] = []
    pieces = [(0, 0)]
    size = done = count = 0
    starts = {0} if first_line else set()
    starts.update(m.start() + 1 for m in _SPACED_LINE_RE.finditer(text))
    starts.update(text.rfind("\n", 0, m.start()) + 1 for m in _SPACED_LETTERS_RE.finditer(text))
    for start in sorted(starts):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        closed = False
        for part in _SPACED_PART_RE.finditer(text, start, end):
            words = _spaced_words(part.group())
            if words is None:
                continue
            parts.append(text[done : part.start()])
            size += part.start() - done
            at = part.start()
            for k, word in enumerate(words):
                if k:
                    pieces.append((size, at))
                    parts.append(" ")
                    size += 1
                for char in word:
                    at = text.index(char, at)
                    pieces.append((size, at))
                    parts.append(char)
                    size += 1
                    at += 1
            done = part.end()
            pieces.append((size, done))
            closed = True
        count += closed
    if not count:
        return None
    parts.append(text[done:])
    pieces.append((size + len(text) - done, len(text)))
    return "".join(parts), pieces, count


# Characters that show nothing: zero-width space, non-joiner, joiner, word joiner, soft hyphen, and the
# byte-order mark (one that opens a file read without "utf-8-sig" is no diagnostic).
_INVISIBLES = "\u200b\u200c\u200d\u2060\u00ad\ufeff"
_INVISIBLE_RE = re.compile(f"[{_INVISIBLES}]++")


def _invisibles_dropped(text: str) -> tuple[str, list[tuple[int, int]], int] | None:
    """``text`` without its invisible characters, the pieces that lead the new offsets back
    (:func:`_moved`) and how many there were, but a byte-order mark opening the text; None when it has
    none.

    >>> _invisibles_dropped("\ufeffKế ho\u200bạch tổng\u00ad hợp")
    ('Kế hoạch tổng hợp', [(0, 0), (0, 1), (5, 7), (13, 16), (17, 20)], 2)
    """
    if not any(char in text for char in _INVISIBLES):
        return None
    kept, pieces, _ = _substituted(text, _INVISIBLE_RE.finditer(text), lambda _: "")
    return kept, pieces, len(text) - len(kept) - (text[0] == "\ufeff")


@functools.cache
def _replacements() -> dict[str, str]:
    """The characters replaced one for one in the text view: look-alikes (``Ð`` -> ``Đ``), pictographs
    used as list bullets (``layout.toml`` ``bullet_symbols``) -> "•", the variation selector and
    keycap mark of "1️⃣" -> a blank, and the line breaks within a paragraph -> a line break (Word's
    manual one is a vertical tab in its plain text; Unicode's line and paragraph separators).
    ``str.replace`` rejects a character wider than any of the text's at once (an emoji in a Vietnamese
    text), and finds the others at C speed."""
    bullets = dict.fromkeys(load("layout")["bullet_symbols"], "•")
    breaks = dict.fromkeys("\x0b\u2028\u2029", "\n")
    return {**_LOOKALIKES, **bullets, "\ufe0f": " ", "\u20e3": " ", **breaks}


@functools.cache
def _box_drawing() -> dict[int, str]:
    """Unicode's box-drawing lines as a grid table's ASCII (a text renderer draws a Word table so): a
    horizontal line as "-" ("=" doubled), a vertical one as "|", a corner, tee or cross as "+".

    >>> "┌──┬─┐ │ 1│x│ ╞══╪═╡".translate(_box_drawing())
    '+--+-+ | 1|x| +==+=+'
    """
    table: dict[int, str] = {}
    for code in range(0x2500, 0x2570):  # the lines, corners, tees and crosses (not the diagonals)
        name = unicodedata.name(chr(code), "")
        if " AND " in name or not name.endswith(("HORIZONTAL", "VERTICAL")):
            table[code] = "+"
        elif name.endswith("HORIZONTAL"):
            table[code] = "=" if "DOUBLE" in name else "-"
        else:
            table[code] = "|"
    return table


def _replace_all(s: str, table: dict[str, str]) -> str:
    """Each key of ``table`` replaced (str.replace returns ``s`` itself when the key is not there)."""
    for old, new in table.items():
        s = s.replace(old, new)
    return s


def _ends_syllable(s: str, i: int) -> bool:
    """Whether no letter stands at ``s[i]``, knowing that no ASCII letter does (``_TONE_PAIRS_RES``)."""
    return s[i : i + 1].isascii() or _LETTER_RE.match(s, i) is None


def _move_tones(s: str) -> str:
    # Pairs never overlap, so the matches of the four patterns, sorted, are those of their alternation.
    moves = [m for pattern in _TONE_PAIRS_RES for m in pattern.finditer(s) if _ends_syllable(s, m.end())]
    if not moves:
        return s
    moves.sort(key=lambda m: m.start())
    parts: list[str] = []
    done = 0
    for m in moves:
        parts.append(s[done : m.start()])
        parts.append(_TONE_MOVES[m.group()])
        done = m.end()
    parts.append(s[done:])
    return "".join(parts)


def fold_tones(s: str) -> str:
    """One tone-mark style and one dash: the matching key of a string.

    >>> fold_tones("Thành uỷ, hoá – khoá")
    'Thành ủy, hóa - khóa'
    """
    return _replace_all(_move_tones(s), _DASHES)


# Blanks before a line break, with the blank lines after it ("  \n", " \n \n"): the key has the breaks
# first, then the blanks, as indentation of the next line.
_BLANKS_AND_BREAKS_RE = re.compile(r" ++\n(?: *+\n)*+")


def fold_line_ends(text: str) -> str:
    """``text`` with the blanks before each line break moved after it: a blank line holds nothing,
    a line ends with no blank (``text`` has no tab or CR left: :func:`_blank_debris`).

    Each place is found from a " \n" (str.find: most texts have a few, many have none), not by a
    search for a blank, which would stop at every space of the text.

    >>> fold_line_ends("Cấp tỉnh:  \\n \\n- Báo cáo")
    'Cấp tỉnh:\\n\\n   - Báo cáo'
    """
    at = text.find(" \n")
    if at < 0:
        return text
    parts: list[str] = []
    done = 0  # text[:done] is folded
    while at >= 0:
        start = done + len(text[done : at + 1].rstrip(" "))  # the first blank of the run
        run = _BLANKS_AND_BREAKS_RE.match(text, start)
        assert run is not None  # text[start:at + 2] is blanks and a line break
        breaks = run.group().count("\n")
        parts += (text[done:start], "\n" * breaks, " " * (run.end() - start - breaks))
        done = run.end()
        at = text.find(" \n", done)
    parts.append(text[done:])
    return "".join(parts)


# One blank line inside a sentence, which DOCX and PDF conversions set between wrapped lines; a paragraph
# ends with a stop, or the next one opens with a capital, a mark or an item's number, or further in.
# * ``lower``: the line before ends in a small letter, a digit, a comma or a closing bracket (no stop, no
#   heading in capitals), the next goes on in lower case or with a number, and is no list item ("a)",
#   "ii.", "2.", "1.2)").
# * ``full``: the line before is 30 characters or more (the shortest line that can fill the width) with no
#   stop at its end, the next opens with a letter, a digit or an opening quote, not with an item's number
#   ("1.", "2.1.", "II.", "a)") or a line's opening words (layout.toml ``line_openers``: "Căn cứ",
#   "Để"...), and holds a small letter (a line in capitals is a heading): it joins when the line before
#   fills the width (:func:`_fills_the_width`), "... của Ban\n\nBí thư Trung ương Đoàn".
# The pattern starts with "\n\n": ``re`` tries it only there. Its small letters are those of the Latin
# script (Vietnamese's among them): ``re`` has no \p{Ll}.
class _WrapPatterns(NamedTuple):
    blank_line: re.Pattern[str]  # a blank line that may join
    small: re.Pattern[str]  # a small letter: a line with none is in capitals, or has no word


@functools.cache
def _wrap_patterns() -> _WrapPatterns:
    """The patterns of the blank lines inside a sentence (see above), built on first use from the
    lexicon."""
    small = ranges(lambda c: unicodedata.category(c) == "Ll", LATIN)
    openers = "|".join(re.escape(opener) for opener in load("layout")["line_openers"])
    blank_line = re.compile(
        r"\n\n(?:"
        rf"(?P<lower>(?<=[{small}0-9,)]\n\n)(?=[ ]*+[{small}0-9])"
        rf"(?![ ]*+(?:[{small}]|[ivx]++|[0-9]++(?:\.[0-9]++)*+)[.)]))"
        rf"|(?<=[^\n]{{29}}[^{WHITE_SPACE}.;:!?…]\n\n)(?P<full>[ ]*+)"
        r"(?!(?:[IVXLC]{1,5}|[0-9]{1,2}(?:\.[0-9]{1,2})*+|[a-zđ])[.)])"
        rf"(?!(?:{openers})(?![^\W_]))"
        rf"(?=(?:[^\W_]|[“\"(])[^\n{small}]*+[{small}])"
        r")"
    )
    return _WrapPatterns(blank_line, re.compile(f"[{small}]"))


def join_wrapped_lines(key: str) -> str:
    """``key`` (after :func:`fold_line_ends`) with each blank line inside a sentence turned into a
    blank, so the line breaks where it stood is one line break: where the next line goes on in lower
    case or with a number, and where a line that fills the width stops mid-sentence (see
    :func:`_wrap_patterns`).

    >>> join_wrapped_lines("căn cứ Kế hoạch số\\n\\n541/KH-TWĐTN ngày\\n\\n27/6/2022.\\n\\nb) Tổ chức")
    'căn cứ Kế hoạch số\\n 541/KH-TWĐTN ngày\\n 27/6/2022.\\n\\nb) Tổ chức'
    >>> line = "Thực hiện Kế hoạch số 511-KH/TWĐTN ngày 04/05/2022 của Ban"
    >>> key = "\\n".join([line] * 6) + "\\n\\nBí thư Trung ương Đoàn về tổ chức Chiến dịch."
    >>> join_wrapped_lines(key).splitlines()[-1]
    ' Bí thư Trung ương Đoàn về tổ chức Chiến dịch.'
    """
    if "\n\n" not in key:
        return key
    joins = [
        m.start() + 1
        for m in _wrap_patterns().blank_line.finditer(key)
        if m.group("lower") is not None or _fills_the_width(key, m)
    ]
    if not joins:
        return key
    parts: list[str] = []
    done = 0
    for at in joins:  # "\n\n" -> "\n ": the same length
        parts += (key[done:at], " ")
        done = at + 1
    parts.append(key[done:])
    return "".join(parts)


_FULL_LINE_SHARE = 0.75  # of the text's width: a line this long was wrapped, if it ends mid-sentence
_LONGEST_WRAPPED = 1.5  # of the text's width: a longer line was not wrapped at it
_WIDTHS = (40, 150)  # characters: the text's width when its lines are wrapped (else they are paragraphs)
_MEASURED_LINE = 20  # characters: shorter lines (headings, blocks) do not tell the width
_WRAPPING_SAMPLE = 8  # lines before a blank line and after it: where its width is measured


def _fills_the_width(key: str, blank_line: re.Match[str]) -> bool:
    """Whether the line before ``blank_line`` (a ``full`` match of :func:`_wrap_patterns`) fills the width its
    neighbours were wrapped at (:func:`_wrapping`), and the next line opens no further in than this one
    and than they do: it was wrapped. Not after a line in capitals or the addressee line ("Kính gửi").
    """
    previous = blank_line.start()
    line_start = key.rfind("\n", 0, previous) + 1
    line = key[line_start:previous]
    words = line.lstrip(" ")
    if _wrap_patterns().small.search(words) is None or words.lower().startswith(_addressee()):
        return False
    indent = len(blank_line.group("full"))  # the next line's
    if indent > len(line) - len(words):
        return False  # it opens further in: a paragraph, or an item whose bullet was lost
    next_end = key.find("\n", blank_line.end())
    wrapping = _wrapping(key, line_start - 1, len(key) if next_end < 0 else next_end)
    if wrapping is None:
        return False
    width, usual_indent = wrapping
    return _FULL_LINE_SHARE * width <= len(line) <= _LONGEST_WRAPPED * width and indent <= usual_indent


def _wrapping(key: str, before: int, after: int) -> tuple[int, int] | None:
    """The width the lines around a blank line were wrapped at and their usual indentation, from the
    :data:`_WRAPPING_SAMPLE` lines that end before ``before`` and those that start after ``after``
    (the line breaks around the two lines it stands between): the length and the indentation of the
    80th percentile, by length, of those of :data:`_MEASURED_LINE` characters or more (a line that
    fills the width goes on a paragraph, at its usual indentation). None for fewer than five such
    lines, or a width out of :data:`_WIDTHS` (paragraphs set one a line), its words one blank apart
    (justified text sets them wider).

    Lines are cut with str.find and str.rfind, not by splitting the text: a split costs ~20
    instructions a character of Vietnamese text.

    >>> key = "\\n".join(["  Một dòng văn bản dài đủ để đo chiều rộng"] * 6 + ["Tiêu đề"])
    >>> _wrapping(key, key.index("\\n"), key.index("\\n"))
    (42, 2)
    """
    lines: list[str] = []
    end = before
    while end > 0 and len(lines) < _WRAPPING_SAMPLE:
        start = key.rfind("\n", 0, end) + 1
        lines.append(key[start:end])
        end = start - 1
    start = after + 1
    while 0 < start <= len(key) and len(lines) < 2 * _WRAPPING_SAMPLE:
        end = key.find("\n", start)
        end = len(key) if end < 0 else end
        lines.append(key[start:end])
        start = end + 1
    lines.sort(key=len)
    measured = bisect.bisect_left(lines, _MEASURED_LINE, key=len)  # the first line measured
    if len(lines) - measured < 5:
        return None
    widest = lines[measured + (len(lines) - measured) * 4 // 5]
    if not _WIDTHS[0] <= len(" ".join(widest.split())) <= _WIDTHS[1]:
        return None
    return len(widest), len(widest) - len(widest.lstrip(" "))


@functools.cache
def _addressee() -> tuple[str, ...]:
    """What opens the addressee line (layout.toml ``addressee``: "Kính gửi"), a block of its own."""
    return tuple(load("layout")["addressee"])


def is_caps_line(line: str) -> bool:
    """Whether ``line`` is written in capitals: four letters or more, none in lower case.

    >>> is_caps_line("I. MỤC ĐÍCH"), is_caps_line("Về việc"), is_caps_line("1.")
    (True, False, False)
    """
    letters = list(filter(str.isalpha, line))
    return len(letters) >= 4 and all(map(str.isupper, letters))


def _moved(
    pieces: list[tuple[int, int]], offsets: array[int] | OffsetPieces | None
) -> array[int] | OffsetPieces:
    """The offsets of a text whose parts were moved (``pieces``: :func:`vnplan.columns.set_apart`),
    through ``offsets``, those of the text before the move."""
    moved = OffsetPieces()
    for new, old in pieces:
        moved.add(new, old)
    return moved if offsets is None else array("q", map(offsets.__getitem__, moved))


# A table row whose cells tabs part (docx2txt, a copy from a spreadsheet): three cells or more on a line,
# each opening with a character that is no white space. A tab that indents a line, or parts two columns
# of a header, is no row's.
_TAB_ROW_RE = re.compile(r"^[ ]*+[^\s][^\n\t]*+(?:\t++[ ]*+[^\s][^\n\t]*+){2,}+\t*+$", re.MULTILINE)


def _tab_rows_apart(text: str) -> str:
    """``text`` with the tabs of its table rows turned into line breaks: a cell a line, as a Markdown
    table's pipes are.

    >>> _tab_rows_apart("TT\\tNội dung\\tThời gian\\n1\\tTổng kết\\tQuý II/2025\\t\\nHUYỆN ỦY\\tĐẢNG BỘ")
    'TT\\nNội dung\\nThời gian\\n1\\nTổng kết\\nQuý II/2025\\n\\nHUYỆN ỦY\\tĐẢNG BỘ'
    """
    if "\t" not in text:
        return text
    if '\t"' in text or '"\t' in text:
        text = _TSV_RECORD_RE.sub(_quoted_cells_apart, text)
    return _TAB_ROW_RE.sub(_cells_a_line, text)


# A spreadsheet's rows copied as text (Excel, LibreOffice): tabs part the cells, and a cell that holds a
# line break or a quote is set in quotes, its quotes doubled, as in CSV. A record with such a cell runs
# over several lines; its cells are read as a CSV record's are. A quoted cell is bounded: a stray quote
# never makes a search run to the end of the text.
_TSV_CELL = r'(?:"(?:[^"\t]|""){0,2000}+"|[^\t"\n]*+)'
_TSV_RECORD_RE = re.compile(rf"^{_TSV_CELL}(?:\t{_TSV_CELL})++\r?$", re.MULTILINE)  # (a CRLF's row end)
_TSV_CELL_RE = re.compile(rf"{_TSV_CELL}(?:\t|\r?$)")  # a cell and its separator (none for the last)


def _quoted_cells_apart(record: re.Match[str]) -> str:
    """A spreadsheet's record a cell a line: its tabs as line breaks and its quotes as blanks, as
    :func:`_cells_apart` reads a CSV record; a record with no quoted cell as it is (a row a line, which
    :data:`_TAB_ROW_RE` reads).

    >>> _tab_rows_apart('STT\\tNội dung\\t"Thời hạn\\n(hoàn thành)"\\n1\\tBáo cáo ""nhanh""\\tTrước 15/5')
    'STT\\nNội dung\\n Thời hạn (hoàn thành) \\n1\\nBáo cáo ""nhanh""\\nTrước 15/5'
    """
    row = record.group()
    if '"' not in row or "\n" not in row:
        return row
    if row.count("\t") > 1:  # a task table's: a cell a line
        return _cells_apart(row, _TSV_CELL_RE, "\t")
    # two cells, both quoted: a layout table's (the header's two columns, the recipients beside the
    # signature), each cell a block of lines; one quoted beside a plain one is no record
    if not all(cell.startswith('"') and cell.rstrip("\r").endswith('"') for cell in row.split("\t")):
        return row
    return _cells_apart(row, _TSV_CELL_RE, "\t", lines=True)


_LIST_MARKS = frozenset("•-+*–●○▪◦")


def _cells_a_line(row: re.Match[str]) -> str:
    """A row's cells a line each; a list's item as it is: a bullet, a label ("Đoàn trường:") and its text
    parted by tabs, as Word saves a bulleted item as text.

    >>> _tab_rows_apart("•\\tĐoàn trường:\\tchỉ đạo các chi đoàn\\n1.\\tBan Giám hiệu:\\tphân công")
    '•\\tĐoàn trường:\\tchỉ đạo các chi đoàn\\n1.\\tBan Giám hiệu:\\tphân công'
    """
    cells = [cell.strip() for cell in row.group().split("\t") if cell.strip()]
    if cells[0] in _LIST_MARKS or any(cell.endswith(":") for cell in cells[:-1]):
        return row.group()
    return row.group().replace("\t", "\n")


# A table saved as CSV and pasted into the text: a header line of column names ([table_columns] of
# deadlines.toml) parted by semicolons (a spreadsheet's separator where the comma is the decimal mark) or
# commas, with no blank after them, then its records, each with as many cells. A cell in quotes may hold
# the separator or a line break, and doubles its quotes.
_CSV_QUOTED_RE = re.compile(r'"(?:[^"]|"")*+"')
_CSV_QUOTES_RE = re.compile(r'""|"')
# a comma's header only where a time column's name follows a comma ("...,Thời gian hoàn thành"): commas
# part the words of prose and the digits of numbers everywhere
_COMMA_CSV_HINT_RE = re.compile(r",(?=(?:[Tt]hời|THỜI|[Tt]iến độ|TIẾN ĐỘ)[ \t])")


@functools.cache
def _csv_patterns(separator: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """For CSV parted by ``separator``: a header's separator (a name after it, not a blank as in prose),
    a record, and a cell with its separator (none for the last)."""
    sep = re.escape(separator)
    cell = rf'(?:"(?:[^"]|"")*+"|[^{sep}"\n]*+)'
    return (
        re.compile(rf"{sep}(?![\s{sep}])"),
        re.compile(rf"{cell}(?:{sep}{cell})++(?=\n|\Z)"),
        re.compile(rf"{cell}(?:{sep}|$)"),
    )


def _csv_rows_apart(text: str, separator: str = ";") -> str:
    """``text`` with the separators that part the cells of a CSV table turned into line breaks (a cell a
    line, as :func:`_tab_rows_apart` does), and the quotes around a cell into blanks ("" into a quote and
    a blank, a line break inside a quoted cell into a blank): offset for offset.

    >>> _csv_rows_apart('TT;Nội dung;Thời gian\\n1;"Gửi ""Báo cáo""; nộp";Trước 10/6\\nHết.')
    'TT\\nNội dung\\nThời gian\\n1\\n Gửi  "Báo cáo" ; nộp \\nTrước 10/6\\nHết.'
    >>> _csv_rows_apart('STT,Nội dung,Thời gian\\n1,"Rà soát, thống kê",Quý I/2026', ",")
    'STT\\nNội dung\\nThời gian\\n1\\n Rà soát, thống kê \\nQuý I/2026'
    """
    header_re, record_re, cell_re = _csv_patterns(separator)
    found = header_re.search(text)
    if found is None:
        return text
    parts: list[str] = []
    done = 0
    while found is not None:
        line_start = text.rfind("\n", 0, found.start()) + 1
        line_end = text.find("\n", found.start())
        line_end = len(text) if line_end < 0 else line_end
        cells = text[line_start:line_end].split(separator)
        names = sum(" ".join(cell.lower().split()) in column_kinds() for cell in cells)
        if line_start < done or len(cells) < 3 or names < 2:
            found = header_re.search(text, line_end)
            continue
        at = line_start
        while (record := record_re.match(text, at)) is not None:
            row = record.group()
            quoted = sum(m.group().count(separator) for m in _CSV_QUOTED_RE.finditer(row))
            if row.count(separator) - quoted != len(cells) - 1:  # a record has the header's cells
                break
            parts += (text[done:at], _cells_apart(row, cell_re, separator))
            done = record.end()
            at = done + 1
            if at > len(text):
                break
        found = header_re.search(text, max(done, line_end))
    if not parts:
        return text
    parts.append(text[done:])
    return "".join(parts)


def _unquoted(m: re.Match[str]) -> str:
    """A cell's quote as a blank; a doubled quote as one quote, the blank on the side of the cell's edge."""
    if m.group() == '"':
        return " "
    after = m.string[m.end() : m.end() + 1]
    return ' "' if after.isalnum() else '" '


def _cells_apart(row: str, cells: re.Pattern[str], separator: str, *, lines: bool = False) -> str:
    """A CSV record (or a spreadsheet's, with ``cells`` and its ``separator``) with its separators as line
    breaks, and its quotes and the line breaks inside a quoted cell as blanks (same length); with
    ``lines``, a quoted cell keeps its line breaks."""
    out: list[str] = []
    for cell in cells.finditer(row):
        value = cell.group()
        if value.startswith('"'):  # its lines run on: a cell a line
            value = _CSV_QUOTES_RE.sub(_unquoted, value)
            value = value if lines else value.replace("\n", " ")
        out.append(value[:-1] + "\n" if value.endswith(separator) else value)
    return "".join(out)


def normalise(raw: str) -> Source:
    """Build the :class:`Source` of ``raw``; never raises on any ``str``."""
    legacy = convert_legacy(raw)
    text = legacy.text
    offsets: array[int] | OffsetPieces | None = legacy.offsets
    diagnostics: tuple[Diagnostic, ...] = () if legacy.diagnostic is None else (legacy.diagnostic,)
    # an old Mac file's line breaks (not a stray one in a file of line feeds: "\r\r\n" of a converter)
    if "\r" in text and (lone := len(_LONE_CR_RE.findall(text))) > text.count("\n"):
        text = _LONE_CR_RE.sub("\n", text)
        note = f"{lone} line break(s) written as a carriage return alone (an old Mac file) read as such"
        returns = Diagnostic(code="layout.carriage_returns", severity="info", message=note)
        diagnostics = (*diagnostics, returns)
    escapes = _escapes_read(text)
    if escapes is not None:  # a document kept as one string of a program: "KẾ HOẠCH\\nTổ chức ..."
        text, pieces, count = escapes
        offsets = _moved(pieces, offsets)
        note = f"{count} escape(s) of a program's string (\\n, \\t, \\\", \\uXXXX) read as their characters"
        diagnostics = (
            *diagnostics,
            Diagnostic(code="encoding.string_escapes", severity="info", message=note),
        )
    printable = _quoted_printable_read(text) if "=" in text else None
    if printable is not None:  # a raw e-mail's body: "K=E1=BA=BF ho=E1=BA=A1ch", lines cut by a soft "="
        text, pieces, count = printable
        offsets = _moved(pieces, offsets)
        note = (
            f"{count} run(s) of a raw e-mail's quoted-printable body (=E1=BA=BF, soft line breaks) read as "
        )
        note += "their characters"
        diagnostics = (
            *diagnostics,
            Diagnostic(code="encoding.quoted_printable", severity="info", message=note),
        )
    tags = _html_tags_dropped(text)
    if tags is not None:  # a web page's markup: "<p><strong>KẾ HOẠCH</strong></p>"
        text, pieces, count = tags
        offsets = _moved(pieces, offsets)
        note = f"{count} run(s) of HTML tags were dropped, a block's edge or a <br> read as a line break"
        diagnostics = (*diagnostics, Diagnostic(code="text.html_tags", severity="info", message=note))
    entities = _entities_decoded(text)
    if entities is not None:  # a web page saved as text: "&nbsp;", "&amp;", "k&#7871;t"
        text, pieces, count = entities
        offsets = _moved(pieces, offsets)
        note = f"{count} HTML character reference(s) (&nbsp;, &amp;, &#7871;...) read as their characters"
        diagnostics = (*diagnostics, Diagnostic(code="encoding.html_entities", severity="info", message=note))
    invisibles = _invisibles_dropped(text)
    if invisibles is not None:  # a copy from a browser's PDF viewer: "Kế\u200b hoạch", "tổng\u00adhợp"
        text, pieces, count = invisibles
        offsets = _moved(pieces, offsets)
        if count:
            note = f"{count} invisible character(s) (zero-width spaces or joiners, soft hyphens) were dropped"
            diagnostics = (*diagnostics, Diagnostic(code="text.invisibles", severity="info", message=note))
    decomposed = any(mark in text for mark in _DECOMPOSED_MARKS)
    # (the acute and the grave set apart come with a dot below or a hook set apart: a few words hold one)
    detached = _detached_marks_joined(text) if decomposed else None
    if detached is not None:  # a PDF's text with tone marks set apart from their letters: "Kê ́ hoa ̣ch"
        text, pieces, count = detached
        offsets = _moved(pieces, offsets)
        note = f"{count} tone mark(s) set a blank apart from their letter (a PDF's font) were joined to it"
        diagnostics = (*diagnostics, Diagnostic(code="text.detached_marks", severity="info", message=note))
    nfc = _nfc(text, decomposed)
    if nfc is not None:
        text = nfc[0]
        offsets = nfc[1] if offsets is None else array("q", map(offsets.__getitem__, nfc[1]))
    # (pdftotext's text: a form feed ends each page, one character found at C speed; then a blank a line,
    # between a rotated cell's words)
    vertical = _vertical_words_joined(text) if "\x0c" in raw and "\n \n" in text else None
    if vertical is not None:  # a PDF table's rotated header cells, a letter a line: "T" / "h" / "ờ" / "i"
        text, pieces, count = vertical
        offsets = _moved(pieces, offsets)
        note = f"{count} word(s) written a letter a line (a PDF table's rotated cells) were read as words"
        diagnostics = (*diagnostics, Diagnostic(code="layout.vertical_words", severity="info", message=note))
    spaced = _letter_spacing_closed(text)
    if spaced is not None:  # OCR's or a PDF's tracked capitals: "K Ế  H O Ạ C H"
        text, pieces, count = spaced
        offsets = _moved(pieces, offsets)
        note = f"{count} line(s) of letters set apart (tracked capitals) were read as words"
        diagnostics = (*diagnostics, Diagnostic(code="layout.letter_spacing", severity="info", message=note))
    text = _replace_all(text, _replacements())
    if "\u2502" in text or "\u2500" in text:  # a table drawn with box-drawing lines: "│ 1 │ Rà soát │"
        text = text.translate(_box_drawing())
    fields = _word_fields_dropped(text)
    if fields is not None:  # a .doc's text with Word's field codes beside their results: "Số:  FORMTEXT 15"
        text, pieces, count = fields
        offsets = _moved(pieces, offsets)
        note = f"{count} field code(s) of Word (FORMTEXT, HYPERLINK, REF _Ref..., PAGE ... MERGEFORMAT) "
        note += "were dropped"
        diagnostics = (*diagnostics, Diagnostic(code="layout.word_fields", severity="info", message=note))
    answered = _answered_mails_blanked(text)
    if answered is not None:  # a plan quoted in an e-mail's reply, ">> (a mail it answered)" after it
        text, deeper = answered
        note = f'{deeper} line(s) of the mails that a quoted plan\'s mail answered (quoted deeper: ">> ") '
        note += "were blanked"
        diagnostics = (*diagnostics, Diagnostic(code="text.email_quotes", severity="info", message=note))
    text, slides = _blank_slide_lines(text)
    if slides:  # a slide deck's outline: "Slide 2" before each slide's title
        note = f'{slides} line(s) opening a presentation\'s slides ("Slide 2") were blanked'
        diagnostics = (*diagnostics, Diagnostic(code="layout.slides", severity="info", message=note))
    text, numbered = _blank_line_numbers(text)
    if numbered:  # a draft's PDF with its lines numbered in the margin: "12  Căn cứ Nghị quyết ..."
        note = f"{numbered} line number(s) in the margin (a draft's numbered lines) were blanked"
        diagnostics = (*diagnostics, Diagnostic(code="layout.line_numbers", severity="info", message=note))
    wiki = _wiki_markup_blanked(text)
    if wiki is not None:  # a wiki page's source: "'''KẾ HOẠCH'''", "== I. MỤC ĐÍCH ==", "{| class=..."
        text, marks = wiki
        note = f"{marks} mark(s) of a wiki page's source (bold quotes, headings, links, tables) were blanked"
        diagnostics = (*diagnostics, Diagnostic(code="text.wiki_markup", severity="info", message=note))
    comments = _doc_comments_blanked(text)
    if comments is not None:  # Google Docs' text with comments: "khai giảng[c]", "[c]Hằng: Bổ sung giờ ..."
        text, threads = comments
        note = (
            f'{threads} comment thread(s) of an online editor (their anchors, "[a]", and the threads after '
        )
        note += "the text) were blanked"
        diagnostics = (*diagnostics, Diagnostic(code="text.doc_comments", severity="info", message=note))
    tables = tables_apart(text)
    if tables is not None:  # pandoc's plain-text tables: read a cell at a time
        text, pieces = tables
        offsets = _moved(pieces, offsets)
        note = "tables set out as text with their cells side by side (pandoc's grid, multiline or simple "
        note += "tables, a task table aligned with blanks) were read a cell at a time"
        diagnostics = (*diagnostics, Diagnostic(code="layout.tables_apart", severity="info", message=note))
    text = _csv_rows_apart(_tab_rows_apart(text))
    if "," in text and _COMMA_CSV_HINT_RE.search(text):
        text = _csv_rows_apart(text, ",")
    text, furniture = _blank_page_numbers(text)
    text, heads = _blank_running_heads(text)
    furniture += heads
    if "\n\n" in text:
        text, seams = _blank_unbroken_page_seams(text)
        furniture += seams
    if furniture:  # PDF text: a page's footer ("Trang 1/3") and running header around each break
        note = f"{furniture} line(s) of page footers and running headers around the page breaks were blanked"
        diagnostics = (*diagnostics, Diagnostic(code="layout.page_furniture", severity="info", message=note))
    text, chat = blank_chat_furniture(text)
    if chat:  # a plan pasted from a group chat: senders, times, reactions between its lines
        note = f"{chat} line(s) of a group chat's furniture (senders and times, reactions, 'Trả lời') "
        note += "were blanked"
        diagnostics = (*diagnostics, Diagnostic(code="layout.chat_furniture", severity="info", message=note))
    changes = _tracked_changes_accepted(text)
    if changes is not None:  # pandoc --track-changes=all: "[15/9]{.deletion ...}[30/9]{.insertion ...}"
        text, pieces, count = changes
        offsets = _moved(pieces, offsets)
        note = f"{count} tracked change(s) and comment(s) of an editor were read as accepted: deletions "
        note += "and comments dropped, insertions kept"
        diagnostics = (*diagnostics, Diagnostic(code="text.tracked_changes", severity="info", message=note))
    text = _blank_debris(text)
    text = text.replace("|", "\n")
    key, restored, slips, marked, plain_lines, lost = _key(text)
    src = Source(
        original=raw,
        text=text,
        key=key,
        offsets=offsets,
        diagnostics=diagnostics,
        reading=legacy.encoding,
        entities=entities is not None,
        unaccented=marked > 0,
    )
    if restored is None and not slips and not marked and not plain_lines and not lost:
        return src
    notes = [_slip_note(src, at) for at in slips[:_SLIP_NOTES]]
    if plain_lines:
        notes.append(
            Diagnostic(
                code="text.unaccented_lines",
                severity="info",
                message=f"{plain_lines} line(s) typed without diacritics in a text typed with them (a paste) "
                "were read with the vocabulary's marks; the values keep the letters as written",
            )
        )
    if lost:
        notes.append(
            Diagnostic(
                code="text.lost_separators",
                severity="warning",
                message=f"{lost} number(s), date(s) or signature mark(s) were written with blanks for their "
                'separators, as an OCR that drops small marks writes them ("Số 45 KH ĐUK", "ngày 20 11 '
                '2024"): they were read with them; the values keep the text as written',
            )
        )
    if marked:
        notes.append(
            Diagnostic(
                code="text.unaccented",
                severity="warning",
                message=f"the text is typed without diacritics: {marked} word(s) of the vocabulary (ngày, "
                "tháng, Kế hoạch, Nơi nhận...) were read with their marks; the values keep the letters as "
                "written",
            )
        )
    if restored is not None:
        notes.append(
            Diagnostic(
                code="layout.line_breaks_restored",
                message="the text runs on in long lines: line breaks were put back before numbered items, "
                "list dashes, sentences, opening words, headings in capitals and signature marks, and after "
                "the header's mottos",
                span=src.span(*restored),
            )
        )
    return replace(src, diagnostics=(*diagnostics, *notes))


class _KeyView(NamedTuple):
    """The key view of a text and what was read into it on the way (:func:`_key`)."""

    key: str
    restored: tuple[int, int] | None  # where line breaks were put back (:func:`vnplan.linebreaks.restore`)
    slips: list[int]  # where look-alike slips were read (:func:`fold_ocr_slips`)
    marked: int  # words of a text typed without marks read with them (vnplan.unaccented.restore_marks)
    plain_lines: int  # lines typed without marks in a text typed with them, read so
    lost: int  # phrases read with the separators OCR dropped (:func:`restore_lost_separators`)


def _key(text: str) -> _KeyView:
    """The key view of ``text`` (one tone style, slips and lost marks read, line breaks put back)."""
    marked_text, marked = restore_marks(text)
    plain_lines = 0
    if not marked:  # (a text typed with its marks, a paste's lines without them)
        marked_text, plain_lines = restore_marks_in_lines(text)
    folded, slips = fold_ocr_slips(fold_tones(marked_text))
    folded, lost = restore_lost_separators(folded)
    key, restored = restore_line_breaks(join_wrapped_lines(fold_line_ends(folded)))
    return _KeyView(key, restored, slips, marked, plain_lines, lost)


# OCR reads a letter of a word in capitals as the digit that looks like it ("KẾ H0ẠCH"), a zero inside a
# number or a date as the letter ("năm 2O17", "15/1O/2025"), and a one inside a date as a letter
# ("3l/8/2024"). One pattern each, starting with its literal character: the engine skips from one to
# the next at C speed (an alternation would test every character). Words of a date with a slip ("ngảy
# 05/7") are read from layout.toml.
_OCR_SLIPS = {"0": "O", "O": "0", "l": "1", "I": "1", "S": "5", "B": "8"}
_SLIP_NOTES = 20  # diagnostics for the first slips of a text, at most
_LONGEST_DATE_WORD = 8  # characters of a word of [ocr_date_words], and more


@functools.cache
def _ocr_slips_res() -> tuple[re.Pattern[str], ...]:
    upper = ranges(str.isupper, LATIN)
    return (
        re.compile(rf"0(?<=[{upper}]0)(?=[{upper}])"),
        # in a number, or opening a day's before its month ("ngày O4/7/2023", "chậm nhất ngày l0/6")
        # (a figure or "/" next first: a word's "l" fails there at once, the lookbehinds are not tried)
        re.compile(
            r"O(?=[0-9/])(?:(?<=[0-9]O)(?=[0-9]|/[0-9])|(?<=[0-9]/O)(?=[0-9])|(?<!\wO)(?=[0-9]/[0-9]))"
        ),
        re.compile(
            r"l(?=[0-9/])(?:(?<=[0-9]l)(?=[0-9]|/[0-9])|(?<=[0-9]/l)(?=[0-9])|(?<!\wl)(?=[0-9]/[0-9]))"
        ),
        re.compile(r"I(?=[0-9/])(?:(?<=[0-9]I)(?=[0-9]|/[0-9])|(?<=[0-9]/I)(?=[0-9]))"),
        # a day's second figure as the letter like it, in a whole date ("trước ngày 2S/02/2026", "2B/02")
        *(
            re.compile(
                rf"{c}(?=/)(?<=[0-2]{c})(?<!\w[0-2]{c})(?=/[0-9]{{1,2}}+/(?:19|20)[0-9]{{2}}(?![0-9]))"
            )
            for c in "SB"
        ),
    )


@functools.cache
def _ocr_date_words() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    """The words of a date with an OCR slip before a figure, and what each is meant to be (case folded):
    a pattern of their last letters from the toned vowel on (rarer than a word's first letters: the engine
    tries far fewer places), and one of the whole words. Each slip has a toned vowel."""
    words: dict[str, str] = load("layout")["ocr_date_words"]
    tails: set[str] = set()
    for slip, meant in words.items():
        if len(slip) != len(meant):
            raise ValueError(f"layout.toml [ocr_date_words]: {slip!r} and {meant!r} differ in length")
        at = next(i for i, c in enumerate(slip) if not c.isascii())  # its toned vowel ("thánh": "ánh")
        tails.update((slip[at:], slip[at:].upper()))
    tail = "|".join(map(re.escape, sorted(tails, key=len, reverse=True)))
    alternation = "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
    return (
        re.compile(rf"(?:{tail})(?=[ \t\n]++(?:[0-9]|ng[aà]y[ \t\n]))"),
        re.compile(rf"(?i)(?<!\w)(?:{alternation})$"),
        words,
    )


def fold_ocr_slips(key: str) -> tuple[str, list[int]]:
    """``key`` with each look-alike slip of OCR read as the character meant, and where they were.

    >>> fold_ocr_slips("KẾ H0ẠCH số 12, năm 2O17, 0 ĐẾN 10")
    ('KẾ HOẠCH số 12, năm 2017, 0 ĐẾN 10', [4, 21])
    >>> fold_ocr_slips("Kế hoạch số 112-KH/HU, ngảy 05/7/2024, trước ngày 3l/8/2024")
    ('Kế hoạch số 112-KH/HU, ngày 05/7/2024, trước ngày 31/8/2024', [25, 51])
    >>> fold_ocr_slips("ngày O4/7/2023, chậm nhất ngày l0/6/2026; lớp l0, hộ O4")
    ('ngày 04/7/2023, chậm nhất ngày 10/6/2026; lớp l0, hộ O4', [5, 31])
    >>> fold_ocr_slips("trước ngày 2S/02/2026, 2B/02/2026; mẫu 2S/02, KH-1B/2026")
    ('trước ngày 25/02/2026, 28/02/2026; mẫu 2S/02, KH-1B/2026', [12, 24])
    """
    slips = {m.start(): _OCR_SLIPS[m.group()] for pattern in _ocr_slips_res() for m in pattern.finditer(key)}
    tails, whole, meant = _ocr_date_words()
    for tail in tails.finditer(key):
        m = whole.search(key, max(0, tail.end() - _LONGEST_DATE_WORD), tail.end())
        if m is None:
            continue
        word = meant[m.group().lower()]
        for i, (written, char) in enumerate(zip(m.group(), word, strict=True)):
            if written.lower() != char:
                slips[m.start() + i] = char.upper() if written.isupper() else char
    if not slips:
        return key, []
    chars = list(key)
    for at, char in slips.items():
        chars[at] = char
    return "".join(chars), sorted(slips)


# OCR that drops small marks writes a number's and a date's separators as blanks ("Số 45 KH ĐUK", "Hướng
# dẫn số 153 HD BTGTW", "ngày 20 11 2024", "trong tháng 02 2025", "T M BAN THƯỜNG VỤ"). The key reads them
# with their separators, a character for a blank: only a serial, a type code and an issuer code of the
# lexicon (doc_types.toml [codes], issuer_codes.toml), the Party's and the Youth Union's in their style
# ("45-KH/ĐUK"), the others in the State's ("45/KH-UBND"); figures after the day's or the month's word that
# make a day, a month and a year; a signature's mark of two letters at a line's start.
_LOST_DATE_RE = re.compile(
    r"(?i)(?<![^\W\d_])(?:ngày[ \t]++(?P<d>[0-9]{1,2}+) (?P<m>[0-9]{1,2}+)"
    r"(?: (?P<y>(?:19|20)[0-9]{2})(?![0-9/\-]|\.[0-9])|(?=[ \t]++(?:đến|tới|-)[ \t]))"
    r"|tháng[ \t]++(?P<mo>[0-9]{1,2}+) (?P<my>(?:19|20)[0-9]{2})(?![0-9/\-]|\.[0-9]))"
)
# Where the damage shows first: the plan's number line ("Số 45 KH ĐUK"), in the text's first characters.
# The whole text is read for it only there (each pattern over a whole text costs as much as a reader).
_LOST_GATE_RE = re.compile(r"S[ốỐ][ \t]*+:?[ \t]*+[0-9]")  # (matched where "Số" is found)
_LOST_GATE_REACH = 1500
_LOST_MARK_RE = re.compile(r"(?m)(?:^|(?<=\t)|(?<=    ))[ \t]*+(?:T M|K T|T L)(?= )")  # (a line's first, or a
# right column's after its gutter)
# ... and reads a comma as a full stop: a sentence never goes on in small letters ("Các chi bộ. đảng bộ cơ
# sở trực thuộc", "Thanh Hóa. ngày 06 tháng 01 năm 2025")
_COMMA_AS_STOP_RE = re.compile(rf"(?<=[{ranges(str.islower, LATIN)}])\.(?= [{ranges(str.islower, LATIN)}])")


@functools.cache
def _lost_number_re() -> re.Pattern[str]:
    types: dict[str, str] = load("doc_types")["codes"]
    issuers: dict[str, list[str]] = load("issuer_codes")
    codes = sorted({c for group in issuers.values() for c in group}, key=len, reverse=True)
    type_codes = sorted(types, key=len, reverse=True)
    types_, issuers_ = "|".join(map(re.escape, type_codes)), "|".join(map(re.escape, codes))
    return re.compile(rf"(?<![\w/.\-])[0-9]{{1,5}}+ (?P<type>{types_}) (?P<issuer>{issuers_})(?![\w/\-])")


def _lost_number_line(key: str) -> bool:
    """Whether the text's first characters hold a number line whose number lost its separators ("Số 45 KH
    ĐUK"): tried from each "Số" (``str.find``: far faster than a pattern's search)."""
    number = _lost_number_re()
    for word in ("Số", "SỐ"):
        at = key.find(word, 0, _LOST_GATE_REACH)
        while at >= 0:
            m = _LOST_GATE_RE.match(key, at)
            if m is not None and number.match(key, m.end() - 1):
                return True
            at = key.find(word, at + 2, _LOST_GATE_REACH)
    return False


@functools.cache
def _party_style_codes() -> frozenset[str]:
    issuers: dict[str, list[str]] = load("issuer_codes")
    return frozenset(issuers["party"]) | frozenset(issuers["youth"])


def restore_lost_separators(key: str) -> tuple[str, int]:
    """``key`` with the separators that OCR dropped from numbers, dates and signature marks put back in
    place of the blanks it left, and how many phrases were read so; only in a text whose own number line
    lost them.

    >>> restore_lost_separators("Số 45 KH ĐUK, ngày 20 11 2024; Kế hoạch 12 KH UBND; trong tháng 02 2025")
    ('Số 45-KH/ĐUK, ngày 20/11/2024; Kế hoạch 12/KH-UBND; trong tháng 02/2025', 4)
    >>> restore_lost_separators("Số 3 KH TU\\ntừ ngày 20 01 đến ngày 15 02 2025\\nT M BAN THƯỜNG VỤ")[1]
    4
    >>> restore_lost_separators("Số 45-KH/ĐUK, ngày 20 11 2024")  # its number line has them
    ('Số 45-KH/ĐUK, ngày 20 11 2024', 0)
    """
    if not _lost_number_line(key):
        return key, 0  # (the plan's own number line has its separators: so has the rest of its text)
    phrases: list[list[tuple[int, str]]] = []  # each phrase's separators: (where, which)
    for m in _LOST_DATE_RE.finditer(key):
        if m.group("mo") is not None:
            if 1 <= int(m.group("mo")) <= 12:
                phrases.append([(m.end("mo"), "/")])
        elif 1 <= int(m.group("d")) <= 31 and 1 <= int(m.group("m")) <= 12:
            ends = (m.end("d"), m.end("m")) if m.group("y") is not None else (m.end("d"),)
            phrases.append([(at, "/") for at in ends])
    party = _party_style_codes()
    for m in _lost_number_re().finditer(key):
        first, second = ("-", "/") if m.group("issuer") in party else ("/", "-")
        phrases.append([(m.start("type") - 1, first), (m.start("issuer") - 1, second)])
    phrases += [[(m.end() - 2, "/")] for m in _LOST_MARK_RE.finditer(key)]
    phrases += [[(m.start(), ",")] for m in _COMMA_AS_STOP_RE.finditer(key)]
    if not phrases:
        return key, 0
    chars = list(key)
    for at, mark in itertools.chain.from_iterable(phrases):
        chars[at] = mark
    return "".join(chars), len(phrases)


def _slip_note(src: Source, at: int) -> Diagnostic:
    word_start = max(src.text.rfind(" ", 0, at), src.text.rfind("\n", 0, at)) + 1
    ends = [i for i in (src.text.find(" ", at), src.text.find("\n", at)) if i >= 0]
    word_end = min(ends, default=len(src.text))
    return Diagnostic(
        code="text.ocr_lookalike",
        severity="warning",
        message=f"{src.text[word_start:word_end]!r} read as {src.key[word_start:word_end]!r} (a look-alike "
        f"{'digit' if src.text[at].isdigit() else 'letter'} of OCR)",
        span=src.span(at, at + 1),
    )


def _tab_blanks(src: Source, start: int) -> list[int]:
    """The offsets of the blanks of ``src.text`` from ``start`` on that were tabs (the cells of a
    table saved as text): the original's tabs, led to the text's offsets when those moved."""
    tabs = []
    at = src.original.find("\t", src.pos(start))
    while at >= 0:
        if src.offsets is None:
            tabs.append(at)
        else:  # (offsets grow with the text: the tab's offset in the text, if it is there as a blank)
            i = bisect.bisect_left(src.offsets, at)
            if i < len(src.text) and src.offsets[i] == at and src.text[i] == " ":
                tabs.append(i)
        at = src.original.find("\t", at + 1)
    return tabs


def with_columns_apart(
    src: Source, heading: int, *, signatures: bool = False, approval: bool = False
) -> Source | None:
    """``src`` with the recipients and the signature set column after column when they stand side by
    side from the line of ``heading`` (the recipients heading) on (:func:`vnplan.columns.set_apart`),
    and a diagnostic saying so; None when they do not. With ``signatures``, ``heading`` is a signature's
    first mark, and the columns are two signatures side by side (a joint plan's), apart at a gutter; with
    ``approval``, ``heading`` is an approval's heading beside the signer's position ("DUYỆT CỦA HIỆU
    TRƯỞNG" / "TỔ TRƯỞNG").

    >>> gap = " " * 30
    >>> src = normalise(f"Nơi nhận:{gap}TM. BAN\\n- Như trên;{gap[2:]}BÍ THƯ\\n- Lưu.{gap[:-2]}     Lê Văn A")
    >>> moved = with_columns_apart(src, 0)
    >>> moved.text.splitlines(), moved.diagnostics[0].code
    (['Nơi nhận:', '- Như trên;', '- Lưu.', 'TM. BAN', 'BÍ THƯ', 'Lê Văn A'], 'layout.columns_apart')
    """
    if signatures:
        columns = set_apart(src.text, heading, gutter_only=True)
        what = "two signatures stand side by side (a joint document's): read column after column, the first"
        what += " as the signer"
    else:
        columns = set_apart(src.text, heading, _tab_blanks(src, heading), src.key)
        what = "the recipients and the signature stand side by side: read column after column"
        if approval:
            what = "an approval and the signature stand side by side: read column after column"
    if columns is None:
        return None
    text, pieces, block_end = columns
    note = Diagnostic(
        code="layout.columns_apart",
        severity="info",
        message=what,
        span=src.span(src.text.rfind("\n", 0, heading) + 1, block_end),
    )
    return Source(
        original=src.original,
        text=text,
        key=_key(text).key,
        offsets=_moved(pieces, src.offsets),
        diagnostics=(*src.diagnostics, note),
        reading=src.reading,
        entities=src.entities,
        unaccented=src.unaccented,
    )
