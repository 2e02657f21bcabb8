"""Specification of citations: ``find_references(text)`` (REFERENCE §1.10, §2.6).

A citation is ``<Type> [số] <number>[, ngày <date>] [của <issuer>] [về “<subject>”]``.
References are merged per document (one number written two ways is one reference) and
keep every mention as a span of the original text.
"""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest

from vnplan.references import find_references

# (text, [(doc_type, canonical, issued_on)])
CITATIONS = [
    pytest.param(
        "Thực hiện Nghị quyết số 11-NQ/TU, ngày 20/7/2008 của Tỉnh uỷ “Về tăng cường sự lãnh đạo của Đảng”",
        [("Nghị quyết", "11-NQ/TU", date(2008, 7, 20))],
        id="party-comma-before-ngay",
    ),
    pytest.param(
        "Thực hiện Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học",
        [("Nghị quyết", "57-NQ/TW", date(2024, 12, 22))],
        id="party-resolution-bct",
    ),
    pytest.param(
        "Căn cứ Kế hoạch số 15/KH-TLĐ ngày 08/6/2017 của Đoàn Chủ tịch Tổng Liên đoàn",
        [("Kế hoạch", "15/KH-TLĐ", date(2017, 6, 8))],
        id="union-plan",
    ),
    pytest.param(
        "Thực hiện Kết luận số 79-LK/TW ngày 25/12/2013 của Ban Bí thư",
        [("Kết luận", "79-LK/TW", date(2013, 12, 25))],
        id="typo-type-code-type-from-word",
    ),
    pytest.param(
        "Thực hiện Chỉ thị số 37-CT/TW ngày 03 tháng 9 năm 2019 của Ban Bí thư",
        [("Chỉ thị", "37-CT/TW", date(2019, 9, 3))],
        id="date-in-words",
    ),
    pytest.param(
        "Căn cứ Quyết định số 416/QĐ-TTg  ngày 25 tháng 3 năm 2020 của Thủ tướng Chính phủ",
        [("Quyết định", "416/QĐ-TTg", date(2020, 3, 25))],
        id="double-space-before-ngay",
    ),
    pytest.param(
        "Căn cứ Luật Hải quan số 29/2001/QH10 ngày 29 tháng 6 năm 2001",
        [("Luật", "29/2001/QH10", date(2001, 6, 29))],
        id="law-with-name-before-so",
    ),
    pytest.param("Căn cứ Luật số 81/2023/QH15", [("Luật", "81/2023/QH15", None)], id="law-no-date"),
    pytest.param(
        "Xét Tờ trình so 8468/TTr-STNMT ngày 20/12/2021 của Sở Tài nguyên và Môi trường",
        [("Tờ trình", "8468/TTr-STNMT", date(2021, 12, 20))],
        id="so-without-diacritics",
    ),
    pytest.param(
        "Căn cứ Thông tư số 01/2021/TT-BTNMT ngày 12/4/2021 của Bộ Tài nguyên và Môi trường",
        [("Thông tư", "01/2021/TT-BTNMT", date(2021, 4, 12))],
        id="circular",
    ),
    pytest.param(
        "Thông tư liên tịch số 04/2016/TTLT-BNV-BTC",
        [("Thông tư liên tịch", "04/2016/TTLT-BNV-BTC", None)],
        id="joint-circular-longest-type-word",
    ),
    pytest.param(
        "Căn cứ Nghị định số 37/2019/NĐ-CP ngày 07/5/2019 của Chính phủ",
        [("Nghị định", "37/2019/NĐ-CP", date(2019, 5, 7))],
        id="decree",
    ),
    pytest.param(
        "Thực hiện Chương trình phối hợp số 861/CTrBGDĐTTWĐTN ngày 12/3/2020 giữa Bộ Giáo dục và Đào tạo",
        [("Chương trình", "861/CTr-BGDĐT-TWĐTN", date(2020, 3, 12))],
        id="programme-hyphens-lost",
    ),
    pytest.param(
        "Ngày 27/6/2022, Ban Bí thư Trung ương Đoàn đã ban hành Kế hoạch số 541aKH/TWĐTNBTG về tổ chức",
        [("Kế hoạch", "541a-KH/TWĐTN-BTG", date(2022, 6, 27))],
        id="date-from-sentence-opening",
    ),
    pytest.param(
        "CHỈ THỊ SỐ 12-CT/TW NGÀY 05 THÁNG 01 NĂM 2022 CỦA BỘ CHÍNH TRỊ",
        [("Chỉ thị", "12-CT/TW", date(2022, 1, 5))],
        id="capitalised-title",
    ),
    pytest.param(
        "Ban Dân vận Tỉnh uỷ được thành lập theo Quyết định số 399-QĐ/TU, ngày 18/11/2016 của Ban Thường vụ",
        [("Quyết định", "399-QĐ/TU", date(2016, 11, 18))],
        id="party-decision-theo",
    ),
    pytest.param(
        "Thực hiện Hướng dẫn số 63HD/BTGTW ngày 14/5/2022 của Ban Tuyên giáo Trung ương",
        [("Hướng dẫn", "63-HD/BTGTW", date(2022, 5, 14))],
        id="guide-hyphen-lost",
    ),
    pytest.param(
        "Thực hiện Kế hoạch số 86 KH/TWĐTN\nBTG ngày 10/3/2023 của Ban Bí thư",
        [("Kế hoạch", "86-KH/TWĐTN-BTG", date(2023, 3, 10))],
        id="number-wrapped-over-lines",
    ),
    pytest.param(
        "Căn cứ Quyết định số 641/QĐ\nTTg ngày 28/4/2011 của Thủ tướng",
        [("Quyết định", "641/QĐ-TTg", date(2011, 4, 28))],
        id="state-number-wrapped",
    ),
    pytest.param(
        "Thực hiện Công văn số\n3444/LĐTBXH-VPQ ngày 05/9/2019 của Bộ Lao động",
        [("Công văn", "3444/LĐTBXH-VPQ", date(2019, 9, 5))],
        id="letter-number-on-next-line",
    ),
    pytest.param(
        "Căn cứ Công văn số 19046/BTC-TCHQ ngày 30/12/2016 của Bộ Tài chính",
        [("Công văn", "19046/BTC-TCHQ", date(2016, 12, 30))],
        id="letter-without-type-code",
    ),
    pytest.param(
        "Quyết định số 1836 QĐ/TWĐTN ngày 23/6/2006",
        [("Quyết định", "1836-QĐ/TWĐTN", date(2006, 6, 23))],
        id="hyphen-as-space",
    ),
    pytest.param(
        "ban hành kèm theo Quyết định số 13/2013/QĐTTg ngày 06/02/2013",
        [("Quyết định", "13/2013/QĐ-TTg", date(2013, 2, 6))],
        id="normative-hyphen-lost",
    ),
    pytest.param(
        "Thực hiện Nghị quyết số 21NQ/TW ngày 16/01/2012 của Hội nghị lần thứ tư",
        [("Nghị quyết", "21-NQ/TW", date(2012, 1, 16))],
        id="party-hyphen-lost",
    ),
    pytest.param(
        "Quy định số 66-QĐ/TW ngày 06/02/2017", [("Quy định", "66-QĐ/TW", date(2017, 2, 6))], id="regulation"
    ),
    pytest.param(
        "Thực hiện Kế hoạch số 119-KH/TU ngày 18 tháng 12 năm 2019 của Ban Thường vụ Tỉnh ủy",
        [("Kế hoạch", "119-KH/TU", date(2019, 12, 18))],
        id="party-plan-date-in-words",
    ),
    pytest.param(
        "Kế hoạch 198-KH/TU, Kết luận 198-KL/TW",
        [("Kế hoạch", "198-KH/TU", None), ("Kết luận", "198-KL/TW", None)],
        id="without-so-two-documents",
    ),
    pytest.param(
        "Nghị quyết Trung ương 4 (khóa XII) và Nghị quyết số 04-NQ/TW",
        [("Nghị quyết", "04-NQ/TW", None)],
        id="unnumbered-resolution-beside-numbered",
    ),
    pytest.param(
        "Căn cứ Chỉ thị số 45-CT/TW, ngày 14/4/2025; Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ",
        [("Chỉ thị", "45-CT/TW", date(2025, 4, 14)), ("Nghị định", "30/2020/NĐ-CP", date(2020, 3, 5))],
        id="two-citations-in-order",
    ),
    pytest.param(
        unicodedata.normalize("NFD", "Căn cứ Nghị định số 37/2019/NĐ-CP ngày 07/5/2019 của Chính phủ"),
        [("Nghị định", "37/2019/NĐ-CP", date(2019, 5, 7))],
        id="nfd-input",
    ),
    pytest.param(
        "Căn cứ Nghị quyết số 20-NQ-TW ngày 01/11/2012 và Nghị quyết 20-NQ/TW của Ban Chấp hành",
        [("Nghị quyết", "20-NQ/TW", date(2012, 11, 1))],
        id="merge-dash-for-slash",
    ),
    pytest.param(
        "Nghị quyết số 41/2022/NQ-HĐND ngày 10/12/2022 của HĐND tỉnh; thực hiện Nghị quyết 41/NQ-HĐND",
        [("Nghị quyết", "41/2022/NQ-HĐND", date(2022, 12, 10))],
        id="merge-with-and-without-year",
    ),
    pytest.param(
        "theo Nghị quyết số 02-NQ/TU và Nghị quyết số 02-NQ/TU ngày 07/9/2017",
        [("Nghị quyết", "02-NQ/TU", date(2017, 9, 7))],
        id="date-from-a-later-mention",
    ),
    pytest.param("số điện thoại 0975.237.998, giai đoạn 2021-2025, ngày 20/7/2008", [], id="no-citation"),
]


@pytest.mark.parametrize(("text", "expected"), CITATIONS)
def test_find_references(text: str, expected: list[tuple[str, str, date | None]]) -> None:
    refs = find_references(text)
    got = [(r.doc_type, r.number.canonical if r.number else None, r.issued_on) for r in refs]
    assert got == expected


# (text, issuer)
ISSUERS = [
    pytest.param(
        "Thực hiện Nghị quyết số 11-NQ/TU, ngày 20/7/2008 của Tỉnh uỷ “Về tăng cường sự lãnh đạo của Đảng”",
        "Tỉnh uỷ",
        id="issuer-after-date",
    ),
    pytest.param(
        "Thực hiện Kết luận số 79-LK/TW ngày 25/12/2013 của Ban Bí thư",
        "Ban Bí thư",
        id="issuer-after-date-no-comma",
    ),
    pytest.param(
        "Căn cứ Nghị định số 37/2019/NĐ-CP ngày 07/5/2019 của Chính phủ",
        "Chính phủ",
        id="issuer-state",
    ),
    pytest.param(
        "Thực hiện Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học",
        "Bộ Chính trị",
        id="issuer-stops-at-ve",
    ),
    pytest.param(
        "Thực hiện Nghị quyết 20-NQ/TW của Ban Chấp hành Trung ương, ngày 01/11/2012",
        "Ban Chấp hành Trung ương",
        id="issuer-right-after-number",
    ),
    pytest.param(
        "Thực hiện Chỉ thị số 45-CT/TW, ngày 14/4/2025",
        None,
        id="no-issuer",
    ),
]


@pytest.mark.parametrize(("text", "issuer"), ISSUERS)
def test_issuer(text: str, issuer: str | None) -> None:
    (ref,) = find_references(text)
    assert ref.issuer == issuer


TITLES = [
    pytest.param(
        "Thực hiện Nghị quyết số 11-NQ/TU, ngày 20/7/2008 của Tỉnh uỷ “Về tăng cường sự lãnh đạo của Đảng”, "
        "Ban Thường vụ",
        "Về tăng cường sự lãnh đạo của Đảng",
        id="curly-quotes",
    ),
    pytest.param(
        'Căn cứ Quyết định số 416/QĐ-TTg ngày 25/3/2020 của Thủ tướng Chính phủ về "Đề án   tăng cường"',
        "Đề án tăng cường",
        id="straight-quotes-whitespace-folded",
    ),
    pytest.param("Căn cứ Luật số 81/2023/QH15", None, id="no-title"),
]


@pytest.mark.parametrize(("text", "title"), TITLES)
def test_title(text: str, title: str | None) -> None:
    (ref,) = find_references(text)
    assert ref.title == title


# (text, the numbers as written at each mention, in order)
MENTIONS = [
    pytest.param(
        "Căn cứ Nghị quyết số 20-NQ-TW ngày 01/11/2012 và Nghị quyết 20-NQ/TW của Ban Chấp hành",
        ["20-NQ-TW", "20-NQ/TW"],
        id="dash-for-slash-and-slash",
    ),
    pytest.param(
        "Nghị quyết số 41/2022/NQ-HĐND ngày 10/12/2022 của HĐND tỉnh; thực hiện Nghị quyết 41/NQ-HĐND",
        ["41/2022/NQ-HĐND", "41/NQ-HĐND"],
        id="with-and-without-year",
    ),
    pytest.param(
        "Thực hiện Kế hoạch số 86 KH/TWĐTN\nBTG ngày 10/3/2023, Kế hoạch 86-KH/TWĐTN-BTG",
        ["86 KH/TWĐTN\nBTG", "86-KH/TWĐTN-BTG"],
        id="wrapped-and-clean",
    ),
    pytest.param(
        unicodedata.normalize("NFD", "Căn cứ Quyết định số 416/QĐ-TTg và Quyết định số 416/QĐ-TTg"),
        ["416/QĐ-TTg", "416/QĐ-TTg"],
        id="nfd-offsets",
    ),
    pytest.param(
        "**Căn cứ** Nghị quyết số 02-NQ/TU ngày 07/9/2017 | Nghị quyết số 02-NQ/TU |",
        ["02-NQ/TU", "02-NQ/TU"],
        id="markdown-debris",
    ),
]


@pytest.mark.parametrize(("text", "written"), MENTIONS)
def test_one_reference_every_mention(text: str, written: list[str]) -> None:
    refs = find_references(text)
    assert len(refs) == 1
    (ref,) = refs
    assert [text[s.start : s.end] for s in ref.mentions] == written


def test_different_years_are_different_documents() -> None:
    refs = find_references("Nghị quyết số 41/2022/NQ-HĐND và Nghị quyết số 41/2023/NQ-HĐND")
    assert [r.number.canonical for r in refs if r.number] == ["41/2022/NQ-HĐND", "41/2023/NQ-HĐND"]
