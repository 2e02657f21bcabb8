"""The blocks of a document: anchors found where their literal hints stand, with their context rules."""

from __future__ import annotations

import pytest

from vnplan.normalise import normalise
from vnplan.segment import segment

# (text, then the text of each block: type line, letter summary, header, title, body, recipients, signature)
BLOCKS = [
    pytest.param(
        "KẾ HOẠCH\nTổng kết\n\nCăn cứ Luật\nNơi nhậnơi nhận:\n- Như trên\nNơi nhận:\n- Lưu\n"
        "T/M BAN THƯỜNG VỤ\nBÍ THƯ",
        (
            "KẾ HOẠCH",
            None,
            "",
            "Tổng kết",
            "\n\nCăn cứ Luật\nNơi nhậnơi nhận:\n- Như trên\n",
            "\n- Lưu\n",
            "T/M BAN THƯỜNG VỤ\nBÍ THƯ",
        ),
        id="recipients-heading-inside-a-word-is-no-heading",
    ),
    pytest.param(
        "TỈNH ỦY\nSố 12\n “ V/v tổ chức hội nghị\n\nKính gửi: các đơn vị",
        (None, "V/v", "TỈNH ỦY\nSố 12\n ", "tổ chức hội nghị", "\n\nKính gửi: các đơn vị", None, None),
        id="letter-summary-after-a-quote",
    ),
    pytest.param(
        "KẾ HOẠCH\nTổng kết năm\nSố 5-KH/TU\n2017 KẾ HOẠCH\nTổ chức hội nghị\n\nCăn cứ Luật",
        (
            "KẾ HOẠCH",
            None,
            "KẾ HOẠCH\nTổng kết năm\nSố 5-KH/TU\n2017 ",
            "Tổ chức hội nghị",
            "\n\nCăn cứ Luật",
            None,
            None,
        ),
        id="type-line-after-the-number-line",
    ),
    pytest.param(
        "KẾ HOẠCH\nTổng kết\n\nCăn cứ Luật\nKT/M TL. ĐỒNG CHÍ\n  KT. CHỦ TỊCH\nNguyễn Văn A",
        (
            "KẾ HOẠCH",
            None,
            "",
            "Tổng kết",
            "\n\nCăn cứ Luật\nKT/M TL. ĐỒNG CHÍ\n",
            None,
            "  KT. CHỦ TỊCH\nNguyễn Văn A",
        ),
        id="marks-only-where-a-block-starts",
    ),
]


@pytest.mark.parametrize(("text", "expected"), BLOCKS)
def test_blocks(text: str, expected: tuple[str | None, ...]) -> None:
    src = normalise(text)
    b = segment(src)
    ranges = (b.type_line, b.letter_summary, b.header, b.title, b.body, b.recipients, b.signature)
    assert tuple(src.text[r[0] : r[1]] if r else None for r in ranges) == expected
