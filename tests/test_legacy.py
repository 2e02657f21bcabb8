"""Legacy 8-bit Vietnamese (TCVN3, VNI): detection, conversion, offsets, and the normalise integration.

The phrases below are written by hand from the code charts, independently of the
tables in ``src/vnplan/lexicon/legacy_*.toml``.

Characters the legacy encodings cannot represent (the round trips replace them
with ``?`` on both sides): anything outside Windows-1252 that is not a Vietnamese
letter (e.g. "→", "●", "Ð"-like lookalikes outside 1252, private-use symbols),
and the Latin-1 letters whose byte a Vietnamese letter takes (TCVN3: "©", "®",
"µ", "Õ"...; VNI: "ø", "ù", "ô"...). TCVN3 also loses the case of upper-case
toned letters outside all-capital words ("Ủy" comes back as "ủy").
"""

from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

import vnplan
from vnplan.legacy import (
    ENCODINGS,
    Encoding,
    _convert_line,
    convert_legacy,
    detect_legacy,
    encode_legacy,
    syllable_score,
)
from vnplan.lexicon import load
from vnplan.normalise import normalise

DOCS = sorted((Path(__file__).parent / "fixtures" / "corpus" / "docs").glob("*.txt"))

PHRASES: list[tuple[str, Encoding, str]] = [
    # TCVN3 (ABC): one byte per toned vowel; no upper-case toned letters
    ("QuyÕt ®Þnh", "tcvn3", "Quyết định"),
    ("§éc lËp - Tù do - H¹nh phóc", "tcvn3", "Độc lập - Tự do - Hạnh phúc"),
    ("Uû ban nh©n d©n", "tcvn3", "Uỷ ban nhân dân"),
    ("KÕ ho¹ch tæng kÕt", "tcvn3", "Kế hoạch tổng kết"),
    ("Céng hoµ x· héi chñ nghÜa ViÖt Nam", "tcvn3", "Cộng hoà xã hội chủ nghĩa Việt Nam"),
    ("N¬i nhËn:", "tcvn3", "Nơi nhận:"),
    ("Hµ Néi, ngµy 07 th¸ng 9 n¨m 2017", "tcvn3", "Hà Nội, ngày 07 tháng 9 năm 2017"),
    ("Ban Th\xadêng vô TØnh ñy", "tcvn3", "Ban Thường vụ Tỉnh ủy"),
    ("§¶ng bé tØnh", "tcvn3", "Đảng bộ tỉnh"),
    ("tr\xadíc ngµy 15 th¸ng 10 n¨m 2017", "tcvn3", "trước ngày 15 tháng 10 năm 2017"),
    ("Ban ChÊp hµnh Trung \xad¬ng", "tcvn3", "Ban Chấp hành Trung ương"),
    ("§¶NG CéNG S¶N VIÖT NAM", "tcvn3", "ĐẢNG CỘNG SẢN VIỆT NAM"),
    ("TØNH Uû QU¶NG TRÞ", "tcvn3", "TỈNH UỶ QUẢNG TRỊ"),
    ("KÕ HO¹CH", "tcvn3", "KẾ HOẠCH"),
    ("T/M BAN TH¦êNG Vô", "tcvn3", "T/M BAN THƯỜNG VỤ"),
    ("PHã BÝ TH¦", "tcvn3", "PHÓ BÍ THƯ"),
    ("Sè 62-KH/TU, ngµy 20/7/2008 cña TØnh ñy", "tcvn3", "Số 62-KH/TU, ngày 20/7/2008 của Tỉnh ủy"),
    ("“KÕ ho¹ch” vÒ viÖc", "tcvn3", "“Kế hoạch” về việc"),
    # VNI: base letter + mark byte; upper-case forms use the upper-case glyphs
    ("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "vni", "Cộng hòa xã hội chủ nghĩa Việt Nam"),
    ("Ñoäc laäp - Töï do - Haïnh phuùc", "vni", "Độc lập - Tự do - Hạnh phúc"),
    ("Keá hoaïch toång keát", "vni", "Kế hoạch tổng kết"),
    ("KEÁ HOAÏCH", "vni", "KẾ HOẠCH"),
    ("ÑAÛNG COÄNG SAÛN VIEÄT NAM", "vni", "ĐẢNG CỘNG SẢN VIỆT NAM"),
    ("COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM", "vni", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("Quyeát ñònh", "vni", "Quyết định"),
    ("Nôi nhaän:", "vni", "Nơi nhận:"),
    ("Haø Noäi, ngaøy 07 thaùng 9 naêm 2017", "vni", "Hà Nội, ngày 07 tháng 9 năm 2017"),
    ("T/M BAN THÖÔØNG VUÏ", "vni", "T/M BAN THƯỜNG VỤ"),
    ("Tröôùc ngaøy 15 thaùng 10", "vni", "Trước ngày 15 tháng 10"),
    ("UÛy ban nhaân daân", "vni", "Ủy ban nhân dân"),
    ("Ban Chaáp haønh Trung öông", "vni", "Ban Chấp hành Trung ương"),
    ("Ñaûng boä tænh", "vni", "Đảng bộ tỉnh"),
    ("Ngöôøi kyù", "vni", "Người ký"),
    ("khoâng ñöôïc", "vni", "không được"),
    ("TÆNH UÛY QUAÛNG TRÒ", "vni", "TỈNH ỦY QUẢNG TRỊ"),
    ("PHOÙ BÍ THÖ", "vni", "PHÓ BÍ THƯ"),
    ("Saên soùc, ôû, ñaëc bieät", "vni", "Săn sóc, ở, đặc biệt"),
]


def _ids(case: tuple[str, Encoding, str]) -> str:
    return f"{case[1]}:{case[2]}"


@pytest.mark.parametrize("case", PHRASES, ids=_ids)
def test_phrase_from_mojibake_string(case: tuple[str, Encoding, str]) -> None:
    legacy, encoding, expected = case
    result = convert_legacy(legacy)
    assert (result.text, result.encoding) == (expected, encoding)
    assert detect_legacy(legacy) == encoding
    assert result.diagnostic is not None
    assert result.diagnostic.code == "encoding.legacy_converted"
    assert ("TCVN3" if encoding == "tcvn3" else "VNI") in result.diagnostic.message


@pytest.mark.parametrize("case", PHRASES, ids=_ids)
def test_phrase_from_bytes(case: tuple[str, Encoding, str]) -> None:
    legacy, encoding, expected = case
    data = legacy.encode("cp1252")
    assert convert_legacy(data).text == expected
    assert convert_legacy(data, encoding).text == expected


@pytest.mark.parametrize("case", PHRASES, ids=_ids)
def test_encode_legacy_inverts_the_phrase_table(case: tuple[str, Encoding, str]) -> None:
    legacy, encoding, expected = case
    assert encode_legacy(expected, encoding) == legacy.encode("cp1252")


def test_a_single_word_is_not_evidence() -> None:
    assert detect_legacy("QuyÕt") is None
    assert convert_legacy("Coäng").encoding is None


# detect_legacy skips its trial conversions when a text has fewer high (non-ASCII) characters than a win
# needs: that is exact only while no conversion makes more common syllables than the text had high ones.
def test_every_common_syllable_has_a_letter_outside_ascii() -> None:
    assert all(not word.isascii() for word in load("vi_syllables")["common"])


_LEGACY_CHARS = st.characters(codec="cp1252") | st.sampled_from(" \n")


@given(
    st.one_of(
        st.text(_LEGACY_CHARS, max_size=80),
        st.lists(st.sampled_from(sorted(load("vi_syllables")["common"])), max_size=12).map(
            lambda words: encode_legacy(" ".join(words), "vni", errors="replace").decode("cp1252", "replace")
        ),
        st.lists(st.sampled_from(sorted(load("vi_syllables")["common"])), max_size=12).map(
            lambda words: encode_legacy(" ".join(words), "tcvn3", errors="replace").decode("latin-1")
        ),
    )
)
def test_no_conversion_makes_more_syllables_than_high_characters(line: str) -> None:
    high = sum(not c.isascii() for c in line)
    for encoding in ENCODINGS:
        converted = _convert_line(line.replace("\n", " "), encoding, recase=False)[0]
        assert syllable_score(converted) <= high


def test_genuine_text_of_latin1_letters_is_left_alone() -> None:
    for text in ("Cà Mau, Lào Cai", "café crème brûlée", "Hello, world", "Số 62-KH/TU", ""):
        assert convert_legacy(text).encoding is None
        assert convert_legacy(text).text == text


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_no_genuine_corpus_document_is_altered(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    result = convert_legacy(text)
    assert result.encoding is None and result.offsets is None
    assert result.text == text
    # (a run-on document may get layout.line_breaks_restored: that is not the converter's)
    assert [d.code for d in normalise(text).diagnostics if d.code.startswith("encoding.")] == []


def _representable(text: str, encoding: Encoding) -> str:
    """``text`` with what ``encoding`` cannot hold replaced by ``?`` (one char each)."""
    keep = {c: encode_legacy(c, encoding, errors="replace") != b"?" or c == "?" for c in set(text)}
    return "".join(c if keep[c] else "?" for c in text)


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_round_trip_vni(path: Path) -> None:
    text = unicodedata.normalize("NFC", path.read_text(encoding="utf-8"))
    data = encode_legacy(text, "vni", errors="replace")
    assert convert_legacy(data, "vni").text == _representable(text, "vni")


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_round_trip_tcvn3(path: Path) -> None:
    text = _representable(unicodedata.normalize("NFC", path.read_text(encoding="utf-8")), "tcvn3")
    back = convert_legacy(encode_legacy(text, "tcvn3"), "tcvn3").text
    assert back.casefold() == text.casefold()
    # only toned letters can change case, never a plain letter
    assert all(
        a == b or (not a.isascii() and a.casefold() == b.casefold()) for a, b in zip(text, back, strict=True)
    )
    # capitals are restored on all-capital lines (headings, signature titles)
    for line, got in zip(text.splitlines(), back.splitlines(), strict=True):
        if line == line.upper() and sum(c.isupper() for c in line) >= 4:
            assert got == line


@pytest.mark.parametrize(
    "line",
    [
        "KẾ HOẠCH",
        "PHÓ BÍ THƯ",
        # a capital then toned letters only, between words in capitals on a line with lower case too
        "Nơi nhận:                 TM. BAN THƯỜNG VỤ HUYỆN ĐOÀN",
        "- Ban Thường vụ Tỉnh đoàn (b/c);          PHÓ BÍ THƯ",
        "- Lưu VP.                    NGUYỄN THỊ HÀ",
        # words in ordinary case keep it
        "- Ban Thường vụ Tỉnh đoàn (b/c);",
        "Vũ Thị Thu Hà",
        "Số: 18-KH/HĐTN      Hải Hậu, ngày 26 tháng 02 năm 2024",
        "Bí thư Đoàn, Vụ trưởng",
    ],
)
def test_tcvn3_capitals_are_given_back(line: str) -> None:
    """TCVN3 has no toned capitals: a heading's are written in lower case and read back as capitals."""
    assert convert_legacy(encode_legacy(line, "tcvn3"), "tcvn3").text == line


def test_the_corpus_is_detected_once_encoded() -> None:
    rich = [p for p in DOCS if syllable_score(p.read_text(encoding="utf-8")) >= 20]
    assert len(rich) >= len(DOCS) - 2  # all but OCR noise such as doc_042
    for path in rich:
        text = path.read_text(encoding="utf-8")
        for encoding in ("tcvn3", "vni"):
            data = encode_legacy(text, encoding, errors="replace")
            assert detect_legacy(data) == encoding, (path.name, encoding)
            assert detect_legacy(data.decode("cp1252", errors="replace")) == encoding


@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
def test_offsets_map_each_char_to_its_source(encoding: Encoding) -> None:
    text = DOCS[0].read_text(encoding="utf-8")
    legacy = encode_legacy(text, encoding, errors="replace").decode("cp1252")
    result = convert_legacy(legacy)
    assert result.encoding == encoding and result.offsets is not None
    offsets = result.offsets
    assert len(offsets) == len(result.text) + 1 and offsets[-1] == len(legacy)
    assert list(offsets) == sorted(offsets)
    for i, char in enumerate(result.text):
        piece = legacy[offsets[i] : offsets[i + 1]]
        assert convert_legacy(piece, encoding).text.casefold() == char.casefold()
    if encoding == "vni":
        assert len(result.text) < len(legacy)  # VNI shrinks: base letter + mark -> one char


def test_mixed_file_converts_only_the_legacy_lines() -> None:
    text = "Hà Nội, ngày 07 tháng 9 năm 2017\nQuyÕt ®Þnh vÒ viÖc\nCà Mau"
    result = convert_legacy(text)
    assert result.text == "Hà Nội, ngày 07 tháng 9 năm 2017\nQuyết định về việc\nCà Mau"


@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
def test_normalise_and_parse_map_spans_to_the_legacy_original(encoding: Encoding) -> None:
    text = DOCS[0].read_text(encoding="utf-8")
    raw = encode_legacy(text, encoding, errors="replace").decode("cp1252")
    source = normalise(raw)
    assert [d.code for d in source.diagnostics] == ["encoding.legacy_converted"]
    assert source.original == raw
    unicode_plan, legacy_plan = vnplan.parse(text), vnplan.parse(raw)
    assert legacy_plan.number is not None and unicode_plan.number is not None
    assert legacy_plan.number.canonical == unicode_plan.number.canonical
    span = legacy_plan.number.span
    assert span is not None
    assert convert_legacy(raw[span.start : span.end], encoding).text == legacy_plan.number.raw
    assert legacy_plan.issued_on == unicode_plan.issued_on
    assert [r.name.casefold() for r in legacy_plan.recipients] == [
        r.name.casefold() for r in unicode_plan.recipients
    ]


LEGACY_ALPHABET = st.characters(codec="cp1252") | st.sampled_from("ộđươĐ\u0301")


PIECES = st.sampled_from([legacy for legacy, _, _ in PHRASES]) | st.text(alphabet=LEGACY_ALPHABET, max_size=8)


@given(st.lists(PIECES, max_size=8).map(" ".join))
def test_any_text_converts_with_a_consistent_map(text: str) -> None:
    result = convert_legacy(text)
    if result.offsets is None:
        assert result.text == text and result.encoding is None
    else:
        assert len(result.offsets) == len(result.text) + 1
        assert result.offsets[0] >= 0 and result.offsets[-1] == len(text)
        assert list(result.offsets) == sorted(result.offsets)
        assert result.diagnostic is not None
    source = normalise(text)
    span = source.span(0, len(source.text))
    assert 0 <= span.start <= span.end <= len(text)


def _chars(ranges: str) -> str:
    """Every character of a regex class body made of single characters and ``a-b`` ranges."""
    out, i = [], 0
    while i < len(ranges):
        if i + 2 < len(ranges) and ranges[i + 1] == "-":
            out.extend(map(chr, range(ord(ranges[i]), ord(ranges[i + 2]) + 1)))
            i += 3
        else:
            out.append(ranges[i])
            i += 1
    return "".join(out)


def test_the_fast_prefilters_of_normalise_agree_with_the_exact_classes() -> None:
    """normalise's fast ``re`` classes are shortcuts for ``regex`` property classes: keep them in step."""
    from vnplan import normalise as nm  # noqa: PLC0415

    skipped = _chars(nm._MAYBE_JOINING_RE.pattern[2:-1])  # the ranges the joining scan skips
    assert nm._JOINING_RE.search(skipped) is None
    follower = nm._TONE_PAIRS_RES[0].pattern.split("(?![")[1][:-2]  # letters that keep a tone in place
    assert all(nm._LETTER_RE.match(c) for c in _chars(follower))
    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    assert re.findall(f"[{nm.WHITE_SPACE}]", every) == regex.findall(r"\s", every)
