"""Line breaks put back into a plan run into one line (a web page's text, a database field).

Segmentation reads lines: the summary ends where the body's first line opens, the recipients and
the signature are blocks of lines. A plan whose line breaks were lost runs its summary into the
body and loses its blocks. :func:`restore` gives such a text its breaks back where a plan's lines
open: before a numbered item or a list dash after a stop, before a sentence after a stop, before
the words that open a plan's paragraphs (``Căn cứ``, ``Thực hiện``, ``Nơi nhận``...), a signature
mark (``TM.``, ``KT.``) and a run of words in capitals after ordinary text (a heading), and after
the header's mottos (``Độc lập - Tự do - Hạnh phúc``).

Only the *key* view changes, and only blanks turn into line breaks, so no offset moves. Only lines
of :data:`LONG_LINE` characters or more are read (any line of 200 or more in a text of one line),
and only in a text whose lines are long on the whole and whose start is run on (the header in the
same line as the body), so a text with its line breaks costs one count of them. A line all in
capitals is left as it is: the cues are in the case of its words.

>>> key = "KẾ HOẠCH Tổ chức hội nghị năm 2024 Căn cứ Điều lệ Đảng; Ban Thường vụ ban hành. "
>>> key += "I. MỤC ĐÍCH 1. Đánh giá kết quả. Nơi nhận: - Như trên; - Lưu. TM. BAN THƯỜNG VỤ "
>>> restored, stretch = restore(key * 8)
>>> print(restored[: len(key) - 1])
KẾ HOẠCH Tổ chức hội nghị năm 2024
Căn cứ Điều lệ Đảng;
Ban Thường vụ ban hành.
I. MỤC ĐÍCH
1. Đánh giá kết quả.
Nơi nhận:
- Như trên;
- Lưu.
TM. BAN THƯỜNG VỤ
>>> stretch == (0, len(key * 8))  # the one line of the text
True
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from vnplan._charclass import LATIN, ranges
from vnplan.lexicon import load

LONG_LINE = 1000  # characters: a line this long holds a run-on plan (a paragraph is shorter)
_FLAT_LINE = 150  # characters a line, on the whole text: below that, a text keeps its line breaks
_SHORT_PLAN = 200  # characters: a text of one line this long is a plan run on (a title is shorter)
_LIST_MARKS = ("-", "+", "•")
_HEADER_REACH = 800  # characters from a line's start: where a header's mottos stand
_LONGEST_NO_SENTENCE_END = 12  # characters of a word that ends with a stop and no sentence ("2.10.11.")
# An item's number: "I.", "II-", "2.", "2.1.", "a)".
_ITEM = r"(?:[IVX]{1,5}[.)\-]|\d{1,2}(?:\.\d{1,2}){0,3}[.)]|[a-zđ]\))"


class _Patterns(NamedTuple):
    after_stop: re.Pattern[str]  # a stop, blanks, then a list dash, an item's number or a sentence
    no_sentence_end: re.Pattern[str]  # an abbreviation ("TP.", "TS.") or an item's number
    line_opener: re.Pattern[str]  # a blank before opening words, a mark, an item's number, a heading
    motto: re.Pattern[str]  # a header's motto ("Độc lập - Tự do - Hạnh phúc"), which a line ends


@functools.cache
def _patterns() -> _Patterns:
    """The patterns, built on first use from the lexicon (``re``: faster than ``regex`` here, and the
    capitals it has no class for are spelt out once)."""
    capitals = ranges(lambda c: c.isupper() and c.isalpha(), LATIN)
    small = ranges(lambda c: c.islower() and c.isalpha(), LATIN)
    capital = f"[{capitals}]"
    openers = "|".join(o.replace(" ", " ++") for o in load("layout")["line_openers"])
    marks = "|".join(
        re.escape(m) for m in sorted(load("signature")["marks"], key=len, reverse=True) if not m.isalpha()
    )
    words_in_capitals = rf"{capital}{{2,}}+(?: ++[\d{capitals}]{{2,}}+){{2,}}(?![^ ,.:])"
    return _Patterns(
        after_stop=re.compile(
            rf"([.;:!?…”\")])( ++)(?=(?P<dash>[-+•] )|(?P<item>{_ITEM} *+{capital})|{capital})"
        ),
        no_sentence_end=re.compile(rf"{capital}{{1,4}}\.|{_ITEM}"),
        line_opener=re.compile(
            # One blank, the last of its run (a pattern that opens with a literal is searched fast);
            # each alternative opens with a capital or a figure, which turns most blanks away at once.
            rf" (?=[\d{capitals}])(?:(?=(?:{openers})(?!\w)|(?:{marks}) ?{capital})"
            # An item's number (after a word in capitals: :func:`_breaks` checks); a heading after a word
            # in small letters and one or two blanks (so a run of words in capitals is read from its
            # first word only, once).
            rf"|(?=(?P<number>\d{{1,2}}(?:\.\d{{1,2}}){{0,3}}[.)] *+{capital}))"
            rf"|(?:(?<=[{small}\d”)] )|(?<=[{small}\d”)]  ))(?={words_in_capitals}))"
        ),
        motto=re.compile("(?:" + "|".join(_motto_forms()) + r")(?= ++\S)"),
    )


def _motto_forms() -> list[str]:
    """The mottos as a header writes them, as patterns: in capitals, and with each part capitalised
    ("Độc lập - Tự do - Hạnh phúc"); matching them case-blind is several times slower."""
    forms: list[str] = []
    for motto in load("layout")["mottos"]:
        for form in (motto.upper(), " - ".join(part[:1].upper() + part[1:] for part in motto.split(" - "))):
            forms.append(re.escape(form).replace(r"\ ", " ++"))
    return forms


def _run_start(line: str, at: int) -> int:
    """Where the run of blanks that ends at ``at`` starts (``at`` when no blank comes before)."""
    while at and line[at - 1] == " ":
        at -= 1
    return at


def _breaks(line: str) -> list[int]:
    """Where in ``line`` a line break goes back: the first blank of each run of blanks before what
    opens a line of a plan.

    After a stop: a list dash; an item's number (after ``.;:`` and a closing quote); a sentence
    (after ``.;``, unless the word before is an abbreviation or an item's number). Wherever they
    stand: a paragraph's opening words and a signature mark. An item's number after a heading in
    capitals; a heading of three words in capitals after ordinary text. After a header's motto.
    """
    patterns = _patterns()
    found: list[int] = []
    for m in patterns.after_stop.finditer(line):
        stop = m.group(1)
        if m.group("dash") is not None:
            found.append(m.start(2))
        elif m.group("item") is not None:
            if stop in '.;:”"':
                found.append(m.start(2))
        elif stop in ".;":
            reach = max(0, m.start() - _LONGEST_NO_SENTENCE_END)  # the search back stays short
            blank = line.rfind(" ", reach, m.start())
            word_start = blank + 1 if blank >= 0 or reach == 0 else -1
            if word_start < 0 or not patterns.no_sentence_end.fullmatch(line, word_start, m.end(1)):
                found.append(m.start(2))
    for m in patterns.motto.finditer(line, 0, _HEADER_REACH):
        # after a word in small letters, the motto's words are a sentence's ("của Đoàn TNCS Hồ Chí Minh")
        start = _run_start(line, m.start())
        if not line[start - 1 : start].islower():
            found.append(m.end())
    for m in patterns.line_opener.finditer(line):
        run_start = _run_start(line, m.start())
        before = line[run_start - 1 : run_start]
        if m.group("number") is not None and not before.isupper():
            continue  # an item's number opens a line after a heading in capitals, not in a sentence
        if before not in _LIST_MARKS:  # "- Căn cứ" stays one line
            found.append(run_start)
    return sorted(set(found))


def _runs_on_from_the_start(key: str, long_line: int) -> bool:
    """Whether a line of ``long_line`` characters or more starts in the text's first :data:`LONG_LINE`:
    a plan run on has its header run into its title and body. A report's long paragraphs under a
    header set out line by line are paragraphs, not a plan run on."""
    start = 0
    for line in key[: 2 * LONG_LINE].split("\n"):
        if start >= LONG_LINE:
            return False
        if len(line) >= long_line:
            return True
        start += len(line) + 1
    return False


def restore(key: str) -> tuple[str, tuple[int, int] | None]:
    """``key`` with line breaks put back into its lines of :data:`LONG_LINE` characters or more (into
    any line of :data:`_SHORT_PLAN` or more when the text is one line), when its lines are long on the
    whole, and the stretch of those lines; ``(key, None)`` when no break was put back."""
    breaks = key.count("\n")
    if len(key) < _SHORT_PLAN or breaks * _FLAT_LINE > len(key):
        return key, None
    long_line = LONG_LINE if breaks > 2 else _SHORT_PLAN  # a text of one line (but for debris)
    if not _runs_on_from_the_start(key, long_line):
        return key, None
    parts: list[str] = []
    stretch: tuple[int, int] | None = None
    start = 0
    while start < len(key):
        end = key.find("\n", start)
        end = len(key) if end < 0 else end + 1
        line = key[start:end]
        # Case carries the cues (a sentence opens with a capital, a heading is in capitals): a line
        # all in capitals is left as it is.
        positions = _breaks(line) if len(line) > long_line and not line.isupper() else []
        if positions:
            stretch = (start if stretch is None else stretch[0], end)
            done = 0
            for at in positions:
                parts += (line[done:at], "\n")
                done = at + 1
            line = line[done:]
        parts.append(line)
        start = end
    return ("".join(parts), stretch) if stretch is not None else (key, None)
