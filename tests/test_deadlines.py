"""Deadlines: which dated phrases are obligations, the level they bind, the task and the period."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date

import pytest

import vnplan
from vnplan.deadlines import issuer_level, level_in

REF_HEADER = "TỈNH UỶ QUẢNG TRỊ\n*\nSố 62-KH/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nĐông Hà, ngày 07 tháng 9 năm 2017\n"


def plan_of(body: str, header: str = REF_HEADER) -> vnplan.Plan:
    return vnplan.parse(f"{header}KẾ HOẠCH\nTổng kết 10 năm thực hiện Nghị quyết\n\n{body}\n")


def case(phrase: str, level: str | None, text: str, id: str) -> object:
    return pytest.param(phrase, level, text, id=id)


# (phrase, level key, the words that name it)
LEVEL_PHRASES = [
    case("Cấp cơ sở: Hoàn thành", "co_so", "Cấp cơ sở", "capital-cap-co-so"),
    case("Các đảng ủy, chi bộ cơ sở triển khai", "co_so", "Các đảng ủy, chi bộ cơ sở", "party-base-cells"),
    case("HĐND các xã Kim Anh, Kim Liên họp", "xa", "HĐND các xã", "communes-councils"),
    case("Hội đồng nhân dân huyện thông qua", "huyen", "Hội đồng nhân dân huyện", "district-council"),
    case("các chi đoàn báo cáo", "co_so", "chi đoàn", "youth-cell"),
    case("- Cấp trường (THPT, Trung tâm GDNN-GDTX): hoàn thành", "co_so", "Cấp trường", "a-school-s-round"),
    case(
        "Ủy ban Mặt trận Tổ quốc Việt Nam xã tổ chức",
        "xa",
        "Mặt trận Tổ quốc Việt Nam xã",
        "front-of-a-commune",
    ),
    case("Ban Thường trực Ủy ban MTTQ huyện", "huyen", "MTTQ huyện", "front-of-a-district"),
    case("Hội đồng Nghĩa vụ quân sự xã phối hợp", "xa", "Hội đồng Nghĩa vụ quân sự xã", "service-council"),
    case(
        "Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh: xây dựng phương án", "tinh", "Công an tỉnh", "province-police"
    ),
    case(
        "Ban Chỉ huy Quân sự huyện chủ trì", "huyen", "Ban Chỉ huy Quân sự huyện", "district-military-command"
    ),
    case("Công an xã rà soát", "xa", "Công an xã", "commune-police"),
    case("Ban CHQS các xã xây dựng kế hoạch", "xa", "Ban CHQS các xã", "communes-military-commands-short"),
    # bodies by their own names, as a notice of conclusions assigns work: a Sở, a ministry
    case("Giao Sở Tài chính: Chủ trì, rà soát", "tinh", "Sở Tài chính", "a-department-by-name"),
    case("Bộ Xây dựng chủ trì hoàn thiện", "trung_uong", "Bộ Xây dựng", "a-ministry-by-name"),
    case(  # ... not a thing or a head of theirs
        "Cập nhật thông tin vào phần mềm quản lý của Bộ Lao động - Thương binh và Xã hội",
        None,
        "",
        "a-ministry-s-software",
    ),
    case("Thông tư số 29/2024/TT-BGDĐT của Bộ trưởng Bộ Giáo dục và Đào tạo", None, "", "a-minister-s-act"),
    case("Ban CHQS huyện tổ chức kiểm tra", "huyen", "Ban CHQS huyện", "district-military-command-short"),
    case("Các thôn chỉ đạo nông dân làm đất", "co_so", "Các thôn", "a-commune-s-hamlets"),
    case("Các tổ dân phố rà soát hộ gia đình", "co_so", "Các tổ dân phố", "a-ward-s-residential-groups"),
    case("các tổ chuyên môn chỉ đạo giáo viên", "co_so", "tổ chuyên môn", "a-school-s-teaching-groups"),
    case("Các công đoàn bộ phận tổng hợp", "co_so", "công đoàn bộ phận", "union-sections"),
    case(
        "Các chi, đảng bộ cơ sở: tổ chức sơ kết",
        "co_so",
        "Các chi, đảng bộ cơ sở",
        "party-cells-and-base-committees",
    ),
    case("các đảng bộ cơ sở báo cáo", "co_so", "đảng bộ cơ sở", "base-party-committees"),
    case("Hội LHPN cơ sở tổ chức các hoạt động", "co_so", "Hội LHPN cơ sở", "base-women-union"),
    case("các chi hội báo cáo", "co_so", "chi hội", "association-branches"),
    case("Cơ sở Hội rà soát, lập danh sách", "co_so", "Cơ sở Hội", "association-base"),
    case("Đoàn Trường Đại học Tây Nguyên tổ chức", "co_so", "Đoàn Trường", "school-youth-union"),
    case("Cấp xã: hoàn thành", "xa", "Cấp xã", "commune"),
    case("Các trường THPT báo cáo", "co_so", "Các trường", "schools"),
    case(
        "Ủy ban nhân dân xã thành lập Tổ rà soát tại các ấp",
        "xa",
        "Ủy ban nhân dân xã",
        "commune-before-hamlets",
    ),
    case(
        "Ủy ban nhân dân các xã, phường tổ chức", "xa", "Ủy ban nhân dân các xã", "communes-people-committees"
    ),
    case("UBND các xã báo cáo", "xa", "UBND các xã", "commune-people-committee"),
    case("Hội Nông dân các xã, thị trấn báo cáo", "xa", "xã, thị trấn", "communes-and-townships"),
    case("Cấp huyện, thị, thành uỷ, Đảng uỷ trực thuộc", "huyen", "Cấp huyện", "district-list"),
    case("các huyện, thị ủy, thành ủy báo cáo", "huyen", "các huyện", "district-committees"),
    case("Cấp trên cơ sở hoàn thành", "huyen", "Cấp trên cơ sở", "above-base"),
    case("Cấp Đảng bộ Khối: hoàn thành", "huyen", "Đảng bộ Khối", "sector-committee"),
    case("Cấp Đảng bộ Khôi: hoàn thành", "huyen", "Đảng bộ Khôi", "sector-committee-ocr-slip"),
    case(
        "Ủy ban nhân dân các huyện, thành phố",
        "huyen",
        "Ủy ban nhân dân các huyện",
        "district-people-committees",
    ),
    case("Các tỉnh, thành đoàn gửi báo cáo", "tinh", "Các tỉnh, thành đoàn", "provincial-youth"),
    case("Các sở, ban, ngành tổng hợp", "tinh", "Các sở, ban, ngành", "provincial-departments"),
    case("Cấp tỉnh: Tổng kết vào quý I", "tinh", "Cấp tỉnh", "province"),
    case("Cấp Trung ương tổ chức", "trung_uong", "Cấp Trung ương", "central"),
    case("Các bộ, ngành Trung ương", "trung_uong", "Các bộ, ngành", "ministries"),
    case("Các đơn vị thuộc Bộ thực hiện", "trung_uong", "Các đơn vị thuộc Bộ", "ministry-units"),
    case("Các đơn vị liên quan thực hiện", None, "", "no-level-units"),
    case("Đồng chí Nguyễn Văn A chịu trách nhiệm", None, "", "no-level-person"),
    case("thẩm định các trường hợp đảng viên", None, "", "the-cases-not-the-schools"),
    case("giải quyết dứt điểm các vụ án hành chính", None, "", "a-court-s-cases-no-departments"),
    case("Các Liên đội tổ chức cho đội viên", "co_so", "Liên đội", "the-pioneers-of-a-school"),
    case("Thuế cơ sở 1 tỉnh Thanh Hóa gửi báo cáo", "co_so", "Thuế cơ sở", "a-province-s-tax-offices"),
    case("rà soát các vụ việc tồn đọng", None, "", "matters-not-departments"),
    case("lập danh sách các cơ sở sản xuất, kinh doanh", None, "", "facilities-not-the-base-level"),
    case("tự kiểm tra các cơ sở thuộc thẩm quyền quản lý", None, "", "facilities-under-its-authority"),
    case("Trưởng các bản tổ chức họp bản", "co_so", "các bản", "a-mountain-commune-s-villages"),
    case("Trưởng thôn, Tổ trưởng tổ dân phố lập danh sách", "co_so", "Trưởng thôn", "hamlets-heads"),
    case("các CĐCS rà soát, lập danh sách", "co_so", "CĐCS", "base-unions-abbreviated"),
    case(
        "Đảng bộ cấp trên trực tiếp cơ sở: tổ chức đại hội", "huyen", "cấp trên trực tiếp cơ sở", "above-base"
    ),
    case("Ban Công tác Mặt trận ở khu dân cư đăng ký", "co_so", "Ban Công tác Mặt trận", "front-s-base-unit"),
    case("Đăng ký đội tuyển dự thi học sinh giỏi cấp tỉnh", None, "", "a-contest-s-level-binds-no-one"),
    case("kiểm tra các cơ sở y tế, các chi bộ", "co_so", "các chi bộ", "a-level-after-facilities"),
    case("Các Tòa án nhân dân khu vực tự kiểm tra", "huyen", "Tòa án nhân dân khu vực", "regional-courts"),
    case("Viện kiểm sát nhân dân tỉnh: kiểm tra", "tinh", "Viện kiểm sát nhân dân tỉnh", "procuracy"),
    case("Các tổ công đoàn đăng ký danh sách", "co_so", "tổ công đoàn", "trade-union-groups"),
    case("Các cấp ủy cơ sở gửi báo cáo", "co_so", "cấp ủy cơ sở", "base-committees"),
    case("các trường hợp của các trường THCS", "co_so", "các trường", "a-level-after-a-look-alike"),
]


@pytest.mark.parametrize(("phrase", "level", "text"), LEVEL_PHRASES)
def test_level_in(phrase: str, level: str | None, text: str) -> None:
    found = level_in(phrase)
    if level is None:
        assert found is None
    else:
        assert found is not None
        assert found[0] == level
        assert found[1].casefold() == text.casefold()


def dl(body: str, level: str | None, start: date | None, end: date, id: str) -> object:
    return pytest.param(body, level, start, end, id=id)


# One deadline expected in each body: (body, level, start (None: a "by" deadline), end)
OBLIGATIONS = [
    dl(  # what the sentence says of its objects in the past ("đã có"), the work's time in a clause of its own
        "- UBND các xã chi trả tiền bồi thường cho các hộ đã có phương án được phê duyệt, thực hiện từ ngày"
        " 08/11/2017 đến ngày 24/11/2017.",
        "xa",
        date(2017, 11, 8),
        date(2017, 11, 24),
        "a-past-of-the-objects-then-the-time-of-the-work",
    ),
    dl(  # a sentence that opens with its level, a long way before its verb: the clause after ";" is its
        "1. Các đảng ủy trực thuộc Tỉnh ủy căn cứ Hướng dẫn này chỉ đạo công tác tuyên truyền phù hợp với"
        " tình hình địa phương, đơn vị; báo cáo kết quả về Ban Tuyên giáo Tỉnh ủy trước ngày 25/12/2017.",
        "huyen",
        None,
        date(2017, 12, 25),
        "a-sentence-opening-with-its-level-far-from-its-verb",
    ),
    dl(  # a farm plan's work within a month
        "- Tổ hợp tác dịch vụ cung ứng giống khoai tây, phân bón cho xã viên trong tháng 10/2017.",
        "tinh",  # (no level named: the issuer's)
        date(2017, 10, 1),
        date(2017, 10, 31),
        "a-cooperative-s-supplies-within-a-month",
    ),
    dl(
        "- Cấp cơ sở: Hoàn thành việc tổng kết trước ngày 15 tháng 10 năm 2017.",
        "co_so",
        None,
        date(2017, 10, 15),
        "level-label-before",
    ),
    dl(
        "- Cấp tỉnh: Tổng kết vào quý I năm 2018.",
        "tinh",
        date(2018, 1, 1),
        date(2018, 3, 31),
        "level-label-quarter",
    ),
    dl(
        "2.1. Cấp cơ sở: Tiến hành sơ kết. Hoàn thành việc sơ kết trong tháng 9 năm 2019.",
        "co_so",
        date(2019, 9, 1),
        date(2019, 9, 30),
        "numbered-level-heading-month",
    ),
    dl(
        "2.3. Cấp tỉnh: Hoàn thành việc sơ kết vào cuối tháng 11 năm 2019.",
        "tinh",
        date(2019, 11, 21),
        date(2019, 11, 30),
        "end-of-month",
    ),
    dl(
        "1. Các đảng ủy, chi bộ cơ sở triển khai sơ kết theo Kế hoạch; báo cáo Ban Thường vụ "
        "Đảng ủy Khối (qua Ban Tuyên giáo) trước ngày 20/4/2022.",
        "co_so",
        None,
        date(2022, 4, 20),
        "subject-in-previous-clause-receiver-skipped",
    ),
    dl(
        "Ban Bí thư Trung ương Đoàn đề nghị các tỉnh, thành đoàn gửi báo cáo trước ngày 10/6/2022.",
        "tinh",
        None,
        date(2022, 6, 10),
        "delegated-by-de-nghi",
    ),
    dl(
        "3. Các tỉnh, thành đoàn\nXây dựng kế hoạch triển khai.\nBáo cáo kết quả qua Ban Mặt trận "
        "Trung ương Đoàn trước ngày 30/11/2017.",
        "tinh",
        None,
        date(2017, 11, 30),
        "numbered-heading-above-receiver-central",
    ),
    dl(
        "- Cấp cơ sở: Theo hướng dẫn của huyện, thị uỷ, thành uỷ, Đảng uỷ trực thuộc. Hoàn thành\n"
        "việc tổng kết trước ngày 15 tháng 10 năm 2017.",
        "co_so",
        None,
        date(2017, 10, 15),
        "label-of-wrapped-item",
    ),
    dl(
        "Thời gian gửi sản phẩm dự thi: từ ngày 28/8/2017 đến ngày 10/9/2017.",
        "tinh",
        date(2017, 8, 28),
        date(2017, 9, 10),
        "submission-window-issuer-level",
    ),
    dl(
        "Báo cáo gửi về Ban Thường vụ Tỉnh uỷ chậm nhất ngày 10/11/2017.",
        "tinh",
        None,
        date(2017, 11, 10),
        "by-chậm-nhất",
    ),
    dl(
        "2. Các đơn vị thuộc Bộ\nCuối năm, báo cáo kết quả hoạt động phối hợp về Vụ Pháp chế.",
        "trung_uong",
        date(2017, 10, 1),
        date(2017, 12, 31),
        id="date-opens-clause-obligation-after",
    ),
    dl(
        "Các phòng, đơn vị thuộc Sở báo cáo kết quả trước ngày 10 hằng tháng.",
        "tinh",
        None,
        date(2017, 9, 10),  # the first 10th from the issue date (7 September 2017) on
        "monthly-day",
    ),
    dl(
        "Thực hiện thường xuyên, riêng việc tuyên truyền hoàn thành trong quý II/2018.",
        "tinh",
        date(2018, 4, 1),
        date(2018, 6, 30),
        "rieng-opens-its-own-clause",
    ),
    # from now (the issue date) to a limit: the limit binds as "đến hết ..." does
    dl(
        "1. Cấp cơ sở: từ nay đến hết tháng 10/2017 hoàn thành việc sơ kết.",
        "co_so",
        date(2017, 9, 7),
        date(2017, 10, 31),
        "from-now-after-label",
    ),
    dl(
        "Từ nay đến ngày 30/9/2017, các huyện ủy hoàn thành việc rà soát.",
        "huyen",
        date(2017, 9, 7),
        date(2017, 9, 30),
        "from-now-opens-sentence",
    ),
    dl(
        "Kể từ ngày ký đến 15/10/2017, Ban Tuyên giáo Tỉnh ủy tổng hợp ý kiến.",
        "tinh",
        date(2017, 9, 7),
        date(2017, 10, 15),
        "from-signing",
    ),
    dl(  # "hồ sơ đề nghị": a noun, no delegation to who follows it
        "Hội Cựu chiến binh cấp huyện xét chọn tập thể tiêu biểu, lập hồ sơ đề nghị khen thưởng gửi về "
        "Hội Cựu chiến binh tỉnh chậm nhất ngày 30/9/2017.",
        "huyen",
        None,
        date(2017, 9, 30),
        "dossier-of-a-proposal-is-no-delegation",
    ),
    dl(
        "Cấp cơ sở: tiến hành sơ kết theo hướng dẫn của các huyện ủy, hoàn thành trong tháng 10/2017.",
        "co_so",
        date(2017, 10, 1),
        date(2017, 10, 31),
        "following-a-guide-is-no-delegation",
    ),
    dl(  # a part of a month after a cited number: no document's date
        "- Các huyện hoàn thành chỉ tiêu giao tại Quyết định số 895/QĐ-BHXH vào cuối tháng 12/2017.",
        "huyen",
        date(2017, 12, 21),
        date(2017, 12, 31),
        "a-part-of-a-month-after-a-cited-number",
    ),
    dl(  # the event after which the work is done is a time, not what the clause is about
        "I. NHIỆM VỤ\n- Sau tập huấn, các huyện báo cáo kết quả ứng dụng phần mềm 📅 2017-11-30",
        "huyen",
        None,
        date(2017, 11, 30),
        "after-an-event-the-work",
    ),
    dl(
        "I. NHIỆM VỤ\n- Các huyện gửi danh sách đăng ký về Ban Kế hoạch. Hạn: 2017-09-30",
        "huyen",
        None,
        date(2017, 9, 30),
        "a-limit-s-label-and-a-day-year-first",
    ),
    dl(  # forming a jury is work, not the founding day of an event's
        "Các Liên đội thành lập Ban giám khảo và tổ chức chấm vòng cơ sở từ ngày 11/9 đến ngày 16/9/2017.",
        "co_so",
        date(2017, 9, 11),
        date(2017, 9, 16),
        "forming-a-jury-is-work",
    ),
    dl(  # a limit's day with no month, as a month's resolution writes it: the first such day from the issue
        # (the hamlet's head is bound: the base level)
        "Giao đồng chí Trưởng thôn chỉ đạo thu hoạch dứt điểm lúa mùa, xong trước ngày 25; bố trí máy gặt.",
        "co_so",
        None,
        date(2017, 9, 25),
        "a-limit-s-day-alone",
    ),
    dl(  # a period in words no date reading knows, glossed by its days: the clause opens with them
        "Trong tuần 3 tháng 9/2017 (từ ngày 18/9 đến ngày 22/9/2017), các chi bộ hoàn thành việc rà soát.",
        "co_so",
        date(2017, 9, 18),
        date(2017, 9, 22),
        "days-glossing-the-period-that-opens-the-clause",
    ),
    dl(
        "Đợt 2 (trước ngày 20/10/2017), các huyện ủy báo cáo kết quả về Ban Tổ chức Tỉnh ủy.",
        "huyen",
        None,
        date(2017, 10, 20),
        "a-limit-glossing-a-round-that-opens-the-clause",
    ),
    dl(  # the subject between the date and the obligation
        "Trước ngày 30/9/2017, các chi bộ cơ sở hoàn thành việc rà soát.",
        "co_so",
        None,
        date(2017, 9, 30),
        "subject-after-opening-date",
    ),
    dl(  # the item's label names an event; its clause completes a task
        "5. Tổ chức kỷ niệm: Các cơ sở Hội tổ chức sinh hoạt chuyên đề về truyền thống Hội, hoàn thành "
        "trong tháng 11/2017.",
        "co_so",
        date(2017, 11, 1),
        date(2017, 11, 30),
        "event-label-over-a-clause-that-completes",
    ),
    dl(  # a period to work within after a level's label
        "- Cấp chi bộ: tổ chức kiểm điểm, đánh giá đảng viên trong tháng 12/2017.",
        "co_so",
        date(2017, 12, 1),
        date(2017, 12, 31),
        "within-after-level-label",
    ),
    dl(  # what follows the delegation verb names no level: the subject before it is bound
        "- Công an các xã, thị trấn hướng dẫn công dân đăng ký, kích hoạt tài khoản định danh điện tử;"
        " hoàn thành trong quý IV/2017.",
        "xa",
        date(2017, 10, 1),
        date(2017, 12, 31),
        "subject-of-a-delegation-to-no-level",
    ),
    dl(  # a delegation after a comma is one more thing the subject does; the subject goes on after ";"
        "2. Hội Cựu chiến binh các huyện, thị xã, thành phố xây dựng kế hoạch cụ thể, chỉ đạo cơ sở Hội"
        " triển khai thực hiện; báo cáo kết quả về Ban Thường vụ trước ngày 15/12/2017.",
        "huyen",
        None,
        date(2017, 12, 15),
        "subject-goes-on-past-a-delegated-clause",
    ),
    dl(  # a receiver's words in the label: the subject after it is bound
        "4. Chế độ báo cáo: các huyện, thị, thành đoàn, đoàn trực thuộc báo cáo sơ kết"
        " trước ngày 15/12/2017.",
        "huyen",
        None,
        date(2017, 12, 15),
        "subject-after-a-label-with-a-receiver-s-words",
    ),
    dl(  # a clause that completes: the meetings it names are the work, not an event
        "- Ủy ban nhân dân các xã, phường tổ chức rà soát, họp dân thống nhất kết quả tại thôn, hoàn thành"
        " trong thời gian từ ngày 16/10/2017 đến ngày 31/10/2017.",
        "xa",
        date(2017, 10, 16),
        date(2017, 10, 31),
        "completing-clause-after-a-meeting",
    ),
    dl(
        "- Phòng Nông nghiệp chủ trì hoàn thành tập huấn nghiệp vụ từ ngày 06/10 đến ngày 10/10/2017.",
        "tinh",
        date(2017, 10, 6),
        date(2017, 10, 10),
        "completing-a-training",
    ),
    dl(  # a citation in an aside that closes before "về": no subject of the citation
        "- Ủy ban nhân dân các xã, phường báo cáo kết quả rà soát (theo mẫu ban hành kèm theo Thông tư số"
        " 02/2022/TT-BLĐTBXH) về Ban Chỉ đạo thị xã chậm nhất ngày 05/11/2017.",
        "xa",
        None,
        date(2017, 11, 5),
        "citation-in-an-aside-before-ve",
    ),
    dl(  # "Ban Chỉ đạo" is a body, not a delegation verb
        "- Phòng Nông nghiệp chủ trì tập huấn cho Ban Chỉ đạo, điều tra viên các xã, phường, hoàn thành"
        " trước ngày 10/10/2017.",
        "tinh",
        None,
        date(2017, 10, 10),
        "steering-committee-is-no-delegation",
    ),
    dl(
        "- Chủ tịch Ủy ban nhân dân các xã, phường ban hành quyết định công nhận danh sách vào cuối"
        " tháng 11/2017.",
        "xa",
        date(2017, 11, 21),
        date(2017, 11, 30),
        "issuing-a-decision",
    ),
    dl(  # a window to review in
        "1. UBND các xã, thị trấn tự kiểm tra, rà soát việc quản lý quỹ đất công ích từ ngày 13/10 đến ngày"
        " 22/10/2017.",
        "xa",
        date(2017, 10, 13),
        date(2017, 10, 22),
        "window-to-review",
    ),
    dl(  # the period a report covers is no deadline of its own
        "a) Các sở, ban, ngành báo cáo sơ kết công tác phòng, chống thiên tai 6 tháng đầu năm trước ngày"
        " 15/6/2017.",
        "tinh",
        None,
        date(2017, 6, 15),
        "period-a-report-covers",
    ),
    dl(  # the period a report covers, its asides in parentheses before the limit not counted
        "3. UBND các xã, thị trấn:\n- Báo cáo kết quả thực hiện 6 tháng đầu năm (theo mẫu của Văn phòng Điều"
        " phối) gửi về UBND huyện (qua Văn phòng Điều phối NTM huyện) trước ngày 15/6/2017.",
        "xa",
        None,
        date(2017, 6, 15),
        "period-a-report-covers-with-asides",
    ),
    dl(  # a pictograph bullet under a level's heading; who the work is done with is no one bound
        "3. Cơ sở Đoàn\n👉 Đăng ký công trình, phần việc thanh niên với huyện, thị, thành đoàn chậm nhất ngày"
        " 27/02/2018.",
        "co_so",
        None,
        date(2018, 2, 27),
        "pictograph-bullet-under-a-level-heading",
    ),
    dl(  # what a cited plan is about ends at the comma before the work that is due
        "1. Các huyện ủy\n- Lồng ghép với Kế hoạch số 105-KH/BTGTU của Ban Tuyên giáo Tỉnh ủy về công tác"
        " tuyên truyền năm 2024, xây dựng kế hoạch, gửi về Ban Tuyên giáo Tỉnh ủy chậm nhất ngày 20/9/2024.",
        "huyen",
        None,
        date(2024, 9, 20),
        "a-cited-plan-s-subject-ends-at-a-comma-before-the-work",
    ),
    dl(  # the communes and wards of a province since the 2025 reform, by their police
        "- Công an các xã, phường tổ chức tuyên truyền đến 100% thôn, tổ dân phố, hoàn thành trong tháng "
        "4/2026.",
        "xa",
        date(2026, 4, 1),
        date(2026, 4, 30),
        "communes-and-wards-since-the-2025-reform",
    ),
    dl(  # where the work is done ("tại ... các xã, phường") binds no one: the Sở that leads it does
        "- Sở Nội vụ chủ trì đánh giá việc bố trí công chức làm việc tại Trung tâm Phục vụ hành chính"
        " công các xã, phường; hoàn thành cuối tháng 10/2025.",
        "tinh",
        date(2025, 10, 21),
        date(2025, 10, 31),
        "where-the-work-is-done-binds-no-one",
    ),
    dl(  # the period a report covers, its limit in a clause that only says it completes
        "I. NHIỆM VỤ\n- Tổng hợp, báo cáo UBND tỉnh kết quả thực hiện và giải ngân 6 tháng đầu năm 2026"
        " của dự án; hoàn thành trước ngày 05/7/2026.",
        "tinh",
        None,
        date(2026, 7, 5),
        "a-report-s-period-and-a-limit-that-completes-it",
    ),
    dl(  # "giao" of "Phòng giao dịch" assigns nothing: the subject before it is bound
        "III. CHẾ ĐỘ BÁO CÁO\n1. Hội đoàn thể cấp xã tổng hợp kết quả thu hồi nợ, gửi báo cáo về Phòng giao"
        " dịch chậm nhất ngày 10/12/2024.",
        "xa",
        None,
        date(2024, 12, 10),
        "giao-of-a-transaction-office-assigns-nothing",
    ),
    dl(  # where the work comes from ("tiếp nhận từ UBND cấp huyện") is no one bound: the heading's level
        "2. UBND các xã, phường\n- Số hóa hồ sơ, kết quả giải quyết TTHC còn hiệu lực tiếp nhận từ UBND cấp\n"
        "huyện (cũ); hoàn thành trong tháng 9/2025.",
        "xa",
        date(2025, 9, 1),
        date(2025, 9, 30),
        "where-the-work-comes-from-binds-no-one",
    ),
    dl(  # a level's subject organises work within a month: no event of giving gifts ("tặng quà")
        "3. Các chi hội tổ chức thăm hỏi, tặng quà hội viên khó khăn trong tháng 4/2026.",
        "co_so",
        date(2026, 4, 1),
        date(2026, 4, 30),
        "a-level-organising-gifts-within-a-month",
    ),
    dl(  # "xong" completes: no event of giving gifts ("tặng quà")
        "- Các cơ sở Đoàn thăm hỏi, tặng quà gia đình chính sách, thực hiện xong trong quý IV năm 2024.",
        "co_so",
        date(2024, 10, 1),
        date(2024, 12, 31),
        "a-clause-that-completes-with-xong",
    ),
    dl(  # "đã được" in what is to be completed: no past
        "- Chi hội: Hoàn thành việc thăm hỏi, tặng quà các đối tượng đã được rà soát vào cuối tháng 11/2017.",
        "co_so",
        date(2017, 11, 21),
        date(2017, 11, 30),
        "completing-work-on-what-has-been-done",
    ),
    dl(  # a school year further back in the clause makes no event of the date
        "- Báo cáo kết quả thực hiện gắn với tổng kết năm học 2016 - 2017, gửi về Đảng ủy"
        " cuối tháng 11/2017.",
        "tinh",
        date(2017, 11, 21),
        date(2017, 11, 30),
        "a-school-year-further-back",
    ),
    dl(  # a cited document's number before a qualified date: no date of the citation
        "- Tham mưu sơ kết việc học tập và làm theo Quy định số 144-QĐ/TW trong quý IV năm 2017.",
        "tinh",
        date(2017, 10, 1),
        date(2017, 12, 31),
        "qualified-date-after-a-citation",
    ),
    # a range right after its level label, the obligation after it
    dl(
        "2. Cấp tỉnh: từ ngày 01/10/2017 đến hết tháng 11/2017 hoàn thành việc tổng kết.",
        "tinh",
        date(2017, 10, 1),
        date(2017, 11, 30),
        "range-after-label-obligation-after",
    ),
    dl(  # a level's label and the date alone: the level's time in a list of times by level
        "8. Sơ kết 02 năm thực hiện Chương trình. Thời gian:\n- Cấp tỉnh: quý IV năm 2018.",
        "tinh",
        date(2018, 10, 1),
        date(2018, 12, 31),
        "level-label-and-date-alone",
    ),
    dl(  # a window to issue material in
        "4. Ban Tuyên giáo Tỉnh ủy biên soạn, phát hành tài liệu tuyên truyền đến các chi bộ từ ngày"
        " 20/10/2017 đến ngày 10/11/2017.",
        "tinh",
        date(2017, 10, 20),
        date(2017, 11, 10),
        "a-window-to-issue-material",
    ),
    dl(  # a vote on titles to hold within a month
        "Các chi hội tổ chức bình xét danh hiệu “Gia đình học tập” ở khu dân cư trong tháng 11/2017.",
        "co_so",
        date(2017, 11, 1),
        date(2017, 11, 30),
        "a-vote-on-titles-within-a-month",
    ),
    dl(  # a period that opens a list's item, then a level's subject and the work over it
        "- Từ ngày 15/9 đến ngày 25/9/2017, các chi hội rà soát, lập danh sách hội viên gửi về Thường trực"
        " Hội xã.",
        "co_so",
        date(2017, 9, 15),
        date(2017, 9, 25),
        "a-period-first-then-the-level-s-work",
    ),
    dl(  # a heading "Đối với ..." names who is bound by the items under it ("với" is no receiver there)
        "1. Đối với Ủy ban nhân dân các huyện, thị xã, thành phố\n"
        "a) Phê duyệt kế hoạch của địa phương, gửi về Tỉnh ủy chậm nhất ngày 05/12/2017.",
        "huyen",
        None,
        date(2017, 12, 5),
        "a-heading-for-whom-the-items-are",
    ),
    dl(  # "về" after the work that follows a citation is the work's receiver, not what the citation is about
        "- Các huyện ủy được giao nhiệm vụ tại Kế hoạch số 318-KH/TU gửi báo cáo kết quả về Ban Tuyên giáo"
        " trước ngày 31/10/2017.",
        "huyen",
        None,
        date(2017, 10, 31),
        "a-citation-then-the-work-and-its-receiver",
    ),
    dl(  # what a cited circular is about ends at the colon: the work after it is due
        "3. Thực hiện Thông tư số 29/2024/TT-BGDĐT ngày 30/12/2024 của Bộ Giáo dục và Đào tạo quy định về"
        " dạy thêm, học thêm: các huyện ủy tổng hợp kết quả rà soát, gửi báo cáo về Tỉnh ủy trong thời gian"
        " 01 tuần (từ ngày 17/11 đến hết ngày 23/11/2017).",
        "huyen",
        date(2017, 11, 17),
        date(2017, 11, 23),
        "a-citation-s-subject-ends-at-its-colon",
    ),
    dl(  # a clause that opens with the work asked for: the anniversary is its object, no event
        "c) Đăng ký với Ban Tuyên giáo các hoạt động kỷ niệm 25 năm ngày thành lập của địa phương trong đầu"
        " tháng 11/2017.",
        "tinh",
        date(2017, 11, 1),
        date(2017, 11, 10),
        "an-event-as-the-object-of-the-work-that-opens-the-clause",
    ),
    dl(  # a day with its weekday is the work's when the clause names work that is due
        "- Các huyện ủy gửi báo cáo vào thứ Sáu, ngày 22/9/2017.",
        "huyen",
        date(2017, 9, 22),
        date(2017, 9, 22),
        "a-day-with-its-weekday-for-work-that-is-due",
    ),
    dl(  # submitting to whom: "trình" with its receiver
        "- Các huyện ủy xây dựng đề án, trình Ban Thường vụ Tỉnh ủy trong tháng 10/2017.",
        "huyen",
        date(2017, 10, 1),
        date(2017, 10, 31),
        "submitting-to-the-standing-committee-within-a-month",
    ),
    dl(  # a level's subject organises something within a window
        "- Các cơ sở Đoàn tổ chức đợt sinh hoạt chi đoàn chủ điểm “Tự hào truyền thống” từ ngày 10/9 đến"
        " ngày 25/9/2017.",
        "co_so",
        date(2017, 9, 10),
        date(2017, 9, 25),
        "a-level-organises-within-a-window",
    ),
    dl(
        "Mỗi huyện, thị, thành đoàn tổ chức ít nhất 01 đợt hiến máu tình nguyện trong tháng 10/2017.",
        "huyen",
        date(2017, 10, 1),
        date(2017, 10, 31),
        "each-district-union-organises-within-a-month",
    ),
    dl(  # OCR: a one read as a letter in the day
        "- Các huyện ủy gửi kế hoạch về Ban Tổ chức hoàn thành trước ngày 3l/10/2017.",
        "huyen",
        None,
        date(2017, 10, 31),
        "ocr-a-letter-for-a-one",
    ),
    dl(  # OCR: "thánh" (a saint) for "tháng" before a month's figure
        "- Các huyện ủy hoàn thành việc rà soát trong thánh 10/2017.",
        "huyen",
        date(2017, 10, 1),
        date(2017, 10, 31),
        "ocr-a-month-word-s-slip",
    ),
    dl(  # a grassroots union's sections are of the base
        "- Các công đoàn bộ phận tổng hợp, gửi danh sách về Ban Chấp hành chậm nhất ngày 26/9/2017.",
        "co_so",
        None,
        date(2017, 9, 26),
        "a-union-s-sections",
    ),
    dl(  # ... the work that level organises for its members, a strong word of work
        "- Từ ngày 17/9 đến ngày 28/9/2017, các chi đoàn tổ chức cho đoàn viên đăng ký thi đua và gửi bản"
        " đăng ký về Ban Chấp hành.",
        "co_so",
        date(2017, 9, 17),
        date(2017, 9, 28),
        "a-period-first-then-what-the-level-organises",
    ),
    dl(  # a campaign that a report's summing-up is about: the report is due
        "- Các huyện đoàn gửi báo cáo sơ kết giữa Chiến dịch về Thành đoàn từ ngày 15/7 đến ngày 20/7/2017.",
        "huyen",
        date(2017, 7, 15),
        date(2017, 7, 20),
        "the-report-on-a-campaign",
    ),
    dl(
        "- Cấp tỉnh: tổng kết Chiến dịch trong tháng 9/2017.",
        "tinh",
        date(2017, 9, 1),
        date(2017, 9, 30),
        "the-summing-up-of-a-campaign",
    ),
    dl(  # a window for each of a level's units to hold its own (README: "within which someone must")
        "- Các chi đoàn: tổ chức Ngày hội đoàn viên từ ngày 01/11/2017 đến ngày 16/11/2017.",
        "co_so",
        date(2017, 11, 1),
        date(2017, 11, 16),
        "a-window-after-a-level-s-label",
    ),
    dl(
        "3. Cấp huyện: Ban Thường vụ Huyện đoàn thẩm định và quyết định xếp loại các cơ sở Đoàn vào cuối"
        " tháng 12/2017.",
        "huyen",
        date(2017, 12, 21),
        date(2017, 12, 31),
        "a-part-of-a-month-after-a-level-s-label",
    ),
    dl(  # the fee of a quarter is what is paid, not when
        "2. Các chi hội thu, nộp hội phí quý I về Hội, hoàn thành vào cuối tháng 3/2017.",
        "co_so",
        date(2017, 3, 21),
        date(2017, 3, 31),
        "a-quarter-s-fee-then-its-limit",
    ),
    dl(  # "về" after the cited plan is the report's receiver, not what the plan is about
        "3. Các huyện ủy\n- Báo cáo kết quả thực hiện Kế hoạch số 87-KH/TU về Văn phòng Tỉnh ủy trước ngày"
        " 25/10/2017.",
        "huyen",
        None,
        date(2017, 10, 25),
        "a-report-on-a-cited-plan-to-a-receiver",
    ),
    dl(  # a lettered item's mark before the date: the date opens the clause, the work comes after it
        "1. Các huyện ủy\na) Từ ngày 09/10 đến ngày 18/10/2017, hoàn thành việc rà soát hồ sơ.",
        "huyen",
        date(2017, 10, 9),
        date(2017, 10, 18),
        "a-lettered-item-opening-with-its-period",
    ),
    dl(  # a period after an activity's label alone, the level and its work after it ("tặng quà" no event)
        "2. Các hoạt động chủ yếu\n§\tThăm hỏi, tặng quà đoàn viên có hoàn cảnh khó khăn: từ ngày 15/10 đến"
        " ngày 10/11/2017, các CĐCS rà soát, lập danh sách đề nghị hỗ trợ gửi về LĐLĐ huyện.",
        "co_so",
        date(2017, 10, 15),
        date(2017, 11, 10),
        "a-period-after-an-activity-s-label-then-a-level-s-work",
    ),
    dl(  # a period opening the clause, a level's subject inspecting within it, with whom it works between
        "Từ ngày 01/10 đến ngày 20/10/2017, các công đoàn bộ phận phối hợp với mạng lưới an toàn, vệ sinh"
        " viên tự kiểm tra điều kiện làm việc tại khoa, phòng.",
        "co_so",
        date(2017, 10, 1),
        date(2017, 10, 20),
        "a-level-inspecting-within-a-period-that-opens-the-clause",
    ),
    dl(  # "xong": the work done by the day
        "3. Sở Xây dựng chủ trì kiểm tra, gia cố, chằng chống cột điện, cây xanh trên các tuyến phố chính,"
        " xong trong ngày 13/9/2017.",
        "tinh",
        date(2017, 9, 13),
        date(2017, 9, 13),
        "done-within-a-day",
    ),
    dl(  # a time section's level line, the work it organises over a period ("tập huấn" no event there)
        "III. THỜI GIAN THỰC HIỆN\n- Cấp huyện: tổ chức tập huấn, bồi dưỡng cho công chức địa chính từ ngày"
        " 05/10 đến ngày 30/10/2017.",
        "huyen",
        date(2017, 10, 5),
        date(2017, 10, 30),
        "a-level-s-line-organising-over-a-period",
    ),
    dl(  # a caseload to settle within a half-year
        "Tòa án nhân dân huyện tập trung giải quyết dứt điểm các vụ án còn tồn của năm 2016 trong 6 tháng"
        " cuối năm 2017.",
        "huyen",
        date(2017, 7, 1),
        date(2017, 12, 31),
        "a-caseload-within-a-half-year",
    ),
    dl(  # a unit leads a training within a quarter, its time in a clause of its own
        "Văn phòng chủ trì, phối hợp với Ban Tuyên giáo tổ chức tập huấn nghiệp vụ cho cán bộ mới; thời gian:"
        " trong quý IV/2017.",
        "tinh",
        date(2017, 10, 1),
        date(2017, 12, 31),
        "a-training-a-unit-leads-within-a-quarter",
    ),
    dl(  # a campaign of work over more than two months
        "Tổ chức đợt cao điểm giải quyết các vụ việc tồn đọng từ ngày 01/10/2017 đến ngày 15/12/2017 để bảo"
        " đảm chỉ tiêu của năm.",
        "tinh",
        date(2017, 10, 1),
        date(2017, 12, 15),
        "a-campaign-over-two-months",
    ),
    dl(  # a period that opens its clause, then the units that have their members do the work
        "1. Chuẩn bị: từ ngày 25/11 đến ngày 05/12/2017, các chi bộ tổ chức cho đảng viên viết bản tự kiểm"
        " điểm, lấy ý kiến nhận xét của chi đoàn.",
        "co_so",
        date(2017, 11, 25),
        date(2017, 12, 5),
        "units-that-have-their-members-work-over-a-period",
    ),
    dl(  # a time's label with no colon after the work and a semicolon
        "- Ban Chỉ đạo thành lập các đoàn kiểm tra, phúc tra kết quả rà soát tại các xã; thời gian kiểm tra"
        " trong tháng 11/2017.",
        "tinh",
        date(2017, 11, 1),
        date(2017, 11, 30),
        "a-time-s-label-with-no-colon",
    ),
    dl(  # a step's time on a line of its own, the work in the step's heading above its bullets
        "II. CÁC BƯỚC THỰC HIỆN\nBước 2: Tổng hợp số liệu, xây dựng dự thảo Kế hoạch\n- Đơn vị chủ trì:"
        " Văn phòng Tỉnh ủy.\n- Thời gian: tháng 10/2017.",
        "tinh",
        date(2017, 10, 1),
        date(2017, 10, 31),
        "a-step-s-time-line-under-its-heading",
    ),
    dl(  # a numbered phase of the work and its period
        "- Giai đoạn 1 (từ 01/10 đến 30/11/2017): Ban Tổ chức chủ trì kiểm đếm, lập phương án bồi thường.",
        "tinh",
        date(2017, 10, 1),
        date(2017, 11, 30),
        "a-numbered-phase-of-the-work",
    ),
    dl(  # the date alone after an item's label, in a section of times
        "III. THỜI GIAN HOÀN THÀNH\n- Kiểm tra hoạt động sư phạm nhà giáo, đợt 2: đầu tháng 10/2017.",
        "tinh",
        date(2017, 10, 1),
        date(2017, 10, 10),
        "an-item-s-time-in-a-section-of-times",
    ),
    dl(  # an English label, as IT staff write
        "[ ] 4. Kiểm thử người dùng (UAT), fix bug trước go-live - Owner: Phòng Chuyển đổi số - Deadline:"
        " 30/9/2017",
        "tinh",
        None,
        date(2017, 9, 30),
        "an-english-deadline-label",
    ),
    dl(  # a commune's council organises the health checks over ten days, its time after a comma
        "2. Hội đồng Nghĩa vụ quân sự xã phối hợp Hội đồng khám sức khỏe khu vực tổ chức khám\nsức khỏe cho"
        " công dân tại Trung tâm Y tế khu vực, thời gian từ ngày 01/11\nđến ngày 10/11/2017.",
        "xa",
        date(2017, 11, 1),
        date(2017, 11, 10),
        "a-commune-s-council-organises-over-ten-days",
    ),
    dl(  # an event the work is for, in a purpose a comma closes, names no event
        "Công chức Văn hóa - Xã hội phối hợp Hội Chữ thập đỏ rà soát, lập danh sách hộ nghèo để thăm, tặng"
        " quà Tết, thực hiện từ ngày 13/10 đến ngày 17/10/2017.",
        "tinh",
        date(2017, 10, 13),
        date(2017, 10, 17),
        "an-event-the-work-is-for",
    ),
    dl(  # a festival's troupes selected and rehearsed over three weeks
        "3. Tiểu ban Văn hóa - Thể thao: Tuyển chọn, luyện tập các tiết mục văn nghệ, đội vật từ ngày"
        " 06/10/2017 đến ngày 24/10/2017.",
        "tinh",
        date(2017, 10, 6),
        date(2017, 10, 24),
        "troupes-selected-and-rehearsed",
    ),
    dl(  # the results of an event reported: the report is due
        "- Ban Tổ chức tổng hợp, báo cáo kết quả tổ chức Lễ hội về UBND huyện vào cuối tháng 10/2017.",
        "tinh",
        date(2017, 10, 21),
        date(2017, 10, 31),
        "an-event-s-results-reported",
    ),
    dl(  # work for an event's days submitted: the submission is due
        "5. Công an xã: Xây dựng phương án bảo đảm an ninh trong những ngày lễ hội, trình Trưởng Ban Tổ chức"
        " phê duyệt trong tháng 10/2017.",
        "xa",
        date(2017, 10, 1),
        date(2017, 10, 31),
        "work-for-an-event-submitted",
    ),
    dl(  # an office's stock-taking over a range of days: work within it
        "- Các phòng, bộ phận phối hợp Phòng Kế toán kiểm kê tài sản, hàng tồn kho tại văn phòng và kho từ"
        " ngày 15/12/2017 đến ngày 20/12/2017.",
        "tinh",
        date(2017, 12, 15),
        date(2017, 12, 20),
        "stock-taking-over-days",
    ),
    dl(  # a level's subject organising meetings over several days: the work's window, no one event
        "- Các thôn, tổ dân phố tổ chức họp dân bình xét công khai các hộ đủ điều kiện hỗ trợ, thực hiện từ"
        " ngày 17/10/2017 đến ngày 22/10/2017.",
        "co_so",
        date(2017, 10, 17),
        date(2017, 10, 22),
        "a-level-organising-meetings-over-days",
    ),
    dl(  # the period a report covers, then the time to report in, after it: only the latter is due
        "- Các tỉnh thành viên đánh giá kết quả thực hiện giao ước thi đua 6 tháng đầu năm 2018, gửi báo cáo"
        " về Trưởng Cụm trong thời gian từ ngày 01/7/2018 đến ngày 10/7/2018.",
        "tinh",
        date(2018, 7, 1),
        date(2018, 7, 10),
        "a-report-s-period-then-its-later-window",
    ),
    dl(  # an award proposed in a dossier: the dossier is due, no event takes place then
        "- Trưởng Cụm hoàn thiện hồ sơ đề nghị Chính phủ tặng Cờ thi đua, gửi Ban Thi đua - Khen thưởng Trung"
        " ương trong tháng 01/2018.",
        "tinh",
        date(2018, 1, 1),
        date(2018, 1, 31),
        "a-dossier-proposing-an-award",
    ),
    dl(  # a numbered heading's line that names no level, the sentence under it naming who is bound
        "2. Sinh hoạt chính trị tại chi bộ\nCác chi bộ, đảng bộ cơ sở trực thuộc tổ chức sinh hoạt chuyên đề"
        " về lịch sử Đảng, hoàn thành trước ngày 3/2/2018.",
        "co_so",
        None,
        date(2018, 2, 3),
        "the-subject-of-the-sentence-under-a-heading-s-line",
    ),
    dl(  # who the work is distributed to is no level of who does it
        "Ban Tuyên truyền Hội tỉnh biên soạn đề cương tuyên truyền, phát hành đến Hội Cựu TNXP các huyện, thị"
        " xã, thành phố chậm nhất ngày 15/10/2017.",
        "tinh",
        None,
        date(2017, 10, 15),
        "distributed-to-is-a-receiver",
    ),
    dl(  # an infographic's short lines: the work that completes, a colon, the date alone on its line
        "📌 TỔ CHỨC THỰC HIỆN\n✅ Các chi đoàn HOÀN THÀNH sơ kết,\nđề xuất khen thưởng:\nCUỐI THÁNG 11/2017\n"
        "☎ HOTLINE: 0912 486 350\n",
        "co_so",
        date(2017, 11, 21),
        date(2017, 11, 30),
        "an-infographic-s-work-that-completes-then-its-date",
    ),
    dl(  # a past work's "xong" in parentheses, then the work due in a clause of its own
        "Phòng Hành chính - Tư pháp chủ trì tiếp nhận hồ sơ lưu trữ (hồ sơ đã giải quyết xong từ năm 2015 đến"
        " năm 2017), hoàn thành trong tháng 10/2017.",
        "tinh",
        date(2017, 10, 1),
        date(2017, 10, 31),
        "a-past-work-s-xong-then-the-work-due",
    ),
    dl(  # an event's results sent after its word: the report is due
        "- Công đoàn trường tổng kết đợt thi đua, bình chọn tiết dạy tốt và gửi báo cáo kết quả về Công đoàn"
        " ngành Giáo dục tỉnh trong tuần cuối tháng 11/2017.",
        "co_so",
        date(2017, 11, 22),
        date(2017, 11, 30),
        "an-event-s-results-sent-after-it",
    ),
    dl(  # a request to the commune's Front, its work among its own words ("các tổ chức chính trị - xã hội")
        "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và các tổ chức chính trị - xã hội xã tổ chức tuyên"
        " truyền về phong trào đến đoàn viên, hội viên trong tháng 10/2017.",
        "xa",
        date(2017, 10, 1),
        date(2017, 10, 31),
        "a-request-to-the-front-of-a-commune-within-a-month",
    ),
    dl(  # a time's label, who it binds, then the work (a school's schedule, its weekdays abbreviated)
        "- T2 18/9 – T6 22/9: GV các lớp hoàn thành đánh giá trẻ theo Bộ chuẩn phát triển.",
        "tinh",
        date(2017, 9, 18),
        date(2017, 9, 22),
        "a-time-s-label-who-it-binds-and-the-work",
    ),
    dl(  # "đã" of a clause about the deficiencies, the work that completes in a clause of its own
        "- Các chi bộ xây dựng kế hoạch khắc phục những hạn chế, khuyết điểm đã được chỉ ra qua kiểm điểm,"
        " hoàn thành trong quý I/2018.",
        "co_so",
        date(2018, 1, 1),
        date(2018, 3, 31),
        "a-past-participle-before-the-work-that-completes",
    ),
    dl(  # a period the next sentence names back and binds, its level the subject bound
        "3. Chỉnh lý quyết toán ngân sách năm 2017\nThời gian chỉnh lý quyết toán ngân sách năm 2017 từ ngày"
        " 01/01/2018 đến hết ngày 31/01/2018. Trong thời gian này, UBND các xã phải hoàn tất thủ tục thanh"
        " toán tạm ứng.",
        "xa",
        date(2018, 1, 1),
        date(2018, 1, 31),
        "a-period-the-next-sentence-names-back-and-binds",
    ),
    dl(  # the months a fee is of, then when it is due
        "- Các chi bộ thu nộp dứt điểm đảng phí còn tồn của các tháng 5 và 6/2017, hoàn thành vào đầu tháng"
        " 9/2017.",
        "co_so",
        date(2017, 9, 1),
        date(2017, 9, 10),
        "the-months-a-fee-is-of-then-its-time",
    ),
    dl(  # a weekday of the issue date's week (the plan of Thursday 07/9/2017)
        "- Các huyện ủy gửi danh sách về Văn phòng Tỉnh ủy trước 17 giờ thứ Sáu tuần này.",
        "huyen",
        None,
        date(2017, 9, 8),
        "a-weekday-of-the-issue-date-s-week",
    ),
]


def test_a_schedule_s_items_open_with_their_date_and_end_with_who_leads_them() -> None:
    """Each item: its date, a colon, the work, who leads it in parentheses at its end: the item is due, at
    that unit's level (the issuer's when it names none but leads); an aside in parentheses is no unit."""
    body = (
        "III. TIẾN ĐỘ\n"
        "- 10/10/2017: Hoàn thành kiện toàn Ban Chỉ đạo cấp xã, lập danh sách gửi Phòng (UBND các xã, thị\n"
        "trấn).\n"
        "- Trước 15/10/2017: Tổ chức tập huấn cho cán bộ cấp xã (Văn phòng Tỉnh ủy chủ trì).\n"
        "- Từ 16/10 - 15/11/2017: Tổ chức rà soát hộ gia đình (UBND các xã chủ trì; thôn phối hợp).\n"
        "- 21/11/2017 (thứ Ba): Hội nghị sơ kết tại Hội trường (Ban Chỉ đạo tỉnh).\n"
        "- Quý IV/2017: Kiểm tra tài chính đảng đối với Văn phòng (năm tài chính 2016).\n"
    )
    assert [(d.level, d.due.start, d.due.end) for d in plan_of(body).deadlines] == [
        ("xa", date(2017, 10, 10), date(2017, 10, 10)),
        ("tinh", date(2017, 10, 15), date(2017, 10, 15)),
        ("xa", date(2017, 10, 16), date(2017, 11, 15)),
    ]


def test_an_event_s_plan_timed_by_its_day_n() -> None:
    """An event's plan timed by its day N: each line's offset is a day counted from it, the day written in
    parentheses when given; the day N itself and a meeting on an offset are events."""
    body = (
        "- Thời gian: Ngày N là Chủ nhật, 29/10/2017.\n"
        "- N-30 (29/9/2017): Các huyện đoàn gửi danh sách đăng ký về Tỉnh đoàn.\n"
        "- N-10 (thứ Năm, 19/10/2017), 14h00: họp Ban Tổ chức.\n"
        "- N-7: Văn phòng Tỉnh đoàn hoàn thành lắp đặt sân khấu.\n"
        "- Ngày N (Chủ nhật, 29/10/2017): 7h30 khai mạc Ngày hội.\n"
        "- N+3: Các huyện đoàn gửi báo cáo kết quả về Tỉnh đoàn.\n"
    )
    deadlines = plan_of(body).deadlines
    assert [(d.due.text, d.due.end) for d in deadlines] == [
        ("N-30 (29/9/2017)", date(2017, 9, 29)),
        ("N-7", date(2017, 10, 22)),
        ("N+3", date(2017, 11, 1)),
    ]
    assert [d.level for d in deadlines] == ["huyen", "tinh", "huyen"]


def by(level: str, day: date) -> tuple[str, date, date]:
    return level, day, day


# (body, the deadlines as (level, start, end)): dates that share a limit or say one time twice
SHARED_TIMES = [
    pytest.param(
        "- Các huyện ủy lập báo cáo đánh giá 6 tháng và cả năm, gửi Ban Thường vụ trước ngày 15/10 và 15/12"
        " hằng năm.",
        [by("huyen", date(2017, 10, 15)), by("huyen", date(2017, 12, 15))],
        id="a-yearly-date-listed-after-a-limit",
    ),
    pytest.param(
        "- Các huyện ủy gửi báo cáo trước ngày 15/10, 15/11 và 15/12/2017.",
        [by("huyen", date(2017, 10, 15)), by("huyen", date(2017, 11, 15)), by("huyen", date(2017, 12, 15))],
        id="three-dates-listed-after-a-limit",
    ),
    pytest.param(
        "- Các huyện ủy, trong vòng 10 ngày kể từ ngày Kế hoạch này được ban hành, rà soát và đăng ký danh"
        " sách gửi về Ban Tổ chức Tỉnh ủy.",
        [("huyen", date(2017, 9, 7), date(2017, 9, 17))],
        id="a-time-counted-from-the-issue",
    ),
    pytest.param(
        "- Các chi bộ tổ chức chấm vòng cơ sở trong tuần 2 tháng 11 (từ ngày 13/11 đến ngày 18/11/2017).",
        [("co_so", date(2017, 11, 13), date(2017, 11, 18))],
        id="a-week-glossed-by-its-days",
    ),
    pytest.param(
        "- Các chi bộ hoàn thành việc chấm vòng cơ sở vào ngày 10/11/2017 (tuần 2 tháng 11/2017).",
        [("co_so", date(2017, 11, 10), date(2017, 11, 10))],
        id="a-day-glossed-by-its-week",
    ),
    pytest.param(  # a limit counted from an event, the days it comes to in parentheses
        "a) Ủy ban nhân dân các xã thành lập Tổ bầu cử chậm nhất 40 ngày trước ngày bầu cử (ngày 03 tháng 12"
        " năm 2017).\nb) Ủy ban bầu cử tỉnh công bố kết quả chậm nhất 10 ngày sau ngày bầu cử (tức ngày"
        " 25/12/2017).",
        [by("xa", date(2017, 12, 3)), by("tinh", date(2017, 12, 25))],
        id="limits-counted-from-an-event-and-their-days",
    ),
    pytest.param(  # a day of a quarter's month, every quarter from the one written: the first is due
        "- UBND các xã gửi báo cáo tiến độ hằng quý, trước ngày 20 của tháng cuối quý (bắt đầu từ quý"
        " IV/2017).",
        [by("xa", date(2017, 12, 20))],
        id="a-quarterly-limit-from-a-quarter-written",
    ),
    pytest.param(  # ... with no quarter written, which is the first is not said: none
        "- UBND các xã gửi báo cáo tiến độ hằng quý, trước ngày 20 của tháng cuối quý.",
        [],
        id="a-quarterly-limit-with-no-quarter-written",
    ),
    pytest.param(  # days listed after the day word: each the list's, in its clause
        "- Các huyện ủy báo cáo tiến độ về Ban Tổ chức trước 16 giờ các ngày 10/10, 20/10 và 30/10/2017.",
        [by("huyen", date(2017, 10, 10)), by("huyen", date(2017, 10, 20)), by("huyen", date(2017, 10, 30))],
        id="days-listed-after-the-day-word",
    ),
    pytest.param(  # ... the days of a meeting so listed stay events
        "- Hội nghị Ban Chấp hành họp vào các ngày 10/10, 20/10 và 30/10/2017.",
        [],
        id="days-of-meetings-listed-after-the-day-word",
    ),
    pytest.param(  # a holiday after a window, in parentheses, says why: no limit of its own
        "- Các thôn chỉ đạo nông dân gieo cấy tập trung từ 25/12/2017 đến 10/01/2018 (trước Tết Nguyên đán).",
        [("co_so", date(2017, 12, 25), date(2018, 1, 10))],
        id="a-window-and-the-holiday-it-comes-before",
    ),
    pytest.param(  # ... a later day in figures may be a last limit
        "- UBND các xã hoàn thành trước ngày 15/11/2017 (chậm nhất ngày 20/11/2017).",
        [by("xa", date(2017, 11, 15)), by("xa", date(2017, 11, 20))],
        id="a-limit-and-a-last-limit-in-parentheses",
    ),
    pytest.param(  # what a report covers is no time of its own, its limit far after it
        "- Các huyện ủy xây dựng báo cáo sơ kết 6 tháng cuối năm 2017 về công tác dân vận, thực hiện dân chủ"
        " ở cơ sở, gửi Ban Thường vụ Tỉnh ủy (qua Ban Dân vận) trước ngày 20/12/2017.",
        [by("huyen", date(2017, 12, 20))],
        id="what-a-report-covers-then-its-limit",
    ),
]


@pytest.mark.parametrize(("body", "expected"), SHARED_TIMES)
def test_dates_that_share_a_limit_or_a_time(body: str, expected: list[tuple[str, date, date]]) -> None:
    assert [(d.level, d.due.start, d.due.end) for d in plan_of(body).deadlines] == expected


@pytest.mark.parametrize(("body", "level", "start", "end"), OBLIGATIONS)
def test_obligation_is_read(body: str, level: str | None, start: date | None, end: date) -> None:
    deadlines = plan_of(body).deadlines
    assert [(d.level, d.due.end) for d in deadlines] == [(level, end)]
    if start is not None:
        assert deadlines[0].due.start == start


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "1. Các huyện ủy gửi báo cáo về Văn phòng Tỉnh ủy trước ngày 05/10/2017.\n"
            "II. NHIỆM VỤ CỤ THỂ\nSTT\nNội dung\nĐơn vị thực hiện\nThời gian hoàn thành\n"
            "1\nGửi báo cáo về Văn phòng Tỉnh ủy\nCác huyện ủy\nTrước ngày 05/10/2017\n"
            "2\nTổng hợp, báo cáo Ban Thường vụ\nVăn phòng Tỉnh ủy\nQuý I/2018\n",
            [("huyen", date(2017, 10, 5)), ("tinh", date(2018, 3, 31))],
            id="a-task-table",
        ),
        pytest.param(
            "1. Các huyện ủy xây dựng kế hoạch, gửi về Ban Tuyên giáo trước ngày 20/9/2017.\n\n"
            "Nơi nhận:\n- Như trên;\n- Lưu VP.\n\nT/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n\nNguyễn Văn An\n\n"
            "PHỤ LỤC\nLỘ TRÌNH THỰC HIỆN\n- Xây dựng kế hoạch: trước ngày 20/9/2017.\n"
            "- Hội nghị: 26/9/2017.\n"
            "- Các huyện ủy nhân rộng mô hình, hoàn thành trong tháng 10/2017.\n",
            [("huyen", date(2017, 9, 20)), ("huyen", date(2017, 10, 31))],
            id="an-annex-after-the-signature",
        ),
    ],
)
def test_an_obligation_repeated_in_a_table_or_an_annex_is_read_once(
    body: str, expected: list[tuple[str, date]]
) -> None:
    plan = plan_of(body)
    assert [(d.level, d.due.end) for d in plan.deadlines] == expected
    assert [d.code for d in plan.diagnostics].count("deadline.repeated") == 1


@pytest.mark.parametrize(
    ("body", "expected", "task"),
    [
        pytest.param(
            "1. Sửa đổi thời gian tại mục 2, phần II của Kế hoạch 38 từ “trước ngày 15/10/2017” thành “trước"
            " ngày 30/10/2017”.",
            [("tinh", date(2017, 10, 30))],  # (no level named: the issuer's, a Tỉnh ủy's)
            "Sửa đổi thời gian tại mục 2, phần II của Kế hoạch 38",
            id="quoted-limits",
        ),
        pytest.param(
            "2. Thời gian các chi bộ gửi báo cáo về Đảng ủy từ “chậm nhất ngày 25/9/2017” thành “chậm nhất"
            " ngày 10/10/2017”.",
            [("co_so", date(2017, 10, 10))],
            "Thời gian các chi bộ gửi báo cáo về Đảng ủy",
            id="the-replaced-date-s-clause-names-the-level",
        ),
        pytest.param(
            "- Các chi bộ hoàn thành đại hội từ ngày 30/9/2017 sang ngày 15/10/2017.",
            [("co_so", date(2017, 10, 15))],
            "Các chi bộ hoàn thành đại hội",
            id="from-one-day-to-another",
        ),
        pytest.param(  # "từ ... đến": a range, nothing replaced
            "- Các chi bộ hoàn thành đại hội từ ngày 30/9/2017 đến ngày 15/10/2017.",
            [("co_so", date(2017, 10, 15))],
            "Các chi bộ hoàn thành đại hội",
            id="a-range-is-no-amendment",
        ),
    ],
)
def test_an_amendment_s_replaced_date_is_no_longer_due(
    body: str, expected: list[tuple[str | None, date]], task: str
) -> None:
    deadlines = plan_of(body).deadlines
    assert [(d.level, d.due.end) for d in deadlines] == expected
    assert deadlines[0].task == task


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "1. Các chi bộ tổ chức đại hội trước ngày 30/10/2017. Cụ thể: các chi bộ trực thuộc hoàn thành"
            " việc tổ chức đại hội trước ngày 30/10/2017.",
            [("co_so", date(2017, 10, 30))],
            id="restated",
        ),
        pytest.param(  # another period: another obligation
            "1. Các chi bộ tổ chức đại hội trước ngày 30/10/2017. Cụ thể: các chi bộ gửi báo cáo trước ngày"
            " 05/11/2017.",
            [("co_so", date(2017, 10, 30)), ("co_so", date(2017, 11, 5))],
            id="a-specific-later-limit",
        ),
        pytest.param(  # the same period with no restating word: two obligations
            "1. Các chi bộ tổ chức đại hội trước ngày 30/10/2017. Các chi bộ gửi báo cáo trước ngày"
            " 30/10/2017.",
            [("co_so", date(2017, 10, 30)), ("co_so", date(2017, 10, 30))],
            id="two-obligations-one-day",
        ),
    ],
)
def test_a_sentence_that_restates_the_one_before_repeats_its_deadline(
    body: str, expected: list[tuple[str, date]]
) -> None:
    plan = plan_of(body)
    assert [(d.level, d.due.end) for d in plan.deadlines] == expected
    restated = len(expected) == 1
    assert [d.code for d in plan.diagnostics].count("deadline.repeated") == restated


KHOI_HEADER = "ĐẢNG BỘ TỈNH THÁI BÌNH\nĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH\n*\nSố 65-KH/ĐUK\n"
KHOI_HEADER += "ĐẢNG CỘNG SẢN VIỆT NAM\nThái Bình, ngày 07 tháng 9 năm 2017\n"


@pytest.mark.parametrize(
    ("header", "level"),
    [(REF_HEADER, "huyen"), (KHOI_HEADER, "co_so")],
    ids=["a-provincial-committee-s-are-districts", "a-bloc-committee-s-are-base-committees"],
)
def test_the_committees_right_under_the_issuer_are_a_level_below_it(header: str, level: str) -> None:
    body = "III. TỔ CHỨC THỰC HIỆN\n- Cấp ủy trực thuộc ban hành chương trình, chậm nhất ngày 15/10/2017."
    assert [(d.level, d.due.end) for d in plan_of(body, header).deadlines] == [(level, date(2017, 10, 15))]


@pytest.mark.parametrize(
    "item",
    [
        "- Hướng dẫn, theo dõi, đôn đốc các chi bộ cơ sở triển khai thực hiện; tổng hợp, báo cáo kết quả về"
        " Ban Thường vụ Tỉnh ủy vào giữa tháng 12/2017.",
        "a) Tham mưu Ban Thường vụ chỉ đạo các chi bộ cơ sở xây dựng kế hoạch; tổng hợp, báo cáo về Ban"
        " Thường vụ Tỉnh ủy trước ngày 25/12/2017.",
    ],
    ids=["guiding-the-base-cells", "advising-the-board-to-direct-the-base-cells"],
)
def test_a_sentence_opening_with_oversight_is_its_heading_s_body_s(item: str) -> None:
    body = f"III. TỔ CHỨC THỰC HIỆN\n1. Các huyện ủy, thị ủy\n{item}"
    assert [d.level for d in plan_of(body).deadlines] == ["huyen"]


REPORT_HEADER = (
    "ĐOÀN TRƯỜNG THPT LÊ LỢI\n*\nSố 12-BC/ĐTN\nĐOÀN TNCS HỒ CHÍ MINH\nĐông Hà, ngày 17 tháng 01 năm 2025\n"
)


def test_a_form_s_example_row_holds_no_deadline() -> None:
    """A form's example row (a row of cells parted by tabs that opens with "VD"): its dates are no one's; the
    same line as a list's item is due."""
    row = "Thôn A gửi danh sách hộ nghèo về UBND xã trước ngày 30/10/2025\tDòng ví dụ, xóa khi điền"
    text = "KẾ HOẠCH\nabc\n\nI. NỘI DUNG\n{}\n"
    assert vnplan.parse(text.format(f"VD\t{row}")).deadlines == []
    assert [d.due.end for d in vnplan.parse(text.format(f"- {row}")).deadlines] == [date(2025, 10, 30)]


def test_a_report_s_dates_before_its_issue_are_results_its_later_ones_deadlines() -> None:
    body = (
        "I. KẾT QUẢ\n- Các chi đoàn hoàn thành đăng ký thi đua trước ngày 26/10/2024.\n"
        "- Trong tháng 12/2024, các chi đoàn hoàn thành thu đoàn phí.\n"
        "II. PHƯƠNG HƯỚNG\n- Các chi đoàn nộp sổ chi đoàn trước ngày 14/02/2025.\n"
    )
    report = vnplan.parse(f"{REPORT_HEADER}BÁO CÁO\nKết quả công tác Đoàn học kỳ I\n\n{body}")
    assert report.doc_type == "Báo cáo"
    assert [d.due.end for d in report.deadlines] == [date(2025, 2, 14)]
    plan = vnplan.parse(f"{REPORT_HEADER}KẾ HOẠCH\nCông tác Đoàn học kỳ II\n\n{body}")  # a plan's are its own
    assert [d.due.end for d in plan.deadlines] == [date(2024, 10, 26), date(2024, 12, 31), date(2025, 2, 14)]
    conclusion = vnplan.parse(f"{REPORT_HEADER}KẾT LUẬN THANH TRA\nCông tác Đoàn học kỳ I\n\n{body}")
    assert conclusion.doc_type == "Kết luận"  # an inspection's findings, then what it recommends
    assert [d.due.end for d in conclusion.deadlines] == [date(2025, 2, 14)]


NOT_DEADLINES = [
    pytest.param(  # an infographic's event, a colon, its day alone on its line: no work completes
        "🎉 NGÀY HỘI “CÔNG DÂN SỐ”\ntổ chức tại Nhà Văn hóa xã:\nCHỦ NHẬT 02/11/2025\n",
        id="an-infographic-s-event-then-its-day",
    ),
    pytest.param(  # the plan's own scope in an aside before "như sau:" (the preamble)
        "Ban Thường trực Ủy ban MTTQ xã xây dựng Kế hoạch tổ chức Ngày hội Đại đoàn kết toàn dân tộc (từ ngày"
        " 17/10 đến ngày 18/11/2017) như sau:",
        id="the-plan-s-scope-in-an-aside",
    ),
    pytest.param(  # a meeting that hears a report of results: the meeting's day
        "Ngày 07/8/2017, Ban Thường vụ Tỉnh ủy họp phiên thường kỳ, nghe Ban Tổ chức báo cáo kết quả công tác"
        " 6 tháng đầu năm 2017.",
        id="a-meeting-hears-a-report",
    ),
    pytest.param(  # a time's label, then an event of the whole school (no obligation after who)
        "- T3 (19/9): toàn trường tổ chức hoạt động trải nghiệm, gửi lời chúc.",
        id="a-time-s-label-then-an-event",
    ),
    pytest.param(  # a school's week table: the week's label, its dates in parentheses ending the cell
        "II. LỊCH CÔNG TÁC\nTuần\tNội dung công việc\tBộ phận thực hiện\nTuần 1\n(từ 02/10 đến 07/10)\t- Các"
        " tổ chuyên môn rà soát kế hoạch dạy học\tCác tổ\n",
        id="a-week-s-label-in-a-table",
    ),
    pytest.param(  # a month before the plan (07/9/2017), then an account of it
        "1. Đánh giá chung\nTháng 8/2017, các huyện ủy đã tập trung chỉ đạo hoàn thành các chỉ tiêu của năm.",
        id="a-past-month-then-an-account-of-it",
    ),
    pytest.param(  # a cited plan's limit, already past when this one was issued (07/9/2017)
        "Kế hoạch số 87-KH/TU yêu cầu các huyện ủy báo cáo trước ngày 15/8/2017 nhưng đến nay mới có 5/13"
        " huyện ủy gửi báo cáo.",
        id="a-cited-plan-s-past-limit",
    ),
    pytest.param(  # half a year and more before the plan: what was done by then
        "Rà soát các vụ việc do Tòa án nhân dân cấp huyện (cũ) thụ lý trước ngày 01/01/2017.",
        id="a-limit-long-past",
    ),
    pytest.param("Thời gian: 14 giờ 00, thứ Bảy, ngày 16/9/2017.", id="a-day-with-its-weekday-is-an-event-s"),
    pytest.param(
        "- Các tổ chuyên môn tổng hợp kết quả đánh giá trẻ cuối năm, nộp về Phó Hiệu trưởng.",
        id="a-part-of-the-year-that-names-the-work",
    ),
    pytest.param(  # a Markdown table's row whose time cell labels its times
        "| 5 | Hội nghị sơ kết cấp tỉnh;<br>gửi báo cáo về Ban Thường vụ Tỉnh ủy | Ban Thường vụ Tỉnh ủy |"
        " Hội nghị: 26/9/2017 |",
        id="a-date-after-an-event-s-label",
    ),
    pytest.param(
        "2. Thời gian: Tháng Nhân đạo năm 2017 được tổ chức từ ngày 01/10/2017 đến ngày 31/10/2017.",
        id="a-campaign-is-held-no-level-organises-it",
    ),
    pytest.param("- Củng cố tổ chức đảng ở các thôn trong quý IV/2017.", id="a-party-organisation-is-a-noun"),
    pytest.param(  # "trình" of "chương trình" is no submitting
        "5. Chương trình “Tết Sum vầy”\nThời gian: 14 giờ 00, thứ Bảy, ngày 16/9/2017.",
        id="a-programme-s-day",
    ),
    pytest.param("Lễ khai mạc diễn ra vào ngày 20/9/2017 tại Hà Nội.", id="event-ceremony"),
    pytest.param("Kết quả rà soát cuối năm 2016, toàn xã còn 41 hộ nghèo.", id="a-past-period-reported-on"),
    pytest.param("Căn cứ Nghị quyết số 11-NQ/TU, ngày 20/7/2008 của Tỉnh uỷ.", id="citation-date"),
    pytest.param("Giai đoạn 2021 - 2025, phấn đấu đạt các chỉ tiêu.", id="programme-period"),
    pytest.param("Đến năm 2030, tỷ lệ dân số đạt 100%.", id="year-target"),
    pytest.param("Tính đến ngày 20/8/2017, có 13 tỉnh tham gia.", id="status-date"),
    pytest.param("Thời gian triển khai: từ ngày 04/8/2017 đến ngày 29/9/2017.", id="plan-activity-window"),
    pytest.param("Luật có hiệu lực thi hành từ ngày 01/01/2018.", id="effective-date"),
    pytest.param("Ngày 27/6/2017, Ban Bí thư đã ban hành Kế hoạch số 54-KH/TU.", id="historical"),
    pytest.param(
        "Năm 2016, các chi bộ đã hoàn thành kiểm điểm trong quý IV/2016.", id="historical-completion"
    ),
    pytest.param("Thời gian bình chọn: từ ngày 18/9/2017 đến ngày 24/9/2017.", id="voting-window"),
    pytest.param("Thời gian thực hiện: Cả năm 2017.", id="whole-year"),
    pytest.param("Từ năm 2012 đến nay, các cấp ủy đã tổ chức 50 lớp.", id="years-up-to-now"),
    pytest.param("Từ tháng 7/2017 đến nay, Ban Thường vụ hoàn thành 3 cuộc kiểm tra.", id="months-up-to-now"),
    pytest.param("Từ nay đến năm 2020, phấn đấu 100% chi bộ đạt chuẩn.", id="from-now-to-a-year"),
    pytest.param("Các chi bộ tổ chức cho đảng viên đăng ký ngay từ đầu năm 2018.", id="a-start-of-a-period"),
    pytest.param(
        "Thực hiện Kế hoạch số 86-KH/TU, ngày 20/9/2017 của Tỉnh ủy về lãnh đạo thực hiện nhiệm vụ chính trị "
        "quý IV năm 2017, các huyện ủy triển khai.",
        id="in-what-a-cited-document-is-about",
    ),
    pytest.param(
        "Căn cứ Chỉ thị số 10-CT/TW của Ban Bí thư, Chi bộ xây dựng kế hoạch hoạt động tháng 10 năm 2017 "
        "như sau:",
        id="the-plan-s-own-period-before-nhu-sau",
    ),
    pytest.param("Bắt đầu từ tháng 10/2017, các chi bộ báo cáo kết quả về Tỉnh ủy.", id="a-start-month"),
    pytest.param("Cấp tỉnh: Hội nghị diễn ra trong tháng 12/2017.", id="event-after-level-label"),
    pytest.param(
        "Chi bộ họp bàn nhiệm vụ tháng 10/2017 và đánh giá công tác.", id="the-month-the-work-is-about"
    ),
    pytest.param(
        "Thời gian bình chọn: từ ngày 18/9/2017 đến ngày 24/9/2017 tại Hội trường.", id="window-then-place"
    ),
    pytest.param("- Cấp tỉnh: quý IV năm 2018, tổ chức hội nghị.", id="level-label-and-date-then-more"),
    pytest.param(
        "Tham gia Hội thao công đoàn ngành Giáo dục do Công đoàn Giáo dục huyện tổ chức (dự kiến trong tháng"
        " 3/2018).",
        id="a-sports-meet-of-another-body",
    ),
    pytest.param(
        "Các chi đoàn tham gia hưởng ứng Chiến dịch từ ngày 01/6 đến ngày 31/8/2017.",
        id="a-campaign-s-period",
    ),
    pytest.param(
        "- Từ ngày 15/9 đến ngày 25/9/2017, các chi hội tham gia lễ kỷ niệm ngày thành lập Hội.",
        id="a-period-first-then-a-level-s-event",
    ),
    pytest.param(
        "5. Đề nghị Ủy ban MTTQ phường tham gia giám sát việc rà soát, gắn với các hoạt động hưởng ứng Tháng"
        ' cao điểm "Vì người nghèo" năm 2017 (từ ngày 17/10 đến ngày 18/11/2017).',
        id="the-period-of-a-campaign-month",
    ),
    pytest.param(
        "- Cấp tỉnh: Hội nghị diễn ra từ ngày 01/11/2017 đến ngày 03/11/2017.", id="an-event-s-days"
    ),
    pytest.param(
        "- Cấp tỉnh: Lễ kỷ niệm tổ chức vào cuối tháng 11/2017.", id="an-event-in-a-part-of-a-month"
    ),
    pytest.param(
        "III. KẾ HOẠCH THỰC HIỆN THEO THÁNG\nTháng 9/2017:\n- Lễ khai giảng năm học ngày 05/9/2017.",
        id="a-month-heading-over-its-items",
    ),
    pytest.param(  # a ceremony's time on a line of its own under the ceremony's heading
        "1. Lễ kỷ niệm 50 năm Ngày thành lập Ban Dân vận\n- Địa điểm: Hội trường Tỉnh ủy.\n- Thời gian:"
        " tháng 10/2017.",
        id="a-ceremony-s-time-line-under-its-heading",
    ),
    pytest.param(  # the date inside the purpose, an event's: no comma closes the purpose before it
        "Để có cơ sở xây dựng báo cáo trình Hội nghị Ban Chấp hành (dự kiến tổ chức ngày 05/10/2017), các"
        " phòng chuẩn bị số liệu.",
        id="an-event-s-day-inside-a-purpose",
    ),
    pytest.param(  # who chairs a meeting leads no work: the month is what the meeting is about
        "Ngày 05/9/2017, đồng chí Bí thư chủ trì cuộc họp đánh giá kết quả tháng 8, triển khai nhiệm vụ trọng"
        " tâm tháng 10/2017.",
        id="the-chair-of-a-meeting-and-the-month-it-plans",
    ),
    pytest.param(  # a month's meeting named as what a resolution is about
        "Thực hiện Nghị quyết số 08-NQ/CB ngày 05/9/2017 của Chi bộ (nghị quyết sinh hoạt tháng 9), Chi bộ"
        " xây dựng Kế hoạch như sau:",
        id="a-month-s-meeting-a-resolution-is-about",
    ),
    pytest.param(  # a quarter's day of its last month: no month of the plan's to name
        "- Các huyện ủy tổng hợp tình hình hằng quý, trước ngày 15 của tháng cuối quý, gửi Ban Tổ chức.",
        id="a-day-of-the-quarter-s-last-month",
    ),
    pytest.param(  # how far figures count, then the work on them has its own limit elsewhere
        "- Trên cơ sở kết quả giải ngân đến hết tháng 9, Văn phòng Tỉnh ủy tham mưu điều chuyển vốn.",
        id="figures-counted-up-to-a-month",
    ),
    pytest.param(
        "- Các huyện ủy báo cáo số liệu tính đến ngày 30/11/2017 về đảng viên.",
        id="figures-counted-up-to-a-day",
    ),
    pytest.param(  # a period the next sentence names back, but binds no one over it
        "Thời gian chỉnh lý quyết toán ngân sách năm 2017 từ ngày 01/01/2018 đến hết ngày 31/01/2018. Trong"
        " thời gian này, các đơn vị nghỉ Tết theo quy định.",
        id="a-period-named-back-by-no-obligation",
    ),
    pytest.param(  # a year's course described
        "1. Bảo đảm việc lập báo cáo quyết toán ngân sách năm 2017 (năm ngân sách bắt đầu từ ngày 01/01/2017"
        " và kết thúc vào ngày 31/12/2017) đúng quy định.",
        id="a-budget-year-s-course",
    ),
    pytest.param(  # what was done by a day before the plan, a limit as it was
        "2. Ngân sách cấp huyện đã thực hiện khóa sổ, chuyển số dư về ngân sách cấp tỉnh đến ngày 30/6/2017"
        " khi kết thúc hoạt động.",
        id="what-was-done-by-a-day-before-the-plan",
    ),
]


@pytest.mark.parametrize("body", NOT_DEADLINES)
def test_not_a_deadline(body: str) -> None:
    assert plan_of(body).deadlines == []


LONG_HEADING = "Rà soát văn bản quy phạm pháp luật, " * 12 + "hoàn thiện hệ thống"
TASKS = [
    pytest.param(  # a time's label, who it binds, then the work: all of it after the label
        "- T2 18/9 – T6 22/9: GV các lớp hoàn thành đánh giá trẻ theo Bộ chuẩn phát triển.",
        "GV các lớp hoàn thành đánh giá trẻ theo Bộ chuẩn phát triển",
        id="who-a-time-s-label-binds-and-the-work",
    ),
    pytest.param(  # who is bound, the time, then the work
        "1. Các sở, ban, ngành và Ủy ban nhân dân cấp xã trong thời hạn 10 ngày kể từ ngày Kế hoạch được ban"
        " hành, xây dựng kế hoạch chuyển đổi số của cơ quan, gửi Ban Tuyên giáo để theo dõi.",
        "xây dựng kế hoạch chuyển đổi số của cơ quan, gửi Ban Tuyên giáo để theo dõi",
        id="the-work-after-a-subject-and-its-time",
    ),
    pytest.param(  # a heading in capitals whose list number Word's plain text lost is no part of the task
        "I. MỤC ĐÍCH\nKiểm sát việc thi hành án.\nTHỜI GIAN THỰC HIỆN\n\tXây dựng đề cương tự kiểm tra:"
        " Kiểm sát viên dự thảo, gửi các đơn vị chậm nhất ngày 01/10/2017.",
        "Xây dựng đề cương tự kiểm tra: Kiểm sát viên dự thảo, gửi các đơn vị",
        id="a-heading-that-lost-its-number",
    ),
    pytest.param(  # a long subject before the obligation; the close of its aside stays with it
        "Chậm nhất ngày 30/9/2017, các Tòa án nhân dân khu vực xây dựng và gửi kế hoạch tự kiểm tra về Tòa án"
        " nhân dân tỉnh (qua Phòng Kiểm tra nghiệp vụ).",
        "gửi kế hoạch tự kiểm tra về Tòa án nhân dân tỉnh (qua Phòng Kiểm tra nghiệp vụ)",
        id="the-work-after-a-date-that-opens-the-clause",
    ),
    pytest.param(  # a lettered item's mark is no task
        "1. Các huyện ủy\nb) Từ ngày 09/10 đến ngày 18/10/2017, hoàn thành việc rà soát hồ sơ.",
        "hoàn thành việc rà soát hồ sơ",
        id="the-work-after-a-lettered-item-s-period",
    ),
    pytest.param(  # the days in parentheses gloss the week that opens the clause: the work comes after
        "Trong tuần 3 tháng 9/2017 (từ ngày 18/9 đến ngày 22/9/2017), các chi bộ hoàn thành việc rà soát.",
        "hoàn thành việc rà soát",
        id="the-work-after-days-glossing-a-week",
    ),
    pytest.param(
        "Giao đồng chí Trưởng thôn chỉ đạo thu hoạch dứt điểm lúa mùa, xong trước ngày 25; bố trí máy gặt.",
        "Giao đồng chí Trưởng thôn chỉ đạo thu hoạch dứt điểm lúa mùa",
        id="a-bare-xong-before-the-date-is-no-part-of-the-task",
    ),
    pytest.param(
        "Các chi đoàn tổ chức cho đoàn viên đăng ký nội dung rèn luyện, hoàn thành trong tháng 10/2017.",
        "Các chi đoàn tổ chức cho đoàn viên đăng ký nội dung rèn luyện",
        id="complete-verb-before-the-date-is-no-part-of-the-task",
    ),
    pytest.param(  # the month the work is about is no deadline of its own
        "Chi bộ báo cáo kết quả thực hiện nhiệm vụ tháng 10 về Đảng ủy xã trước ngày 28/10/2017.",
        "Chi bộ báo cáo kết quả thực hiện nhiệm vụ tháng 10 về Đảng ủy xã",
        id="a-month-after-a-topic-word-belongs-to-the-task",
    ),
    pytest.param(
        "Các chi đoàn còn lại hoàn tất việc tổ chức đại hội trong thời gian từ ngày 23/9 đến 05/10/2017.",
        "Các chi đoàn còn lại hoàn tất việc tổ chức đại hội",
        id="trong-thoi-gian-opens-the-date",
    ),
    pytest.param("- Cấp tỉnh: Tổng kết vào quý I năm 2018.", "Tổng kết", id="without-level-label"),
    pytest.param(
        "- Cấp thành phố: tổng kết Chiến dịch trong tháng 9/2017.", "tổng kết Chiến dịch", id="cap-label"
    ),
    pytest.param(
        "- Các huyện uỷ, thành uỷ, đảng uỷ trực thuộc Tỉnh uỷ: báo cáo kết quả trong tháng 12/2017.",
        "báo cáo kết quả",
        id="a-long-label-opened-by-a-level",
    ),
    pytest.param(
        "Công an xã chủ trì, đối chiếu thông tin người sử dụng đất; thời gian thực hiện từ ngày 01/10/2017"
        " đến ngày 15/11/2017.",
        "Công an xã chủ trì, đối chiếu thông tin người sử dụng đất",
        id="a-time-label-without-its-colon",
    ),
    pytest.param(
        "Thời gian gửi sản phẩm dự thi: từ ngày 28/8/2017 đến ngày 10/9/2017.",
        "gửi sản phẩm dự thi",
        id="object-of-time-label",
    ),
    pytest.param(
        "b) Gửi dự kiến chương trình năm 2018.\n- Đơn vị chủ trì: Vụ Pháp luật.\n"
        "- Thời gian thực hiện: Quý I/2018.",
        "Gửi dự kiến chương trình năm 2018",
        id="item-heading-above-label-bullets",
    ),
    pytest.param(
        "b) Chỉ đạo, hướng dẫn thực hiện văn bản về hòa giải; củng cố tổ hòa giải ở cơ sở\n"
        "- Đơn vị chủ trì: Vụ Pháp luật.\n- Thời gian thực hiện: Quý I/2018.",
        "Chỉ đạo, hướng dẫn thực hiện văn bản về hòa giải; củng cố tổ hòa giải ở cơ sở",
        id="item-heading-of-several-clauses",
    ),
    pytest.param(
        f"b) {LONG_HEADING}\n- Thời gian thực hiện: Quý I/2018.",
        LONG_HEADING[: LONG_HEADING.rfind(" ", 0, 301)].rstrip(" ,"),  # 300 characters at most
        id="a-long-item-heading-is-cut-at-a-word",
    ),
    pytest.param(
        "Rà soát dữ liệu đoàn viên. Hoàn thành chậm nhất trước ngày 30/8/2017.",
        "Rà soát dữ liệu đoàn viên",
        id="bare-hoan-thanh-takes-previous-sentence",
    ),
    pytest.param(
        "Danh sách gửi về Ban Tổ chức (địa chỉ: 62 Bà Triệu; điện thoại: 0369.694.325) "
        "trước ngày 09/10/2017.",
        "Danh sách gửi về Ban Tổ chức",
        id="aside-dropped",
    ),
    pytest.param(
        "Định kỳ hàng năm (trước ngày 15/11 báo cáo kết quả thực hiện về Sở.",
        "báo cáo kết quả thực hiện về Sở",
        id="obligation-after-date",
    ),
    pytest.param(
        "II. TỔ CHỨC THỰC HIỆN\nCác phòng, đơn vị thuộc Sở báo cáo kết quả trước ngày 10/12/2017.",
        "Các phòng, đơn vị thuộc Sở báo cáo kết quả",
        id="numbered-heading-in-capitals-above-is-no-task",
    ),
    pytest.param(
        "2. THAM GIA XÂY DỰNG NGHỊ ĐỊNH CỦA CHÍNH PHỦ\n"
        "quy định về khởi nghiệp, hoàn thành trước ngày 10/12/2017.",
        "THAM GIA XÂY DỰNG NGHỊ ĐỊNH CỦA CHÍNH PHỦ quy định về khởi nghiệp",
        id="a-line-in-capitals-that-goes-on-in-lower-case-is-the-task",
    ),
    pytest.param(  # no blank line between, the next line's bullet lost: it opens further in
        "4. Quy trình xét chọn Giải thưởng\n Thời gian nhận hồ sơ Giải thưởng từ 20/10 đến 10/11/2022.",
        "Thời gian nhận hồ sơ Giải thưởng",
        id="numbered-heading-above-an-indented-line-is-no-task",
    ),
    pytest.param(
        "   4. Quy trình xét chọn Giải thưởng\n    Thời gian nhận hồ sơ Giải thưởng từ 20/10 đến 10/11/2022.",
        "Thời gian nhận hồ sơ Giải thưởng",
        id="numbered-heading-above-an-indented-line-both-indented",
    ),
    pytest.param(  # a short numbered line naming no work, a sentence below it as far in: a heading
        "   4. Quy trình xét chọn Giải thưởng\n   Thời gian nhận hồ sơ Giải thưởng từ 20/10 đến 10/11/2022.",
        "Thời gian nhận hồ sơ Giải thưởng",
        id="short-numbered-line-naming-no-work-above-a-sentence-heads-it",
    ),
    pytest.param(  # ... a short one that names work is a sentence wrapped at a capital (a chat's 40 columns)
        "2. Các chi hội rà soát danh sách\nHội viên, gửi về Văn phòng Hội trước ngày 20/3/2022.",
        "Các chi hội rà soát danh sách Hội viên, gửi về Văn phòng Hội",
        id="short-numbered-line-naming-work-goes-on",
    ),
    pytest.param(  # a wrapped line opens at the item's own place: the item is the task
        "4. Các tỉnh, thành đoàn gửi báo cáo về Văn phòng Trung ương\nĐoàn trước ngày 15/6/2022.",
        "Các tỉnh, thành đoàn gửi báo cáo về Văn phòng Trung ương Đoàn",
        id="numbered-item-wrapped-at-a-capital-is-the-task",
    ),
    pytest.param(
        "4. Các tỉnh, thành đoàn gửi báo cáo về Văn phòng Trung ương,\n Ban Tổ chức trước ngày 15/6/2022.",
        "Các tỉnh, thành đoàn gửi báo cáo về Văn phòng Trung ương, Ban Tổ chức",
        id="numbered-line-ending-in-a-comma-goes-on",
    ),
]


def test_no_clause_of_a_letter_reaches_back_into_its_addressees() -> None:
    # Text converted with no blank lines: the date that opens the letter's first sentence is no
    # deadline, though "Kính gửi" ("gửi", to send) stands in the lines above it.
    letter = (
        "BAN CHẤP HÀNH TRUNG ƯƠNG\nSố: 10804-CV/TWĐTN-BTG\nV/v đẩy mạnh triển khai Cuộc thi\n"
        "Hà Nội, ngày 14 tháng 10 năm 2022\nKính gửi: Ban Thường vụ các tỉnh, thành đoàn\n"
        "Ngày 27/6/2022, Ban Bí thư Trung ương Đoàn đã ban hành Kế hoạch số 541a-KH/TWĐTN-BTG về\n"
        "tổ chức các hoạt động. Đề nghị các tỉnh gửi báo cáo trước ngày 9/11/2022.\n"
    )
    deadlines = vnplan.parse(letter).deadlines
    assert [(d.due.end.isoformat(), d.task) for d in deadlines] == [("2022-11-09", "các tỉnh gửi báo cáo")]


def test_a_date_across_a_page_break_reads_without_the_page_s_number() -> None:
    body = "I. NHIỆM VỤ\n1. Các huyện ủy gửi báo cáo về Ban Tổ chức Tỉnh ủy trước ngày\n\x0c2\n25/11/2017."
    deadlines = plan_of(body).deadlines
    assert [(d.due.text, str(d.due.end)) for d in deadlines] == [("trước ngày 25/11/2017", "2017-11-25")]


def test_a_time_of_day_leaves_the_qualifier_to_the_date() -> None:
    body = "Các tỉnh đoàn gửi báo cáo về Trung ương Đoàn trước 17h00 ngày 20/11/2017."
    assert [(d.relation, d.due.end.isoformat(), d.task) for d in plan_of(body).deadlines] == [
        ("before", "2017-11-20", "Các tỉnh đoàn gửi báo cáo về Trung ương Đoàn")
    ]


def test_a_recurrence_before_a_bracketed_date_makes_the_deadline_recur() -> None:
    deadlines = plan_of("Định kỳ hàng năm (trước ngày 15/11) báo cáo kết quả thực hiện về Sở.").deadlines
    assert [(d.relation, d.due.recurrence, d.due.end.isoformat()) for d in deadlines] == [
        ("before", "yearly", "2017-11-15")
    ]


@pytest.mark.parametrize(("body", "task"), TASKS)
def test_task(body: str, task: str) -> None:
    deadlines = plan_of(body).deadlines
    assert len(deadlines) == 1
    assert deadlines[0].task == task


@pytest.mark.parametrize(
    ("body", "tasks"),
    [
        pytest.param(
            "8. Sơ kết 02 năm thực hiện Chương trình. Thời gian:\n- Cấp huyện và tương đương (huyện ủy, thị"
            " ủy, thành ủy, đảng ủy trực thuộc):\nhoàn thành trong tháng 10/2018.\n"
            "- Cấp tỉnh: quý IV năm 2018.",
            ["Sơ kết 02 năm thực hiện Chương trình"] * 2,
            id="after-the-work-and-its-time-label",
        ),
        pytest.param(
            "2. Cập nhật biến động đảng viên.\n\nIII. THỜI GIAN THỰC HIỆN\n"
            "- Cấp cơ sở: từ ngày 21/10/2018 đến ngày 20/11/2018.\n- Cấp tỉnh: quý I năm 2019.",
            [None, None],
            id="under-a-heading-of-its-own",
        ),
    ],
)
def test_a_list_of_times_by_level_takes_the_work_named_before_it(body: str, tasks: list[str | None]) -> None:
    """Its items name no work: it is the one named before the list's "Thời gian:", not a sibling item's
    time; under a heading of its own, the work of the section above is not theirs."""
    assert [d.task for d in plan_of(body).deadlines] == tasks


@pytest.mark.parametrize(
    "addressees",
    [
        "Kính gửi: Ban Thường vụ các tỉnh, thành Đoàn và Đoàn trực thuộc",
        # a list
        "Kính gửi:\n- Ban Thường vụ các tỉnh, thành Đoàn;\n- Các Ban, đơn vị thuộc Trung ương Đoàn.",
    ],
)
def test_letter_binds_its_addressees(addressees: str) -> None:
    header = (
        "BAN CHẤP HÀNH TRUNG ƯƠNG\nSố: 851-CV/TWĐTN-CNĐT\nV/v triệu tập đại biểu\n\n"
        f"ĐOÀN TNCS HỒ CHÍ MINH\nHà Nội, ngày 05 tháng 5 năm 2023\n\n{addressees}\n\n"
    )
    plan = vnplan.parse(header + "Danh sách đại biểu gửi về Trung ương Đoàn trước ngày 09/5/2023.\n")
    assert [(d.level, d.due.end) for d in plan.deadlines] == [("tinh", date(2023, 5, 9))]


def test_level_from_issuer_is_reported() -> None:
    plan = plan_of("Báo cáo kết quả trước ngày 30/11/2017.")
    assert [d.level for d in plan.deadlines] == ["tinh"]
    assert "deadline.level_from_issuer" in {d.code for d in plan.diagnostics}


@pytest.mark.parametrize(
    ("issuer", "parent", "number", "issued_on", "level"),
    [
        ("TỈNH ỦY QUẢNG TRỊ", None, "62-KH/TU", date(2024, 3, 1), "tinh"),  # the code
        (
            "BCH ĐOÀN TRƯỜNG THPT HOÀNG VĂN THÁI",
            "HUYỆN ĐOÀN TIỀN HẢI",
            "12-KH/ĐTN",
            date(2024, 3, 1),
            "co_so",
        ),  # school Đoàn
        ("BAN THƯỜNG VỤ HUYỆN ĐOÀN TIỀN HẢI", None, "58-KH/HĐTN", date(2024, 3, 1), "huyen"),
        ("ỦY BAN NHÂN DÂN XÃ QUẢNG PHÚ", None, "150/QĐ-UBND", date(2024, 3, 1), "xa"),  # the name
        ("ỦY BAN NHÂN DÂN THỊ XÃ BUÔN HỒ", None, "215/KH-UBND", date(2025, 10, 2), "huyen"),  # no xã
        (
            "BAN THƯỜNG TRỰC",
            "ỦY BAN MTTQ VIỆT NAM TỈNH NGHỆ AN",
            "56/KH-MTTQ-BTT",
            date(2024, 3, 1),
            "tinh",
        ),  # the parent's
        (
            "ĐẢNG ỦY XÃ AN BÌNH",
            "ĐẢNG BỘ HUYỆN CHÂU THÀNH",
            "08-KH/ĐU",
            date(2024, 3, 1),
            "co_so",
        ),  # the code before the name
        (
            "ĐẢNG ỦY QUÂN SỰ TỈNH",
            "ĐẢNG BỘ QUÂN SỰ TỈNH THANH HÓA",
            "112-KH/ĐU",
            date(2024, 3, 11),
            "tinh",
        ),  # a Đảng ủy directly under the Tỉnh ủy writes ĐU too: its name's province
        (
            "ĐẢNG ỦY XÃ CAM LỘ",
            "ĐẢNG BỘ TỈNH QUẢNG TRỊ",
            "15-KH/ĐU",
            date(2025, 11, 14),
            "xa",
        ),  # after the 2025 reform
        (
            "BCH ĐOÀN KHỐI CÁC CƠ QUAN TỈNH",
            "TỈNH ĐOÀN HÀ TĨNH",
            "25-KH/ĐTN",
            date(2024, 8, 14),
            "huyen",
        ),  # a Đoàn Khối writes ĐTN as a base Đoàn does: its name's Khối
        (
            "BCH ĐOÀN BỆNH VIỆN ĐA KHOA TỈNH",
            "ĐOÀN KHỐI CÁC CƠ QUAN VÀ DOANH NGHIỆP TỈNH QUẢNG TRỊ",
            "12-KH/ĐTN",
            date(2024, 5, 16),
            "co_so",
        ),  # a base Đoàn whose name says a province: the code
        ("THƯỜNG TRỰC", "HĐND HUYỆN THANH OAI", "16/KH-HĐND", date(2024, 3, 12), "huyen"),  # a board
        ("BỘ CHỈ HUY QUÂN SỰ TỈNH NGHỆ AN", "BỘ TƯ LỆNH QUÂN KHU 4", "35/KH-BCH", date(2025, 1, 15), "tinh"),
        ("BAN CHỈ ĐẠO", "BAN CHẤP HÀNH TRUNG ƯƠNG", "479-KH/BCĐ-QCDC", date(2024, 3, 1), "trung_uong"),
        ("CĐCS CÔNG TY MAY AN DƯƠNG", "LĐLĐ TP HẢI PHÒNG", "38/KH-CĐCS", date(2025, 12, 15), "co_so"),
        ("TRƯỜNG MẦM NON HOA ĐÀO", "UBND PHƯỜNG PHÚC LỢI", "156/KH-MNHĐ", date(2025, 9, 10), "co_so"),
        ("TRƯỜNG THCS LÊ LỢI", None, "45/KH-THCS", date(2025, 9, 10), "co_so"),  # not "sở" of a Sở
        ("BẢO HIỂM XÃ HỘI TỈNH BÌNH ĐỊNH", None, "1187/KH-BHXH", date(2024, 5, 20), "tinh"),  # no commune
        ("LIÊN MINH HỢP TÁC XÃ TỈNH QUẢNG NGÃI", None, "45/KH-LMHTX", date(2024, 9, 6), "tinh"),
        ("CÔNG ĐOÀN NGÀNH GIÁO DỤC", "LĐLĐ TỈNH THANH HÓA", "45/KH-CĐN", date(2025, 9, 22), "tinh"),  # CĐN
        ("BAN CHỈ ĐẠO", None, "479-KH/BCĐ-QCDC", date(2024, 3, 1), None),
        # a local board whose letters are a ministry's code (BTC: Bộ Tài chính): the level above it says
        ("BAN TỔ CHỨC LỄ HỘI ĐỀN THƯỢNG", "UBND XÃ HÒA TIẾN", "02/KH-BTC", date(2024, 12, 10), "xa"),
        ("BỘ TÀI CHÍNH", None, "02/KH-BTC", date(2024, 12, 10), "trung_uong"),
        # an office of the body above is of its level
        ("PHÒNG DÂN TỘC", "UBND HUYỆN MÈO VẠC", "45/KH-PDT", date(2024, 9, 25), "huyen"),
        (
            "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG",
            "UBND HUYỆN CẨM XUYÊN",
            "08/KH-HĐTĐKT",
            date(2024, 3, 18),
            "huyen",
        ),
        ("PHÒNG CÔNG CHỨNG SỐ 1", "SỞ TƯ PHÁP TỈNH NGHỆ AN", "25/KH-PCC1", date(2025, 3, 3), "tinh"),
        ("VĂN PHÒNG", "UBND TỈNH THANH HÓA", "412/TB-VPUBND", date(2025, 12, 5), "tinh"),  # an office
        # a board that names its own place by name is of that place's level, not of the body above it
        ("BAN CHQS HUYỆN SƠN TÂY", "BỘ CHQS TỈNH QUẢNG NGÃI", "08/KH-BCH", date(2025, 1, 6), "huyen"),
        ("BAN CHỈ ĐẠO SẮP XẾP CẤP XÃ", "UBND HUYỆN KIM THÀNH", "12/KH-BCĐ", date(2025, 4, 2), "huyen"),
        # a province's department's sub-department is of the province; a central one's district office not
        ("CHI CỤC THỦY SẢN", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "215/KH-CCTS", date(2025, 10, 14), "tinh"),
        (
            "CHI CỤC THỐNG KÊ HUYỆN HẢI HẬU",
            "CỤC THỐNG KÊ TỈNH NAM ĐỊNH",
            "38/KH-CCTK",
            date(2024, 5, 2),
            "huyen",
        ),
        (
            "TRƯỜNG ĐẠI HỌC SƯ PHẠM HÀ NỘI 2",
            "BỘ GIÁO DỤC VÀ ĐÀO TẠO",
            "345/KH-ĐHSPHN2",
            date(2024, 3, 1),
            None,
        ),
    ],
)
def test_issuer_level(
    issuer: str, parent: str | None, number: str, issued_on: date, level: str | None
) -> None:
    found = vnplan.parse_number(number)
    assert issuer_level(vnplan.Organization(name=issuer, parent=parent), found, issued_on) == level


def test_a_bare_task_takes_the_work_named_above_not_an_item_number() -> None:
    body = (
        "I. THỜI GIAN TỔ CHỨC ĐẠI HỘI\n"
        "1. Đối với các chi bộ ấp: tổ chức đại hội xong trước ngày 31/3/2018.\n"
        "2. Đối với các chi bộ cơ quan: hoàn thành trong tháng 4/2018."
    )
    tasks = [d.task for d in plan_of(body).deadlines]
    assert tasks == ["tổ chức đại hội xong", "THỜI GIAN TỔ CHỨC ĐẠI HỘI"]  # not "2"


def test_a_second_obligation_of_a_labelled_item_binds_the_subject_after_the_label() -> None:
    body = (
        "4. Chế độ báo cáo: các huyện, thị, thành đoàn, đoàn trực thuộc báo cáo sơ kết (kèm hình ảnh)\n"
        "trước ngày 15/7/2017 và báo cáo tổng kết Chiến dịch trước ngày 20/8/2017."
    )
    assert [(d.level, d.due.end) for d in plan_of(body).deadlines] == [
        ("huyen", date(2017, 7, 15)),
        ("huyen", date(2017, 8, 20)),
    ]


def test_two_obligations_with_their_own_tasks() -> None:
    body = (
        "Các tỉnh, thành đoàn gửi bảng tổng hợp trước ngày 10/6/2017 và báo cáo kết quả trước ngày 30/6/2017."
    )
    deadlines = plan_of(body).deadlines
    assert [d.due.end for d in deadlines] == [date(2017, 6, 10), date(2017, 6, 30)]
    assert [d.task for d in deadlines] == ["Các tỉnh, thành đoàn gửi bảng tổng hợp", "báo cáo kết quả"]


# (body, the deadlines as (level, last day, task)): a task table written a cell a line, as a DOCX table's
# text reads; a date that fills a cell of its time column is a deadline of the row.
TASK_TABLES = [
    pytest.param(  # the unit's column after the time's (a wiki's table read a cell a line)
        "II. NHIỆM VỤ CỤ THỂ\n"
        "STT\nNội dung\nThời gian\nĐơn vị thực hiện\n"
        "1\nXây dựng kế hoạch tuyên truyền\nTrước 20/9/2017\nUBND các xã thuộc diện sắp xếp\n"
        "2\nXây dựng dự thảo Đề án\nChậm nhất ngày 05/10/2017\nPhòng Nội vụ các huyện\n",
        [
            ("xa", date(2017, 9, 20), "Xây dựng kế hoạch tuyên truyền"),
            ("huyen", date(2017, 10, 5), "Xây dựng dự thảo Đề án"),
        ],
        id="the-unit-s-column-after-the-time-s",
    ),
    pytest.param(
        "II. NHIỆM VỤ CỤ THỂ\n"
        "STT\nNội dung\nĐơn vị thực hiện\nThời gian hoàn thành\n"
        "1\nTham mưu ban hành kế hoạch năm 2017\nPhòng GDĐT các huyện, thị xã, thành phố\n"
        "Trước ngày 05/10/2017\n"
        "2\n- Kiểm tra các xã;\n- Hoàn thiện hồ sơ.\nUBND các xã, phường, thị trấn\nTháng 11/2017\n"
        "3\nTổng hợp, báo cáo UBND tỉnh\nVăn phòng Tỉnh ủy\nQuý I/2018\n"
        "4\nTheo dõi, đôn đốc\nCác ban\nThường xuyên\n",
        [
            ("huyen", date(2017, 10, 5), "Tham mưu ban hành kế hoạch năm 2017"),
            ("xa", date(2017, 11, 30), "Kiểm tra các xã; - Hoàn thiện hồ sơ."),  # two lines, one cell
            ("tinh", date(2018, 3, 31), "Tổng hợp, báo cáo UBND tỉnh"),  # no level named: the issuer's
        ],
        id="cells-a-line",
    ),
    pytest.param(
        "II. NHIỆM VỤ CỤ THỂ\n"
        "TT\nNội dung công việc\nĐơn vị chủ trì\nĐơn vị phối hợp\nThời gian\nGhi chú\n"
        "1\nXây dựng kế hoạch\nBan Tuyên giáo\nCác huyện ủy\nTháng 10/2017\n",
        [("tinh", date(2017, 10, 31), "Xây dựng kế hoạch")],  # the unit is the first cell after the task
        id="a-partner-column-and-a-note-column",
    ),
    pytest.param(
        "II. NHIỆM VỤ CỤ THỂ\nNội dung\nThời gian\n1\nTổng kết\nTháng 12/2017\n",
        [("tinh", date(2017, 12, 31), "Tổng kết")],
        id="no-unit-column",
    ),
    pytest.param(
        "II. LỘ TRÌNH\nTT\nNội dung\nĐơn vị thực hiện\nThời gian\n"
        "1\nXây dựng kế hoạch, hướng dẫn cơ sở Hội tổ\nchức sơ kết\nHội LHPN các huyện, thị\nxã, thành phố\n"
        "Trước ngày 30/8/2017\n"
        "2\nGửi báo cáo sơ kết cấp huyện về Ban Thường vụ\nHội LHPN tỉnh (qua Ban Tổ chức)\n"
        "Hội LHPN các huyện, thị\nxã, thành phố\nTừ ngày 01/10 đến ngày\n20/10/2017\n",
        [
            ("huyen", date(2017, 8, 30), "Xây dựng kế hoạch, hướng dẫn cơ sở Hội tổ chức sơ kết"),
            (
                "huyen",
                date(2017, 10, 20),
                "Gửi báo cáo sơ kết cấp huyện về Ban Thường vụ Hội LHPN tỉnh (qua Ban Tổ chức)",
            ),
        ],
        id="cells-wrapped-by-a-pdf-conversion",
    ),
    pytest.param(
        "II. NHIỆM VỤ\nSTT\nNhiệm vụ\nĐơn vị chủ trì\nThời gian hoàn thành\n"
        "1\nThành lập tổ tự quản về môi trường\nUBND cấp xã\nHoàn thành trong tháng 10/2017\n\n"
        "III. TỔ CHỨC THỰC HIỆN\n1. Chi cục Bảo vệ môi trường\n"
        "Chủ trì, phối hợp với Phòng Tài nguyên và Môi trường các huyện kiểm tra, hoàn thành\n"
        "vào cuối tháng 11/2017.\n",
        [
            ("xa", date(2017, 10, 31), "Thành lập tổ tự quản về môi trường"),
            (  # no row of the table: the unit that leads, not its partner ("phối hợp với ...")
                "tinh",
                date(2017, 11, 30),
                "Chi cục Bảo vệ môi trường Chủ trì, phối hợp với Phòng Tài nguyên và Môi trường các huyện"
                " kiểm tra",
            ),
        ],
        id="a-completing-word-in-the-cell-and-a-paragraph-after-the-table",
    ),
    pytest.param(
        "3. Thời gian huấn luyện các đối tượng:\n\n"
        "TT\tĐối tượng huấn luyện\tĐơn vị tổ chức\tThời gian\tGhi chú\n\n"
        "1\tDân quân năm thứ nhất\tBan CHQS huyện, thị xã, thành phố\tTừ ngày 03/3 đến ngày 30/4/2017\t"
        "Tập trung\n\n"
        "2\tDân quân tại chỗ\tBan CHQS xã, phường, thị trấn\tTrước ngày 30/6/2017\t\n",
        [
            ("huyen", date(2017, 4, 30), "Dân quân năm thứ nhất"),
            ("xa", date(2017, 6, 30), "Dân quân tại chỗ"),
        ],
        id="cells-parted-by-tabs",
    ),
    pytest.param(
        "PHỤ LỤC\nSTT\tNội dung nhiệm vụ\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian hoàn thành\n"
        "1\tTổ chức Lễ hưởng ứng Ngày Pháp luật\tVăn phòng Bộ\tCông đoàn Bộ\tNgày 08/11/2017\n"
        "2\tTổ chức tọa đàm khoa học\tTrường Đại học Luật\tCác vụ\tQuý IV/2017\n"
        "3\tTổ chức Lễ tổng kết\tVăn phòng Bộ\tCác vụ\tTrước ngày 15/12/2017\n",
        [  # the day of a ceremony is no deadline; a ceremony to hold before a day is
            ("tinh", date(2017, 12, 31), "Tổ chức tọa đàm khoa học"),
            ("tinh", date(2017, 12, 15), "Tổ chức Lễ tổng kết"),
        ],
        id="the-day-of-an-event-in-the-time-column",
    ),
    pytest.param(
        "PHỤ LỤC\nSTT;Nội dung;Đơn vị thực hiện;Thời gian\n"
        "I;HOẠT ĐỘNG THÁNG 6;;\n"
        '1;"Đăng ký danh sách ""Giọt hồng""; nộp về Đoàn";Các chi đoàn;Trước ngày 10/6/2017\n'
        "2;Khám bệnh miễn phí tại xã Gio Mỹ;Chi đoàn Khối Nội;Thứ Bảy, 20/7/2017\n"
        ';;;\n3;"Sinh hoạt chuyên đề\ntại khoa";Các chi đoàn;Từ 01/7 đến 15/7/2017\n',
        [  # cells parted by semicolons, quoted where they hold one or a line break; a day named with its
            # weekday is the day an activity is held
            ("co_so", date(2017, 6, 10), 'Đăng ký danh sách "Giọt hồng" ; nộp về Đoàn'),
            ("co_so", date(2017, 7, 15), "Sinh hoạt chuyên đề tại khoa"),
        ],
        id="a-csv-table-with-semicolons",
    ),
    pytest.param(
        "II. NỘI DUNG\n"
        "┌────┬────────────────────────────┬────────────────────┬───────────────┐\n"
        "│ TT │ Nội dung công việc         │ Đơn vị thực hiện   │ Thời gian     │\n"
        "│    │                            │                    │ hoàn thành    │\n"
        "├────┼────────────────────────────┼────────────────────┼───────────────┤\n"
        "│ 1  │ Xác nhận danh sách hộ vay  │ UBND các xã, thị   │ Trong tháng   │\n"
        "│    │ chây ỳ                     │ trấn               │ 4/2024        │\n"
        "├────┼────────────────────────────┼────────────────────┼───────────────┤\n"
        "│ 2  │ Sơ kết 6 tháng, báo cáo    │ UBND huyện         │ Đầu tháng     │\n"
        "│    │ Chi nhánh tỉnh             │                    │ 7/2024        │\n"
        "└────┴────────────────────────────┴────────────────────┴───────────────┘\n",
        [  # a table a text renderer drew with box-drawing lines: read as a grid table, a cell at a time
            ("xa", date(2024, 4, 30), "Xác nhận danh sách hộ vay chây ỳ"),
            ("huyen", date(2024, 7, 10), "Sơ kết 6 tháng, báo cáo Chi nhánh tỉnh"),
        ],
        id="a-table-drawn-with-box-drawing-lines",
    ),
    pytest.param(
        'PHỤ LỤC\t\t\t\nSTT\tNội dung\tĐơn vị thực hiện\t"Thời hạn\n(hoàn thành)"\n'
        "I\tCông tác chuẩn bị\t\t\n"
        '1\tRà soát thông tin người nộp thuế\t"Phòng QLHKD (chủ trì);\nThuế cơ sở"\t'
        '"Từ 05/01/2026\nđến 28/02/2026"\n'
        '2\t"Đăng tải tài liệu ""Hỏi - đáp"";\nvideo hướng dẫn"\tThuế cơ sở\tTrong tháng 01/2026\n'
        "3\tKiểm tra hồ sơ hoàn thuế\tThuế cơ sở\tQuý II/2026\n",
        [  # a spreadsheet's rows copied as text: tabs part the cells, and a cell that holds a line break or a
            # quote is set in quotes (its quotes doubled), its record then runs over several lines
            ("co_so", date(2026, 2, 28), "Rà soát thông tin người nộp thuế"),
            ("co_so", date(2026, 1, 31), 'Đăng tải tài liệu "Hỏi - đáp" ; video hướng dẫn'),
            ("co_so", date(2026, 6, 30), "Kiểm tra hồ sơ hoàn thuế"),
        ],
        id="a-spreadsheet-copy-with-quoted-cells",
    ),
    pytest.param(
        "PHỤ LỤC\n| STT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành |\n"
        "|---|---|---|---|---|\n"
        "| 1 | Rà soát người có uy tín | UBND các xã, phường, thị trấn | Ban Công tác Mặt trận;<br>Công an xã"
        " | Trước ngày 15/4/2017 |\n"
        "| 2 | Thẩm định hồ sơ | UBND các huyện, thành phố | Phòng Dân tộc;<br>Công an huyện | Chậm nhất ngày"
        " 30/4/2017 |\n",
        [  # a <br> inside a cell of a Markdown task table keeps the cell one line: the columns stay in place
            ("xa", date(2017, 4, 15), "Rà soát người có uy tín"),
            ("huyen", date(2017, 4, 30), "Thẩm định hồ sơ"),
        ],
        id="a-markdown-table-with-line-breaks-in-its-cells",
    ),
    pytest.param(
        "PHỤ LỤC\n| STT | Nội dung | Đơn vị chủ trì | Thời gian hoàn thành |\n|---|---|---|---|\n"
        "| 1 | Báo cáo kết quả | UBND các huyện, thành phố | - Báo cáo 6 tháng: trước ngày 10/6/2017<br>"
        "- Báo cáo năm: trước ngày 05/12/2017 |\n",
        [  # a time cell listing labelled times: each a deadline of the row
            ("huyen", date(2017, 6, 10), "Báo cáo kết quả"),
            ("huyen", date(2017, 12, 5), "Báo cáo kết quả"),
        ],
        id="a-time-cell-of-labelled-times",
    ),
    pytest.param(
        "II. LỊCH NỘP TỜ KHAI\n| STT | Loại tờ khai | Kỳ tính thuế | Hạn nộp |\n|---|---|---|---|\n"
        "| 1 | Tạm nộp thuế TNDN quý III/2017 | Quý III/2017 | 30/10/2017 |\n"
        "| 2 | Quyết toán thuế TNCN năm 2017 | Năm 2017 | 04/5/2018 (\\*) |\n",
        [  # a calendar of filings: the limit's column "Hạn nộp"; the period a filing covers is none, in its
            # own column or in the task's; a note's mark after a limit
            ("tinh", date(2017, 10, 30), "Tạm nộp thuế TNDN quý III/2017"),
            ("tinh", date(2018, 5, 4), "Quyết toán thuế TNCN năm 2017"),
        ],
        id="a-calendar-of-filings",
    ),
    pytest.param(
        "II. NHIỆM VỤ\n| TT | Nội dung | Phòng chủ trì | Thời gian thực hiện | Thời hạn hoàn thành |\n"
        "|----|----------|---------------|---------------------|---------------------|\n"
        "| 1 | Xây dựng kịch bản phóng sự | Phòng Chuyên đề | Tháng 12/2025 | Trước 31/12/2025 |\n"
        "| 2 | Sản xuất clip ngắn tuyên truyền | Phòng Văn nghệ | Từ 15/12/2025 đến 10/01/2026 |"
        " 10/01/2026 |\n",
        [  # a body's own departments as the unit column ("Phòng chủ trì", the level the issuer's): a date
            # alone in the limit's column is the row's limit, not an event
            ("tinh", date(2025, 12, 31), "Xây dựng kịch bản phóng sự"),
            ("tinh", date(2026, 1, 10), "Sản xuất clip ngắn tuyên truyền"),
        ],
        id="a-markdown-table-whose-unit-column-names-departments",
    ),
    pytest.param(
        "PHỤ LỤC\n| **TT** | **Nội dung công việc** | **Đơn vị chủ trì** |"
        " **Thời gian thực hiện/<br>hoàn thành** |\n"
        "| --- | --- | --- | --- |\n"
        "| 1 | Nhân rộng mô hình dân vận khéo | Các đảng ủy, chi bộ cơ sở | Tháng 10-12/2024 |\n",
        [  # a <br> in a header cell keeps the column's name one line: "Thời gian thực hiện/ hoàn thành"
            ("co_so", date(2024, 12, 31), "Nhân rộng mô hình dân vận khéo"),
        ],
        id="a-markdown-header-cell-with-a-line-break",
    ),
    pytest.param(
        "I. NHIỆM VỤ\nCác phòng thực hiện theo bảng sau:\n"
        "STT\nThời gian\nNội dung công việc\nĐơn vị chủ trì\nĐơn vị phối hợp\n\n"
        "1\nTrước ngày 15/10/2017\nXây dựng kế hoạch tổ chức Tuần lễ Văn hóa\nPhòng Quản lý văn hóa\n"
        "Các phòng\n\n"
        "2\nTháng 11/2017\nTổ chức kiểm tra các điểm di tích\nUBND các huyện, thị xã\nPhòng Quản lý di sản\n",
        [  # the time column first: the row's cells after it
            ("tinh", date(2017, 10, 15), "Xây dựng kế hoạch tổ chức Tuần lễ Văn hóa"),
            ("huyen", date(2017, 11, 30), "Tổ chức kiểm tra các điểm di tích"),
        ],
        id="the-time-column-first",
    ),
    pytest.param(
        "III. PHÂN CÔNG NHIỆM VỤ\n\n"
        "Nhiệm vụ: Tổ chức sơ tuyển sức khỏe tại xã, phường\nĐơn vị chủ trì: Ban CHQS các xã, phường\n"
        "Đơn vị phối hợp: Trạm Y tế xã, phường\nThời hạn hoàn thành: Từ ngày 01/11 đến ngày 15/11/2025\n\n"
        "Nhiệm vụ: Khám sức khỏe nghĩa vụ quân sự\nĐơn vị chủ trì: Sở Y tế\n"
        "Đơn vị phối hợp: Hội đồng nghĩa vụ quân sự các xã\nThời hạn hoàn thành: Trong tháng 12/2025\n\n"
        "- Thời gian: trước ngày 20/12/2025\n- Đơn vị chủ trì: UBND các xã\n- Nội dung: Báo cáo kết quả\n",
        [  # records of labelled fields, as an e-office system exports the work: the lead's field, not
            # the partners' next to the time
            ("xa", date(2025, 11, 15), "Tổ chức sơ tuyển sức khỏe tại xã, phường"),
            ("tinh", date(2025, 12, 31), "Khám sức khỏe nghĩa vụ quân sự"),
            ("xa", date(2025, 12, 20), "Báo cáo kết quả"),
        ],
        id="records-of-labelled-fields",
    ),
]


@pytest.mark.parametrize(("body", "expected"), TASK_TABLES)
def test_a_date_in_a_task_table_s_time_column(body: str, expected: list[tuple[str, date, str]]) -> None:
    assert [(d.level, d.due.end, d.task) for d in plan_of(body).deadlines] == expected


# (body, level, level text): a deadline that names no level takes the one of the heading it lies under,
# not of an item beside it ("2.1." is beside "2.2.", under "2.").
UNDER_HEADINGS = [
    pytest.param(  # a section whose heading names the level its work is done at
        "2. Tổ chức rà soát tại cấp xã\n- Kết quả sơ bộ gửi về Phòng Lao động chậm nhất ngày 20/11/2017.",
        "xa",
        "cấp xã",
        id="the-level-a-section-s-work-is-done-at",
    ),
    pytest.param(
        "2. Cấp huyện\n2.1. Cấp cơ sở tổ chức hội nghị.\n2.2. Các đơn vị báo cáo trước ngày 20/3/2018.",
        "huyen",
        "Cấp huyện",
        id="numbered-item-beside",
    ),
    pytest.param(
        "1. Cấp huyện\na) Cấp cơ sở: tổ chức hội nghị.\nb) Báo cáo kết quả trước ngày 20/3/2018.",
        "huyen",
        "Cấp huyện",
        id="lettered-item-beside",
    ),
    pytest.param(
        "III. TỔ CHỨC THỰC HIỆN\n1. Cấp cơ sở tổ chức hội nghị.\n2. Các đơn vị báo cáo trước ngày 20/3/2018.",
        "tinh",  # the issuer's own: Tỉnh ủy
        None,
        id="section-heading-names-none",
    ),
    pytest.param(
        "1. Cấp cơ sở\n- Thời gian: tổ chức xong trước ngày 20/3/2018.",
        "co_so",
        "Cấp cơ sở",
        id="bullet-under-its-heading",
    ),
    pytest.param(  # a window to work in, its "trong" the date's own qualifier
        "3. Chi hội phụ nữ các thôn, xóm\n- Tổ chức sinh hoạt chuyên đề ít nhất 01 lần trong quý IV/2017.",
        "co_so",
        "Chi hội",
        id="a-window-under-its-level-s-heading",
    ),
    pytest.param(  # the heading line has no stop: the sentence runs through it, and "về" in it is no receiver
        "1. Rà soát hộ cần hỗ trợ về nhà ở\nỦy ban MTTQ các xã, phường, thị trấn chủ trì, lập danh sách; "
        "hoàn thành trong thời gian từ ngày 01/10 đến ngày 30/10/2017.",
        "xa",
        "xã, phường, thị trấn",
        id="paragraph-under-a-heading-line",
    ),
    pytest.param(  # a list's label and colon, with no number, over its bulleted items (a post on Zalo)
        "I. NHIỆM VỤ\n👉 *Các tổ dân phố (42 tổ):*\n✅ Phát động tổng vệ sinh.\n"
        "✅ Rà soát hộ gia đình, gửi về Trạm Y tế phường trước ngày 25/3/2026.",
        "co_so",
        "Các tổ dân phố",
        id="a-list-under-its-label",
    ),
    pytest.param(  # a blank line after the label: no list of its
        "I. NHIỆM VỤ\nCác tổ dân phố:\n\n- Trạm Y tế rà soát hộ gia đình trước ngày 25/3/2026.",
        "tinh",  # the issuer's own: Tỉnh ủy
        None,
        id="a-label-a-blank-line-above",
    ),
    pytest.param(  # a bullet of another kind over the list's bullets: its label (a slide's outline)
        "IV. TỔ CHỨC THỰC HIỆN\n\t• UBND các xã, phường\n\t\t– Chỉ đạo thú y viên tiêm đúng tiến độ.\n"
        "\t\t– Báo cáo kết quả tiêm phòng về Sở chậm nhất ngày 05/11/2017.",
        "xa",
        "UBND các xã",
        id="a-list-under-a-bullet-of-another-kind",
    ),
    pytest.param(  # ... that names no level: the search goes on up to the label above it
        "I. NHIỆM VỤ\nCác tổ dân phố:\n• Vệ sinh\n- Rà soát hộ gia đình trước ngày 25/3/2018.",
        "co_so",
        "Các tổ dân phố",
        id="a-bullet-of-another-kind-naming-no-level",
    ),
]


@pytest.mark.parametrize(("body", "level", "level_text"), UNDER_HEADINGS)
def test_level_of_the_heading_above(body: str, level: str, level_text: str | None) -> None:
    assert [(d.level, d.level_text) for d in plan_of(body).deadlines] == [(level, level_text)]


# (body, the deadlines' tasks): a deadline joined to the one before by a conjunction only shares its task.
SHARED_TASKS = [
    pytest.param(
        "UBND các huyện báo cáo định kỳ 6 tháng (trước ngày 15/6) và hằng năm (trước ngày 15/12).",
        ["UBND các huyện báo cáo", "UBND các huyện báo cáo"],
        id="recurring-reports-joined-by-va",
    ),
    pytest.param(
        "Các huyện ủy báo cáo định kỳ 6 tháng (trước ngày 15/6 và 15/12).",
        ["Các huyện ủy báo cáo", "Các huyện ủy báo cáo"],
        id="days-listed-in-parentheses",
    ),
    pytest.param(
        "Các huyện ủy báo cáo trước ngày 15/10/2017 và 15/11/2017.",
        ["Các huyện ủy báo cáo", "Các huyện ủy báo cáo"],
        id="second-day-of-a-list",
    ),
    pytest.param(
        "Các tỉnh gửi báo cáo trước ngày 10/6/2017, hoặc chậm nhất trước ngày 30/6/2017.",
        ["Các tỉnh gửi báo cáo", "Các tỉnh gửi báo cáo"],
        id="second-date-joined-by-hoac",
    ),
    pytest.param(
        "Các tỉnh gửi bảng tổng hợp trước ngày 10/6/2017 và báo cáo kết quả trước ngày 30/6/2017.",
        ["Các tỉnh gửi bảng tổng hợp", "báo cáo kết quả"],
        id="a-task-of-its-own-is-kept",
    ),
]


@pytest.mark.parametrize(("body", "tasks"), SHARED_TASKS)
def test_a_deadline_joined_to_the_one_before_shares_its_task(body: str, tasks: list[str]) -> None:
    assert [d.task for d in plan_of(body).deadlines] == tasks


def test_level_text_is_the_level_line_as_written() -> None:
    body = (
        "- Cấp huyện, thị, thành uỷ, Đảng uỷ trực thuộc: Xây dựng kế hoạch hướng dẫn cơ sở thực hiện.\n"
        "(Báo cáo tổng kết gửi về Ban Thường vụ Tỉnh uỷ trước ngày 17/11/2017)."
    )
    (deadline,) = plan_of(body).deadlines
    assert (deadline.level, deadline.level_text) == ("huyen", "Cấp huyện, thị, thành uỷ, Đảng uỷ trực thuộc")


@pytest.mark.parametrize(
    "before",
    [
        "x" * 80 + ": \n\n",  # a label's colon, then a blank line: one break, not two
        "Hoàn thành;" + " " * 70 + "trước",
        "a" * 50 + ".\n  \n" + "b" * 30 + ", riêng việc",
        "c" * 40 + ".\n\n\n- " + "d" * 40,
        "- Cấp tỉnh:\t\n" + "." * 90,
        "1. Tổng kết\n2.1. Cấp cơ sở: " + "y" * 58,
        "z" * 400,
        "Thực hiện thường xuyên, riêng việc" + ", đ" * 30,  # commas: candidates that are no break
        "e, " * 40 + ",\t RIÊNG",
        ".,;:\n \t?!" * 15,
        "1.2.\n- a: \n, riêng, Riêng,riêng\n\n" + "f " * 40,
    ],
)
def test_clause_start_is_the_last_break_of_the_window(before: str) -> None:
    """The clause (sentence) start read from the last 60 characters first is the one of the whole window."""
    from vnplan import deadlines  # noqa: PLC0415

    key = before + " 30/6"
    for pos in range(max(0, len(before) - 100), len(before) + 1):
        for pattern, reach, start_of in [
            (deadlines._CLAUSE_START_RE, 300, deadlines._clause_start),
            (deadlines._SENTENCE_START_RE, 600, deadlines._sentence_start),
        ]:
            window_start = max(0, pos - reach)
            ends = [m.end() for m in pattern.finditer(key, window_start, pos)]
            assert start_of(key, pos, 0) == (ends[-1] if ends else window_start)


@pytest.mark.parametrize(
    "text",
    ["cấp tỉnh", "CẤP\u3000TỈNH", "Cấp  Tỉnh", "Cấp Huyện, Thị, Thành Ủy", "ĐẢNG ỦY KHỐI", "cấp xã, İ"],
)
def test_level_in_is_the_named_alternative(text: str) -> None:
    """``level_in`` reads the level off the matched words' fold; the named alternation says the same."""
    from vnplan import deadlines  # noqa: PLC0415

    words = deadlines._level_words()
    named, levels = words.named, words.levels
    which = named.search(text)
    assert which is not None and which.lastgroup is not None
    assert level_in(text) == (levels[int(which.lastgroup[1:])], which.group())


def _random_texts(
    pieces: list[str], *, seed: int, count: int, longest: int
) -> Iterator[tuple[random.Random, str]]:
    """``count`` texts of up to ``longest`` random ``pieces``, each with the generator that made it
    (the tests draw their bounds from it too), the same on every run."""
    rng = random.Random(seed)
    for _ in range(count):
        yield rng, "".join(rng.choice(pieces) for _ in range(rng.randint(0, longest)))


def test_clause_and_sentence_starts_are_the_last_breaks_of_random_texts() -> None:
    """The breaks read back from ``re`` candidates are those of the patterns' ``finditer``."""
    from vnplan import deadlines  # noqa: PLC0415

    pieces = [*".;!?:,\n \t\u3000\x85-+•1١xĐr()ổ", "2.", "a)", "đ)", "riêng", "RIÊNG", "riêngx"]
    for rng, key in _random_texts(pieces, seed=5, count=400, longest=120):
        for pos in range(len(key) + 1):
            for pattern, reach, start_of in [
                (deadlines._CLAUSE_START_RE, 300, deadlines._clause_start),
                (deadlines._SENTENCE_START_RE, 600, deadlines._sentence_start),
            ]:
                floor = rng.randint(0, pos)
                window_start = max(floor, pos - reach)
                ends = [m.end() for m in pattern.finditer(key, window_start, pos)]
                assert start_of(key, pos, floor) == (ends[-1] if ends else window_start), (key, pos, floor)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Kính gửi: Ban Thường vụ các tỉnh, thành đoàn\n", "tinh"),
        ("KÍNH GỬI: các huyện ủy\n", "huyen"),
        ("\u212aính gửi: Ban Thường vụ các tỉnh, thành đoàn\n", "tinh"),  # KELVIN SIGN: k for the pattern
        ("Gửi: Ban Thường vụ các tỉnh, thành đoàn\n", None),
    ],
)
def test_addressee_level(text: str, level: str | None) -> None:
    from vnplan.deadlines import addressee_level  # noqa: PLC0415
    from vnplan.normalise import normalise  # noqa: PLC0415

    src = normalise(text)
    assert addressee_level(src, 0, len(src.key)) == level


def test_label_at_is_the_label_pattern_of_random_lines() -> None:
    """``_label_at`` skips lines without a colon before any line break: the pattern agrees."""
    from vnplan import deadlines  # noqa: PLC0415

    pieces = [*":\n \t-+•.)1xđIV", "Cấp tỉnh", "a)", "2.1.", "\n- ", "ab:", "\u3000"]
    for rng, key in _random_texts(pieces, seed=7, count=300, longest=60):
        for start in range(len(key) + 1):
            for end in (len(key), rng.randint(start, len(key))):
                found = deadlines._label_at(key, start, end)
                expected = deadlines._LABEL_RE.match(key, start, min(end, start + deadlines._LABEL_REACH))
                assert (found and found.span()) == (expected and expected.span()), (key, start, end)


def test_citation_gap_marks_are_a_gap() -> None:
    """A gap of only these characters is one the pattern takes whole: ``_is_citation_date`` skips it."""
    from vnplan import deadlines  # noqa: PLC0415

    assert all(deadlines._CITATION_GAP_RE.fullmatch(c * 3) for c in " \t\n,;:(")
