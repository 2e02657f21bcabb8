"""Property: ``parse`` never fails on any input, answers the same twice, and keeps spans inside the text.

Three sources of input, each with the budget of the loaded Hypothesis profile (``tests/conftest.py``:
150 examples in CI, derandomised; ``HYPOTHESIS_PROFILE=long`` for a fuzzing campaign):

* arbitrary text, biased towards what the parser reacts to (Vietnamese letters, combining marks,
  digits and ``/-.:``, line breaks, control characters, and the words of a plan's skeleton);
* corpus documents mutated as a crawler or a converter damages them: lines dropped, duplicated and
  shuffled, junk and control characters inserted, NFD, tone marks moved, truncation;
* arbitrary bytes, which either parse or raise :class:`vnplan.errors.DecodeError` with a valid offset.
"""

from __future__ import annotations

import codecs
import random
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st
from pydantic import BaseModel

import vnplan
from vnplan.api import decode
from vnplan.errors import DecodeError, VnplanError
from vnplan.models import Plan, Span

DOCS = sorted((Path(__file__).resolve().parent.parent / "fixtures" / "corpus" / "docs").glob("*.txt"))
TEXTS = {d.stem: d.read_text(encoding="utf-8") for d in DOCS}

# ----------------------------------------------------------------------------------------------------
# What every result must satisfy.


def spans_of(value: object, where: str = "plan") -> Iterator[tuple[str, Span]]:
    """Every :class:`Span` anywhere in a result, named by its path (new fields are covered too)."""
    if isinstance(value, Span):
        yield where, value
    elif isinstance(value, BaseModel):
        for name in type(value).model_fields:
            yield from spans_of(getattr(value, name), f"{where}.{name}")
    elif isinstance(value, list | tuple):
        for i, item in enumerate(value):
            yield from spans_of(item, f"{where}[{i}]")


def check_plan(plan: Plan, text: str) -> None:
    """The result is a Plan whose every span is a range of ``text``."""
    assert isinstance(plan, Plan)
    for where, span in spans_of(plan):
        assert 0 <= span.start <= span.end <= len(text), f"{where} = {span} outside a text of {len(text)}"


def check_parse(text: str) -> None:
    """``parse`` does not raise, reads the same text the same way twice, and stays inside it."""
    first = vnplan.parse(text)
    check_plan(first, text)
    again = vnplan.parse(text)
    assert again.model_dump() == first.model_dump(), "the same input parsed twice gave two results"


def test_span_walker_finds_nested_spans() -> None:
    """The checker above is only as good as its walk: it must reach spans inside lists of models."""
    plan = vnplan.parse("Số 62-KH/TU\nKẾ HOẠCH\nTổng kết\nCăn cứ Nghị quyết số 11-NQ/TU ngày 20/7/2008.\n")
    paths = [where for where, _ in spans_of(plan)]
    assert "plan.number.span" in paths
    assert any(p.startswith("plan.references[0].mentions[") for p in paths), paths


# ----------------------------------------------------------------------------------------------------
# (a) Arbitrary text.

VIETNAMESE = "aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"
COMBINING = "\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b"  # the five tones, circumflex, breve, horn
CONTROLS = "\x00\x07\x08\x0b\x0c\x1b\x7f\x85\u200b\u200e\ufeff\u2028"
SKELETON = [
    "Số", "Số:", "KẾ HOẠCH", "Kế hoạch", "V/v", "Về việc", "Kính gửi:", "Nơi nhận:", "Như trên;", "Lưu VT",
    "T/M", "KT.", "TL.", "TUQ.", "Q.", "BAN THƯỜNG VỤ", "CHỦ TỊCH", "TỈNH UỶ", "UBND", "ngày", "tháng",
    "năm", "quý", "trước", "chậm nhất", "từ", "đến", "hằng", "Căn cứ", "Nghị quyết", "Cấp huyện:",
    "cấp cơ sở", "62-KH/TU", "15/KH-UBND", "30/2020/NĐ-CP", "19046/BTC-TCHQ", "/", "-", ".", ":", "(", ")",
    "“", "”", '"', "I.", "1.", "a)", "-", "**", "|", "##", "<br>", "\n", "\n\n", "\t", " ",
]  # fmt: skip

CHARACTERS = (
    st.characters(exclude_categories=["Cs"])
    | st.sampled_from(VIETNAMESE + VIETNAMESE.upper() + "Đ")
    | st.sampled_from(COMBINING + CONTROLS)
    | st.sampled_from("0123456789/-.: \n")
)
ARBITRARY_TEXT = st.text(CHARACTERS, max_size=400)
SOUP_WORD = st.sampled_from(SKELETON) | st.integers(0, 10**6).map(str) | st.text(CHARACTERS, max_size=6)
SOUP_GAP = st.sampled_from([" ", "", "\n", ", ", ": ", "/", "\n\n"])
WORD_SOUP = st.lists(st.tuples(SOUP_WORD, SOUP_GAP), max_size=80).map(
    lambda pairs: "".join(word + gap for word, gap in pairs)
)


@given(ARBITRARY_TEXT)
def test_arbitrary_text_parses(text: str) -> None:
    check_parse(text)


@given(WORD_SOUP)
def test_soup_of_plan_words_parses(text: str) -> None:
    check_parse(text)


# A program's string escapes and their look-alikes, among a plan's letters: the escapes' reader runs on such
# text (three escaped line breaks or code points at least) and must take any backslash ("\\T" was a crash).
ESCAPE_SOUP = st.lists(
    st.sampled_from(["\\n", "\\t", "\\u1ea1", "\\U1EA1", "\\ud83d", "\\udc4d", "\\", '"', "\\T", "\\N"])
    | st.sampled_from(SKELETON)
    | st.text(CHARACTERS, max_size=4),
    max_size=60,
).map("".join)


@given(ESCAPE_SOUP)
def test_a_soup_of_escapes_parses(text: str) -> None:
    check_parse(text)


# ----------------------------------------------------------------------------------------------------
# (b) Corpus documents, damaged.

_NEW_TO_OLD = {
    new: old
    for old, new in {
        "oá": "óa", "oà": "òa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
        "oé": "óe", "oè": "òe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
        "uý": "úy", "uỳ": "ùy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy",
    }.items()
}  # fmt: skip
_TONE_SWAP = {**_NEW_TO_OLD, **{old: new for new, old in _NEW_TO_OLD.items()}}
_TONE_SWAP_RE = regex.compile("|".join(map(regex.escape, _TONE_SWAP)))

JUNK = (
    st.sampled_from(
        [
            *CONTROLS,
            "**",
            "|",
            "<br>",
            "\t",
            "\r\n",
            "Ð",
            "–",
            "## ",
            "\u00a0",
            "\ufffd",
            "�",
            "&amp;",
            "&#7871;",
            "&nbsp;",
        ]
    )
    | st.sampled_from(SKELETON)
    | st.text(CHARACTERS, max_size=12)
)


def move_tones(text: str) -> str:
    """Old and new tone placement swapped both ways: ``hoá`` ↔ ``hóa``, ``uỷ`` ↔ ``ủy``."""
    return _TONE_SWAP_RE.sub(lambda m: _TONE_SWAP[m.group()], text)


Mutation = Callable[[list[str], random.Random], list[str]]


def _drop(lines: list[str], rnd: random.Random) -> list[str]:
    return [line for line in lines if rnd.random() > 0.25]


def _duplicate(lines: list[str], rnd: random.Random) -> list[str]:
    return [copy for line in lines for copy in ([line, line] if rnd.random() < 0.2 else [line])]


def _shuffle(lines: list[str], rnd: random.Random) -> list[str]:
    if len(lines) < 2:
        return lines
    a = rnd.randrange(len(lines))
    b = rnd.randrange(a, len(lines)) + 1
    middle = lines[a:b]
    rnd.shuffle(middle)
    return lines[:a] + middle + lines[b:]


def _misread(lines: list[str], rnd: random.Random) -> list[str]:
    """Some lines saved as UTF-8 and opened as Windows-1252 (mojibake), as a converter does to part of a
    file: "Káº¿ hoáº¡ch"."""
    return [as_windows_1252(line) if rnd.random() < 0.5 else line for line in lines]


def as_windows_1252(text: str) -> str:
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in text.encode("utf-8"))


LINE_MUTATIONS: dict[str, Mutation] = {
    "drop": _drop,
    "duplicate": _duplicate,
    "shuffle": _shuffle,
    "misread": _misread,
}


@st.composite
def damaged_documents(draw: st.DrawFn) -> str:
    """A corpus document after a random series of the damages a crawler and a converter do."""
    text = TEXTS[draw(st.sampled_from(sorted(TEXTS)))]
    rnd = random.Random(draw(st.integers(0, 2**32 - 1)))
    lines = text.splitlines(keepends=True)
    for name in draw(st.lists(st.sampled_from(sorted(LINE_MUTATIONS)), max_size=3)):
        lines = LINE_MUTATIONS[name](lines, rnd)
    text = "".join(lines)
    for _ in range(draw(st.integers(0, 8))):
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(JUNK) + text[at:]
    if draw(st.booleans()):
        text = move_tones(text)
    if draw(st.booleans()):
        text = unicodedata.normalize("NFD", text)
    if draw(st.booleans()):
        text = text[: draw(st.integers(0, len(text)))]
    return text


def test_damage_does_damage() -> None:
    """The mutations change what they say they change (a mutation that does nothing tests nothing)."""
    assert move_tones("Thành uỷ, hóa") == "Thành ủy, hoá"
    rnd = random.Random(0)
    lines = [f"{i}\n" for i in range(200)]
    assert len(_drop(lines, rnd)) < 200
    assert len(_duplicate(lines, rnd)) > 200
    assert sorted(_shuffle(lines, rnd)) == sorted(lines)
    assert "Káº¿ hoáº¡ch\n" in _misread(["Kế hoạch\n"] * 20, rnd)


@given(damaged_documents())
def test_damaged_corpus_documents_parse(text: str) -> None:
    check_parse(text)


# ----------------------------------------------------------------------------------------------------
# (c) Bytes.

BOMS = st.sampled_from([b"", codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE])


@st.composite
def corrupted_corpus_bytes(draw: st.DrawFn) -> bytes:
    """A corpus document in one of the accepted encodings, cut somewhere, with a few bytes replaced."""
    text = TEXTS[draw(st.sampled_from(sorted(TEXTS)))][: draw(st.integers(0, 3000))]
    data = bytearray(text.encode(draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-be"]))))
    for _ in range(draw(st.integers(0, 3))):
        if data:
            data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
    return bytes(data)


def check_bytes(data: bytes) -> None:
    """Bytes parse like the text they decode to, or fail with a DecodeError pointing into them."""
    try:
        plan = vnplan.parse(data)
    except DecodeError as exc:
        assert isinstance(exc, VnplanError)
        offset = exc.offset
        assert 0 <= offset < len(data), f"offset {offset} is not an index of {len(data)} bytes"
        assert f"byte offset {offset}" in str(exc)
        decode(data[:offset])  # everything before the offset is text...
        for cut in range(offset + 1, min(len(data), offset + 4) + 1):  # ...and the bad bytes start there
            with pytest.raises(DecodeError):
                decode(data[:cut])
        return
    text = decode(data)
    check_plan(plan, text)
    assert plan.model_dump() == vnplan.parse(text).model_dump()


@given(BOMS, st.binary(max_size=400))
def test_arbitrary_bytes_parse_or_raise_decode_error(bom: bytes, data: bytes) -> None:
    check_bytes(bom + data)


@given(corrupted_corpus_bytes())
def test_corrupted_corpus_bytes_parse_or_raise_decode_error(data: bytes) -> None:
    check_bytes(data)


def test_first_bad_byte_is_the_offset() -> None:
    """The UTF-8 offset is the first byte no decoder accepts, after a valid prefix."""
    good = "Kế hoạch số 62-KH/TU".encode()
    with pytest.raises(DecodeError) as caught:
        vnplan.parse(good + b"\xff" + good)
    assert caught.value.offset == len(good)
