"""Layout that carries no meaning changes no value: each corpus document, rewritten with CRLF line
ends, blanks at the ends of its lines, indented lines, page breaks with their numbers, its
recipients' heading in capitals, in NFD or in the other tone-mark style, parses to the same values
as the document itself.

Spans move with the text, so values are compared, not spans: numbers by their canonical form, text
values with white space collapsed and under one tone-mark style (a value is kept as written).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

import vnplan
from vnplan.models import Plan
from vnplan.normalise import fold_line_ends, fold_tones, normalise

DOCS = sorted((Path(__file__).resolve().parent / "fixtures" / "corpus" / "docs").glob("*.txt"))

# The old tone-mark style: the reverse of what normalise folds (hóa -> hoá, ủy -> uỷ), at a syllable's end.
_NEW_TO_OLD = {"óa": "oá", "òa": "oà", "ỏa": "oả", "õa": "oã", "ọa": "oạ", "úy": "uý", "ùy": "uỳ", "ủy": "uỷ"}
_NEW_STYLE_RE = regex.compile(r"(?:" + "|".join(_NEW_TO_OLD) + r")(?!\p{L})")


def _with_page_numbers(text: str) -> str:
    """A page break and its number after every 40th line, as PDF text has them, mid-sentence too."""
    lines = text.split("\n")
    return "\n".join(
        f"{line}\n\x0c{i // 40 + 1}" if i and i % 40 == 0 else line for i, line in enumerate(lines)
    )


REWRITES: dict[str, Callable[[str], str]] = {
    "crlf": lambda text: text.replace("\n", "\r\n"),
    "blanks at line ends": lambda text: text.replace("\n", "  \n"),
    "indented lines": lambda text: text.replace("\n", "\n   "),
    "nfd": lambda text: unicodedata.normalize("NFD", text),
    "old tone style": lambda text: _NEW_STYLE_RE.sub(lambda m: _NEW_TO_OLD[m.group()], text),
    "page numbers": _with_page_numbers,
    "recipients heading in capitals": lambda text: text.replace("Nơi nhận:", "NƠI NHẬN:"),
}


def _same(text: str | None) -> str | None:
    return None if text is None else fold_tones(" ".join(text.split()))


def values(plan: Plan) -> dict[str, Any]:
    """What a plan says, without where it says it."""
    signer = plan.signer
    return {
        "doc_type": plan.doc_type,
        "number": plan.number.canonical if plan.number else None,
        "issuer": _same(plan.issuer.name) if plan.issuer else None,
        "place": _same(plan.place),
        "issued_on": plan.issued_on,
        "title": _same(plan.title),
        "references": [
            (r.doc_type, r.number.canonical if r.number else None, r.issued_on, _same(r.issuer))
            for r in plan.references
        ],
        "deadlines": [
            (d.level, _same(d.level_text), _same(d.task), d.relation, d.due.start, d.due.end)
            for d in plan.deadlines
        ],
        "recipients": [(_same(r.name), _same(r.note), r.is_archive) for r in plan.recipients],
        "signer": None
        if signer is None
        else (signer.mode, _same(signer.authority), _same(signer.position), _same(signer.name)),
    }


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("a\nb", "a\nb"),
        ("a  \nb", "a\n  b"),  # blanks at a line's end
        ("a\r\nb", "a\n b"),  # CRLF: the CR is blanked, then moved
        ("a \n \n b", "a\n\n   b"),  # a blank line holding a blank
        ("a\n  \n\nb", "a\n\n\n  b"),
        ("  \n", "\n  "),
        ("a  ", "a  "),  # no line break after the blanks: nothing to move
        ("Số 62  \n\tKH", "Số 62\n   KH"),  # a tab is a blank
    ],
)
def test_the_key_has_no_blank_before_a_line_break(text: str, key: str) -> None:
    assert fold_line_ends(normalise(text).text) == key


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Kế hoạch số\n\n541/KH ngày\n\n27/6/2022.", "Kế hoạch số\n 541/KH ngày\n 27/6/2022."),
        ("triển khai tuyên truyền\n\ntừ 20/4 đến 7/5", "triển khai tuyên truyền\n từ 20/4 đến 7/5"),
        ("tham gia chuyến,\n\ntham quan", "tham gia chuyến,\n tham quan"),
        ("hoàn thành.\n\ntrước ngày 5/6", "hoàn thành.\n\ntrước ngày 5/6"),  # a stop ends the paragraph
        ("KẾ HOẠCH\n\nsơ kết 5 năm", "KẾ HOẠCH\n\nsơ kết 5 năm"),  # a heading in capitals
        ("như sau\n\nCăn cứ Luật", "như sau\n\nCăn cứ Luật"),  # a capital opens a paragraph
        ("như sau\n\na) Tổ chức", "như sau\n\na) Tổ chức"),  # list items
        ("như sau\n\nii. Nội dung", "như sau\n\nii. Nội dung"),
        ("như sau\n\n2. Tiến độ", "như sau\n\n2. Tiến độ"),
        ("như sau\n\n1.2) Cấp tỉnh", "như sau\n\n1.2) Cấp tỉnh"),
        ("chuyến\n\n\ntham quan", "chuyến\n\n\ntham quan"),  # two blank lines
        ("chuyến  \n  \n  tham quan", "chuyến\n" + " " * 7 + "tham quan"),  # blanks around: folded first
    ],
)
def test_a_blank_line_inside_a_sentence_is_a_line_break_in_the_key(text: str, key: str) -> None:
    assert normalise(text).key == key


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("các ban,\n\x0c2\nvăn phòng", "các ban,\n   văn phòng"),  # the page number's line goes
        ("các ban,\r\n\x0c2\r\nvăn phòng", "các ban, \n    văn phòng"),  # CRLF
        ("các ban,\n\x0c - 12 - \nvăn phòng", "các ban,\n" + " " * 10 + "văn phòng"),
        ("hết trang\x0c3\ntrang sau", "hết trang\n \ntrang sau"),  # a break in a line: it stays a break
        ("mục 1\n\x0c4. Nội dung", "mục 1\n\n4. Nội dung"),  # a numbered heading after the break stays
        ("năm\n\x0c2024\n", "năm\n\n2024\n"),  # four digits: no page number
        ("cuối\n\x0c7", "cuối\n  "),
    ],
)
def test_page_numbers_after_a_page_break_are_blanked(raw: str, text: str) -> None:
    assert normalise(raw).text == text


def _moved_by_pattern(text: str) -> str:
    """What fold_line_ends does, said with one substitution (the slow way: it stops at every blank)."""

    def breaks_then_blanks(m: regex.Match[str]) -> str:
        run = m.group()
        return "\n" * run.count("\n") + " " * (len(run) - run.count("\n"))

    return regex.sub(r" ++\n(?: *+\n)*+", breaks_then_blanks, text)


@given(st.text(st.sampled_from(" \na"), max_size=40))
def test_fold_line_ends_is_the_substitution(text: str) -> None:
    assert fold_line_ends(text) == _moved_by_pattern(text)


@given(st.text(st.sampled_from(" \t\r\n\u00a0ab")))
def test_moving_blanks_keeps_the_length_and_the_words(text: str) -> None:
    source = normalise(text)
    assert len(source.key) == len(source.text)
    assert " \n" not in source.key
    assert source.key.split() == source.text.split()
    assert fold_line_ends(source.text).count("\n") == source.text.count("\n")


def test_the_rewrites_change_the_text() -> None:
    text = "Tỉnh ủy Quảng Trị: hòa\nTổng kết\nNơi nhận:\n" * 30
    assert all(rewrite(text) != text for rewrite in REWRITES.values())


@pytest.mark.parametrize("rewrite", sorted(REWRITES))
@pytest.mark.parametrize("doc", DOCS, ids=[d.stem for d in DOCS])
def test_layout_changes_no_value(doc: Path, rewrite: str) -> None:
    text = doc.read_text(encoding="utf-8")
    expected = values(vnplan.parse(text))
    got = values(vnplan.parse(REWRITES[rewrite](text)))
    assert got == expected
