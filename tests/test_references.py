"""Specification of citations: ``find_references(text)`` (REFERENCE §1.10, §2.6).

A citation is ``<Type> [số] <number>[, ngày <date>] [của <issuer>] [về “<subject>”]``.
References are merged per document (one number written two ways is one reference) and
keep every mention as a span of the original text.
"""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest

import vnplan
from vnplan.lexicon import load
from vnplan.models import Reference
from vnplan.normalise import fold_tones, normalise
from vnplan.references import find_references, references_in

# (text, [(doc_type, canonical, issued_on)])
CITATIONS = [
    pytest.param(  # a year of two digits, as notes write it
        "Thực hiện Kế hoạch số 45/KH-HPN ngày 29/9/25 của Hội LHPN phường",
        [("Kế hoạch", "45/KH-HPN", date(2025, 9, 29))],
        id="a-two-digit-year",
    ),
    pytest.param(  # a form's number is no document cited
        "Báo cáo trước ngày 15/6/2024 (theo mẫu số 2/BC kèm theo), thực hiện Kế hoạch số 15/KH-UBND",
        [("Kế hoạch", "15/KH-UBND", None)],
        id="a-form-s-number",
    ),
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
    pytest.param(  # all in words, as formal texts write it
        "Thực hiện Kế hoạch số 2150/KH-STP ngày mười hai tháng tám năm hai nghìn không trăm hai mươi lăm"
        " của Sở",
        [("Kế hoạch", "2150/KH-STP", date(2025, 8, 12))],
        id="date-all-in-words",
    ),
    pytest.param(  # words after "ngày" that write no day
        "Thực hiện Kế hoạch số 12/KH-UBND ngày càng hiệu quả",
        [("Kế hoạch", "12/KH-UBND", None)],
        id="words-after-the-day-word-that-are-no-day",
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
        "Căn cứ Bộ luật Hình sự số 100/2015/QH13", [("Bộ luật", "100/2015/QH13", None)], id="a-code-of-law"
    ),
    pytest.param(  # a date written year first, as ISO 8601 and office software write it
        "Căn cứ Quyết định số 09/2025/QĐ-CT ngày 2025-01-06 của Giám đốc Công ty",
        [("Quyết định", "09/2025/QĐ-CT", date(2025, 1, 6))],
        id="an-iso-date",
    ),
    pytest.param(  # a procuracy's and a court's acts: the written type word, not the code ("CT": Chỉ thị)
        "theo Cáo trạng số 41/CT-VKSQL ngày 19/7/2024 và Bản án số 58/2024/HS-ST ngày 27/8/2024",
        [("Cáo trạng", "41/CT-VKSQL", date(2024, 7, 19)), ("Bản án", "58/2024/HS-ST", date(2024, 8, 27))],
        id="an-indictment-and-a-judgment",
    ),
    pytest.param(
        "Căn cứ Luật Dữ liệu số 60/2024/QH15 được Quốc hội khóa XV thông qua tại Kỳ họp thứ 8"
        " ngày 30/11/2024",
        [("Luật", "60/2024/QH15", date(2024, 11, 30))],
        id="law-passed-by-the-national-assembly",
    ),
    pytest.param(
        "Căn cứ Luật số 60/2024/QH15 (Quốc hội khoá XV thông qua ngày 30/11/2024)",
        [("Luật", "60/2024/QH15", date(2024, 11, 30))],
        id="law-passed-in-parentheses",
    ),
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
        "Ngày 27-6-2022, Ban Bí thư Trung ương Đoàn đã ban hành Kế hoạch số 541a-KH/TWĐTN-BTG về tổ chức",
        [("Kế hoạch", "541a-KH/TWĐTN-BTG", date(2022, 6, 27))],
        id="date-from-sentence-opening-dashes",
    ),
    pytest.param(
        "Ngày 27.6.2022, Tỉnh ủy đã ký Kế hoạch số 62-KH/TU về tổ chức",
        [("Kế hoạch", "62-KH/TU", date(2022, 6, 27))],
        id="date-from-sentence-opening-dots",
    ),
    pytest.param(
        "Ngày 27 tháng 6 năm 2022, Ban Bí thư Trung ương Đoàn đã ban hành Kế hoạch số 541a-KH/TWĐTN-BTG",
        [("Kế hoạch", "541a-KH/TWĐTN-BTG", date(2022, 6, 27))],
        id="date-from-sentence-opening-in-words",
    ),
    pytest.param(
        "Ngày 27-6/2022, Ban Bí thư Trung ương Đoàn đã ban hành Kế hoạch số 541a-KH/TWĐTN-BTG",
        [("Kế hoạch", "541a-KH/TWĐTN-BTG", None)],
        id="date-from-sentence-opening-mixed-marks-is-not-read",
    ),
    pytest.param(
        "Ngày  27/6/2022,  Ban  Bí  thư  Trung  ương  Đoàn  đã  ban  hành  Kế  hoạch  số  541a-KH/TWĐTN-BTG",
        [("Kế hoạch", "541a-KH/TWĐTN-BTG", date(2022, 6, 27))],
        id="date-from-sentence-opening-words-two-blanks-apart",
    ),
    pytest.param(
        "Thực hiện Kế hoạch số 62-KH/TU ban  hành ngày 07/9/2017",
        [("Kế hoạch", "62-KH/TU", date(2017, 9, 7))],
        id="issued-on-after-the-verb-two-blanks-apart",
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
    pytest.param(  # the date opens a clause after a comma, the letter is what the body "đã có" then
        "về công tác gia đình năm 2025, ngày 20/5/2025, Bộ đã có Công văn số 1820/BVHTTDL-VHCSGĐTV đề nghị",
        [("Công văn", "1820/BVHTTDL-VHCSGĐTV", date(2025, 5, 20))],
        id="a-date-opening-the-clause-that-cites",
    ),
    pytest.param(  # the body "tiếp tục có" (went on to send) the letter that day
        "đã ban hành Kế hoạch. Ngày 21/3/2025, Ủy ban nhân dân huyện tiếp tục có Công văn số 412/UBND-VP đôn"
        " đốc các đơn vị",
        [("Công văn", "412/UBND-VP", date(2025, 3, 21))],
        id="a-date-opening-the-sentence-the-body-went-on-to-send-the-letter",
    ),
    pytest.param(  # a procuracy's recommendation, after its conclusion
        "thực hiện kiến nghị tại Kết luận kiểm sát số 02/KL-VKS ngày 28/12/2023 của Viện kiểm sát và Kiến"
        " nghị số 04/KN-VKS.",
        [("Kết luận", "02/KL-VKS", date(2023, 12, 28)), ("Kiến nghị", "04/KN-VKS", None)],
        id="a-recommendation-after-a-conclusion",
    ),
    pytest.param(  # a date opening a sentence, "có" far from the number: not its date
        "Ngày 21/3/2025, huyện có 5 xã hoàn thành theo yêu cầu tại Công văn số 412/UBND-VP",
        [("Công văn", "412/UBND-VP", None)],
        id="a-date-opening-a-sentence-of-facts",
    ),
    pytest.param(  # ... not after a number: that date is the number's
        "Kế hoạch số 318/KH-BVHTTDL, ngày 25/02/2025, Bộ đã có Công văn số 1820/BVHTTDL-VHCSGĐTV",
        [("Kế hoạch", "318/KH-BVHTTDL", date(2025, 2, 25)), ("Công văn", "1820/BVHTTDL-VHCSGĐTV", None)],
        id="a-date-after-a-number-is-the-number-s",
    ),
    pytest.param(  # OCR: a tone mark of "ngày", a one read as a letter
        "và Kế hoạch số 112-KH/HU, ngảy 05/7/2024 của Ban Thường vụ; Kết luận số 21-KL/TW ngày 25/l0/2021",
        [("Kế hoạch", "112-KH/HU", date(2024, 7, 5)), ("Kết luận", "21-KL/TW", date(2021, 10, 25))],
        id="ocr-slips-in-the-dates",
    ),
    pytest.param(  # OCR (or an ASCII keyboard) wrote Đ without its stroke in one mention
        "Căn cứ Nghị quyết số 15-NQ/DU, ngày 05/12/2025 của Đảng bộ xã; thực hiện Nghị quyết 15-NQ/ĐU và",
        [("Nghị quyết", "15-NQ/DU", date(2025, 12, 5))],
        id="a-d-without-its-stroke-is-the-same-code",
    ),
    pytest.param(  # a PDF viewer's copy glued the number word to the serial
        "thực hiện Quyết định số06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ",
        [("Quyết định", "06/QĐ-TTg", date(2022, 1, 6))],
        id="the-number-word-glued-to-the-serial",
    ),
    pytest.param(  # ... not a word that merely ends so
        "Tổngsố06/QĐ-TTg", [], id="a-word-ending-like-the-number-word-glued"
    ),
    pytest.param(  # OCR lost the marks of the type word and of the code: the code without them is NĐ's
        "Nghị dịnh số 15/2018/ND-CP ngày 02/02/2018 của Chính phủ",
        [("Nghị định", "15/2018/ND-CP", date(2018, 2, 2))],
        id="a-type-code-without-its-marks-names-the-type",
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


# Issuer boundaries (REFERENCE §1.10, §2.6: "<Type> số <number>, ngày <date> của <issuer> về <subject>").
# (text, canonical number of the reference checked, issuer)
ISSUER_BOUNDARIES = [
    # The issuer stops at the first word that starts the subject: a verb, "về", "tại" …
    pytest.param(
        "Căn cứ Nghị định số 22/2013/NĐ-CP ngày 13/3/2013 của Chính phủ quy định chức năng, nhiệm vụ",
        "22/2013/NĐ-CP",
        "Chính phủ",
        id="stops-at-quy-dinh",
    ),
    pytest.param(
        "Căn cứ Nghị quyết số 751/2019/UBTVQH14 ngày 16 tháng 8 năm 2019 của Ủy ban Thường vụ Quốc hội "
        "giải thích một số điều của Luật Quy hoạch;",
        "751/2019/UBTVQH14",
        "Ủy ban Thường vụ Quốc hội",
        id="stops-at-giai-thich",
    ),
    pytest.param(
        "Quyết định số 1501/QĐTTg ngày 28/8/2015 của Thủ tướng Chính phủ phê duyệt "
        "Đề án “Tăng cường giáo dục”",
        "1501/QĐ-TTg",
        "Thủ tướng Chính phủ",
        id="stops-at-phe-duyet",
    ),
    pytest.param(
        "Kế hoạch số 496 KH/TWĐTNBTC ngày 17/6/2016 của Ban Bí thư Trung ương Đoàn ban hành về việc tổ chức",
        "496-KH/TWĐTN-BTC",
        "Ban Bí thư Trung ương Đoàn",
        id="stops-at-ban-hanh",
    ),
    pytest.param(
        "Chương trình số 53-CTr/TU ngày 21 tháng 02 năm 2018 của Ban Chấp hành Đảng bộ tỉnh khóa XV "
        "thực hiện Nghị quyết số 19-NQ/TW, ngày 25 tháng 10 năm 2017",
        "53-CTr/TU",
        "Ban Chấp hành Đảng bộ tỉnh khóa XV",
        id="stops-at-thuc-hien",
    ),
    pytest.param(
        "Căn cứ Thông tư số\n07/2021/TT-BLĐTBXH ngày 18/7/2021 "
        "của Bộ Lao động - Thương binh và Xã hội hướng\n"
        "dẫn phương pháp rà soát",
        "07/2021/TT-BLĐTBXH",
        "Bộ Lao động - Thương binh và Xã hội",
        id="stops-at-verb-wrapped-over-lines",
    ),
    pytest.param(
        "(Đính kèm theo kế hoạch số: 112KH/TWĐTNVP ngày 27/ 7 /2023\n"
        "của Ban Bí thư Trung ương Đoàn Về việc tổ chức chương trình",
        "112-KH/TWĐTN-VP",
        "Ban Bí thư Trung ương Đoàn",
        id="stops-at-capitalised-ve-viec",
    ),
    pytest.param(
        "(Ban hành kèm theo Quyết định số 173/QĐ-BTP ngày 29 tháng 01 năm 2015 của Bộ trưởng Bộ Tư pháp)",
        "173/QĐ-BTP",
        "Bộ trưởng Bộ Tư pháp",
        id="stops-at-closing-bracket",
    ),
    pytest.param(
        "Căn cứ Công văn số 1234/BGTVT-VP ngày 05/3/2020 của Bộ Giao thông vận tải về việc",
        "1234/BGTVT-VP",
        "Bộ Giao thông vận tải",
        id="body-name-is-not-cut-at-a-look-alike-word",
    ),
    pytest.param(
        "Thực hiện Kế hoạch số 15/KH-BCĐ ngày 08/6/2017 của Ban Chỉ đạo Trung ương về tổng kết",
        "15/KH-BCĐ",
        "Ban Chỉ đạo Trung ương",
        id="ban-chi-dao-kept-whole",
    ),
    pytest.param(
        "Căn cứ Kế hoạch số 45/KH-UBND ngày 02/3/2021 của UBND TP. Hồ Chí Minh về phòng chống dịch",
        "45/KH-UBND",
        "UBND TP. Hồ Chí Minh",
        id="abbreviation-dot-is-not-a-sentence-end",
    ),
    # A single line break is a space (PDF text wraps inside names); only a blank line or a list item ends it.
    pytest.param(
        "Thực hiện Kế hoạch số 411KH/TWĐTNBTC ngày 25/8/2021 của Ban Chấp\n"
        "hành Trung ương Đoàn về tổ chức Đại hội",
        "411-KH/TWĐTN-BTC",
        "Ban Chấp hành Trung ương Đoàn",
        id="wrapped-ban-chap-hanh",
    ),
    pytest.param(
        "Tham  gia  góp  ý  Quyết  định  số  906/QĐBYT  ngày  15/3/2017  của  Bộ\n"
        "trưởng Bộ Y tế về việc phê duyệt",
        "906/QĐ-BYT",
        "Bộ trưởng Bộ Y tế",
        id="wrapped-bo-truong",
    ),
    pytest.param(
        "Quyết định số 897/QĐTTg ngày 26/7/2022 của  Thủ  tướng  Chính\nphủ phê duyệt Chương trình",
        "897/QĐ-TTg",
        "Thủ tướng Chính phủ",
        id="wrapped-chinh-phu",
    ),
    pytest.param(
        "Thực hiện Hướng dẫn số 63HD/BTGTW ngày 21/6/2022 của Ban Tuyên giáo\n"
        "Trung  ương  về  việc tuyên truyền",
        "63-HD/BTGTW",
        "Ban Tuyên giáo Trung ương",
        id="wrapped-capitalised-continuation",
    ),
    pytest.param(
        "Thực hiện Kế hoạch số 62-KH/TU ngày 07/9/2017 của Tỉnh uỷ\n\nTrung tâm Chính trị huyện",
        "62-KH/TU",
        "Tỉnh uỷ",
        id="blank-line-ends-issuer",
    ),
    pytest.param(
        "theo Kế hoạch số 62-KH/TU của Ban Thường vụ Tỉnh uỷ\n2. Nội dung tuyên truyền",
        "62-KH/TU",
        "Ban Thường vụ Tỉnh uỷ",
        id="list-item-ends-issuer",
    ),
    pytest.param(
        "Căn cứ Nghị định số 105/2012/NĐ-CP ngày 17 tháng 12 năm 2012 của\n"
        "Xét đề nghị của Chủ nhiệm Tổng cục",
        "105/2012/NĐ-CP",
        None,
        id="line-opening-a-new-clause-is-not-the-issuer",
    ),
    # The issuer written before the number: subject of "ban hành"/"phê duyệt", or "của X tại".
    pytest.param(
        "Ngày 27/6/2022, Ban Bí thư Trung ương Đoàn đã ban hành Kế hoạch số\n541aKH/TWĐTNBTG về tổ chức",
        "541a-KH/TWĐTN-BTG",
        "Ban Bí thư Trung ương Đoàn",
        id="before-subject-of-da-ban-hanh",
    ),
    pytest.param(
        "2. Công tác lãnh đạo, chỉ đạo thực hiện Nghị quyết số  21NQ/TW\n"
        " Ban Bí thư Trung ương Đoàn đã ban hành Kế hoạch số 86 KH/TWĐTN\nBTG ngày 23/8/2018",
        "86-KH/TWĐTN-BTG",
        "Ban Bí thư Trung ương Đoàn",
        id="before-subject-after-another-number",
    ),
    pytest.param(
        "Đề án Tổng thể phát triển thể lực, tầm vóc người Việt Nam giai đoạn\n2011 – 2030 được Thủ tướng "
        "Chính phủ phê duyệt tại Quyết định số 641/QĐ\nTTg ngày 28 tháng 4 năm 2011.",
        "641/QĐ-TTg",
        "Thủ tướng Chính phủ",
        id="before-agent-of-duoc-phe-duyet-tai",
    ),
    pytest.param(
        "Theo đề nghị của UBND huyện Châu Thành tại Tờ trình số 308/TTr-UBND ngày 10 tháng 12 năm 2021",
        "308/TTr-UBND",
        "UBND huyện Châu Thành",
        id="before-cua-x-tai-to-trinh",
    ),
    pytest.param(
        "Xét đề nghị của Giám đốc Sở Lao động - Thương binh và Xã hội tại Tờ trình số 33/TTr-SLĐTBXH ngày "
        "16 tháng 4 năm 2020",
        "33/TTr-SLĐTBXH",
        "Giám đốc Sở Lao động - Thương binh và Xã hội",
        id="before-office-tai-to-trinh",
    ),
    pytest.param(
        "Đồng thời ban hành Kế hoạch số 12-KH/TU ngày 05/01/2022",
        "12-KH/TU",
        None,
        id="before-no-body-named",
    ),
    pytest.param(
        "Thực hiện Luật Hộ tịch năm 2014, Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định "
        "chi tiết và hướng dẫn thi hành một số điều của Luật Hộ tịch và Quyết định số 101/QĐ-TTG",
        "123/2015/NĐ-CP",
        "Chính phủ",
        id="after-date-long-subject",
    ),
    # A trailing sentence period is not part of the issuer.
    pytest.param(
        "được ban hành tại Quyết\nđịnh số 2013/QĐTTg ngày 14/01/2011 của Thủ tướng Chính phủ.\n\n8",
        "2013/QĐ-TTg",
        "Thủ tướng Chính phủ",
        id="trailing-period-stripped",
    ),
    pytest.param(
        "theo Kế hoạch số 2401/KH-UBND  ngày 05 tháng 9 năm 2017 của Ủy ban nhân dân tỉnh.\n"
        "- Cơ quan thực hiện",
        "2401/KH-UBND",
        "Ủy ban nhân dân tỉnh",
        id="trailing-period-before-next-line",
    ),
]


def _reference(text: str, canonical: str) -> Reference:
    refs = {r.number.canonical: r for r in find_references(text) if r.number}
    return refs[canonical]


@pytest.mark.parametrize(("text", "canonical", "issuer"), ISSUER_BOUNDARIES)
def test_issuer_boundaries(text: str, canonical: str, issuer: str | None) -> None:
    assert _reference(text, canonical).issuer == issuer


# A quoted subject belongs to the nearest cited document before the quote.
QUOTED_SUBJECTS = [
    pytest.param(
        "Thực hiện Kế hoạch số 119-KH/TU ngày 18 tháng 12 năm 2019 của Ban Thường vụ Tỉnh ủy về thực hiện "
        "Chỉ thị số 37-CT/TW ngày 03 tháng 9 năm 2019 của Ban Bí thư Trung ương Đảng "
        "“về tăng cường sự lãnh đạo”;",
        {"119-KH/TU": None, "37-CT/TW": "về tăng cường sự lãnh đạo"},
        id="quote-goes-to-the-inner-citation",
    ),
    pytest.param(
        "Thực hiện Nghị quyết số 11-NQ/TU, ngày 20/7/2008 của Tỉnh uỷ “Về tăng cường sự lãnh đạo của Đảng”",
        {"11-NQ/TU": "Về tăng cường sự lãnh đạo của Đảng"},
        id="quote-right-after-its-citation",
    ),
]


@pytest.mark.parametrize(("text", "titles"), QUOTED_SUBJECTS)
def test_quoted_subject_goes_to_the_nearest_citation(text: str, titles: dict[str, str | None]) -> None:
    assert {r.number.canonical: r.title for r in find_references(text) if r.number} == titles


# Every repair of a cited number is reported, once per repair and written form.
# (text, [(code, severity, a word the message must contain)])
REPAIRS = [
    pytest.param(
        "Thực hiện Hướng dẫn số 63HD/BTGTW ngày 14/5/2022",
        [("number.hyphen_restored", "info", "63-HD/BTGTW")],
        id="hyphen-lost-after-serial",
    ),
    pytest.param(
        "Căn cứ Quyết định số 641/QĐ\nTTg ngày 28/4/2011",
        [("number.hyphen_restored", "info", "641/QĐ-TTg")],
        id="hyphen-lost-as-line-break",
    ),
    pytest.param(
        "Thực hiện Chương trình số 861/CTrBGDĐTTWĐTN ngày 28/11/2016",
        [("number.hyphen_restored", "info", "CTr-BGDĐT-TWĐTN")],
        id="codes-glued",
    ),
    pytest.param(
        "Thực hiện Kết luận số 79-LK/TW ngày 25/12/2013 của Ban Bí thư",
        [("number.unknown_type_code", "warning", "KL")],
        id="typo-type-code-names-the-likely-code",
    ),
    pytest.param(
        "Căn cứ Nghị quyết số 20-NQ-TW ngày 01/11/2012 và Nghị quyết 20-NQ/TW của Ban Chấp hành",
        [("number.dash_for_slash", "warning", "slash")],
        id="dash-for-slash-merged",
    ),
    pytest.param(
        "Nghị quyết số 41/2022/NQ-HĐND ngày 10/12/2022 của HĐND tỉnh; thực hiện Nghị quyết 41/NQ-HĐND",
        [("reference.merged_forms", "info", "41/NQ-HĐND")],
        id="with-and-without-year-merged",
    ),
    pytest.param(
        "Nghị quyết số 21NQ/TW ngày 25/10/2017; thực hiện Nghị quyết số 21NQ/TW, Nghị quyết số 21NQ/TW",
        [("number.hyphen_restored", "info", "21-NQ/TW")],
        id="same-repair-reported-once",
    ),
    pytest.param(
        "Căn cứ Nghị định số 37/2019/NĐ-CP ngày 07/5/2019 của Chính phủ và Kế hoạch số 62-KH/TU",
        [],
        id="clean-numbers-no-diagnostics",
    ),
    # A year split by a stray space, read only where the citation goes on cleanly after it.
    pytest.param(
        "Căn cứ Quyết định số\n24/2021/QĐ-TTg ngày 16/7/20 21 của Thủ tướng Chính phủ quy định quy trình rà",
        [("date.repaired_split_year", "warning", "2021")],
        id="split-year-repaired",
    ),
    pytest.param(
        "Kế hoạch số 62-KH/TU ngày 16/7/20 21 đơn vị tham gia", [], id="split-year-not-clean-skipped"
    ),
    pytest.param(
        "Kế hoạch số 62-KH/TU ngày 16/7/30 21, của Tỉnh ủy", [], id="split-year-implausible-skipped"
    ),
]


@pytest.mark.parametrize(("text", "expected"), REPAIRS)
def test_repairs_are_reported(text: str, expected: list[tuple[str, str, str]]) -> None:
    src = normalise(text)
    found = references_in(src, 0, len(src.text))
    got = [(d.code, d.severity) for d in found.diagnostics]
    assert got == [(code, severity) for code, severity, _ in expected]
    for diagnostic, (_, _, word) in zip(found.diagnostics, expected, strict=True):
        assert word in diagnostic.message
        assert diagnostic.span is not None
        assert 0 <= diagnostic.span.start < diagnostic.span.end <= len(text)


def test_split_year_gives_date_and_issuer() -> None:
    (ref,) = find_references(
        "Căn cứ Quyết định số\n24/2021/QĐ-TTg ngày 16/7/20 21 của Thủ tướng Chính phủ quy định"
    )
    assert (ref.issued_on, ref.issuer) == (date(2021, 7, 16), "Thủ tướng Chính phủ")


def test_split_year_not_clean_is_not_read() -> None:
    for text in (
        "Kế hoạch số 62-KH/TU ngày 16/7/20 21 đơn vị",
        "Kế hoạch số 62-KH/TU ngày 16/7/30 21, của Tỉnh ủy",
    ):
        (ref,) = find_references(text)
        assert ref.issued_on is None


def test_own_number_repairs_are_not_reported_as_references() -> None:
    src = normalise("Số 62KH/TU\nThực hiện Kế hoạch số 62KH/TU và Kết luận số 79-LK/TW")
    found = references_in(src, 0, len(src.text), exclude="62-KH/TU")
    assert [d.code for d in found.diagnostics] == ["number.unknown_type_code"]


def test_plan_carries_reference_repairs() -> None:
    plan = vnplan.parse(
        "Số 62-KH/TU\nĐông Hà, ngày 07 tháng 9 năm 2017\nKẾ HOẠCH\nTổng kết\n\n"
        "Thực hiện Kết luận số 79-LK/TW ngày 25/12/2013 của Ban Bí thư và Hướng dẫn số 63HD/BTGTW\n"
    )
    codes = [d.code for d in plan.diagnostics]
    assert "number.unknown_type_code" in codes
    assert "number.hyphen_restored" in codes


def test_issuer_vocabulary_is_in_key_form() -> None:
    """Phrases are matched on the tone-folded key, so the lexicon must be written in that form."""
    for name, phrases in load("references").items():
        assert phrases == sorted(set(phrases), key=phrases.index), f"{name} has duplicates"
        for phrase in phrases:
            assert fold_tones(phrase) == phrase == phrase.lower(), f"{name}: {phrase!r}"


@pytest.mark.parametrize(
    "text",
    [
        "Căn cứ Luật số 1/2015; Nghị quyết số 20-NQ/TW",
        "Quyết định 12/QĐ-UBND ngày 3/4/2020. Kế hoạch số 5-KH/TU",
        "theo Nghị quyết (khóa XII)\n\nKế hoạch liên tịch số 7",
        "Chỉ thị, Kế hoạch\nphối hợp số 8",
        "Kế hoạch; " + "x" * 150 + " Quyết định số 9",
    ],
)
def test_type_word_is_the_last_of_its_clause(text: str) -> None:
    """The type word read from the tail after the last stop is the last one of the clause."""
    from vnplan import references  # noqa: PLC0415

    key = normalise(text).key
    for pos in range(len(key) + 1):
        window_start = max(0, pos - 160)
        breaks = [m.end() for m in references._CLAUSE_BREAK_RE.finditer(key, window_start, pos)]
        clause = breaks[-1] if breaks else window_start
        stop = references._HARD_STOP_RE.search(key, clause, pos)
        found = references._last_type_word(key, stop.end(), pos) if stop else None
        found = found or references._last_type_word(key, clause, pos)
        expected = (found.group(), found.start(), found.end()) if found else None
        assert references._type_word(key, pos) == expected
