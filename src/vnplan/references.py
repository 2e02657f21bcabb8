"""Stage 3d: the documents a text cites, merged per document with every mention kept.

A citation is ``<Type> [số] <number>[, ngày <date>] [của <issuer>] [về “<subject>”]``
("Nghị quyết số 11-NQ/TU, ngày 20/7/2008 của Tỉnh uỷ “Về ...”"). Numbers are found
by :mod:`vnplan.docnumber`; the type is the nearest type word before the number in
the same clause (else the type code's name), the date the ``ngày ...`` written
right after it at any mention, or the ``Ngày ..., <body> (đã) ban hành`` that opens
its sentence. Citations without a number ("Nghị quyết Trung ương 4 (khóa XII)")
are kept with ``number=None``.

>>> text = "Căn cứ Nghị quyết số 20-NQ-TW và Nghị quyết 20-NQ/TW, ngày 01/11/2012 của Bộ Chính trị"
>>> refs = find_references(text)
>>> [(r.doc_type, r.number.canonical, str(r.issued_on), len(r.mentions)) for r in refs]
[('Nghị quyết', '20-NQ/TW', '2012-11-01', 2)]
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from datetime import date

import regex

from vnplan import docnumber
from vnplan.lexicon import load
from vnplan.models import DocNumber, Reference, Span
from vnplan.normalise import Source, normalise

_DATE_AFTER_RE = regex.compile(
    r"\A[ \t\n,;:(]*+(?:(?:ban hành|ký)[ \t]++)?ngày[ \t\n]*+"
    r"(?:(?P<d>\d{1,2})[ \t]*+[/.\-][ \t]*+(?P<m>\d{1,2})[ \t]*+[/.\-][ \t]*+(?P<y>\d{4})"
    r"|(?P<d2>\d{1,2})[ \t\n]++tháng[ \t\n]++(?P<m2>\d{1,2})[ \t\n]++năm[ \t\n]++(?P<y2>\d{4}))",
    regex.IGNORECASE,
)
_DATE_OPENING_RE = regex.compile(
    r"(?:^|(?<=[.\n]))[ \t]*+ngày[ \t]++"
    r"(?P<d>\d{1,2})[ \t]*+/[ \t]*+(?P<m>\d{1,2})[ \t]*+/[ \t]*+(?P<y>\d{4})"
    r"[ \t]*+,[^.;]{0,160}?(?:ban hành|ký)[^.;]{0,30}$",
    regex.IGNORECASE | regex.MULTILINE,
)
_ISSUER_AFTER_RE = regex.compile(
    r"[ \t\n,]*+của[ \t]++(?P<issuer>[^,;:“\"\n(]{2,80}?)(?=[ \t]+về\b|[,;:“\"\n(]|$)"
)
_SUBJECT_RE = regex.compile(r"[^“\"\n;.]{0,120}?[“\"](?P<subject>[^”\"]{3,400})[”\"]")
_CLAUSE_BREAK_RE = regex.compile(r";|\.(?=\s)|\n[ \t]*+\n")


@functools.cache
def _type_words_re() -> regex.Pattern[str]:
    forms = sorted(
        {(form, name) for name, fs in load("doc_types")["names"].items() for form in fs},
        key=lambda fn: len(fn[0]),
        reverse=True,
    )
    alternatives = "|".join(regex.escape(f).replace(r"\ ", r"[ \t\n]+") for f, _ in forms)
    return regex.compile(rf"(?i)(?<![\p{{L}}])(?:{alternatives})(?![\p{{L}}])")


@functools.cache
def _canonical_type(word: str) -> str | None:
    folded = " ".join(word.lower().split())
    for name, forms in load("doc_types")["names"].items():
        if folded in forms:
            return str(name)
    return None


def _type_before(key: str, number_start: int) -> str | None:
    """The type word nearest before a number, in the same clause."""
    window_start = max(0, number_start - 160)
    window = key[window_start:number_start]
    breaks = list(_CLAUSE_BREAK_RE.finditer(window))
    if breaks:
        window = window[breaks[-1].end() :]
    found = None
    for m in _type_words_re().finditer(window):
        found = m.group()
    return _canonical_type(found) if found else None


def _date_from(m: regex.Match[str]) -> date | None:
    d, mo, y = (m.group("d"), m.group("m"), m.group("y"))
    if d is None and "d2" in m.re.groupindex:
        d, mo, y = m.group("d2"), m.group("m2"), m.group("y2")
    try:
        return date(int(y), int(mo), int(d))
    except (TypeError, ValueError):
        return None


def number_key(number: DocNumber) -> str:
    """The identity of a cited document: its canonical number, upper case, serial without zeros."""
    key = "".join(number.canonical.split()).upper()
    return str(regex.sub(r"^0+(?=\d)", "", key))


@dataclass
class _Merged:
    number: DocNumber
    doc_type: str | None = None
    issued_on: date | None = None
    issuer: str | None = None
    title: str | None = None
    mentions: list[Span] = field(default_factory=list)


def _same_document(a: DocNumber, b: DocNumber) -> bool:
    """One number written with and without its year ("41/2022/NQ-HĐND" and "41/NQ-HĐND")."""
    if a.year is not None and b.year is not None:
        return False
    return (
        a.serial.lstrip("0") == b.serial.lstrip("0")
        and a.type_code == b.type_code
        and (a.issuer_code or "").upper() == (b.issuer_code or "").upper()
        and a.type_code is not None
    )


def references_in(src: Source, start: int, end: int, *, exclude: str | None = None) -> list[Reference]:
    """Numbered references in ``src.text[start:end]``, merged by document.

    ``exclude`` is the :func:`number_key` of the document's own number.
    """
    key = src.key
    merged: dict[str, _Merged] = {}
    for found in docnumber.scan(src, start, end):
        number = found.number
        ident = number_key(number)
        if exclude is not None and ident == exclude:
            continue
        target = merged.get(ident)
        if target is None:
            for other in merged.values():
                if _same_document(other.number, number):
                    target = other
                    break
        if target is None:
            target = merged.setdefault(ident, _Merged(number=number))
        target.mentions.append(number.span or src.span(found.start, found.end))
        if target.doc_type is None:
            target.doc_type = _type_before(key, found.start)
        after_start = found.end
        m = _DATE_AFTER_RE.match(key[after_start : after_start + 220])
        if m:
            after_start += m.end()
            if target.issued_on is None:
                target.issued_on = _date_from(m)
        if target.issued_on is None:
            sentence_start = max(key.rfind(". ", 0, found.start), key.rfind("\n\n", 0, found.start)) + 1
            opening = _DATE_OPENING_RE.search(key, sentence_start, found.start)
            if opening:
                target.issued_on = _date_from(opening)
        if target.issuer is None:
            m = _ISSUER_AFTER_RE.match(key, after_start, min(len(key), after_start + 220))
            if m:
                target.issuer = " ".join(src.text[m.start("issuer") : m.end("issuer")].split())
        if target.title is None:
            m = _SUBJECT_RE.match(key, after_start, min(len(key), after_start + 600))
            if m:
                target.title = " ".join(src.text[m.start("subject") : m.end("subject")].split())
    refs = []
    for item in merged.values():
        doc_type = item.doc_type
        if doc_type is None and item.number.type_code:
            doc_type = load("doc_types")["codes"].get(item.number.type_code)
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
    return refs


def find_references(text: str) -> list[Reference]:
    """Every numbered document cited in ``text``, merged by document."""
    src = normalise(text)
    return references_in(src, 0, len(src.text))


__all__ = ["find_references", "number_key", "references_in"]
