"""Stage 2: cut a normalised document into blocks: header, title, body, recipients, signature.

Blocks are ``(start, end)`` offsets into the normalised text. The cuts come from
anchors that survive conversion damage: the type line (``KẾ HOẠCH``), the number
line (``Số ...``), the place-and-date line, ``Nơi nhận`` and the signature marks.
A document may lack any of them (a web excerpt starts at the type line; a letter
has ``V/v`` instead of a type line), so every block is optional.

>>> from vnplan.normalise import normalise
>>> src = normalise("TỈNH UỶ QUẢNG TRỊ\\nSố 62-KH/TU\\nKẾ HOẠCH\\nTổng kết 10 năm\\n\\nĐể đánh giá ...")
>>> blocks = segment(src)
>>> src.text[slice(*blocks.type_line)], src.text[slice(*blocks.title)]
('KẾ HOẠCH', 'Tổng kết 10 năm')
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import regex

from vnplan._lazy import lazy_regex
from vnplan.lexicon import load
from vnplan.normalise import Source, is_caps_line
from vnplan.unaccented import marked_forms, unmarked

Range = tuple[int, int]

HEADER_WINDOW = 4000
"""The header, type line and summary are looked for in the first characters only."""


_NUMBERED_RE = lazy_regex(r"(?:[IVX]+|\d+)[.)]\s")
_LETTER_ITEM_RE = lazy_regex(r"(?:[a-zđ]|[ivx]++)[.)]\s")  # "b) ...", "ii. ...": a list item in lower case
_RULE_CHARS = "-_=. "  # a line of three or more of them is a rule


def _spaced(name: str) -> str:
    """A name as a pattern, with any run of blanks for a space ("KẾ[ \\t]+HOẠCH")."""
    escaped: str = regex.escape(name)
    return escaped.replace(r"\ ", r"[ \t]+")


def _upper_type_name_list() -> list[str]:
    """The type names in capitals, longest first."""
    names = sorted(
        {form for forms in load("doc_types")["names"].values() for form in forms}, key=len, reverse=True
    )
    return [n.upper() for n in names]


def _upper_type_names() -> str:
    """The type names in capitals, longest first, as alternatives ("KẾ[ \\t]+HOẠCH|...")."""
    return "|".join(map(_spaced, _upper_type_name_list()))


@functools.cache
def _type_hint_re() -> re.Pattern[str]:
    """The capitalised type names alone: a literal-first pattern the ``re`` engine scans fast.

    The names are grouped by first letter, in their order ("K(?:Ế[ \\t]+HOẠCH[ \\t]+LIÊN...|...)|..."):
    the same first match, but at each capital only one group is tried past its first letter.
    """
    groups: dict[str, list[str]] = {}
    for name in _upper_type_name_list():
        groups.setdefault(name[0], []).append(_spaced(name[1:]))
    return re.compile("|".join(f"{_spaced(first)}(?:{'|'.join(rests)})" for first, rests in groups.items()))


@functools.cache
def _type_name_marks() -> str:
    """Letters one of which every capitalised type name holds: a few ``str.find`` calls (which skip
    text far faster than a pattern) tell the lines a type name may stand on."""
    return marks_held(_upper_type_name_list())


def marks_held(names: Iterable[str]) -> str:
    """Letters one of which every name (in capitals) holds.

    Chosen greedily (the letter in most names not yet covered) among the non-ASCII letters inside a
    word: a capital there is rare in running text, where capitals start words.

    >>> marks_held(["KẾ HOẠCH", "CHỈ THỊ"])
    'ẠỈ'
    """
    names = set(names)
    marks = ""
    while names:
        inner = {c for n in names for w in n.split() for c in w[1:] if not c.isascii()}
        pool = sorted(inner or {c for n in names for c in n})
        best = max(pool, key=lambda c: sum(c in n for n in names))
        marks += best
        names = {n for n in names if best not in n}
    return marks


@functools.cache
def _type_line_re() -> regex.Pattern[str]:
    upper = _upper_type_names()
    # The type name in capitals on its own (possibly followed on the same line by the summary,
    # or glued to it: "QUYẾT ĐỊNHVề việc ..."), never in the middle of a capitalised sentence.
    return regex.compile(
        rf"(?:^|(?<=[\n.:]|\d{{4}}[ \t]))[ \t\"“•]*+(?P<type>{upper})(?=[^\p{{L}}]|\p{{Lu}}\p{{Ll}}|$)",
        regex.MULTILINE,
    )


_NUMBER_LINE_RE = lazy_regex(r"(?:^|(?<=\s))Số[ \t]*+:?[ \t]*+\d")
_LETTER_RE = lazy_regex(r"(?i)[\"“]?\s*+(?P<vv>V/v|V/V|Về việc)[ \t.:]")
# Literal-first hints: the ``re`` engine jumps to them at C speed; the full pattern runs only there.
_LETTER_HINT_RE = re.compile(r"[Vv](?i:/v|ề việc)")  # a set first: re tries the rest only at a "v"
_LETTER_LEAD_RE = lazy_regex(r"(?r)[\"“]?\s*+")  # what _LETTER_RE allows before "V/v", read backwards
# Also broken over two lines by a conversion ("Nơi\nnhận:"), then only as a heading: "Nơi" opening its
# line and the colon written (running text may end a line with "nơi" and go on with "nhận ..."). Not a
# title that names it with more ("Nơi nhận và chữ ký": a slide's, over the heading).
_RECIPIENTS_RE = lazy_regex(
    r"(?i)\bN[ơo]i(?:[ \t]+nh[ậa]n\b(?![ \t]++và\b)(?:[ \t]*+:)?+"  # (no colon: the gutter after stays)
    r"|(?<=(?:^|\n)[ \t]*N[ơo]i)[ \t]*+\n[ \t]*+nh[ậa]n\b[ \t]*+:)"
)
# The case variants spelt out (those of regex's case folding, and "ı"): a cheap test before the full one,
# and where the signature's run of capitals ends ("BÍ THƯ\nNƠI NHẬN:").
RECIPIENTS_HINT_RE = re.compile(r"[Nn][ƠơOo][Iiİı][ \t\n]+[Nn][Hh][ẬậAa][Nn]")
# What a heading's first two letters are in the lower-case view: ``str.find`` skips to them far faster
# than a pattern skips to its first letter ("n" is among the commonest letters).
_RECIPIENTS_LEADS = ("nơ", "no")
# The first alternative is only a guard against quadratic time on long runs of blanks: a match
# may start inside a run only where the search starts (\G) or within its first three blanks,
# which are always tried first (same matches, each blank run crossed a bounded number of times).
_MARK_RE = lazy_regex(
    r"(?:\G|(?<![ \t]{3})|(?![ \t]))"
    r"(?:^|(?<=[\n|]|\./\.|[.;][ \t]|[ \t]{2}))[ \t]*+"
    r"(?P<mark>T/M|T\.M\.?|TM\.?|K/T|K\.T\.|KT\.?|T/L|T\.L\.|TL\.?|TUQ\.?|T/UQ|Q\.)"
    r"[ \t]*+(?=\p{Lu}{2})",
    regex.MULTILINE,
)


@dataclass(frozen=True, slots=True)
class Blocks:
    """Where each part of the document lies in the normalised text (``None``: not found)."""

    type_line: Range | None
    letter_summary: Range | None  # "V/v ..." of a công văn
    header: Range
    title: Range | None
    body: Range
    recipients: Range | None
    signature: Range | None
    end: int  # the document's end: a web page's trailer after it is not read (the text's end if none)
    annex: int | None = None  # an annex after the foot: where its heading ("PHỤ LỤC") starts


def find_type_line(src: Source) -> Range | None:
    """The span of the capitalised type name (``KẾ HOẠCH``) in the header window."""
    limit = min(len(src.key), HEADER_WINDOW)
    stamps = tuple(load("layout")["received_stamps"])
    # Site furniture may repeat the type and summary above the real header: when the
    # number line comes later, the type line is the first one after it (else the first one).
    after = _number_line(src.key, limit)
    chosen = None
    for m in _type_lines(src.key, limit):
        if _flat(src.key[m.start("type") : m.start("type") + 40]).startswith(stamps):
            continue
        if m.start() > after:
            chosen = m
            break
        if chosen is None:
            chosen = m
    if chosen is None:
        return _type_line_in_any_case(src, after, limit) if after >= 0 else None
    start: int = chosen.start("type")
    end: int = chosen.end("type")
    return start, end


@functools.cache
def _any_case_type_line_re() -> re.Pattern[str]:
    """A type name in lower case alone on its line (the lower-case view), the longest first.

    The line is matched from the line break before it (a literal ``re`` jumps to): the number line,
    where the search starts, holds a figure, which no type name does.
    """
    alternatives = "|".join(_spaced(name.lower()) for name in _upper_type_name_list())
    return re.compile(rf"\n[ \t]*+({alternatives})[ \t]*+$", re.MULTILINE)


def _type_line_in_any_case(src: Source, after: int, limit: int) -> Range | None:
    """A type name in lower or title case alone on its line after the number line ("kế hoạch" typed by
    hand), or with some of its marks lost ("KẾ HOACH", OCR's), when no line has one in capitals.

    >>> from vnplan.normalise import normalise
    >>> src = normalise("BCH ĐOÀN XÃ TÂN HÒA\\nSố: 34-KH/ĐTN\\n\\n     kế hoạch\\nTổ chức các hoạt động")
    >>> src.key[slice(*find_type_line(src))]
    'kế hoạch'
    """
    m = _any_case_type_line_re().search(src.lower, after, limit)
    if m is None:  # (only the lines right after the number's)
        m = _marks_lost_type_line_re().search(src.lower, after, min(limit, after + _MARKS_LOST_REACH))
    return None if m is None else m.span(1)


_MARKS_LOST_REACH = 400  # characters after the number line where a type line that lost its marks stands


@functools.cache
def _marks_lost_type_line_re() -> re.Pattern[str]:
    """A type name with some of its marks lost alone on its line (OCR's "KẾ HOACH"), in the lower-case view:
    each letter with any marks (what :func:`vnplan.unaccented.unmarked` reads as it), as
    :func:`_any_case_type_line_re`."""
    names = sorted({unmarked(n.lower()) for n in _upper_type_name_list()}, key=len, reverse=True)
    marked = marked_forms()
    alternatives = "|".join(
        "".join(f"[{re.escape(c + marked[c])}]" if c in marked else re.escape(c) for c in name).replace(
            r"\ ", r"[ \t]+"
        )
        for name in names
    )
    return re.compile(rf"\n[ \t]*+({alternatives})[ \t]*+$", re.MULTILINE)


def _number_line(key: str, limit: int) -> int:
    """Where the first match of ``_NUMBER_LINE_RE`` in ``key[:limit]`` starts (-1: none).

    Every match starts with the literal "Số": the pattern is tried only where one stands.
    """
    at = key.find("Số", 0, limit)
    while at >= 0 and _NUMBER_LINE_RE.match(key, at, limit) is None:
        at = key.find("Số", at + 1, limit)
    return at


def _type_lines(key: str, limit: int) -> Iterator[regex.Match[str]]:
    """The matches of :func:`_type_line_re` in ``key[:limit]``, tried only where a type name stands.

    A match starts at most a few blanks or quotes before its type name, so the full pattern is
    tried at each of those positions (leftmost first, never overlapping the previous match).
    """
    line_re = _type_line_re()
    last_end = 0
    for hint in _type_hints(key, limit):
        name_start = hint.start()
        if name_start < last_end:
            continue
        first = name_start
        while first > last_end and key[first - 1] in ' \t"“•':  # (a post's decoration: "# 📋 KẾ HOẠCH")
            first -= 1
        for pos in range(first, name_start + 1):
            m = line_re.match(key, pos, limit)
            if m is not None:
                last_end = m.end()
                yield m
                break


def _type_hints(key: str, limit: int) -> Iterator[re.Match[str]]:
    """The matches of :func:`_type_hint_re` in ``key[:limit]`` (as its ``finditer``), searched for only
    on the lines that hold one of :func:`_type_name_marks`: every name holds one, and none spans a
    line break (so the matches of a line are those of the whole text that lie on it)."""
    hint_re = _type_hint_re()
    marks = _type_name_marks()
    hits = [key.find(c, 0, limit) for c in marks]  # the next hit of each mark, -1: none
    line_start = 0
    while live := [h for h in hits if h >= 0]:
        at = min(live)
        a = max(line_start, key.rfind("\n", line_start, at) + 1)
        b = key.find("\n", at, limit)
        b = limit if b < 0 else b
        yield from hint_re.finditer(key, a, b)
        line_start = b + 1
        hits = [
            h if h < 0 or h >= line_start else key.find(c, line_start, limit)
            for c, h in zip(marks, hits, strict=True)
        ]


def _flat(text: str) -> str:
    return " ".join(text.split()).lower()


def _opens_body(text: str) -> bool:
    """Whether ``text`` (a line, with the start of the next one) opens the body ("Căn\\ncứ ...").

    >>> _opens_body("Ngày 27/6/2017, Ban Bí thư"), _opens_body("Ngày Giải phóng miền Nam")
    (True, False)
    """
    low = _flat(text)
    alone, followed = _body_openers()
    if low in alone:
        return True
    if not low.startswith(followed):
        return False
    opener = next(o for o in followed if low.startswith(o))
    if opener not in _openers_not_before_a_name():
        return True
    after = text.split(None, len(opener.split()) + 1)[len(opener.split()) :]
    return not (after and after[0][0].isupper())  # "Ngày Giải phóng": a name, no date


@functools.cache
def _openers_not_before_a_name() -> frozenset[str]:
    return frozenset(o + " " for o in load("layout")["body_openers_not_before_a_name"])


def _opens_section(line: str) -> bool:
    """Whether ``line`` opens with an unnumbered section heading ("MỤC ĐÍCH, YÊU CẦU")."""
    low = _flat(line)
    alone, followed = _section_headings()
    return low in alone or low.startswith(followed)


@functools.cache
def _section_headings() -> tuple[frozenset[str], tuple[str, ...]]:
    headings = load("layout")["section_headings"]
    return frozenset(headings), tuple(h + s for h in headings for s in (" ", ","))


@functools.cache
def _body_openers() -> tuple[frozenset[str], tuple[str, ...]]:
    """The body openers, alone and followed by a space (so one ``startswith`` tests them all)."""
    openers = load("layout")["body_openers"]
    return frozenset(openers), tuple(o + " " for o in openers)


_CHECKBOXES = ("[ ]", "[x]", "[X]", "☐", "☑", "☒")  # a checklist's items ("[ ] 4. Kiểm thử ... - Deadline:")


def _continues_title(line: str, previous: str, lines_so_far: int, blank_lines: int) -> bool:
    """Whether a line after one blank line still belongs to the summary (DOCX conversions
    put one blank line between its lines; a paragraph break is usually wider).

    ``previous`` is the summary's last line. A line in lower case goes on with it (the body and its
    headings open with a capital); a line in capitals, only after a line in capitals.
    """
    if blank_lines != 1 or lines_so_far >= 5 or len(line) >= 110:
        return False
    if line.startswith(("-", "+", "•", "*", *_CHECKBOXES)) or line.rstrip().endswith((".", ":", ";")):
        return False
    if _NUMBERED_RE.match(line) or _LETTER_ITEM_RE.match(line):
        return False
    if line[0].islower():
        return True
    return (
        not _opens_body(line)
        and (not is_caps_line(line) or (is_caps_line(previous) and not _opens_section(line)))
        and not _org_line_re().match(line)
    )


@functools.cache
def _org_line_re() -> regex.Pattern[str]:
    """A line that starts with an organisation's name: "Ban Bí thư ..." opens the body."""
    heads = "|".join(
        regex.escape(h) for h in sorted(load("layout")["organization_heads"], key=len, reverse=True)
    )
    return regex.compile(r"(?i)(?:" + heads + r")\s+\p{Lu}")


@functools.cache
def _title_stop_re() -> regex.Pattern[str]:
    """What ends a summary inside a line: the place-and-date line, the right-hand column's
    title, the addressee line, a rule (all glued on when a two-column header is flattened)."""
    # The right-hand column is written in capitals ("ĐOÀN TNCS HỒ CHÍ MINH"); the same words in
    # ordinary case belong to the summary ("... với Đoàn TNCS Hồ Chí Minh").
    mottos = "|".join(regex.escape(m.upper()).replace(r"\ ", r"\s+") for m in load("layout")["mottos"])
    # The date in figures only after a place in ordinary case and before the line's end or a word in
    # ordinary case ("Kính gửi"): a title's citation is no place, or goes on ("Nghị quyết số 11-NQ/TU,
    # ngày 20/7/2008 của Tỉnh ủy ...", "... CỦA TỈNH ỦY, NGÀY 20/7/2008 VỀ ...").
    in_figures = (
        r"(?<![\p{L}\p{N}/\-])\p{Lu}\p{Ll}[\p{L} .]{0,39}?,\s*(?i:ngày)\s*+\d{1,2}\s*+(?P<mark>[/.\-])\s*+"
        r"\d{1,2}\s*+(?P=mark)\s*+\d{4}(?=[ \t]*+(?:\n|$|\p{Lu}\p{Ll}))"
    )
    in_words = r"(?i:\p{Lu}[\p{L} .]{1,40}?,\s*ngày\s+\S{1,4}\s+tháng|kính\s+gửi\s*:)"
    return regex.compile(rf"{in_words}|{in_figures}|{mottos}|-{{3,}}")


_K_CASES = "Kk\u212a"  # what "k" matches in ``regex``'s and ``re``'s case-insensitive patterns (Kelvin sign)


@functools.cache
def _title_stop_hint_re() -> re.Pattern[str]:
    """Literals that every match of :func:`_title_stop_re` contains: most lines have none.

    Every alternative starts with one character (the case variants of "k" spelt out): ``re`` then
    tries the pattern only at those characters, instead of at every one.
    """
    mottos = "|".join(re.escape(m.split()[0].upper()) for m in load("layout")["mottos"])
    kinh = "|".join(f"{k}(?i:ính)" for k in _K_CASES)
    return re.compile(rf",\s*(?i:ngày)|{kinh}|{mottos}|---")


_STOP_REACH = 41  # a stop starts at its hint, or at most this many characters before (the comma of ", ngày")
# What a place before ", ngày" is made of, read backwards (in any case, as the stop reads it: "\u0345" too).
_PLACE_RUN_BACK_RE = lazy_regex(r"(?ri)[\p{L} .]*+")


@functools.cache
def _title_stop_from_re() -> regex.Pattern[str]:
    """:func:`_title_stop_re` matched from one of the next ``_STOP_REACH + 1`` positions, the first
    that matches (as ``search`` would find it, but without trying the positions further on)."""
    return regex.compile(rf"(?s:.){{0,{_STOP_REACH}}}?(?P<stop>{_title_stop_re().pattern})")


def _title_stop(raw: str, pos: int) -> int | None:
    """Where a summary stops inside a line: the start of the first match of :func:`_title_stop_re`
    in ``raw`` from where its first hint allows, or None (no hint: no stop).

    Every match holds a hint at most ``_STOP_REACH`` characters after its start, and the hints never
    overlap but in a run of dashes, where the first is a match: so only the positions up to
    ``_STOP_REACH`` before each hint are tried, each once, in order.

    A place and date's match starts in the run of letters, blanks and dots right before the comma of its
    hint (", ngày"): the positions before that run start none that was not tried at a hint before.
    """
    tried = pos  # positions before it are tried (or can start no match)
    for hint in _title_stop_hint_re().finditer(raw, pos):
        start = max(tried, hint.start() - _STOP_REACH)
        if start > hint.start():
            continue
        if raw[hint.start()] == ",":
            start = _PLACE_RUN_BACK_RE.match(raw, start, hint.start()).start()
        m = _title_stop_from_re().match(raw, start)
        if m is not None:
            stop: int = m.start("stop")
            return stop
        tried = start + _STOP_REACH + 1
    return None


def _title_end(src: Source, start: int, limit: int, *, cross_blanks: bool, quoted: bool = False) -> int:
    """The summary runs to a blank line, a rule, the place-and-date line or the body; past a blank
    line when ``cross_blanks`` and :func:`_continues_title` say so, or while a quote it opens
    (``quoted``: "“V/v ...") is not closed."""
    key = src.key
    pos = start
    lines = 0
    blank_lines = 0
    end = start
    previous = ""
    while pos < limit:
        nl = key.find("\n", pos, limit)
        line_end = limit if nl < 0 else nl
        raw = key[pos:line_end]
        line = raw.strip()
        if not line:
            if lines:
                blank_lines += 1
            pos = line_end + 1
            if nl < 0:
                break
            continue
        ahead = key[pos : min(limit, pos + 60)]
        if (
            (len(line) >= 3 and not line.strip(_RULE_CHARS))  # a rule: ``[-_=. ]{3,}``
            or (lines and _opens_body(ahead))
            or (line[0] in "Nn" and _RECIPIENTS_RE.match(key, line_end - len(raw.lstrip()), limit))
            or (
                blank_lines
                and not (
                    (cross_blanks or (quoted and "”" not in key[start:pos] and '"' not in key[start:pos]))
                    and _continues_title(line, previous, lines, blank_lines)
                )
            )
        ):
            return end
        stop = _title_stop(raw, 1 if lines == 0 else 0)
        if stop is not None:
            return pos + stop if raw[:stop].strip() else end
        blank_lines = 0
        lines += 1
        end = line_end
        previous = line
        if nl < 0:
            break
        pos = nl + 1
    return end if lines else limit


# Marks are rare: a literal-first pattern finds where they may be, and the full expression (with
# its context conditions) runs only there.
# One pattern per first letter: ``re`` jumps to a literal first character far faster than to one of
# a set. Together they find what "T/M|T\.M|TM|K/T|K\.T|KT|T/L|T\.L|TL|TUQ|T/UQ|Q\." would.
_MARK_HINT_RES = (
    re.compile(r"T(?:/M|\.M|M|/L|\.L|L|UQ|/UQ)"),
    re.compile(r"K(?:/T|\.T|T)"),
    re.compile(r"Q\."),
)


def _mark_hints(key: str, start: int) -> Iterator[re.Match[str]]:
    """Where a mark may stand, in order, none inside the one before (as one pattern's ``finditer``).

    The patterns' hits are merged as they are needed: each pattern searches on only when its
    hit has been passed (its hits never overlap one another: none holds its own first letter).
    """
    hits = [p.search(key, start) for p in _MARK_HINT_RES]
    end = start
    while True:
        live = [h for h in hits if h is not None]
        if not live:
            return
        hint = min(live, key=re.Match.start)  # (the patterns' first letters differ: no ties)
        i = hits.index(hint)
        hits[i] = _MARK_HINT_RES[i].search(key, hint.end())
        if hint.start() >= end:
            end = hint.end()
            yield hint


def _find_marks(key: str, start: int) -> Iterator[regex.Match[str]]:
    last_end = start
    for hint in _mark_hints(key, start):
        if hint.start() < last_end:
            continue
        window_start = max(last_end, hint.start() - 12)
        m = _MARK_RE.search(key, window_start, min(len(key), hint.end() + 40))
        if m is not None and m.start("mark") == hint.start():
            last_end = m.end()
            yield m


def _first_recipients(src: Source, start: int) -> regex.Match[str] | None:
    """The first ``Nơi nhận`` heading from ``start`` on: tried only where ``src.lower`` holds one of
    ``_RECIPIENTS_LEADS`` (what every heading's first two letters are in lower case)."""
    key, low = src.key, src.lower
    hits = [low.find(lead, start) for lead in _RECIPIENTS_LEADS]  # the next hit of each, -1: none
    while live := [h for h in hits if h >= 0]:
        at = min(live)
        if RECIPIENTS_HINT_RE.match(key, at) and (m := _RECIPIENTS_RE.match(key, at)) is not None:
            return m
        hits = [
            low.find(lead, at + 1) if h == at else h for lead, h in zip(_RECIPIENTS_LEADS, hits, strict=True)
        ]
    return None


def _first_letter(key: str, limit: int) -> regex.Match[str] | None:
    """The first "V/v ..." (``_LETTER_RE``) in ``key[:limit]``, but for one on an e-mail's header line
    ("Subject: CV 5123/UBND-KGVX ngày 12/11/2024 v/v ..." of a forwarded letter)."""
    pos = 0
    while (hint := _LETTER_HINT_RE.search(key, pos, limit)) is not None:
        m = _LETTER_RE.match(key, _LETTER_LEAD_RE.match(key, 0, hint.start()).start(), limit)
        if m is not None and not _email_field_re().match(key, key.rfind("\n", 0, hint.start()) + 1):
            return m
        pos = hint.start() + 1
    return None


@functools.cache
def _email_field_re() -> regex.Pattern[str]:
    fields = "|".join(regex.escape(f) for f in load("layout")["email_header_fields"])
    return regex.compile(rf"(?i)[ \t>]*+(?:{fields})[ \t]*+:")


@functools.cache
def _page_trailers() -> tuple[str, ...]:
    return tuple(load("layout")["page_trailers"])


_TRAILER_LEAD = " \t*-•#"  # what may stand before a trailer on its line, but a link number
_TRAILER_LEAD_MAX = 12  # characters of it, at most
_TRAILER_LINE = 40  # characters after a trailer to its line's end, at most ("Lượt xem: 1.234")
_LINK_NUMBER_RE = re.compile(r"\[[0-9]{1,4}\]")


def _page_end(src: Source, start: int) -> int:
    """Where the web page a document was copied from goes on after it (``page_trailers``): the start
    of the first line from ``start`` on that opens with a trailer and is short; the text's end if none
    (an online editor's comments after the text are blanked: :func:`vnplan.normalise.normalise`).

    >>> from vnplan.normalise import normalise
    >>> src = normalise("TM. BAN THƯỜNG VỤ\\nNguyễn Văn A\\n\\nTin cùng chuyên mục\\n- Kế hoạch số 198")
    >>> src.key[_page_end(src, 0):]
    'Tin cùng chuyên mục\\n- Kế hoạch số 198'
    """
    low, end = src.lower, len(src.lower)
    for trailer in _page_trailers():
        at = low.find(trailer, start, end)
        while at >= 0:
            if _opens_short_line(low, at, at + len(trailer)):
                end = max(start, low.rfind("\n", 0, at) + 1)
                break
            at = low.find(trailer, at + 1, end)
    return end


def _opens_short_line(low: str, at: int, after: int) -> bool:
    """Whether the words ``low[at:after]`` open a short line: only blanks, a bullet or a link number
    before them, no letter right after them, and a line break soon after."""
    lead_start = max(0, at - _TRAILER_LEAD_MAX)
    line_break = low.rfind("\n", lead_start, at)
    if line_break < 0 and lead_start > 0:  # the line starts further back: a long lead
        return False
    if (
        _LINK_NUMBER_RE.sub("", low[line_break + 1 : at]).strip(_TRAILER_LEAD)
        or low[after : after + 1].isalpha()
    ):
        return False
    return after + _TRAILER_LINE >= len(low) or low.find("\n", after, after + _TRAILER_LINE + 1) >= 0


def _closing(src: Source, body_start: int) -> tuple[Range | None, Range | None, int, int]:
    """Recipients and signature blocks, where the body ends and where the document ends."""
    key = src.key
    rec = None
    r = _first_recipients(src, body_start)
    m = next(_find_marks(key, body_start), None)
    closing_start = min(x.start() for x in (r, m) if x is not None) if r or m else None
    end = len(key) if closing_start is None else _page_end(src, closing_start)
    if r is not None and r.start() >= end:
        r = None
    if m is not None and m.start() >= end:
        m = None
    body_end = end
    if r is not None:
        rec = (r.end(), end)
        body_end = r.start()
    sig = None
    if m is not None:
        # The first mark after the body that starts a capitalised block; when recipients come
        # first, the first mark after them.
        if rec is not None and m.start() > rec[0]:
            rec = (rec[0], m.start())
        body_end = min(body_end, m.start())
        sig = (m.start("mark"), end)
    return rec, sig, body_end, end


def segment(src: Source) -> Blocks:
    """Find the blocks of ``src``."""
    key = src.key
    type_line = find_type_line(src)
    letter = None
    quoted = False  # the letter's summary opens a quote: "“V/v ...”"
    if type_line is not None:
        header_end = type_line[0]
        title_start = type_line[1]
    else:
        m = _first_letter(key, min(len(key), HEADER_WINDOW))
        if m is not None:
            letter = (m.start("vv"), m.end("vv"))
            quoted = key[m.start() : m.start("vv")].lstrip()[:1] in ("“", '"')
            header_end = m.start()
            title_start = m.end()
        else:
            header_end, title_start = 0, 0
    title = None
    if type_line is not None or letter is not None:
        t_end = _title_end(
            src,
            title_start,
            min(len(key), title_start + 1500),
            cross_blanks=type_line is not None,
            quoted=quoted,
        )
        a, b = _strip(key, title_start, t_end)
        title = (a, b) if b > a else None
    body_start = title[1] if title else title_start
    recipients, signature, body_end, end = _closing(src, body_start)
    return Blocks(
        type_line=type_line,
        letter_summary=letter,
        header=(0, header_end),
        title=title,
        body=(body_start, max(body_start, body_end)),
        recipients=recipients,
        signature=signature,
        end=end,
        annex=_annex_start(src, recipients, signature),
    )


@functools.cache
def _annex_heading_re() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in load("layout")["annex_headings"])
    return re.compile(rf"\n[ \t*#_]*+(?:{words})(?!\w)")


def _annex_start(src: Source, recipients: Range | None, signature: Range | None) -> int | None:
    """Where an annex starts: a heading "PHỤ LỤC" after the foot (recipients, signature), if any."""
    foot = [r[0] for r in (recipients, signature) if r is not None]
    if not foot:
        return None
    m = _annex_heading_re().search(src.lower, min(foot))
    return None if m is None else m.start()


def _strip(text: str, a: int, b: int) -> Range:
    while a < b and text[a] in ' \t\n"“:.':
        a += 1
    while b > a and text[b - 1] in " \t\n":
        b -= 1
    return a, b


__all__ = ["RECIPIENTS_HINT_RE", "Blocks", "Range", "find_type_line", "marks_held", "segment"]
