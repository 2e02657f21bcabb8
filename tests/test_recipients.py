"""Specification of the *Nơi nhận* reader (REFERENCE §1.9 Party, §2.6 State).

``read_recipients(src, start, end)`` reads the block after "Nơi nhận:". One entry per
recipient, bullet and final ``;``/``,``/``.`` removed, whitespace folded; a trailing
parenthesised note (``b/c``, ``để t/h``...) stays in the name as written and is read into
``note``; the ``Lưu ...`` filing entry is the archive and ends the list (a State archive keeps its
``(65)`` copy count in its name, and no note).
"""

from __future__ import annotations

import pytest

import vnplan
from vnplan.normalise import normalise
from vnplan.recipients import read_recipients

# (block after "Nơi nhận:", [(name, note, is_archive)])
BLOCKS = [
    pytest.param(  # a PDF's page number between two entries
        "- Ban Tuyên giáo Trung ương (để báo cáo),\n3\n- Thường trực Thành ủy,\n- Lưu Văn phòng Thành ủy.",
        [
            ("Ban Tuyên giáo Trung ương (để báo cáo)", "để báo cáo", False),
            ("Thường trực Thành ủy", None, False),
            ("Lưu Văn phòng Thành ủy", None, True),
        ],
        id="a-page-s-number-between-two-entries",
    ),
    pytest.param(
        "- Ban Bí thư TW (b/c);\n- Ban Dân vận TW (b/c);\n- Các huyện, thị uỷ, ĐUTT;\n"
        "- Lưu Văn phòng Tỉnh uỷ.",
        [
            ("Ban Bí thư TW (b/c)", "b/c", False),
            ("Ban Dân vận TW (b/c)", "b/c", False),
            ("Các huyện, thị uỷ, ĐUTT", None, False),
            ("Lưu Văn phòng Tỉnh uỷ", None, True),
        ],
        id="party-hyphen-bullets",
    ),
    pytest.param(
        "- Thường trực Tỉnh ủy,\n- Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc,\n"
        "- Các ban đảng, Văn phòng Tỉnh ủy,\n- Lưu Văn phòng Tỉnh ủy.",
        [
            ("Thường trực Tỉnh ủy", None, False),
            ("Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc", None, False),
            ("Các ban đảng, Văn phòng Tỉnh ủy", None, False),
            ("Lưu Văn phòng Tỉnh ủy", None, True),
        ],
        id="party-comma-line-ends",
    ),
    pytest.param(
        "+ Như trên;\n+ Bộ Tài chính (để b/c);\n+ Lưu: VT.",
        [("Như trên", None, False), ("Bộ Tài chính (để b/c)", "để b/c", False), ("Lưu: VT", None, True)],
        id="plus-bullets",
    ),
    pytest.param(
        "• UBND các huyện (để t/h);\n• Sở Tài chính;\n• Lưu: VT, KH.",
        [
            ("UBND các huyện (để t/h)", "để t/h", False),
            ("Sở Tài chính", None, False),
            ("Lưu: VT, KH", None, True),
        ],
        id="dot-bullets",
    ),
    pytest.param(
        "-Như trên;\n-UBND tỉnh (b/c);\n-Lưu VT.",
        [("Như trên", None, False), ("UBND tỉnh (b/c)", "b/c", False), ("Lưu VT", None, True)],
        id="bullets-without-space",
    ),
    pytest.param(
        "  Ủy ban TW MTTQ Việt Nam;\n Ban Bí thư Trung ương Đoàn;\n  Các  ban,  đơn  vị  Trung  ương\n"
        "Đoàn (để t/h);\n Các tỉnh, thành đoàn (để t/h);\n Lưu VP, MTTN.",
        [
            ("Ủy ban TW MTTQ Việt Nam", None, False),
            ("Ban Bí thư Trung ương Đoàn", None, False),
            ("Các ban, đơn vị Trung ương Đoàn (để t/h)", "để t/h", False),
            ("Các tỉnh, thành đoàn (để t/h)", "để t/h", False),
            ("Lưu VP, MTTN", None, True),
        ],
        id="lost-bullets-semicolon-ends-wrapped",
    ),
    pytest.param(
        " Đ/c Bùi Thị Hoài, Bí thư TW Đảng,\nTrưởng Ban Dân vận Trung ương (để b/c);\n"
        " Ban Dân vận Trung ương;\n Lưu BKT, VP.",
        [
            ("Đ/c Bùi Thị Hoài, Bí thư TW Đảng, Trưởng Ban Dân vận Trung ương (để b/c)", "để b/c", False),
            ("Ban Dân vận Trung ương", None, False),
            ("Lưu BKT, VP", None, True),
        ],
        id="lost-bullets-comma-wrapped-person",
    ),
    pytest.param(
        "- Bộ Tài chính;\n- Các Sở, ban, ngành\n  thuộc tỉnh;\n- Lưu: VT.",
        [
            ("Bộ Tài chính", None, False),
            ("Các Sở, ban, ngành thuộc tỉnh", None, False),
            ("Lưu: VT", None, True),
        ],
        id="bulleted-wrapped-entry",
    ),
    pytest.param(
        "   Như trên;   TT Ban Bí thư TW Đoàn (để báo cáo);   Vụ Tuyên truyền, Ban Tuyên giáo TW;"
        "   Lưu BTG, VP. ",
        [
            ("Như trên", None, False),
            ("TT Ban Bí thư TW Đoàn (để báo cáo)", "để báo cáo", False),
            ("Vụ Tuyên truyền, Ban Tuyên giáo TW", None, False),
            ("Lưu BTG, VP", None, True),
        ],
        id="one-line-table-cell",
    ),
    pytest.param(
        "Như trên; Bộ Tài chính (b/c); Lưu VT.",
        [("Như trên", None, False), ("Bộ Tài chính (b/c)", "b/c", False), ("Lưu VT", None, True)],
        id="semicolons-on-one-line",
    ),
    pytest.param(
        "- Ban Thường vụ Tỉnh ủy (để báo cáo);\n- Các đồng chí Tỉnh ủy viên (để biết);\n- Lưu VPTU.",
        [
            ("Ban Thường vụ Tỉnh ủy (để báo cáo)", "để báo cáo", False),
            ("Các đồng chí Tỉnh ủy viên (để biết)", "để biết", False),
            ("Lưu VPTU", None, True),
        ],
        id="notes-bao-cao-biet",
    ),
    pytest.param(
        "- Như kính gửi;\n- Lưu: VT, VP.",
        [("Như kính gửi", None, False), ("Lưu: VT, VP", None, True)],
        id="nhu-kinh-gui",
    ),
    pytest.param(  # "TM." the staff office's abbreviation, then the drafter's code: no stop there
        "- Các phòng, ban;\n- Lưu: VT, TM. H16.",
        [("Các phòng, ban", None, False), ("Lưu: VT, TM. H16", None, True)],
        id="archive-with-an-abbreviation-then-a-code",
    ),
    pytest.param(  # a stop, then a name on the same line (a foot written row by row): the entry ends
        "- Như trên;\n- Lưu: VT, VP. Nguyễn Văn An",
        [("Như trên", None, False), ("Lưu: VT, VP", None, True)],
        id="archive-then-a-name-on-its-line",
    ),
    pytest.param(
        "- Văn phòng Chính phủ (để t/h);\n- Lưu: VT, TCHQ (65).",
        [("Văn phòng Chính phủ (để t/h)", "để t/h", False), ("Lưu: VT, TCHQ (65)", None, True)],
        id="state-archive-copy-count",
    ),
    pytest.param(
        "- Như trên;\n- Lưu: VT; TG.",
        [("Như trên", None, False), ("Lưu: VT; TG", None, True)],
        id="archive-with-semicolon-is-one-entry",
    ),
    pytest.param(
        "- Như trên;\n- Thường trực Tỉnh uỷ (để b/c);\n- Lưu VPTU.\n\nT/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ",
        [
            ("Như trên", None, False),
            ("Thường trực Tỉnh uỷ (để b/c)", "để b/c", False),
            ("Lưu VPTU", None, True),
        ],
        id="stops-at-party-signature",
    ),
    pytest.param(
        "- Như trên;\n- UBND tỉnh;\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn An",
        [("Như trên", None, False), ("UBND tỉnh", None, False)],
        id="stops-at-state-signature-without-archive",
    ),
    pytest.param(
        "- Như trên;\n- Lưu: VT, KH.\n\nPHỤ LỤC\nDanh sách các đơn vị",
        [("Như trên", None, False), ("Lưu: VT, KH", None, True)],
        id="stops-at-annex",
    ),
    pytest.param(
        "- Như trên;\n- Lưu VPTU.\n\nNguyễn Văn Hùng",
        [("Như trên", None, False), ("Lưu VPTU", None, True)],
        id="archive-ends-the-list",
    ),
    pytest.param(
        "- Như trên;\n- Trung tâm Lưu trữ tỉnh;\n- Lưu VT.\nT/M BAN",
        [("Như trên", None, False), ("Trung tâm Lưu trữ tỉnh", None, False), ("Lưu VT", None, True)],
        id="lưu-inside-a-name-is-no-archive",
    ),
    pytest.param(
        "Như trên;  Lưu VT, VP.",
        [("Như trên", None, False), ("Lưu VT, VP", None, True)],
        id="archive-on-the-same-line",
    ),
    pytest.param(
        "- Các sở, ngành (t/h);\n-Lưu VPTU.",
        [("Các sở, ngành (t/h)", "t/h", False), ("Lưu VPTU", None, True)],
        id="archive-bullet-without-space",
    ),
    pytest.param(
        "+ Như trên;\n+ Ban Tuyên giáo;\n  T/M BAN THƯỜNG VỤ\n+ Lưu",
        [("Như trên", None, False), ("Ban Tuyên giáo", None, False)],
        id="indented-signature-mark-ends-the-list",
    ),
    pytest.param(
        "- Ban Dân vận Tỉnh ủy (báo cáo), - Ban Thường vụ Đảng ủy Khối, - Các đảng ủy, chi bộ cơ sở, "
        "- Lưu Văn phòng.",
        [
            ("Ban Dân vận Tỉnh ủy (báo cáo)", "báo cáo", False),
            ("Ban Thường vụ Đảng ủy Khối", None, False),
            ("Các đảng ủy, chi bộ cơ sở", None, False),
            ("Lưu Văn phòng", None, True),
        ],
        id="comma-line-ends-run-into-one-line",
    ),
    pytest.param(
        "- Đảng ủy Khối - Cơ quan tỉnh, Sở Nội vụ;\n- Lưu VT.",
        [("Đảng ủy Khối - Cơ quan tỉnh, Sở Nội vụ", None, False), ("Lưu VT", None, True)],
        id="a-dash-inside-a-name-without-a-comma-before-it",
    ),
]


@pytest.mark.parametrize(("block", "expected"), BLOCKS)
def test_read_recipients(block: str, expected: list[tuple[str, str | None, bool]]) -> None:
    src = normalise(block)
    got = [(r.name, r.note, r.is_archive) for r in read_recipients(src, 0, len(src.text))]
    assert got == expected


@pytest.mark.parametrize("block", [pytest.param(case.values[0], id=case.id) for case in BLOCKS])
def test_recipient_spans_cover_the_entry(block: str) -> None:
    src = normalise(block)
    for r in read_recipients(src, 0, len(src.text)):
        assert r.span is not None
        piece = block[r.span.start : r.span.end]
        assert piece.strip() == piece, f"{piece!r} has surrounding whitespace"
        assert piece.startswith(r.name.split()[0]), (piece, r.name)
        assert r.name.split()[-1] in piece


def test_offsets_into_a_whole_document() -> None:
    text = "Trên đây là Kế hoạch.\n\nNơi nhận:\n- Ban Bí thư TW (b/c);\n- Lưu VPTU.\n\nT/M BAN THƯỜNG VỤ\n"
    start = text.index("Nơi nhận:") + len("Nơi nhận:")
    src = normalise(text)
    got = read_recipients(src, start, len(text))
    assert [(r.name, r.note, r.is_archive) for r in got] == [
        ("Ban Bí thư TW (b/c)", "b/c", False),
        ("Lưu VPTU", None, True),
    ]
    assert [text[r.span.start : r.span.end] for r in got if r.span] == ["Ban Bí thư TW (b/c)", "Lưu VPTU"]


def test_a_list_right_after_the_summary_is_read() -> None:
    text = (
        "KẾ HOẠCH\nTổng kết\nNơi nhận:\n" + "".join(f"- Huyện ủy {i};\n" for i in range(5)) + "- Lưu VPTU.\n"
    )
    plan = vnplan.parse(text)
    assert plan.title == "Tổng kết"
    assert [r.name for r in plan.recipients] == [*(f"Huyện ủy {i}" for i in range(5)), "Lưu VPTU"]


def test_the_signature_s_mark_beside_the_list_s_label_is_no_recipient() -> None:
    """A photo's OCR writes the two columns of the foot on one line: "Nơi nhận: TM. ỦY BAN NHÂN DÂN"."""
    text = (
        "ỦY BAN NHÂN DÂN\nPHƯỜNG HẠC THÀNH\nSố: 38/KH-UBND\nHạc Thành, ngày 16 tháng 3 năm 2026\nKẾ HOẠCH\n"
        "Phòng, chống sốt xuất huyết\nI. MỤC ĐÍCH\nChủ động phòng bệnh.\n"
        "Nơi nhận: TM. ỦY BAN NHÂN DÂN\n- Sở Y tế (b/c);\n- Các tổ dân phố;\n- Lưu: VT.\n"
        "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Thị Thu Hà\n"
    )
    plan = vnplan.parse(text)
    assert [r.name for r in plan.recipients] == ["Sở Y tế (b/c)", "Các tổ dân phố", "Lưu: VT"]


def test_a_spreadsheet_s_foot_of_two_quoted_cells() -> None:
    """A plan pasted into a spreadsheet and copied out again: the recipients and the signature are two
    cells of one row, each in quotes and holding its line breaks, parted by a tab (rows end in CRLF)."""
    text = '"SỞ Y TẾ TỈNH ĐỒNG THÁP\nTRUNG TÂM KIỂM SOÁT BỆNH TẬT"\t"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"\r\n'
    text += "Số: 215/KH-KSBT\tĐồng Tháp, ngày 18 tháng 7 năm 2025\r\n"
    text += "KẾ HOẠCH\r\nPhòng chống sốt xuất huyết\r\n"
    text += "Các trạm y tế báo cáo trước ngày 25/7/2025.\r\n"
    text += '"Nơi nhận:\n- Sở Y tế (để b/c);\n- Lưu: VT, KSBTN."\t"KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\n'
    text += 'Nguyễn Thị Diễm Phương"\r\n'
    plan = vnplan.parse(text)
    assert [r.name for r in plan.recipients] == ["Sở Y tế (để b/c)", "Lưu: VT, KSBTN"]
    assert plan.signer is not None
    assert (plan.signer.mode, plan.signer.position, plan.signer.name) == (
        "KT",
        "PHÓ GIÁM ĐỐC",
        "Nguyễn Thị Diễm Phương",
    )
