"""``FoldedPattern``: phrases found through the case fold with ``re`` are the ``regex`` pattern's own.

The properties its correctness argument rests on are checked over the whole of Unicode, for every
phrase vocabulary vnplan searches this way; then searches with bounds are compared with the
pattern's own on a table of texts and on the corpus.
"""

from __future__ import annotations

import functools
import re
import sys
from pathlib import Path

import pytest
import regex

from vnplan import deadlines, references
from vnplan.folded import FoldedPattern
from vnplan.lexicon import load
from vnplan.normalise import normalise


def _phrases() -> list[str]:
    """Every phrase vnplan finds through the case fold."""
    table = load("deadlines")
    return [
        *(form for forms in load("doc_types")["names"].values() for form in forms),
        *load("references")["issuer_ends"],
        *(p for ps in table["levels"].values() for p in ps),
        *(p for ps in table["cues"].values() for p in ps),
    ]


def _patterns() -> list[FoldedPattern]:
    """Every ``FoldedPattern`` of vnplan."""
    return [
        references._type_words(),
        references._issuer_end_re(),
        deadlines._level_words().vocabulary,
        *(deadlines._cue(kind) for kind in load("deadlines")["cues"]),
    ]


@functools.cache
def _every_character() -> str:
    return "".join(chr(i) for i in range(sys.maxunicode + 1) if not 0xD800 <= i < 0xE000)


def test_every_letter_the_pattern_takes_folds_to_it() -> None:
    """Every character the case-insensitive ``regex`` takes for a letter of a phrase folds to that
    letter, but "İ" (whose fold is two characters: a text holding it is searched whole)."""
    every = _every_character()
    letters = sorted({c for p in _phrases() for c in p.casefold() if not c.isspace()})
    odd = {
        (c, x) for c in letters for x in regex.findall("(?i)" + regex.escape(c), every) if x.casefold() != c
    }
    assert odd == {("i", "İ")}
    assert len("İ".casefold()) == 2


def test_every_white_space_the_pattern_takes_folds_to_one_for_re() -> None:
    every = _every_character()
    spaces = regex.findall(r"\s", every)
    assert spaces and all(re.fullmatch(r"\s", x.casefold()) for x in spaces)


def test_no_character_folds_to_nothing() -> None:
    """So a fold as long as its text folds each character to one: offsets are the text's."""
    assert all(c.casefold() for c in _every_character())


@pytest.mark.parametrize("words", _patterns())
def test_a_candidate_is_a_phrase_start_not_any_letter(words: FoldedPattern) -> None:
    assert words.folded.search("x" * 50) is None


TEXTS = [
    "Căn cứ NGHỊ QUYẾT số 1; Kế  hoạch\nliên tịch số 2 của Ban Thường vụ VỀ việc",
    "İ Kế hoạch số 3 của ſở Y tế tại \u212aết luận số 4",
    "Straße Quyết định số 5 của Sở, ban hành ngày 1/1/2020",
    "Thông tư liên tịchx số 6 của UBND tỉnh theo đề nghị\nĐiều 1",
    "Các cơ quan, đơn vị báo cáo kết quả về Sở Nội vụ, gửi về UBND tỉnh trước ngày 15/12",
    "CẤP HUYỆN, THỊ, THÀNH ỦY: hoàn thành; ĐỀ NGHỊ các tỉnh, thành đoàn GỬI VỀ",
    "cấphuyện cấp  huyện\nchi\tbộ xã,phường, thị trấn xã, phường, thị trấn",
    "İ cấp tỉnh GİAO",  # folds to "i" and a combining dot: searched whole
    "Straße ﬁ cấp tỉnh giao",  # folds to more characters: searched whole
    "ſở các ſở các sở",
    "cấp\x1ctỉnh cấp\u3000tỉnh cấp\x85huyện Cấp Tỉnh CẤP  TỈNH đảng ủy khối ĐẢNG ỦY KHỐI",
    "xgửi gửix gửi\u0307 gửi.vềgửi về\n\nbáo cáo(báo cáo)",
    "",
]


def _same(found: regex.Match[str] | None, expected: regex.Match[str] | None) -> bool:
    return (found and found.span()) == (expected and expected.span())


@pytest.mark.parametrize("text", TEXTS)
def test_bounded_searches_are_the_pattern_searches(text: str) -> None:
    """``search``, ``finditer`` and ``last`` between any bounds are those of the pattern's own scans."""
    for words in _patterns():
        pattern = words.pattern
        for start in range(len(text) + 1):
            for end in range(start, len(text) + 1, 3):
                every = list(pattern.finditer(text, start, end))
                assert _same(words.search(text, start, end), pattern.search(text, start, end))
                assert [m.span() for m in words.finditer(text, start, end)] == [m.span() for m in every]
                assert _same(words.last(text, start, end), every[-1] if every else None)
            assert [m.span() for m in words.finditer(text[start:])] == [
                m.span() for m in pattern.finditer(text[start:])
            ]


def test_searches_are_the_pattern_searches_on_the_corpus() -> None:
    docs = Path(__file__).parent / "fixtures" / "corpus" / "docs"
    for path in sorted(docs.glob("*.txt"))[:12]:
        key = normalise(path.read_text(encoding="utf-8")).key
        for words in _patterns():
            pattern = words.pattern
            for at in range(0, len(key), 150):
                end = min(len(key), at + 300)
                assert _same(words.search(key, at, end), pattern.search(key, at, end))
                every = list(pattern.finditer(key, at, end))
                assert _same(words.last(key, at, end), every[-1] if every else None)
            assert [m.span() for m in words.finditer(key)] == [m.span() for m in pattern.finditer(key)]
