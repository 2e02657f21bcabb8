"""Property: every span of a Plan lies inside the original text and points where the value was read.

On the corpus as found, each span is checked against its value; on Hypothesis-mutated corpus
documents (NFD, lines dropped, conversion debris inserted) ``parse`` must not raise and every
span must stay inside the text.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import vnplan
from vnplan.dates import find_dates, parse_date
from vnplan.docnumber import parse_number
from vnplan.models import DocNumber, Plan, Span
from vnplan.normalise import normalise
from vnplan.references import number_key

DOCS = sorted((Path(__file__).resolve().parent.parent / "fixtures" / "corpus" / "docs").glob("*.txt"))
TEXTS = {d.stem: d.read_text(encoding="utf-8") for d in DOCS}


def all_spans(plan: Plan) -> Iterator[tuple[str, Span]]:
    """Every span of a plan, named by where it sits."""
    if plan.number is not None and plan.number.span is not None:
        yield "number", plan.number.span
    if plan.issuer is not None and plan.issuer.span is not None:
        yield "issuer", plan.issuer.span
    for i, ref in enumerate(plan.references):
        if ref.number is not None and ref.number.span is not None:
            yield f"references[{i}].number", ref.number.span
        for j, span in enumerate(ref.mentions):
            yield f"references[{i}].mentions[{j}]", span
    for i, deadline in enumerate(plan.deadlines):
        if deadline.span is not None:
            yield f"deadlines[{i}]", deadline.span
    for i, recipient in enumerate(plan.recipients):
        if recipient.span is not None:
            yield f"recipients[{i}]", recipient.span
    if plan.signer is not None and plan.signer.span is not None:
        yield "signer", plan.signer.span
    for i, diagnostic in enumerate(plan.diagnostics):
        if diagnostic.span is not None:
            yield f"diagnostics[{i}]", diagnostic.span


def assert_inside(plan: Plan, text: str) -> None:
    for where, span in all_spans(plan):
        assert 0 <= span.start <= span.end <= len(text), f"{where} {span} outside a text of {len(text)}"


def _folded(piece: str) -> str:
    """A slice of the original as the parser reads it (NFC, debris blanked), without white space."""
    return "".join(normalise(piece).text.split())


def _same_document(cited: DocNumber, mention: DocNumber | None) -> bool:
    """The merge rule of references: same key, or the same number written with and without its year."""
    if mention is None:
        return False
    if number_key(mention) == number_key(cited):
        return True
    return (
        (cited.year is None or mention.year is None)
        and cited.serial.lstrip("0") == mention.serial.lstrip("0")
        and cited.type_code == mention.type_code
        and (cited.issuer_code or "").upper() == (mention.issuer_code or "").upper()
    )


FORMS = [(stem, nfd) for stem in sorted(TEXTS) for nfd in (False, True)]


@pytest.fixture(
    scope="module", params=FORMS, ids=[f"{stem}-{'nfd' if nfd else 'as-found'}" for stem, nfd in FORMS]
)
def parsed(request: pytest.FixtureRequest) -> tuple[str, Plan]:
    """A corpus document as found, and in NFD (offsets then differ from the normalised text)."""
    stem, nfd = request.param
    text = unicodedata.normalize("NFD", TEXTS[stem]) if nfd else TEXTS[stem]
    return text, vnplan.parse(text)


def test_corpus_is_there() -> None:
    assert len(TEXTS) >= 30


def test_spans_inside_the_text(parsed: tuple[str, Plan]) -> None:
    text, plan = parsed
    assert_inside(plan, text)


def test_number_span_is_the_raw_number(parsed: tuple[str, Plan]) -> None:
    text, plan = parsed
    if plan.number is None or plan.number.span is None:
        pytest.skip("no number with a span")
    span = plan.number.span
    assert _folded(text[span.start : span.end]) == "".join(plan.number.raw.split())


def test_issuer_span_holds_the_name(parsed: tuple[str, Plan]) -> None:
    text, plan = parsed
    if plan.issuer is None or plan.issuer.span is None or plan.issuer.inferred:
        pytest.skip("no issuer read from the header")
    piece = " ".join(normalise(text[plan.issuer.span.start : plan.issuer.span.end]).text.split())
    words = plan.issuer.name.split()
    assert piece.startswith(words[0])
    assert piece.endswith(words[-1])


def test_reference_mentions_parse_to_the_reference(parsed: tuple[str, Plan]) -> None:
    text, plan = parsed
    for ref in plan.references:
        if ref.number is None:
            continue
        for span in ref.mentions:
            piece = text[span.start : span.end]
            assert _same_document(ref.number, parse_number(piece)), (piece, ref.number.canonical)


def test_deadline_span_reads_as_its_due_date(parsed: tuple[str, Plan]) -> None:
    text, plan = parsed
    for deadline in plan.deadlines:
        assert deadline.span is not None
        piece = text[deadline.span.start : deadline.span.end]
        readings = {parse_date(piece, ref=plan.issued_on)}
        readings |= {m.period for m in find_dates(piece, ref=plan.issued_on)}
        assert deadline.due in readings, (piece, deadline.due)


def test_recipient_span_holds_its_first_word(parsed: tuple[str, Plan]) -> None:
    text, plan = parsed
    for recipient in plan.recipients:
        assert recipient.span is not None
        piece = normalise(text[recipient.span.start : recipient.span.end]).text
        assert recipient.name.split()[0] in piece, (piece, recipient.name)


def test_signer_span_holds_the_name(parsed: tuple[str, Plan]) -> None:
    text, plan = parsed
    if plan.signer is None or plan.signer.name is None:
        pytest.skip("no signer name")
    assert plan.signer.span is not None
    piece = " ".join(normalise(text[plan.signer.span.start : plan.signer.span.end]).text.split())
    assert piece.endswith(plan.signer.name)


DEBRIS = ["**", "|", "\x0c", "<br>", "\t", "\r\n", "Ð", "–", "## ", "\u00a0"]
FRAGMENTS = ["Số: ", "ngày 32/13/2025", "T/M", "Lưu", "Nơi nhận:", "12-KH/TU", "trước ngày 30/11"]
JUNK = st.sampled_from(DEBRIS + FRAGMENTS) | st.text(max_size=12)


@st.composite
def mutated(draw: st.DrawFn) -> str:
    """A corpus document, maybe in NFD, with lines dropped and debris inserted."""
    text = TEXTS[draw(st.sampled_from(sorted(TEXTS)))]
    lines = text.splitlines(keepends=True)
    if lines:
        dropped = draw(st.sets(st.integers(0, len(lines) - 1), max_size=max(1, len(lines) // 4)))
        lines = [line for i, line in enumerate(lines) if i not in dropped]
    text = "".join(lines)
    for _ in range(draw(st.integers(0, 6))):
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(JUNK) + text[at:]
    if draw(st.booleans()):
        text = unicodedata.normalize("NFD", text)
    return text


@settings(max_examples=60, deadline=None)
@given(mutated())
def test_mutated_documents_parse_with_spans_inside(text: str) -> None:
    plan = vnplan.parse(text)
    assert_inside(plan, text)


def _values(data: object) -> object:
    """A dumped plan without its offsets, every string in NFC."""
    if isinstance(data, dict):
        return {k: _values(v) for k, v in data.items() if k not in ("span", "mentions")}
    if isinstance(data, list):
        return [_values(v) for v in data]
    return unicodedata.normalize("NFC", data) if isinstance(data, str) else data


@pytest.mark.parametrize("stem", sorted(TEXTS))
def test_nfd_input_reads_the_same_values(stem: str) -> None:
    text = TEXTS[stem]
    as_found = vnplan.parse(text).model_dump(mode="json")
    decomposed = vnplan.parse(unicodedata.normalize("NFD", text)).model_dump(mode="json")
    assert _values(decomposed) == _values(as_found)
