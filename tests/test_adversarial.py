"""Adversarial inputs: huge, repetitive or malformed texts finish, do not raise, and fail cleanly.

Each case runs under a generous hang guard (``pytest-timeout``, 60 s); it is a guard against a hang
or a quadratic corner, not a timing assertion (on this 2-core machine each case takes seconds).
Speed and linearity are measured in ``benchmarks/throughput.py``.
"""

from __future__ import annotations

import codecs
import quopri
from collections.abc import Callable
from pathlib import Path

import pytest
from pydantic import BaseModel

import vnplan
from vnplan.errors import DecodeError, InputTooLargeError, VnplanError
from vnplan.models import Plan, Span

DOCS = sorted((Path(__file__).resolve().parent / "fixtures" / "corpus" / "docs").glob("*.txt"))
MB = 1_000_000
HANG_GUARD = pytest.mark.timeout(60)


def _repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _one_line_corpus(size: int) -> str:
    """The corpus documents with every line break turned into a space: one line of ``size`` characters."""
    flat = " ".join(" ".join(d.read_text(encoding="utf-8").split()) for d in DOCS) + " "
    return _repeat(flat, size)


def _spans(value: object) -> list[Span]:
    if isinstance(value, Span):
        return [value]
    if isinstance(value, BaseModel):
        return [s for name in type(value).model_fields for s in _spans(getattr(value, name))]
    if isinstance(value, list):
        return [s for item in value for s in _spans(item)]
    return []


CASES: dict[str, Callable[[], str]] = {
    "one 5 MB line": lambda: _one_line_corpus(5 * MB),
    "200,000 lines of Số": lambda: "Số\n" * 200_000,
    "1 MB of digits and slashes": lambda: _repeat("12/3/45-6/7890//1-", MB),
    "1 MB of ngày ngày ngày": lambda: _repeat("ngày ", MB),
    "quotes and parentheses 100k deep": lambda: '(“"«[' * 100_000 + "Số 1-KH/TU" + ']»"”)' * 100_000,
    "100,000 recipients": lambda: (
        "KẾ HOẠCH\nTổng kết\nNơi nhận:\n" + "".join(f"- Huyện ủy {i};\n" for i in range(100_000))
    ),
    "100k T/M marks": lambda: "T/M BAN THƯỜNG VỤ\n" * 100_000,
    "100k bare T/M": lambda: "T/M " * 100_000,
    "500 KB of one citation": lambda: _repeat("Kế hoạch số 1-KH/TU, ngày 1/1/2020 của ", 500_000),
    # Regressions of super-linear corners found for issue 5 (see docs/performance.md).
    "20,000 distinct citations in one sentence": lambda: "".join(
        f"Kế hoạch số {i}-KH/TU của Tỉnh ủy; " for i in range(20_000)
    ),
    "500 KB of blanks": lambda: " " * 500_000 + "T/M BAN THƯỜNG VỤ",
    "200 KB line of deadlines": lambda: _repeat("Cấp huyện hoàn thành trước ngày 30/11/2025 ", 200_000),
    "a 1 MB line of dates after numbers": lambda: _repeat("Kế hoạch số 12-KH/TU ngày 1/2/2020 ", MB),
    "a 2 MB line after place-and-date lines in figures": lambda: (
        "KẾ HOẠCH\n" + "Hà Nội, ngày 07/9/2017 " * 2_000 + "x" * (2 * MB)
    ),
    "1 MB of blanks and line breaks": lambda: _repeat(" \n  \n\x0c2\n", MB),
    "1 MB of one-blank-line wraps": lambda: _repeat("số\n\n1 ", MB),
    "1 MB of full lines, each set a blank line apart": lambda: _repeat(
        "Thực hiện Kế hoạch số 511-KH/TWĐTN-TNTH ngày 04/05/2022 của Ban\n\nBí thư ", MB
    ),
    "a 1 MB line among lines set a blank line apart": lambda: (
        _repeat("Thực hiện Kế hoạch số 511 ngày 04/05/2022 của Ban\n\nBí thư ", 50_000) + "\n" + "x" * MB
    ),
    "a 2 MB line, then headings in capitals over joined deadlines": lambda: (
        "KẾ HOẠCH\nTổng kết\n"
        + "x " * MB
        + "\n"
        + "II. TỔ CHỨC\nCác đơn vị báo cáo 6 tháng (trước ngày 15/6) và hằng năm (trước ngày 15/12).\n"
        * 5_000
    ),
    "1 MB of a body's words two blanks apart": lambda: (
        "KẾ HOẠCH\nTổng kết\n\n" + _repeat("Ban  Chỉ  đạo  tỉnh  quyết  định  ", MB)
    ),
    "1 MB of days of every month": lambda: _repeat("báo cáo trước ngày 10 hằng tháng và ", MB),
    "1 MB of lunar days and years' names": lambda: _repeat(
        "từ mùng 4 đến rằm tháng Giêng năm Bính Ngọ Tết ", MB
    ),
    "250 KB of pages, each a footer, a break and a running header inside a deadline": lambda: _repeat(
        "trước\n\nTrang 1/9\n\x0cĐU P. Hải Châu\n\nngày 12/12/2025 ", 250_000
    ),
    "1 MB of page breaks and blank lines": lambda: _repeat("\n \x0c\n", MB) + "Trang 2/3\n\x0cx",
    # Run-on plans get their line breaks back (vnplan.linebreaks): a long line read once.
    "a 1 MB line of words in capitals after one small word": lambda: "x " + _repeat("ĐOÀN ", MB),
    "a 1 MB line of short sentences and items": lambda: _repeat(
        "Căn cứ Điều 1. - Ban hành; 2. Lưu. TM. BAN ", MB
    ),
    "a 1 MB run of blanks before opening words": lambda: "KẾ HOẠCH Tổng kết" + " " * MB + "Căn cứ Điều lệ",
    # Task tables read a cell a line, and dates checked for the preamble's "như sau:" after them.
    "a 1 MB line of months under a time column's header": lambda: (
        "KẾ HOẠCH\nTổng kết\n\nI. NỘI DUNG\nNội dung\nThời gian\n" + _repeat("Tháng 12/2017 ", MB)
    ),
    "1 MB of task table rows": lambda: (
        "KẾ HOẠCH\nTổng kết\n\nI. NỘI DUNG\n"
        + _repeat("Nội dung\nThời gian\n1\nTổng kết\nTháng 12/2017\n", MB)
    ),
    "1 MB of serials opened by a look-alike letter": lambda: _repeat("Số l1-KH/TU, ", MB),
    "1 MB of zeros in words in capitals": lambda: _repeat("KẾ H0ẠCH 2O17 ", MB),
    "100,000 web-copied recipients beside the signature": lambda: (
        "KẾ HOẠCH\nTổng kết\nNơi nhận:          TM. BAN\n" + "- Huyện ủy;          BÍ THƯ\n" * 100_000
    ),
    "100,000 recipients beside the signature": lambda: (
        "KẾ HOẠCH\nTổng kết\nNơi nhận:"
        + " " * 30
        + "TM. BAN\n"
        + ("- Huyện ủy;" + " " * 28 + "BÍ THƯ\n") * 100_000
    ),
    # A foot written row by row (pypdf): one blank before the signature's part of each line.
    "100,000 recipients written row by row beside the signature": lambda: (
        "KẾ HOẠCH\nTổng kết\nNơi nhận: TM. BAN\n" + "- Huyện ủy; BÍ THƯ Lê Văn An\n" * 100_000
    ),
    "a 1 MB heading line of words in capitals after a mark": lambda: (
        "KẾ HOẠCH\nTổng kết\nNơi nhận: TM. " + _repeat("BAN ", MB) + "\n- a; BÍ THƯ\n"
    ),
    "1 MB of a web page's trailer words after a signature, none opening a line": lambda: (
        "T/M BAN THƯỜNG VỤ\nBÍ THƯ\n" + _repeat("xem tin liên quan, tải về lượt xem ", MB)
    ),
    "1 MB of Markdown links and emphasis": lambda: _repeat("[_Kế hoạch_](https://a.vn/_x_[", MB),
    "200 KB of tab-parted table rows, each a deadline, and 1 MB of a line of tabs": lambda: (
        _repeat("1\tTổng kết\tTrước ngày 30/6/2025\t\n", 200_000) + "a\t" * (MB // 2)
    ),
    "1 MB of grid table borders and rows": lambda: _repeat("+----+----+\n| a  | b  |\n|    | c  |\n", MB),
    "1 MB of pages with no break, each a page's number in a sentence": lambda: _repeat(
        "gửi về Ban trước\n\nD:\\KH 48.docx\n\n2\n\nngày 30/3/2024 và\n\n", MB
    ),
    "1 MB of page numbers between blank lines": lambda: _repeat("x\n\n2\n\n", MB),
    "1 MB of a table drawn with box-drawing lines": lambda: _repeat(
        "├────┼────┤\n│ a  │ b  │\n│    │ c  │\n", MB
    ),
    "200 KB of column rules and rows, each a deadline": lambda: _repeat(
        "---- ---- ----\n  1  Tổng kết  Quý II/2025\n", 200_000
    ),
    "a 1 MB row under a column rule": lambda: "---- ---- ----\n" + "x" * MB,
    "1 MB of aligned table headers, each with a row": lambda: _repeat(
        " TT  Nội dung  Đơn vị  Thời gian\n 1   Tổng kết  Các xã  x\n", MB
    ),
    # CSV tables with semicolons: records with quoted cells, headers with an unclosed quote after them
    "200 KB of CSV records, each a deadline": lambda: (
        "STT;Nội dung;Thời gian\n" + _repeat('1;"Gửi; nộp ""báo cáo""";Trước ngày 30/6/2025\n', 200_000)
    ),
    "1 MB of CSV headers, each with an unclosed quote": lambda: _repeat('STT;Nội dung;Thời gian\n"x;y\n', MB),
    # A spreadsheet's rows with quoted cells over lines; quotes that open a cell and never close
    "200 KB of spreadsheet records over two lines, each a deadline": lambda: (
        'STT\tNội dung\t"Thời hạn\n(hoàn thành)"\n'
        + _repeat('1\t"Gửi ""báo cáo"";\nnộp về"\tCác xã\t"Từ 05/01/2026\nđến 28/02/2026"\n', 200_000)
    ),
    "1 MB of tab-parted cells each opening a quote": lambda: _repeat('"x\t"y\t"\n', MB),
    # A web page's markup kept as text: runs of tags, tags that never close, tags with long attributes
    "1 MB of HTML paragraphs, each a deadline": lambda: _repeat(
        '<p style="text-align:justify"><strong>Các xã</strong> báo cáo trước ngày 15/4/2024.<br />x</p>\n', MB
    ),
    "1 MB of unclosed tags after a closed block": lambda: "</p>" + _repeat("<p style=x", MB),
    "1 MB of one run of tags": lambda: "</p>x" + _repeat("<b> </b>", MB),
    "1 MB of paragraphs on one line": lambda: "x" + _repeat("<p>a</p>", MB),
    # An editor's tracked changes as pandoc writes them; brackets that open a change and never close
    "200 KB of tracked changes, each a deadline": lambda: _repeat(
        'trước ngày [15/9/2024]{.deletion author="A"}[30/9/2024]{.insertion author="B"}.\n', 200_000
    ),
    "1 MB of brackets that never close a change": lambda: _repeat("[x", MB) + "]{.deletion}",
    # Each deadline of an annex is compared with the text's of its period: a bounded few
    "1 MB of deadlines of one period, then an annex of as many repeating none": lambda: (
        "KẾ HOẠCH\nTổng kết\n\n"
        + _repeat("- Các huyện ủy gửi báo cáo trước ngày 20/9/2017.\n", MB // 2)
        + "\nNơi nhận:\n- Lưu VP.\n\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\n\nNguyễn Văn An\n\nPHỤ LỤC\n"
        + _repeat("- Các chi bộ nộp sổ trước ngày 20/9/2017.\n", MB // 2)
    ),
    # Mojibake read back line by line; OCR's date slips; dotted days after their day word
    "1 MB of a plan misread as Windows-1252": lambda: "".join(
        bytes([b]).decode("cp1252", errors="ignore") or chr(b)
        for b in _repeat("Kế hoạch số 62-KH/TU, ngày 20/7/2008 của Tỉnh ủy\n", MB // 2).encode()
    ),
    "1 MB of OCR's slipped date words and dotted days": lambda: _repeat(
        "ngảy 05/7/2024 thánh 01/2025 3l/8/2024 từ ngày 24.02 đến ngày 07.3.2025 ", MB
    ),
    # Session 16: pipe tables whose rows wrap, feet in turns, invisibles, limits' days alone, comments
    "1 MB of a pipe table whose rows wrap": lambda: (
        "| TT | Nội dung | Thời gian |\n"
        + _repeat(
            "| 1 | Báo cáo kết quả gửi | Chậm nhất ngày |\n| | Ban Thường vụ | 13/3/2026 |\n|___|___|___|\n",
            MB,
        )
    ),
    "1 MB of wrapped pipe rows with no closing pipe": lambda: _repeat("| | a\n| 1 | b |\n", MB),
    "100,000 recipients and positions in turns": lambda: (
        "Nơi nhận:\nKT. CHỦ TỊCH\n" + _repeat("- UBND tỉnh (b/c);\nPHÓ CHỦ TỊCH\n", 100_000 * 30)
    ),
    "1 MB of zero-width spaces and soft hyphens inside a date": lambda: (
        "trước ngày 30/1" + "\u200b\u00ad" * (MB // 2) + "0/2025"
    ),
    "1 MB of limits' days alone": lambda: _repeat("xong trước ngày 25; chậm nhất ngày 5\n", MB),
    "1 MB of letter-spaced capitals": lambda: _repeat("K Ế  H O Ạ C H" + " " * 20 + "T M .  B A N\n", MB),
    "1 MB of one letter-spaced line": lambda: "K Ế  " + _repeat("H O Ạ C H  ", MB),
    "1 MB of a task table whose time column comes first": lambda: (
        "STT\nThời gian\nNội dung\nĐơn vị chủ trì\n"
        + _repeat("1\nTrước ngày 15/10/2017\nXây dựng kế hoạch\nUBND các huyện\n", MB)
    ),
    "1 MB of ISO days and received stamps": lambda: _repeat(
        "SỞ TƯ PHÁP\nCÔNG VĂN ĐẾN\nHạn: 2025-10-15\n", MB
    ),
    "1 MB of comment anchors and comments": lambda: _repeat(
        "Nơi nhận:\n- Lưu.\n[a]Lùi sang ngày 25/11.\n", MB
    ),
    "1 MB of lines quoted at depths one to three, a mail within a mail": lambda: _repeat(
        "> Nộp trước ngày 12/11/2025.\n>> trình ký ngày 04/11\n> > > cũ\n>\n", MB
    ),
    "1 MB of days counted from an event's day N, glossed and not": lambda: (
        "Ngày N là 26/10/2025.\n"
        + _repeat("- N-3 (23/10/2025): gửi báo cáo.\n- N+999: xong\n- N-7 (: hoàn thành\n", MB)
    ),
    "1 MB of anchors glued to words, each with its thread after it": lambda: _repeat(
        "nộp trước 20/9[a], hạn[b]\n________\n[a]Hoa: lùi sang 25/9\n[b]Minh: Giữ\n", MB
    ),
    # Session 18: a group chat's furniture, an antiword foot, amendments and restatements, glued units
    "1 MB of a group chat's messages, each a sender, a time and reactions": lambda: _repeat(
        "Nguyễn Thu Hà\nHôm qua lúc 21:14\n👍 3\nTrả lời\nbáo cáo trước ngày 25/3/2024\n", MB
    ),
    "1 MB of an antiword foot's lines between pipes": lambda: (
        "|Nơi nhận:           |KT. TRƯỞNG BAN     |\n"
        + _repeat("|- UBND tỉnh (b/c);  |PHÓ TRƯỞNG BAN     |\n", MB)
    ),
    "1 MB of amendments and restatements": lambda: _repeat(
        "Sửa đổi từ “trước ngày 15/6/2025” thành “trước ngày 30/6/2025”. Cụ thể: hoàn thành trước ngày"
        " 30/6/2025. ",
        MB,
    ),
    "1 MB of units' letters glued to their numbers": lambda: _repeat(
        "cuối T10/2025, T11-T12/2025, QIV/2025, Q13/2025 và T1/20250 ", MB
    ),
    # Session 19: texts typed without marks, detached marks, Word's fields, gazette heads, lists' labels
    "1 MB typed without marks": lambda: _repeat(
        "Ke hoach so 12, Noi nhan: cac xa truoc ngay 10/3/2025; ", MB
    ),
    "1 MB of tone marks set a blank apart": lambda: _repeat("Kê \u0301 hoa \u0323ch nga \u0300y 5/6 ", MB),
    "1 MB of Word's field codes": lambda: _repeat(
        'Số:  FORMTEXT 15  HYPERLINK "http://a.vn/x" REF _Ref1 \\h SEQ Bảng \\* ARABIC 1\n', MB
    ),
    "1 MB of a gazette's running heads": lambda: _repeat(
        "trước ngày\n62 CÔNG BÁO/Số 45/Ngày 20-3-2025\n", MB
    ),
    "1 MB of bulleted deadlines under no label": lambda: _repeat("- a trước ngày 30/6/2025\n", MB),
    "1 MB of lists under their labels": lambda: _repeat("Các tổ dân phố:\n- a trước ngày 30/6/2025\n", MB),
    # Session 20: an old Mac's line ends, e-office footers, sections of times, steps, purposes, two-digit
    # years, limits counted from an event, slash-numbered items
    "1 MB of carriage returns alone": lambda: _repeat("Các xã báo cáo trước ngày 15/10/2025.\r", MB),
    "1 MB of pages, each an e-office's footer of three lines": lambda: _repeat(
        "chậm nhất ngày\nKý số bởi: UBND\nNgày ký: 15/10/2025 09:12:33\nTrang 1/3\n\x0c20/11/2025.\n", MB
    ),
    "1 MB of a section of times, each line a label and its date": lambda: (
        "III. THỜI GIAN HOÀN THÀNH\n" + _repeat("- Kiểm tra hồ sơ: cuối tháng 12.\n", MB)
    ),
    "1 MB of steps, each a time's line under its bullets": lambda: _repeat(
        "Bước 2: Tổng hợp số liệu\n- Đơn vị chủ trì: Phòng A.\n- Thời gian: tháng 5/2025.\n", MB
    ),
    "1 MB of purposes closed by commas before dates": lambda: _repeat(
        "lập danh sách để thăm, tặng quà, để thăm, thực hiện từ ngày 13/01 đến ngày 17/01/2025, ", MB
    ),
    "2,500 dates listed after one limit": lambda: (
        "Các xã gửi báo cáo trước ngày 15/10/2025" + ", 15/11/2025" * 2_500 + "."
    ),
    "1 MB of two-digit years and limits counted from an event": lambda: _repeat(
        "trước 15/10/25, chậm nhất 40 ngày trước ngày bầu cử (ngày 03/02/2026), 1/ Chi bộ ", MB
    ),
    # Session 21: a draft's numbered lines, a wiki's source, abbreviated weekdays, a foot's lone position
    "1 MB of numbered lines": lambda: "".join(  # (numbers of four figures at most: 9,999 lines of 100)
        f"{n}  - T2 21/4 – T6 25/4: GV lớp A hoàn thành đánh giá trẻ theo Bộ chuẩn, gửi về Ban Giám hiệu.\n"
        for n in range(1, 10_000)
    ),
    "1 MB of a wiki's markup": lambda: _repeat(
        "{| class=\"wikitable\"\n|-\n! STT !! Thời gian\n| 1 || '''Trước 20/6''' [[Kế hoạch 1-KH/HU|KH]]\n",
        MB,
    ),
    "1 MB of unclosed wiki links, comments and quotes": lambda: _repeat("[[a|<!--'''=", MB),
    "1 MB of weekdays abbreviated before days": lambda: _repeat(
        "trước T6 (11/4) CN 20/4, tuần 2 (12/5 - ", MB
    ),
    # Session 23: an e-mail's quoted-printable body, letters a line, separators OCR lost, labelled records,
    # forms' example rows, an infographic's lines
    "1 MB of a raw e-mail's quoted-printable body": lambda: (
        "Content-Transfer-Encoding: quoted-printable\n\n"
        + quopri.encodestring(
            _repeat("Kế hoạch số 12/KH-UBND, hoàn thành trước ngày 15/11/2025. ", MB).encode()
        ).decode()
    ),
    "1 MB of quoted-printable runs that are no UTF-8": lambda: (
        "Content-Transfer-Encoding: quoted-printable\n" + _repeat("=FF=C3=\n=28=E1=BA", MB)
    ),
    "1 MB of letters a line": lambda: _repeat("T\nh\nờ\ni\n \ng\ni\na\nn\nĐ\n", MB) + "\f",  # (a PDF's page)
    "1 MB of a plan that lost its separators": lambda: (
        "Số 45 KH ĐUK\n"
        + _repeat("ngày 20 11 2024, Kế hoạch 12 KH TU, tháng 02 2025, T M BAN\nThanh Hóa. ngày 06 ", MB)
    ),
    "1 MB of records of labelled fields": lambda: _repeat(
        "Nhiệm vụ: Rà soát\nĐơn vị chủ trì: UBND các xã\nThời hạn hoàn thành: trước 15/11/2025\n\n", MB
    ),
    "1 MB of example rows on one line": lambda: _repeat(
        "VD\tThôn A gửi danh sách trước ngày 30/10/2025\t", MB
    ),
    "1 MB of an infographic's lines": lambda: _repeat(
        "✅ HOÀN THÀNH sơ kết,\nđề xuất khen thưởng:\nCUỐI THÁNG 11/2025\n", MB
    ),
    # Session 24: days of a later month and of a quarter's month, weeks of a year, days listed after one day
    # word, a calendar of filings, a header after the signature, centred signatures beside recipients
    "1 MB of days of a quarter's and a later month": lambda: _repeat(
        "trước ngày 20 của tháng cuối quý (bắt đầu từ quý I/2026), trước ngày 10 của tháng tiếp theo; ", MB
    ),
    "1 MB of weeks of a year": lambda: _repeat("trong tuần 32/2025, tuần 46 - 47/2025, từ tuần 30 đến ", MB),
    "1 MB of days listed after one day word": lambda: "báo cáo vào các ngày " + _repeat("10/7, 20/7 và ", MB),
    "1 MB of a calendar of filings": lambda: (
        "| STT | Loại tờ khai | Kỳ tính thuế | Hạn nộp |\n|---|---|---|---|\n"
        + _repeat("| 1 | Tạm nộp thuế quý III/2025 | Quý III/2025 | 30/10/2025 (\\*) |\n", MB)
    ),
    "1 MB of numbers after a signature": lambda: (
        "KẾ HOẠCH\nTổ chức\n\nTM. BAN THƯỜNG TRỰC\nPHÓ CHỦ TỊCH\n\nPhạm Thị Lan\n\n"
        + _repeat(
            "Số: 85/KH-MTTQ-BTT\nKèm theo Kế hoạch số 85/KH-MTTQ-BTT\nQuảng Ngãi, ngày 09 tháng 9 năm 2024\n",
            MB,
        )
    ),
    "1 MB of centred positions beside recipients": lambda: (
        "Nơi nhận:"
        + " " * 52
        + "KT. CHỈ HUY TRƯỞNG\n"
        + _repeat("- Bộ CHQS tỉnh (b/c);" + " " * 31 + "PHÓ CHỈ HUY TRƯỞNG - THAM MƯU TRƯỞNG\n", MB)
    ),
    "100,000 recipients beside a lone position": lambda: (
        "Nơi nhận:" + " " * 40 + "HIỆU TRƯỞNG\n" + _repeat("- UBND tỉnh (b/c);\n", 100_000 * 18)
    ),
}


@HANG_GUARD
@pytest.mark.parametrize("name", list(CASES))
def test_adversarial_text_parses(name: str) -> None:
    text = CASES[name]()
    plan = vnplan.parse(text)
    assert isinstance(plan, Plan)
    for span in _spans(plan):
        assert 0 <= span.start <= span.end <= len(text)


@HANG_GUARD
def test_lone_surrogates_parse() -> None:
    """Text decoded with ``surrogateescape`` still parses (``parse`` never raises on a ``str``)."""
    text = b"S\xe1\xbb\x91 62-KH/TU \xff\xfe ng\xc3\xa0y 1/2/2020".decode("ascii", "surrogateescape")
    assert isinstance(vnplan.parse(text), Plan)


@HANG_GUARD
def test_text_over_the_limit_is_refused_naming_the_limit() -> None:
    text = "a" * (vnplan.MAX_INPUT_CHARS + 1)
    with pytest.raises(InputTooLargeError) as caught:
        vnplan.parse(text)
    assert isinstance(caught.value, VnplanError)
    assert caught.value.limit == vnplan.MAX_INPUT_CHARS
    assert f"{vnplan.MAX_INPUT_CHARS}" in str(caught.value)
    assert "MAX_INPUT_CHARS" in str(caught.value)


@HANG_GUARD
def test_text_at_the_limit_is_accepted() -> None:
    assert isinstance(vnplan.parse("a" * vnplan.MAX_INPUT_CHARS), Plan)


@HANG_GUARD
def test_bytes_over_the_limit_are_refused() -> None:
    with pytest.raises(InputTooLargeError):
        vnplan.parse(b"a" * (vnplan.MAX_INPUT_CHARS + 1))


GOOD = "Kế hoạch số 62-KH/TU ngày 07/9/2017".encode()


@pytest.mark.parametrize(
    ("data", "offset"),
    [
        (GOOD + b"\xff" + GOOD, len(GOOD)),  # a byte that never starts UTF-8
        (GOOD + b"\xe1\xbb", len(GOOD)),  # a character cut at the end
        (codecs.BOM_UTF8 + GOOD + b"\xc3(", len(codecs.BOM_UTF8) + len(GOOD)),  # after a BOM
        (b"\xed\xa0\x80" + GOOD, 0),  # an encoded surrogate
        (codecs.BOM_UTF16_LE + "Số".encode("utf-16-le") + b"\x00\xdc", 6),  # a lone low surrogate
        (codecs.BOM_UTF16_BE + "Số".encode("utf-16-be") + b"\x00", 6),  # an odd byte count
    ],
    ids=["invalid-byte", "truncated", "after-bom", "utf8-surrogate", "utf16-surrogate", "utf16-odd"],
)
def test_undecodable_bytes_name_the_first_bad_byte(data: bytes, offset: int) -> None:
    with pytest.raises(DecodeError) as caught:
        vnplan.parse(data)
    assert caught.value.offset == offset
    assert f"byte offset {offset}" in str(caught.value)
