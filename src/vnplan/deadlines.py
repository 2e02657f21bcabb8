"""Stage 3e: dated obligations, with the administrative level each one binds.

Every date phrase of the body (from :mod:`vnplan.dates`) is read in its clause:

* it is an **obligation** when its qualifier says "by" (``trước ngày``, ``chậm nhất``)
  or the clause before it has an obligation verb (``hoàn thành``, ``gửi``, ``báo cáo``),
  or it sits under a level's heading ("- Cấp tỉnh: Tổng kết vào quý I năm 2018"), and
  no event word (``diễn ra``, ``lễ``, ``giai đoạn``...) says it is an event or a span;
* a date written right after a cited document's number is that document's date;
* its **level** is the first level phrase of the clause's subject (words after
  ``gửi về`` / ``qua`` name the receiver, not the one bound); else the label or
  heading the line sits under ("2.1. Cấp cơ sở:"); else, in a letter, the
  addressees of ``Kính gửi``; else the issuer's own level, with a diagnostic.

The vocabularies are in ``lexicon/deadlines.toml``.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple, cast

import regex

from vnplan import dates
from vnplan._lazy import lazy_regex
from vnplan.columns import column_kinds
from vnplan.folded import FoldedPattern
from vnplan.header import opens_with_a_body
from vnplan.lexicon import load
from vnplan.models import Deadline, Diagnostic, DocNumber, Level, Organization, Period, Span
from vnplan.normalise import Source, is_caps_line

_LEVEL_ORDER: tuple[Level, ...] = ("co_so", "xa", "huyen", "tinh", "trung_uong")
_CLAUSE_START_RE = lazy_regex(
    r"[.;!?](?=\s)|:[ \t]*+\n|\n[ \t]*+\n|\n(?=[ \t]*+(?:[-+•]|\d+(?:\.\d+)*[.)]|[a-zđ]\)))"
    r"|,[ \t]*+(?=(?i:riêng)\b)"  # "Thực hiện thường xuyên, riêng việc ... hoàn thành trong quý II"
)
_HEADING_RE = lazy_regex(r"[ \t]*+(?P<num>\d+(?:\.\d+)*|[IVX]+|[a-zđ])[.)][ \t]*+(?P<text>[^\n:]{3,120})")
# A list's heading with no number: a line that is only a label and its colon, perhaps after a bullet, over the
# items it heads ("👉 *Các tổ dân phố (42 tổ):*" / "✅ Rà soát, ... trước ngày 25/3/2026").
_LABEL_HEADING_RE = lazy_regex(r"[ \t]*+(?:[-+•][ \t]*+)?(?P<text>[^\n:]{3,100}):[ \t]*+$")
_LIST_BULLETS = "-+•"
_LIST_LINES = 40  # lines of a list under its label, at most
_ITEM = r"[ \t]*+(?:[-+•]|(?:\d+(?:\.\d+)*|[IVX]+|[a-zđ])[.)])[ \t]"
_ITEM_RE = lazy_regex("^" + _ITEM, regex.MULTILINE)
_ITEM_LINE_RE = lazy_regex(r"\n" + _ITEM)  # a list item, from the "\n" that ends the line above
_LABEL_RE = lazy_regex(
    r"^[ \t]*+(?:[-+•][ \t]*+|(?:\d+(?:\.\d+)*|[IVX]+|[a-zđ])[.)][ \t]*+)?(?P<label>[^:\n]{3,90}):",
    regex.MULTILINE,
)
_LABEL_REACH = 400  # indentation, numbering, a label of at most 90 characters and its colon
_SPAN_GRANULARITIES = frozenset({"year", "school_year", "multi_year", "term"})
# A deadline's own words in a date phrase, at its start or after its recurrence ("hằng năm (trước ...").
_COMPLETES = r"(?<![\p{L}])(?:hoàn\s+(?:thành|tất)|xong)(?![\p{L}])"  # "thực hiện xong"
_COMPLETES_RE = lazy_regex(f"(?i){_COMPLETES}")
_LAST_COMPLETES_RE = lazy_regex(f"(?ir){_COMPLETES}")  # (searched backwards: the last)
_STRONG_RE = lazy_regex(r"(?i)(?:^|[\s(,])(?:hoàn thành\s+)?(?:trước|chậm nhất|không quá|hạn)")
# What parts a date listed after another that lends it its qualifier ("trước ngày 15/6 và 15/12 hằng năm").
_LISTED_AFTER_RE = re.compile(r"[ \t]*+(?:,[ \t]*+(?:và[ \t]++)?|và[ \t]++)")
_HISTORICAL_RE = lazy_regex(r"(?i)\bđã\b")
# The time of the work in a clause of its own, after what the sentence said of its objects ("chi trả cho các
# hộ đã có phương án được phê duyệt, thực hiện từ ngày 08/12 ..."): a "đã" before it is no past of the work.
_TIME_OF_THE_WORK_RE = lazy_regex(r"(?i),[ \t]*+thực[ \t]++hiện[ \t]*+$")
_CLAUSE_MARK_RE = re.compile(r"[,;]")


# A day written before the month that holds it, the month named after it ("ngày 15 của tháng cuối quý").
_DAY_OF_BEFORE_RE = re.compile(r"[Nn]gày[ \t]++[0-9]{1,2}+[ \t]++của[ \t]++(?:tháng[ \t]++)?$")
_DAY_OF_REACH = 24  # characters before a date: "ngày 15 của tháng "
_CUTOFF_REACH = 40  # characters before a date where the figures it counts up to are named


def _counts_up_to(key: str, at: int, start: int) -> bool:
    """Whether the limit at ``key[at:]`` that opens with "đến"/"tới" is how far figures named before it in
    its clause count ("Trên cơ sở kết quả giải ngân đến hết tháng 9", "số liệu tính đến ngày 30/6").

    >>> _counts_up_to("Trên cơ sở kết quả giải ngân đến hết tháng 9, Sở ...", 29, 0)
    True
    >>> _counts_up_to("Các xã thực hiện đến hết tháng 9", 17, 0)
    False
    """
    if not key.startswith(("đến", "tới", "Đến", "Tới"), at):
        return False
    lead = key[max(start, at - _CUTOFF_REACH) : at]
    clause = lead[max(map(lead.rfind, ",;:(\n")) + 1 :]
    return _cue("cutoff").search(clause) is not None


# A limit counted from an event, then the day it comes to in parentheses ("chậm nhất 105 ngày trước ngày
# bầu cử (ngày 30/11/2025)", "... sau ngày bầu cử (tức ngày 25/3/2026)"); how far before the day it is read.
_GLOSS_LEAD = r"\((?:[ \t]*+(?:tức là|tức|nhằm|là))?[ \t]*+"  # the parenthesis and its word, before the day
_GLOSS_LEAD_RE = re.compile(_GLOSS_LEAD)
_RELATIVE_LIMIT_GLOSS_RE = re.compile(
    r"(?i:chậm nhất|không quá|không muộn hơn|trước)[ \t]++[0-9]{1,3}+[ \t]++(?:ngày|tuần|tháng)"
    r"(?:[ \t]++làm việc)?+[ \t]++(?:trước|sau|kể từ)[^()\n]{1,40}+" + _GLOSS_LEAD
)
_RELATIVE_LIMIT_REACH = 100


def _glosses_a_relative_limit(key: str, at: int, start: int) -> bool:
    """Whether the date at ``key[at:]`` stands in parentheses after a limit counted from an event, the
    day that limit comes to: a limit itself.

    >>> key = "thành lập Ban bầu cử chậm nhất 70 ngày trước ngày bầu cử (tức ngày 04/01/2026)."
    >>> _glosses_a_relative_limit(key, key.find("ngày 04"), 0)
    True
    """
    lo = max(start, at - _RELATIVE_LIMIT_REACH)
    opening = key.rfind("(", lo, at)  # (no parenthesis follows a gloss's: the last is its)
    return (
        opening >= 0
        and _GLOSS_LEAD_RE.fullmatch(key, opening, at) is not None
        and any(m.end() == at for m in _RELATIVE_LIMIT_GLOSS_RE.finditer(key, lo, at))
    )


def _is_strong(key: str, phrases: list[dates.DatePhrase], at: int) -> bool:
    """Whether the date ``phrases[at]`` is a limit in words ("trước", "chậm nhất"), its own or those of the
    date it is listed after ("trước ngày 15/6 và 15/12 hằng năm": its qualifier is the list's)."""
    for i in range(at, max(-1, at - _LISTED_DATES), -1):  # the date, then the list's up to its head
        found = phrases[i]
        if _STRONG_RE.search(key[found.start : found.end]):
            return True
        head = phrases[i - 1] if i > 0 else None
        if (
            head is None
            or found.qualifier is None
            or head.qualifier != found.qualifier
            or _LISTED_AFTER_RE.fullmatch(key, head.end, found.start) is None
        ):
            return False
    return False


_LISTED_DATES = 12  # dates of one list that share its head's limit, at most


def _last_past(before: str, end: int) -> int | None:
    """Where the last "đã" of ``before[:end]`` ends, or None when there is none."""
    last = None
    for m in _HISTORICAL_RE.finditer(before, 0, end):
        last = m.end()
    return last


_ADDRESSEES_RE = lazy_regex(r"(?i)kính\s+gửi\s*:?\s*(?P<to>[^\n]{3,200})")  # (a list: its first line)
_ADDRESSEES_REACH = 1500  # characters after the body's start where a letter's "Kính gửi" line is looked for


class _LevelWords(NamedTuple):
    """The level phrases of ``[levels]`` and ``[levels_by_name]`` (:func:`_level_words`)."""

    vocabulary: FoldedPattern  # every phrase and look-alike: the first match is the earliest, the longest
    by_fold: dict[str, Level | None]  # the level of each, case-folded (words one space apart); None: none
    named: regex.Pattern[str]  # the same as an alternation, longest first, group ``L<i>`` the i-th level
    levels: tuple[Level, ...]
    by_name: frozenset[str]  # the bodies by their own names, case-folded
    not_after: tuple[str, ...]  # the words after which such a name binds no one, case-folded


@functools.cache
def _level_words() -> _LevelWords:
    """One pattern for every level phrase (:meth:`FoldedPattern.of_words`), so the first match
    is the earliest phrase and, at that place, the longest one; the level of each phrase, case-folded
    (words one space apart); and the same as an alternation, longest first, where group ``L<i>`` names
    the ``i``-th level (tried where a phrase's fold is not its words', as with ``İ``)."""
    lexicon = load("deadlines")
    by_name: dict[str, list[str]] = {k: v for k, v in lexicon["levels_by_name"].items() if k != "not_after"}
    pairs = [
        (phrase, cast(Level, level))
        for table in (lexicon["levels"], by_name)
        for level, phrases in table.items()
        for phrase in phrases
    ]
    pairs.sort(key=lambda p: len(p[0]), reverse=True)
    alternatives = "|".join(
        f"(?P<L{i}>" + regex.escape(p).replace(r"\ ", r"\s+") + ")" for i, (p, _) in enumerate(pairs)
    )
    named = regex.compile(r"(?i)(?<![\p{L}])(?:" + alternatives + r")(?![\p{L}])")
    by_fold: dict[str, Level | None] = {}
    for phrase, level in pairs:
        by_fold.setdefault(" ".join(phrase.casefold().split()), level)
    look_alikes = lexicon["level_look_alikes"]["phrases"]
    for phrase in look_alikes:  # found as the longest phrase at their place, and passed over
        by_fold[" ".join(phrase.casefold().split())] = None
    vocabulary = FoldedPattern.of_words([*(p for p, _ in pairs), *look_alikes])
    names = frozenset(" ".join(n.casefold().split()) for ns in by_name.values() for n in ns)
    not_after = tuple(" ".join(w.casefold().split()) for w in lexicon["levels_by_name"]["not_after"])
    return _LevelWords(vocabulary, by_fold, named, tuple(level for _, level in pairs), names, not_after)


def _a_thing_of_the_body(text: str, at: int, words: _LevelWords) -> bool:
    """Whether the body named by its own name at ``text[at:]`` follows one of ``words.not_after`` ("phần
    mềm ... của Bộ Lao động", "Thông tư ... của Bộ trưởng Bộ Giáo dục"): a thing or a head of it."""
    before = " ".join(text[max(0, at - _NOT_AFTER_REACH) : at].casefold().split())
    return any(before == w or before.endswith(" " + w) for w in words.not_after)


_NOT_AFTER_REACH = 24  # characters before a body's name where a word of [levels_by_name] not_after ends


@functools.cache
def _cue(kind: str) -> FoldedPattern:
    return FoldedPattern.of_words(load("deadlines")["cues"][kind])


def level_in(text: str, fold: str | None = None) -> tuple[Level, str] | None:
    """The level named first in ``text``, with the words that name it (``fold``: ``text.casefold()``,
    when the caller has it).

    >>> level_in("Cấp huyện, thị, thành ủy, Đảng ủy trực thuộc: Xây dựng kế hoạch")
    ('huyen', 'Cấp huyện')
    """
    words = _level_words()
    m = words.vocabulary.search(text, fold=fold)
    while m is not None and (folded := " ".join(m.group().casefold().split())) in words.by_fold:
        level = words.by_fold[folded]
        of_the_body = folded in words.by_name and _a_thing_of_the_body(text, m.start(), words)
        if level is not None and not of_the_body:
            return level, m.group()
        m = words.vocabulary.search(text, m.end(), fold=None if fold is None else fold[m.end() :])  # (passed)
    if m is None:
        return None
    which = words.named.match(text, m.start())
    if which is None or which.lastgroup is None:
        return None
    return words.levels[int(which.lastgroup[1:])], which.group()


def issuer_level(
    issuer: Organization | None, number: DocNumber | None, issued_on: date | None = None
) -> Level | None:
    """The issuing body's own level, from its number's issuer code, its name, or for a board ("BAN ...")
    the name of the body it belongs to (a "BAN THƯỜNG TRỰC" under "ỦY BAN MTTQ VIỆT NAM TỈNH NGHỆ AN" is
    of the province; a university under a ministry is of no level); a commune's Party committee
    issuing after the 2025 reform is of the commune.

    >>> issuer_level(Organization(name="BAN THƯỜNG TRỰC", parent="ỦY BAN MTTQ VIỆT NAM TỈNH NGHỆ AN"), None)
    'tinh'
    >>> issuer_level(Organization(name="BAN CHỈ ĐẠO SẮP XẾP CẤP XÃ", parent="UBND HUYỆN KIM THÀNH"), None)
    'huyen'
    >>> from vnplan.docnumber import parse_number
    >>> xa, number = Organization(name="ĐẢNG ỦY XÃ CAM LỘ"), parse_number("15-KH/ĐU")
    >>> issuer_level(xa, number, date(2025, 11, 14)), issuer_level(xa, number, date(2024, 11, 14))
    ('xa', 'co_so')
    >>> issuer_level(Organization(name="BCH ĐOÀN KHỐI CÁC CƠ QUAN TỈNH"), parse_number("25-KH/ĐTN"))
    'huyen'
    """
    reform = load("deadlines")["issuer_levels_since_2025_reform"]
    if (
        issuer is not None
        and issued_on is not None
        and issued_on >= reform["since"]
        and _issuer_words()[2].search(issuer.name.lower())
        and _name_level(issuer.name) in (None, "xa")  # not "THỊ XÃ"
    ):
        return "xa"
    lexicon = load("deadlines")
    table: dict[str, list[str]] = lexicon["issuer_levels"]
    if number is not None and number.issuer_code:
        first = number.issuer_code.split("-")[0]
        named_instead = lexicon["issuer_codes_of_a_body_under_a_higher_one"].get(first, ())
        if issuer is not None and named_instead:
            named = _name_level(issuer.name)
            if named in named_instead:  # "ĐẢNG ỦY QUÂN SỰ TỈNH" (112-KH/ĐU) is of the province
                return named
        for level, words in table.items():
            if first in words:
                if level == "trung_uong" and issuer is not None and (local := _local_level(issuer)):
                    return local  # a local body's own letters ("02/KH-BTC" of a festival's Ban Tổ chức)
                return cast(Level, level)
    names: tuple[str, ...] = ()
    if issuer is not None and _is_sub_department(issuer):
        return "tinh"  # "CHI CỤC THỦY SẢN" of "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"
    # a board of the body above is of its level, whatever level its name's subject names ("BAN CHỈ ĐẠO SẮP
    # XẾP ĐƠN VỊ HÀNH CHÍNH CẤP XÃ" of "UBND HUYỆN KIM THÀNH"); another body is not
    if issuer is not None:
        if _is_board(issuer.name) and (own := _place_named(issuer.name)) is not None:
            return own  # a body of its own place, under the body above it ("BAN CHQS HUYỆN SƠN TÂY")
        names = (issuer.parent or "", issuer.name) if _is_board(issuer.name) else (issuer.name,)
    for name in names:
        named = _name_level(name)
        if named is not None:
            return named
    return None


# A section heading numbered in Roman numerals ("III. THỜI GIAN HOÀN THÀNH").
_SECTION_RE = re.compile(r"^[ \t]*+[IVX]{1,4}+[.)][ \t]++([^\n]{3,120}+)", re.MULTILINE)


class _Sections:
    """The Roman-numbered section headings of a text, found once when a date first asks.

    >>> sections = _Sections("III. THỜI GIAN HOÀN THÀNH\\n- Kiểm tra hồ sơ, sổ sách: cuối tháng 12.", 0, 70)
    >>> sections.of_times(40), _Sections("I. MỤC ĐÍCH\\n- Từ", 0, 16).of_times(14)
    (True, False)
    """

    def __init__(self, key: str, start: int, end: int) -> None:
        self.key, self.start, self.end = key, start, end
        self._starts: list[int] | None = None
        self._of_times: list[bool] = []

    def of_times(self, pos: int) -> bool:
        """Whether ``pos`` lies in a section whose heading is a time's ("III. THỜI GIAN HOÀN THÀNH", "IV.
        TIẾN ĐỘ THỰC HIỆN"): each of its items' labels names the work due at the date after it."""
        if self._starts is None:
            found = list(_SECTION_RE.finditer(self.key, self.start, self.end))
            self._starts = [m.start() for m in found]
            self._of_times = [_is_time_heading(m.group(1).strip(" :.")) for m in found]
        at = bisect.bisect_right(self._starts, pos)
        return at > 0 and self._of_times[at - 1]


def _local_level(issuer: Organization) -> Level | None:
    """The level below the centre that the issuer's name or the name of the body above it says, if any
    ("BAN TỔ CHỨC LỄ HỘI ..." under "UBND XÃ HÒA TIẾN": xa)."""
    for name in (issuer.name, issuer.parent or ""):
        named = _name_level(name)
        if named is not None:
            return None if named == "trung_uong" else named
    return None


def _opens_with(name: str, heads: list[str]) -> bool:
    words = name.lower().split()
    return any(words[: len(head.split())] == head.split() for head in heads)


def _is_board(name: str) -> bool:
    """Whether an issuer is a board of the body above it (its first words one of ``[issuer_boards]``)."""
    return _opens_with(name, load("deadlines")["issuer_boards"]["heads"])


def _place_named(name: str) -> Level | None:
    """The level of a place a body's name names by its own name ("BAN CHQS HUYỆN SƠN TÂY": huyen), not a
    level its subject names ("BAN CHỈ ĐẠO SẮP XẾP ĐƠN VỊ HÀNH CHÍNH CẤP XÃ"); None for a board that names
    none ("BAN THƯỜNG TRỰC").

    >>> _place_named("BAN CHQS HUYỆN SƠN TÂY"), _place_named("BAN CHỈ ĐẠO SẮP XẾP CẤP XÃ")
    ('huyen', None)
    """
    words_re, levels, _ = _issuer_words()
    lower = name.lower()
    for m in words_re.finditer(lower):
        level = levels[m.group()]
        after = lower[m.end() :].split()
        if level is None or not after or lower[: m.start()].split()[-1:] == ["cấp"]:
            continue
        if words_re.match(after[0]) is None:  # a proper name after the level's word
            return level
    return None


def _is_sub_department(issuer: Organization) -> bool:
    """Whether an issuer is a sub-department of a province's department ("CHI CỤC KIỂM LÂM" under "SỞ NÔNG
    NGHIỆP VÀ MÔI TRƯỜNG"; ``[issuer_boards]``).

    >>> _is_sub_department(Organization(name="CHI CỤC KIỂM LÂM", parent="SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"))
    True
    >>> _is_sub_department(Organization(name="CHI CỤC THỐNG KÊ HUYỆN HẢI HẬU", parent="CỤC THỐNG KÊ TỈNH"))
    False
    """
    boards = load("deadlines")["issuer_boards"]
    return (
        issuer.parent is not None
        and _opens_with(issuer.name, boards["sub_departments"])
        and _opens_with(issuer.parent, boards["departments"])
    )


def _name_level(name: str) -> Level | None:
    """The level a body's name words tell (``[issuer_levels]``): of the words it holds, the lowest level's,
    a longer word first ("THỊ XÃ" is a district's, not a commune's; "BỘ CHỈ HUY QUÂN SỰ TỈNH" no ministry).

    >>> _name_level("ỦY BAN NHÂN DÂN THỊ XÃ BUÔN HỒ"), _name_level("BỘ CHỈ HUY QUÂN SỰ TỈNH NGHỆ AN")
    ('huyen', 'tinh')
    """
    words_re, levels, _ = _issuer_words()
    found = [levels[m.group()] for m in words_re.finditer(name.lower())]
    named = [level for level in found if level is not None]
    return min(named, key=_LEVEL_ORDER.index) if named else None


@functools.cache
def _issuer_words() -> tuple[regex.Pattern[str], dict[str, Level | None], regex.Pattern[str]]:
    """Every name word of ``[issuer_levels]`` (not the upper-case codes) and of ``[issuer_name_words]
    none``, the longest first, as whole words; the level of each (None: no level's); and the words of
    a commune since the 2025 reform (``[issuer_levels_since_2025_reform] xa``)."""
    table = load("deadlines")
    levels: dict[str, Level | None] = {w.lower(): None for w in table["issuer_name_words"]["none"]}
    for level, words in table["issuer_levels"].items():
        levels.update({w.lower(): cast(Level, level) for w in words if not w.isupper()})
    reform = _words_re(tuple(table["issuer_levels_since_2025_reform"]["xa"]))
    return _words_re(tuple(sorted(levels, key=len, reverse=True))), levels, reform


def _words_re(words: tuple[str, ...]) -> regex.Pattern[str]:
    """Any of ``words`` as a whole word."""
    return regex.compile(rf"(?<![\p{{L}}])(?:{'|'.join(map(regex.escape, words))})(?![\p{{L}}])")


@dataclass(frozen=True, slots=True)
class DocumentContext:
    """What the deadline reader needs to know about the whole document."""

    issued_on: date | None
    issuer: Organization | None
    number: DocNumber | None
    addressee_level: Level | None
    citation_ends: tuple[int, ...]  # normalised offsets where a cited number ends
    account: bool = False  # an account of what was done (a report): what ended before its issue is a result
    annex_from: int | None = None  # where an annex after the foot starts ("PHỤ LỤC"), if one does


def _addressees(src: Source, start: int, end: int) -> regex.Match[str] | None:
    """A letter's ``Kính gửi`` line in ``src.key[start:end]``: looked for only where the lower-case text
    holds "kính" (a case-blind search reads every character)."""
    if src.lower.find("kính", start, end) < 0:
        return None
    return _ADDRESSEES_RE.search(src.key, start, end)


def addressee_level(src: Source, start: int, end: int) -> Level | None:
    """The level of a letter's addressees (``Kính gửi: Ban Thường vụ các tỉnh, thành Đoàn``)."""
    m = _addressees(src, start, end)
    if m is None:
        return None
    found = level_in(m.group("to"))
    return found[0] if found else None


_BREAK_CHARS = frozenset(".;!?:,\n \t")  # every character a clause or sentence break consumes


def _clause_start(key: str, pos: int, floor: int) -> int:
    """End of the last clause break in the 300 characters before ``pos`` (not before ``floor``)."""
    return _last_break(_CLAUSE_START_RE, key, max(floor, pos - 300), pos)


def _last_break(pattern: regex.Pattern[str], key: str, window_start: int, pos: int) -> int:
    """End of the last match of ``pattern`` (a break: only characters of ``_BREAK_CHARS``) in
    ``key[window_start:pos]``, else ``window_start``.

    No break runs across a character outside ``_BREAK_CHARS``, so a scan that starts right after
    one finds the same breaks as a scan of the whole window: the last 60 characters are scanned
    first, the whole window only when they hold no break.
    """
    near = pos - 60
    while near > window_start and key[near - 1] in _BREAK_CHARS:
        near -= 1
    found = _last_match_end(pattern, key, near, pos) if near > window_start else None
    if found is None:
        found = _last_match_end(pattern, key, window_start, pos)
    return window_start if found is None else found


def _last_match_end(pattern: regex.Pattern[str], key: str, start: int, end: int) -> int | None:
    last = None
    for m in pattern.finditer(key, start, end):
        last = m
    return None if last is None else last.end()


class _Headings:
    """The numbered headings of a document, read from a date upwards, line by line, as far as a
    date's question needs (most documents ask about none or a few nearby ones).

    A heading's level is read the first time a date below it asks.
    """

    def __init__(self, key: str, start: int, end: int) -> None:
        self.key, self.start, self.end = key, start, end
        self._levels: dict[int, tuple[Level, str] | None] = {}  # by the heading's line start

    def _level(self, at: int, text: str) -> tuple[Level, str] | None:
        """The level a heading's ``text`` names as its subject; none for an item opening with overseeing
        ("a) Tham mưu UBND xã, phường chỉ đạo các trường ...": the heading above is its body)."""
        if at not in self._levels:
            oversees = _cue("oversight").pattern.match(text) is not None
            level = None if oversees else _level_of_subject(text)
            if level is None and not oversees and (named := level_in(text)) and _CAP_RE.match(named[1]):
                level = named  # the level a section's work is done at ("2. Tổ chức rà soát tại cấp xã")
            self._levels[at] = level
        return self._levels[at]

    def level_above(self, pos: int) -> tuple[Level, str] | None:
        """The level named by the nearest heading above ``pos`` that it lies under (within 3,000
        characters, not before the start); a Roman-numbered section heading that names no level
        closes the search. Under a heading means under one numbered less deep: the item above
        "2." is "1.", beside it, not over it. A bulleted item lies under the label over its list
        ("Các tổ dân phố:"), the lines between them all the list's."""
        key, end = self.key, self.end
        window_start = max(self.start, pos - 3000)
        line_break = key.rfind("\n", window_start, pos)
        if line_break < 0 and window_start > 0:
            return None  # a line longer than the window: no line above it within it (nor a slice of it all)
        line_start = line_break + 1
        own = _HEADING_RE.match(key, line_start, end)
        ceiling = _depth(own.group("num")) if own is not None else _NO_DEPTH
        opening = key[line_start:pos].lstrip(" \t")[:1]
        in_a_list = own is None and opening != "" and opening in _LIST_BULLETS
        list_lines = 0
        at = line_start
        while at > window_start:  # the lines above, nearest first
            newline = key.rfind("\n", max(window_start - 1, 0), at - 1)
            if newline < 0 and window_start > 0:
                break
            at = newline + 1  # 0: the text's first line, when the window starts there
            m = _HEADING_RE.match(key, at, end)
            if in_a_list and m is None:  # up the list's lines to its label, not past a blank line
                line_end = key.find("\n", at, end)
                line_end = end if line_end < 0 else line_end
                # (bounded by its line: the engine looks for a pattern's colon as far as it may match)
                label = _LABEL_HEADING_RE.match(key, at, line_end)
                if label is not None and (level := self._level(at, label.group("text"))):
                    return level
                line = key[at:line_end].lstrip(" \t")
                if (
                    label is None
                    and line[:1] in _LIST_BULLETS
                    and line[:1] != opening
                    and (level := self._level(at, line[1:].strip()))
                ):  # a bullet of another kind over the list's, naming a level: its label ("• UBND các xã,
                    return level  # phường" over "- Báo cáo ... chậm nhất ngày 05/11/2025", a slide's outline)
                list_lines += 1
                in_a_list = label is None and bool(line) and list_lines < _LIST_LINES
            in_a_list = in_a_list and m is None
            if m is None or (depth := _depth(m.group("num"))) >= ceiling:
                continue
            level = self._level(at, m.group("text"))
            if level:
                return level
            if depth == 0:  # a Roman-numbered section heading
                return None
            ceiling = depth
        return None


_NO_DEPTH = 99  # a line that is no numbered heading: under any
_CAP_RE = re.compile(r"(?i)cấp\s")  # a level named as such ("cấp xã", "Cấp huyện")


def _depth(num: str) -> int:
    """How deep a heading's number is: "II" 0, "2" 1, "2.1" 2, a letter ("b") under all of them.

    >>> [_depth(n) for n in ("IV", "3", "3.2", "b")]
    [0, 1, 2, 10]
    """
    if not num.strip("IVX"):
        return 0
    if num[0].isdigit():
        return num.count(".") + 1
    return 10


_TOPIC_REACH = 16  # characters before a date: a topic word and its blanks


_QUOTES = "\"“”'‘’«»"


@functools.cache
def _amendment_res() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """An amendment's words ([cues] replaced_from, replaced_by): the first right before a date (quotes
    between), the second alone between two dates (quotes about it)."""
    cues = load("deadlines")["cues"]
    before, between = (
        "|".join(regex.escape(w) for w in cues[kind]) for kind in ("replaced_from", "replaced_by")
    )
    return (
        regex.compile(rf"(?i)(?<![\p{{L}}])(?:{before})[\s{_QUOTES}]*+$"),
        regex.compile(rf"(?i)[\s{_QUOTES}]*+(?:{between})[\s{_QUOTES}]*+"),
    )


def _replaced_from(key: str, found: dates.DatePhrase, after: dates.DatePhrase) -> int | None:
    """Where the lead of a date an amendment replaces by the date ``after`` starts (the offset of "từ"
    in "từ “trước ngày 15/6/2025” thành “trước ngày 30/6/2025”", "chuyển từ ngày 22/5 sang ngày 28/5");
    None when ``found`` is no such date.

    >>> from vnplan.normalise import normalise
    >>> from vnplan.dates import scan_phrases
    >>> key = normalise("Sửa đổi thời gian từ “trước ngày 15/6/2025” thành “trước ngày 30/6/2025”.").key
    >>> old, new = scan_phrases(normalise(key))
    >>> _replaced_from(key, old, new) == key.find("từ")
    True
    """
    if after.start - found.end > _REPLACED_BY_REACH or not _amendment_res()[1].fullmatch(
        key, found.end, after.start
    ):
        return None
    if found.qualifier == "from":
        return found.start
    lead = _amendment_res()[0].search(key, max(0, found.start - _REPLACED_FROM_REACH), found.start)
    return None if lead is None else lead.start()


_REPLACED_FROM_REACH = 12  # "từ", blanks and quotes before a replaced date
_GLOSS_OPEN_RE = re.compile(r"[ \t]*+\([ \t]*+")
_GLOSS_CLOSE_RE = re.compile(r"[ \t]*+\)")


def _less_precise_of_a_gloss(key: str, phrases: list[dates.DatePhrase], at: int) -> bool:
    """Whether ``phrases[at]`` and a date next to it in parentheses say one time, and it is the less
    precise: "trong tuần 2 tháng 11 (từ ngày 11/11 đến ngày 16/11/2024)" is read from the range in the
    parentheses, "ngày 25/9/2025 (tuần 4 tháng 9/2025)" from the day before them."""
    found = phrases[at]
    after = phrases[at + 1] if at + 1 < len(phrases) else None
    if after is not None and _glossed_by(key, found, after):
        return _days(found) > _days(after)
    before = phrases[at - 1] if at > 0 else None
    return before is not None and _glossed_by(key, before, found) and _days(found) >= _days(before)


def _a_looser_limit_aside(key: str, phrases: list[dates.DatePhrase], at: int) -> bool:
    """Whether ``phrases[at]`` is a limit named by a holiday alone in parentheses right after a date that
    ends before it: the reason for that date, no limit of its own ("gieo cấy từ 25/01 đến 10/02/2026 (trước
    Tết Nguyên đán)"); a later day written in figures may be a last limit ("(chậm nhất ngày 20/3)")."""
    found = phrases[at]
    before = phrases[at - 1] if at > 0 else None
    return (
        before is not None
        and found.qualifier in ("by", "before")
        and not any(c.isdigit() for c in key[found.start : found.end])
        and before.period is not None
        and found.period is not None
        and before.period[1] < found.period[0]
        and _alone_in_parentheses_after(key, before, found)
    )


def _glossed_by(key: str, outer: dates.DatePhrase, inner: dates.DatePhrase) -> bool:
    """Whether ``inner`` stands alone in parentheses right after ``outer``, both naming a period, the one
    overlapping the other (not "từ 25/01 đến 10/02/2026 (trước Tết Nguyên đán)": a reason, a later day)."""
    return (
        outer.period is not None
        and inner.period is not None
        and inner.period[0] <= outer.period[1]
        and outer.period[0] <= inner.period[1]
        and _alone_in_parentheses_after(key, outer, inner)
    )


def _alone_in_parentheses_after(key: str, outer: dates.DatePhrase, inner: dates.DatePhrase) -> bool:
    """Whether ``inner`` stands alone in parentheses right after ``outer`` ("... 10/02/2026 (trước Tết)")."""
    return (
        _GLOSS_OPEN_RE.fullmatch(key, outer.end, inner.start) is not None
        and _GLOSS_CLOSE_RE.match(key, inner.end) is not None
    )


def _days(phrase: dates.DatePhrase) -> int:
    period = phrase.period
    return 0 if period is None else (period[1] - period[0]).days


_REPLACED_BY_REACH = 16  # quotes, blanks and "thành" or "sang" between the replaced date and the new one


def _restates(before: str, deadlines: list[Deadline], period: tuple[date, date]) -> bool:
    """Whether a clause ``before`` a date of ``period`` opens with a restatement's word ("Cụ thể: các chi
    bộ hoàn thành ... trước ngày 30/6/2025") and the last deadline read has that period: the same one."""
    if not deadlines or (deadlines[-1].due.start, deadlines[-1].due.end) != period:
        return False
    opening = _cue("restatement").search(before, 0, min(len(before), _RESTATEMENT_REACH))
    return opening is not None and not before[: opening.start()].strip(" \t\n-+•*")


_RESTATEMENT_REACH = 24  # a list's mark and a restatement's word


@functools.cache
def _example_row_re() -> regex.Pattern[str]:
    """A line that opens with the word of a form's example row (``[cues] example_row``: "VD", "Ví dụ")."""
    words = "|".join(regex.escape(w) for w in load("deadlines")["cues"]["example_row"])
    return regex.compile(rf"(?i)[ \t]*+(?:{words})(?![\p{{L}}\p{{N}}])")


def _in_an_example_row(src: Source, at: int) -> bool:
    """Whether offset ``at`` of the normalised text stands in a form's example row: a line of the original
    that opens with its word (a row of cells parted by tabs, as a spreadsheet or a Word table saved as
    text writes it, stays one line there).

    >>> from vnplan.normalise import normalise
    >>> src = normalise("STT\\tHọ và tên\\tThời gian\\nVD\\tNguyễn Văn A\\t30/6/2025\\n")
    >>> _in_an_example_row(src, src.key.index("30/6")), _in_an_example_row(src, 0)
    (True, False)
    """
    original, here = src.original, src.pos(at)
    reach = max(0, here - _EXAMPLE_ROW_REACH)
    line_start = original.rfind("\n", reach, here) + 1
    if not line_start and reach:
        return False  # a longer line: no form's row
    return _example_row_re().match(original, line_start) is not None


_EXAMPLE_ROW_REACH = 2000  # characters of a form's row before a date in it, at most


@functools.cache
def _cue_before_re(kind: str, blanks: str) -> regex.Pattern[str]:
    """A word of ``[cues] kind`` right before a date, only ``blanks`` between them (a topic word:
    "nhiệm vụ tháng 10"; a term's word: "nhiệm kỳ 2020 - 2025")."""
    words = "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in load("deadlines")["cues"][kind])
    return regex.compile(rf"(?i)(?<![\p{{L}}])(?:{words})[{blanks}]++$")


def _last_delegation(text: str, fold: str | None = None) -> tuple[int, int] | None:
    """Where the last delegation verb of ``text`` stands ("Ban Bí thư |đề nghị| các tỉnh ..."), but
    for the verb as a noun ("lập hồ sơ đề nghị khen thưởng", "theo đề nghị của"); None when there is
    none.

    >>> text = "Hội Cựu chiến binh cấp huyện lập hồ sơ đề nghị khen thưởng"
    >>> _last_delegation(text) is None, _last_delegation("Đề nghị các huyện lập hồ sơ")
    (True, (0, 7))
    """
    delegations = _cue("delegation").finditer(text, fold=fold)
    if not delegations:
        return None
    nouns = [m.span() for m in _cue("delegation_as_noun").finditer(text, fold=fold)]
    for m in reversed(delegations):
        start: int = m.start()
        end: int = m.end()
        if not any(a <= start and end <= b for a, b in nouns):
            return start, end
    return None


_EVENT_BEFORE_REACH = 24  # characters before a date: a term's word ("nhiệm kỳ") and its blanks


def _delegation_end(text: str, fold: str | None = None) -> int | None:
    """Where the last delegation verb of ``text`` ends (:func:`_last_delegation`)."""
    found = _last_delegation(text, fold)
    return None if found is None else found[1]


# A short label and its colon opening a clause, after an item's number ("4. Chế độ báo cáo: ").
_SHORT_LABEL_RE = re.compile(
    r"\s*+(?:(?:\d++(?:\.\d++)*+|[a-zđ])[.)]\s*+)?"  # the item's number
    r"[^\s:,;.]++(?:[ \t]++[^\s:,;.]++){0,5}+:\s"  # up to six words and the colon
)


def _subject_part(text: str, fold: str | None, at: int | None) -> tuple[str, str | None]:
    """The part of a clause that names who is bound: after its delegation verb (ending at ``at``, see
    :func:`_delegation_end`), before a receiver; and its case fold (``fold``: ``text.casefold()``, or
    None when that is not offset for offset)."""
    if at is not None:
        text, fold = text[at:], None if fold is None else fold[at:]
    label = _SHORT_LABEL_RE.match(text)  # its words are no receiver ("Chế độ báo cáo: các huyện ...")
    skip = label.end() if label else 0
    # nor are a preamble's before its colon ("Thực hiện Thông tư ... về dạy thêm: các huyện ...")
    colon = text.rfind(": ", skip)
    if colon >= 0 and level_in(text[colon:]) is not None:
        skip = colon + 2
    opener = _cue("subject_opener").pattern.match(text, skip)  # nor are "Đối với"'s ("Đối với các tỉnh")
    skip = opener.end() if opener else skip
    receiver = _cue("receiver").search(text, skip, fold=None if fold is None else fold[skip:])
    if receiver is None:
        return text, fold
    return text[: receiver.start()], None if fold is None else fold[: receiver.start()]


_SUBJECT_WORDS = 12  # words: a body's name and the verb after it ("Hội Cựu chiến binh các xã hướng dẫn")


def _level_of_subject(text: str, fold: str | None = None) -> tuple[Level, str] | None:
    """The level named by the subject part of a clause (:func:`_subject_part`); when what follows
    a delegation verb names none ("Công an các xã, thị trấn hướng dẫn | công dân"), the level of the
    clause's subject right before the verb.

    >>> _level_of_subject("Công an các xã, thị trấn hướng dẫn công dân đăng ký")
    ('xa', 'Công an các xã')
    """
    fold = text.casefold() if fold is None else fold
    if len(fold) != len(text):  # the searches fall back to the whole pattern
        fold = None
    at = _delegation_end(text, fold)
    found = level_in(*_subject_part(text, fold, at))
    if found is None and at is not None:
        subject = text[:at]
        if len(subject.split()) <= _SUBJECT_WORDS:
            return level_in(subject, None if fold is None else fold[:at])
        # past its item's label, the sentence opens with the level ("3. Tuyên truyền trực quan: Sở Văn hóa,
        # Thể thao và Du lịch chỉ đạo ...", "1. Các đảng ủy trực thuộc Tỉnh ủy căn cứ Hướng dẫn này chỉ đạo")
        label = _SHORT_LABEL_RE.match(subject) or _ITEM_MARK_RE.match(subject)
        opening = subject[label.end() :] if label else subject
        named = level_in(opening)
        if named is not None and len(opening[: opening.find(named[1])].split()) <= 1:
            return named
    return found


def _level_of_sentence(text: str) -> tuple[Level, str] | None:
    """The level of who is bound by a clause with no subject of its own, from the clauses of its
    sentence before it (``text``). A delegation after a comma is one more thing the sentence's
    subject does: it binds its own clause, and the subject goes on in the next one.

    >>> _level_of_sentence("Các huyện xây dựng kế hoạch, chỉ đạo cơ sở Hội thực hiện; ")
    ('huyen', 'Các huyện')
    >>> _level_of_sentence("Ban Bí thư đề nghị các tỉnh ủy chỉ đạo các cơ sở thực hiện; ")
    ('co_so', 'các cơ sở')

    A sentence that opens with overseeing, no subject of its own, is its heading's body's: the one
    overseen binds no later clause.

    >>> _level_of_sentence("- Hướng dẫn, đôn đốc Ủy ban MTTQ các xã, thị trấn thực hiện; ") is None
    True
    >>> _level_of_sentence("2. Phòng các xã\\na) Tham mưu UBND xã chỉ đạo các trường THCS xây dựng; ") is None
    True
    """
    # the last list item of the sentence (its heading's line may be in it), else its start
    item_start = max((m.start() for m in _ITEM_RE.finditer(text)), default=0)
    mark = _ITEM_MARK_RE.match(text, item_start)
    if _cue("oversight").pattern.match(text, mark.end() if mark else 0):
        return None
    delegation = _last_delegation(text)
    if delegation is not None and text[: delegation[0]].rstrip().endswith(","):
        opening = text[: delegation[0]].split(maxsplit=_SUBJECT_WORDS)[:_SUBJECT_WORDS]
        subject = level_in(" ".join(opening))
        if subject is not None:
            return subject
    return _level_of_subject(text)


def _cites_between(citation_ends: list[int], start: int, end: int) -> bool:
    """Whether a cited number ends in ``[start, end)``."""
    return bisect.bisect_left(citation_ends, start) < bisect.bisect_left(citation_ends, end)


_DATED_DOCUMENT_GRANULARITIES = frozenset(("day", "month", "year"))  # what a cited document's date names


def _is_citation_date(citation_ends: list[int], key: str, start: int) -> bool:
    """A date within 40 characters after a cited number; ``citation_ends`` sorted (bisected, so
    a body with thousands of citations and dates stays linear)."""
    first = bisect.bisect_left(citation_ends, start - 40)
    last = bisect.bisect_right(citation_ends, start)
    if first == last:  # most dates: no cited number just before
        return False
    if not key[citation_ends[last - 1] : start].strip(" \t\n,;:("):  # white space and the marks: a gap
        return True
    return any(_CITATION_GAP_RE.fullmatch(key, end, start) for end in citation_ends[first:last])


def _in_citation_subject(
    citation_ends: list[int], key: str, start: int, clause_start: int, *, limit: bool = False
) -> bool:
    """A date in what a cited document is about ("Kế hoạch số 86-KH/ĐU, ngày 20/9/2024 của Đảng ủy xã
    về lãnh đạo thực hiện nhiệm vụ chính trị quý IV năm 2024"): a cited number ends in the date's
    clause before it, and "về" stands between them. Not a ``limit`` ("trước ngày ...") of work the
    clause names before the citation: "báo cáo kết quả thực hiện Kế hoạch số 87/KH-UBND về Ủy ban nhân
    dân huyện trước ngày 25/4/2025" (the report's receiver after "về").

    >>> key = "thực hiện Kế hoạch số 86-KH/ĐU của Đảng ủy xã về nhiệm vụ quý IV năm 2024"
    >>> _in_citation_subject([key.index(" của")], key, key.index("quý"), 0)
    True
    """
    last = bisect.bisect_right(citation_ends, start)
    if last == 0 or citation_ends[last - 1] < clause_start:
        return False
    cited_end = citation_ends[last - 1]
    if limit and _cue("obligation").search(key, clause_start, cited_end) is not None:
        return False
    if key.find(":", cited_end, start) >= 0 or key.find(";", cited_end, start) >= 0:
        return False  # what the citation is about ends at a colon: "Thực hiện Thông tư số ... về dạy thêm:"
    about = _CITATION_SUBJECT_RE.search(key, cited_end, start)
    if about is None:
        return False
    if _cue("obligation").search(key, cited_end, about.start()) is not None:
        return False  # "về" of the work's receiver: "(tại Kế hoạch số 318/KH-BVHTTDL) gửi báo cáo ... về Cục"
    # A citation in an aside that closes before "về" has no subject there: "(theo mẫu ... Thông tư số
    # 02/2022/TT-BLĐTBXH) về Ban Chỉ đạo ... chậm nhất ngày 05/11".
    if key.find(")", cited_end, about.start()) >= 0:
        aside = max(clause_start, cited_end - _ASIDE_REACH)
        return key.count("(", aside, cited_end) <= key.count(")", aside, cited_end)
    # What the citation is about ends at a comma before the work that is due: "lồng ghép với Kế hoạch số
    # 105-KH/BTGTU ... về công tác tuyên truyền năm 2024, xây dựng kế hoạch ..., gửi về Ban ... chậm nhất
    # ngày 20/9/2024".
    comma = key.find(",", about.end(), start)
    return comma < 0 or _cue("obligation").search(key, comma, start) is None


def _item_start(key: str, pos: int, floor: int, line_start: int) -> int:
    """Start of the list item or paragraph holding ``pos`` (on the line starting at ``line_start``):
    its label may sit lines above when the item wraps ("- Cấp cơ sở: ..." over two lines of a PDF)."""
    window_start = max(floor, pos - 800)
    blank = key.rfind("\n\n", window_start, line_start)
    scan_from = blank + 1 if blank >= 0 else window_start
    # Each item is found from the "\n" before it (a literal to jump to); line 1 has none.
    items = [m.start() + 1 for m in _ITEM_LINE_RE.finditer(key, max(0, scan_from - 1), pos)]
    if not items and scan_from == 0 and _ITEM_RE.match(key, 0, pos):
        return 0
    return items[-1] if items else line_start


def _label_at(key: str, start: int, end: int) -> regex.Match[str] | None:
    """The label (``Cấp tỉnh:``) of the line or item starting at ``start``, ending before ``end``.

    A label ends at the first colon after at most ``_LABEL_REACH`` characters; bounding the
    search keeps long lines linear (the ``regex`` module looks for the colon up to ``end``).
    Nothing before that colon is a colon or a line break: a line without one has no label.
    """
    bound = min(end, start + _LABEL_REACH)
    colon = key.find(":", start, bound)
    if colon < 0 or key.find("\n", start, colon) >= 0:
        return None
    return _LABEL_RE.match(key, start, bound)


_BARE_TASK_RE = lazy_regex(
    r"(?i)^(?:(?:đảm bảo|phải|cần|riêng năm \d{4}|dự kiến|thực hiện|định kỳ|h[ằà]ng năm)\s*)*"
    r"(?:hoàn thành|hoàn tất|thực hiện)?"
    r"(?:\s+(?:xong|chậm nhất|trước|vào|trong|từ|ngày))*$"
)
_COMPLETE_TAIL_RE = lazy_regex(r"(?i)\s*+[,;]\s*+(?:phấn đấu\s++)?(?:hoàn thành|hoàn tất|xong)$")
_TASK_MAX = 300  # characters of a task taken from the work named above its date: cut at a word
_STATEMENT_START_RE = lazy_regex(
    r"[.:](?=\s)|\n[ \t]*+\n|\n(?=[ \t]*+(?:[-+•]|(?:\d+(?:\.\d+)*|[IVX]+|[a-zđ])[.)])[ \t])"
)
_STATEMENT_END_RE = lazy_regex(r"[.;](?=\s)|\n[ \t]*+\n|\n(?=[ \t]*+[-+•])")
_STATEMENT_REACH = 300  # characters a statement after a date is read for, at most


def _statement_end(key: str, pos: int) -> int:
    """Where the statement that goes on at ``pos`` ends: its ";", its sentence's full stop, a blank line
    or the next item's dash (within :data:`_STATEMENT_REACH` characters)."""
    end = min(len(key), pos + _STATEMENT_REACH)
    stop = _STATEMENT_END_RE.search(key, pos, end)
    return stop.start() if stop else end


# A numbered heading's line that names no level ("2. Sinh hoạt chính trị tại chi bộ"), the sentence under it
# opening in capitals ("Các chi bộ, đảng bộ cơ sở ... hoàn thành trước ngày 3/2/2025"): that sentence's
# subject is who is bound. (A clause that opens after a heading's number, _HEADING_NUMBER_RE: its first
# line then.)
_HEADING_NUMBER_REACH = 40  # characters of a heading's number and its indent before its text, at most


def _after_a_heading_number(key: str, at: int) -> bool:
    """Whether ``at`` follows a heading's number that opens its line ("2. |Sinh hoạt ..."); looked for
    within reach of ``at`` (not back to the start of an endless line)."""
    reach = max(0, at - _HEADING_NUMBER_REACH)
    line_start = key.rfind("\n", reach, at) + 1
    if not line_start and reach:
        return False
    return _HEADING_NUMBER_RE.fullmatch(key, line_start, at) is not None


_HEADING_LINE_RE = lazy_regex(r"[ \t]*+[^\n.;:]{1,60}+\n(?=[ \t]*+\p{Lu}\p{Ll})")
_SENTENCE_START_RE = lazy_regex(r"\.(?=\s)|\n[ \t]*+\n|\n(?=[ \t]*+[-+•])")
_ASIDE_REACH = 300  # characters before a cited number where the parenthesis around it opens
_CITATION_SUBJECT_RE = lazy_regex(r"(?i)(?<![\p{L}])về(?![\p{L}])")
# The preamble's closing words: the plan's own scope before them ("xây dựng kế hoạch hoạt động tháng
# 10 năm 2024 như sau:"), no obligation.
_NON_BLANK_RE = re.compile(r"\S")
_PLAN_SCOPE_REACH = 40  # characters after a date to the preamble's "như sau:"
_PLAN_SCOPE_AFTER_RE = lazy_regex(r"(?i)[\s,)]*+(?:cụ\s++thể\s++)?như\s++sau\s*+:")  # (an aside closed)
_CITATION_GAP_RE = lazy_regex(r"[\s,;:(]*+(?:(?:ban hành|ký)\s++)?")
_LEVEL_LABEL_RE = lazy_regex(r"^([^:]{2,70}):\s*")
_NUMBERING_ONLY_RE = lazy_regex(r"[\s\dIVX.)]*")
_LINE_LABEL_RE = lazy_regex(r"[^:\n]{2,60}:\s*")
_WITHIN_WORDS_RE = lazy_regex(r"(?i)thời gian|\bvào\b|\btrong\b")
_LABEL_BULLET_RE = lazy_regex(r"[ \t]*+[-+•][ \t]*+[^:\n]{1,40}:")
# A line that is a level's label alone ("- Cấp huyện và tương đương (huyện ủy, ..., đảng ủy trực thuộc):")
_LEVEL_LABEL_LINE_RE = lazy_regex(r"[ \t]*+(?:[-+•][ \t]*+)?([^:\n]{2,120}):[ \t]*+")
_TIME_HEADING_RE = lazy_regex(r"(?i)(?:thời\s+gian|thời\s+hạn|tiến\s+độ)(?:\s+\p{L}+){0,3}")
_LEADING_CONJUNCTION_RE = lazy_regex(r"(?i)^(?:và|hoặc|đồng thời)\s+")
_TRAILING_CONJUNCTION_RE = lazy_regex(r"(?i)\s+(?:và|hoặc)$")
_PAREN_RE = lazy_regex(r"\([^()]*+\)")
# What joins a deadline to the one before in the same clause: "báo cáo 6 tháng (trước ngày 15/6) và
# hằng năm (trước ngày 15/12)". The two share their task.
_JOINED_RE = lazy_regex(r"(?i)[\s,()]*+(?:và|hoặc)[\s,(]*+")
_TIME_LABEL_RE = lazy_regex(r"(?i)^thời\s+(?:gian|hạn)\s*(?P<what>[^:]*?)\s*(?:\([^)]*\))?\s*:\s*")
# The third character of a text that opens with "thời" or "tiến" in any case: a case-blind "t" or "h" is one
# character, and "ờ" and "ế" are only themselves or their capitals to ``regex``.
_THOI = ("ờ", "Ờ")
_THOI_TIEN = ("ờ", "Ờ", "ế", "Ế")


def _time_label(text: str) -> regex.Match[str] | None:
    """``_TIME_LABEL_RE.match(text)``, tried only when ``text`` may open with "thời"."""
    return _TIME_LABEL_RE.match(text) if text[2:3] in _THOI else None


def _is_time_heading(text: str) -> bool:
    """Whether ``_TIME_HEADING_RE`` matches the whole of ``text``, tried only when it may open with
    "thời" or "tiến"."""
    return text[2:3] in _THOI_TIEN and _TIME_HEADING_RE.fullmatch(text) is not None


def _is_a_time_label(clause: str) -> bool:
    """Whether ``clause`` is only a time's label ("; thời gian thực hiện: ", "; thời gian kiểm tra ").

    >>> _is_a_time_label("; thời gian: "), _is_a_time_label("; thời gian kiểm tra ")
    (True, True)
    >>> _is_a_time_label("Thời gian tổ chức Hội nghị: ")
    False
    """
    text = clause.strip(" \t\n;,-+•*")
    label = _time_label(text)
    if label is None:
        return len(text.split()) <= _TIME_LABEL_WORDS and _is_time_heading(text)
    return label.end() == len(text) and len(label.group("what").split()) <= 1


_TIME_LABEL_WORDS = 4  # "thời gian" and the work's two words ("thời gian kiểm tra", "thời gian thực hiện")
_ITEM_LINES = 6  # lines of an item's bullets between its heading and its time's line, at most
# A numbered phase's label before its period ("- Giai đoạn 1 (", "Giai đoạn 3: ").
_PHASE_RE = re.compile(
    r"[ \t]*+(?:[-+•*][ \t]*+)?(?i:giai đoạn)[ \t]++(?:[0-9]{1,2}+|[IVX]{1,4}+)[ \t]*+[:(][ \t]*+"
)


def _item_heading_above(key: str, line_start: int, floor: int) -> str:
    """The heading of the item whose bulleted lines end at ``line_start``: the nearest line above that no
    bullet opens ("Bước 2: Tổng hợp số liệu ..." over "- Đơn vị chủ trì: ..." / "- Thời gian: tháng 5");
    "" when a blank line or the floor comes first.

    >>> key = "Bước 2: Tổng hợp số liệu\\n- Đơn vị chủ trì: Phòng Nhà\\n- Thời gian: tháng 5/2025."
    >>> _item_heading_above(key, key.rfind("\\n") + 1, 0)
    'Bước 2: Tổng hợp số liệu'
    """
    end = line_start - 1
    for _ in range(_ITEM_LINES):
        if end <= floor:
            return ""
        start = max(floor, key.rfind("\n", floor, end) + 1)
        line = key[start:end].strip()
        if not line:
            return ""
        if line[0] not in _LIST_BULLETS:
            return line
        end = start - 1
    return ""


def _outside_parentheses(key: str, clause_start: int, floor: int) -> int:
    """Move a clause start that fell inside a parenthesis (";" in an address) before it."""
    window_start = max(floor, clause_start - 400)
    opening = key.rfind("(", window_start, clause_start)
    if opening < 0:
        return clause_start
    closing = key.rfind(")", window_start, clause_start)
    newline = key.rfind("\n", window_start, clause_start)
    depth = 0
    while opening >= 0:  # backwards, from the nearest of the three before the place reached
        if closing > opening and closing > newline:
            depth += 1
            closing = key.rfind(")", window_start, closing)
        elif opening > newline:
            if depth == 0:
                return _clause_start(key, opening, floor)
            depth -= 1
            opening = key.rfind("(", window_start, opening)
        elif key.startswith("\n", newline + 1) or _ITEM_RE.match(key, newline + 1):
            break  # an aside does not run across items or paragraphs
        else:
            newline = key.rfind("\n", window_start, newline)
    return clause_start


def _task(src: Source, clause_start: int, date_start: int, date_end: int, floor: int) -> str | None:
    """What must be done: the clause before the date, without its level or time label; when
    that leaves only "Hoàn thành", the work named just before (previous sentence or item heading).

    >>> from vnplan.normalise import normalise
    >>> src = normalise("b) Gửi dự kiến chương trình năm 2016.\\n- Thời gian thực hiện: Quý I/2015")
    >>> _task(src, src.key.find("- Thời"), src.key.find("Quý"), len(src.key), 0)
    'Gửi dự kiến chương trình năm 2016'
    """
    clause_start = _after_heading_line(src.key, clause_start, date_start)
    if _glosses_an_opening_period(src.key[clause_start:date_start], src.key, date_end):
        return _following_statement(src, date_end + 1)  # the period the dates gloss names no work
    text = " ".join(src.text[clause_start:date_start].split()).lstrip(
        " ,;:-–—+•*("
    )  # (the text keeps its dashes: "– Báo cáo")
    key = " ".join(src.key[clause_start:date_start].split()).lstrip(" ,;:-+•*(")
    if ")" in text:  # drop parenthesised asides ("(địa chỉ: ...; điện thoại: ...)")
        text = " ".join(_PAREN_RE.sub(" ", text).split())
        key = " ".join(_PAREN_RE.sub(" ", key).split())
    label = _time_label(key)
    if label is not None:
        what = text[label.start("what") : label.end("what")].strip()
        text = what or text[label.end() :]
    else:
        # (the label's colon ends its first 71 characters at the latest)
        level_label = _LEVEL_LABEL_RE.match(key) if key.find(":", 0, 71) >= 0 else None
        if level_label and _is_a_level_s_label(level_label.group(1)):
            text = text[level_label.end() :]
    delegated = _delegation_end(text)
    if delegated is not None and "đề nghị" in text.lower()[:delegated]:
        text = text[delegated:].strip()
    if _names_only_who(text) and (after := _following_statement(src, date_end, whole=True)):
        return after  # "Các sở, ban, ngành, trong vòng 10 ngày kể từ ..., xây dựng kế hoạch ..."
    text = _tidy_task(text)
    if _is_time_heading(text):
        text = ""  # "...; thời gian thực hiện từ ngày ... đến ngày ...": the work is the clause before
    if text and not _BARE_TASK_RE.match(text) and not _only_a_mark(text):  # (not "b)" of "b) Từ ngày ...")
        return text
    # (a time's label and who it binds: "T2 21/4 – T6 25/4: GV lớp MG 5 tuổi hoàn thành ...", all of it)
    after = _following_statement(src, date_end, whole=_obligation_after_who(src.key, date_end))
    return after or _previous_statement(src, clause_start, floor)  # a bare "Hoàn thành" is no task


_LONG_PERIOD_DAYS = 27  # a month and more: a period to work within, whatever the work's name


def _names_only_who(clause: str) -> bool:
    """Whether ``clause`` opens with who is bound and names no work ("Các sở, ban, ngành và Ủy ban nhân dân
    cấp xã"): the work is written after the date.

    >>> _names_only_who("Các sở, ban, ngành và Ủy ban nhân dân cấp xã"), _names_only_who("Các chi bộ gửi")
    (True, False)
    """
    if len(clause.split()) > _SUBJECT_WORDS:
        return False
    fold = clause.casefold()
    found = level_in(clause, fold)
    return (
        found is not None
        and clause.find(found[1]) <= _LEVEL_LABEL_LEAD
        and not any(
            _cue(kind).search(clause, fold=fold) for kind in ("obligation", "organise", "work_of_a_level")
        )
    )


def _is_a_level_s_label(label: str) -> bool:
    """Whether a clause's label names who is bound: "Cấp ..." ("Cấp thành phố"), a level phrase in a
    short label, or one that opens a longer one ("Các huyện uỷ, thành uỷ, đảng uỷ trực thuộc Tỉnh uỷ").
    """
    if label.casefold().startswith("cấp "):
        return True
    found = level_in(label)
    return found is not None and (len(label.split()) <= 10 or label.find(found[1]) <= _LEVEL_LABEL_LEAD)


_LEVEL_LABEL_LEAD = 4  # characters before a level phrase that opens a label ("Các ")

_HEADING_NUMBER_RE = lazy_regex(r"[ \t]*+(?:\d+(?:\.\d+)*|[IVX]+)[.)\-][ \t]*+")
_NUMBER_REACH = 120  # characters: an indented number and its blanks, at most
_NEXT_LETTER_RE = lazy_regex(r"[^\p{L}]*+(\p{L})")


def _after_heading_line(key: str, start: int, end: int) -> int:
    """Where the clause ``key[start:end]`` goes on past a section heading in capitals on its first line,
    numbered or not ("II. TỔ CHỨC THỰC HIỆN\\nCác phòng ... báo cáo ..."), or ``start``. The text after it
    opens a sentence (a capital): a wrapped line goes on in lower case.

    >>> key = "II. TỔ CHỨC THỰC HIỆN\\nCác phòng báo cáo trước ngày 10"
    >>> key[_after_heading_line(key, 0, key.find("trước")):]
    'Các phòng báo cáo trước ngày 10'
    """
    first = start + len(key[start:end]) - len(key[start:end].lstrip())  # the clause's first character
    line_end = key.find("\n", first, end)
    if line_end < 0:
        return start
    # the clause starts at the heading's line, its number or right after it ("II." ends a sentence);
    # a line that starts further back than a number with its indent holds none there (and a long
    # line is not read back)
    line_start = key.rfind("\n", max(0, first - _NUMBER_REACH), first) + 1
    if line_start == 0 and first > _NUMBER_REACH:
        return start
    number = _HEADING_NUMBER_RE.match(key, line_start, line_end)
    if number is None:  # a heading in capitals whose number Word's plain text lost ("THỜI GIAN THỰC HIỆN")
        heading = key[first:line_end]
        if key[line_start:first].strip() or len(heading.split()) < 2 or not is_caps_line(heading):
            return start
    elif number.end() < first or (
        not is_caps_line(key[number.end() : line_end]) and not _ordinary_heading(key, line_start, line_end)
    ):
        return start
    after = _NEXT_LETTER_RE.match(key, line_end, end)
    return line_end + 1 if after is not None and after.group(1).isupper() else start


_SHORT_HEADING = 48  # characters of a numbered line too short to be a wrapped line of a paragraph


def _ordinary_heading(key: str, line_start: int, line_end: int) -> bool:
    """Whether the numbered line ``key[line_start:line_end]``, in ordinary case, heads what follows it:
    it ends with no stop or comma, and the next line opens further in ("4. Quy trình xét chọn" above
    "  Thời gian nhận hồ sơ ...", its bullet lost), where a wrapped line would not, or the line is short,
    names a topic, not a body or a level, and the next opens with a capital ("3. Hiến máu tình nguyện"
    above "Mỗi huyện, ...")."""
    heading = key[line_start:line_end].rstrip()
    if heading[-1:] in ".;:,":
        return False
    following = key[line_end + 1 : line_end + 1 + _NUMBER_REACH]
    if len(following) - len(following.lstrip(" ")) > len(heading) - len(heading.lstrip(" \t")):
        return True
    # a short line that names a topic, and a sentence opening on the next ("3. Hiến máu tình nguyện" /
    # "Mỗi huyện, thị, ..."), not who does it ("1. Chi cục Bảo vệ môi trường" / "Chủ trì, ...", "2. Các chi
    # hội rà soát danh sách" / "Hội viên, ...": its subject, a sentence wrapped short)
    if len(heading.strip()) > _SHORT_HEADING or not following.lstrip(" \t")[:1].isupper():
        return False
    number = _HEADING_NUMBER_RE.match(key, line_start, line_end)
    words = heading[number.end() - line_start :].strip() if number is not None else heading.strip()
    named = level_in(words)
    return not opens_with_a_body(words) and (named is None or words.find(named[1]) > _LEVEL_LABEL_LEAD)


def _date_alone_after(key: str, label_end: int, found: dates.DatePhrase) -> bool:
    """Whether the date ``found`` is all that stands after a label ending at ``label_end``, up to the end
    of its line (a stop or a semicolon may close it)."""
    if key[label_end : found.start].strip(" \t"):
        return False
    line_end = key.find("\n", found.end)
    return not key[found.end : len(key) if line_end < 0 else line_end].strip(" \t.;,")


def _obligation_after(key: str, pos: int) -> regex.Match[str] | None:
    m = _cue("obligation").pattern.search(key, pos, min(len(key), pos + 12))
    return m if m is not None and not key[pos : m.start()].strip(" \t,:") else None


_LABEL_COLON_RE = re.compile(r"[ \t]*+:[ \t]*+")
# What ends a clause: a stop or a blank line, not a comma (who a time's label binds may be a list, "Đoàn các
# xã, phường gửi ..."; so may what a report covers, before its limit)
_CLAUSE_BREAK_RE = re.compile(r"[.;!?:]|\n[ \t]*+\n")
_WHO_AFTER_LABEL = 40  # characters of who a time's label binds, before the work, at most


def _obligation_after_who(key: str, pos: int) -> bool:
    """Whether a time's label at ``pos`` is followed by who it binds, then an obligation, in one clause.

    >>> _obligation_after_who("T2 21/4 – T6 25/4: GV lớp MG 5 tuổi hoàn thành đánh giá trẻ", 17)
    True
    >>> _obligation_after_who("T3 (29/4): toàn trường tổ chức hoạt động, gửi ảnh", 10)
    False
    >>> _obligation_after_who("Ngày 26/9/2025: Đoàn các xã, phường gửi báo cáo", 14)  # who is a list
    True
    """
    colon = _LABEL_COLON_RE.match(key, pos)
    if colon is None:
        return False
    start = colon.end()
    m = _cue("obligation").pattern.search(key, start, min(len(key), start + _WHO_AFTER_LABEL + 12))
    return m is not None and _CLAUSE_BREAK_RE.search(key, start, m.start()) is None


_SENTENCE_END_RE = re.compile(r"[ \t]*+[.;][ \t\n]*+")
_SENTENCE_AFTER = 300  # characters of the sentence after a period that may bind it, at most


def _sentence_binding(key: str, end: int) -> tuple[int, int] | None:
    """The sentence after a period ending at ``end`` that names it back and binds someone over it: where
    its words after the naming start and end; None when there is none.

    >>> key = "đến hết ngày 31/01/2026. Trong thời gian này, các xã phải hoàn tất. Xong"
    >>> at = _sentence_binding(key, 23)
    >>> key[at[0] : at[1]]
    ', các xã phải hoàn tất'
    >>> _sentence_binding("đến ngày 31/01/2026. Trong thời gian này, các xã nghỉ Tết", 19) is None
    True
    """
    stop = _SENTENCE_END_RE.match(key, end)
    if stop is None or stop.end() == end:
        return None
    named_back = _cue("period_named_back").pattern.match(key, stop.end())
    if named_back is None:
        return None
    sentence_end = key.find(".", named_back.end(), named_back.end() + _SENTENCE_AFTER)
    if sentence_end < 0:
        sentence_end = min(len(key), named_back.end() + _SENTENCE_AFTER)
    if _cue("obligation").search(key, named_back.end(), sentence_end) is None:
        return None
    return named_back.end(), sentence_end


def _as_written(src: Source, key_phrase: str, before: int) -> str:
    """The text-view spelling of a phrase found on the key view, nearest before ``before``."""
    at = src.key.rfind(key_phrase, max(0, before - 3000), before)
    return src.text[at : at + len(key_phrase)] if at >= 0 else key_phrase


_TASK_ITEM_MARK_RE = re.compile(r"^(?:[a-zđ]|[0-9]{1,2})[.)][ \t]+")  # "a) ", "2. " (not "2025.")


def _tidy_task(text: str) -> str:
    """Edges a clause cut leaves: conjunctions, a bare "...: Hoàn thành" tail, an aside left open.

    >>> _tidy_task("và Báo cáo gửi về Ban Thường vụ (qua Ban Dân vận")
    'Báo cáo gửi về Ban Thường vụ'
    >>> _tidy_task("Ban Thường vụ tổ chức Hội nghị sơ kết: Hoàn thành")
    'Ban Thường vụ tổ chức Hội nghị sơ kết'
    >>> _tidy_task("Các chi đoàn tổ chức cho đoàn viên đăng ký, hoàn thành")
    'Các chi đoàn tổ chức cho đoàn viên đăng ký'
    >>> _tidy_task("chỉ đạo các đội sản xuất thu hoạch dứt điểm 87 ha lúa mùa còn lại, xong")
    'chỉ đạo các đội sản xuất thu hoạch dứt điểm 87 ha lúa mùa còn lại'
    >>> _tidy_task("a) Phê duyệt kế hoạch năm 2026 , gửi về Bộ")
    'Phê duyệt kế hoạch năm 2026, gửi về Bộ'
    """
    text = _TASK_ITEM_MARK_RE.sub("", text.strip(" ,;:-+•*(").rstrip(" (")).replace(" ,", ",")
    head, colon, tail = text.rpartition(":")
    if colon and head.strip() and _BARE_TASK_RE.match(tail.strip()):
        text = head
    elif text[-5:].casefold() in ("thành", "n tất", " xong"):  # "đăng ký ..., hoàn thành" (trước ...)
        text = _COMPLETE_TAIL_RE.sub("", text)
    if text.count("(") > text.count(")"):
        text = text[: text.rfind("(")]
    text = _LEADING_CONJUNCTION_RE.sub("", text.strip(" ,;:-+•*("))
    # the pattern tries every white space: only a text whose last 5 characters hold "và" or "hoặc"
    tail = text[-5:].casefold()
    if "và" in tail or "hoặc" in tail:
        text = _TRAILING_CONJUNCTION_RE.sub("", text)
    return text.strip(" ,;:-+•*(")


def _level_under_heading_line(key: str, start: int, end: int) -> tuple[Level, str] | None:
    """The level named by the subject of the first line of ``key[start:end]`` after its first that opens
    with a capital: the paragraph under a heading line with no stop, which the sentence search ran
    through (and whose words, "về nhà ở", cut the subject off).

    >>> key = "1. Rà soát hộ cần hỗ trợ về nhà ở\\nỦy ban MTTQ các xã, phường, thị trấn lập danh sách; "
    >>> _level_under_heading_line(key, 0, len(key))
    ('xa', 'xã, phường, thị trấn')
    """
    line_end = key.find("\n", start, end)
    while line_end >= 0:
        first = _NEXT_LETTER_RE.match(key, line_end + 1, end)
        if first is not None and first.group(1).isupper():
            return _level_of_subject(key[first.start(1) : end])
        line_end = key.find("\n", line_end + 1, end)
    return None


_SUBJECT_AFTER_REACH = 40  # characters from a date to the obligation after it: room for a subject
# ... and to the work a level's subject does over a period: room for what it organises ("các chi đoàn tổ
# chức cho đoàn viên đăng ký") and whom it works with ("các công đoàn bộ phận phối hợp với mạng lưới an
# toàn, vệ sinh viên tự kiểm tra ...")
_LEVEL_WORK_REACH = 90


_WORK_CUES = ("obligation", "obligation_over_period")  # the words of work that is due
# ... and of work a level's subject does over a period that opens its clause ("Từ ngày 01/4 đến ngày
# 20/4/2025, các công đoàn bộ phận ... tự kiểm tra điều kiện làm việc")
_LEVEL_WORK_CUES = (*_WORK_CUES, "work_of_a_level")


def _first_work_cue(
    text: str, start: int = 0, end: int | None = None, kinds: tuple[str, ...] = _WORK_CUES
) -> regex.Match[str] | None:
    """The first word of work that is due (an obligation's, or work over a period's) in ``text[start:end]``.

    >>> _first_work_cue("Từ ngày 15/9, các chi hội rà soát, lập danh sách gửi về Hội xã").group()
    'rà soát'
    """
    found = [m for kind in kinds if (m := _cue(kind).search(text, start, end))]
    return min(found, key=lambda m: m.start(), default=None)


def _following_statement(src: Source, pos: int, *, whole: bool = False) -> str | None:
    """The obligation written after the date ("trước ngày 15/11 ... báo cáo kết quả về Sở ..."), from its
    work's word on, or ``whole`` from the date on ("..., thu nhận hồ sơ ...")."""
    key = src.key
    end = _statement_end(key, pos)
    text = " ".join(src.text[pos:end].split())
    cue = _first_work_cue(" ".join(key[pos:end].split()))
    if cue is None or cue.start() >= _LEVEL_WORK_REACH:
        return None
    task = (text.lstrip(" ,;:") if whole else text[cue.start() :]).rstrip(" ,")
    if task.endswith(")") and task.count(")") > task.count("("):  # the close of the date's aside
        task = task[:-1].rstrip(" ,")
    return task


# A clause that opens with the event after which the work is done ("Sau tập huấn, các HTX báo cáo ...",
# "Sau Hội nghị, các đơn vị ..."): its event is a time, not what the clause is about.
_AFTER_AN_EVENT_RE = re.compile(r"[\s\-+•*\[\]]*+sau[ \t]++[^,;:\n]{1,40}+,", re.IGNORECASE)


def _without_a_time_clause(clause: str, fold: str) -> tuple[str, str]:
    """``clause`` and its case fold without the clause of time that opens it ("Sau tập huấn, ...")."""
    after = _AFTER_AN_EVENT_RE.match(fold)
    return (clause, fold) if after is None else (clause[after.end() :], fold[after.end() :])


def _names_an_event(clause: str, fold: str) -> bool:
    """Whether a date's ``clause`` (``fold``: its case fold) names an event: an event word, or a campaign's
    name that is not the object of the work named right before it ("tổng kết Chiến dịch", "báo cáo sơ kết
    giữa Chiến dịch").
    """
    # an event the work is for, in a purpose that a comma closes before the date, names none ("lập danh
    # sách ... để thăm, tặng quà Tết, thực hiện từ ngày 13/01 ..."); what follows the purpose is read
    purpose = _closed_purpose(fold)
    event = _cue("event").search(clause, 0, purpose[0] if purpose else None)
    if event is None and purpose is not None:
        event = _cue("event").search(clause, purpose[1])
    if event is not None:
        # the results of an event reported, or work on it submitted ("báo cáo kết quả tổ chức Lễ hội về
        # UBND huyện vào cuối tháng 02", "phương án ... trong những ngày lễ hội, trình ... phê duyệt")
        head = fold[: event.start()] if len(fold) == len(clause) else None
        return not (
            _cue("event_reported").search(clause, 0, event.start(), fold=head)
            or _cue("event_submitted").search(clause, event.end(), fold=None)
        )
    name = _cue("event_names").search(clause, fold=fold)
    if name is None:
        return False
    at = name.start()
    head = fold[:at] if len(fold) == len(clause) else None
    for kind in _WORK_CUES:
        work = _cue(kind).last(clause, 0, at, fold=head)
        if work is not None and at - work.end() <= _OBJECT_REACH:
            return False
    return True


_OBJECT_REACH = 8  # characters from a work's word to the campaign it works on ("sơ kết giữa Chiến dịch")
_PURPOSE_RE = re.compile(r"(?<![\w])để[ \t]")  # what work is done for ("..., để thăm, tặng quà Tết,")
_PURPOSE_BREAK_RE = re.compile(r"[\n;:()]")


def _closed_purpose(fold: str) -> tuple[int, int] | None:
    """Where the purpose of a clause's work stands when a comma closes it before the clause goes on to its
    date ("lập danh sách ... để thăm, tặng quà Tết, thực hiện từ ngày 13/01 ..."): from "để" to the last
    comma; None otherwise.

    >>> _closed_purpose("rà soát để thăm, tặng quà tết, thực hiện từ ngày 13/01")
    (8, 29)
    >>> _closed_purpose("để có cơ sở trình hội nghị (dự kiến tổ chức ngày 05/7)") is None
    True
    """
    last_comma = fold.rfind(",")
    purpose = _PURPOSE_RE.search(fold, 0, last_comma) if last_comma > 0 else None
    if purpose is None or _PURPOSE_BREAK_RE.search(fold, purpose.end(), last_comma):
        return None
    return purpose.start(), last_comma


_ITEM_MARK_RE = re.compile(r"[ \t\n]*+(?:[-+•*]|(?:[0-9]{1,2}+|[a-zđ])[.)])?+[ \t]*+")


_ORGANISER_REACH = 80  # characters from an item's start to the verb its subject organises with


def _level_organises(key: str, start: int, end: int) -> bool:
    """Whether the item ``key[start:end]`` opens with a subject naming a level that organises something
    ("Mỗi huyện, thị, thành đoàn tổ chức ít nhất 01 đợt hiến máu"): "tổ chức" is a noun as often as a
    verb ("chất lượng tổ chức đảng"), so only a level's subject makes it the work.

    >>> key = "- Các cơ sở Đoàn tổ chức đợt sinh hoạt chủ điểm từ ngày 10/3 đến ngày 25/3/2025."
    >>> _level_organises(key, 0, key.find("từ")), _level_organises("- Tháng được tổ chức từ", 0, 20)
    (True, False)
    """
    mark = _ITEM_MARK_RE.match(key, start, end)
    at = mark.end() if mark else start
    verb = _cue("organise").search(key, at, min(end, at + _ORGANISER_REACH))
    return verb is not None and level_in(key[at : verb.start()]) is not None


def _opens_with_obligation(clause: str) -> bool:
    """Whether ``clause`` opens, after its item's mark, with a word of work that is due ("c) Đăng ký với
    Bộ ...", "- Gửi báo cáo ..."): what it names after is the work's object, an event's name among them.

    >>> _opens_with_obligation("c) Đăng ký với Bộ các hoạt động kỷ niệm"), _opens_with_obligation("Lễ kỷ")
    (True, False)
    """
    mark = _ITEM_MARK_RE.match(clause)
    return _cue("obligation").pattern.match(clause, mark.end() if mark else 0) is not None


_GLOSSED_OPENER_WORDS = 8  # words of a period that opens a clause, before the dates that gloss it


_MARK_ONLY_RE = re.compile(r"[ \t\n]*+(?:[-+•*]|(?:\d+(?:\.\d+)*|[a-zđ])[.)])?[ \t\n-+•*]*+")


@functools.cache
def _period_label_re() -> regex.Pattern[str]:
    """A numbered period's word ([cues] period_opener: "Tuần 1", "Đợt 2"), then "(" before its dates."""
    words = "|".join(
        regex.escape(w).replace(r"\ ", r"\s+") for w in load("deadlines")["cues"]["period_opener"]
    )
    return regex.compile(rf"(?i)(?<![\p{{L}}])(?:{words})[ \t]++[0-9]{{1,2}}[ \t\n]*+\([ \t]*+$")


def _labels_a_period(key: str, found: dates.DatePhrase) -> bool:
    """Whether ``found`` is the dates of a numbered period's label, alone in their parentheses at a cell's
    or a line's end ("Tuần 1" / "(từ 29/9 đến 04/10)", a school's week table): no work's time.

    >>> from vnplan.normalise import normalise
    >>> from vnplan.dates import scan_phrases
    >>> src = normalise("Tuần 1\\n(từ 29/9 đến 04/10/2025)\\n- Chào cờ\\n")
    >>> _labels_a_period(src.key, scan_phrases(src)[0])
    True
    >>> src = normalise("Đợt 2\\n(từ 06/10 đến 10/10/2025)\\n- Chào cờ\\n")
    >>> _labels_a_period(src.key, scan_phrases(src)[0])
    True
    """
    end = found.end
    if key[end - 1 : end] == ")":  # the label read with its dates, one phrase ("Tuần 1 (từ ... đến ...)")
        window = (found.start, key.find("(", found.start, end) + 1)
    elif key[end : end + 1] == ")":
        end += 1
        window = (max(0, found.start - _PERIOD_LABEL_REACH), found.start)
    else:
        return False
    return key[end : end + 1] in ("\t", "\n", "") and _period_label_re().search(key, *window) is not None


_PERIOD_LABEL_REACH = 24  # characters: "Trong tuần 12", a line break and "("


_ABOVE_REACH = 160  # characters of the two lines above a date alone on its line, at most
_REST_OF_LINE_RE = re.compile(r"[ \t.;,]*+(?:\n|\Z)")


def _completes_above(key: str, line_start: int, end: int) -> bool:
    """Whether the date that ends at ``end`` is alone on its line, under a line that ends with a colon, the
    two lines above it saying the work completes (an infographic's short lines: "✅ HOÀN THÀNH sơ kết," /
    "đề xuất khen thưởng:" / "CUỐI THÁNG 11/2025").

    >>> key = "✅ HOÀN THÀNH sơ kết,\\nđề xuất khen thưởng:\\nCUỐI THÁNG 11/2025\\n"
    >>> _completes_above(key, key.index("CUỐI"), key.index("\\n", key.index("CUỐI")))
    True
    """
    if line_start < 2 or not _REST_OF_LINE_RE.match(key, end):
        return False
    above = key[max(0, line_start - 1 - _ABOVE_REACH) : line_start - 1].rstrip(" \t")
    if not above.endswith(":"):
        return False
    return _COMPLETES_RE.search(above[above.rfind("\n", 0, above.rfind("\n")) + 1 :]) is not None


def _only_a_mark(before: str) -> bool:
    """Whether the clause before a date is blank or a list item's mark only ("- ", "b) ", "2. "): the
    date opens the clause.

    >>> [_only_a_mark(s) for s in ("", "- ", "b) ", "2.1. ", "Các xã ")]
    [True, True, True, True, False]
    """
    return _MARK_ONLY_RE.fullmatch(before) is not None


def _glosses_an_opening_period(before: str, key: str, end: int) -> bool:
    """Whether the dates before ``end``, in parentheses, gloss the period that opens their clause, written
    in words no date reading knows ("Trong tuần 3 tháng 9/2025 (từ ngày 15/9 đến ngày 19/9/2025), các tổ
    chuyên môn ... hoàn thành ..."): the clause opens with them as with a date.

    >>> _glosses_an_opening_period("Trong đợt 1 (", "(từ 15/9 đến 19/9/2025), các tổ ...", 22)
    True
    """
    lead = before.strip(" \t\n-+•*")
    return (
        lead.endswith("(")
        and key.startswith(")", end)
        and len(lead.split()) <= _GLOSSED_OPENER_WORDS
        and _cue("period_opener").pattern.match(lead) is not None
    )


def _level_works_after(key: str, pos: int) -> bool:
    """Whether a subject naming a level and work that is due follow a date that opens its clause ("Từ
    ngày 15/9 đến ngày 25/9/2025, các chi hội rà soát, lập danh sách ...", "..., các chi đoàn tổ chức cho
    đoàn viên đăng ký thi đua"), and its statement names no event ("..., các chi hội tổ chức lễ kỷ niệm").
    """
    end = _statement_end(key, pos)
    work = _first_work_cue(key, pos, min(end, pos + _LEVEL_WORK_REACH), _LEVEL_WORK_CUES)
    return (
        work is not None
        and level_in(key[pos : work.start()]) is not None
        and _cue("event").pattern.search(key, pos, end) is None
    )


# An item's end (the next item, a blank line, a heading) and who leads it in parentheses at its end, up to
# the lead's word or the partners after a semicolon ("(UBND các xã chủ trì; thôn phối hợp)").
_ITEM_END_RE = re.compile(r"\n[ \t]*+(?:[-+•]|\n|[IVX]++\.|[0-9]++\.)")
_ITEM_REACH = 600  # characters of an item, at most
_UNIT_AT_END_RE = lazy_regex(r"\((?P<unit>[^()]{3,160}+)\)[ \t.;]*+$")
_UNIT_LEAD_RE = lazy_regex(r"(?i)[ \t]++(?:chủ[ \t]++trì|tham[ \t]++mưu)\b|;")


def _unit_at_item_end(key: str, pos: int) -> tuple[int, int] | None:
    """Who leads an item that opens with its date, in parentheses at its end ("- Trước 15/10/2024: Tổ chức
    tập huấn ... (Phòng LĐ-TB&XH chủ trì).", "- Tháng 12/2024: Hoàn thành tổng kết ... (Ban Chỉ đạo huyện)."):
    where the lead's words start and end; None when the item ends with no such parenthesis, or with one
    that names neither a level nor a lead.

    >>> key = "- 10/10/2024: Lập danh sách gửi về Phòng (UBND các xã, thị\\ntrấn chủ trì).\\n- Trước 15/10"
    >>> start, end = _unit_at_item_end(key, 12)
    >>> key[start:end]
    'UBND các xã, thị\\ntrấn'
    """
    item_end = _ITEM_END_RE.search(key, pos, min(len(key), pos + _ITEM_REACH))
    end = item_end.start() if item_end is not None else min(len(key), pos + _ITEM_REACH)
    unit = _UNIT_AT_END_RE.search(key, pos, end)
    if unit is None:
        return None
    lead = _UNIT_LEAD_RE.search(key, unit.start("unit"), unit.end("unit"))
    lead_end = lead.start() if lead is not None else unit.end("unit")
    if lead is None and level_in(key[unit.start("unit") : lead_end]) is None:
        return None  # an aside, no unit ("(năm tài chính 2025)", "(Khu vực 1, Khu vực 2)")
    return unit.start("unit"), lead_end


def _level_after(key: str, pos: int) -> tuple[Level, str] | None:
    """The level named by the subject written between a date that opens its clause and the obligation
    after it ("Trước ngày 30/9/2017, các huyện ủy hoàn thành ...").

    >>> key = "Trước ngày 30/9/2017, các huyện ủy hoàn thành việc rà soát."
    >>> _level_after(key, key.find(","))
    ('huyen', 'các huyện')
    """
    end = _statement_end(key, pos)
    cue = _first_work_cue(key, pos, min(end, pos + _LEVEL_WORK_REACH), _LEVEL_WORK_CUES)
    return None if cue is None else level_in(key[pos : cue.start()])


def _previous_statement(src: Source, pos: int, floor: int) -> str | None:
    """The work named just before ``pos``: the sentence that ends above it, skipping
    "label: value" bullets ("- Đơn vị phối hợp: ...", "- Thời gian thực hiện: ..."), without its
    numbering or level label. Sentences may wrap over several lines.

    >>> from vnplan.normalise import normalise
    >>> text = "1.4.\\nXây dựng kế hoạch\\ntuyên truyền.\\n- Cơ quan thực hiện: Sở.\\n- Thời gian: X"
    >>> src = normalise(text)
    >>> _previous_statement(src, src.key.find("- Thời"), 0)
    'Xây dựng kế hoạch tuyên truyền'
    """
    key = src.key
    window_start = max(floor, pos - 1200)
    line_start = key.rfind("\n", window_start, pos)
    # The statement may end on the same line ("Rà soát dữ liệu. Hoàn thành trước ngày ...").
    end = pos if key[line_start + 1 : pos].strip() else line_start
    while end > window_start:
        if end != pos:  # skip "label: value" bullets, a level's label, bare numbering lines and blank lines
            line_start = key.rfind("\n", window_start, end) + 1
            line = key[line_start:end]
            if (
                not line.strip()
                or _LABEL_BULLET_RE.match(line)
                or _NUMBERING_ONLY_RE.fullmatch(line)
                or ((label := _LEVEL_LABEL_LINE_RE.fullmatch(line)) and level_in(label.group(1)) is not None)
            ):
                end = line_start - 1
                continue
        text, a = _statement_ending_at(src, window_start, end)
        if not text or _is_time_heading(text):  # "Thời gian:", "III. THỜI GIAN THỰC HIỆN"
            line_start = key.rfind("\n", window_start, a) + 1
            if not _NUMBERING_ONLY_RE.fullmatch(key, line_start, a):
                end = a  # "8. Sơ kết 02 năm thực hiện Chương trình. Thời gian:": the sentence before it
                continue
            if text:
                return None  # a list of times by level under its own heading: the work is not named above
        elif _is_a_sibling_s_time(text):
            end = key.rfind("\n", window_start, a)  # "hoàn thành trong tháng 10/2024": another item's time
            continue
        elif not _BARE_TASK_RE.match(text) and not _NUMBERING_ONLY_RE.fullmatch(text):
            return text if len(text) <= _TASK_MAX else text[: text.rfind(" ", 0, _TASK_MAX + 1)].rstrip(" ,;")
        end = key.rfind("\n", window_start, a)  # only "Thực hiện định kỳ hằng năm": the line above
    return None


def _is_a_sibling_s_time(text: str) -> bool:
    """Whether a statement is only a time ("hoàn thành trong tháng 10/2024", "quý I năm 2025"): what an
    item of a list of times by level says, not the work."""
    found = dates.find_dates(text)
    if len(found) != 1:
        return False
    span = found[0].span
    return bool(_BARE_TASK_RE.match(text[: span.start].strip(" ,;:"))) and not text[span.end :].strip(" ,;:.")


def _statement_ending_at(src: Source, window_start: int, end: int) -> tuple[str, int]:
    """The sentence that ends at ``end``, without its numbering or level label, and its start."""
    key = src.key
    body = key[window_start:end].rstrip(" \t.;,")
    end = window_start + len(body)
    starts = [m.end() for m in _STATEMENT_START_RE.finditer(key, window_start, end)]
    a = start = starts[-1] if starts else window_start
    item = _ITEM_RE.match(key, a)
    if item:
        a = item.end()
    label = _LINE_LABEL_RE.match(key, a, end)
    if label and (level_in(label.group()) or _time_label(label.group())):
        a = label.end()
    return " ".join(src.text[a:end].split()).strip(" ,;:-+•*(."), start


def _sentence_start(key: str, pos: int, floor: int) -> int:
    return _last_break(_SENTENCE_START_RE, key, max(floor, pos - 600), pos)


_PAST_PERIOD_DAYS = 90
_PAST_LIMIT_DAYS = 183


def _plausible(
    qualifier: str | None, first: date, last: date, granularity: str, issued_on: date | None
) -> bool:
    """Shapes that are never deadlines: a whole year or longer, a bare start, a date long past."""
    if granularity in _SPAN_GRANULARITIES or (last - first).days > 200:
        return False
    if qualifier in ("from", "after"):  # a start ("ngay từ đầu năm", "bắt đầu từ tháng 5/2024")
        return False
    if issued_on is None:
        return True
    # A period named with no qualifier that ended months before the plan is the past it reports on ("Kết
    # quả rà soát cuối năm 2023, ..."); a limit half a year back, what was done by then ("các vụ việc ...
    # thụ lý trước ngày 01/7/2025", in a plan of March 2026). Nearer, it may be a slip of the month.
    past = _PAST_PERIOD_DAYS if qualifier is None and first != last else _PAST_LIMIT_DAYS
    return (issued_on - last).days <= past


@functools.cache
def _time_header_re() -> re.Pattern[str]:
    """A line that is only a time column's name, perhaps glossed in parentheses ("Thời hạn (hoàn
    thành)"), on the lower-case key (from its line break: a literal first, so the engine jumps from
    line to line)."""
    names = sorted((n for n, kind in column_kinds().items() if kind == "time"), key=len, reverse=True)
    patterns = (re.escape(n).replace(r"\ ", r"[ \t]+") for n in names)
    alternation = "|".join(p.replace("/", r"[ \t]*/[ \t]*") for p in patterns)  # "thực hiện/ hoàn thành"
    return re.compile(rf"\n[ \t]*+(?:{alternation})(?:[ \t]*+\([^()\n]{{1,40}}+\))?+[ \t]*+(?=\n)")


_ROW_NUMBER_RE = re.compile(r"[ \t]*+(?:[0-9]{1,3}+|[IVX]{1,5}+)\.?[ \t]*+")  # a cell holding a row's number
_HEADER_LINES = 8  # a header's lines above its time column, at most
_TABLE_REACH = 6000  # characters from a header to the last row read under it
_CELL_REACH = 120  # characters after a date to the end of its cell's line, at most


@dataclass(frozen=True, slots=True)
class _TableRow:
    """The cells of a task table's row for a date in its time column (offsets in the key)."""

    task: tuple[int, int]  # from the first task line's start to the last one's end
    unit: tuple[int, int] | None


class _TaskTables:
    """Task tables written a cell a line, as a DOCX table's text reads ("STT", "Nội dung", "Đơn vị thực
    hiện", "Thời gian hoàn thành", then each row's cells): where each header ends and the kinds of its
    columns between the task and the time; or, for a table whose time column comes first ("STT", "Thời
    gian", "Nội dung công việc", "Đơn vị chủ trì"), the kinds of its columns after the time."""

    def __init__(self, src: Source, start: int, end: int) -> None:
        self.key = src.key
        # (body start, the kinds of the columns between the task and the time, or of those after the time;
        # whether the unit's column follows the time's, the task's before them)
        self.headers: list[tuple[int, tuple[str, ...], tuple[str, ...], bool]] = []
        lower, kinds = src.lower, column_kinds()
        for m in _time_header_re().finditer(lower, max(0, start - 1), end):
            columns = ["time"]
            at = m.start()  # the line break before the time column's line
            for _ in range(_HEADER_LINES):
                line_start = max(start, lower.rfind("\n", start, at) + 1)
                kind = kinds.get(" ".join(lower[line_start:at].split()))
                if kind is None:
                    break
                columns.insert(0, kind)
                if line_start <= start:
                    break
                at = line_start - 1
            body = m.end() + 1
            after: list[str] = []  # the columns after the time's: the task's among them when it comes first
            line_end = lower.find("\n", body)
            while line_end >= 0 and len(after) < _HEADER_LINES:
                kind = kinds.get(" ".join(lower[body:line_end].split()))
                if kind is None or kind in ("number", "time") or (kind != "other" and "task" in columns):
                    break
                after.append(kind)  # "Nội dung công việc", "Đơn vị chủ trì"; "Ghi chú" after any
                body, line_end = line_end + 1, lower.find("\n", line_end + 1)
            if "task" in columns:
                # "Nội dung" / "Thời gian" / "Đơn vị thực hiện": the unit's cell is the line after the time's
                unit_next = line_end >= 0 and kinds.get(" ".join(lower[body:line_end].split())) == "unit"
                if unit_next:
                    body = line_end + 1
                self.headers.append((body, tuple(columns[columns.index("task") + 1 : -1]), (), unit_next))
            elif "task" in after and columns[:-1] in ([], ["number"]):
                self.headers.append((body, (), tuple(after), False))
        self.bodies = [body for body, _, _, _ in self.headers]  # in order: bisected

    def row(self, start: int, end: int) -> _TableRow | None:
        """The row of the date at ``key[start:end]`` when it fills a cell of a table's time column."""
        key = self.key
        at = bisect.bisect_right(self.bodies, start)
        if at == 0 or start - self.bodies[at - 1] > _TABLE_REACH:
            return None
        body, middle, after, unit_next = self.headers[at - 1]
        line_start = key.rfind("\n", body, start) + 1 or body
        line_end = key.find("\n", end, end + _CELL_REACH)
        if line_end < 0:
            if len(key) - end > _CELL_REACH:
                return None  # a long line goes on after the date: no cell
            line_end = len(key)
        lead, tail = key[line_start:start].strip(), key[end:line_end].strip(" .;,")
        if _FOOTNOTE_MARK_RE.fullmatch(tail):
            tail = ""  # a note's mark after the date ("04/5/2026 (*)"), the note below the table
        if not (
            ((not lead or _COMPLETES_RE.fullmatch(lead)) and not tail)  # "Hoàn thành trong tháng 10/2024"
            or _in_labelled_times(lead, tail)  # "- Báo cáo 6 tháng: trước ngày 10/6 - Báo cáo năm: ..."
        ):
            return None  # the date is no cell of its own
        if after:
            return self._row_after(body, line_start, line_end, after)
        cells: list[tuple[int, int]] = []  # the row's lines above the date, nearest first
        at = line_start - 1
        while at > body:
            previous = key.rfind("\n", body, at) + 1 or body
            if _ROW_NUMBER_RE.fullmatch(key, previous, at):
                break
            if not key[previous:at].strip():
                return None  # a blank line: the date is in a paragraph after the table, no cell
            cells.insert(0, (previous, at))
            at = previous - 1
        else:
            return None  # no row number above: no row of this table
        cells = _wrapped_cells_joined(key, cells)
        if len(cells) <= len(middle):
            return None
        split = len(cells) - len(middle)
        unit = cells[split + middle.index("unit")] if "unit" in middle else None
        if unit is None and unit_next and line_end < len(key):
            next_end = key.find("\n", line_end + 1)
            next_end = len(key) if next_end < 0 else next_end
            if key[line_end + 1 : next_end].strip() and not _ROW_NUMBER_RE.fullmatch(
                key, line_end + 1, next_end
            ):
                unit = (line_end + 1, next_end)
        return _TableRow((cells[0][0], cells[split - 1][1]), unit)

    def _row_after(
        self, body: int, line_start: int, line_end: int, after: tuple[str, ...]
    ) -> _TableRow | None:
        """The row whose time cell, first after its number, is the line ``key[line_start:line_end]``: its
        cells are the lines after it, to a blank line, the next row's number or the table's reach."""
        key = self.key
        previous = key.rfind("\n", body, line_start - 1) + 1 or body
        if line_start <= body or not _ROW_NUMBER_RE.fullmatch(key, previous, line_start - 1):
            return None  # the time cell does not follow the row's number
        lines: list[tuple[int, int]] = []
        at = line_end + 1
        while at < len(key) and len(lines) < 2 * len(after):
            end = key.find("\n", at)
            end = len(key) if end < 0 else end
            if not key[at:end].strip() or _ROW_NUMBER_RE.fullmatch(key, at, end):
                break
            lines.append((at, end))
            at = end + 1
        cells = _wrapped_cells_joined(key, lines)
        task_at = after.index("task")
        if len(cells) <= task_at:
            return None
        unit = cells[after.index("unit")] if "unit" in after and after.index("unit") < len(cells) else None
        return _TableRow(cells[task_at], unit)


# A task written as a record of labelled lines, a field a line, as an e-office system exports a plan's
# assignments ("Nhiệm vụ: ...", "Đơn vị chủ trì: ...", "Đơn vị phối hợp: ...", "Thời hạn hoàn thành: ...";
# the labels are [table_columns]' names): the record's task and unit fields are a row's cells.
_FIELD_LABEL_RE = re.compile(r"[ \t]*+(?:[-+•*][ \t]++)?+([^\W\d_][^:\n]{1,39}+):[ \t]*+")
_RECORD_LINES = 8  # a record's fields, at most
_RECORD_TIME_LEAD = 20  # characters from a time field's label to its date, at most
_FIELD_LINE_REACH = 120  # characters from a time field's line start to its date, at most


def _record_row(key: str, lower: str, found: dates.DatePhrase) -> _TableRow | None:
    """The task and unit fields of the record whose time field holds the date ``found`` (a record: lines
    "label: value" of [table_columns]' names, between blank lines); None for a date in no such field, or
    in a record with no task or no unit.

    >>> from vnplan.normalise import normalise
    >>> src = normalise("Nhiệm vụ: Sơ tuyển sức khỏe\\nĐơn vị chủ trì: Ban CHQS xã\\nThời hạn: trước 15/11")
    >>> row = _record_row(src.key, src.lower, dates.scan_phrases(src)[0])
    >>> src.key[slice(*row.task)], src.key[slice(*row.unit)]
    ('Sơ tuyển sức khỏe', 'Ban CHQS xã')
    """
    kinds = column_kinds()
    reach = max(0, found.start - _FIELD_LINE_REACH)
    line_start = key.rfind("\n", reach, found.start) + 1
    if not line_start and reach:
        return None  # a long line before the date: no field's
    label = _FIELD_LABEL_RE.match(lower, line_start, found.end)  # ("Thời hạn: ...": "hạn:" is a qualifier)
    if (
        label is None
        or found.start - label.end() > _RECORD_TIME_LEAD
        or kinds.get(" ".join(label.group(1).split())) != "time"
    ):
        return None
    fields: dict[str, tuple[int, int]] = {}
    for step in (-1, 1):  # the fields above the time's, then those below, to a blank line or other text
        at = line_start
        for _ in range(_RECORD_LINES):
            if step < 0:
                if at == 0:
                    break
                end = at - 1
                at = key.rfind("\n", 0, end) + 1
            else:
                at = key.find("\n", at) + 1
                if at == 0:
                    break
                end = key.find("\n", at)
                end = len(key) if end < 0 else end
            field = _FIELD_LABEL_RE.match(lower, at, end)
            kind = None if field is None else kinds.get(" ".join(field.group(1).split()))
            if field is None or kind is None:
                break
            value = key[field.end() : end]
            fields.setdefault(kind, (field.end(), end - len(value) + len(value.rstrip())))
    task, unit = fields.get("task"), fields.get("unit")
    if task is None or unit is None or task[0] >= task[1]:
        return None  # (a record with no unit: an event's time and content, "+ Thời gian: ... + Nội dung:")
    return _TableRow(task, unit)


# A time cell that lists labelled times ("- Báo cáo 6 tháng: trước ngày 10/6/2024 - Báo cáo năm: trước ngày
# 05/12/2024"): before a date, its label, after the items before it; after it, the next item or nothing.
_TIME_ITEM = r"-[ \t]*+[^:\n-]{1,40}+:"  # an item's dash and label
_TIME_ITEM_LABEL_RE = re.compile(rf"(?:^|(?<=\s)){_TIME_ITEM}$")
_NEXT_TIME_ITEM_RE = re.compile(_TIME_ITEM)


def _in_labelled_times(lead: str, tail: str) -> bool:
    """Whether a date stands in a time cell that lists labelled times: ``lead`` (the cell before it)
    ends with the date's label and opens with an item's dash; ``tail`` (after it) is empty or the next
    item."""
    label = _TIME_ITEM_LABEL_RE.search(lead)
    return (
        label is not None
        and lead.startswith("-")
        and (not tail or _NEXT_TIME_ITEM_RE.match(tail) is not None)
    )


def _wrapped_cells_joined(key: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A row's lines as cells: a line that opens in lower case goes on with the cell above, wrapped by
    a PDF conversion ("Hội LHPN các huyện, thị" / "xã, thành phố").

    >>> key = "Tổ chức sơ kết ở\\ncơ sở\\nHội LHPN các huyện, thị\\nxã, thành phố"
    >>> [key[a:b] for a, b in _wrapped_cells_joined(key, [(0, 16), (17, 22), (23, 46), (47, 60)])]
    ['Tổ chức sơ kết ở\\ncơ sở', 'Hội LHPN các huyện, thị\\nxã, thành phố']
    """
    cells: list[tuple[int, int]] = []
    for a, b in lines:
        first = _FIRST_LETTER_RE.search(key, a, b)
        if cells and first is not None and first.group().islower():
            cells[-1] = (cells[-1][0], b)
        else:
            cells.append((a, b))
    return cells


_FIRST_LETTER_RE = re.compile(r"[^\W\d_]")


@functools.cache
def _under_the_issuer_re() -> regex.Pattern[str]:
    words = load("deadlines")["levels_under_the_issuer"]["phrases"]
    return _words_re(tuple(" ".join(w.split()) for w in words))


def _under_the_issuer(level: Level, level_text: str, ctx: DocumentContext) -> Level:
    """``level`` as read from ``level_text``, but for bodies named as right under the issuer ("Cấp ủy trực
    thuộc"): the level below the issuer's own (``[levels_under_the_issuer]``).

    >>> from vnplan.docnumber import parse_number
    >>> khoi = DocumentContext(None, Organization(name="ĐẢNG ỦY KHỐI"), parse_number("65-KH/ĐUK"), None, ())
    >>> _under_the_issuer("huyen", "Cấp ủy trực thuộc", khoi), _under_the_issuer("huyen", "Các huyện", khoi)
    ('co_so', 'huyen')
    """
    if not _under_the_issuer_re().search(level_text.lower()):
        return level
    own = issuer_level(ctx.issuer, ctx.number, ctx.issued_on)
    below: dict[str, Level] = load("deadlines")["levels_under_the_issuer"]["below"]
    return level if own is None else below.get(own, level)


def _issuer_level_of(
    ctx: DocumentContext, period: Period, span: Span
) -> tuple[Level | None, list[Diagnostic]]:
    """The issuer's own level for a deadline that names none, and the diagnostic that says so."""
    level = issuer_level(ctx.issuer, ctx.number, ctx.issued_on)
    if level is None:
        return None, []
    message = f"no level named for {period.text!r}; taken as the issuer's own ({level})"
    return level, [Diagnostic(code="deadline.level_from_issuer", message=message, span=span)]


def _deadline(
    found: dates.DatePhrase,
    due: tuple[Period, Span],
    level: Level | None,
    level_text: str | None,
    task: str | None,
) -> Deadline:
    period, span = due
    return Deadline(
        level=level,
        level_text=" ".join(level_text.split()) if level_text else None,
        task=task,
        relation="from_to" if period.granularity == "range" else (found.qualifier or "on"),
        due=period,
        span=span,
    )


_REPORTED_BY_REACH = 90  # characters from a period to the limit of the report that covers it, asides aside
_REPORTED_BY_WINDOW = 240  # and with its asides in parentheses


def _reported_by(key: str, period: dates.DatePhrase, after: dates.DatePhrase) -> bool:
    """Whether the day ``after`` (a "trước"/"chậm nhất" day soon after ``period`` in its clause) is the
    limit of the work that covers ``period``: "báo cáo kết quả 6 tháng đầu năm gửi Sở trước ngày 20/6",
    "báo cáo kết quả 6 tháng đầu năm; hoàn thành trước ngày 05/7".
    """
    between = key[period.end : after.start]
    # a limit; or a time to report in that opens after the period ("đánh giá kết quả ... 6 tháng đầu năm
    # 2025, gửi báo cáo ... trong thời gian từ ngày 01/7/2025 đến ngày 10/7/2025": round 31's cluster)
    covered, window = period.period, after.period
    later = covered is not None and window is not None and window[0] > covered[1]
    if (after.qualifier not in ("before", "by") and not later) or len(between) > _REPORTED_BY_WINDOW:
        return False
    if len(between) > _REPORTED_BY_REACH:  # asides do not count: "6 tháng đầu năm (theo mẫu ...) gửi về
        between = _PAREN_RE.sub(" ", between)  # UBND huyện (qua Văn phòng ...) trước ngày 15/6/2025"
        if len(between) > _REPORTED_BY_REACH:
            return False
    breaks = _CLAUSE_BREAK_RE.findall(between)
    # a clause that only says when the work completes goes on with it ("... 6 tháng đầu năm 2026 của dự
    # án; hoàn thành trước ngày 05/7/2026")
    return not breaks or (
        breaks == [";"] and _COMPLETES_RE.fullmatch(between[between.index(";") + 1 :].strip()) is not None
    )


def _is_event_row(key: str, row: _TableRow, found: dates.DatePhrase) -> bool:
    """Whether a task table's row names an event on its date's day: no deadline word such as "trước" in
    the time cell, and an event word in the task cell or a weekday with the day ("Thứ Bảy, 20/7/2024":
    the day a meeting or an activity is held)."""
    task = key[row.task[0] : row.task[1]]
    phrase = key[found.start : found.end]
    return not _STRONG_RE.search(phrase) and (found.weekday is not None or bool(_cue("event").search(task)))


# a note's mark: "(*)" (its star blanked as Markdown debris: "(  )"), "**", "(1)", "[2]"
_FOOTNOTE_MARK_RE = re.compile(r"\([ \t]*+\*{0,3}+[ \t]*+\)|\*{1,3}+|\([0-9]{1,2}+\)|\[[0-9]{1,2}+\]")


def _in_a_later_row_s_task(tables: _TaskTables, phrases: list[dates.DatePhrase], at: int) -> bool:
    """Whether ``phrases[at]`` stands in the task cell of a row whose time cell holds one of the next two
    dates: it names what the work is, the time cell when it is due."""
    found = phrases[at]
    for after in phrases[at + 1 : at + 3]:
        row = tables.row(after.start, after.end)
        if row is not None:
            return row.task[0] <= found.start < row.task[1]
    return False


def _table_deadline(
    src: Source, found: dates.DatePhrase, row: _TableRow, ctx: DocumentContext
) -> tuple[Deadline, list[Diagnostic]]:
    """The deadline of a task table's row (:class:`_TaskTables`): the task cell's text, the level its
    unit cell names (else the issuer's, said in a diagnostic)."""
    due = found.due(src)
    assert due is not None  # as found.period
    unit = row.unit
    named = None if unit is None else level_in(src.key[unit[0] : unit[1]])
    notes: list[Diagnostic] = []
    level: Level | None
    level_text = None
    if named is not None and unit is not None:
        level, level_text = named[0], _as_written(src, named[1], unit[1])
        level = _under_the_issuer(level, level_text, ctx)
    else:
        level, notes = _issuer_level_of(ctx, *due)
    task = _tidy_task(" ".join(src.text[row.task[0] : row.task[1]].split()))
    return _deadline(found, due, level, level_text, task or None), notes


# A date alone on its line before a colon: the heading of the items below it ("Tháng 9/2025:").
_COLON_AT_LINE_END_RE = re.compile(r"[ \t]*+:[ \t]*+(?:\n|\Z)")


_LIMIT_ALONE_RE = re.compile(r"(?:thời[ \t]++)?+hạn\b", re.IGNORECASE)  # a limit's word: "Hạn: 2024-09-30"


def _level_of_the_sentence_a_limit_closes(
    key: str, sentence_start: int, found: dates.DatePhrase, floor: int
) -> tuple[Level, str] | None:
    """The level named by the sentence before a limit written alone after it ("Các huyện gửi danh sách
    ... . Hạn: 2024-09-30"): the limit is that sentence's."""
    if (
        found.qualifier != "by"
        or sentence_start <= floor
        or key[sentence_start : found.start].strip(" \t\n.-+•*")
        or not _LIMIT_ALONE_RE.match(key, found.start)
    ):
        return None
    return _level_of_sentence(key[_sentence_start(key, sentence_start - 1, floor) : sentence_start])


def _heads_the_items_below(key: str, found: dates.DatePhrase) -> bool:
    """Whether the phrase ``found`` is alone on its line before a colon (the heading of a list of items,
    as a plan set out month by month writes "Tháng 9/2025:").

    >>> from vnplan.normalise import normalise
    >>> key = "III. KẾ HOẠCH THỰC HIỆN THEO THÁNG\\nTháng 9/2025:\\n- Lễ khai giảng"
    >>> [_heads_the_items_below(key, p) for p in dates.scan_phrases(normalise(key))]
    [True]
    """
    if _COLON_AT_LINE_END_RE.match(key, found.end) is None:
        return False
    return not key[key.rfind("\n", 0, found.start) + 1 : found.start].strip(" \t-+•*")


def read_deadlines(
    src: Source, start: int, end: int, ctx: DocumentContext
) -> tuple[list[Deadline], list[Diagnostic]]:
    """Dated obligations in ``src.text[start:end]``; a letter's are after its ``Kính gửi`` line (no
    clause reaches back into the place-and-date line or the addressees above it)."""
    key = src.key
    addressees = _addressees(src, start, min(end, start + _ADDRESSEES_REACH))
    if addressees is not None:
        start = addressees.end()
    deadlines: list[Deadline] = []
    diagnostics: list[Diagnostic] = []
    citation_ends = sorted(ctx.citation_ends)
    headings = _Headings(key, start, end)
    sections = _Sections(key, start, end)
    tables = _TaskTables(src, start, end)
    line_start = seen = 0  # the start of the line holding ``seen`` (dates come in text order)
    previous_end = start
    head_floor = start  # the floor of the last deadline's clause: a date listed after it shares its clause
    read_in_prose: dict[tuple[date, date], list[Deadline]] = {}  # the deadlines read from sentences
    replaced: tuple[int, int] | None = None  # an amendment's replaced date: (its index, its lead's start)
    phrases = dates.scan_phrases(src, ref=ctx.issued_on, since=start)
    for at, found in enumerate(phrases):
        floor = previous_end
        if (
            at
            and phrases[at - 1].end == previous_end
            and found.qualifier == phrases[at - 1].qualifier
            and _LISTED_AFTER_RE.fullmatch(key, previous_end, found.start) is not None
        ):
            floor = head_floor  # "báo cáo vào các ngày 10/7, 20/7 và 30/7/2025": the list's clause
        if at + 1 < len(phrases) and (lead := _replaced_from(key, found, phrases[at + 1])) is not None:
            replaced = (at, lead)
            continue  # the date an amendment replaces ("từ “trước ngày 15/6” thành “...”"): no longer due
        period_read = found.period
        if found.end > end or period_read is None:
            continue
        now_at = found.now_at
        if now_at == "end":
            continue  # "từ năm 2021 đến nay": the past, up to the issue date
        # "từ nay đến hết tháng 6/2024" sets a limit as "đến hết tháng 6/2024" does, and is judged as it is
        from_now = now_at == "start"
        # (the cheap tests that drop most phrases first)
        first_day, last_day, granularity = period_read
        judged_from, judged_as = (last_day, found.last_granularity) if from_now else (first_day, granularity)
        if not _plausible(found.qualifier, judged_from, last_day, judged_as, ctx.issued_on):
            continue
        if ctx.account and ctx.issued_on is not None and last_day < ctx.issued_on:
            continue  # a report's result ("Hội thi ... ngày 26/10/2024", reported in January 2025)
        if (
            found.qualifier in (None, "on")
            and granularity in _DATED_DOCUMENT_GRANULARITIES
            and _is_citation_date(citation_ends, key, found.start)
        ):
            continue  # a cited document's date (not "... số 144-QĐ/TW trong quý II năm 2025", nor "số
            # 895/QĐ-BHXH vào cuối tháng 12/2024": no document is dated by a part of a month)
        if _less_precise_of_a_gloss(key, phrases, at):
            continue  # the same time said again, more precisely, next to it in parentheses
        if _a_looser_limit_aside(key, phrases, at):
            continue  # "từ 25/01 đến 10/02/2026 (trước Tết Nguyên đán)": why, not another limit
        # (a time counted from the issue is a time allowed: "trong vòng 10 ngày kể từ ngày ký"; so is a day
        # that glosses a limit counted from an event: "chậm nhất 70 ngày trước ngày bầu cử (ngày 04/01/2026)")
        by = (
            from_now
            or found.qualifier in ("before", "by")
            or period_read[2] == "relative"
            or _glosses_a_relative_limit(key, found.start, start)
        )
        if found.recurrence and not by:
            continue
        if found.quarter_unnamed:
            continue  # "trước ngày 20 của tháng cuối quý": every quarter's, no first one written
        day_of_from = max(start, found.start - _DAY_OF_REACH)
        if key.find("của", day_of_from, found.start) >= 0 and _DAY_OF_BEFORE_RE.search(
            key, day_of_from, found.start
        ):
            continue  # the month that holds a day written before it ("trước ngày 15 của tháng cuối quý")
        if found.qualifier == "by" and _counts_up_to(key, found.start, start):
            continue  # what a figure covers ("kết quả giải ngân đến hết tháng 9"), no time to do something
        topic_from = max(start, found.start - _TOPIC_REACH)
        if found.qualifier is None and _cue_before_re("topic", " \\t").search(key, topic_from, found.start):
            continue  # what the work is about ("báo cáo kết quả thực hiện nhiệm vụ tháng 10 về ...")
        if _labels_a_period(key, found):
            continue  # a week's or a phase's label in a table ("Tuần 1\n(từ 29/9 đến 04/10)\t- Chào cờ ...")
        if found.qualifier is None and _heads_the_items_below(key, found):
            continue  # "Tháng 9/2025:" over a month's items, each with its own time
        scope_end = found.end + _PLAN_SCOPE_REACH  # (bounded: the engine looks for the pattern's required
        # letters as far as its end; and only where its "như" stands, a literal found at once)
        if src.lower.find("như", found.end, scope_end) >= 0 and _PLAN_SCOPE_AFTER_RE.match(
            key, found.end, scope_end
        ):
            continue  # the plan's own scope: "kế hoạch hoạt động tháng 10 năm 2024 như sau:"
        table_row = tables.row(found.start, found.end) if tables.headers else None
        if table_row is None and tables.headers and _in_a_later_row_s_task(tables, phrases, at):
            continue  # what a row's work is ("Tạm nộp thuế TNDN quý III/2025" | ... | "30/10/2025")
        if table_row is None and ":" in key[max(0, found.start - _RECORD_TIME_LEAD - 40) : found.start]:
            table_row = _record_row(key, src.lower, found)  # a record's time field: its task and unit
        if table_row is not None:  # a date in a task table's time column: the row says what and who
            if first_day == last_day and _is_event_row(key, table_row, found):
                continue  # the day of an event ("Tổ chức Lễ hưởng ứng ... | Ngày 08/11/2024")
            previous_end = found.end
            deadline, note = _table_deadline(src, found, table_row, ctx)
            if _repeats(deadline, read_in_prose.get((first_day, last_day), ())):  # a table repeats an
                diagnostics.append(_repeated_note(src, found))  # obligation of the text
                continue
            deadlines.append(deadline)
            diagnostics.extend(note)
            continue
        if (
            found.qualifier is None
            and first_day != last_day
            and at + 1 < len(phrases)
            and _reported_by(key, found, phrases[at + 1])
        ):
            continue  # what a report covers ("báo cáo sơ kết ... 6 tháng đầu năm trước ngày 15/6/2024")
        # Another deadline ends the clause before this one ("trước ngày 10/6 và báo cáo trước ngày 30/6").
        clause_start = _outside_parentheses(key, max(_clause_start(key, found.start, start), floor), start)
        if _in_citation_subject(citation_ends, key, found.start, clause_start, limit=by):
            continue
        past_limit = by and ctx.issued_on is not None and last_day < ctx.issued_on
        if past_limit and _cites_between(citation_ends, clause_start, found.start):
            continue  # a cited document's limit, past at the issue ("Kế hoạch số 87/KH-UBND yêu cầu các xã
            # báo cáo ... trước ngày 15/3/2025 nhưng đến nay mới có 5/13 xã gửi báo cáo")
        before_end = found.start
        if replaced is not None and replaced[0] == at - 1:  # the date replacing it: the work is the clause's
            before_end = replaced[1]
            clause_start = _outside_parentheses(key, max(_clause_start(key, before_end, start), floor), start)
        before = key[clause_start:before_end]
        if (
            granularity == "part_of_year"
            and found.qualifier is None
            and not any(c.isdigit() for c in key[found.start : found.end])
            and before.strip(" \t\n-+•*")
            and key[key.rfind("\n", clause_start, found.start) + 1 : found.start].strip(" \t-+•*")
        ):
            continue  # the part of a year that names what is done ("đánh giá trẻ đầu năm"), no time for it
        if (
            found.weekday is not None
            and first_day == last_day
            and found.qualifier in (None, "on")
            and not _STRONG_RE.search(key[found.start : found.end])  # ("chậm nhất vào thứ Sáu, ngày 15/11")
            and not _cue("obligation").search(before)  # ("gửi báo cáo vào thứ Sáu, ngày 22/9")
        ):
            continue  # the day an event takes place ("Thời gian: 14 giờ 00, thứ Bảy, ngày 07/02/2026")
        line_start = key.rfind("\n", seen, found.start) + 1 or line_start
        seen = found.start
        label = _label_at(key, line_start, found.start) or _label_at(
            key, _item_start(key, found.start, start, line_start), found.start
        )
        if label is None or label.end() > found.start:
            label = None
        label_text = label.group("label") if label else ""
        after_label = label is not None and not key[label.end() : found.start].strip()  # the date alone
        if not by and after_label and _cue("event_label").pattern.match(label_text.strip(" \t*")):
            continue  # the date alone after an event's label: "Hội nghị: 26/9/2024" (then "Báo cáo: ...")
        context = f"{label_text} {before}" if label and label.start() < clause_start else before
        if _is_a_time_label(before):  # "... tổ chức tập huấn ...; thời gian: trong quý II/2024": the work is
            context = key[_sentence_start(key, clause_start, start) : before_end]  # the sentence's before it
            if _is_a_time_label(context):  # a time's line under its item: "Bước 2: Tổng hợp số liệu, ..." /
                context = f"{_item_heading_above(key, line_start, start)} {context}"  # "- Thời gian: tháng 5"
        context_fold = context.casefold()  # shared by the searches of the context
        is_period = first_day != last_day
        # work a unit leads, or a campaign, within a month or more ("Văn phòng chủ trì ... tổ chức tập huấn
        # ...; thời gian: trong quý II/2024", "Tổ chức đợt cao điểm ... từ ngày 01/7 đến ngày 15/9/2024")
        assigned = (last_day - first_day).days >= _LONG_PERIOD_DAYS and bool(
            _cue("assignment").search(context, fold=context_fold)
        )
        binding = _sentence_binding(key, found.end) if is_period else None
        # a schedule's item: its date, a colon, the work and who leads it in parentheses at its end ("-
        # Từ 16/10 - 15/11/2024: Tổ chức rà soát ... (UBND các xã, thị trấn chủ trì).")
        unit = _unit_at_item_end(key, found.end) if _only_a_mark(before) else None
        scheduled = unit is not None and _LABEL_COLON_RE.match(key, found.end) is not None
        obliged = (
            by
            or scheduled
            or assigned
            or (_only_a_mark(before) and _completes_above(key, line_start, found.end))
            # the date alone after an item's label in a section of times ("III. THỜI GIAN HOÀN THÀNH" / "-
            # Kiểm tra chuyên đề hồ sơ, sổ sách: cuối tháng 12.")
            or (after_label and sections.of_times(found.start))
            # a numbered phase of the work ("- Giai đoạn 1 (từ 01/3 đến 30/4/2025): UBND huyện ... chủ trì")
            or (is_period and _PHASE_RE.fullmatch(key, line_start, found.start) is not None)
            # a period the next sentence names back and binds ("... đến hết ngày 31/01/2026. Trong thời gian
            # này, các đơn vị ... phải hoàn tất ...")
            or binding is not None
            or bool(_cue("obligation").search(context, fold=context_fold))
            or (is_period and bool(_cue("obligation_over_period").search(context, fold=context_fold)))
            or (
                is_period
                and ctx.addressee_level is not None
                and bool(_cue("obligation_in_letter").search(context, fold=context_fold))
            )
            or (
                is_period
                and (found.qualifier == "within" or bool(_WITHIN_WORDS_RE.search(context)))
                and headings.level_above(found.start) is not None
            )
            # A period to work within, after a level's label ("- Cấp chi Hội: tổ chức bình xét ... trong
            # tháng 10/2024", "- Các chi đoàn: tổ chức Ngày hội từ ngày 01/11 đến ngày 16/11/2025", "3. Cấp
            # huyện: ... quyết định xếp loại các cơ sở Đoàn vào cuối tháng 12/2024")
            or (
                is_period
                and found.qualifier in ("within", "from_to", "on")
                and label is not None
                and bool(level_in(label_text))
            )
            # A period a level's subject organises something within ("Các cơ sở Đoàn tổ chức đợt sinh hoạt
            # chủ điểm ... từ ngày 10/3 đến ngày 25/3/2025"; not "Tháng Nhân đạo được tổ chức từ ...")
            or (
                is_period
                and found.qualifier in ("within", "from_to")
                and _level_organises(key, _item_start(key, found.start, start, line_start), found.start)
            )
            # A level's label and the date alone: the level's time ("- Cấp tỉnh: quý IV năm 2024.")
            or (
                label is not None
                and _date_alone_after(key, label.end(), found)
                and bool(level_in(label_text))
            )
            # A date that opens its clause or follows its label alone, the obligation after it: "Cuối năm,
            # báo cáo kết quả ...", "Cấp tỉnh: từ 01/4 đến 30/6/2024 hoàn thành ..."; a period, a level's
            # subject and the work over it after it: "Từ ngày 15/9 đến ngày 25/9/2025, các chi hội rà soát"
            or (
                (
                    not (
                        not _only_a_mark(before)  # (a list's dash, bullet or letter opens the clause)
                        and _NON_BLANK_RE.search(key, line_start, found.start)  # (not a slice: a long line)
                        and (label is None or key[label.end() : found.start].strip())
                    )
                    or _glosses_an_opening_period(before, key, found.end)
                )
                and (
                    bool(_obligation_after(key, found.end))
                    or (is_period and _level_works_after(key, found.end))
                    or _obligation_after_who(key, found.end)
                )
            )
        )
        if not obliged or _in_an_example_row(src, found.start):
            continue  # (a form's example row: "VD  Nguyễn Văn A ... 30/6/2025  Dòng ví dụ, xóa khi điền")
        phrase = key[found.start : found.end]  # the key view: NFC and one tone style, like the cues
        # A clause that says it completes is no event, whatever work it or its item's label names ("5. Tổ
        # chức kỷ niệm: ... Các cơ sở Hội tổ chức sinh hoạt chuyên đề, hoàn thành trong tháng 11", "hoàn
        # thành tập huấn ... từ ngày 06/10 đến ngày 10/10/2025"), nor one that opens with the work it asks
        # for within a period ("c) Đăng ký với Bộ các hoạt động kỷ niệm ... trong đầu tháng 01/2026"), nor
        # a level's subject organising work within one ("Các chi hội tổ chức thăm hỏi, tặng quà hội viên
        # khó khăn trong tháng 4/2026"), nor a level's label and the work it organises over a period ("-
        # Cấp huyện: tổ chức tập huấn ... từ ngày 05/8 đến ngày 30/8/2024", a time section's line).
        if (
            not _is_strong(key, phrases, at)
            and not _COMPLETES_RE.search(before)
            and not (found.qualifier == "within" and _opens_with_obligation(before))
            and not (
                found.qualifier in ("within", "from_to")
                and _level_organises(key, _item_start(key, found.start, start, line_start), found.start)
            )
            and not (
                found.qualifier in ("within", "from_to")
                and label is not None
                and bool(level_in(label_text))
                and _cue("organise").pattern.match(key[label.end() : found.start].lstrip(" \t")) is not None
            )
            # nor a period after an item's label alone, a level's subject and its work after it ("Thăm
            # hỏi, tặng quà đoàn viên ...: từ ngày 15/4 đến ngày 10/5/2024, các CĐCS rà soát, lập danh sách
            # ... gửi về LĐLĐ huyện": the label names the activity, the statement the work due)
            and not (is_period and after_label and _level_works_after(key, found.end))
            and not assigned
            and (
                _names_an_event(
                    *_without_a_time_clause(f"{context} {phrase}", f"{context_fold} {phrase.casefold()}")
                )
                or _cue("event_before").search(phrase)
                or _cue_before_re("event_before", " \\t\\n").search(
                    key, max(start, found.start - _EVENT_BEFORE_REACH), found.start
                )
            )
        ):
            continue
        if not by and "đã" in before.casefold() and _HISTORICAL_RE.search(before):
            completes = _LAST_COMPLETES_RE.search(before)  # (a past work's "xong" may come before it)
            # past unless the work that completes comes after the last "đã" and a comma, in a clause of
            # its own ("hoàn thành ... đã được ...", "những hạn chế đã được chỉ ra, hoàn thành trong quý I",
            # "hồ sơ (đã giải quyết xong từ năm 2015), hoàn thành trong tháng 8/2025")
            past = None if completes is None else _last_past(before, completes.start())
            if (
                completes is None
                or (past is not None and not _CLAUSE_MARK_RE.search(before, past, completes.start()))
            ) and not _TIME_OF_THE_WORK_RE.search(before):
                continue
        if (
            not by
            and ctx.issued_on is not None
            and last_day < ctx.issued_on
            and _HISTORICAL_RE.search(key, found.end, _statement_end(key, found.end))
        ):
            continue  # a past period, then an account of it ("Tháng 12/2025, UBND xã đã ... hoàn thành")
        if (
            ctx.issued_on is not None
            and last_day < ctx.issued_on
            and _HISTORICAL_RE.search(key, _sentence_start(key, found.start, start), found.start)
        ):
            continue  # an account of what was done by a day before the plan ("Ngân sách cấp huyện đã thực
            # hiện khóa sổ, chuyển số dư ... đến ngày 30/6/2025", in a plan of November 2025)
        if _restates(before, deadlines, (first_day, last_day)):
            diagnostics.append(_repeated_note(src, found, _RESTATES))
            continue
        due = found.due(src)
        assert due is not None  # as found.period
        period, span = due
        # Who is bound: the clause's subject, else the label, else the sentence, else the heading.
        # ``before`` ends ``context``: its fold ends the context's, when that is offset for offset
        before_fold = (
            context_fold[len(context_fold) - len(before) :] if len(context_fold) == len(context) else None
        )
        level_found = _level_of_subject(before, before_fold)
        if (
            level_found is None
            and _after_a_heading_number(key, clause_start)
            and (heading := _HEADING_LINE_RE.match(before)) is not None
        ):
            level_found = _level_of_subject(before[heading.end() :])  # the sentence under a heading's line
        from_label = None
        if level_found is None and label is not None:
            in_label = _level_of_subject(label_text)
            if in_label is not None:
                # A level's own heading line is its level text ("Cấp huyện, thị, thành uỷ, Đảng uỷ ...").
                written = " ".join(src.text[label.start("label") : label.end("label")].split())
                level_found = from_label = (in_label[0], written)
        written_before = found.start  # the level's words end before it (their spelling is looked up there)
        # an item that opens with its date and ends with who leads it in parentheses: that unit's level,
        # the issuer's own when it names none ("- Trước 15/10/2024: ... (Phòng LĐ-TB&XH chủ trì).")
        if level_found is None and unit is not None:
            level_found = level_in(key[unit[0] : unit[1]])
            written_before = unit[1]
        elif level_found is None and (
            _only_a_mark(before) or after_label or _glosses_an_opening_period(before, key, found.end)
        ):
            level_found = _level_after(key, found.end)
            written_before = found.end + _SUBJECT_AFTER_REACH
        if level_found is None and binding is not None:  # who the sentence that binds the period names
            level_found = _level_of_subject(key[binding[0] : binding[1]])
            written_before = binding[1]
        if level_found is None:
            sentence_start = _sentence_start(key, found.start, start)
            level_found = (
                _level_of_sentence(key[sentence_start:clause_start])
                or _level_under_heading_line(key, sentence_start, clause_start)
                or _level_of_the_sentence_a_limit_closes(key, sentence_start, found, start)
                or headings.level_above(found.start)
            )
        level: Level | None
        level_text: str | None
        if level_found is not None:
            level, level_text = level_found
            if level_found is not from_label:
                level_text = _as_written(src, level_text, written_before)
            level = _under_the_issuer(level, level_text, ctx)
        elif ctx.addressee_level is not None:
            level, level_text = ctx.addressee_level, None
        else:
            level_text = None
            level, notes = _issuer_level_of(ctx, period, span)
            diagnostics.extend(notes)
        if deadlines and _JOINED_RE.fullmatch(key, previous_end, found.start):
            task = deadlines[-1].task
        else:
            task = _task(src, clause_start, before_end, found.end, start)
        previous_end, head_floor = found.end, floor
        deadline = _deadline(found, due, level, level_text, task)
        if ctx.annex_from is not None and found.start >= ctx.annex_from:
            if _repeats(deadline, read_in_prose.get((first_day, last_day), ())):  # an annex repeats an
                diagnostics.append(_repeated_note(src, found))  # obligation of the text above
                continue
        elif len(same_period := read_in_prose.setdefault((first_day, last_day), [])) < _REPEAT_CANDIDATES:
            same_period.append(deadline)
        deadlines.append(deadline)
    return deadlines, diagnostics


_TASK_WORD_RE = re.compile(r"[^\W\d_]+")
# Deadlines of one period a repeat is compared with, at most: a plan has a few with one period (a text
# of thousands would make every repeat's look quadratic).
_REPEAT_CANDIDATES = 8


def _task_words(deadline: Deadline) -> set[str]:
    return set(_TASK_WORD_RE.findall((deadline.task or "").casefold()))


def _repeats(again: Deadline, read: Iterable[Deadline]) -> bool:
    """Whether ``again`` (a task table's row, an annex's line) is one of the deadlines ``read`` from the
    text with the same period: it binds the same level, or a third of the words of the shorter task are
    the other's ("Xây dựng kế hoạch sơ kết của cấp ủy cơ sở" and "Xây dựng kế hoạch sơ kết"; not "Tổ chức
    hiến máu tình nguyện" and "Báo cáo nhanh kết quả ...")."""
    words = _task_words(again)
    for other in read:
        if other.level is not None and other.level == again.level:
            return True
        theirs = _task_words(other)
        if words and theirs and 3 * len(words & theirs) >= min(len(words), len(theirs)):
            return True
    return False


_REPEATS = (
    "in a task table or an annex repeats a deadline of the text with the same period (the same level, or the"
    " same work)"
)
_RESTATES = 'in a sentence that restates the one before ("Cụ thể: ...") repeats its deadline\'s period'


def _repeated_note(src: Source, found: dates.DatePhrase, how: str = _REPEATS) -> Diagnostic:
    return Diagnostic(
        code="deadline.repeated",
        severity="info",
        message=f"{src.written(found.start, found.end)!r} {how}: read once",
        span=src.span(found.start, found.end),
    )


__all__ = ["DocumentContext", "addressee_level", "issuer_level", "level_in", "read_deadlines"]
