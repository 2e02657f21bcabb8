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


def test_a_title_stop_is_found_from_its_hints_as_a_search_finds_it() -> None:
    """``_title_stop`` tries only the positions near a hint; a search from the first hint's reach
    finds the same stop, over lines made of the stops' pieces and noise."""
    import random  # noqa: PLC0415

    from vnplan import segment  # noqa: PLC0415

    pieces = [", ngày 5 tháng", ",ngày", " NGÀY ", "Kính gửi:", "kính  gửi :", "KÍNH", "---", "--", "-"]
    pieces += ["ĐOÀN TNCS HỒ CHÍ MINH", "ĐẢNG CỘNG SẢN VIỆT NAM", "ĐỘC", "Hà Nội", " ", "\u2003", "a", "B."]
    pieces += ["Tổng kết 10 năm thực hiện Nghị quyết số 11-NQ/TU", "x" * 45, ",", "tháng"]
    rng = random.Random(7)
    for _ in range(3000):
        raw = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        pos = rng.choice([0, 1])
        hint = segment._title_stop_hint_re().search(raw, pos)
        stop = None if hint is None else segment._title_stop_re().search(raw, max(pos, hint.start() - 41))
        assert segment._title_stop(raw, pos) == (None if stop is None else stop.start()), raw


def test_the_title_stop_hints_match_where_the_stops_do() -> None:
    """What ``_title_stop`` relies on: ``re``'s \\s and case-insensitive letters of the hints match
    every character that ``regex``'s do in the stops."""
    import re  # noqa: PLC0415

    import regex  # noqa: PLC0415

    every = "".join(map(chr, range(0x110000)))
    for piece in [r"\s", *"ngàykính"]:
        assert set(regex.findall(f"(?i){piece}", every)) <= set(re.findall(f"(?i){piece}", every)), piece
