"""The verbs of vnplan: run the stages in order.

normalise → segment → header, title, references, deadlines, recipients, signature → :class:`Plan`.

>>> plan = parse("Số 62-KH/TU\\nĐông Hà, ngày 07 tháng 9 năm 2017\\nKẾ HOẠCH\\nTổng kết\\n")
>>> plan.doc_type, plan.number.canonical, plan.issued_on.isoformat()
('Kế hoạch', '62-KH/TU', '2017-09-07')
"""

from __future__ import annotations

import codecs
import functools
import re

from vnplan import deadlines, docnumber, header, recipients, references, signature
from vnplan.errors import DecodeError, InputTooLargeError
from vnplan.lexicon import load
from vnplan.models import Diagnostic, DocNumber, Organization, Plan, Reference
from vnplan.normalise import Source, normalise, with_columns_apart
from vnplan.segment import HEADER_WINDOW, Blocks, segment
from vnplan.unaccented import unmarked, with_marks

MAX_INPUT_CHARS = 20_000_000
"""Inputs longer than this many characters are refused with :class:`vnplan.errors.InputTooLargeError`."""

parse_number = docnumber.parse_number
find_references = references.find_references


def decode(data: bytes) -> str:
    """Decode bytes: UTF-8 (with or without BOM) or UTF-16 with a BOM.

    >>> decode("Kế hoạch".encode("utf-16"))
    'Kế hoạch'
    """
    utf16 = data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    encoding = "utf-16" if utf16 else "utf-8-sig"
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        # utf-8-sig reports offsets after the BOM it skipped; the utf-16 codec counts its BOM.
        skipped = len(codecs.BOM_UTF8) if not utf16 and data.startswith(codecs.BOM_UTF8) else 0
        raise DecodeError(
            "the bytes are not valid text", offset=skipped + exc.start, encoding=encoding
        ) from exc


@functools.cache
def _type_names() -> dict[str, str]:
    return {
        " ".join(form.split()): name for name, forms in load("doc_types")["names"].items() for form in forms
    }


@functools.cache
def _type_names_unmarked() -> dict[str, str]:
    """The type names' forms without marks -> name, but forms that two names share ("quy định" and
    "quyết định" do not; a pair that did would name neither)."""
    found: dict[str, set[str]] = {}
    for form, name in _type_names().items():
        found.setdefault(unmarked(form), set()).add(name)
    return {form: names.pop() for form, names in found.items() if len(names) == 1}


def _own_number(
    src: Source, numbers: list[docnumber.FoundNumber], header_end: int
) -> tuple[DocNumber | None, list[Diagnostic]]:
    found = [f for f in numbers if f.end <= header_end]
    after_so = [f for f in found if f.after_so]
    chosen = after_so[-1] if after_so else None
    if chosen is None:
        # Without "Số", only a number standing at the start of a header line is the document's
        # own; one inside a sentence is a citation ("... Quyết định sO 1106aQD/TWDTN ...").
        plain = [f for f in found if not src.key[src.key.rfind("\n", 0, f.start) + 1 : f.start].strip()]
        chosen = plain[0] if plain else None
    if chosen is None:
        blank = _BLANK_SERIAL_RE.search(src.key, 0, header_end)
        if blank is None:
            return None, []
        note = f"the number line has no serial ({' '.join(blank.group().split())!r}: a draft or a template)"
        return None, [
            Diagnostic(
                code="number.blank_serial", severity="warning", message=note, span=src.span(*blank.span())
            )
        ]
    return chosen.number, list(chosen.diagnostics)


def _number_in_foot(
    src: Source, numbers: list[docnumber.FoundNumber], start: int, end: int
) -> tuple[DocNumber | None, list[Diagnostic]]:
    """The number after the signature of a text with no header of its own: on a line of its own after "Số"
    (the header's text boxes an extractor wrote at the end) or in an annex's heading that names the document
    it goes with ("Kèm theo Kế hoạch số 215-KH/HU"), not one an annex cites."""
    annex_of = tuple(load("layout")["annex_of"])
    foot = []
    for found in numbers:
        if found.after_so and start <= found.start and found.end <= end:
            before = src.key[src.key.rfind("\n", max(start, found.start - 80), found.start) + 1 : found.start]
            flat = " ".join(before.lower().split())
            if flat.strip(" :.") in {"số", "so"} or any(word in flat for word in annex_of):
                foot.append(found)
    if not foot:
        return None, []
    chosen = foot[-1]
    note = Diagnostic(
        code="number.in_foot",
        severity="info",
        message='no number in the header: the one after "Số" at the foot is the document\'s own',
        span=chosen.number.span,
    )
    return chosen.number, [*chosen.diagnostics, note]


# The number line of a draft or a template, its serial left blank or dotted ("Số:        /KH-UBND").
_BLANK_SERIAL_RE = re.compile(r"(?m)^[ \t]*+[Ss][ốô][ \t]*+:?[ \t.…_]*+/[ \t]*+[A-ZĐ][A-Za-zĐđ&-]*+")


def _with_marks(
    issuer: Organization | None, number: DocNumber | None
) -> tuple[Organization | None, DocNumber | None]:
    """The issuer and the number of a text typed without diacritics with the vocabulary's words and codes
    written with their marks, to read the issuer's level from ("CONG DOAN NGANH GIAO DUC", "45/KH-CDN":
    "CÔNG ĐOÀN NGÀNH GIAO DUC", "CĐN"); the plan's values keep them as written."""
    if issuer is not None:
        parent = None if issuer.parent is None else with_marks(issuer.parent)[0]
        issuer = issuer.model_copy(update={"name": with_marks(issuer.name)[0], "parent": parent})
    if number is not None and number.issuer_code:
        number = number.model_copy(update={"issuer_code": with_marks(number.issuer_code)[0]})
    return issuer, number


def _anchor_start(blocks: Blocks) -> int:
    """Where the document's own text opens: its type line or its letter's summary, else its start."""
    anchors = [a[0] for a in (blocks.type_line, blocks.letter_summary) if a is not None]
    return min(anchors, default=0)


def _parse_source(src: Source) -> Plan:
    blocks = segment(src)
    if blocks.recipients is not None:  # recipients beside the signature (pdftotext -layout)
        moved = with_columns_apart(src, blocks.recipients[0])
        if moved is not None:
            src, blocks = moved, segment(moved)
    if blocks.signature is not None:  # two signatures side by side (a joint plan)
        moved = with_columns_apart(src, blocks.signature[0], signatures=True)
        if moved is not None:
            src, blocks = moved, segment(moved)
    else:  # no mark: an approval beside the signer ("DUYỆT CỦA HIỆU TRƯỞNG" / "TỔ TRƯỞNG", a school's team)
        approval = signature.approval_line(src, blocks.body[1], blocks.end)
        moved = None if approval is None else with_columns_apart(src, approval, approval=True)
        if moved is not None:
            src, blocks = moved, segment(moved)
    diagnostics: list[Diagnostic] = list(src.diagnostics)
    has_anchor = blocks.type_line is not None or blocks.letter_summary is not None
    header_end = blocks.header[1] if has_anchor else 0
    header_scope = header_end if has_anchor else min(len(src.key), HEADER_WINDOW // 4)

    numbers = docnumber.scan(src)  # once: the header's own number, citations, citation dates
    number, notes = _own_number(src, numbers, header_scope)
    diagnostics.extend(notes)

    place = issued_on = None
    dated = header.place_and_date(src, 0, header_scope, figures=True) or header.place_and_date(
        src, 0, min(len(src.key), blocks.body[0] + 600), first=True, figures=True
    )
    if dated is None and blocks.body[1] < blocks.end:  # above the signature (a school's, a team's plan)
        dated = header.place_and_date(src, blocks.body[1], blocks.end, figures=True)
        if dated is not None:
            if number is None:  # the header's text boxes written after the signature (a DOCX's)
                number, notes = _number_in_foot(src, numbers, blocks.body[1], blocks.end)
                diagnostics.extend(notes)
            diagnostics.append(
                Diagnostic(
                    code="date.issue_date_in_foot",
                    severity="info",
                    message="no place-and-date line in the header: the one above the signature is the "
                    "issue's",
                    span=src.span(*dated[2]),
                )
            )
    if dated is not None:
        place, issued_on, (a, b) = dated
        if issued_on is None:
            diagnostics.append(
                Diagnostic(
                    code="date.blank_issue_day",
                    severity="warning",
                    message="the place-and-date line has no day (a template or an unsigned copy)",
                    span=src.span(a, b),
                )
            )

    issuer = header.issuer_from_header(src, 0, header_end) if header_end else None
    if issuer is None:
        inferred = header.issuer_from_body(src, blocks.body[0], blocks.body[1])
        if inferred is not None:
            issuer, note = inferred
            diagnostics.append(note)
    if place is not None and issuer is not None and dated is not None:
        marked = header.place_as_in_issuer(place, issuer)
        if marked is not None:  # marks lost by OCR ("Sơn Tinh, ngày ..." under "HUYỆN ỦY SƠN TỊNH")
            diagnostics.append(
                Diagnostic(
                    code="place.marks_from_issuer",
                    severity="warning",
                    message=f"the place {place!r} read as {marked!r}, as the issuer's name writes it",
                    span=src.span(*dated[2]),
                )
            )
            place = marked

    doc_type = None
    if blocks.type_line is not None:
        type_name = src.key[slice(*blocks.type_line)]
        written = " ".join(type_name.lower().split())
        doc_type = _type_names().get(written)
        if doc_type is None and (doc_type := _type_names_unmarked().get(unmarked(written))) is not None:
            lost = f"the type line {type_name!r} read as {doc_type!r}: some of its marks were lost"
            line = src.span(*blocks.type_line)
            diagnostics.append(
                Diagnostic(code="layout.type_line_marks_lost", severity="warning", message=lost, span=line)
            )
        if not type_name.isupper():
            lower = f"the type line {type_name!r} is not in capitals (alone on its line)"
            line = src.span(*blocks.type_line)
            diagnostics.append(Diagnostic(code="layout.type_line_not_capitalised", message=lower, span=line))
    elif blocks.letter_summary is not None:
        doc_type = "Công văn"
    title = None
    if blocks.title:
        title = header.trim_title(" ".join(src.text[slice(*blocks.title)].split()), issuer) or None

    own = references.number_key(number) if number else None
    cited = references.references_in(src, header_end, blocks.end, exclude=own, numbers=numbers)
    refs: list[Reference] = cited.references
    diagnostics.extend(cited.diagnostics)

    level_issuer, level_number = _with_marks(issuer, number) if src.unaccented else (issuer, number)
    context = deadlines.DocumentContext(
        issued_on=issued_on,
        issuer=level_issuer,
        number=level_number,
        # a letter's addressees follow its summary (a plan's, its type line): a cover mail's before it bind
        # no one ("Kính gửi các tổ dân phố: Văn phòng gửi Kế hoạch ..." over a plan forwarded in its body)
        addressee_level=deadlines.addressee_level(
            src, _anchor_start(blocks), min(len(src.key), blocks.body[0] + 1500)
        ),
        citation_ends=tuple(f.end for f in numbers if f.start >= header_end),
        account=doc_type in load("doc_types")["accounts"]["types"],
        annex_from=blocks.annex,
    )
    deadline_list, notes = deadlines.read_deadlines(src, blocks.body[0], blocks.end, context)
    diagnostics.extend(notes)

    recipient_list = []
    if blocks.recipients is not None:
        recipient_list = recipients.read_recipients(src, *blocks.recipients)
    signer = None
    if blocks.signature is not None:
        signer = signature.read_signature(src, blocks.signature[0], blocks.signature[1])
    else:  # no mark: a head signing in their own name, near the end
        tail = max(blocks.body[0], blocks.end - 3000)
        signer = signature.read_unmarked_signature(src, tail, blocks.end)

    return Plan(
        doc_type=doc_type,
        number=number,
        issuer=issuer,
        place=place,
        issued_on=issued_on,
        title=title,
        references=refs,
        deadlines=deadline_list,
        recipients=recipient_list,
        signer=signer,
        diagnostics=diagnostics,
    )


def parse(text: str | bytes) -> Plan:
    """Parse one document.

    Never raises on a ``str`` under :data:`MAX_INPUT_CHARS`; bytes that do not decode
    raise :class:`vnplan.errors.DecodeError` naming the byte offset.
    """
    if isinstance(text, bytes):
        text = decode(text)
    if len(text) > MAX_INPUT_CHARS:
        raise InputTooLargeError(size=len(text), limit=MAX_INPUT_CHARS)
    return _parse_source(normalise(text))
