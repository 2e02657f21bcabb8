"""A plan run into one line (a web page's text, a database field) gets its line breaks back."""

from __future__ import annotations

from pathlib import Path

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

import vnplan
from project_scripts import load_script
from vnplan.linebreaks import restore

STYLES = Path(__file__).resolve().parent / "fixtures" / "styles"
# Words in small letters that hold no cue: they make a case long enough to be read as a run-on plan.
FILLER = " và" * 80


def _lines(text: str) -> list[str]:
    restored, _ = restore(text + FILLER)
    lines = [line.strip() for line in restored.split("\n")]
    lines[-1] = lines[-1].removesuffix(FILLER.strip()).strip()
    return [line for line in lines if line]


# (one line of a plan, the lines it is read as)
CASES = [
    pytest.param(
        "như sau: I. MỤC ĐÍCH, YÊU CẦU 1. Đánh giá kết quả. 2. Rút kinh nghiệm.",
        ["như sau:", "I. MỤC ĐÍCH, YÊU CẦU", "1. Đánh giá kết quả.", "2. Rút kinh nghiệm."],
        id="numbered-items",
    ),
    pytest.param(
        "như sau: I. THỜI GIAN TỔ CHỨC  1. Chi bộ ấp xong trước ngày 31/3/2025.",
        ["như sau:", "I. THỜI GIAN TỔ CHỨC", "1. Chi bộ ấp xong trước ngày 31/3/2025."],
        id="an-item-two-blanks-after-a-heading",
    ),
    pytest.param(
        "Đánh giá kết quả. II- THỜI GIAN, TIẾN ĐỘ a) Cấp cơ sở xong trước ngày 31/3/2024.",
        ["Đánh giá kết quả.", "II- THỜI GIAN, TIẾN ĐỘ a) Cấp cơ sở xong trước ngày 31/3/2024."],
        id="roman-number-with-a-dash",
    ),
    pytest.param(
        "Nơi nhận: - Như trên; - Lưu: VT.",
        ["Nơi nhận:", "- Như trên;", "- Lưu: VT."],
        id="list-dashes",
    ),
    pytest.param(
        "KẾ HOẠCH Tổ chức hội nghị năm 2024 Căn cứ Điều lệ Đảng; Thực hiện Kế hoạch số 12-KH/TU,",
        ["KẾ HOẠCH Tổ chức hội nghị năm 2024", "Căn cứ Điều lệ Đảng;", "Thực hiện Kế hoạch số 12-KH/TU,"],
        id="opening-words-end-a-summary",
    ),
    pytest.param(
        "Căn cứ Điều lệ Đoàn; - Căn cứ Quy chế hoạt động;",
        ["Căn cứ Điều lệ Đoàn;", "- Căn cứ Quy chế hoạt động;"],
        id="a-dash-stays-with-its-opening-words",
    ),
    pytest.param(
        "Căn cứ Điều lệ Đảng. Ban Thường vụ ban hành kế hoạch.",
        ["Căn cứ Điều lệ Đảng.", "Ban Thường vụ ban hành kế hoạch."],
        id="a-sentence-after-a-stop",
    ),
    pytest.param(
        "Hội nghị tổ chức tại TP. Hồ Chí Minh theo Mục 2. Nội dung đã nêu.",
        ["Hội nghị tổ chức tại TP. Hồ Chí Minh theo Mục 2. Nội dung đã nêu."],
        id="an-abbreviation-or-a-number-ends-no-sentence",
    ),
    pytest.param(
        "Lưu: VT. TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Trần Văn Tân",
        ["Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH PHÓ CHỦ TỊCH Trần Văn Tân"],
        id="signature-marks",
    ),
    pytest.param(
        "Quy chế danh hiệu “Học sinh 3 tốt” giai đoạn 2018 2022 BAN BÍ THƯ TRUNG ƯƠNG",
        ["Quy chế danh hiệu “Học sinh 3 tốt” giai đoạn 2018 2022", "BAN BÍ THƯ TRUNG ƯƠNG"],
        id="a-heading-in-capitals-after-ordinary-text",
    ),
    pytest.param(
        "của Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh khóa XII",
        ["của Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh khóa XII"],
        id="two-words-in-capitals-are-no-heading",
    ),
    pytest.param(
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Đồng Nai, ngày 20 tháng 4 năm 2023",
        [
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "Đồng Nai, ngày 20 tháng 4 năm 2023",
        ],
        id="the-header-mottos",
    ),
]


@pytest.mark.parametrize(("text", "lines"), CASES)
def test_line_breaks_come_back(text: str, lines: list[str]) -> None:
    assert _lines(text) == lines


LEFT_AS_IT_IS = [
    pytest.param("KẾ HOẠCH\nTổ chức hội nghị.\n" * 40, id="a-text-with-its-line-breaks"),
    pytest.param("KẾ HOẠCH TỔ CHỨC HỘI NGHỊ. I. MỤC ĐÍCH. " * 20, id="a-line-in-capitals"),
    pytest.param("Căn cứ Điều lệ Đảng. Ban Thường vụ ban hành.", id="a-line-shorter-than-a-plan"),
    pytest.param(
        "BAN CHẤP HÀNH TRUNG ƯƠNG\nBÁO CÁO\nKết quả năm học\n"
        + ("Các cấp bộ Đoàn đã triển khai nhiều hoạt động thiết thực trong năm học. " * 4 + "\n") * 5
        + "Hai ngành đã chỉ đạo các cấp bộ Đoàn. Nhiều mô hình hay. " * 40,
        id="a-report's-long-paragraph-under-a-header-set-out-line-by-line",
    ),
]


@pytest.mark.parametrize("text", LEFT_AS_IT_IS)
def test_left_as_it_is(text: str) -> None:
    assert restore(text) == (text, None)


@given(st.text(alphabet=" .;:-\n1IaĐđCăn cứTM/Kx”", max_size=600))
def test_only_blanks_turn_into_line_breaks(text: str) -> None:
    restored, stretch = restore(text)
    assert len(restored) == len(text)
    assert all(a == b or (a == " " and b == "\n") for a, b in zip(text, restored, strict=True))
    assert (stretch is None) == (restored == text)


PROBE = load_script("layout_probe")


def _run_on(text: str, blanks: str = " ") -> str:
    """``text`` run into one line, its lines ``blanks`` apart (with one blank: the layout probe's "no
    line breaks")."""
    return regex.sub(r"[ \t]*+\n\s*+", blanks, text)


# Fields of each style plan that its run-on text still reads otherwise (known limits): a header's two
# lines in capitals run together as one issuer, a table's cells run into its tasks, a pdftotext
# -layout foot whose two columns run into each other.
RUN_ON_LIMITS = {
    "ban_tuyen_giao": {"issuer"},
    "bo_cong_van_markdown": {"deadlines"},
    "chi_bo": {"issuer", "deadlines"},
    "crlf_old_tones_nfd": {"issuer", "deadlines"},
    "dang_uy_khoi": {"issuer", "title"},
    "dang_uy_xa": {"issuer"},
    "doan_truong": {"title", "deadlines", "signer"},
    "hoi_lhpn_tinh": {"issuer"},
    "huyen_uy": {"issuer", "deadlines"},
    "ldld_huyen": {"issuer", "title", "deadlines"},
    "mttq_tinh": {"deadlines"},
    "so_gddt_table": {"issuer", "deadlines"},
    "so_noi_vu": {"issuer", "title", "deadlines"},
    "truong_dai_hoc": {"issuer", "deadlines"},
    "ubnd_huyen_pdftotext_layout": {"recipients", "signer"},
    "ubnd_tinh": set(),
    "ubnd_xa_quyet_dinh": set(),
}


@pytest.mark.parametrize("blanks", [" ", "  "], ids=["one-blank", "two-blanks"])
@pytest.mark.parametrize("name", sorted(RUN_ON_LIMITS))
def test_a_plan_run_into_one_line_reads_as_the_plan(name: str, blanks: str) -> None:
    text = (STYLES / f"{name}.txt").read_text(encoding="utf-8")
    plan, run_on = PROBE.values(vnplan.parse(text)), PROBE.values(vnplan.parse(_run_on(text, blanks)))
    # Two blanks part the header's two bodies as a gap wider than the words' does: the issuer reads right.
    limits = RUN_ON_LIMITS[name] - ({"issuer"} if blanks == "  " else set())
    assert {field for field in plan if plan[field] != run_on[field]} == limits


def test_the_diagnostic_spans_the_lines_read_again() -> None:
    text = _run_on((STYLES / "ubnd_tinh.txt").read_text(encoding="utf-8"))
    plan = vnplan.parse(text)
    [note] = [d for d in plan.diagnostics if d.code == "layout.line_breaks_restored"]
    assert note.span is not None
    assert (note.span.start, note.span.end) == (0, len(text))
    assert "layout.line_breaks_restored" not in {
        d.code for d in vnplan.parse((STYLES / "ubnd_tinh.txt").read_text(encoding="utf-8")).diagnostics
    }
