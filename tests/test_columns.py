"""Recipients beside the signature (pdftotext -layout): set out column after column, offsets kept."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

import vnplan
from vnplan.columns import set_apart, tables_apart

GAP = " " * 30


def _layout(rows: list[tuple[str, str]], column: int = 44) -> str:
    """Two columns side by side: each row's left part, blanks up to ``column``, its right part."""
    lines = []
    for left, right in rows:
        lines.append(f"{left}{' ' * (column - len(left))}{right}" if right else left)
    return "\n".join(lines) + "\n"


FOOTER = _layout(
    [
        ("Nơi nhận:", "TM. ỦY BAN NHÂN DÂN"),
        ("- UBND tỉnh (b/c);", "KT. CHỦ TỊCH"),
        ("- TT Huyện ủy;", "PHÓ CHỦ TỊCH"),
        ("- Lưu: VT.", ""),
        ("", "Nguyễn Văn Bình"),
    ]
)

PYPDF_FOOTER = (
    "Nơi nhận: K/T TRƯỞNG BAN\n- Ban Tuyên giáo Tỉnh ủy (b/c), PHÓ TRƯỞNG BAN\n"
    "- Thường trực Huyện ủy (b/c),\n- Lưu: VT, BTG. Trần Thị Kim Liên\n\nTrang 4/4\n"
)

# (text, the lines of the text set apart; None: left as it is)
CASES = [
    pytest.param(
        FOOTER,
        [
            "Nơi nhận:",
            "- UBND tỉnh (b/c);",
            "- TT Huyện ủy;",
            "- Lưu: VT.",
            "TM. ỦY BAN NHÂN DÂN",
            "KT. CHỦ TỊCH",
            "PHÓ CHỦ TỊCH",
            "Nguyễn Văn Bình",
        ],
        id="recipients-beside-the-signature",
    ),
    pytest.param(
        "Nơi nhận:   Như điều 4;   Ban Dân vận TW;\nLưu VT.\n", None, id="a-table-cell-is-no-column"
    ),
    pytest.param(  # one line of two columns: a signature's mark or position on the right, set after the list
        f"Nơi nhận:{GAP}TM. BAN THƯỜNG VỤ\n- Như trên;\n- Lưu.\n",
        ["Nơi nhận:", "- Như trên;", "- Lưu.", "TM. BAN THƯỜNG VỤ"],
        id="one-line-of-two-columns-a-mark",
    ),
    pytest.param(
        f"Nơi nhận:{GAP}HIỆU TRƯỞNG\n- Phòng GD&ĐT (b/c);\n- Lưu: VT.\n{GAP}      Đỗ Thị Thu Hằng\n",
        ["Nơi nhận:", "- Phòng GD&ĐT (b/c);", "- Lưu: VT.", "HIỆU TRƯỞNG", "Đỗ Thị Thu Hằng"],
        id="one-line-of-two-columns-a-position-the-name-under-the-list",
    ),
    pytest.param(  # ... else it is no layout of two columns
        f"Nơi nhận:{GAP}Như điều 4;\n- Như trên;\n- Lưu.\n", None, id="one-line-of-two-columns"
    ),
    pytest.param(
        _layout([("Nơi nhận:", "T/M BAN THƯỜNG VỤ"), ("- Như trên;", "BÍ THƯ"), ("- Lưu.", "")])
        + "PHỤ LỤC: DANH SÁCH CÁC ĐƠN VỊ THAM GIA HỘI THI NĂM 2024 VÀ THỜI GIAN ĐĂNG KÝ\n- Đơn vị A\n",
        [
            "Nơi nhận:",
            "- Như trên;",
            "- Lưu.",
            "T/M BAN THƯỜNG VỤ",
            "BÍ THƯ",
            "PHỤ LỤC: DANH SÁCH CÁC ĐƠN VỊ THAM GIA HỘI THI NĂM 2024 VÀ THỜI GIAN ĐĂNG KÝ",
            "- Đơn vị A",
        ],
        id="a-line-across-the-gutter-ends-the-block",
    ),
    pytest.param(  # a web page's table copied: the cells joined by ten blanks wherever the left one ends
        "Nơi nhận:          TM. BAN THƯỜNG VỤ\n- TW Hội CCB Việt Nam (b/c);          CHỦ TỊCH\n"
        "- Thường trực Tỉnh ủy (b/c);          (Đã ký)\n- Ban Dân vận Tỉnh ủy;\n"
        "- Lưu: VP.          Trần Văn Hùng\nGhi chú cuối trang\n",
        [
            "Nơi nhận:",
            "- TW Hội CCB Việt Nam (b/c);",
            "- Thường trực Tỉnh ủy (b/c);",
            "- Ban Dân vận Tỉnh ủy;",
            "- Lưu: VP.",
            "TM. BAN THƯỜNG VỤ",
            "CHỦ TỊCH",
            "(Đã ký)",
            "Trần Văn Hùng",
            "Ghi chú cuối trang",
        ],
        id="cells-joined-by-one-width-of-blanks",
    ),
    pytest.param(
        "Nơi nhận:          TM. BAN THƯỜNG VỤ\n- Như trên;       CHỦ TỊCH\n- Lưu.        Trần Văn Hùng\n",
        None,
        id="joined-cells-need-one-width",
    ),
    pytest.param(  # a PDF reader that writes row by row (pypdf): one blank before the signature's part
        PYPDF_FOOTER,
        [
            "Nơi nhận:",
            "- Ban Tuyên giáo Tỉnh ủy (b/c),",
            "- Thường trực Huyện ủy (b/c),",
            "- Lưu: VT, BTG.",
            "K/T TRƯỞNG BAN",
            "PHÓ TRƯỞNG BAN",
            "Trần Thị Kim Liên",
            "",
            "Trang 4/4",
        ],
        id="row-by-row-one-blank-before-marks-positions-and-name",
    ),
    pytest.param(
        "Nơi nhận: TM. ỦY BAN NHÂN DÂN\nNhư trên; KT. CHỦ TỊCH\nLưu VT. PHÓ CHỦ TỊCH\nNguyễn Văn An\n",
        [
            "Nơi nhận:",
            "Như trên;",
            "Lưu VT.",
            "TM. ỦY BAN NHÂN DÂN",
            "KT. CHỦ TỊCH",
            "PHÓ CHỦ TỊCH",
            "Nguyễn Văn An",
        ],
        id="row-by-row-with-no-bullets-a-name-alone-on-its-line",
    ),
    pytest.param(
        "Nơi nhận: Như trên;\n- Lưu VT, BTG. PHÓ TRƯỞNG BAN\n",
        None,
        id="row-by-row-needs-a-mark-after-the-heading",
    ),
    pytest.param(
        "Nơi nhận:\n- Như trên;\nPHÓ TRƯỞNG BAN\n- Lưu VT.\n",
        None,
        id="in-turns-needs-the-mark-right-after-the-heading",
    ),
    pytest.param(
        "Nơi nhận:\nTM. BAN THƯỜNG VỤ\nBÍ THƯ\n\nLê Văn A\n",
        None,
        id="in-turns-needs-a-recipient-between-the-signature-s-lines",
    ),
    pytest.param(  # pdftotext -layout centres the signature's lines: a longer position starts further left
        "Nơi nhận:" + " " * 52 + "KT. CHỈ HUY TRƯỞNG\n"
        "- Bộ CHQS tỉnh (b/c);" + " " * 31 + "PHÓ CHỈ HUY TRƯỞNG - THAM MƯU TRƯỞNG\n"
        "- Ban CHQS các xã;\n"
        "- Lưu: VT, TM." + " " * 45 + "Đinh Văn Hờ\n",
        [
            "Nơi nhận:",
            "- Bộ CHQS tỉnh (b/c);",
            "- Ban CHQS các xã;",
            "- Lưu: VT, TM.",
            "KT. CHỈ HUY TRƯỞNG",
            "PHÓ CHỈ HUY TRƯỞNG - THAM MƯU TRƯỞNG",
            "Đinh Văn Hờ",
        ],
        id="a-centred-position-longer-than-the-mark",
    ),
    pytest.param(  # ... but a part neither at the mark's column nor centred under it ends the columns
        "Nơi nhận:" + " " * 52 + "KT. CHỈ HUY TRƯỞNG\n"
        "- Bộ CHQS tỉnh (b/c);" + " " * 31 + "PHÓ CHỈ HUY TRƯỞNG\n"
        "- Lưu: VT, TM.\n",
        [
            "Nơi nhận:",
            "KT. CHỈ HUY TRƯỞNG",
            "- Bộ CHQS tỉnh (b/c);" + " " * 31 + "PHÓ CHỈ HUY TRƯỞNG",
            "- Lưu: VT, TM.",
        ],
        id="a-part-off-the-mark-s-centre",
    ),
    pytest.param("Nơi nhận: ", None, id="a-heading-that-ends-the-text"),
    pytest.param("Nơi nhận:\nKT. CHỦ TỊCH", None, id="a-mark-that-ends-the-text"),
    pytest.param(
        "Nơi nhận: TM. BAN THƯỜNG VỤ\n- Như trên;\n- Lưu VT, VP.\n- BTV Huyện ủy Lê Văn Lâm\n",
        None,
        id="row-by-row-needs-two-lines-with-a-signature-part",
    ),
    pytest.param(  # a phone's reader wrapped the joined row: the position goes on on the next line
        "Nơi nhận: K/T TRƯỞNG BAN\n- Thường trực Tỉnh ủy (b/c), PHÓ\nTRƯỞNG BAN\n- Ban Dân vận,\n- Lưu VP.\n",
        [
            "Nơi nhận:",
            "- Thường trực Tỉnh ủy (b/c),",
            "- Ban Dân vận,",
            "- Lưu VP.",
            "K/T TRƯỞNG BAN",
            "PHÓ TRƯỞNG BAN",
        ],
        id="row-by-row-a-position-wrapped-onto-the-next-line",
    ),
    pytest.param(  # a line in sentence case below is no part of the position
        "Nơi nhận: K/T TRƯỞNG BAN\n- Thường trực Tỉnh ủy (b/c), PHÓ\nTrưởng ban Dân vận\n- Lưu VP.\n",
        None,
        id="row-by-row-a-wrapped-position-is-in-capitals",
    ),
    pytest.param(  # ... its entries wrapped too: a line with no bullet after one left open goes on with it
        "Nơi nhận: K/T TRƯỞNG BAN\n- Thường trực Tỉnh ủy (b/c), PHÓ\nTRƯỞNG BAN\n- Ban Dân vận TW\n(b/c),\n"
        "- Lưu VP.\n(Đã ký)\n",
        [
            "Nơi nhận:",
            "- Thường trực Tỉnh ủy (b/c),",
            "- Ban Dân vận TW",
            "(b/c),",
            "- Lưu VP.",
            "K/T TRƯỞNG BAN",
            "PHÓ TRƯỞNG BAN",
            "(Đã ký)",
        ],
        id="row-by-row-an-entry-wrapped-onto-the-next-line",
    ),
]


@pytest.mark.parametrize(("text", "lines"), CASES)
def test_set_apart(text: str, lines: list[str] | None) -> None:
    found = set_apart(text, 0)
    assert (found[0].splitlines() if found else None) == lines


def test_the_signature_s_mark_alone_above_the_heading_joins_its_column() -> None:
    mark = " " * 40 + "T/M ỦY BAN KIỂM TRA\n"
    text = (
        mark
        + "Nơi nhận:"
        + " " * 36
        + "CHỦ NHIỆM\n- UBKT Tỉnh ủy (b/c),\n- Lưu UBKT."
        + " " * 30
        + "Lê Văn A\n"
    )
    found = set_apart(text, len(mark))
    assert found is not None
    assert [line.strip() for line in found[0].splitlines() if line.strip()] == [
        "Nơi nhận:",
        "- UBKT Tỉnh ủy (b/c),",
        "- Lưu UBKT.",
        "T/M ỦY BAN KIỂM TRA",
        "CHỦ NHIỆM",
        "Lê Văn A",
    ]


def _old_offset(pieces: list[tuple[int, int]], at: int) -> int:
    new, old = [p for p in pieces if p[0] <= at][-1]  # the last of pieces that start at one place
    return old + at - new


def _check_moved(text: str, new: str, pieces: list[tuple[int, int]], separators: str = " \n") -> None:
    """Every character of ``new`` leads back to itself in ``text``, and the end to the end (but the
    ``separators``: set_apart ends a part with a line break, tables_apart with a blank or a line break,
    which leads to what followed the part)."""
    for at, char in enumerate(new):
        if char not in separators:
            assert text[_old_offset(pieces, at)] == char
    assert _old_offset(pieces, len(new)) == len(text)


def _check_map(text: str, heading: int, tabs: list[int] | None = None) -> None:
    found = set_apart(text, heading, tabs or ())
    if found is not None:
        _check_moved(text, found[0], found[1], separators="\n")


def test_every_character_leads_back_to_itself() -> None:
    _check_map(FOOTER, 0)


ROW = st.tuples(
    st.text(alphabet="ab -;:", max_size=30).map(str.strip),
    st.text(alphabet="XY .", max_size=20).map(str.strip),
)


@given(st.lists(ROW, min_size=2, max_size=8), st.integers(min_value=31, max_value=60))
def test_every_character_leads_back_to_itself_in_any_layout(rows: list[tuple[str, str]], column: int) -> None:
    _check_map(_layout([("Nơi nhận:", "TM. BAN"), *rows], column), 0)


def test_the_generated_layouts_are_set_apart() -> None:
    rows = [("- Như trên;", "BÍ THƯ"), ("- Lưu.", "Lê Văn A")]
    assert set_apart(_layout([("Nơi nhận:", "TM. BAN"), *rows], 31), 0) is not None


TAB_FOOTER = (
    "Nơi nhận:\tTM. BAN THƯỜNG VỤ\n- Hội CTĐ tỉnh (b/c);\tCHỦ TỊCH\n- TT Huyện ủy (b/c);\t\n"
    "- Lưu: VT, VP.\tLê Thị Mỹ Hạnh\n"
)

TAB_FOOT_RUNNING_ON = (
    "Nơi nhận:\tKT. TRƯỞNG BAN\n- Sở NN và PTNT (b/c);\tPHÓ TRƯỞNG BAN\n"
    "- UBND các xã Phan Sơn, Phan Lâm,\nPhan Tiến, Bình An;\n- Các trạm thuộc Ban;\tNguyễn Văn Lợi\n"
    "- Lưu: VT, KT.\n"
)
TAB_FOOT_RUNNING_ON_READ = (
    [
        "Sở NN và PTNT (b/c)",
        "UBND các xã Phan Sơn, Phan Lâm, Phan Tiến, Bình An",
        "Các trạm thuộc Ban",
        "Lưu: VT, KT",
    ],
    [
        "Sở NN và PTNT (b/c)",
        "UBND các xã Phan Sơn, Phan Lâm,\nPhan Tiến, Bình An",
        "Các trạm thuộc Ban",
        "Lưu: VT, KT",
    ],
    ("KT", "TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Nguyễn Văn Lợi"),
)

# (foot, recipients' names, the recipients as written, the signer's mode, authority, position and name)
FEET = [
    pytest.param(
        FOOTER,
        ["UBND tỉnh (b/c)", "TT Huyện ủy", "Lưu: VT"],
        ["UBND tỉnh (b/c)", "TT Huyện ủy", "Lưu: VT"],
        ("KT", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn Bình"),
        id="side-by-side-with-a-gutter",
    ),
    pytest.param(  # a Word table saved as text
        TAB_FOOTER,
        ["Hội CTĐ tỉnh (b/c)", "TT Huyện ủy (b/c)", "Lưu: VT, VP"],
        ["Hội CTĐ tỉnh (b/c)", "TT Huyện ủy (b/c)", "Lưu: VT, VP"],
        ("TM", "BAN THƯỜNG VỤ", "CHỦ TỊCH", "Lê Thị Mỹ Hạnh"),
        id="cells-parted-by-tabs",
    ),
    pytest.param(
        PYPDF_FOOTER,
        ["Ban Tuyên giáo Tỉnh ủy (b/c)", "Thường trực Huyện ủy (b/c)", "Lưu: VT, BTG"],
        ["Ban Tuyên giáo Tỉnh ủy (b/c)", "Thường trực Huyện ủy (b/c)", "Lưu: VT, BTG"],
        ("KT", "TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Trần Thị Kim Liên"),
        id="written-row-by-row",
    ),
    pytest.param(  # a line of each column in turn (OCR), the signer's name right after the list's last entry
        "Nơi nhận:\nKT. GIÁM ĐỐC\n- Bộ TN&MT (b/c);\nPHÓ GIÁM ĐỐC\n- UBND tỉnh (b/c);\n- Lưu: VT, QLĐĐ.\n"
        "Lê Văn Bảo\n",
        ["Bộ TN&MT (b/c)", "UBND tỉnh (b/c)", "Lưu: VT, QLĐĐ"],
        ["Bộ TN&MT (b/c)", "UBND tỉnh (b/c)", "Lưu: VT, QLĐĐ"],
        ("KT", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Lê Văn Bảo"),
        id="in-turns-the-name-right-after-the-list",
    ),
    pytest.param(  # a Word table saved as text whose first rows have no right cell
        "Nơi nhận:\n- Sở GD&ĐT (để b/c);\n- Ban Giám hiệu;\n- Lưu: VT.\tHIỆU TRƯỞNG\n\n\n\nĐỗ Minh Khoa\n",
        ["Sở GD&ĐT (để b/c)", "Ban Giám hiệu", "Lưu: VT"],
        ["Sở GD&ĐT (để b/c)", "Ban Giám hiệu", "Lưu: VT"],
        (None, None, "HIỆU TRƯỞNG", "Đỗ Minh Khoa"),
        id="a-tab-before-the-position-on-the-last-recipient-s-line",
    ),
    pytest.param(  # a Word table saved as text: the rows with no right cell have no tab
        "Nơi nhận:\t\t\tTM. HỘI ĐỒNG ĐỘI HUYỆN\n- Hội đồng Đội tỉnh (b/c);\t\tCHỦ TỊCH\n"
        "- TT Huyện ủy (b/c);\n- Lưu HĐĐ.\n\n\t\t\tNguyễn Thị Thu Hà\n",
        ["Hội đồng Đội tỉnh (b/c)", "TT Huyện ủy (b/c)", "Lưu HĐĐ"],
        ["Hội đồng Đội tỉnh (b/c)", "TT Huyện ủy (b/c)", "Lưu HĐĐ"],
        ("TM", "HỘI ĐỒNG ĐỘI HUYỆN", "CHỦ TỊCH", "Nguyễn Thị Thu Hà"),
        id="tabs-on-the-first-rows-only",
    ),
    *(
        pytest.param(before + TAB_FOOT_RUNNING_ON, *TAB_FOOT_RUNNING_ON_READ, id=name)
        for before, name in (
            # a Word table saved as text: an entry runs on after a comma onto a line with no tab
            ("", "tabs-an-entry-running-on-after-a-comma"),
            # the same, its offsets moved before it (a zero-width space dropped, a reference read)
            ("Kế\u200b hoạch &amp; nội dung.\n", "tabs-with-offsets-moved-before-them"),
        )
    ),
    pytest.param(  # pdftotext without -layout: a line of each column in turn
        "Nơi nhận:\nKT. TRƯỞNG BAN\n- UBND tỉnh (b/c);\nPHÓ TRƯỞNG BAN THƯỜNG TRỰC\n"
        "- Thành viên Ban Chỉ huy PCTT và TKCN\nhuyện;\n- Lưu: VT, VPTT.\n\nHoàng Văn Minh\n",
        ["UBND tỉnh (b/c)", "Thành viên Ban Chỉ huy PCTT và TKCN huyện", "Lưu: VT, VPTT"],
        ["UBND tỉnh (b/c)", "Thành viên Ban Chỉ huy PCTT và TKCN\nhuyện", "Lưu: VT, VPTT"],
        ("KT", "TRƯỞNG BAN", "PHÓ TRƯỞNG BAN THƯỜNG TRỰC", "Hoàng Văn Minh"),
        id="a-line-of-each-column-in-turn",
    ),
    pytest.param(  # pdftotext -layout: the signature's lines centred under its mark, OCR's tracked capitals
        "I V .  T Ổ  C H Ứ C  T H Ự C  H I Ệ N\nCác chi hội thực hiện.\n\nNơi nhận:"
        + " " * 41
        + "T M .  B A N  T H Ư Ờ N G  V Ụ\n- TW Hội Luật gia Việt Nam (b/c);"
        + " " * 25
        + "C H Ủ  T Ị C H\n- Sở Tư pháp;\n- Lưu: VP Hội."
        + " " * 42
        + "Phan Quốc Khánh\n",
        ["TW Hội Luật gia Việt Nam (b/c)", "Sở Tư pháp", "Lưu: VP Hội"],
        ["TW Hội Luật gia Việt Nam (b/c)", "Sở Tư pháp", "Lưu: VP Hội"],
        ("TM", "BAN THƯỜNG VỤ", "CHỦ TỊCH", "Phan Quốc Khánh"),
        id="a-signature-centred-under-its-mark",
    ),
]


JOINT_SIGNATURES = (  # two bodies' signatures side by side, each line centred under its block's first
    "TM. BAN THƯỜNG VỤ HỘI NÔNG DÂN                  GIÁM ĐỐC PHÒNG GIAO DỊCH\n"
    "           CHỦ TỊCH                                 NHCSXH HUYỆN CẨM XUYÊN\n\n"
    "           (Đã ký)                                          (Đã ký)\n\n"
    "        Nguyễn Văn Quyết                              Phan Thị Hồng Nhung\n\n\n"
)
FEET.append(
    pytest.param(
        JOINT_SIGNATURES + "Nơi nhận:\n- TT Hội Nông dân tỉnh (b/c);\n- Lưu: VT.\n",
        ["TT Hội Nông dân tỉnh (b/c)", "Lưu: VT"],
        ["TT Hội Nông dân tỉnh (b/c)", "Lưu: VT"],
        ("TM", "BAN THƯỜNG VỤ HỘI NÔNG DÂN", "CHỦ TỊCH", "Nguyễn Văn Quyết"),
        id="two-signatures-side-by-side-then-the-recipients",
    )
)


@pytest.mark.parametrize(("foot", "names", "written", "signer"), FEET)
def test_a_plan_whose_foot_stands_side_by_side(
    foot: str, names: list[str], written: list[str], signer: tuple[str | None, str | None, str, str]
) -> None:
    text = "KẾ HOẠCH\nTổ chức hội nghị\n\nCác xã báo cáo trước ngày 10/12/2023.\n\n" + foot
    plan = vnplan.parse(text)
    assert [r.name for r in plan.recipients] == names
    assert [text[r.span.start : r.span.end] for r in plan.recipients] == written
    assert plan.signer is not None
    assert (plan.signer.mode, plan.signer.authority, plan.signer.position, plan.signer.name) == signer
    assert "layout.columns_apart" in {d.code for d in plan.diagnostics}


ANTIWORD_FOOT = """\
|Nơi nhận:                            |KT. TRƯỞNG BAN                        |
|- Bộ Khoa học và Công nghệ (b/c);    |PHÓ TRƯỞNG BAN THƯỜNG TRỰC            |
|- Ủy ban MTTQ Việt Nam tỉnh và các   |                                      |
|tổ chức chính trị - xã hội tỉnh;     |[pic]                                 |
|- Lưu: VT, BCĐ, KGVX.                |Nguyễn Mạnh Tuấn                      |
"""


def test_a_foot_that_antiword_draws_with_pipes_is_read_column_after_column() -> None:
    """antiword writes a Word table's rows a line each, cells between pipes, no rule between them."""
    text = "KẾ HOẠCH\nTổ chức hội nghị\n\nCác xã báo cáo trước ngày 10/12/2023.\n\n" + ANTIWORD_FOOT
    plan = vnplan.parse(text)
    assert [r.name for r in plan.recipients] == [
        "Bộ Khoa học và Công nghệ (b/c)",
        "Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh",
        "Lưu: VT, BCĐ, KGVX",
    ]
    assert plan.signer is not None
    assert (plan.signer.mode, plan.signer.position, plan.signer.name) == (
        "KT",
        "PHÓ TRƯỞNG BAN THƯỜNG TRỰC",
        "Nguyễn Mạnh Tuấn",
    )
    for r in plan.recipients:  # spans lead back to the text as written
        assert text[r.span.start : r.span.end].startswith(r.name[:8])


@given(st.lists(ROW, min_size=2, max_size=8))
def test_every_character_leads_back_to_itself_with_tabs(rows: list[tuple[str, str]]) -> None:
    text = "".join(f"{left}\t{right}\n" for left, right in [("Nơi nhận:", "TM. BAN"), *rows])
    _check_map(text.replace("\t", " "), 0, [i for i, c in enumerate(text) if c == "\t"])


SIGNATURE_PART = st.sampled_from(
    ["", "BÍ THƯ", "PHÓ TRƯỞNG BAN", "KT. CHỦ TỊCH", "Lê Văn An", "Trần Thị Kim Liên"]
)


FOOT_ROWS = st.lists(
    st.tuples(st.sampled_from(["-", "+", "", "- a;", "b,"]), ROW, SIGNATURE_PART), min_size=2, max_size=8
)
FootRows = list[tuple[str, tuple[str, str], str]]


def _row_by_row(rows: FootRows) -> str:
    """Each recipient and the signature's line beside it joined by a blank (pypdf, OCR)."""
    lines = [" ".join(part for part in (bullet, left, right) if part) for bullet, (left, _), right in rows]
    return "\n".join(["Nơi nhận: TM. BAN", *lines]) + "\n"


def _in_turns(rows: FootRows) -> str:
    """A line of each column in turn, as pdftotext without -layout writes them."""
    lines = []
    for bullet, (left, _), right in rows:
        lines += [" ".join(part for part in (bullet, left) if part), *([right] if right else [])]
    return "\n".join(["Nơi nhận:", "KT. CHỦ TỊCH", *lines]) + "\n"


@pytest.mark.parametrize("write", [_row_by_row, _in_turns], ids=["row_by_row", "in_turns"])
@given(rows=FOOT_ROWS)
def test_every_character_of_a_foot_leads_back_to_itself_written(
    write: Callable[[FootRows], str], rows: FootRows
) -> None:
    _check_map(write(rows), 0)


def test_every_character_of_a_wrapped_position_leads_back_to_itself() -> None:
    """(The blank that joins the position's lines leads back to the line break it stands for.)"""
    text = "Nơi nhận: KT. TRƯỞNG BAN\n- Thường trực (b/c), PHÓ\nTRƯỞNG BAN\n- Lưu VP.\nĐinh Thị Hà\n"
    found = set_apart(text, 0)
    assert found is not None
    _check_moved(text, found[0], found[1], separators=" \n")


def test_the_generated_rows_are_set_apart() -> None:
    assert set_apart("Nơi nhận: TM. BAN\n- a; BÍ THƯ\n- b, Lê Văn An\n", 0) is not None


def test_the_generated_turns_are_set_apart() -> None:
    assert set_apart("Nơi nhận:\nKT. CHỦ TỊCH\n- a;\nPHÓ TRƯỞNG BAN\n- b,\n", 0) is not None


PANDOC_PLAN = """+-----------------------------------+-----------------------------------+
| ỦY BAN NHÂN DÂN                   | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT    |
|                                   | NAM                               |
| QUẬN HẢI CHÂU                     |                                   |
+===================================+===================================+
| Số: 118/KH-UBND                   | Hải Châu, ngày 22 tháng 3 năm     |
|                                   | 2024                              |
+-----------------------------------+-----------------------------------+

KẾ HOẠCH

Triển khai Đề án 06 năm 2024

II. NHIỆM VỤ

  --------------------------------------------------------------------------
  TT   Nội dung nhiệm vụ          Đơn vị chủ trì Đơn vị phối    Thời gian
                                                 hợp            hoàn thành
  ---- -------------------------- -------------- -------------- ------------
  1    Xây dựng kế hoạch triển    UBND các       Công an các    Trước ngày
       khai Đề án 06 tại phường   phường         phường         05/4/2024

  2    Rà soát, chuẩn hóa quy     Văn phòng HĐND Các phòng, ban Chậm nhất
       trình nội bộ               và UBND quận   thuộc quận     ngày
                                                                30/4/2024
  --------------------------------------------------------------------------

+-----------------------------------+-----------------------------------+
| Nơi nhận:                         | TM. ỦY BAN NHÂN DÂN               |
|                                   |                                   |
| - UBND thành phố (b/c);           | KT. CHỦ TỊCH                      |
|                                   |                                   |
| - Lưu: VT, CAQ.                   | PHÓ CHỦ TỊCH                      |
|                                   |                                   |
|                                   | Trần Thị Thu Hà                   |
+===================================+===================================+
"""


def test_a_plan_that_pandoc_wrote_as_plain_text() -> None:
    plan = vnplan.parse(PANDOC_PLAN)
    assert plan.issuer is not None
    assert (plan.issuer.name, plan.place, str(plan.issued_on)) == (
        "ỦY BAN NHÂN DÂN QUẬN HẢI CHÂU",
        "Hải Châu",
        "2024-03-22",
    )
    assert [(d.level, str(d.due.end), d.task) for d in plan.deadlines] == [
        ("xa", "2024-04-05", "Xây dựng kế hoạch triển khai Đề án 06 tại phường"),
        ("huyen", "2024-04-30", "Rà soát, chuẩn hóa quy trình nội bộ"),
    ]
    assert [r.name for r in plan.recipients] == ["UBND thành phố (b/c)", "Lưu: VT, CAQ"]
    assert plan.signer is not None
    assert (plan.signer.mode, plan.signer.position, plan.signer.name) == (
        "KT",
        "PHÓ CHỦ TỊCH",
        "Trần Thị Thu Hà",
    )
    assert "layout.tables_apart" in {d.code for d in plan.diagnostics}
    for r in plan.recipients:  # spans lead back to the text as written
        assert PANDOC_PLAN[r.span.start : r.span.end].startswith(r.name[:5])
    # a date whose words a cell wraps reads as one phrase, not the text between them as written
    assert [d.due.text for d in plan.deadlines] == ["Trước ngày 05/4/2024", "Chậm nhất ngày 30/4/2024"]


PIPE_ROWS_WRAPPED = """HỘI LHPN XÃ TAM HIỆP\nSố: 05/KH-HPN\nTam Hiệp, ngày 02 tháng 3 năm 2026
KẾ HOẠCH
Hoạt động quý II

Các chi hội thực hiện các nội dung sau:
| TT | Nội dung | Thời gian | Thực hiện |
|____|___________________________|________________|____________|
| 1 | Báo cáo kết quả hoạt động quý I gửi | Chậm nhất ngày | Các chi hội |
| | Ban Thường vụ Hội LHPN xã | 13/3/2026 | |
|____|___________________________|________________|____________|
| 2 | Rà soát, cập nhật thông tin hội viên | Từ ngày 01/4 đến | Các chi hội |
| | trên phần mềm quản lý hội viên | ngày 30/4/2026 | |
"""


def test_a_pipe_table_whose_rows_wrap_onto_lines_with_a_blank_first_cell() -> None:
    plan = vnplan.parse(PIPE_ROWS_WRAPPED)
    assert [(str(d.due.start), str(d.due.end), d.due.text, d.task) for d in plan.deadlines] == [
        (
            "2026-03-13",
            "2026-03-13",
            "Chậm nhất ngày 13/3/2026",
            "Báo cáo kết quả hoạt động quý I gửi Ban Thường vụ Hội LHPN xã",
        ),
        (
            "2026-04-01",
            "2026-04-30",
            "Từ ngày 01/4 đến ngày 30/4/2026",
            "Rà soát, cập nhật thông tin hội viên trên phần mềm quản lý hội viên",
        ),
    ]
    found = tables_apart(PIPE_ROWS_WRAPPED)
    assert found is not None
    _check_moved(PIPE_ROWS_WRAPPED, *found)


@pytest.mark.parametrize(
    "text",
    [
        "| TT | Nội dung |\n| --- | --- |\n| 1 | Báo cáo |\n| | gửi về Hội |\n",  # Markdown: a pipe a line
        "| 1 | Báo cáo | Quý II |\n| | gửi về Hội |\n",  # rows of unlike widths
    ],
)
def test_a_pipe_table_is_set_apart_only_when_drawn_with_rows_that_wrap(text: str) -> None:
    assert tables_apart(text) is None


def test_every_character_of_a_table_set_apart_leads_back_to_itself() -> None:
    found = tables_apart(PANDOC_PLAN)
    assert found is not None
    _check_moved(PANDOC_PLAN, *found)


@given(st.lists(st.text(alphabet="ab -|+=_\n", max_size=40), max_size=12))
def test_tables_apart_keeps_the_characters_it_moves(lines: list[str]) -> None:
    text = "\n".join(lines)
    found = tables_apart(text)
    if found is not None:
        _check_moved(text, *found)


LAYOUT_TABLE = (
    "KẾ HOẠCH\nTổ chức Tháng Công nhân\n\nPHỤ LỤC\n\n"
    " TT  Nội dung công việc                          Đơn vị chủ trì              Thời gian thực hiện\n\n"
    " 1   Xây dựng, ban hành kế hoạch tổ chức Tháng    LĐLĐ các huyện, thị xã,     Trước ngày 15/4/2024\n"
    "     Công nhân                                    thành phố, Công đoàn ngành\n"
    " 2   Tổ chức đối thoại với người sử dụng lao      Công đoàn cơ sở             Trong tháng 5/2024\n"
    "     động tại doanh nghiệp\n"
)


def test_a_task_table_that_pdftotext_aligned_with_blanks() -> None:
    plan = vnplan.parse(LAYOUT_TABLE)
    assert [(d.level, str(d.due.end), d.task) for d in plan.deadlines] == [
        ("huyen", "2024-04-15", "Xây dựng, ban hành kế hoạch tổ chức Tháng Công nhân"),
        ("co_so", "2024-05-31", "Tổ chức đối thoại với người sử dụng lao động tại doanh nghiệp"),
    ]
    found = tables_apart(LAYOUT_TABLE)
    assert found is not None
    _check_moved(LAYOUT_TABLE, *found)


def test_a_line_of_names_with_no_time_column_is_no_table() -> None:
    text = " TT  Họ và tên          Chức vụ           Đơn vị\n 1   Nguyễn Văn A       Bí thư       Chi bộ 1\n"
    assert tables_apart(text) is None


PANDOC_MARKDOWN_FOOT = """SỞ Y TẾ THANH HÓA
BỆNH VIỆN ĐA KHOA TỈNH
Số: 1875/KH-BVĐKT
Thanh Hóa, ngày 12 tháng 9 năm 2025

**KẾ HOẠCH**
Tăng cường quản lý sử dụng thuốc

1.  **Khoa Dược:** tổng hợp số liệu, báo cáo Giám đốc trước ngày 05/01/2026.

+----------------------------------+----------------------------------+
| ***Nơi nhận:***\\                 | **KT. GIÁM ĐỐC\\                  |
| - Sở Y tế (để b/c);\\             | PHÓ GIÁM ĐỐC**                   |
| - Các khoa lâm sàng, cận lâm     |                                  |
| sàng (để t/h);\\                  | **BSCKII. Lê Đình Thành**        |
| - Lưu: VT, KHTH.                 |                                  |
+----------------------------------+----------------------------------+
"""


def test_a_grid_table_whose_cells_break_lines_with_backslashes() -> None:
    """pandoc's Markdown ends a cell's line with "\\" where the DOCX had a line break: each such line is a
    line of its own (a recipient, the mark apart from the position), the backslash no part of it."""
    plan = vnplan.parse(PANDOC_MARKDOWN_FOOT)
    assert [r.name for r in plan.recipients] == [
        "Sở Y tế (để b/c)",
        "Các khoa lâm sàng, cận lâm sàng (để t/h)",
        "Lưu: VT, KHTH",
    ]
    assert plan.signer is not None
    signer = (plan.signer.mode, plan.signer.authority, plan.signer.position)
    assert signer == ("KT", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC")
