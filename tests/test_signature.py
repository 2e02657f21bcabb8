"""Specification of the signature block reader (REFERENCE §1.8 Party, §2.5 State, §3.2 Youth Union).

A block is read from its first mark: ``read_signature(normalise(text), index_of_mark)``.
``authority`` is the body or head signed for, ``position`` the signer's office, ``name`` the person,
``signed`` whether the text says it was signed ("Đã ký", "(đã ký)"; an instruction such as
"(Ký tên, đóng dấu)" is not a signature).
"""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType
from typing import Any

import pytest
import regex

import vnplan
from vnplan.models import Signer
from vnplan.normalise import normalise
from vnplan.signature import MAX_MARKS, read_signature

# The first signature mark, Party (slash) or State (dot) style, with the tolerated variants (a dotted one
# may be glued to the next word).
MARK_RE = regex.compile(
    r"(?<!\p{L})(?:T/M|T\.M\.|TM\.?|K/T|KT\.?|T/L|TL\.|TUQ\.|Q\.)(?=[ \t\n]|(?<=\.)\p{L})"
)


def _read(block: str) -> Signer:
    src = normalise(block)
    mark = MARK_RE.search(src.key)
    assert mark is not None, f"no mark in {block!r}"
    signer = read_signature(src, mark.start())
    assert signer is not None
    return signer


def case(
    block: str,
    mode: str,
    authority: str | None,
    position: str | None,
    name: str | None,
    signed: bool,
    case_id: str,
    marks: pytest.MarkDecorator | tuple[pytest.MarkDecorator, ...] = (),
) -> object:
    """One row of the table: (block text, mode, authority, position, name, signed)."""
    return pytest.param(block, (mode, authority, position, name, signed), id=case_id, marks=marks)


# fmt: off
BLOCKS = [
    # Party marks use a slash (§1.8)
    case("T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n\nNguyễn Văn Hùng",
         "TM", "BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Nguyễn Văn Hùng", False, "party-tm-slash"),
    case("T/M BAN THƯỜNG VỤ\n\n\n\nNguyễn Văn Hùng",
         "TM", "BAN THƯỜNG VỤ", None, "Nguyễn Văn Hùng", False, "party-tm-no-position-blank-lines"),
    case("T/M TỈNH UỶ\nPHÓ BÍ THƯ\n(Đã ký)\nHoàng Xuân Ánh",
         "TM", "TỈNH UỶ", "PHÓ BÍ THƯ", "Hoàng Xuân Ánh", True, "party-old-style-tone-kept"),
    case("T/M ỦY BAN KIỂM TRA\nCHỦ NHIỆM\nLý Văn Nam",
         "TM", "ỦY BAN KIỂM TRA", "CHỦ NHIỆM", "Lý Văn Nam", False, "party-tm-inspection"),
    case("K/T TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\nTrần Thị Cúc",
         "KT", "TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Trần Thị Cúc", False, "party-kt-slash"),
    case("T/L BAN THƯỜNG VỤ\nCHÁNH VĂN PHÒNG\nHoàng Văn Em",
         "TL", "BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG", "Hoàng Văn Em", False, "party-tl-slash"),
    case("TM. BAN THƯỜNG VỤ TỈNH ĐOÀN\nPHÓ BÍ THƯ\n\n(Đã ký)\n\nH'Linh Niê",
         "TM", "BAN THƯỜNG VỤ TỈNH ĐOÀN", "PHÓ BÍ THƯ", "H'Linh Niê", True, "central-highlands-name"),
    case("T.M. BAN THƯỜNG VỤ\nBÍ THƯ\nLê Văn Bình",
         "TM", "BAN THƯỜNG VỤ", "BÍ THƯ", "Lê Văn Bình", False, "tm-dotted-letters"),
    # State marks use a dot (§2.5); real text drops it
    case("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n(Đã ký)\nNguyễn Văn An",
         "TM", "ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn An", True, "state-tm-dot"),
    case("TM ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn An",
         "TM", "ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn An", False, "state-tm-no-dot"),
    case("TM. UỶ BAN NHÂN DÂN\nCHỦ TỊCH\nVõ Văn Hưng",
         "TM", "UỶ BAN NHÂN DÂN", "CHỦ TỊCH", "Võ Văn Hưng", False, "state-old-style-tone-kept"),
    case("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nĐã ký\nPhạm Văn Dũng",
         "KT", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Phạm Văn Dũng", True, "state-kt-da-ky-line"),
    case("KT CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn An",
         "KT", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn An", False, "state-kt-no-dot"),
    case("TL. BỘ TRƯỞNG\nCHÁNH VĂN PHÒNG\nVũ Thị Hoa",
         "TL", "BỘ TRƯỞNG", "CHÁNH VĂN PHÒNG", "Vũ Thị Hoa", False, "state-tl-dot"),
    case("TUQ. GIÁM ĐỐC\nTRƯỞNG PHÒNG TỔ CHỨC CÁN BỘ\nĐỗ Văn Giang",
         "TUQ", "GIÁM ĐỐC", "TRƯỞNG PHÒNG TỔ CHỨC CÁN BỘ", "Đỗ Văn Giang", False, "state-tuq"),
    case("Q. GIÁM ĐỐC\nNgô Văn Hải",
         "Q", None, "GIÁM ĐỐC", "Ngô Văn Hải", False, "state-q-acting"),
    case("TM. ỦY BAN NHÂN DÂN\nQ. CHỦ TỊCH\nNguyễn Văn An",
         "Q", "ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn An", False, "state-tm-then-q-acting"),
    # Stacked marks: the last one rules
    case("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn An",
         "KT", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn An", False, "stacked-tm-kt"),
    case("TL. BỘ TRƯỞNG\nKT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\nNguyễn Văn Cường",
         "KT", "CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "Nguyễn Văn Cường", False, "stacked-tl-kt"),
    # Lines after the last mark: the authority's wrapped lines, then the position
    case("TL. BỘ TRƯỞNG\nKT. CỤC TRƯỞNG\nCỤC VĂN HÓA CƠ SỞ, GIA ĐÌNH\nVÀ THƯ VIỆN\nPHÓ CỤC TRƯỞNG\n\n"
         "Đỗ Minh Khuê",
         "KT", "CỤC TRƯỞNG CỤC VĂN HÓA CƠ SỞ, GIA ĐÌNH VÀ THƯ VIỆN", "PHÓ CỤC TRƯỞNG", "Đỗ Minh Khuê", False,
         "stacked-authority-wrapped"),
    # a sub-department's head: the position, then the seal's words OCR read below it
    case("KT. CHI CỤC TRƯỞNG\nPHÓ CHI CỤC TRƯỞNG\nCHI CUC AN TOAN VE SINH\n* THUC PHAM *\nLê Thị Hoài Thu",
         "KT", "CHI CỤC TRƯỞNG", "PHÓ CHI CỤC TRƯỞNG", "Lê Thị Hoài Thu", False, "sub-department-head-seal"),
    case("KT. KIỂM TOÁN TRƯỞNG\nPHÓ KIỂM TOÁN TRƯỞNG\n\nNguyễn Văn Hải",
         "KT", "KIỂM TOÁN TRƯỞNG", "PHÓ KIỂM TOÁN TRƯỞNG", "Nguyễn Văn Hải", False, "audit-office-head"),
    case("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n(ĐÃ KÝ)\n\nTrần Thị Minh Hà",
         "TM", "ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Trần Thị Minh Hà", True, "signed-note-in-capitals"),
    case("KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nTHỨ TRƯỞNG\n\nPhạm Ngọc Thưởng",
         "KT", "BỘ TRƯỞNG", "THỨ TRƯỞNG", "Phạm Ngọc Thưởng", False, "position-line-repeated"),
    case("T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n\nNGUYỄN VĂN AN",
         "TM", "BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "NGUYỄN VĂN AN", False, "name-in-capitals-is-not-the-position"),
    # One-line blocks (PDF/HTML flattening)
    case("KT. BỘ TRƯỞNG THỨ TRƯỞNG Đinh Trung Tụng",
         "KT", "BỘ TRƯỞNG", "THỨ TRƯỞNG", "Đinh Trung Tụng", False, "flat-kt"),
    case("TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Hữu Tháp CHƯƠNG TRÌNH HÀNH ĐỘNG TRIỂN KHAI",
         "KT", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Hữu Tháp", False, "flat-stacked-then-heading"),
    case("TM. BAN BÍ THƯ TRUNG ƯƠNG ĐOÀNBÍ THƯ THƯỜNG TRỰC (đã ký) Phan Văn Mãi",
         "TM", "BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN", "BÍ THƯ THƯỜNG TRỰC", "Phan Văn Mãi", True,
         "flat-glued-position"),
    # Youth Union: Party-like, dotted marks (§3.2)
    case("TM. BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN\nBÍ THƯ\n\nNguyễn Tường Lâm",
         "TM", "BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN", "BÍ THƯ", "Nguyễn Tường Lâm", False, "youth-tm"),
    case("KT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN THƯỜNG TRỰC\n\nBùi Quang Huy\n"
         "(Bí thư Thường trực BCH Trung ương Đoàn)",
         "KT", "TRƯỞNG BAN", "PHÓ TRƯỞNG BAN THƯỜNG TRỰC", "Bùi Quang Huy", False,
         "youth-kt-note-after-name"),
    # Signed / not signed
    case("KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n(đã ký)\nĐinh Trung Tụng",
         "KT", "BỘ TRƯỞNG", "THỨ TRƯỞNG", "Đinh Trung Tụng", True, "da-ky-parenthesised"),
    case("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n(Đã ký và đóng dấu)\nNguyễn Văn An",
         "TM", "ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn An", True, "signed-and-stamped"),
    case("T/M BAN THƯỜNG VỤ\nBÍ THƯ\n(Ký tên, đóng dấu)\nLê Quốc Phong",
         "TM", "BAN THƯỜNG VỤ", "BÍ THƯ", "Lê Quốc Phong", False, "stamp-instruction-is-not-signed"),
    # Layout debris
    case("| TM. BAN THƯỜNG VỤ TỈNH ĐOÀN BÍ THƯ  (đã ký)  Lê Quốc Phong |",
         "TM", "BAN THƯỜNG VỤ TỈNH ĐOÀN", "BÍ THƯ", "Lê Quốc Phong", True, "markdown-table-cell"),
    case("| **KT. TRƯỞNG CÔNG AN XÃ**  **PHÓ TRƯỞNG CÔNG AN XÃ**  Thiếu tá Hoàng Minh Tuấn |",
         "KT", "TRƯỞNG CÔNG AN XÃ", "PHÓ TRƯỞNG CÔNG AN XÃ", "Hoàng Minh Tuấn", False,
         "markdown-table-cell-position-with-its-body"),
    case("T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n- Như trên;\n- Lưu VPTU.\nNguyễn Văn Thắng",
         "TM", "BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Nguyễn Văn Thắng", False, "name-after-recipients"),
    case("TM. BAN CHẤP HÀNH\nBÍ THƯ\n**Nguyễn Văn Bình**",
         "TM", "BAN CHẤP HÀNH", "BÍ THƯ", "Nguyễn Văn Bình", False, "markdown-bold-name"),
    case("**TM. BCH ĐOÀN TRƯỜNG**\\\n**BÍ THƯ**\n\n*(Đã ký)*\n\n**Phạm Thị Thuỷ**",
         "TM", "BCH ĐOÀN TRƯỜNG", "BÍ THƯ", "Phạm Thị Thuỷ", True, "markdown-hard-line-break"),
    # A mark glued to its authority by a conversion
    case("TM.BAN THƯỜNG VỤ\nBÍ THƯ\n\nNguyễn Văn Hùng",
         "TM", "BAN THƯỜNG VỤ", "BÍ THƯ", "Nguyễn Văn Hùng", False, "glued-state-mark"),
    case("TM. ỦY BAN NHÂN DÂN\nKT.CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLê Văn An",
         "KT", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Văn An", False, "glued-second-mark"),
    # No name, then an appendix in capitals on the next page: the block ends at the gap
    case("TL. BAN BÍ THƯ\nCHÁNH VĂN PHÒNG\n\n\n\x0c\nPHỤ LỤC\nSỐ LƯỢNG BÀI DỰ THI\n(Kèm theo)",
         "TL", "BAN BÍ THƯ", "CHÁNH VĂN PHÒNG", None, False, "appendix-after-a-page-break"),
    case("TL. BAN BÍ THƯ\nCHÁNH VĂN PHÒNG\n\n\n\x0c3\n\nPHỤ LỤC\nSỐ LƯỢNG BÀI DỰ THI\n(Kèm theo)",
         "TL", "BAN BÍ THƯ", "CHÁNH VĂN PHÒNG", None, False, "appendix-after-a-numbered-page-break"),
    # A digital signature's stamp between the position and the name (an e-office PDF's text)
    case("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNgười ký: Ủy ban Nhân dân\ntỉnh Quảng Ninh\n"
         "Cơ quan: Tỉnh Quảng Ninh\nThời gian ký: 12.09.2026\n09:41:22 +07:00\n\nĐặng Xuân Khoa",
         "KT", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Đặng Xuân Khoa", False, "a-digital-signature-s-stamp"),
    case("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nThời gian ký: 12.09.2026 09:41:22\nĐặng Xuân Khoa",
         "KT", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Đặng Xuân Khoa", False, "the-name-right-under-a-stamp"),
    # The name in capitals right under the position (a telegram-style plan), a rank before it left out
    case("KT. CHỈ HUY TRƯỞNG\nPHÓ CHỈ HUY TRƯỞNG\nĐẠI TÁ NÔNG ĐỨC THỊNH",
         "KT", "CHỈ HUY TRƯỞNG", "PHÓ CHỈ HUY TRƯỞNG", "NÔNG ĐỨC THỊNH", False, "a-rank-and-capitals"),
    case("TM. BAN THƯỜNG VỤ\nBÍ THƯ\nNGUYỄN VĂN AN",
         "TM", "BAN THƯỜNG VỤ", "BÍ THƯ", "NGUYỄN VĂN AN", False, "a-name-in-capitals"),
    case("TM. BAN THƯỜNG VỤ\nBÍ THƯ\nBAN TỔ CHỨC",
         "TM", "BAN THƯỜNG VỤ", "BÍ THƯ", None, False, "capitals-under-the-position-that-are-no-name"),
]
# fmt: on


@pytest.mark.parametrize(("block", "expected"), BLOCKS)
def test_read_signature(block: str, expected: tuple[str, str | None, str | None, str | None, bool]) -> None:
    """expected: (mode, authority, position, name, signed)."""
    s = _read(block)
    assert (s.mode, s.authority, s.position, s.name, s.signed) == expected


MARKS = [
    pytest.param("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn An", ["TM", "KT"], id="tm-kt"),
    pytest.param(
        "TL. BỘ TRƯỞNG\nKT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\nNguyễn Văn Cường", ["TL", "KT"], id="tl-kt"
    ),
    pytest.param("T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\nNguyễn Văn Hùng", ["TM"], id="single"),
    pytest.param("TUQ. GIÁM ĐỐC\nTRƯỞNG PHÒNG\nĐỗ Văn Giang", ["TUQ"], id="tuq"),
]


@pytest.mark.parametrize(("block", "marks"), MARKS)
def test_marks_in_order(block: str, marks: list[str]) -> None:
    assert _read(block).marks == marks


SPANS = [
    pytest.param(
        "Nơi nhận:\n- Lưu VT.\n\nT/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n\nNguyễn Văn Hùng\n", id="after-recipients"
    ),
    pytest.param("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n(Đã ký)\nNguyễn Văn An\n\nPHỤ LỤC", id="before-annex"),
]


@pytest.mark.parametrize("text", SPANS)
def test_span_runs_from_the_mark_to_the_name(text: str) -> None:
    s = _read(text)
    assert s.span is not None
    assert s.name is not None
    piece = text[s.span.start : s.span.end]
    assert piece.startswith(("T/M", "TM."))
    assert piece.endswith(s.name)


def test_no_mark_no_signer() -> None:
    src = normalise("Trên đây là Kế hoạch của Ban Thường vụ Tỉnh ủy.")
    assert read_signature(src, 0) is None


def test_a_page_of_marks_is_one_bounded_signature() -> None:
    plan = vnplan.parse("T/M BAN THƯỜNG VỤ\n" * 1000)
    assert plan.signer is not None
    assert len(plan.signer.marks) <= MAX_MARKS


UNMARKED = [
    pytest.param("GIÁM ĐỐC\n(Đã ký)\nNguyễn Văn An", None, "GIÁM ĐỐC", "Nguyễn Văn An", True, id="director"),
    pytest.param(
        "TRƯỞNG BAN\n\n\nTrần Thị Bình", None, "TRƯỞNG BAN", "Trần Thị Bình", False, id="head-of-board"
    ),
    pytest.param(
        "CHÁNH VĂN PHÒNG\nLê Văn Cường", None, "CHÁNH VĂN PHÒNG", "Lê Văn Cường", False, id="chief-of-office"
    ),
    pytest.param("Q. GIÁM ĐỐC\nPhạm Văn Dũng", "Q", "GIÁM ĐỐC", "Phạm Văn Dũng", False, id="acting-director"),
    pytest.param(
        "CHỈ HUY TRƯỞNG\n\nThiếu tá Nguyễn Văn Tâm",
        None,
        "CHỈ HUY TRƯỞNG",
        "Nguyễn Văn Tâm",
        False,
        id="commander",
    ),
    pytest.param(  # a title, then the unit it heads
        "TRƯỞNG CÔNG AN XÃ\n\n\nThiếu tá Lê Đình Hùng",
        None,
        "TRƯỞNG CÔNG AN XÃ",
        "Lê Đình Hùng",
        False,
        id="head-of-the-commune-police",
    ),
    pytest.param(  # minutes' two signers, a column each: the indented position's name is the right one
        "THƯ KÝ\tCHỦ TRÌ HỘI NGHỊ\n\tCHỦ TỊCH UBND XÃ\n(Đã ký)\t(Đã ký)\nLê Thị Thu Hà\tHoàng Văn Quyết",
        None,
        "CHỦ TỊCH UBND XÃ",
        "Hoàng Văn Quyết",
        True,
        id="the-right-column-s-name",
    ),
]


@pytest.mark.parametrize(("block", "mode", "position", "name", "signed"), UNMARKED)
def test_head_signing_without_a_mark(
    block: str, mode: str | None, position: str, name: str, signed: bool
) -> None:
    plan = vnplan.parse(f"KẾ HOẠCH\nPhòng chống dịch\n\nNội dung kế hoạch.\n\n{block}\n")
    assert plan.signer is not None
    got = (
        plan.signer.mode,
        plan.signer.authority,
        plan.signer.position,
        plan.signer.name,
        plan.signer.signed,
    )
    assert got == (mode, None, position, name, signed)


APPROVED = [
    pytest.param(  # a Word table saved as text: the approval's cell, then the signer's
        "Yên Phong, ngày 16 tháng 9 năm 2025\nDUYỆT CỦA HIỆU TRƯỞNG\tTỔ TRƯỞNG\n\t\n\t\n"
        "Nguyễn Thị Thanh Hương\tĐỗ Văn Khải\n",
        ("TỔ TRƯỞNG", "Đỗ Văn Khải"),
        id="tabs",
    ),
    pytest.param(  # pdftotext -layout: a gutter of blanks
        "DUYỆT CỦA BAN GIÁM HIỆU" + " " * 20 + "NGƯỜI LẬP KẾ HOẠCH\n"
        "HIỆU TRƯỞNG" + " " * 32 + "TỔ TRƯỞNG\n\n\n"
        "Nguyễn Thị Thanh Hương" + " " * 21 + "Đỗ Văn Khải\n",
        ("TỔ TRƯỞNG", "Đỗ Văn Khải"),
        id="a-gutter",
    ),
    pytest.param(  # one column after the other: the approver's title under the approval's heading
        "Duyệt của Ban Giám hiệu\nHIỆU TRƯỞNG\n\nNguyễn Thị Thanh Hương\n\nTỔ TRƯỞNG\n\nĐỗ Văn Khải\n",
        ("TỔ TRƯỞNG", "Đỗ Văn Khải"),
        id="in-turn",
    ),
]


@pytest.mark.parametrize(("foot", "signer"), APPROVED)
def test_an_approver_beside_the_signer_is_no_signer(foot: str, signer: tuple[str, str]) -> None:
    """A school's team signs its plan beside the principal's approval ("DUYỆT CỦA HIỆU TRƯỞNG"): the team's
    head is the signer (signature.toml [approvals])."""
    plan = vnplan.parse(
        "TRƯỜNG THCS YÊN PHONG\nTỔ KHOA HỌC TỰ NHIÊN\nSố: 02/KH-TKHTN\n\nKẾ HOẠCH\nHoạt động của tổ\n\n"
        f"I. NỘI DUNG\nCác thành viên thực hiện.\n\nNơi nhận:\n- BGH (để b/c);\n- Lưu: Hồ sơ tổ.\n\n{foot}"
    )
    assert plan.signer is not None
    assert (plan.signer.position, plan.signer.name) == signer


def test_no_signature_at_all() -> None:
    assert vnplan.parse("KẾ HOẠCH\nPhòng chống dịch\n\nCác đơn vị thực hiện./.\n").signer is None


def _heads_by_lark(run: str) -> tuple[tuple[tuple[str, str], ...], tuple[str, ...]] | None:
    """Heads and the lines after them of a run as Lark's own (contextual) lexer and parser read it."""
    from lark.exceptions import LarkError  # noqa: PLC0415

    from vnplan.grammar import get_parser  # noqa: PLC0415

    try:
        tree = get_parser("signature").parse(run)
    except LarkError:
        return None

    def words(node: object) -> str:
        return " ".join(str(t) for t in node.children)  # type: ignore[attr-defined]

    heads = tuple((str(h.children[0]), words(h.children[1])) for h in tree.find_data("head"))
    return heads, tuple(words(line.children[0]) for line in tree.find_data("line"))


def _fuzzed_runs(n: int) -> list[str]:
    """Runs built from marks (also in words' places), capitalised words and every kind of gap."""
    import random  # noqa: PLC0415

    marks = ["TM.", "KT.", "T/M", "K/T", "T/L", "TL.", "TL", "TUQ.", "T/UQ", "Q.", "T.M", "K.T.", "TM", "KT"]
    words = ["ỦY", "BAN", "CHỦ", "TỊCH", "PHÓ", "BÍ", "THƯ", "TM.X", "-", "&", "Q.1", "KT.,", "T/M."]
    gaps = [" ", "  ", "\t", "\n", " \n ", "\n\n", "\n\t", " \n", "\r\n", "\u00a0"]
    rng = random.Random(8)
    out = []
    for _ in range(n):
        parts = [rng.choice(marks), " "]  # a run starts at its first mark
        for _ in range(rng.randint(0, 11)):
            parts += [rng.choice(marks if rng.random() < 0.3 else words), rng.choice(gaps)]
        out.append("".join(parts).strip(" \t\n"))
    return out


def test_heads_are_read_as_the_contextual_lexer_reads_them(
    corpus_inputs: Callable[[ModuleType, str], list[Any]],
) -> None:
    """The one-pattern tokens with the cached reading of their shape give what Lark's contextual
    lexer and parser give, on every run of the corpus and on fuzzed ones."""
    from vnplan import signature  # noqa: PLC0415

    seen: list[str] = corpus_inputs(signature, "_parse_run")
    assert len(seen) >= 30
    fuzzed = _fuzzed_runs(5_000)
    assert sum(_heads_by_lark(run) is not None for run in fuzzed) > 1_000
    for run in seen + fuzzed:
        assert signature._parse_run(run) == _heads_by_lark(run), run
