"""Specification of document numbers (số và ký hiệu): ``parse_number`` and its diagnostics.

Every case is a shape seen in real Vietnamese documents (shared/domain/REFERENCE.md §1.3, §2.2,
§3 and the corpus). Canonical forms: Party ``62-KH/TU``, State ``15/KH-TLĐ``, normative
``30/2020/NĐ-CP``, công văn ``19046/BTC-TCHQ`` (no type code); spaces removed, ``Đ`` kept.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from types import ModuleType
from typing import Any

import pytest

from vnplan.docnumber import parse_number, scan
from vnplan.normalise import normalise

NFD = unicodedata.normalize("NFD", "Nghị định số 27/2022/NĐ-CP")
NFD_SO = unicodedata.normalize("NFD", "Số: 15/KH-TLĐ")
assert unicodedata.normalize("NFC", NFD) != NFD  # the case really is decomposed

# Parser bugs: the expected value is the right one; strict xfail flips to a failure once fixed.


def case(
    text: str,
    canonical: str,
    serial: str,
    year: int | None,
    type_code: str | None,
    issuer_code: str | None,
    case_id: str,
    marks: pytest.MarkDecorator | tuple[pytest.MarkDecorator, ...] = (),
) -> object:
    """One row of the table: (text, canonical, serial, year, type_code, issuer_code)."""
    return pytest.param(text, (canonical, serial, year, type_code, issuer_code), id=case_id, marks=marks)


NUMBERS = [
    # Party style: <n>-<TYPE>/<ISSUER> (§1.3)
    case("62-KH/TU", "62-KH/TU", "62", None, "KH", "TU", "party"),
    case("Số 62-KH/TU", "62-KH/TU", "62", None, "KH", "TU", "party-after-so"),
    case("Số: 66-QĐ/TW", "66-QĐ/TW", "66", None, "QĐ", "TW", "party-after-so-colon"),
    case("Số 215-KH/TU TP. Hồ Chí Minh, ngày 20", "215-KH/TU", "215", None, "KH", "TU", "a-place-beside-it"),
    case("KẾ HOẠCH SỐ 119-KH/TU", "119-KH/TU", "119", None, "KH", "TU", "party-caps-title"),
    case("117 - KH/TU", "117-KH/TU", "117", None, "KH", "TU", "party-spaces-around-hyphen"),
    case("11- NQ/TU", "11-NQ/TU", "11", None, "NQ", "TU", "party-space-after-hyphen"),
    case("Số 05-NQ/ĐU", "05-NQ/ĐU", "05", None, "NQ", "ĐU", "party-leading-zero-kept"),
    case("24-BS/UBKTTU", "24-BS/UBKTTU", "24", None, "BS", "UBKTTU", "party-ubkt"),
    case("97-KH/ĐUK", "97-KH/ĐUK", "97", None, "KH", "ĐUK", "party-dang-uy-khoi"),
    case("09-KL/BCĐ", "09-KL/BCĐ", "09", None, "KL", "BCĐ", "party-ban-chi-dao"),
    case("02-KH/BCĐTW", "02-KH/BCĐTW", "02", None, "KH", "BCĐTW", "party-central-steering-committee"),
    case("36-HD/VPTW", "36-HD/VPTW", "36", None, "HD", "VPTW", "party-vptw"),
    case("51-CTr/TU", "51-CTr/TU", "51", None, "CTr", "TU", "party-mixed-case-type"),
    case("84 QĐ/TWĐTN", "84-QĐ/TWĐTN", "84", None, "QĐ", "TWĐTN", "party-hyphen-as-space"),
    case("21NQ/TW", "21-NQ/TW", "21", None, "NQ", "TW", "party-hyphen-lost"),
    case("63HD/BTGTW", "63-HD/BTGTW", "63", None, "HD", "BTGTW", "party-hyphen-lost-hd"),
    # State style: <n>/<TYPE>-<ISSUER> (§2.2, §3.1)
    case("4544/KH-UBND", "4544/KH-UBND", "4544", None, "KH", "UBND", "state"),
    case("Số: 15/KH-TLĐ", "15/KH-TLĐ", "15", None, "KH", "TLĐ", "state-union-after-so-colon"),
    case("25/KH-CĐCS", "25/KH-CĐCS", "25", None, "KH", "CĐCS", "state-union-base"),
    case("416/QĐ-TTg", "416/QĐ-TTg", "416", None, "QĐ", "TTg", "state-ttg-mixed-case"),
    case("8468/TTr-STNMT", "8468/TTr-STNMT", "8468", None, "TTr", "STNMT", "state-to-trinh"),
    # Công văn: issuer then drafting unit, no type code (§2.2)
    case("19046/BTC-TCHQ", "19046/BTC-TCHQ", "19046", None, None, "BTC-TCHQ", "letter-ministry"),
    case("3444/LĐTBXH-VPQ", "3444/LĐTBXH-VPQ", "3444", None, None, "LĐTBXH-VPQ", "letter-ldtbxh"),
    case("Số: 1066/UBND-VXNV", "1066/UBND-VXNV", "1066", None, None, "UBND-VXNV", "letter-ubnd"),
    # Normative documents carry the year (§2.2)
    case("27/2022/NĐ-CP", "27/2022/NĐ-CP", "27", 2022, "NĐ", "CP", "normative-nghi-dinh"),
    case("81/2023/QH15", "81/2023/QH15", "81", 2023, None, "QH15", "normative-law"),
    case("751/2019/UBTVQH14", "751/2019/UBTVQH14", "751", 2019, None, "UBTVQH14", "normative-ubtvqh"),
    case("01/2021/TT-BTNMT", "01/2021/TT-BTNMT", "01", 2021, "TT", "BTNMT", "normative-thong-tu"),
    case(
        "Số: 04/2016/TTLT-BNV-BTC",
        "04/2016/TTLT-BNV-BTC",
        "04",
        2016,
        "TTLT",
        "BNV-BTC",
        "normative-joint-circular",
    ),
    # Joint issuers (§1.3)
    case("05-QC/BTCTU-BDVTU", "05-QC/BTCTU-BDVTU", "05", None, "QC", "BTCTU-BDVTU", "joint-party"),
    case(
        "1249a/CTPH-UBDT-BTP",
        "1249a/CTPH-UBDT-BTP",
        "1249a",
        None,
        "CTPH",
        "UBDT-BTP",
        "joint-state-serial-letter",
    ),
    case("05/CTrPH-MTTQ-UBND", "05/CTrPH-MTTQ-UBND", "05", None, "CTrPH", "MTTQ-UBND", "joint-programme"),
    # Youth Union: <n>-<TYPE>/<ISSUER>-<UNIT> (§3.2)
    case("337-KH/TWĐTN-MTTN", "337-KH/TWĐTN-MTTN", "337", None, "KH", "TWĐTN-MTTN", "youth-unit"),
    case("29-HD/TWĐTN-VP", "29-HD/TWĐTN-VP", "29", None, "HD", "TWĐTN-VP", "youth-unit-vp"),
    case(
        "435-KH/TĐTN-CTĐ&TTN",
        "435-KH/TĐTN-CTĐ&TTN",
        "435",
        None,
        "KH",
        "TĐTN-CTĐ&TTN",
        "youth-unit-ampersand",
    ),
    case(
        "133-KH/TĐTN-BCNLĐ",
        "133-KH/TĐTN-BCNLĐ",
        "133",
        None,
        "KH",
        "TĐTN-BCNLĐ",
        "youth-unit-not-resplit",
    ),
    case("58-KH/HĐTN", "58-KH/HĐTN", "58", None, "KH", "HĐTN", "district-youth-not-split"),  # Huyện đoàn
    case("21-KH/QĐTN", "21-KH/QĐTN", "21", None, "KH", "QĐTN", "urban-district-youth-not-split"),
    case("12-KH/ĐTN", "12-KH/ĐTN", "12", None, "KH", "ĐTN", "base-youth"),
    # OCR's look-alike letter for the 1 that opens a serial
    case("Số l56-KH/HU", "156-KH/HU", "156", None, "KH", "HU", "ocr-l-for-1"),
    case("Số: I23/KH-UBND", "123/KH-UBND", "123", None, "KH", "UBND", "ocr-capital-i-for-1"),
    # Hyphens lost in PDF conversion: restored from the known codes
    case("337KH/TWĐTNMTTN", "337-KH/TWĐTN-MTTN", "337", None, "KH", "TWĐTN-MTTN", "lost-hyphens-youth"),
    # codes written apart after the first: its hyphens were not lost, it is split only into known codes
    case("3871/CTNAN-NVDTPC", "3871/CTNAN-NVDTPC", "3871", None, None, "CTNAN-NVDTPC", "tax-office-code"),
    case("45/QĐUBND-VP", "45/QĐ-UBND-VP", "45", None, "QĐ", "UBND-VP", "known-codes-glued-before-a-unit"),
    case(
        "66KH/TWĐTNĐKTHTN",
        "66-KH/TWĐTN-ĐKTHTN",
        "66",
        None,
        "KH",
        "TWĐTN-ĐKTHTN",
        "lost-hyphens-youth-dkthtn",
    ),
    case(
        "7470  CV/TWĐTNBTG", "7470-CV/TWĐTN-BTG", "7470", None, "CV", "TWĐTN-BTG", "lost-hyphens-double-space"
    ),
    case(
        "861/CTrBGDĐTTWĐTN",
        "861/CTr-BGDĐT-TWĐTN",
        "861",
        None,
        "CTr",
        "BGDĐT-TWĐTN",
        "lost-hyphens-three-codes",
    ),
    case("2013/QĐTTg", "2013/QĐ-TTg", "2013", None, "QĐ", "TTg", "lost-hyphen-serial-like-year"),
    case("13/2013/QĐTTg", "13/2013/QĐ-TTg", "13", 2013, "QĐ", "TTg", "lost-hyphen-normative"),
    case("897/QĐTTg", "897/QĐ-TTg", "897", None, "QĐ", "TTg", "lost-hyphen-state"),
    # A line break (or a space) where the hyphen was
    case("641/QĐ\nTTg", "641/QĐ-TTg", "641", None, "QĐ", "TTg", "line-broken-state"),
    case("86 KH/TWĐTN\nBTG", "86-KH/TWĐTN-BTG", "86", None, "KH", "TWĐTN-BTG", "line-broken-unit"),
    case("57\nNQ/TW", "57-NQ/TW", "57", None, "NQ", "TW", "line-broken-after-serial"),
    case("47-HD/TĐTN-\nTCKT", "47-HD/TĐTN-TCKT", "47", None, "HD", "TĐTN-TCKT", "line-broken-after-a-hyphen"),
    case(
        "27/2023/QĐ-\nUBND", "27/2023/QĐ-UBND", "27", 2023, "QĐ", "UBND", "line-broken-after-a-hyphen-state"
    ),
    case("15 BC/TWĐTN ĐKTHTN", "15-BC/TWĐTN-ĐKTHTN", "15", None, "BC", "TWĐTN-ĐKTHTN", "space-before-unit"),
    # Serial with a letter, hyphens lost
    case("541aKH/TWĐTNBTG", "541a-KH/TWĐTN-BTG", "541a", None, "KH", "TWĐTN-BTG", "serial-letter-glued"),
    # A hyphen for the slash
    case("20-NQ-TW", "20-NQ/TW", "20", None, "NQ", "TW", "dash-for-slash"),
    # Last code glued to the next word of the header ("VP" + "ĐOÀN TNCS HỒ CHÍ MINH")
    case(
        "367 - QĐ/TWĐTN-VPĐOÀN TNCS", "367-QĐ/TWĐTN-VP", "367", None, "QĐ", "TWĐTN-VP", "glued-to-next-word"
    ),
    # ... or to a word of capitals without a tone mark ("UBND" + "VĂN PHÒNG"), which no code has
    case("12/KH-UBNDVĂN PHÒNG", "12/KH-UBND", "12", None, "KH", "UBND", "glued-to-a-word-without-tone-marks"),
    # A code's Vietnamese capitals: "TƯ" for Trung ương (Viện Vệ sinh dịch tễ Trung ương)
    case("1842/VSDTTƯ-TCQG", "1842/VSDTTƯ-TCQG", "1842", None, None, "VSDTTƯ-TCQG", "u-horn-in-a-code"),
    case("12-KL/TƯ", "12-KL/TƯ", "12", None, "KL", "TƯ", "trung-uong-written-tu"),
    # Unicode and typography (REFERENCE §6)
    case(NFD, "27/2022/NĐ-CP", "27", 2022, "NĐ", "CP", "nfd-input"),
    case(NFD_SO, "15/KH-TLĐ", "15", None, "KH", "TLĐ", "nfd-so-colon"),
    case("15/KH-TLÐ", "15/KH-TLĐ", "15", None, "KH", "TLĐ", "eth-for-d-stroke"),
    case("62–KH/TU", "62-KH/TU", "62", None, "KH", "TU", "en-dash"),
    case("117 – KH/TU", "117-KH/TU", "117", None, "KH", "TU", "en-dash-spaced"),
    case("**Số 62-KH/TU**", "62-KH/TU", "62", None, "KH", "TU", "markdown-bold"),
    # An unknown type code is kept as written (and diagnosed, below)
    case("79-LK/TW", "79-LK/TW", "79", None, "LK", "TW", "unknown-type-code-kept"),
]


@pytest.mark.parametrize(("text", "expected"), NUMBERS)
def test_parse_number(text: str, expected: tuple[str, str, int | None, str | None, str | None]) -> None:
    """expected: (canonical, serial, year, type_code, issuer_code)."""
    number = parse_number(text)
    assert number is not None
    assert (number.canonical, number.serial, number.year, number.type_code, number.issuer_code) == expected


NOT_NUMBERS = [
    pytest.param("20/7/2008", id="date"),
    pytest.param("ngày 07/9/2017", id="date-after-ngay"),
    pytest.param("ngày 20-7-2008", id="date-hyphens"),
    pytest.param("0975.237.998", id="phone"),
    pytest.param("2021-2025", id="year-range"),
    pytest.param("giai đoạn 2021 - 2025", id="year-range-spaced"),
    pytest.param("Điều 3", id="article"),
    pytest.param("Khoản 2, Điều 3", id="clause"),
    pytest.param("1.500.000 đồng", id="amount"),
    pytest.param("COVID-19", id="covid"),
    pytest.param("quý I/2024", id="quarter"),
    pytest.param("tháng 6/2023", id="month-year"),
    pytest.param("ISO 9001:2015", id="iso-standard"),
    pytest.param("V/v triển khai", id="vv-summary"),
    pytest.param("NĐ-CP", id="symbol-without-serial"),
    pytest.param("Số 15", id="serial-without-symbol"),
    pytest.param("lúc 9h, l56 người tham dự", id="letter-before-digits-and-no-code"),
    pytest.param("mẫu Al5-KH và bl5/KH", id="letter-inside-a-word"),
    pytest.param("                1\nK/T TRƯỞNG BAN", id="a-page-s-number-over-a-signature-mark"),
    pytest.param("2\n\nT/M BAN THƯỜNG VỤ", id="a-page-s-number-over-a-party-mark"),
    pytest.param("1/ Chi bộ tổ chức hội nghị", id="an-item-numbered-with-a-slash"),
    pytest.param("4/ Ban Nhân dân ấp phối hợp", id="an-item-numbered-with-a-slash-before-a-board"),
]


@pytest.mark.parametrize("text", NOT_NUMBERS)
def test_not_a_number(text: str) -> None:
    assert parse_number(text) is None


STYLES = [
    pytest.param("62-KH/TU", "party", id="party"),
    pytest.param("20-NQ-TW", "party", id="party-dash-for-slash"),
    pytest.param("4544/KH-UBND", "state", id="state"),
    pytest.param("27/2022/NĐ-CP", "normative", id="normative"),
    pytest.param("81/2023/QH15", "normative", id="normative-law"),
    pytest.param("19046/BTC-TCHQ", "letter", id="letter"),
]


@pytest.mark.parametrize(("text", "style"), STYLES)
def test_style(text: str, style: str) -> None:
    number = parse_number(text)
    assert number is not None
    assert number.style == style


def _diagnostics(text: str) -> list[tuple[str, str, str]]:
    found = scan(normalise(text))
    assert found, f"no number found in {text!r}"
    return [(d.code, d.severity, d.message) for d in found[0].diagnostics]


def test_unknown_type_code_is_kept_and_warned_with_its_likely_meaning() -> None:
    number = parse_number("Kết luận số 79-LK/TW")
    assert number is not None
    assert number.type_code == "LK"
    warnings = [(s, m) for c, s, m in _diagnostics("Kết luận số 79-LK/TW") if c == "number.unknown_type_code"]
    assert len(warnings) == 1
    severity, message = warnings[0]
    assert severity == "warning"
    assert "LK" in message
    assert "KL" in message


@pytest.mark.parametrize(
    ("text", "type_code", "issuer_code"),
    [
        ("Quyết định số 45/QD-UBND", "QD", "UBND"),  # State style: the first code is the type's
        ("Nghị định số 15/2018/ND-CP", "ND", "CP"),
        ("Quyết định số 1106aQD/TWDTN", "QD", "TWDTN"),  # Party style
    ],
)
def test_a_type_code_that_lost_its_marks_is_read_as_the_one_so_written(
    text: str, type_code: str, issuer_code: str
) -> None:
    number = parse_number(text)
    assert number is not None and (number.type_code, number.issuer_code) == (type_code, issuer_code)
    codes = [(c, s) for c, s, _ in _diagnostics(text)]
    assert ("number.type_code_unmarked", "warning") in codes
    assert "number.unknown_type_code" not in [c for c, _ in codes]


RESTORED = [
    pytest.param("337KH/TWĐTNMTTN", id="youth"),
    pytest.param("861/CTrBGDĐTTWĐTN", id="three-codes"),
    pytest.param("2013/QĐTTg", id="state"),
    pytest.param("13/2013/QĐTTg", id="normative"),
    pytest.param("541aKH/TWĐTNBTG", id="serial-letter"),
    pytest.param("21NQ/TW", id="party-serial-glued-to-type"),
    pytest.param("1836 QĐ/TWĐTN", id="party-hyphen-as-space"),
    pytest.param("86 KH/TWĐTN\nBTG", id="party-hyphen-as-line-break"),
    pytest.param("641/QĐ\nTTg", id="state-hyphen-as-line-break"),
    pytest.param("15 BC/TWĐTN  ĐKTHTN", id="drafting-unit-after-double-space"),
]


@pytest.mark.parametrize("text", RESTORED)
def test_restored_number_says_so(text: str) -> None:
    assert "number.hyphen_restored" in [c for c, _, _ in _diagnostics(text)]


def test_a_serial_read_from_its_look_alike_letter_says_so() -> None:
    assert ("number.ocr_lookalike", "warning", "'l56-KH/HU' read as '156-KH/HU'") in _diagnostics(
        "Số l56-KH/HU"
    )


def test_dash_for_slash_is_a_warning() -> None:
    assert ("number.dash_for_slash", "warning") in [(c, s) for c, s, _ in _diagnostics("20-NQ-TW")]


CLEAN = [
    pytest.param("62-KH/TU", id="party"),
    pytest.param("4544/KH-UBND", id="state"),
    pytest.param("27/2022/NĐ-CP", id="normative"),
    pytest.param("337-KH/TWĐTN-MTTN", id="youth-with-hyphens"),
    pytest.param("117 - KH/TU", id="spaces-around-the-hyphen"),
    pytest.param("34 /KH-LĐLĐ", id="space-before-the-slash"),
]


@pytest.mark.parametrize("text", CLEAN)
def test_well_written_number_has_no_diagnostics(text: str) -> None:
    assert _diagnostics(text) == []


def test_diagnostic_span_points_at_the_number() -> None:
    text = "Thực hiện Kết luận số 79-LK/TW ngày 25/12/2013"
    found = scan(normalise(text))[0]
    spans = {(d.span.start, d.span.end) for d in found.diagnostics if d.span is not None}
    assert spans == {(text.index("79-LK/TW"), text.index("79-LK/TW") + len("79-LK/TW"))}


# (text, the slice of the original text the span must cover, raw as read from the text view)
SPANS = [
    pytest.param("Số 62-KH/TU", "62-KH/TU", "62-KH/TU", id="after-so"),
    pytest.param("Số: 15/KH-TLĐ\nHà Nội", "15/KH-TLĐ", "15/KH-TLĐ", id="after-so-colon"),
    pytest.param("117 - KH/TU", "117 - KH/TU", "117 - KH/TU", id="spaces-kept-in-raw"),
    pytest.param(
        "Số: 367 - QĐ/TWĐTN-VPĐOÀN TNCS HỒ CHÍ MINH",
        "367 - QĐ/TWĐTN-VP",
        "367 - QĐ/TWĐTN-VP",
        id="glued-word-cut",
    ),
    pytest.param("Quyết định số 641/QĐ\nTTg ngày 28/4/2011", "641/QĐ\nTTg", "641/QĐ\nTTg", id="line-broken"),
    pytest.param("số 641/QĐ\n    TTg ngày 28/4", "641/QĐ\n    TTg", "641/QĐ\n    TTg", id="indented"),
    pytest.param("số 641/QĐ\r\n  TTg ngày 28/4", "641/QĐ\r\n  TTg", "641/QĐ \n  TTg", id="line-broken-crlf"),
    pytest.param("số 641/QĐ\n\nTTg ngày 28/4", "641/QĐ\n\nTTg", "641/QĐ\n\nTTg", id="line-broken-double"),
    pytest.param("số 641/QĐ\n\n\nTTg ngày 28/4", "641/QĐ", "641/QĐ", id="two-blank-lines-end-it"),
    pytest.param("số 45-KH/TU -\nHUYỆN ỦY", "45-KH/TU", "45-KH/TU", id="a-word-after-a-hyphen-is-no-code"),
    pytest.param("số 21\n\nNQ/TW ngày 25/10", "21\n\nNQ/TW", "21\n\nNQ/TW", id="serial-then-blank-line"),
    pytest.param("**Số 62-KH/TU**", "62-KH/TU", "62-KH/TU", id="markdown"),
    pytest.param("Số 15/KH-TLÐ", "15/KH-TLÐ", "15/KH-TLĐ", id="eth-original-in-slice"),
    pytest.param(NFD, "27/2022/NĐ-CP", "27/2022/NĐ-CP", id="nfd-offsets"),
    pytest.param(
        unicodedata.normalize("NFD", "Căn cứ Quyết định số 416/QĐ-TTg ngày 25 tháng 3"),
        "416/QĐ-TTg",
        "416/QĐ-TTg",
        id="nfd-offsets-mid-sentence",
    ),
]


@pytest.mark.parametrize(("text", "written", "raw"), SPANS)
def test_span_is_the_number_in_the_original_text(text: str, written: str, raw: str) -> None:
    number = parse_number(text)
    assert number is not None
    assert number.span is not None
    assert text[number.span.start : number.span.end] == written
    assert number.raw == raw


@pytest.mark.parametrize(
    "text",
    [
        "Số 62-KH/TU, 20-NQ-TW và 30/2020/NĐ-CP ngày 12/3/2021",
        "A62-KH/TU 2.62-KH/TU x/62-KH/TU 1234567/KH-UB 1106aQD/TWDTN 62ab-KH/TU",
        "117 - KH/TU; 641/QĐ\nTTg; 07/2021/TT-BLĐTBXH; ²62-KH/TU; 2020 -  \n  KH/TU",
    ],
)
def test_candidates_are_those_of_candidate_re(text: str) -> None:
    """_candidates finds CANDIDATE_RE's matches (here every one is near a slash or a dashed code)
    with the fast ``re`` engine and a one-character look-behind check."""
    from vnplan import docnumber  # noqa: PLC0415

    key = normalise(text).key
    found = [m.span() for m in docnumber._candidates(key, docnumber._windows(key, 0, len(key))[0])]
    assert found == [m.span("n") for m in docnumber.CANDIDATE_RE.finditer(key)]


@pytest.mark.timeout(60)
def test_a_long_chain_of_codes_with_digits_scans_in_linear_time() -> None:
    """A digit glued inside a chain of codes is refused before the chain is matched from it."""
    key = normalise("Q1-AB-" * 50_000).key
    assert scan(normalise(key)) == []


def test_year_is_accepted_only_right_after_serial_slash_where_serial_is_not() -> None:
    """What ``docnumber._lex`` relies on to cut YEAR where Lark's contextual lexer does."""
    from lark import Token  # noqa: PLC0415

    from vnplan.grammar import get_parser  # noqa: PLC0415

    table = get_parser("number").parser.parser.parser.parse_table
    with_year = {state for state, actions in table.states.items() if "YEAR" in actions}
    ip = get_parser("number").parse_interactive()
    ip.feed_token(Token("SERIAL", "1"))
    ip.feed_token(Token("SLASH", "/"))
    assert with_year == {ip.parser_state.position}
    assert "SERIAL" not in table.states[ip.parser_state.position]


def _contextual_tokens(candidate: str) -> list[tuple[str, str]] | None:
    """The tokens Lark's own (contextual) lexer gives for a candidate that parses, else None."""
    from lark.exceptions import LarkError  # noqa: PLC0415

    from vnplan.grammar import get_parser  # noqa: PLC0415

    ip = get_parser("number").parse_interactive(candidate)
    try:
        tokens = [(t.type, str(t)) for t in ip.iter_parse()]
        ip.feed_eof()
    except LarkError:
        return None
    return tokens


def _lexed_tokens(candidate: str) -> list[tuple[str, str]] | None:
    """The tokens of ``docnumber._lex`` for a candidate whose shape parses, else None."""
    from vnplan import docnumber  # noqa: PLC0415

    lexed = docnumber._lex(candidate)
    if lexed is None or docnumber._read_shape(lexed[0]) is None:
        return None
    return list(zip(*lexed, strict=True))


def _fuzzed_candidates(n: int) -> list[str]:
    """Numbers built from the pieces of the grammar, with noise and white space of every kind."""
    import random  # noqa: PLC0415

    serials = ["1", "62", "2020", "1999", "19", "123456", "1234567", "2a", "2ab", "07"]
    words = ["KH", "TU", "QĐ", "NĐ", "CP", "QH15", "CTr", "TĐTN&CTĐ", "UBND"]
    words += ["2020", "1999", "2021a", "201", "20"]
    gaps = ["/", "-", " - ", " / ", "/ ", "\n", "", " ", "\t-", "-\n"]
    noise = ["a", "đ", ".", "\f", "\r", "\v", "\u00a0", "\u2003", "x", "-", "/", "Đ", "&", "3"]
    rng = random.Random(5)
    out = []
    for _ in range(n):
        parts = [rng.choice(serials)]
        for _ in range(rng.randint(1, 4)):
            parts += [rng.choice(gaps), rng.choice(words)]
        for _ in range(rng.choice([0, 0, 1, 2])):
            parts.insert(rng.randint(0, len(parts)), rng.choice(noise))
        out.append("".join(parts))
    return out


def test_lex_cuts_the_tokens_of_the_contextual_lexer(
    corpus_inputs: Callable[[ModuleType, str], list[Any]],
) -> None:
    """Over every candidate of the corpus and a fuzzed set, ``_lex`` with the cached reading of
    its shape accepts exactly what Lark's contextual lexer and parser accept, with the same tokens."""
    from vnplan import docnumber  # noqa: PLC0415

    seen: list[str] = corpus_inputs(docnumber, "_lex")
    assert len(seen) > 100
    fuzzed = _fuzzed_candidates(10_000)
    assert sum(_contextual_tokens(c) is not None for c in fuzzed) > 600  # enough of them parse
    for candidate in seen + fuzzed:
        assert _lexed_tokens(candidate) == _contextual_tokens(candidate), candidate


def _split_over_every_cut(code: str) -> list[str]:
    """``split_glued``'s rule applied to every way of cutting ``code`` (exponential: short codes only)."""
    from itertools import combinations, pairwise  # noqa: PLC0415

    from vnplan import docnumber  # noqa: PLC0415

    def cuts(text: str) -> list[list[str]]:
        inner = range(1, len(text))
        ways = [combinations(inner, k) for k in range(len(text))]
        bounds = [(0, *c, len(text)) for way in ways for c in way]
        return [[text[a:b] for a, b in pairwise(cut)] for cut in bounds]

    def covers(text: str) -> list[list[str]]:
        return [pieces for pieces in cuts(text) if all(docnumber._is_known(p) for p in pieces)]

    if docnumber._is_known(code):
        return [code]
    whole = covers(code)
    if whole:
        return min(whole, key=docnumber._preference)
    options = [
        [*head, code[j:]] for j in range(1, len(code) - 1) if code[j].isupper() for head in covers(code[:j])
    ]
    return min(options, key=docnumber._preference, default=[code])


def test_split_glued_finds_the_best_cut_of_every_one() -> None:
    """The fewest known codes (then the longest first), else one unknown code left at the end, as
    a search over every cut finds them; with legislature numbers and unknown letters mixed in."""
    import random  # noqa: PLC0415

    from vnplan.docnumber import split_glued  # noqa: PLC0415

    known = ["TW", "TWĐTN", "BTG", "MTTN", "VP", "KH", "QH", "TU", "CP", "NĐ", "UBND", "BGDĐT", "CTr"]
    noise = ["X", "Q", "15", "2", "đ", "ĐT", "TN"]
    rng = random.Random(11)
    for _ in range(400):
        code = "".join(rng.choice(known if rng.random() < 0.75 else noise) for _ in range(rng.randint(1, 4)))
        code = code[:12]
        assert split_glued(code) == _split_over_every_cut(code), code
