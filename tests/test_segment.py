"""The blocks of a document: anchors found where their literal hints stand, with their context rules."""

from __future__ import annotations

import pytest

import vnplan
from vnplan.normalise import normalise
from vnplan.segment import segment

# (text, then the text of each block: type line, letter summary, header, title, body, recipients, signature)
BLOCKS = [
    pytest.param(
        "KẾ HOẠCH\nTổng kết\n\nCăn cứ Luật\nNơi nhận:\n- Như trên\nTM. BAN THƯỜNG VỤ\nH'Linh Niê\n\n"
        "   Tin cùng chuyên mục\n     * [17]Kế hoạch số 198-KH/TĐTN-PT\n",
        (
            "KẾ HOẠCH",
            None,
            "",
            "Tổng kết",
            "\n\nCăn cứ Luật\n",
            "\n- Như trên\n",
            "TM. BAN THƯỜNG VỤ\nH'Linh Niê\n\n",
        ),
        id="a-web-page-s-trailer-ends-the-document",
    ),
    pytest.param(
        "KẾ HOẠCH\nTổng kết\n\nCăn cứ Luật\nNơi nhận:\n- Như trên\nT/M BAN THƯỜNG VỤ\nĐại tá Lê Hồng Sơn\n\n"
        "SAO Y BẢN CHÍNH\nBAN CHQS HUYỆN NGA SƠN\nSố: 09/SY-BCH\nNga Sơn, ngày 15 tháng 3 năm 2024\n",
        (
            "KẾ HOẠCH",
            None,
            "",
            "Tổng kết",
            "\n\nCăn cứ Luật\n",
            "\n- Như trên\n",
            "T/M BAN THƯỜNG VỤ\nĐại tá Lê Hồng Sơn\n\n",
        ),
        id="a-copy-s-certification-stamp-ends-the-document",
    ),
    pytest.param(
        "KẾ HOẠCH\nTổng kết\n\nCác chi hội nộp trước 30/10[a].\nNơi nhận:\n- Như trên\nTM. BAN THƯ KÝ\n"
        "Trần Minh Khoa\n\n\n[a]Đề nghị lùi sang ngày 01/11 cho các chi hội kịp tổng hợp.\n"
        "[b]Hội đồng họp ngày 10/12.\n",
        (  # (normalise blanks the anchor and the threads: vnplan.normalise._doc_comments_blanked)
            "KẾ HOẠCH",
            None,
            "",
            "Tổng kết",
            "\n\nCác chi hội nộp trước 30/10   .\n",
            "\n- Như trên\n",
            "TM. BAN THƯ KÝ\nTrần Minh Khoa\n\n\n"
            + " " * len("[a]Đề nghị lùi sang ngày 01/11 cho các chi hội kịp tổng hợp.")
            + "\n"
            + " " * len("[b]Hội đồng họp ngày 10/12.")
            + "\n",
        ),
        id="the-comments-of-a-google-docs-export-are-blanked",
    ),
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
    pytest.param(  # a slide's title over the heading names it with more: no heading
        "KẾ HOẠCH\nTổng kết\n\nCăn cứ Luật\nNơi nhận và chữ ký\nNơi nhận:\n- Lưu\nT/M BAN THƯỜNG VỤ\nBÍ THƯ",
        (
            "KẾ HOẠCH",
            None,
            "",
            "Tổng kết",
            "\n\nCăn cứ Luật\nNơi nhận và chữ ký\n",
            "\n- Lưu\n",
            "T/M BAN THƯỜNG VỤ\nBÍ THƯ",
        ),
        id="a-title-naming-the-recipients-and-more-is-no-heading",
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
            "\n\nCăn cứ Luật\nKT/M TL. ĐỒNG CHÍ\n",  # the body ends where the mark's line starts
            None,
            "KT. CHỦ TỊCH\nNguyễn Văn A",  # the signature block starts at its mark
        ),
        id="marks-only-where-a-block-starts",
    ),
    pytest.param(
        "KẾ HOẠCH\nTổng kết\n\nCăn cứ Luật, gửi về nơi\nnhận: hồ sơ.\n  NƠI\n  NHẬN:\n- Như trên\n"
        "T/M BAN THƯỜNG VỤ\nBÍ THƯ",
        (
            "KẾ HOẠCH",
            None,
            "",
            "Tổng kết",
            "\n\nCăn cứ Luật, gửi về nơi\nnhận: hồ sơ.\n  ",
            "\n- Như trên\n",
            "T/M BAN THƯỜNG VỤ\nBÍ THƯ",
        ),
        id="recipients-heading-broken-over-two-lines-but-not-running-text",
    ),
    pytest.param(
        "KẾ HOẠCH\nTổng kết\nNơi\nnhận:\n- Như trên",
        ("KẾ HOẠCH", None, "", "Tổng kết", "\n", "\n- Như trên", None),
        id="recipients-heading-broken-over-two-lines-ends-the-title",
    ),
]


# A summary whose lines a conversion set one blank line apart (text, the summary as read).
SUMMARIES_OVER_BLANK_LINES = [
    pytest.param(
        "KẾ HOẠCH\n\nTHỰC HIỆN CHƯƠNG TRÌNH OCOP TRÊN ĐỊA\n\nBÀN TỈNH LAI CHÂU NĂM 2024\n\nCăn cứ Luật",
        "THỰC HIỆN CHƯƠNG TRÌNH OCOP TRÊN ĐỊA\n\nBÀN TỈNH LAI CHÂU NĂM 2024",
        id="capitals-after-capitals",
    ),
    pytest.param(
        "KẾ HOẠCH\nTổng kết công tác năm 2024\n\nMỤC ĐÍCH, YÊU CẦU\n\nNhằm đánh giá",
        "Tổng kết công tác năm 2024",
        id="a-heading-in-capitals-ends-it",
    ),
    pytest.param(
        "KẾ HOẠCH\n\nThực hiện quy chế dân chủ trong hoạt động của\n\n"
        "cơ quan Trung ương Đoàn năm 2022\n\nCăn cứ",
        "Thực hiện quy chế dân chủ trong hoạt động của\n\ncơ quan Trung ương Đoàn năm 2022",
        id="lower-case-goes-on-though-it-names-a-body",
    ),
    pytest.param(
        "KẾ HOẠCH\n\nHội nghị lần thứ tư\n\nBan Thường vụ Trung ương Đoàn đề nghị các tỉnh",
        "Hội nghị lần thứ tư",
        id="a-body-named-with-a-capital-opens-the-body",
    ),
    pytest.param(
        "KẾ HOẠCH\nTổng kết công tác năm 2024\n\nb) gửi dự kiến chương trình\n\nc) tổ chức",
        "Tổng kết công tác năm 2024",
        id="a-list-item-in-lower-case-opens-the-body",
    ),
    pytest.param(
        "KẾ HOẠCH\n\nTỔ CHỨC HỘI THI TIN HỌC\n\nMỤC ĐÍCH, YÊU CẦU\n\nNhằm đánh giá",
        "TỔ CHỨC HỘI THI TIN HỌC",
        id="a-section-heading-in-capitals-opens-the-body",
    ),
    pytest.param(
        "Số: 851/CV-TWĐTN\n“V/v triệu tập đại biểu tham dự\n\nGiải thưởng Người thợ trẻ giỏi\n\n"
        "lần thứ XIV năm 2023”\n\nKính gửi: Ban Thường vụ các tỉnh",
        "triệu tập đại biểu tham dự\n\nGiải thưởng Người thợ trẻ giỏi\n\nlần thứ XIV năm 2023”",
        id="a-letter-summary-runs-to-its-closing-quote",
    ),
    pytest.param(
        "Số: 851/CV-TWĐTN\nV/v triệu tập đại biểu tham dự\n\nGiải thưởng Người thợ trẻ giỏi\n\nKính gửi: Ban",
        "triệu tập đại biểu tham dự",
        id="a-letter-summary-without-quotes-ends-at-a-blank-line",
    ),
    pytest.param(
        "Số: 851/CV-TWĐTN\n“V/v triệu tập đại biểu”\n\nGiải thưởng Người thợ trẻ giỏi\n\nKính gửi: Ban",
        "triệu tập đại biểu”",
        id="a-closed-quote-ends-it",
    ),
]


@pytest.mark.parametrize(("text", "summary"), SUMMARIES_OVER_BLANK_LINES)
def test_summary_over_blank_lines(text: str, summary: str) -> None:
    src = normalise(text)
    title = segment(src).title
    assert title is not None
    assert src.text[slice(*title)] == summary


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

    from vnplan import segment  # noqa: PLC0415

    every = "".join(map(chr, range(0x110000)))
    for piece in [r"\s", *"ngàykính"]:
        assert set(regex.findall(f"(?i){piece}", every)) <= set(re.findall(f"(?i){piece}", every)), piece
    assert set(regex.findall("(?i)k", every)) <= set(segment._K_CASES)  # spelt out in the hints
    assert set(regex.findall("(?i)v", every)) <= {"V", "v"}  # spelt out in the letter's hint


def test_every_capitalised_type_name_holds_a_mark_and_no_line_break() -> None:
    """What ``_type_hints`` relies on to search only the lines that hold a mark."""
    from vnplan import segment  # noqa: PLC0415

    marks = segment._type_name_marks()
    for name in segment._upper_type_name_list():
        assert any(c in name for c in marks), name
    assert segment._type_hint_re().search("KẾ\nHOẠCH") is None


def test_the_type_hints_are_those_of_a_search_of_the_whole_window() -> None:
    """``_type_hints`` finds what ``_type_hint_re().finditer`` finds, over texts made of type names,
    their pieces, line breaks and noise, for every window end."""
    import random  # noqa: PLC0415

    from vnplan import segment  # noqa: PLC0415

    pieces = [*segment._upper_type_name_list(), "KẾ", "HOẠCH", "QUY", "ĐỊNH", "\n", " ", "\t", "  ", "x"]
    pieces += ["Kế hoạch", "Á", "Ư", "2017 ", "Số 5", ".", ":", "“", "ẾẾ", "CÔNG  VĂN", "THÔNG\tBÁO"]
    rng = random.Random(5)
    for _ in range(3000):
        key = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 15)))
        limit = rng.randint(0, len(key))
        expected = [m.span() for m in segment._type_hint_re().finditer(key, 0, limit)]
        assert [m.span() for m in segment._type_hints(key, limit)] == expected, (key, limit)


def test_a_recipients_heading_starts_with_a_lead_in_lower_case() -> None:
    """What ``_first_recipients`` relies on: the first two letters of every heading, in the lower-case
    view, are one of ``_RECIPIENTS_LEADS``; and the cheap test accepts every heading."""
    import regex  # noqa: PLC0415

    from vnplan import segment  # noqa: PLC0415
    from vnplan._charclass import lower_in_place  # noqa: PLC0415

    every = "".join(map(chr, range(0x110000)))
    firsts, seconds = regex.findall("(?i)N", every), regex.findall("(?i)[ơo]", every)
    for a in firsts:
        for b in seconds:
            assert lower_in_place(a + b) in segment._RECIPIENTS_LEADS, a + b
    for i in regex.findall("(?i)i", every):
        for h in regex.findall("(?i)[ậa]", every):
            for a, b in [(firsts[0], seconds[0]), (firsts[-1], seconds[-1])]:
                heading = f"{a}{b}{i} \tnh{h}n"
                assert segment._RECIPIENTS_RE.match(heading)
                assert segment.RECIPIENTS_HINT_RE.match(heading), heading


def test_the_first_recipients_heading_is_the_first_that_a_search_finds() -> None:
    import random  # noqa: PLC0415

    from vnplan import segment  # noqa: PLC0415

    pieces = ["Nơi nhận", "NƠI NHẬN", "noi nhan", "nơı  nhận", "Noİ\tnhan", "Nơi", "nhận", "nơinhận"]
    pieces += ["anơi nhận", "no", "nơ", "\n", " ", ":", "x", "Nơi nhậnx", "ı", "İ"]
    rng = random.Random(3)
    for _ in range(2000):
        src = normalise("".join(rng.choice(pieces) for _ in range(rng.randint(0, 10))))
        start = rng.randint(0, len(src.key))
        got, expected = segment._first_recipients(src, start), segment._RECIPIENTS_RE.search(src.key, start)
        assert (got and got.span()) == (expected and expected.span()), src.key


def test_a_forwarded_letter_s_summary_is_not_the_e_mail_s_subject() -> None:
    text = (
        "---------- Forwarded message ---------\nFrom: Văn thư UBND tỉnh <vanthu@example.vn>\n"
        "Subject: CV 5123/UBND-KGVX ngày 12/11/2024 v/v tổ chức Tháng hành động năm 2024\n\n"
        "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: 5123/UBND-KGVX\nV/v tổ chức Tháng hành động năm 2024\n\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nQuảng Ngãi, ngày 12 tháng 11 năm 2024\n\n"
        "Kính gửi: UBND các huyện.\n\nCác huyện báo cáo trước ngày 05/12/2024.\n"
    )
    plan = vnplan.parse(text)
    assert plan.number is not None and plan.number.canonical == "5123/UBND-KGVX"
    assert plan.issuer is not None and plan.issuer.name == "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI"
    assert (plan.doc_type, plan.title) == ("Công văn", "tổ chức Tháng hành động năm 2024")
