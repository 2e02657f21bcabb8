"""Recipients beside the signature (pdftotext -layout): set out column after column, offsets kept."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import vnplan
from vnplan.columns import set_apart

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
    pytest.param(
        f"Nơi nhận:{GAP}TM. BAN THƯỜNG VỤ\n- Như trên;\n- Lưu.\n", None, id="one-line-of-two-columns"
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
]


@pytest.mark.parametrize(("text", "lines"), CASES)
def test_set_apart(text: str, lines: list[str] | None) -> None:
    found = set_apart(text, 0)
    assert (found[0].splitlines() if found else None) == lines


def _old_offset(pieces: list[tuple[int, int]], at: int) -> int:
    new, old = max((p for p in pieces if p[0] <= at), key=lambda p: p[0])
    return old + at - new


def _check_map(text: str, heading: int) -> None:
    found = set_apart(text, heading)
    if found is None:
        return
    new, pieces, _ = found
    for at, char in enumerate(new):
        if char != "\n":  # a line break ends a part: it leads to what followed the part
            assert text[_old_offset(pieces, at)] == char
    assert _old_offset(pieces, len(new)) == len(text)


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


def test_a_plan_with_its_footer_side_by_side() -> None:
    plan = vnplan.parse("KẾ HOẠCH\nTổ chức hội nghị\n\nCác xã báo cáo trước ngày 10/12/2023.\n\n" + FOOTER)
    text = "KẾ HOẠCH\nTổ chức hội nghị\n\nCác xã báo cáo trước ngày 10/12/2023.\n\n" + FOOTER
    assert [r.name for r in plan.recipients] == ["UBND tỉnh", "TT Huyện ủy", "Lưu: VT"]
    assert [text[r.span.start : r.span.end] for r in plan.recipients] == [
        "UBND tỉnh (b/c)",
        "TT Huyện ủy",
        "Lưu: VT",
    ]
    assert plan.signer is not None
    assert (plan.signer.mode, plan.signer.position, plan.signer.name) == (
        "KT",
        "PHÓ CHỦ TỊCH",
        "Nguyễn Văn Bình",
    )
    assert "layout.columns_apart" in {d.code for d in plan.diagnostics}


TAB_FOOTER = (
    "Nơi nhận:\tTM. BAN THƯỜNG VỤ\n- Hội CTĐ tỉnh (b/c);\tCHỦ TỊCH\n- TT Huyện ủy (b/c);\t\n"
    "- Lưu: VT, VP.\tLê Thị Mỹ Hạnh\n"
)


def test_a_footer_saved_as_text_with_its_cells_parted_by_tabs() -> None:
    text = "KẾ HOẠCH\nTổ chức hội nghị\n\nCác xã báo cáo trước ngày 10/12/2023.\n\n" + TAB_FOOTER
    plan = vnplan.parse(text)
    assert [r.name for r in plan.recipients] == ["Hội CTĐ tỉnh", "TT Huyện ủy", "Lưu: VT, VP"]
    assert [text[r.span.start : r.span.end] for r in plan.recipients] == [
        "Hội CTĐ tỉnh (b/c)",
        "TT Huyện ủy (b/c)",
        "Lưu: VT, VP",
    ]
    assert plan.signer is not None
    assert (plan.signer.mode, plan.signer.authority, plan.signer.position, plan.signer.name) == (
        "TM",
        "BAN THƯỜNG VỤ",
        "CHỦ TỊCH",
        "Lê Thị Mỹ Hạnh",
    )
    assert "layout.columns_apart" in {d.code for d in plan.diagnostics}


@given(st.lists(ROW, min_size=2, max_size=8))
def test_every_character_leads_back_to_itself_with_tabs(rows: list[tuple[str, str]]) -> None:
    text = "".join(f"{left}\t{right}\n" for left, right in [("Nơi nhận:", "TM. BAN"), *rows])
    blanked = text.replace("\t", " ")
    found = set_apart(blanked, 0, [i for i, c in enumerate(text) if c == "\t"])
    if found is None:
        return
    new, pieces, _ = found
    for at, char in enumerate(new):
        if char != "\n":
            assert blanked[_old_offset(pieces, at)] == char
    assert _old_offset(pieces, len(new)) == len(blanked)
