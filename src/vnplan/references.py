"""Stage 3d: the documents a text cites, merged per document with every mention kept.

A citation is ``<Type> [số] <number>[, ngày <date>] [của <issuer>] [về “<subject>”]``
("Nghị quyết số 11-NQ/TU, ngày 20/7/2008 của Tỉnh uỷ “Về ...”"). Numbers are found
by :mod:`vnplan.docnumber`; the type is the nearest type word before the number in
the same clause (else the type code's name), the date the ``ngày ...`` written
right after it at any mention, or the ``Ngày ..., <body> (đã) ban hành`` that opens
its sentence. Citations without a number ("Nghị quyết Trung ương 4 (khóa XII)")
are kept with ``number=None``.

The issuer runs to the first word that starts the subject or a new clause (the
``issuer_ends`` of ``lexicon/references.toml``: "về", "tại", "quy định", "ban hành" …),
a quote, a bracket or a sentence end; a single line break is a space (PDF text wraps
inside names), a blank line or a list item ends it. Written before the number, the
issuer is the subject of an issuing verb ("Ban Bí thư … đã ban hành Kế hoạch số …",
"được Thủ tướng Chính phủ phê duyệt tại Quyết định số …") or the body of "của <issuer>
tại Tờ trình số …". Every repair of a cited number is reported (see :class:`Found`).

>>> text = "Căn cứ Nghị quyết số 20-NQ-TW và Nghị quyết 20-NQ/TW, ngày 01/11/2012 của Bộ Chính trị"
>>> refs = find_references(text)
>>> [(r.doc_type, r.number.canonical, str(r.issued_on), len(r.mentions)) for r in refs]
[('Nghị quyết', '20-NQ/TW', '2012-11-01', 2)]
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from datetime import date

import regex

from vnplan import dates, docnumber
from vnplan._lazy import lazy_regex
from vnplan.folded import FoldedPattern, folded_trie
from vnplan.lexicon import load
from vnplan.models import Diagnostic, DocNumber, Reference, Span
from vnplan.normalise import WHITE_SPACE, Source, normalise

_DATE_AFTER_RE = lazy_regex(
    r"\A[ \t\n,;:(]*+(?:(?:ban[ \t]++hành|ký)[ \t]++"
    # a law's date is the day the National Assembly passed it ("Luật Dữ liệu số 60/2024/QH15 được Quốc hội
    # khóa XV thông qua tại Kỳ họp thứ 8 ngày 30/11/2024")
    r"|(?:được[ \t]++)?+quốc[ \t]++hội(?:[ \t]++khóa[ \t]++\w++)?+[ \t]++thông[ \t]++qua[ \t]++"
    r"(?:tại[ \t]++kỳ[ \t]++họp[ \t]++thứ[ \t]++\w++[ \t]++)?+)?ngày[ \t\n]*+"
    r"(?:(?P<d>\d{1,2})[ \t]*+[/.\-][ \t]*+(?P<m>\d{1,2})[ \t]*+[/.\-][ \t]*+"
    r"(?:(?P<y>\d{4})"
    # A year split by a stray space ("16/7/20 21"): read only when the halves make a year of
    # this era and the citation goes on cleanly after it (a clause end, "của", "về").
    r"|(?P<ya>19|20)[ \t](?P<yb>\d{2})(?![\p{L}\p{N}/.\-])(?=[ \t\n]*+(?:[,;.:)(“\"]|của\b|về\b|\Z))"
    r"|(?P<ys>[0-4][0-9])(?![\p{L}\p{N}/\-]|\.[0-9]|[ \t]++[0-9]))"  # a year of two digits ("29/9/25")
    r"|(?P<d2>\d{1,2})[ \t\n]++tháng[ \t\n]++(?P<m2>\d{1,2})[ \t\n]++năm[ \t\n]++(?P<y2>\d{4})"
    r"|(?P<y3>(?:19|20)\d{2})-(?P<m3>\d{1,2})-(?P<d3>\d{1,2})(?![\d\-]))",  # ISO 8601 ("2025-01-06")
    regex.IGNORECASE,
)
# ... or in words, as formal texts write it ("ngày mười hai tháng tám năm hai nghìn không trăm hai mươi lăm"):
# where its day word starts, read by the date grammar (:func:`vnplan.dates.day_in_words`).
_DATE_IN_WORDS_AFTER_RE = lazy_regex(
    r"[ \t\n,;:(]*+(?:(?:ban[ \t]++hành|ký)[ \t]++)?(?=ngày[ \t\n]++\p{L})", regex.IGNORECASE
)
_DATE_IN_WORDS_REACH = 160  # characters of a date in words, at most
_SENTENCE_REACH = 2000  # how far back the date opening a sentence ("Ngày 20/7/2008, ... ký") is looked for
_DATE_OPENING_RE = lazy_regex(
    r"(?:^|(?<=[.\n,]))[ \t]*+ngày[ \t]++"
    r"(?P<d>\d{1,2})"
    r"(?:[ \t]*+(?P<sep>[/.\-])[ \t]*+(?P<m>\d{1,2})[ \t]*+(?P=sep)[ \t]*+"  # 27/6/2022, 27-6-2022, 27.6.2022
    r"|[ \t]++tháng[ \t]++(?P<m>\d{1,2})[ \t]++năm[ \t]++)"  # 27 tháng 6 năm 2022
    r"(?P<y>\d{4})"
    r"[ \t]*+,[^.;]{0,160}?(?:ban[ \t]++hành|ký|(?<![\p{L}])có)[^.;]{0,30}$",  # ("đã có", "tiếp tục có")
    regex.IGNORECASE | regex.MULTILINE,
)
_NGAY_RE = lazy_regex(r"ngày", regex.IGNORECASE)  # the word _DATE_OPENING_RE is found from
# (a line break after it stays: it may end the issuer; ``regex``'s \s spelt out, WHITE_SPACE, for ``re``)
_OF_RE = re.compile(rf"[ \t\n,]*+của(?=[{WHITE_SPACE}])[ \t]*+")
_ISSUER_MAX = 100  # characters; a longer run without a boundary is not an issuer phrase
_SUBJECT_RE = lazy_regex(r"[^“\"\n;.]{0,120}?[“\"](?P<subject>[^”\"]{3,400})[”\"]")
_CLAUSE_BREAK_RE = re.compile(rf";|\.(?=[{WHITE_SPACE}])|\n[ \t]*+\n")


def _quoted_soon(key: str, start: int) -> bool:
    """Whether a quote opens close enough after ``start`` for _SUBJECT_RE to match there."""
    stop = start + 121  # the quote comes after at most 120 characters
    return key.find("“", start, stop) >= 0 or key.find('"', start, stop) >= 0


_LEADING_ZEROS_RE = lazy_regex(r"^0+(?=\d)")


@functools.cache
def _type_words() -> FoldedPattern:
    """Any written form of a document type, the longest at its place."""
    forms = sorted({form.lower() for fs in load("doc_types")["names"].values() for form in fs})
    return FoldedPattern.of_words(forms, r"[ \t\n]+")


@functools.cache
def _type_by_form() -> dict[str, str]:
    """Each written form of a document type (lower case, single spaces) -> the type's name."""
    table: dict[str, list[str]] = load("doc_types")["names"]
    by_form: dict[str, str] = {}
    for name, forms in table.items():
        for form in forms:
            by_form.setdefault(form, name)
    return by_form


def _canonical_type(word: str) -> str | None:
    return _type_by_form().get(" ".join(word.lower().split()))


# A type word holds only letters and white space, so none runs across one of these: the matches of a
# scan after the last of them are the last matches of a scan of the whole clause. Searched backwards.
_HARD_STOP_RE = lazy_regex(r"(?r)[,:()\[\]“”\"/\-0-9]")


def _last_type_word(key: str, start: int, end: int) -> regex.Match[str] | None:
    return _type_words().last(key, start, end)


def _last_break_end(key: str, start: int, end: int) -> int | None:
    """End of the last clause break in ``key[start:end]``, if any (each starts with ";", "." or a line
    break: a window without them is not scanned)."""
    if key.find("\n", start, end) < 0 and key.find(".", start, end) < 0 and key.find(";", start, end) < 0:
        return None
    last = None
    for m in _CLAUSE_BREAK_RE.finditer(key, start, end):
        last = m
    return None if last is None else last.end()


def _type_word(key: str, number_start: int) -> tuple[str, int, int] | None:
    """The type word nearest before a number, in the same clause, with its offsets.

    The type word pattern costs ~0.2 µs a character, so the part of the clause after its last
    punctuation or digit is scanned first, and the whole clause only when that part has none.
    A clause break holds none of the hard stop characters, so the breaks after the last stop
    of the window are those of a scan of the whole window: only that tail is scanned for them
    first.
    """
    window_start = max(0, number_start - 160)
    stop = _HARD_STOP_RE.search(key, window_start, number_start)
    found = None
    if stop is not None:
        tail_break = _last_break_end(key, stop.end(), number_start)
        if tail_break is not None:  # the clause starts after the last stop
            found = _last_type_word(key, tail_break, number_start)
            return (found.group(), found.start(), found.end()) if found else None
        found = _last_type_word(key, stop.end(), number_start)
    if found is None:
        clause_start = _last_break_end(key, window_start, number_start)
        found = _last_type_word(key, window_start if clause_start is None else clause_start, number_start)
    return (found.group(), found.start(), found.end()) if found else None


def _date_opening(key: str, start: int, end: int) -> regex.Match[str] | None:
    """``_DATE_OPENING_RE.search(key, start, end)``, tried only where "ngày" is written.

    A match starts at the white space before a "ngày", right after a line break, a period, a comma
    with no number just before it ("..., ngày 20/5/2025, Bộ đã có Công văn số 1820/BVHTTDL") or the
    start of the text, so the expression, whose scan costs ~0.2 µs a character, runs only from those
    places.
    """
    for ngay in _NGAY_RE.finditer(key, start, end):
        at = ngay.start()
        while at > start and key[at - 1] in " \t":
            at -= 1
        # (after a comma only where no number or date stands just before: "số 318/KH, ngày 25/02" is its)
        if at == 0 or key[at - 1] in ".\n" or (key[at - 1] == "," and "/" not in key[max(0, at - 26) : at]):
            opening = _DATE_OPENING_RE.match(key, at, end)
            if opening is not None:
                return opening
    return None


def _date_from(m: regex.Match[str]) -> date | None:
    d, mo, y = (m.group("d"), m.group("m"), m.group("y"))
    if y is None and "ya" in m.re.groupindex and m.group("ya") is not None:
        y = m.group("ya") + m.group("yb")
    if y is None and "ys" in m.re.groupindex and m.group("ys") is not None:
        y = f"20{m.group('ys')}"
    if d is None and "d2" in m.re.groupindex:
        d, mo, y = m.group("d2"), m.group("m2"), m.group("y2")
    if d is None and "d3" in m.re.groupindex:
        d, mo, y = m.group("d3"), m.group("m3"), m.group("y3")
    try:
        return date(int(y), int(mo), int(d))
    except (TypeError, ValueError):
        return None


def _phrases(words: list[str]) -> str:
    """A regex alternative of lexicon phrases, longest first, any white space between syllables."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(regex.escape(w).replace(r"\ ", r"\s++") for w in ordered)


_FORM_REACH = 16  # characters before a number: a form's word and "số"


@functools.cache
def _form_before_re() -> re.Pattern[str]:
    """A form's word right before a number ("mẫu số ", "Biểu mẫu "; references.toml form_words)."""
    words = "|".join(re.escape(w) for w in sorted(load("references")["form_words"], key=len, reverse=True))
    return re.compile(rf"(?i)(?<!\w)(?:{words})[ \t]++(?:số[ \t]*+)?$")


@functools.cache
def _issuer_end_re() -> FoldedPattern:
    """Where an issuer phrase ends: punctuation, a sentence end, a blank line or a list item,
    or a word that starts the subject or a new clause."""
    # Tries (see dates.trie_pattern): only where a match starts counts, not which word it is.
    lex = load("references")
    words = sorted(set(lex["issuer_ends"]))
    ends = dates.trie_pattern([w.lower().split() for w in words])
    openers = dates.trie_pattern([w.lower().split() for w in sorted(set(lex["line_openers"]))])
    pattern = regex.compile(
        r"[,;:“”\"()\[\]]"
        r"|(?<!(?:^|[\s(])\p{Lu}\p{L}?)\.(?=[\s/]|\Z)"  # a sentence end, not an abbreviation ("TP.")
        r"|\n[ \t]*+(?:\n|[-+•]|\d++(?:\.\d++)*+[.)]|[a-zđ][.)]|[IVXLC]++\.)"  # a blank line, a list item
        rf"|\n[ \t]*+(?i:{openers})(?![\p{{L}}\p{{N}}])"
        rf"|(?<![\p{{L}}\p{{N}}])(?i:{ends})(?![\p{{L}}\p{{N}}])",
    )
    # Every match starts with one of these characters or an ending word.
    return FoldedPattern(pattern, re.compile(r"[,;:“”\"()\[\].\n]|" + folded_trie(words)))


def _issuer_end(key: str, start: int) -> int | None:
    """End of the issuer phrase that starts at ``start``, or ``None`` when it has no near boundary."""
    m = _issuer_end_re().search(key, start, min(len(key), start + _ISSUER_MAX + 20))
    if m is not None:
        end = m.start()
    elif start + _ISSUER_MAX >= len(key):
        end = len(key)
    else:
        return None
    return end if end - start <= _ISSUER_MAX else None


@functools.cache
def _issuer_before_res() -> tuple[tuple[regex.Pattern[str], regex.Pattern[str]], ...]:
    """The issuer written before ``<Type> số <number>``, at the end of the text before the type word.

    The subject of an issuing verb ("…, Ban Bí thư Trung ương Đoàn đã ban hành", "được Thủ
    tướng Chính phủ phê duyệt tại"), and the body of "của <issuer> tại" ("Theo đề nghị của
    Sở Kế hoạch và Đầu tư tại"). Each comes with the ending it requires, matched backwards
    from the end (``(?r)``): a search of the whole pattern costs ~0.2 µs a character and is
    run only when the text ends that way.
    """
    lex = load("references")
    heads = _phrases([*load("layout")["organization_heads"], *lex["office_heads"]])
    verbs, aux, agents = (
        _phrases(lex["issuing_verbs"]),
        _phrases(lex["auxiliaries"]),
        _phrases(lex["agent_markers"]),
    )
    word = r"[\p{L}\p{N}\-]++"
    subject = regex.compile(
        rf"(?:\A|[,;:(]|(?<![\p{{L}}])(?i:{agents}))\s*+"
        rf"(?P<issuer>(?i:{heads})(?![\p{{L}}])(?:\s++{word}){{0,12}}?)"
        rf"\s++(?:(?i:{aux})\s++)?(?i:{verbs})(?:\s++(?i:tại))?\s*+\Z"
    )
    of_at = regex.compile(
        rf"(?<![\p{{L}}])(?i:của)\s++(?P<issuer>{word}(?:\s++{word}){{0,15}}?)\s++(?i:tại)\s*+\Z"
    )
    verb_ending = regex.compile(rf"(?r)(?i:{verbs})(?:\s++(?i:tại))?\s*+\Z")
    at_ending = regex.compile(r"(?r)\s++(?i:tại)\s*+\Z")
    return (subject, verb_ending), (of_at, at_ending)


_BETWEEN_TYPE_AND_NUMBER_RE = lazy_regex(r"(?i)\s*+(?:s[ốô]|so)?\s*+:?\s*+")


def _issuer_before(
    key: str, lower: int, number_start: int, typed: tuple[str, int, int] | None
) -> tuple[int, int] | None:
    """The issuer named before the type word of a number (``typed``: see :func:`_type_word`)."""
    if typed is None:
        return None
    _, type_start, type_end = typed
    if _BETWEEN_TYPE_AND_NUMBER_RE.fullmatch(key, type_end, number_start) is None:
        return None
    lower = max(lower, type_start - 200)
    clause_start = _last_break_end(key, lower, type_start)
    if clause_start is not None:
        lower = clause_start
    window = key[lower:type_start]
    for pattern, ending in _issuer_before_res():
        m = pattern.search(window) if ending.match(window) is not None else None
        if m is not None:
            a, b = lower + m.start("issuer"), lower + m.end("issuer")
            stop = _issuer_end(key, a)
            if stop is not None and stop >= b and not key[b:stop].strip():  # no boundary inside
                return a, b
    return None


def _issuer_text(src: Source, a: int, b: int) -> str | None:
    """The issuer as written, white space folded, without a trailing sentence period."""
    value = " ".join(src.text[a:b].split()).rstrip("./ ")
    return value if len(value) >= 2 else None


def number_key(number: DocNumber) -> str:
    """The identity of a cited document: its canonical number, upper case, serial without zeros."""
    key = "".join(number.canonical.split()).upper()
    return str(_LEADING_ZEROS_RE.sub("", key)) if key.startswith("0") else key


@dataclass
class _Merged:
    number: DocNumber
    doc_type: str | None = None
    issued_on: date | None = None
    issuer: str | None = None
    title: str | None = None
    mentions: list[Span] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Found:
    """The references of a text, and what was repaired or guessed to read them.

    ``diagnostics`` holds the repairs of every cited number (``number.hyphen_restored``,
    ``number.dash_for_slash``, ``number.unknown_type_code``), each merge of two written
    forms into one reference (``reference.merged_forms``) and each split year read as one
    (``date.repaired_split_year``).
    """

    references: list[Reference]
    diagnostics: list[Diagnostic]


def _same_document(a: DocNumber, b: DocNumber) -> bool:
    """One number written with and without its year ("41/2022/NQ-HĐND" and "41/NQ-HĐND"), or its
    issuer code's Đ without the stroke."""
    if a.year is not None and b.year is not None:
        return False
    return (
        a.serial.lstrip("0") == b.serial.lstrip("0")
        and a.type_code == b.type_code
        and _issuer_code_key(a) == _issuer_code_key(b)
        and a.type_code is not None
    )


def _issuer_code_key(number: DocNumber) -> str:
    """An issuer code as one whatever its case and whether Đ kept its stroke ("15-NQ/DU" of OCR or an
    ASCII keyboard, "15-NQ/ĐU")."""
    return (number.issuer_code or "").upper().replace("Đ", "D")


def _family(number: DocNumber) -> tuple[str, str, str] | None:
    """What :func:`_same_document` compares, as a key (``None``: merges with nothing)."""
    if number.type_code is None:
        return None
    return number.serial.lstrip("0"), number.type_code, _issuer_code_key(number)


def _merged_note(number: DocNumber, into: DocNumber, mention: Span) -> Diagnostic:
    return Diagnostic(
        code="reference.merged_forms",
        severity="info",
        message=f"{number.canonical!r} taken as the same document as {into.canonical!r}",
        span=mention,
    )


def _split_year_note(src: Source, offset: int, m: regex.Match[str]) -> Diagnostic:
    """A year split by a stray space, read as one (``m`` matched ``_DATE_AFTER_RE`` at ``offset``)."""
    first, second = m.group("ya"), m.group("yb")
    return Diagnostic(
        code="date.repaired_split_year",
        severity="warning",
        message=f"the year written {first!r} {second!r} read as {first}{second}",
        span=src.span(offset + m.start("d"), offset + m.end("yb")),
    )


def references_in(
    src: Source,
    start: int,
    end: int,
    *,
    exclude: str | None = None,
    numbers: list[docnumber.FoundNumber] | None = None,
) -> Found:
    """Numbered references in ``src.text[start:end]``, merged by document, with their diagnostics.

    ``exclude`` is the :func:`number_key` of the document's own number; ``numbers`` the
    document's numbers when the caller has already scanned for them.
    """
    key = src.key
    merged: dict[str, _Merged] = {}
    by_family: dict[tuple[str, str, str], list[_Merged]] = {}  # merged, by what _same_document compares
    diagnostics: list[Diagnostic] = []
    reported: set[tuple[str, str, str]] = set()
    if numbers is None:
        founds = docnumber.scan(src, start, end)
    else:
        founds = [f for f in numbers if start <= f.start and f.end <= end]
    previous_end = start
    for i, found in enumerate(founds):
        number = found.number
        ident = number_key(number)
        lower, previous_end = previous_end, found.end
        if (exclude is not None and ident == exclude) or _form_before_re().search(
            key, max(start, found.start - _FORM_REACH), found.start
        ):
            continue  # the document's own number, or a form's ("theo mẫu số 2/BC kèm theo")
        next_start = founds[i + 1].start if i + 1 < len(founds) else len(key)
        mention = number.span or src.span(found.start, found.end)
        for note in found.diagnostics:  # one note per repair and written form, at its first place
            seen = (note.code, note.message, " ".join(number.raw.split()))
            if seen not in reported:
                reported.add(seen)
                diagnostics.append(note)
        target = merged.get(ident)
        if target is None:
            family = by_family.get(_family(number) or ("", "", ""), [])
            target = next((o for o in family if _same_document(o.number, number)), None)
            if target is not None:
                diagnostics.append(_merged_note(number, target.number, mention))
        if target is None:
            target = merged.setdefault(ident, _Merged(number=number))
            family_key = _family(number)
            if family_key is not None:
                by_family.setdefault(family_key, []).append(target)
        target.mentions.append(mention)
        typed = _type_word(key, found.start) if target.doc_type is None or target.issuer is None else None
        if target.doc_type is None and typed is not None:
            target.doc_type = _canonical_type(typed[0])
        after_start = found.end
        m = _DATE_AFTER_RE.match(key[after_start : after_start + 220])
        if m:
            if target.issued_on is None:
                target.issued_on = _date_from(m)
                if target.issued_on is not None and m.group("ya") is not None:
                    diagnostics.append(_split_year_note(src, after_start, m))
            after_start += m.end()
        elif (words := _DATE_IN_WORDS_AFTER_RE.match(key, after_start, after_start + 220)) is not None and (
            in_words := dates.day_in_words(key[words.end() : words.end() + _DATE_IN_WORDS_REACH])
        ):
            target.issued_on = target.issued_on or in_words[0]
            after_start = words.end() + in_words[1]
        if target.issued_on is None:
            reach = max(0, found.start - _SENTENCE_REACH)  # linear time in one endless "sentence"
            sentence_start = max(
                reach, key.rfind(". ", reach, found.start) + 1, key.rfind("\n\n", reach, found.start) + 1
            )
            opening = _date_opening(key, sentence_start, found.start)
            if opening:
                target.issued_on = _date_from(opening)
        if target.issuer is None:
            of = _OF_RE.match(key, after_start, min(len(key), after_start + 220))
            if of:
                issuer_end = _issuer_end(key, of.end())
                if issuer_end is not None:
                    target.issuer = _issuer_text(src, of.end(), issuer_end)
        if target.issuer is None:
            before = _issuer_before(key, lower, found.start, typed)
            if before is not None:
                target.issuer = _issuer_text(src, *before)
        if target.title is None:
            # The quote belongs to the nearest cited document before it: not past the next number.
            m = (
                _SUBJECT_RE.match(key, after_start, min(len(key), after_start + 600))
                if _quoted_soon(key, after_start)
                else None
            )
            if m and m.start("subject") <= next_start:
                target.title = " ".join(src.text[m.start("subject") : m.end("subject")].split())
    refs = []
    for item in merged.values():
        doc_type = item.doc_type
        if doc_type is None and item.number.type_code:
            doc_type = docnumber.type_name(item.number.type_code)
        refs.append(
            Reference(
                doc_type=doc_type,
                number=item.number,
                issued_on=item.issued_on,
                issuer=item.issuer,
                title=item.title,
                mentions=item.mentions,
            )
        )
    return Found(references=refs, diagnostics=diagnostics)


def find_references(text: str) -> list[Reference]:
    """Every numbered document cited in ``text``, merged by document."""
    src = normalise(text)
    return references_in(src, 0, len(src.text)).references


__all__ = ["Found", "find_references", "number_key", "references_in"]
