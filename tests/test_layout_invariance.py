"""Layout that carries no meaning changes no value: each corpus document, rewritten with CRLF line
ends, blanks at the ends of its lines, indented lines, page breaks with their numbers, its
recipients' heading in capitals, in NFD or in the other tone-mark style, or kept as a JSON record,
parses to the same values as the document itself.

The rewrites and the comparison live in ``scripts/layout_probe.py`` (``INVARIANT``), which also
probes the rewrites that still change some values. Spans move with the text, so values are
compared, not spans: numbers by their canonical form, text values with white space collapsed and
under one tone-mark style (a value is kept as written).
"""

from __future__ import annotations

import quopri
import re
import unicodedata
from datetime import date
from pathlib import Path

import pytest
import regex
from hypothesis import example, given
from hypothesis import strategies as st

import vnplan
from project_scripts import load_script
from vnplan.normalise import fold_line_ends, normalise

PROBE = load_script("layout_probe")
DOCS = sorted((Path(__file__).resolve().parent / "fixtures" / "corpus" / "docs").glob("*.txt"))


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


_WRAPPED = "Thực hiện Kế hoạch số 511-KH/TWĐTN-TNTH ngày 04/5/2022 về việc tổ chức"  # 70 characters


def _wrapped_text(last: str, following: str) -> str:
    """A paragraph wrapped at 70 characters, then its line ``last``, one blank line and ``following``."""
    return "\n".join([_WRAPPED] * 6) + f"\n{last}\n\n{following}\n" + "\n".join([_WRAPPED] * 2)


@pytest.mark.parametrize(
    ("last", "following", "joined"),
    [
        (
            "Thực hiện Kế hoạch số 511-KH/TWĐTN-TNTH ngày 04/05/2022 của Ban",
            "Bí thư Trung ương Đoàn về",
            True,
        ),
        (
            "Thực  hiện  Kế  hoạch  số  511-KH/TWĐTN-TNTH  ngày  04/05/2022  của  Ban",
            "Bí thư",
            True,
        ),  # justified
        (
            "Đoàn  kết  các  đơn  vị  cùng  tham  gia  hoạt  động  của  Ban",
            "Bí thư",
            True,
        ),  # set wide: justified
        ("Đoàn kết các đơn vị cùng tham gia hoạt động của Ban", "Bí thư", False),  # short: a paragraph's end
        ("đề nghị các đơn vị gửi báo cáo về Văn phòng Trung ương Đoàn trước", "Ngày 15/6/2024.", True),
        ("các tác phẩm dự thi được đăng tải trên Fanpage chương trình “Sống xanh”", "theo hướng dẫn.", True),
        (
            "tham dự và đưa tin tuyên truyền về các hoạt động của Chương trình tại",
            "“Ngày hội Thanh niên”",
            True,
        ),
        ("Thực hiện Kế hoạch số 511-KH/TWĐTN-TNTH ngày 04/05/2022 của Ban.", "Bí thư Trung ương Đoàn", False),
        ("Thực hiện Kế hoạch số 511-KH/TWĐTN-TNTH ngày 04/05/2022 của Ban:", "Bí thư Trung ương Đoàn", False),
        ("1. Mục đích", "Tổ chức các hoạt động", False),  # a short line: a heading
        ("Thực hiện Kế hoạch số 511-KH/TWĐTN-TNTH ngày 04/05/2022 của Ban", "2. Nội dung", False),  # an item
        ("Thực hiện Kế hoạch số 511-KH/TWĐTN-TNTH ngày 04/05/2022 của Ban", "b) Cấp tỉnh", False),
        ("Thực hiện Kế hoạch số 511-KH/TWĐTN-TNTH ngày 04/05/2022 của Ban", "- Cấp tỉnh", False),  # a dash
        (
            "Thực hiện Kế hoạch số 511-KH/TWĐTN-TNTH ngày 04/05/2022 của Ban",
            "KẾ HOẠCH NĂM",
            False,
        ),  # capitals
        ("Thực hiện Kế hoạch số 511-KH/TWĐTN-TNTH ngày 04/05/2022 của Ban", "Căn cứ Luật Thanh niên", False),
        (
            "Thực hiện Kế hoạch số 511-KH/TWĐTN-TNTH ngày 04/05/2022 của Ban",
            " Thành lập mới",
            False,
        ),  # indented
        (
            "Kính gửi: Ban Thường vụ các tỉnh, thành đoàn, đoàn trực thuộc",
            "Ngày 27/6/2022, Ban Bí thư",
            False,
        ),
        (
            "TỔ CHỨC CÁC HOẠT ĐỘNG TUYÊN TRUYỀN KỶ NIỆM NGÀY THÀNH LẬP ĐOÀN",
            "Ban Bí thư Trung ương Đoàn",
            False,
        ),
        (
            "Thực hiện Kế hoạch số 511-KH/TWĐTN-TNTH ngày 04/05/2022 của Ban",
            "\nBí thư Trung ương Đoàn",
            False,
        ),
    ],
)
def test_a_blank_line_after_a_wrapped_line_that_fills_the_width_is_a_line_break(
    last: str, following: str, joined: bool
) -> None:
    text = _wrapped_text(last, following)
    at = text.index(f"\n{last}\n") + len(last) + 2  # the blank line's break
    assert (normalise(text).key[at] == " ") is joined


def test_paragraphs_set_one_a_line_are_not_wrapped() -> None:
    paragraph = " ".join(["Thực hiện Kế hoạch số 511-KH/TWĐTN-TNTH ngày 04/05/2022 của Ban Bí thư"] * 3)
    text = "\n".join([paragraph] * 6) + "\nBan Bí thư Trung ương Đoàn ban hành kế hoạch của Ban\n\nBí thư"
    assert normalise(text).key == text


@pytest.mark.parametrize("doc", ["doc_011", "doc_019", "doc_025", "doc_033", "doc_035"])
def test_wrapped_lines_set_one_blank_line_apart_change_no_value(doc: str) -> None:
    """A DOCX conversion's habit: these documents read the same with a blank line between any two of
    their lines (``scripts/layout_probe.py`` lists the documents that still read otherwise)."""
    text = (DOCS[0].parent / f"{doc}.txt").read_text(encoding="utf-8")
    expected = PROBE.values(vnplan.parse(text))
    assert PROBE.values(vnplan.parse(PROBE.PROBES["wraps as blank lines"](text))) == expected


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
        # a footer before the break, a running header after it (after two breaks, half of them at least)
        (
            "chậm nhất\nTrang 1/3\n\x0cĐU P. Hải Châu\nngày 12\nTrang 2/3\n\x0cĐU P. Hải Châu\nx",
            "chậm nhất" + " " * 26 + "\nngày 12" + " " * 26 + "\nx",
        ),
        ("a\n- 2 -\n\x0cb", "a" + " " * 7 + "\nb"),  # a footer alone
        ("a\nDự thảo lần 2 – Trang 1/3\n\x0cb", "a" + " " * 27 + "\nb"),  # a draft's words, a page of pages
        ("a\nxem Trang 12\n\x0cb", "a\nxem Trang 12\n\nb"),  # no page of pages: a sentence's words
        # a footer of several lines, the same above two page numbers at least (an e-office's stamp)
        (
            "chậm nhất ngày\nKý số bởi: UBND\nNgày ký: 15/10/2025\nTrang 1/3\n\x0c20/11/2025.\nb\n"
            "Ký số bởi: UBND\nNgày ký: 15/10/2025\nTrang 2/3\n\x0cc",
            "chậm nhất ngày" + " " * 47 + "\n20/11/2025.\nb" + " " * 47 + "\nc",
        ),
        (
            "a\n\x0cKế hoạch\nb\n\x0cKế hoạch\nc\n\x0cd\n\x0ce\n\x0cf",
            "a\n\nKế hoạch\nb\n\nKế hoạch\nc\n\nd\n\ne\n\nf",
        ),
    ],
)
def test_page_numbers_after_a_page_break_are_blanked(raw: str, text: str) -> None:
    assert normalise(raw).text == text


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("'''KẾ HOẠCH'''", "   KẾ HOẠCH   "),
        ("== I. MỤC ĐÍCH ==\n# '''Quán triệt'''", "   I. MỤC ĐÍCH   \n-    Quán triệt   "),
        # a link: the page it names, its label blanked
        ("theo [[Kế hoạch số 112-KH/HU|KH 112]] của", "theo   Kế hoạch số 112-KH/HU          của"),
        # a table: a cell a line, the table's and rows' lines and the cells' attributes blanked
        (
            '{| class="wikitable"\n|-\n! STT !! Thời gian\n|-\n| style="width:9%" | 1 || Trước 20/6\n|}',
            " " * 20 + "\n  \n\n STT  \n Thời gian\n  \n\n" + " " * 20 + "1  \n Trước 20/6\n  ",
        ),
        ("<!-- nhập, 11/6/2024 -->\n'''a'''", " " * 24 + "\n   a   "),
        # no wiki: a Markdown footnote's mark, a lone bar
        ("đơn vị[[1]](footnote1).", "đơn vị[[1]](footnote1)."),
    ],
)
def test_a_wiki_page_s_markup_is_blanked(raw: str, text: str) -> None:
    source = normalise(raw)
    assert source.text == text
    assert ("text.wiki_markup" in {d.code for d in source.diagnostics}) == (raw != text)


def test_a_pdf_table_s_rotated_header_cells_read_as_words() -> None:
    """pdftotext writes a rotated cell a letter a line ("T" / "h" / "ờ" / "i" / " " / "g" ...), each page
    ending with a form feed: the same table as its header written across."""
    rows = "1\nRà soát danh sách đơn vị chậm đóng\nUBND các xã\nTrước ngày 05/10/2017\n"
    table = "III. PHÂN CÔNG\nSTT\nNội dung công việc\n{}\n{}\n" + rows
    rotated = table.format("\n".join("Đơn vị chủ trì"), "\n".join("Thời gian")) + "\f"  # (a page's end)
    across = table.format("Đơn vị chủ trì", "Thời gian")
    head = "UBND TỈNH A\nSố: 1/KH-UBND\nA, ngày 07 tháng 9 năm 2017\nKẾ HOẠCH\nabc\n\n"
    got, want = vnplan.parse(head + rotated), vnplan.parse(head + across)
    assert [(d.level, d.due.end, d.task) for d in got.deadlines] == [
        (d.level, d.due.end, d.task) for d in want.deadlines
    ]
    assert [d.task for d in got.deadlines] == ["Rà soát danh sách đơn vị chậm đóng"]
    assert "layout.vertical_words" in {d.code for d in got.diagnostics}


def test_a_raw_e_mail_s_quoted_printable_body_reads_as_the_plan() -> None:
    """An .eml saved as text: its headers, then the body in quoted-printable ("K=E1=BA=BF", lines cut at
    76 characters with a soft "="); the cover note's addressees bind no one."""
    plan = (
        "UBND PHƯỜNG HẠC THÀNH\nSố: 186/KH-UBND\nHạc Thành, ngày 10 tháng 10 năm 2025\n\nKẾ HOẠCH\n"
        "Rà soát hộ nghèo năm 2025\n\nVăn phòng HĐND và UBND phường gửi báo cáo kết quả về UBND tỉnh"
        " chậm nhất ngày 05/12/2025.\n\nNơi nhận:\n- UBND tỉnh;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH"
        "\n\nLê Văn A\n"
    )
    cover = "Kính gửi các tổ dân phố: Văn phòng gửi Kế hoạch.\n\n"
    body = quopri.encodestring((cover + plan).encode("utf-8")).decode("ascii")
    headers = "From: vanphong@hacthanh.gov.vn\nDate: Tue, 14 Oct 2025 09:12:33 +0700\nMIME-Version: 1.0\n"
    headers += 'Content-Type: text/plain; charset="UTF-8"\nContent-Transfer-Encoding: quoted-printable\n\n'
    mail, direct = vnplan.parse(headers + body), vnplan.parse(plan)
    assert "=E1" in body and "=\n" in body
    assert mail.number is not None and direct.number is not None
    assert (mail.number.canonical, mail.issued_on, mail.title) == (
        "186/KH-UBND",
        direct.issued_on,
        direct.title,
    )
    assert [(d.level, d.due.end) for d in mail.deadlines] == [("xa", date(2025, 12, 5))]
    assert mail.signer is not None and mail.signer.name == "Lê Văn A"
    assert "encoding.quoted_printable" in {d.code for d in mail.diagnostics}


@pytest.mark.parametrize(
    ("typeset", "plain"),
    [
        ("trước ngày 30\u204411\u20442025", "trước ngày 30/11/2025"),  # a fraction slash
        ("trước ngày 17\u202f/\u202f11\u2009/\u20092025", "trước ngày 17 / 11 / 2025"),  # thin spaces
        (
            "theo Kế hoạch số 215/KH\u2011UBND trước 20/11/2025",
            "theo Kế hoạch số 215/KH-UBND trước 20/11/2025",
        ),
    ],
)
def test_typography_s_characters_read_as_the_plain_ones(typeset: str, plain: str) -> None:
    """Apple Pages and typesetters write slashes, spaces and hyphens of their own: the same plan."""
    head = "UBND XÃ ĐÔNG HƯNG\nSố: 1/KH-UBND\nĐông Hưng, ngày 06 tháng 10 năm 2025\nKẾ HOẠCH\nabc\n\n"
    body = "\n• Các thôn gửi danh sách về UBND xã {}.\n"
    body += "\u25aa\tLưu: VT.\tTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nLê Văn A\n"  # (a bullet of Apple Pages)
    typeset_plan, plain_plan = (
        vnplan.parse(head + body.format(typeset)),
        vnplan.parse(head + body.format(plain)),
    )
    assert [(d.level, d.due.end) for d in typeset_plan.deadlines] == [
        (d.level, d.due.end) for d in plain_plan.deadlines
    ]
    assert [(r.number and r.number.canonical, r.issued_on) for r in typeset_plan.references] == [
        (r.number and r.number.canonical, r.issued_on) for r in plain_plan.references
    ]
    assert typeset_plan.signer is not None and typeset_plan.signer.name == "Lê Văn A"


@pytest.mark.parametrize("line_break", ["\x0b", "\u2028", "\u2029"])
def test_a_line_break_within_a_paragraph_is_a_line_break(line_break: str) -> None:
    """Word's plain text writes a manual line break as a vertical tab; Unicode has a line and a paragraph
    separator: a stacked signature cell reads as its lines."""
    foot = "Nơi nhận:\n- Lưu VT.\nTM. ỦY BAN NHÂN DÂN{0}KT. CHỦ TỊCH{0}PHÓ CHỦ TỊCH\n\nNguyễn Văn An\n"
    plan = vnplan.parse("KẾ HOẠCH\nabc\n\n" + foot.format(line_break))
    assert plan.signer == vnplan.parse("KẾ HOẠCH\nabc\n\n" + foot.format("\n")).signer
    assert plan.signer is not None
    assert (plan.signer.mode, plan.signer.authority, plan.signer.position) == (
        "KT",
        "CHỦ TỊCH",
        "PHÓ CHỦ TỊCH",
    )


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        # a slide deck's outline: each slide's line blanked, left empty
        (
            "Slide 1\nKế hoạch tiêm phòng\n\tSố: 12/KH\nSlide 2\nI. CĂN CỨ",
            "       \nKế hoạch tiêm phòng\n\tSố: 12/KH\n       \nI. CĂN CỨ",
        ),
        (
            "\nTrang chiếu 1\nKế hoạch\nTrang chiếu 2\nNội dung",
            "\n" + " " * 13 + "\nKế hoạch\n" + " " * 13 + "\nNội dung",
        ),
        # no deck: a text that does not open with its first slide's line
        ("Kế hoạch\nSlide 2\nNội dung", "Kế hoạch\nSlide 2\nNội dung"),
    ],
)
def test_a_slide_deck_s_lines_are_blanked(raw: str, text: str) -> None:
    source = normalise(raw)
    assert source.text == text.replace("\t", " ")
    assert ("layout.slides" in {d.code for d in source.diagnostics}) == (
        raw.replace("\t", " ") != text.replace("\t", " ")
    )


QUOTED_PLAN = "> KẾ HOẠCH\n> Tổ chức\n>\n> - Nộp trước ngày 12/11/2025.\n> Lưu VT.\n"
PLAN_UNQUOTED = "  KẾ HOẠCH\n  Tổ chức\n \n  - Nộp trước ngày 12/11/2025.\n  Lưu VT.\n"


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        # the plan's mail (the reply above kept, the marks blanked), a mail it answered quoted deeper blanked
        (
            "Em gửi lại KH.\n" + QUOTED_PLAN + ">> trình ký ngày 04/11/2025.",
            "Em gửi lại KH.\n" + PLAN_UNQUOTED + " " * 28,
        ),
        # the plan quoted twice ("> > "): the depth of the most lines; a reply quoted once kept
        (
            "> Gửi lại nhé\n" + QUOTED_PLAN.replace(">", "> >") + "> > > cũ",
            "  Gửi lại nhé\n" + PLAN_UNQUOTED.replace("  ", "    ").replace(" \n", "   \n") + " " * 8,
        ),
    ],
)
def test_the_mails_a_quoted_plan_answered_are_blanked(raw: str, text: str) -> None:
    source = normalise(raw)
    assert source.text == text
    assert "text.email_quotes" in {d.code for d in source.diagnostics}


@pytest.mark.parametrize(
    "raw",
    [
        "Em gửi lại KH.\n" + QUOTED_PLAN,  # nothing quoted deeper
        "Tỷ lệ:\n> 90% hộ gia đình\n>> 80% trẻ em",  # too few lines quoted: lines that open with ">"
    ],
)
def test_no_mail_answered_no_lines_blanked(raw: str) -> None:
    assert "text.email_quotes" not in {d.code for d in normalise(raw).diagnostics}


def _blanked(text: str) -> str:
    return "".join(c if c == "\n" else " " for c in text)


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        # the anchors in the text, the threads after it and the rule before them
        (
            "hạn trước ngày 20/9/2025[b].\nkhai giảng[a]\n________\n[a]Hoa: lùi sang 25/9\nMinh: Giữ\n"
            "[b]Tùng: cập nhật đến 22/9?",
            "hạn trước ngày 20/9/2025   .\nkhai giảng   \n"
            + _blanked("________\n[a]Hoa: lùi sang 25/9\nMinh: Giữ\n[b]Tùng: cập nhật đến 22/9?"),
        ),
        # threads with no rule before them; an anchor no thread names is kept
        (
            "Nộp[a] đúng hạn[c]\n[a]Hoa: Lùi sang 25/9",
            "Nộp    đúng hạn[c]\n" + _blanked("[a]Hoa: Lùi sang 25/9"),
        ),
        # no threads: a line opening with "[a]" whose anchor the text does not hold; an anchor alone
        ("Nội dung:\n[a]Tổ chức hội nghị", "Nội dung:\n[a]Tổ chức hội nghị"),
        ("theo mục [a] và [b]", "theo mục [a] và [b]"),
    ],
)
def test_an_online_editor_s_comments_are_blanked(raw: str, text: str) -> None:
    source = normalise(raw)
    assert source.text == text
    assert ("text.doc_comments" in {d.code for d in source.diagnostics}) == (raw != text)


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("1  KẾ HOẠCH\n2  Tổ chức\n3  Căn cứ", "   KẾ HOẠCH\n   Tổ chức\n   Căn cứ"),
        ("\n\n  7  a\n\n  8  b\n  9  c", "\n\n     a\n\n     b\n     c"),  # indented, blank lines between
        # a page's footer unnumbered, the numbers run on after the page's break
        (
            "8  trước\n9  ngày\n10 gửi về\n   Trang 1/2\n\x0c11  20/6/2025.",
            "   trước\n   ngày\n   gửi về" + " " * 18 + "\n20/6/2025.",
        ),
        ("1  a\n2  b\n3  c\n5  d", "   a\n   b\n   c\n   d"),  # a line the text lost: a number skipped
        # no line numbers: a list, numbers not one after another, too few lines numbered
        ("1. Mục đích\n2. Yêu cầu\n3. Nội dung", "1. Mục đích\n2. Yêu cầu\n3. Nội dung"),
        ("1  a\n3  b\n4  c", "1  a\n3  b\n4  c"),
        ("1  a\n2  b", "1  a\n2  b"),
        ("1  a\n2  b\n3  c\nx\ny\nz\nw\nv", "1  a\n2  b\n3  c\nx\ny\nz\nw\nv"),
    ],
)
def test_a_draft_s_line_numbers_are_blanked(raw: str, text: str) -> None:
    source = normalise(raw)
    assert source.text == text
    assert ("layout.line_numbers" in {d.code for d in source.diagnostics}) == (raw != text)


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("**TM. BAN THƯỜNG VỤ**\\\n**BÍ THƯ**", "  TM. BAN THƯỜNG VỤ   \n  BÍ THƯ  "),  # a hard line break
        ("HUYỆN ĐOÀN TIỀN HẢI\\", "HUYỆN ĐOÀN TIỀN HẢI "),  # one at the text's end
        ("1\\. Ban Thường vụ", "1.  Ban Thường vụ"),  # an escaped mark: one place early, the number whole
        ("\\*\\*\\*", "      "),
        ("Lưu\\: VT", "Lưu:  VT"),
        ("cột \\\\ cột", "cột    cột"),  # a run of backslashes: a table's column wall
        ("KH\\TU", "KH\\TU"),  # before a letter: no Markdown, kept
        ("_Nơi nhận:_", " Nơi nhận: "),  # emphasis underscores (html2text's italics)
        ("ngày ___ tháng 5", "ngày ___ tháng 5"),  # a run of them: a blank to fill in, kept
        ("KH_245_CD.pdf", "KH_245_CD.pdf"),  # inside a word: kept
        (
            "[Luật số\n72/2020/QH14](https://a.vn/l_72.aspx)\nngày",
            " Luật số\n72/2020/QH14" + " " * len("](https://a.vn/l_72.aspx)") + "\nngày",
        ),
        ("[17]Kế hoạch (dự kiến)", "[17]Kế hoạch (dự kiến)"),  # no link: kept
        ("1\tTổng kết\tQuý II/2025\t", "1\nTổng kết\nQuý II/2025\n"),  # a table row's tabs: a cell a line
        ("HUYỆN ỦY\tĐẢNG CỘNG SẢN", "HUYỆN ỦY ĐẢNG CỘNG SẢN"),  # two columns of a header: a blank
        ("\t\t- Nội dung\tx", "  - Nội dung x"),  # tabs that indent: blanks
        ("•\tĐoàn trường:\tchỉ đạo các chi đoàn", "• Đoàn trường: chỉ đạo các chi đoàn"),  # a list's item
        ("1.\tBan Giám hiệu:\tphân công", "1. Ban Giám hiệu: phân công"),  # a label before a tab: no cell
        ("✅ Các huyện\n👉 Tổng hợp", "• Các huyện\n• Tổng hợp"),  # pictographs as bullets
        ("1️⃣ Tuyên truyền", "1   Tuyên truyền"),  # a keycap number: its marks blanked
        # a <br> in a numbered row of a Markdown table: a blank (the cell stays a line); else a line break
        ("| 1 | a<br>b |", "\n 1 \n a    b \n"),
        ("| Nơi nhận:<br>- Lưu. |", "\n Nơi nhận:\n   - Lưu. \n"),
        # a forwarded e-mail's quoting, a Markdown block quote: the marks blanked
        ("> Số: 12-KH/TU\n>\n> > Nơi nhận:\n>> - Lưu.", "  Số: 12-KH/TU\n \n    Nơi nhận:\n   - Lưu."),
        ("a > b\n>x", "a > b\n>x"),  # inside a line, or before a word: kept
        # a CSV table with semicolons under a header of column names: a cell a line, quotes blanked
        (
            "TT;Nội dung;Thời gian\n1;Tổng kết;Quý II/2025",
            "TT\nNội dung\nThời gian\n1\nTổng kết\nQuý II/2025",
        ),
        ('TT;Nội dung;Thời gian\n1;"Gửi; nộp";Quý II', "TT\nNội dung\nThời gian\n1\n Gửi; nộp \nQuý II"),
        ('TT;Nội dung;Thời gian\n1;"Lễ ""X""";Quý II', 'TT\nNội dung\nThời gian\n1\n Lễ  "X"  \nQuý II'),
        # a quoted cell's lines run on: a cell a line
        ('TT;Nội dung;Thời gian\n1;"hai\ndòng";\n2;x', "TT\nNội dung\nThời gian\n1\n hai dòng \n\n2;x"),
        ('TT;Nội dung;Thời gian\n1;"x";;\n', 'TT\nNội dung\nThời gian\n1;"x";;\n'),  # a cell too many: no row
        ("TT;Nội dung;Thời gian\n1;Tổng kết", "TT\nNội dung\nThời gian\n1;Tổng kết"),  # too few cells: no row
        ("a;b;c\n1;2;3", "a;b;c\n1;2;3"),  # no column names: no table
        ("Nội dung; thời gian; ghi chú", "Nội dung; thời gian; ghi chú"),  # prose: a blank after each
        # a CSV table with commas, under a header of column names with a time column: a cell a line
        (
            'STT,Nội dung,Thời gian hoàn thành\n1,"Rà soát, thống kê ""Phụ lục 01""",Quý I/2026',
            'STT\nNội dung\nThời gian hoàn thành\n1\n Rà soát, thống kê  "Phụ lục 01"  \nQuý I/2026',
        ),
        ("Nội dung,Thời gian\n1,Quý I", "Nội dung,Thời gian\n1,Quý I"),  # two cells: no table
        ("a,b,Thời gian\n1,2,3", "a,b,Thời gian\n1,2,3"),  # one name: no header
        # a spreadsheet's rows copied as text: tabs part the cells; a cell with a line break or a quote is
        # quoted; a two-cell line is no row (a tab between two words: a blank)
        ('TT\tNội dung\t"Thời hạn\n(hoàn thành)"', "TT\nNội dung\n Thời hạn (hoàn thành) "),
        ('"Lễ ""X"";\nHội thi"\tQuý II', '"Lễ ""X"";\nHội thi" Quý II'),
        ('1\t"Lễ ""X"";\nHội thi"\tĐoàn\tQuý II', '1\n Lễ  "X" ; Hội thi \nĐoàn\nQuý II'),
        ('1\tLễ "X\nY"\tĐoàn\tQuý II', '1 Lễ "X\nY"\nĐoàn\nQuý II'),  # a quote inside a cell: no quoted cell
    ],
)
def test_markdown_escapes_and_hard_line_breaks_are_blanked(raw: str, text: str) -> None:
    assert normalise(raw).text == text


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        # a web page's markup kept as text: tags dropped; a block's edge or a <br> inside a line breaks it
        ('<p style="text-align:center"><strong>KẾ HOẠCH</strong></p>', "KẾ HOẠCH"),
        ("<td><p>ỦY BAN NHÂN DÂN<br />HUYỆN LỤC NAM</p></td>", "ỦY BAN NHÂN DÂN\nHUYỆN LỤC NAM"),
        ("<p>ỦY BAN NHÂN DÂN<br />\n\t\t\tHUYỆN</p>", "ỦY BAN NHÂN DÂN\n   HUYỆN"),  # a line break already
        ("<p>Số:&nbsp;145/KH-UBND</p>\n<p>Hết.</p>", "Số: 145/KH-UBND\nHết."),  # then its references
        ("<li>Kế ho<em>ạch</em> <strong>số</strong> <EM>1</EM></li>", "Kế hoạch số 1"),  # inline: nothing
        ("<p>a &lt;p&gt; b</p>", "a <p> b"),  # a tag written as references is text
        ("| 1 | a<br>b |\n| 2 | c |", "\n 1 \n a    b \n\n\n 2 \n c \n"),  # no block closed: a table's <br>
        ("<p>x < 5 tuổi, <b>y</b> > 3</p>", "x < 5 tuổi, y > 3"),  # no tag's name: kept
        ("</p" + "x" * 10 + "<p>y</p>", "</p" + "x" * 10 + "\ny"),  # an unclosed tag: kept
    ],
)
def test_html_tags_are_read_as_the_page_shows_them(raw: str, text: str) -> None:
    source = normalise(raw)
    assert source.text == text
    assert ("text.html_tags" in {d.code for d in source.diagnostics}) == ("</p>" in raw or "</li>" in raw)


@given(
    st.lists(st.sampled_from(["<p>", "</p>", "<br />", "<b>", "</b>", "&nbsp;", "a", "ế", " ", "\n"])).map(
        "".join
    )
)
def test_html_tags_keep_every_offset(raw: str) -> None:
    """What is left of a page's markup leads back to itself, and the run of tags dropped after it (blanks
    and line breaks may stand for tags)."""
    source = normalise(raw)
    for at, char in enumerate(source.text):
        span = source.span(at, at + 1)
        written = raw[span.start : span.end]
        assert char in " \n" or re.sub(r"<[^<>]*>", "", written).rstrip() == char  # a run's blanks too


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        # pandoc --track-changes=all: changes read as accepted, comments dropped
        (
            'ngày [12]{.deletion author="A" date="2024-08-12T08:02:00Z"}[14]{.insertion author="B"} tháng 8',
            "ngày 14 tháng 8",
        ),
        (
            'trước ngày [15/9/2024]{.deletion\nauthor="A"}[trước ngày\n30/9/2024]{.insertion '
            'author="B"\ndate="x"}.',
            "trước ngày trước ngày\n30/9/2024.",
        ),
        (
            '- [Năm 2023 đã xong trước ngày 15/11/2023.]{.comment-start id="0" author="A"}Các cơ sở thực '
            'hiện trong quý IV[]{.comment-end id="0"}.',
            "- Các cơ sở thực hiện trong quý IV.",
        ),
        (
            "[x]{.highlight} [a]{.deletion",
            "[x]{.highlight} [a]{.deletion",
        ),  # no change's kind, no closing brace
    ],
)
def test_tracked_changes_are_read_as_accepted(raw: str, text: str) -> None:
    source = normalise(raw)
    assert source.text == text
    assert ("text.tracked_changes" in {d.code for d in source.diagnostics}) == (raw != text)


@given(
    st.lists(
        st.sampled_from(["[", "]", "{.insertion a}", "{.deletion}", "{.comment-end}", "a", "ế", " ", "\n"])
    ).map("".join)
)
def test_tracked_changes_keep_every_offset(raw: str) -> None:
    """What an accepted change leaves leads back to itself."""
    source = normalise(raw)
    for at, char in enumerate(source.text):
        span = source.span(at, at + 1)
        assert char in " \n" or raw[span.start : span.end].startswith(char)


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("HĐND &amp; UBND xã", "HĐND & UBND xã"),
        ("Số: 47/KH-MTTQ&nbsp;&nbsp;CỘNG HÒA", "Số: 47/KH-MTTQ  CỘNG HÒA"),  # a non-breaking space: a blank
        ("Đại đoàn k&#7871;t, tr&#x1B0;&#7899;c", "Đại đoàn kết, trước"),  # code points, decimal or hex
        ("&quot;Vì người nghèo&quot;", '"Vì người nghèo"'),
        ("Ho&#768;a", "Hòa"),  # a combining mark, then NFC
        ("KH&CN, GD&ĐT, R&amp D", "KH&CN, GD&ĐT, R&amp D"),  # no semicolon: words, kept
        ("&bogus; &#0; &#xD800; &#99999999;", "&bogus; &#0; &#xD800; &#99999999;"),  # no character
    ],
)
def test_html_character_references_are_read(raw: str, text: str) -> None:
    source = normalise(raw)
    assert source.text == text
    decoded = raw != text and "&" in raw
    assert ("encoding.html_entities" in {d.code for d in source.diagnostics}) == decoded


@given(
    st.lists(st.sampled_from(["&amp;", "&#7871;", "&nbsp;", "&", ";", "#", "a", "ế", " ", "\n"])).map("".join)
)
def test_html_character_references_keep_every_offset(raw: str) -> None:
    """Each character read from a reference spans the whole reference; the others lead back to themselves."""
    source = normalise(raw)
    for at, char in enumerate(source.text):
        span = source.span(at, at + 1)
        written = raw[span.start : span.end]
        assert written == char or (written.startswith("&") and written.endswith(";")) or char == " "


@pytest.mark.parametrize(
    ("raw", "lines"),
    [
        (  # the page's blank margins in the middle of a sentence: it runs on
            "gửi Ban Tổ chức\n\nTrang 2/3\n\x0cĐU P. Hải Châu\n\nThành ủy) trước\n\nTrang 3/3\n\x0cĐU P. Hải "
            "Châu\n\nII. NỘI DUNG",
            ["gửi Ban Tổ chức", "Thành ủy) trước", "", "II. NỘI DUNG"],  # a heading after: a paragraph's end
        ),
        (  # a summary's last line, then the signing body's in capitals: a paragraph's end stays
            "năm 2018 2022\n\nTrang 1/3\n\x0cĐU P. Hải Châu\nBAN BÍ THƯ\nTrang 2/3\n\x0cĐU P. Hải Châu\nx",
            ["năm 2018 2022", "", "BAN BÍ THƯ", "x"],
        ),
        # no page break (Apache Tika, a copy from a viewer): a page's number alone between blank lines, a
        # footer with the file's path, in a sentence that runs on
        (
            "gửi về Ban (qua Phòng) trước \n\nD:\\BDV\\2024\\KH 48.docx \n\n\n2 \n\nngày 30/3/2024.",
            ["gửi về Ban (qua Phòng) trước", "ngày 30/3/2024."],
        ),
        ("phối hợp xây\n\n- 2 -\n\ndựng báo cáo", ["phối hợp xây", "dựng báo cáo"]),
        ("gửi báo cáo.\n\n2\n\nngày 30/3", ["gửi báo cáo.", "", "2", "", "ngày 30/3"]),  # a sentence ended
        ("1. Tổng kết\n\n2\n\nNội dung", ["1. Tổng kết", "", "2", "", "Nội dung"]),  # a capital after
        ("Tổng kết\n2\n\nthực hiện", ["Tổng kết", "2", "", "thực hiện"]),  # under a line: a list's number
    ],
)
def test_a_page_seam_keeps_a_paragraph_s_end_and_joins_a_sentence(raw: str, lines: list[str]) -> None:
    assert [line.rstrip() for line in normalise(raw).text.split("\n")] == lines


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


@example("x x x x")  # letters set apart in lower case: no tracked capitals to close
@example('TT\tNội dung\tThời gian\n"x\nx"\tx\tx')  # a spreadsheet's cell over two lines
@given(
    st.lists(
        st.sampled_from(
            [
                "TT;Nội dung;Thời gian\n",
                "TT\tNội dung\tThời gian\n",
                "TT,Nội dung,Thời gian\n",
                ";",
                "\t",
                ",",
                '"',
                '""',
                "\n",
                " ",
                "x",
            ]
        ),
        max_size=30,
    ).map("".join)
)
def test_csv_tables_keep_every_offset(text: str) -> None:
    """A CSV table's cells (parted by semicolons or commas, or a spreadsheet's, by tabs) are set a line
    each in place: only separators, quotes and the line breaks inside quoted cells change."""
    source = normalise(text)
    assert len(source.text) == len(text) and source.offsets is None
    changed = [(a, b) for a, b in zip(text, source.text, strict=True) if a != b]
    assert all(a in ';\t,"\n' and b in '\n "' for a, b in changed)


def test_the_rewrites_change_the_text() -> None:
    text = "Tỉnh ủy Quảng Trị: hòa\nĐông Hà, ngày 07 tháng 9 năm 2017\nKẾ HOẠCH\nTổng kết\n\nNơi nhận:\n" * 30
    assert all(rewrite(text) != text for rewrite in PROBE.REWRITES.values())


@pytest.mark.parametrize("rewrite", sorted(PROBE.INVARIANT))
@pytest.mark.parametrize("doc", DOCS, ids=[d.stem for d in DOCS])
def test_layout_changes_no_value(doc: Path, rewrite: str) -> None:
    text = doc.read_text(encoding="utf-8")
    expected = PROBE.values(vnplan.parse(text))
    got = PROBE.values(vnplan.parse(PROBE.INVARIANT[rewrite](text)))
    assert got == expected


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        # a PDF's font that draws tone marks as glyphs of their own: the text tool sets them a blank apart
        ("Kê \u0301 hoa \u0323ch", "Kế hoạch"),
        ("nga \u0300y 08 tha \u0301ng 01, kê \u0301 hoa \u0323ch", "ngày 08 tháng 01, kế hoạch"),
        ("Đô \u0303 Văn Hu \u0300ng", "Đỗ Văn Hùng"),
        ("hiê \u0323n", "hiện"),  # after a letter with a mark of its own
        ("a \u0323", "ạ"),
        ("1 \u0323", "1 \u0323"),  # after a figure: no letter to join
        ("\u0323 a", "\u0323 a"),  # opening the text
        ("a  \u0323", "a  \u0323"),  # two blanks: no detached mark
        # only an acute and a grave set apart, no dot below nor hook: not looked for (a text of a few
        # words holds one)
        ("nga \u0300y", "nga \u0300y"),
    ],
)
def test_tone_marks_set_apart_are_joined_to_their_letters(raw: str, text: str) -> None:
    source = normalise(raw)
    assert source.text == text
    assert ("text.detached_marks" in {d.code for d in source.diagnostics}) == (text != raw)


@given(st.lists(st.sampled_from(["a", "ê", " ", "\u0301", "\u0323", "\u0309", "1", "\n"])).map("".join))
def test_joining_detached_marks_keeps_every_offset(raw: str) -> None:
    """Each letter of the text leads back to the raw text's letter it is made of (with its marks)."""
    source = normalise(raw)
    for at, char in enumerate(source.text):
        written = unicodedata.normalize("NFD", raw[source.span(at, at + 1).start :])
        assert (
            char in " \n"
            or unicodedata.combining(char)
            or written.startswith(unicodedata.normalize("NFD", char)[0])
        )


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        # Word's field codes beside their results, as Apache POI or catdoc write a .doc's text
        ("Số:  FORMTEXT 15/KH-BQLR", "Số:  15/KH-BQLR"),
        ("ngày  FORMTEXT 08 tháng  FORMTEXT 01", "ngày  08 tháng  01"),
        ('Căn cứ  HYPERLINK "http://vbpl.vn/a.aspx?ItemID=1" Nghị định số 156', "Căn cứ  Nghị định số 156"),
        ('qua  HYPERLINK "mailto:a@b.vn" a@b.vn.', "qua  a@b.vn."),
        ("theo  REF _Ref152340117 \\h Bảng 1.", "theo  Bảng 1."),
        ("Bảng  SEQ Bảng \\* ARABIC 1. Phân công", "Bảng  1. Phân công"),
        ("- Lưu: VT.\n PAGE   \\* MERGEFORMAT 2\nb", "- Lưu: VT.\n \nb"),  # a footer's page: its number too
        ("Trạm:  FORMTEXT      \tTiểu khu", "Trạm:  \tTiểu khu"),  # an empty field's blanks
        # words of the text
        ("REF là gì, PAGE 2, FORMAT, HYPERLINK", "REF là gì, PAGE 2, FORMAT, HYPERLINK"),
        ("a\\h FORMTEXTS", "a\\h FORMTEXTS"),
    ],
)
def test_word_field_codes_are_dropped(raw: str, text: str) -> None:
    source = normalise(raw)
    assert source.text.replace("\t", " ") == text.replace("\t", " ")
    assert ("layout.word_fields" in {d.code for d in source.diagnostics}) == (raw != text)
    for at, char in enumerate(source.text):
        span = source.span(at, at + 1)
        assert char in " \n\t" or raw[span.start : span.end].startswith(char)


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        # a plan copied from a provincial gazette's PDF: a running head at each page, in a sentence
        (
            "hoàn thành trước ngày\n62 CÔNG BÁO/Số 45 + 46/Ngày 20-3-2025\n25/3/2025.",
            "hoàn thành trước ngày" + " " * 38 + "\n25/3/2025.",
        ),
        ("CÔNG BÁO/Số 45 + 46/Ngày 20-3-2025 61\nPHẦN VĂN BẢN KHÁC", " " * 37 + "\nPHẦN VĂN BẢN KHÁC"),
        # the gazette named in the text, a line opening with it but no issue after the slash
        (
            "- Công báo tỉnh;\nCông báo/Cổng thông tin điện tử tỉnh",
            "- Công báo tỉnh;\nCông báo/Cổng thông tin điện tử tỉnh",
        ),
    ],
)
def test_a_gazette_s_running_heads_are_blanked(raw: str, text: str) -> None:
    source = normalise(raw)
    assert source.text == text
    assert ("layout.page_furniture" in {d.code for d in source.diagnostics}) == (raw != text)


def test_a_gazette_s_date_is_no_deadline() -> None:
    plan = vnplan.parse(
        "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: 41/KH-UBND\nQuảng Ngãi, ngày 10 tháng 3 năm 2025\n\nKẾ HOẠCH\n"
        "Phòng cháy, chữa cháy rừng\n\nI. NHIỆM VỤ\n1. Ủy ban nhân dân các huyện xây dựng phương án PCCCR, "
        "hoàn thành trước ngày\n62 CÔNG BÁO/Số 45 + 46/Ngày 20-3-2025\n25/3/2025.\n"
        "2. Sở Nông nghiệp chủ trì.\n"
    )
    assert [(str(d.due.end), d.level) for d in plan.deadlines] == [("2025-03-25", "huyen")]


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        # a document kept as one string of a program, its record's fields apart on their lines
        (
            '{"id": 7, "content": "K\\u1ebe HO\\u1ea0CH\\nT\\u1ed5 ch\\u1ee9c\\n\\"H\\u1ed9i thi\\"\\n"}',
            '{\nid\n: 7, \ncontent\n: \nKẾ HOẠCH\nTổ chức\n"Hội thi"\n\n}',
        ),
        (
            "a\\tb\\nc\\nd\\ne\\\\f \\ud83d\\udc4d \\ud800",
            "a b\nc\nd\ne\\f 👍 \\ud800",  # (the text view's tab is a blank)
        ),  # a pair, a lone surrogate
        # an escape's letter in capitals is none ("\\T", "\\U"): the backslash stays (found by atheris)
        ("a\\nb\\nc\\nd -u\\T 1ef1 \\U1ea1 \\u1EA1", "a\nb\nc\nd -u\\T 1ef1 \\U1ea1 ạ"),
        # escapes a text writes as they are: no more escaped line breaks than line breaks, or few of them
        ("Số: 12\\n\nKH\nC:\\new\\ndir\n", "Số: 12\\n\nKH\nC:\\new\\ndir\n"),
        ("Xem C:\\users\\nam", "Xem C:\\users\\nam"),
    ],
)
def test_a_program_s_string_escapes_are_read(raw: str, text: str) -> None:
    source = normalise(raw)
    assert source.text == text
    assert ("encoding.string_escapes" in {d.code for d in source.diagnostics}) == (raw != text)
    for at, char in enumerate(source.text):  # each character leads back to itself or to its escape
        span = source.span(at, at + 1)
        written = raw[span.start : span.end]
        assert written == char or written.startswith("\\") or (char, written) in (("\n", '"'), (" ", "\t"))
