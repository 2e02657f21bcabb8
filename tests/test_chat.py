"""A plan pasted from a group chat: the senders, times, reactions and the chat's words between its lines
are blanked offset for offset; a text with fewer than two senders' lines is no chat."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

import vnplan
from vnplan.chat import blank_chat_furniture

CHAT = (
    "Nguyễn Thu Hà\nHôm qua lúc 21:14\nĐã chuyển tiếp một tin nhắn\n"
    "BCH ĐOÀN PHƯỜNG ĐỊNH CÔNG\n***\nSố: 24-KH/ĐTN\nĐOÀN TNCS HỒ CHÍ MINH\n"
    "Định Công, ngày 26 tháng 02 năm 2024\n\n"
    "KẾ HOẠCH\nTổ chức Tháng Thanh niên năm 2024\n\n"
    "Thực hiện Kế hoạch số 15-KH/QĐTN của Ban Thường vụ Quận đoàn, Đoàn phường xây dựng Kế hoạch như sau:\n"
    "👍 3\nTrả lời\nNguyễn Thu Hà\nHôm qua lúc 21:15\n"
    "I. NỘI DUNG\n1. Các chi đoàn báo cáo kết quả thực hiện Tháng Thanh niên\n"
    "❤️ 2\nNguyễn Thu Hà\n21:17\n"
    "(kèm hình ảnh) về Ban Thường vụ Đoàn phường chậm nhất ngày 25/3/2024.\n"
    "Nơi nhận:\n- Các chi đoàn;\n- Lưu VP.\nTM. BCH ĐOÀN PHƯỜNG\nBÍ THƯ\nPhạm Quốc Huy\n👍 7\nĐã xem"
)


@pytest.mark.parametrize(
    ("text", "kept", "lines"),
    [
        pytest.param(
            "Hà\n21:14\nKẾ HOẠCH\nbáo cáo\n👍 1\nHà\n21:17\nvề Đoàn trước ngày 25/3.",
            "KẾ HOẠCH\nbáo cáo\nvề Đoàn trước ngày 25/3.",
            5,
            id="two-senders",
        ),
        pytest.param(
            "Lan Anh\nHôm nay lúc 08:02\nKẾ HOẠCH\n\nTrả lời\nLan Anh\nHôm nay lúc 08:03\n\nI. MỤC ĐÍCH",
            "KẾ HOẠCH\n\nI. MỤC ĐÍCH",
            5,
            id="blank-lines-around-a-message-s-furniture-keep-the-paragraph",
        ),
        pytest.param(
            "Lan Anh\n08:02\nKẾ HOẠCH\n- Họp lúc\n09:30\ntại hội trường.",
            "Lan Anh\n08:02\nKẾ HOẠCH\n- Họp lúc\n09:30\ntại hội trường.",
            0,
            id="one-sender-is-no-chat",
        ),
        pytest.param(
            "Trả lời\nKẾ HOẠCH\n👍 3\nchậm nhất 14:30 ngày 25/3.",
            "Trả lời\nKẾ HOẠCH\n👍 3\nchậm nhất 14:30 ngày 25/3.",
            0,
            id="a-chat-s-words-without-senders",
        ),
    ],
)
def test_a_chat_s_furniture_is_blanked(text: str, kept: str, lines: int) -> None:
    blanked, count = blank_chat_furniture(text)
    assert len(blanked) == len(text)
    assert _shown(blanked) == _shown(kept)
    assert count == lines


def _shown(text: str) -> list[str]:
    """The lines of ``text`` as a reader sees them: stripped, a run of blank lines one blank line."""
    shown: list[str] = []
    for line in (line.strip() for line in text.split("\n")):
        if line or (shown and shown[-1]):
            shown.append(line)
    return shown[:-1] if shown and not shown[-1] else shown


def test_a_sentence_split_across_two_messages_is_one_deadline() -> None:
    plan = vnplan.parse(CHAT)
    assert [(d.level, d.due.end, d.task) for d in plan.deadlines] == [
        (
            "co_so",
            date(2024, 3, 25),
            # (the aside "(kèm hình ảnh)" dropped, as from every task)
            "Các chi đoàn báo cáo kết quả thực hiện Tháng Thanh niên về Ban Thường vụ Đoàn phường",
        )
    ]
    assert plan.number is not None and plan.number.canonical == "24-KH/ĐTN"
    assert [r.name for r in plan.recipients] == ["Các chi đoàn", "Lưu VP"]
    assert "layout.chat_furniture" in {d.code for d in plan.diagnostics}


LINES = ["Hà", "21:14", "Hôm qua lúc 21:15", "👍 3", "Trả lời", "", "KẾ HOẠCH", "x"]


@given(st.lists(st.sampled_from(LINES)))
def test_blanking_keeps_the_length_and_the_plan_s_lines(lines: list[str]) -> None:
    text = "\n".join(lines)
    blanked, _ = blank_chat_furniture(text)
    assert len(blanked) == len(text)
    assert blanked.count("KẾ HOẠCH") == text.count("KẾ HOẠCH")
    assert all(c == b or b in " \n" for c, b in zip(text, blanked, strict=True))
