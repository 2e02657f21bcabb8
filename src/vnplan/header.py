"""Stage 3a: read the header block: number, issuer, place and date, type and summary.

The header of a plan is two columns flattened into lines in an unknown order: the
issuer (parent body over issuing body) and the number on the left, the motto and the
place-and-date line on the right. Each field is found by its own shape, so the
order of the lines does not matter.

>>> from vnplan.normalise import normalise
>>> header = "TỈNH UỶ QUẢNG TRỊ\\n*\\nSố 62-KH/TU\\nĐẢNG CỘNG SẢN VIỆT NAM\\n"
>>> src = normalise(header + "Đông Hà, ngày 07 tháng 9 năm 2017\\n")
>>> place_and_date(src, 0, len(src.text))[:2]
('Đông Hà', datetime.date(2017, 9, 7))
>>> issuer_from_header(src, 0, len(src.text)).name
'TỈNH UỶ QUẢNG TRỊ'
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections.abc import Iterator
from datetime import date

import regex

from vnplan import dates
from vnplan._lazy import lazy_regex
from vnplan.lexicon import load
from vnplan.models import Diagnostic, Organization
from vnplan.normalise import WHITE_SPACE, Source

_PLACE_WORD = r"(?:\p{Lu}\p{Ll}*+\.?|TP\.|Tp\.)"
_PLACE_WORDS = 5  # at most, in a place name
# The date part of the line, from the comma on: day, month and year in words ("ngày 07 tháng 9 năm 2017",
# the day, or the day and the month, may be left blank: a template, a draft) ...
_IN_WORDS = (  # (a template's dots may stand around the figures filled in: "ngày ..12.. tháng ...3... năm")
    r"(?P<day>[\s.…_]*+\d{1,2}+[.…_]*+|[\s.…_]++)\s*+tháng[\s.…_]*+(?P<month>\d{1,2}+)?+[.…_]*+\s*+năm\s*+"
)
# ... or in figures ("ngày 07/9/2017", "ngày 07-9-2017", the same mark twice): read apart from running text
# only (:func:`_stands_alone`), never like a citation's "..., ngày 20/7/2008 của ...".
_IN_FIGURES = (
    r"[ \t]*+(?P<day>\d{1,2})[ \t]*+(?P<mark>[/.\-])[ \t]*+(?P<month>\d{1,2})[ \t]*+(?P=mark)[ \t]*+"
)
_YEAR = r"(?P<year>\d{4})(?!\d)"
# ... or all in words, as formal texts write it ("ngày hai mươi lăm tháng tám năm hai nghìn không trăm hai
# mươi lăm"): letters only to the line's end, read by the date grammar (:func:`vnplan.dates.day_in_words`).
_SPELT = r"(?P<spelt>ngày[ \t]++\p{L}[\p{L} \t]{0,60}?tháng[\p{L} \t]{0,30}?năm[ \t]++\p{L}[\p{L} \t]{0,80}+)"
_DATE_PART = r",[ \t]*+(?:ngày" + _IN_WORDS + _YEAR + "|" + _SPELT + ")"
_DATE_PART_OR_FIGURES = (
    r",[ \t]*+(?:ngày(?:" + _IN_WORDS + "|" + _IN_FIGURES + ")" + _YEAR + "|" + _SPELT + ")"
)
_PLACE = rf"(?P<place>{_PLACE_WORD}(?:[ \t]*+-?[ \t]*+{_PLACE_WORD}){{0,{_PLACE_WORDS - 1}}}?)[ \t]*+"
_PLACE_DATE_RE = lazy_regex(_PLACE + _DATE_PART, regex.IGNORECASE)
_DATE_PART_RE = lazy_regex(_DATE_PART, regex.IGNORECASE)
_PLACE_DATE_OR_FIGURES_RE = lazy_regex(_PLACE + _DATE_PART_OR_FIGURES, regex.IGNORECASE)
_DATE_PART_OR_FIGURES_RE = lazy_regex(_DATE_PART_OR_FIGURES, regex.IGNORECASE)


_RULE_OR_STARS_RE = lazy_regex(r"-{3,}|_(?:[ \t]?+_){2,}+|\*+")  # "_ _ _": Markdown's escaped "\_\_\_"
_UNDERSCORE_RULE_RE = lazy_regex(r"_(?:[ \t]?+_){2}")  # "___", "_ _ _"
# A rule that ends a line after a column's gap: the right column's, under its motto ("XÂY DỰNG TỈNH
# ------"), which ends nothing of the issuer's.
_OTHER_COLUMNS_RULE_RE = re.compile(r"(?<=[^\s\-_])[ \t]{3,}+[-_]{3,}+[ \t]*+$")
# A wide gap before an organisation's head word: two bodies on one line ("CÔNG AN TỈNH PHÚ THỌ  CÔNG AN
# XÃ ĐÔNG THÀNH", a header cell whose lines a Markdown table joins with two blanks).
_GAP_RE = re.compile(r"(?<=\S)[ \t]{2,}+(?=\S)")
_WORD_GAP_RE = re.compile(r"(?<=\S)[ \t]++(?=\S)")
_NUMBER_WORD_RE = lazy_regex(r"(?i)\bs[ốô]\b")
_BLANKS_AND_DOTS_RE = re.compile(r"[ \t.]*+")
_LINE_BEFORE_REACH = 200  # characters of the line before a place-and-date in figures that are looked at
# The number after the issuer on its line: "số" then a colon or a number with its code ("Số: 86", "Số
# 62-KH/TU"); not a name's number ("PHÒNG CÔNG CHỨNG SỐ 1", "TRƯỜNG TIỂU HỌC SỐ 2 XÃ ...").
_NUMBER_AFTER_ISSUER_RE = lazy_regex(r"(?i)\bs[ốô]\s*+(?:hiệu\s*+)?(?::\s*+\d|\d++\s*+[/\-–])")
_DATE_LIKE_RE = lazy_regex(r"\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}")
# The right column's place and date glued after a wide gap ("BAN THƯỜNG VỤ      Nghệ An, ngày 02 ..."),
# or after one blank when the place is written in sentence case ("HUYỆN ỦY TÂY SƠN Tây Sơn, ngày 05").
_PLACE_DATE_AFTER_ISSUER_RE = lazy_regex(
    r"(?<=\S)(?:\t|[ \t]{3,}+|[ \t](?=\p{Lu}\p{Ll}))(?=[^\t\n]{1,40}?,[ \t]*+(?i:ngày)\b)"
)


@functools.cache
def _mottos() -> tuple[str, ...]:
    return tuple(load("layout")["mottos"])


@functools.cache
def _motto_re() -> regex.Pattern[str]:
    return regex.compile(r"(?i)" + "|".join(regex.escape(m).replace(r"\ ", r"\s+") for m in _mottos()))


@functools.cache
def _heads_re() -> regex.Pattern[str]:
    heads = sorted(load("layout")["organization_heads"], key=len, reverse=True)
    words = (r"[^\S\n]++".join(regex.escape(w) for w in h.split()) for h in heads)  # "LIÊN  ĐOÀN" too
    return regex.compile(r"(?i)(?:" + "|".join(words) + r")(?![\p{L}])")  # (used with match: anchored)


def opens_with_a_body(text: str) -> bool:
    """Whether ``text`` opens with the first words of a body's name (``organization_heads``).

    >>> opens_with_a_body("Chi cục Bảo vệ môi trường"), opens_with_a_body("Hiến máu tình nguyện")
    (True, False)
    """
    return _heads_re().match(text) is not None


# Every place-and-date line has ", ngày": a literal search finds where to run the full expression.
_NGAY_HINT_RE = re.compile(r",[ \t]*(?:ngày|Ngày|NGÀY)")
# Inside a window, the comma of any match (in any case: the ``re`` case folding covers ``regex``'s)...
_ANY_CASE_NGAY_RE = re.compile(r"(?i),[ \t]*ngày")
# ... and what may stand before it in a match (place words, blanks, hyphens), read backwards.
_PLACE_RUN_RE = lazy_regex(r"(?ri)[\p{Lu}\p{Ll}. \t\-]*+")
# Each place word lies in one run of letters of it: the runs, last first.
_LETTER_RUNS_BACK_RE = lazy_regex(r"(?r)[^. \t\-]++")


def _place_start_bound(key: str, start: int, comma: int) -> int:
    """No place-and-date match of ``comma`` starts before this (``start`` is where its run starts):
    the start of the last run of letters that the longest place name could reach."""
    for k, letters in enumerate(_LETTER_RUNS_BACK_RE.finditer(key, start, comma), 1):
        if k == _PLACE_WORDS:
            return int(letters.start())
    return start


def _window_matches(key: str, start: int, end: int, *, figures: bool) -> Iterator[regex.Match[str]]:
    """``_PLACE_DATE_RE.finditer(key, start, end)`` (``_PLACE_DATE_OR_FIGURES_RE`` with ``figures``),
    searched comma by comma.

    A match is a run of place words (no comma, no line break), then a comma and its date
    part, which holds no comma: so the match of a comma whose date part reads starts in the
    run before it and ends where that date part does, and a comma whose date part does not
    read ("ngày 20/7/2008") has no match.
    """
    date_part_re, place_date_re = (
        (_DATE_PART_OR_FIGURES_RE, _PLACE_DATE_OR_FIGURES_RE) if figures else (_DATE_PART_RE, _PLACE_DATE_RE)
    )
    pos = comma_from = start
    while (comma := _ANY_CASE_NGAY_RE.search(key, comma_from, end)) is not None:
        c = comma.start()
        comma_from = c + 1
        date_part = date_part_re.match(key, c, end)
        if date_part is None:
            continue
        run_start = _PLACE_RUN_RE.match(key, pos, c).start()
        m = place_date_re.search(key, _place_start_bound(key, run_start, c), date_part.end())
        if m is not None:
            yield m
            pos = comma_from = m.end()


def _place_date_matches(key: str, start: int, end: int, *, figures: bool) -> Iterator[regex.Match[str]]:
    last_end = start
    for hint in _NGAY_HINT_RE.finditer(key, start, end):
        if hint.start() < last_end:
            continue
        window_end = min(end, hint.end() + 80)
        for m in _window_matches(key, max(last_end, hint.start() - 160), window_end, figures=figures):
            if m.end() > last_end:
                last_end = m.end()
                yield m


def _stands_alone(key: str, start: int, end: int) -> bool:
    """Whether ``key[start:end]`` stands apart from running text on its line: only words in capitals
    or the number before it (the columns next to it in a flattened header: "ĐOÀN TNCS HỒ CHÍ MINH   Hà
    Nội, ngày 07/9/2017"), and nothing after it or a block that opens with a capital ("... Kính gửi:")."""
    reach = max(0, start - _LINE_BEFORE_REACH)  # bounded, so that a line of any length stays linear
    line_start = key.rfind("\n", reach, start) + 1 or reach
    before = _NUMBER_WORD_RE.sub("", key[line_start:start])  # the number's column: "Số: 435/QĐ-UBND"
    blanks = _BLANKS_AND_DOTS_RE.match(key, end)
    at = end if blanks is None else blanks.end()
    after_ok = at == len(key) or key[at] == "\n" or key[at].isupper()
    return after_ok and not any(map(str.islower, before))


@functools.cache
def _bare_motto_re() -> re.Pattern[str]:
    """The mottos without their marks, in lower case, blanks as runs of white space."""
    bare = (motto.translate(_bare_table()) for motto in _mottos())
    return re.compile("|".join(re.escape(m).replace(r"\ ", r"\s+") for m in bare), re.IGNORECASE)


@functools.cache
def _bare_motto_first_re() -> re.Pattern[str]:
    """The first letters of :func:`_bare_motto_re`'s mottos, in any case as it reads them: a line
    translated alike opens with a motto only after one (a letter is translated alone, to one)."""
    firsts = {motto.translate(_bare_table())[0] for motto in _mottos()}
    return re.compile(f"[{re.escape(''.join(sorted(firsts)))}]", re.IGNORECASE)


@functools.cache
def _bare_table() -> dict[int, str]:
    """:func:`_bare` of each Latin letter that has marks or a capital (ASCII and Vietnamese's ranges), for
    ``str.translate``: a text of as many characters, without marks, in lower case."""
    latin = (*range(0x41, 0x5B), *range(0xC0, 0x250), *range(0x1E00, 0x1F00))
    return {code: _bare(chr(code)) for code in latin if chr(code).isalpha() and _bare(chr(code)) != chr(code)}


def _bare_motto_at(line: str) -> int:
    """Where a motto whose marks OCR changed or lost starts in ``line`` ("CỘNG HOÀ XÃ HỘI CHỦ NGHIA VIỆT
    NAM"), letter for letter without marks; -1 if none.

    >>> _bare_motto_at("HỘI LHPN TỈNH THANH HÓA CỘNG HOÀ XÃ HỘI CHỦ NGHIA VIỆT NAM")
    24
    """
    found = _bare_motto_re().search(line.translate(_bare_table()))
    return -1 if found is None else found.start()


def _bare(letter: str) -> str:
    """A letter without its marks, in lower case ("Ị" -> "i", "Đ" -> "d")."""
    low = letter.lower()
    return "d" if low == "đ" else unicodedata.normalize("NFD", low)[0]


def place_as_in_issuer(place: str, issuer: Organization) -> str | None:
    """``place`` with the marks the issuer's name gives its words, when OCR lost some of them ("Sơn
    Tinh" under "HUYỆN ỦY SƠN TỊNH"); None when the name holds no such words or the place lost none.

    >>> place_as_in_issuer("Sơn Tinh", Organization(name="HUYỆN ỦY SƠN TỊNH"))
    'Sơn Tịnh'
    >>> place_as_in_issuer("Sơn Tịnh", Organization(name="HUYỆN ỦY SƠN TỊNH")) is None
    True
    """
    words = place.split()
    names = f"{issuer.parent or ''} {issuer.name}".split()
    for at in range(len(names) - len(words) + 1):
        found = names[at : at + len(words)]
        if all(len(a) == len(b) for a, b in zip(words, found, strict=True)):
            written, meant = " ".join(words), " ".join(found)
            # each letter is the name's, or the name's without its marks (marks lost, none added)
            if all(
                w.lower() == m.lower() or w.lower() == _bare(m) for w, m in zip(written, meant, strict=True)
            ):
                repaired = "".join(
                    m.upper() if w.isupper() else m.lower() for w, m in zip(written, meant, strict=True)
                )
                return repaired if repaired != written else None
    return None


_NOT_BLANK_RE = re.compile(r"\S++")


def place_and_date(
    src: Source, start: int, end: int, *, first: bool = False, figures: bool = False
) -> tuple[str, date | None, tuple[int, int]] | None:
    """The last (or ``first``) place-and-date line in ``src.text[start:end]``: place, date, span.

    The date is ``None`` when the day is left blank (a template or an unsigned copy). With
    ``figures``, a date written in figures is read too ("Hà Nội, ngày 07/9/2017"), apart from running text.
    """
    found = None
    for m in _place_date_matches(src.key, start, end, figures=figures):
        group = m.group("place")
        # the right column's line after a gutter of blanks ("Số: 1890/SGDĐT-GDTrH      Nghệ An, ngày ...")
        cut = group.rfind("   ") + 1
        cut = cut if cut > 0 and group[cut:].strip() else 0
        words = group[cut:].split()
        # Drop capitalised words that belong to the column before ("TNCS HỒ CHÍ MINH Hà Nội"), but
        # not a whole line's ("ĐÔNG HÀ, NGÀY 07 THÁNG 9 NĂM 2017": the place in capitals).
        while words and (
            (not any(map(str.islower, words[0])) and words[0].lower() not in place_abbreviations())
            or _is_a_code(words[0])
        ):
            words.pop(0)
        if not words:
            line_start = src.key.rfind("\n", 0, m.start("place")) + 1
            if src.key[line_start : m.start("place")].strip():
                continue
            words, cut = group.split(), 0
        words = _after_a_motto(words)
        while len(words) > 1 and not any(map(str.isalnum, words[0])):
            words.pop(0)  # the dash that joined a flattened header's cells ("Hạnh phúc – Hạc Thành, ngày")
        # (words are the last of the group's: where the first of them starts)
        place_start = m.start("place") + [w.start() for w in _NOT_BLANK_RE.finditer(group)][-len(words)]
        if figures and m.group("mark") is not None and not _stands_alone(src.key, place_start, m.end()):
            continue  # a date in figures in running text: a citation's ", ngày 20/7/2008"
        place = " ".join(src.text[place_start : m.end("place")].split())
        issued: date | None = None
        date_end = m.end()
        if m.group("spelt") is not None:  # (read by the date grammar)
            spelt = dates.day_in_words(src.key[m.start("spelt") : m.end("spelt")])
            if spelt is None:
                continue
            issued, date_end = spelt[0], m.start("spelt") + spelt[1]
        elif (day_text := m.group("day").strip(" \t\n._…")) and m.group("month"):
            try:
                issued = date(int(m.group("year")), int(m.group("month")), int(day_text))
            except ValueError:
                issued = None
        found = (place, issued, (place_start, date_end))
        if first:
            break
    return found


def _is_a_code(word: str) -> bool:
    """Whether ``word``, with small letters, has two capitals in a row: a number's code ("SGDĐT-GDTrH"), no
    word of a place ("Nghệ", "Phan Rang-Tháp")."""
    pairs = itertools.pairwise(word)
    return any(map(str.islower, word)) and any(a.isupper() and b.isupper() for a, b in pairs)


def _after_a_motto(words: list[str]) -> list[str]:
    """The words of a place after the end of a motto on its line, if any ("Độc lập - Tự do - Hạnh phúc
    Thạnh Phước, ngày ...": a header flattened into one line)."""
    folded = [w.casefold() for w in words]
    for end in range(len(words) - 1, 1, -1):
        if tuple(folded[end - 2 : end]) in _motto_ends():
            return words[end:]
    return words


@functools.cache
def _motto_ends() -> frozenset[tuple[str, ...]]:
    """The last two words of each motto, case folded ("hạnh", "phúc")."""
    return frozenset(tuple(motto.casefold().split()[-2:]) for motto in _mottos())


@functools.cache
def _whole_mottos() -> frozenset[str]:
    """The mottos, case folded, single blanks between their words."""
    return frozenset(" ".join(motto.casefold().split()) for motto in _mottos())


@functools.cache
def _cut_mottos() -> tuple[list[str], ...]:
    """The words of the mottos whose start may be cut off an issuer's line: not those starting with
    an organisation's head word ("ĐOÀN" ends issuers' names too)."""
    return tuple(motto.split() for motto in _mottos() if not _heads_re().match(motto.split()[0]))


@functools.cache
def _cut_openings() -> dict[str, tuple[list[str], ...]]:
    """The openings of those mottos (their first words, one or more) by last word, in the order they
    are tried: motto by motto, the longest opening first. A line ends with an opening only if its
    last word is the opening's."""
    openings: dict[str, list[list[str]]] = {}
    for head in _cut_mottos():
        for k in range(len(head), 0, -1):
            openings.setdefault(head[k - 1], []).append(head[:k])
    return {word: tuple(found) for word, found in openings.items()}


def _cut_motto_start(line: str) -> str:
    """Drop the first words of a motto that a line break left at the end of the issuer's line."""
    last = line.rsplit(None, 1)
    openings = _cut_openings().get(last[1].lower()) if len(last) == 2 else None
    if not openings:  # the usual line: it ends with no motto word
        return line
    words = line.split()
    for opening in openings:
        k = len(opening)
        if k < len(words) and [w.lower() for w in words[-k:]] == opening:
            return line[: line.lower().rfind(opening[0])]
    return line


def _clean_line(line: str) -> str:
    if "---" in line or "*" in line or "_" in line:
        line = _RULE_OR_STARS_RE.sub(" ", line)
    return " ".join(line.split())


def _header_lines(key: str, start: int, end: int) -> Iterator[tuple[int, str]]:
    """The lines of ``key[start:end]`` with where each starts, a line parted at a gap wider than its
    narrowest (:data:`_GAP_RE`: justified text sets words two blanks apart) before an organisation's
    head word."""
    heads = _heads_re()
    pos = start
    for line in key[start:end].split("\n"):
        at = 0
        # before a head word in capitals (a header's line), the gaps wider than the line's narrowest
        wide = "  " in line or "\t" in line
        gaps = _GAP_RE.finditer(line) if wide else ()
        parts = [gap for gap in gaps if line[gap.end()].isupper() and heads.match(line, gap.end())]
        if parts:
            narrowest = min(len(gap) for gap in _WORD_GAP_RE.findall(line))
            for gap in parts:
                if gap.end() - gap.start() > narrowest:
                    yield pos + at, line[at : gap.start()]
                    at = gap.end()
        yield pos + at, line[at:]
        pos += len(line) + 1


@functools.cache
def _motto_text() -> str:
    """The mottos, each after a line break: a line of the header is in a motto when it is in this."""
    return "".join("\n" + m for m in _mottos())


@functools.cache
def _whole_line_mottos() -> frozenset[str]:
    return frozenset(load("layout")["whole_line_mottos"])


def _is_motto(line: str) -> bool:
    low = line.lower()
    return (
        low.startswith(_mottos())
        or " ".join(low.split()) in _whole_line_mottos()
        # a mark OCR changed or lost ("CỘNG HOÀ XÃ HỘI CHỦ NGHIA VIỆT NAM"; its first letter tells first)
        or (
            _bare_motto_first_re().match(line[:1].translate(_bare_table())) is not None
            and _bare_motto_re().match(line.translate(_bare_table())) is not None
        )
        or f"\n{low} " in _motto_text()  # a motto starts with the line and a space
        or (len(low) >= 6 and low in _motto_text())
    )


@functools.cache
def _motto_hint_re() -> re.Pattern[str]:
    """The first word of a motto, case-folded: a line holds a motto only if its case-folded form holds one."""
    return re.compile("|".join(sorted({re.escape(m.split()[0].casefold()) for m in _mottos()})))


# The number starts with "số" or "sô" in any case: a line without one of these has none.
_NUMBER_HINT_RE = re.compile("[ốôỐÔ]")


def _issuer_part(line: str) -> str:
    """A header line without what may follow the issuer on it: the number ("BAN CHẤP HÀNH TRUNG
    ƯƠNG  Số: ..."), the right column's motto, or the first words of a motto."""
    if _NUMBER_HINT_RE.search(line) and (cut := _NUMBER_AFTER_ISSUER_RE.search(line)):
        line = line[: cut.start()]
    folded = line.casefold()
    if _motto_hint_re().search(folded):
        motto = _motto_re().search(line)
        at = motto.start() if motto else _bare_motto_at(line)  # (OCR lost a mark: "CHỦ NGHIA VIỆT NAM")
        if at > 0:  # the right column glued onto the issuer's line
            line = line[:at]
    if "ngày" in folded and (place := _PLACE_DATE_AFTER_ISSUER_RE.search(line)):
        head = line[: place.start()]
        line = "" if head.strip().lower() in place_abbreviations() else head  # "TP. Hồ Chí Minh, ngày"
    return _cut_motto_start(line)


@functools.cache
def place_abbreviations() -> frozenset[str]:
    """The abbreviations of a place's kind that open a place ("TP.", "TX."; ``layout.toml``), lower case."""
    return frozenset(load("layout")["place_abbreviations"])


def issuer_from_header(src: Source, start: int, end: int) -> Organization | None:
    """The issuing body: the capitalised left-column lines of the header, parent first.

    Lines are grouped into bodies, each starting with an organisation head word
    (``BAN``, ``ỦY BAN``, ``TỈNH ỦY``...); the last body is the issuer, the one before
    it its parent.
    """
    heads = _heads_re()
    bodies: list[list[tuple[int, int]]] = []  # each body's parts, one a line (not the rest of it)
    closed = False  # a rule ("-------") under a body ends it: what follows is another column
    previous = -1  # where the line before starts
    motto_start = ""  # the words of the line above after its issuer's part (a motto's first words, cut)
    for pos, whole_line in _header_lines(src.key, start, end):
        if not whole_line.strip():  # a blank line changes nothing
            continue
        if motto_start and " ".join(f"{motto_start} {whole_line}".casefold().split()) in _whole_mottos():
            motto_start = ""  # the rest of the motto whose first words ended the line above ("TỈNH ỦY PHÚ
            continue  # THỌ ĐẢNG CỘNG SẢN VIỆT" / "NAM": a phone's reader wrapped the joined cells)
        above, previous = previous, pos
        part = _issuer_part(whole_line)
        motto_start = whole_line[len(part) :].strip() if whole_line.startswith(part) else ""
        raw_line = _OTHER_COLUMNS_RULE_RE.sub("", part) if "-" in part or "_" in part else part
        ruled = "---" in raw_line or ("_" in raw_line and bool(_UNDERSCORE_RULE_RE.search(raw_line)))
        if ruled and bodies:
            closed = True
        line = _clean_line(raw_line)
        letters = list(filter(str.isalpha, line))
        caps = bool(letters) and sum(map(str.isupper, letters)) >= 0.8 * len(letters)
        if bodies and bodies[-1][-1][0] >= above and _is_received_stamp(line, whole_line):
            bodies.pop()  # the office that received the copy, over its stamp ("SỞ TƯ PHÁP" / "CÔNG VĂN ĐẾN")
            closed = True
            continue
        if line and not caps and not _is_motto(line):
            closed = True  # a line of ordinary text between two capitalised ones splits them (a motto of
            # the right column does not: pdftotext without -layout writes a line of each column in turn)
        if caps and len(letters) >= 2 and not _is_motto(line) and _looks_like_org_line(line):
            a = pos + raw_line.find(line.split(None, 1)[0])
            b = pos + len(raw_line.rstrip(" -_*\t"))
            if heads.match(line) or not bodies:
                bodies.append([(a, b)])
                closed = ruled
            elif not closed:
                bodies[-1].append((a, b))
    if len(bodies) > 1:
        bodies = [parts for parts in bodies if heads.match(src.key[parts[0][0] : parts[0][1]])]
    if not bodies:
        return None
    if len(bodies) > 1 and _is_an_organ_only(src.lower, bodies[-1]):
        bodies[-2:] = [bodies[-2] + bodies[-1]]  # "HĐND HUYỆN THANH OAI" over "THƯỜNG TRỰC": one name
    issuer = bodies[-1]
    name = " ".join(_clean_line(src.text[a:b]) for a, b in issuer)
    parent = None
    if len(bodies) > 1:
        parent = " ".join(" ".join(src.text[a:b].split()) for a, b in bodies[-2])
    return Organization(name=name, parent=parent, span=src.span(issuer[0][0], issuer[-1][1]))


def _is_an_organ_only(lower: str, body: list[tuple[int, int]]) -> bool:
    """Whether header lines ``body`` (offsets in ``lower``, :attr:`Source.lower`) are only the word of
    an organ, which has no name of its own (``[organs_without_a_name]``: "THƯỜNG TRỰC")."""
    return " ".join(" ".join(lower[a:b] for a, b in body).split()) in _organs_without_a_name()


@functools.cache
def _organs_without_a_name() -> frozenset[str]:
    return frozenset(load("layout")["organs_without_a_name"])


@functools.cache
def _received_stamp_titles() -> tuple[str, ...]:
    """A received stamp's titles ("CÔNG VĂN ĐẾN"), under the name of the office that received the copy:
    ``received_stamps`` of more than one word (not the bare "ĐẾN" that opens a stamp's line)."""
    return tuple(stamp for stamp in load("layout")["received_stamps"] if " " in stamp)


def _is_received_stamp(line: str, whole_line: str) -> bool:
    """Whether a header line opens a received stamp, read as the issuer's part or whole ("ĐẾN Số: 2317",
    whose number the issuer's part cuts off)."""
    titles = _received_stamp_titles()
    return any(" ".join(s.lower().split()).startswith(titles) for s in (line, whole_line))  # ("ĐẾN  Số: 08")


@functools.cache
def _not_org_starts() -> tuple[str, ...]:
    """How a header line that names no body starts: a received stamp, the number, a summary..."""
    layout = load("layout")
    stamps = (*layout["received_stamps"], *layout["signature_stamp_fields"])
    return (*stamps, "số ", "số:", "v/v", "kính gửi", "nơi nhận")


@functools.cache
def _header_marks() -> frozenset[str]:
    """The marks of a header that name no body: urgency and secrecy ("KHẨN", "HỎA TỐC", "MẬT"), a draft's
    ("DỰ THẢO"; ``layout.toml``)."""
    layout = load("layout")
    return frozenset((*layout["urgency_marks"], *layout["draft_marks"]))


def _looks_like_org_line(line: str) -> bool:
    low = line.lower()
    if low.strip(" .*:()") in _header_marks():  # "KHẨN" by the number or the date, "DỰ THẢO" over the title
        return False
    if "/" in low and _DATE_LIKE_RE.search(low):
        return False
    if "ngày" in low and _PLACE_DATE_OR_FIGURES_RE.match(line):  # "ĐÔNG HÀ, NGÀY 07 THÁNG 9 NĂM 2017"
        return False
    return not low.startswith(_not_org_starts())


@functools.cache
def _body_issuer_re() -> regex.Pattern[str]:
    verbs = sorted(set(load("layout")["issuing_verbs"]), key=len, reverse=True)
    heads = sorted(load("layout")["organization_heads"], key=len, reverse=True)
    # A verb in sentence case ("Chỉ đạo") is a word of a name ("Ban Chỉ đạo tỉnh đề nghị"): in a
    # sentence the verb is in lower case, in capitals, or each word capitalised ("Ban Hành").
    return regex.compile(
        r"(?:^|(?<=[,.;:)]\s|\n))\s*+(?P<org>(?i:"
        + "|".join(regex.escape(h) for h in heads)
        + r")(?:[ \t]++[\p{Lu}\p{Ll}][\p{L}\-]*+){0,12}?)[ \t]++(?!\p{Lu}\p{Ll}*+[ \t]++\p{Ll})(?i:"
        + "|".join(regex.escape(v) for v in verbs)
        + r")\b",
        regex.MULTILINE,
    )


@functools.cache
def _lower_verbs() -> tuple[str, ...]:
    """The issuing verbs in lower case (to find in :attr:`Source.lower`)."""
    return tuple(sorted({v.lower() for v in load("layout")["issuing_verbs"]}))


# The one character that _body_issuer_re() takes for a letter of a verb ("i") though its lower case in
# Source.lower is not that letter (tests/test_header.py checks this over all of Unicode).
_UNLOWERED_VERB_LETTERS = "İ"


def _next_verb(lower: str, pos: int, end: int, verbs: tuple[str, ...], found: list[int]) -> int:
    """Where the first issuing verb at ``pos`` or after (and before ``end``) starts in ``lower``, or -1.

    ``found[i]`` is where ``verbs[i]`` was last found (-1: nowhere further): only the verbs found
    before ``pos`` are looked for again, so each is searched once over the text in all. ``str.find``
    per verb is far faster than one alternation, which ``re`` tries at every letter.
    """
    first = -1
    for i, verb in enumerate(verbs):
        at = found[i]
        if 0 <= at < pos:
            at = found[i] = lower.find(verb, pos, end)
        if at >= 0 and (first < 0 or at < first):
            first = at
    return first


_SPACES_BEFORE_RE = lazy_regex(r"(?r)\s*+")
# Where a match of _body_issuer_re() can start, but at the start of the text: after a line break, or
# after a clause mark and a white space (``regex``'s \s, listed: ``re``'s has four more characters).
_ORG_OPENING_RE = re.compile(rf"\n|[,.;:)][{WHITE_SPACE}]")


def _body_issuer(key: str, lower: str, start: int, end: int) -> regex.Match[str] | None:
    """A match of ``_body_issuer_re()`` in ``key[start:end]`` with the org of the first one
    (``lower`` is ``key`` in lower case, offset for offset: :attr:`Source.lower`).

    The body and its verb share a line (only blanks and tabs separate their words), so the
    expression runs only on the lines where the lower-case text has a verb, from the blanks
    before each: a line's matches start there, after the matches of the lines above. It is
    tried only where its opening assertion holds (the text's start, after a line break or a
    clause mark and a blank), in order: the first match is the search's.
    """
    if any(key.find(c, start, end) >= 0 for c in _UNLOWERED_VERB_LETTERS):
        return _body_issuer_re().search(key, start, end)
    verbs = _lower_verbs()
    found = [lower.find(verb, start, end) for verb in verbs]
    line_end = start
    while (at := _next_verb(lower, line_end, end, verbs, found)) >= 0:
        line_start = key.rfind("\n", start, at) + 1 or start
        line_end = key.find("\n", at, end)
        if line_end < 0:
            line_end = end
        from_ = _SPACES_BEFORE_RE.match(key, start, line_start).start()
        openings = [] if from_ else [0]
        openings.extend(m.end() for m in _ORG_OPENING_RE.finditer(key, max(from_ - 2, 0), line_end))
        for opening in openings:
            if from_ <= opening < line_end and (m := _body_issuer_re().match(key, opening, line_end)):
                return m
    return None


# Two blanks or more: text set justified (PDF) puts words so far apart. A literal start: the engine
# jumps to each place.
_BLANKS_RE = re.compile(r"  ++")


def _one_blank_view(src: Source, start: int, end: int) -> tuple[str, str]:
    """``src.key[:end]`` and ``src.lower[:end]`` with each run of blanks from ``start`` on cut to one
    (:func:`_offset_in_key` leads back).

    >>> from vnplan.normalise import normalise
    >>> _one_blank_view(normalise("Ban  Thường   vụ ban hành"), 0, 25)[0]
    'Ban Thường vụ ban hành'
    """
    key, lower = src.key, src.lower
    return (
        key[:start] + _BLANKS_RE.sub(" ", key[start:end]),
        lower[:start] + _BLANKS_RE.sub(" ", lower[start:end]),
    )


def _offset_in_key(key: str, start: int, end: int, at: int) -> int:
    """The offset in ``key`` of offset ``at`` of its :func:`_one_blank_view` from ``start`` to ``end``.

    >>> _offset_in_key("Ban  Thường   vụ", 0, 16, 11)
    14
    """
    cut = 0  # blanks cut before the view's ``at``
    for blanks in _BLANKS_RE.finditer(key, start, end):
        if at < blanks.start() + 1 - cut:  # the view's offset of what follows the blank kept
            break
        cut += blanks.end() - blanks.start() - 1
    return at + cut


def _body_issuer_span(src: Source, start: int, end: int) -> tuple[int, int] | None:
    """Where the text names the body issuing it, in ``src.key[start:end]``: the org of
    :func:`_body_issuer`, read with the words one blank apart when they stand further apart."""
    m = _body_issuer(src.key, src.lower, start, end)
    if m is not None:
        return m.start("org"), m.end("org")
    if src.key.find("  ", start, end) < 0:
        return None
    key, lower = _one_blank_view(src, start, end)
    m = _body_issuer(key, lower, start, len(key))
    if m is None:
        return None
    a, b = m.span("org")  # the org ends with a letter: its last one leads back to it
    return _offset_in_key(src.key, start, end, a), _offset_in_key(src.key, start, end, b - 1) + 1


def issuer_from_body(src: Source, start: int, end: int) -> tuple[Organization, Diagnostic] | None:
    """The body the text says issues the document ("Ban Thường vụ Đảng ủy Khối ban hành Kế hoạch")."""
    found = _body_issuer_span(src, start, min(end, start + 3000))
    if found is None:
        return None
    a, b = found
    name = " ".join(src.text[a:b].split())
    span = src.span(a, b)
    diag = Diagnostic(
        code="issuer.from_body",
        severity="info",
        message=f"no issuer in the header; the text says {name!r} issues it",
        span=span,
    )
    return Organization(name=name, inferred=True, span=span), diag


def trim_title(title: str, issuer: Organization | None) -> str:
    """Cut what a flattened header glues after the summary: the deciding body ("... ỦY BAN NHÂN
    DÂN TỈNH KON TUM", "... BỘ TRƯỞNG BỘ TƯ PHÁP") and a stray closing quote of a quoted "V/v".

    >>> trim_title("PHÊ DUYỆT KẾ HOẠCH NĂM 2022 BỘ TRƯỞNG BỘ TƯ PHÁP", Organization(name="BỘ TƯ PHÁP"))
    'PHÊ DUYỆT KẾ HOẠCH NĂM 2022'
    >>> trim_title("Lịch công tác tháng 11/2025 của Giám đốc Sở Y tế", Organization(name="SỞ Y TẾ"))
    'Lịch công tác tháng 11/2025 của Giám đốc Sở Y tế'
    >>> trim_title("triệu tập đại biểu năm 2023”", None), trim_title('ra quân "Ngày chủ nhật xanh"', None)
    ('triệu tập đại biểu năm 2023', 'ra quân "Ngày chủ nhật xanh"')
    """
    if issuer is not None:
        name_start = _name_start(title, issuer.name.split())
        if name_start is not None:
            position = _position_before_re().search(title, 0, name_start)
            cut = position.start() if position else len(title[:name_start].rstrip())
            before = title[:cut].rsplit(None, 1)[-1:] if position else []
            if cut > 0 and not (before and before[0].lower() in _summary_links()):  # "... của Giám đốc Sở"
                title = title[:cut]
    unmatched_curly = title.endswith("”") and title.count("“") < title.count("”")
    unmatched_straight = title.endswith('"') and title.count('"') % 2 == 1
    if unmatched_curly or unmatched_straight:
        title = title[:-1].rstrip()
    return title


_LAST_WORDS_RE = lazy_regex(r"(?r)\S++")  # the words of a text, last first


def _name_start(title: str, words: list[str]) -> int | None:
    """Where the name made of ``words`` starts when it ends ``title`` after other words (any case,
    any blanks between its words), else None.

    >>> _name_start("KẾ HOẠCH NĂM 2022 BỘ TƯ  PHÁP ", ["Bộ", "Tư", "Pháp"])
    18
    >>> _name_start("Cải cách hành chính năm 2023 của Sở Nội vụ", ["SỞ", "NỘI", "VỤ"]) is None
    True
    """
    if not words:
        return None
    # Only the last words are read: the name's, and one before it.
    tail = list(itertools.islice(_LAST_WORDS_RE.finditer(title), len(words) + 1))
    if len(tail) <= len(words):
        return None
    if any(m.group().lower() != word.lower() for m, word in zip(tail, reversed(words), strict=False)):
        return None
    if tail[len(words)].group().lower() in _summary_links():  # "... của Sở Nội vụ": the summary's
        return None
    return int(tail[len(words) - 1].start())


@functools.cache
def _summary_links() -> frozenset[str]:
    return frozenset(load("layout")["summary_links"])


@functools.cache
def _position_before_re() -> regex.Pattern[str]:
    """A signer's position (``BỘ TRƯỞNG``) between blanks at the end of a text, searched from its end: the
    titles are tried there once, longest first (the leftmost match), not after every blank of the text."""
    titles: list[str] = load("signature")["positions"]["titles"]
    alternatives = "|".join(
        regex.escape(p).replace(r"\ ", r"\s+") for p in sorted(titles, key=len, reverse=True)
    )
    return regex.compile(rf"(?ri)\s+(?:{alternatives})\s+\Z")


__all__ = [
    "issuer_from_body",
    "issuer_from_header",
    "opens_with_a_body",
    "place_abbreviations",
    "place_and_date",
    "trim_title",
]
