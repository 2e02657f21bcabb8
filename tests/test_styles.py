"""Whole plans written in the styles of offices the corpus does not hold (tests/fixtures/styles).

Each row says what the plan must parse to: the header, the deadlines as (level, last day, task), the
recipients and the signer. A task of ``None`` is not checked (a table's row, read with its cells).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import NamedTuple

import pytest

import vnplan

STYLES = Path(__file__).resolve().parent / "fixtures" / "styles"


class Expected(NamedTuple):
    number: str | None  # None: a draft's blank serial
    issuer: str
    parent: str | None
    place: str
    issued_on: date | None  # None: a draft's blank day
    title: str
    deadlines: list[tuple[str | None, date, str | None]]
    recipients: list[str]
    signer: tuple[str | None, str | None, str | None, str | None] | None  # mode, authority, position, name


PLANS = {
    "ubnd_tinh": Expected(
        "123/KH-UBND",
        "ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM",
        None,
        "Quảng Nam",
        date(2023, 3, 15),
        "Triển khai thực hiện Chương trình chuyển đổi số năm 2023",
        [
            (
                "tinh",
                date(2023, 12, 15),
                "Sở Thông tin và Truyền thông chủ trì, tổng hợp báo cáo kết quả về UBND tỉnh",
            ),
            ("huyen", date(2023, 6, 15), "UBND các huyện, thị xã, thành phố báo cáo"),
            ("huyen", date(2023, 12, 15), "UBND các huyện, thị xã, thành phố báo cáo"),
        ],
        [
            "Bộ TT&TT (b/c)",
            "TT Tỉnh ủy, TT HĐND tỉnh (b/c)",
            "CT, các PCT UBND tỉnh",
            "Các Sở, ban, ngành",
            "UBND các huyện, thị xã, thành phố",
            "Lưu: VT, KGVX",
        ],
        ("KT", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Văn Tân"),
    ),
    "huyen_uy": Expected(
        "45-KH/HU",
        "HUYỆN ỦY TÂY SƠN",
        "ĐẢNG BỘ TỈNH BÌNH ĐỊNH",
        "Tây Sơn",
        date(2024, 1, 5),
        "tổ chức Hội nghị sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội Đảng bộ huyện lần thứ XX, "
        "nhiệm kỳ 2020 - 2025",
        [
            ("co_so", date(2024, 3, 31), "tổ chức sơ kết xong"),
            ("co_so", date(2024, 4, 10), "báo cáo kết quả về Ban Thường vụ Huyện ủy"),
            ("huyen", date(2024, 5, 31), "tổ chức hội nghị sơ kết"),
        ],
        [
            "Thường trực Tỉnh ủy (b/c)",
            "Văn phòng Tỉnh ủy (b/c)",
            "Các đ/c Huyện ủy viên",
            "Các chi, đảng bộ cơ sở",
            "Lưu Văn phòng Huyện ủy",
        ],
        ("TM", "BAN THƯỜNG VỤ", "PHÓ BÍ THƯ THƯỜNG TRỰC", "Nguyễn Văn Hùng"),
    ),
    "hoi_lhpn_tinh": Expected(
        "15/KH-HPN",
        "HỘI LHPN TỈNH THANH HÓA",
        "HỘI LHPN VIỆT NAM",
        "Thanh Hóa",
        date(2024, 2, 12),
        "Tổ chức các hoạt động kỷ niệm 114 năm Ngày Quốc tế Phụ nữ 8/3 và 1984 năm khởi nghĩa Hai Bà Trưng",
        [
            ("huyen", date(2024, 3, 20), None),
            ("co_so", date(2024, 3, 31), "Hội LHPN cơ sở tổ chức các hoạt động phù hợp"),
        ],
        [
            "TW Hội LHPN Việt Nam (b/c)",
            "Ban Dân vận Tỉnh ủy (b/c)",
            "Hội LHPN các huyện, thị xã, thành phố",
            "Lưu: VT, TG",
        ],
        ("TM", "BAN THƯỜNG VỤ", "CHỦ TỊCH", "Lê Thị Hoa"),
    ),
    "so_noi_vu": Expected(
        "1234/KH-SNV",
        "SỞ NỘI VỤ",
        "UBND TỈNH ĐỒNG NAI",
        "Đồng Nai",
        date(2023, 4, 20),
        "Cải cách hành chính năm 2023 của Sở Nội vụ",
        [  # the table's rows, a cell a line once its pipes are line breaks: each row's task cell
            ("tinh", date(2023, 6, 30), "Rà soát thủ tục hành chính"),
            ("tinh", date(2023, 6, 15), "Báo cáo cải cách hành chính 6 tháng"),
            ("tinh", date(2023, 12, 15), "Báo cáo năm"),
            (
                "tinh",
                date(2023, 5, 10),  # "trước ngày 10 hằng tháng": the first 10th after 20 April
                "Các phòng, đơn vị thuộc Sở triển khai thực hiện, báo cáo kết quả về Văn phòng Sở",
            ),
        ],
        ["UBND tỉnh (b/c)", "Giám đốc, các PGĐ Sở", "Các phòng, đơn vị thuộc Sở", "Lưu: VT, CCHC"],
        ("KT", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Thị Lan"),
    ),
    "dang_uy_xa": Expected(
        "08-KH/ĐU",
        "ĐẢNG ỦY XÃ AN BÌNH",
        "ĐẢNG BỘ HUYỆN CHÂU THÀNH",
        "An Bình",
        date(2024, 6, 3),
        "TỔ CHỨC ĐẠI HỘI CHI BỘ TRỰC THUỘC NHIỆM KỲ 2025 - 2027",
        [
            ("co_so", date(2025, 3, 31), "tổ chức đại hội xong"),
            ("co_so", date(2025, 4, 30), "THỜI GIAN TỔ CHỨC ĐẠI HỘI"),
        ],
        ["Ban Thường vụ Huyện ủy (b/c)", "Các chi bộ trực thuộc", "Lưu VP"],
        ("TM", "ĐẢNG ỦY", "BÍ THƯ", "Trần Minh Tâm"),
    ),
    "ubnd_huyen_pdftotext_layout": Expected(
        "215/KH-UBND",
        "ỦY BAN NHÂN DÂN HUYỆN ĐỨC TRỌNG",
        None,
        "Đức Trọng",
        date(2023, 9, 12),
        "Tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2023",
        [
            ("xa", date(2023, 11, 15), "UBND các xã, thị trấn tổ chức Ngày hội ở khu dân cư"),
            ("huyen", date(2023, 11, 25), "Phòng Văn hóa - Thông tin tổng hợp, báo cáo UBND huyện"),
        ],
        ["UBND tỉnh (b/c)", "TT Huyện ủy, TT HĐND huyện", "UBND các xã, thị trấn", "Lưu: VT, VHTT"],
        ("KT", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn Bình"),
    ),
    "bo_cong_van_markdown": Expected(
        "2345/BGDĐT-GDTC",
        "BỘ GIÁO DỤC VÀ ĐÀO TẠO",
        None,
        "Hà Nội",
        date(2023, 5, 15),
        "hướng dẫn tổ chức Hội khỏe Phù Đổng năm học 2023-2024",
        [
            ("tinh", date(2023, 11, 30), "Các Sở GDĐT tổ chức Hội khỏe Phù Đổng cấp tỉnh xong"),
            ("tinh", date(2023, 12, 15), "Gửi báo cáo kết quả về Bộ"),
        ],
        ["Như trên", "Bộ trưởng (để b/c)", "Lưu: VT, Vụ GDTC"],
        ("KT", "BỘ TRƯỞNG", "THỨ TRƯỞNG", "Phạm Ngọc Thưởng"),
    ),
    "mttq_tinh": Expected(
        "56/KH-MTTQ-BTT",
        "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH NGHỆ AN BAN THƯỜNG TRỰC",  # the organ named with its body
        None,
        "Nghệ An",
        date(2024, 8, 20),
        "Tổ chức đợt cao điểm vận động ủng hộ Quỹ “Vì người nghèo” và hỗ trợ xóa nhà tạm, nhà dột nát cho "
        "hộ nghèo, hộ cận nghèo năm 2024",
        [
            ("xa", date(2024, 9, 30), None),  # (the heading line above the paragraph is read into the task)
            (
                "huyen",
                date(2024, 10, 15),
                "Ban Thường trực Ủy ban MTTQ các huyện, thành phố, thị xã thẩm định, tổng hợp danh sách, "
                "gửi về Ban Thường trực Ủy ban MTTQ tỉnh",
            ),
            (
                "huyen",
                date(2024, 11, 30),
                "Kết thúc Tháng cao điểm, Ban Thường trực Ủy ban MTTQ cấp huyện tổng hợp kết quả vận động, "
                "báo cáo Ban Thường trực Ủy ban MTTQ tỉnh",
            ),
            ("huyen", date(2024, 12, 31), "phấn đấu hoàn thành, bàn giao nhà cho các hộ"),
            (
                "huyen",
                date(2024, 9, 5),
                "Ban Thường trực Ủy ban MTTQ các huyện, thành phố, thị xã căn cứ Kế hoạch này xây dựng kế "
                "hoạch triển khai tại địa phương",
            ),
            (
                "tinh",
                date(2024, 11, 25),
                "hệ thống tổ chức mình tham gia vận động, gửi kết quả về Ban Thường trực Ủy ban MTTQ tỉnh",
            ),
            (
                "tinh",
                date(2024, 12, 31),
                "Ban Thường trực Ủy ban MTTQ tỉnh tổ chức sơ kết, biểu dương các tập thể, cá nhân tiêu biểu",
            ),
        ],
        [
            "Ban Thường trực UBTƯ MTTQ Việt Nam (b/c)",
            "Thường trực Tỉnh ủy, HĐND, UBND tỉnh (b/c)",
            "Ban Dân vận Tỉnh ủy",
            "Các tổ chức thành viên của Ủy ban MTTQ tỉnh",
            "Ban Thường trực Ủy ban MTTQ các huyện, thành phố, thị xã",
            "Các ban, Văn phòng cơ quan Ủy ban MTTQ tỉnh",
            "Lưu: VT, DCPL",
        ],
        ("TM", "BAN THƯỜNG TRỰC", "CHỦ TỊCH", "Trần Thị Minh Hà"),
    ),
    "dang_uy_khoi": Expected(
        "78-KH/ĐUK",
        "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH",
        "ĐẢNG BỘ TỈNH QUẢNG BÌNH",
        "Đồng Hới",
        date(2024, 8, 12),
        "học tập, quán triệt và tổ chức thực hiện Quy định số 144-QĐ/TW, ngày 09/5/2024 của Bộ Chính trị về "
        "chuẩn mực đạo đức cách mạng của cán bộ, đảng viên",
        [
            (
                "huyen",
                date(2024, 8, 31),
                "Ban Thường vụ Đảng ủy Khối tổ chức hội nghị học tập, quán triệt Quy định số 144-QĐ/TW cho "
                "đồng chí bí thư, phó bí thư các đảng bộ, chi bộ cơ sở và cán bộ cơ quan Đảng ủy Khối, bằng "
                "hình thức trực tiếp kết hợp trực tuyến",
            ),
            (
                "co_so",
                date(2024, 9, 30),
                "tổ chức học tập, quán triệt đến 100% cán bộ, đảng viên; đối với chi bộ trực thuộc đảng ủy "
                "cơ sở có thể lồng ghép trong sinh hoạt chi bộ thường kỳ",
            ),
            ("co_so", date(2024, 10, 15), "gửi về Ban Thường vụ Đảng ủy Khối"),
            (
                "huyen",
                date(2024, 12, 15),
                "tổng hợp kết quả, tham mưu Ban Thường vụ Đảng ủy Khối báo cáo Ban Thường vụ Tỉnh ủy",
            ),
            ("co_so", date(2024, 11, 30), "báo cáo kết quả thực hiện năm 2024 về Ban Thường vụ Đảng ủy Khối"),
        ],
        [
            "Ban Thường vụ Tỉnh ủy (b/c)",
            "Ban Tuyên giáo Tỉnh ủy (b/c)",
            "Thường trực Đảng ủy Khối",
            "Các ban, UBKT, Văn phòng Đảng ủy Khối",
            "Các đảng ủy, chi bộ cơ sở trực thuộc",
            "Lưu Văn phòng Đảng ủy Khối",
        ],
        ("TM", "BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Nguyễn Thị Thanh Huyền"),
    ),
    "doan_truong": Expected(
        "12-KH/ĐTN",
        "BCH ĐOÀN TRƯỜNG THPT HOÀNG VĂN THÁI",
        "HUYỆN ĐOÀN TIỀN HẢI",
        "Tiền Hải",
        date(2024, 9, 20),
        "Tổ chức Đại hội chi đoàn nhiệm kỳ 2024 - 2025 và triển khai chương trình rèn luyện đoàn viên năm "
        "học 2024 - 2025",
        [
            ("co_so", date(2024, 10, 5), "Các chi đoàn còn lại hoàn tất việc tổ chức đại hội"),
            ("co_so", date(2024, 10, 10), "nộp hồ sơ đại hội về Văn phòng Đoàn trường"),
            (
                "co_so",
                date(2024, 10, 15),
                "Ban Thường vụ Đoàn trường tổng hợp, báo cáo kết quả đại hội chi đoàn về Ban Thường vụ "
                "Huyện đoàn",
            ),
            ("co_so", date(2024, 10, 31), "Các chi đoàn tổ chức cho đoàn viên đăng ký nội dung rèn luyện"),
            (
                "co_so",
                date(2024, 12, 31),
                "Mỗi chi đoàn đăng ký và thực hiện ít nhất 01 phần việc thanh niên hướng tới chào mừng 42 "
                "năm Ngày Nhà giáo Việt Nam",
            ),
            ("co_so", date(2025, 1, 31), "Sơ kết công tác Đoàn và đánh giá rèn luyện đoàn viên học kỳ I"),
        ],
        [
            "BTV Huyện đoàn Tiền Hải (b/c)",
            "Chi bộ, Ban Giám hiệu nhà trường (b/c)",
            "Giáo viên chủ nhiệm các lớp (p/h)",
            "Các chi đoàn (t/h)",
            "Lưu VP Đoàn trường",
        ],
        ("TM", "BCH ĐOÀN TRƯỜNG", "BÍ THƯ", "Phạm Thị Thuỷ"),
    ),
    "ubnd_xa_quyet_dinh": Expected(
        "150/QĐ-UBND",
        "ỦY BAN NHÂN DÂN XÃ QUẢNG PHÚ",
        None,
        "Quảng Phú",
        date(2024, 4, 18),
        "Về việc ban hành Kế hoạch triển khai thực hiện Đề án phát triển ứng dụng dữ liệu về dân cư, định "
        "danh và xác thực điện tử trên địa bàn xã năm 2024",
        [
            (
                "xa",
                date(2024, 6, 30),
                "Công an xã đẩy mạnh thu nhận hồ sơ cấp thẻ Căn cước công dân cho công dân từ đủ 14 tuổi "
                "trở lên chưa được cấp",
            ),
            ("xa", date(2024, 9, 30), None),  # (the work is written after the date)
            (
                "xa",
                date(2024, 8, 31),
                "Công chức Tư pháp - Hộ tịch phối hợp với Công an xã rà soát, số hóa sổ hộ tịch, làm sạch "
                "dữ liệu hộ tịch",
            ),
            (
                "co_so",
                date(2024, 5, 15),
                "Trưởng các thôn phối hợp với Công an xã rà soát, lập danh sách công dân chưa kích hoạt tài "
                "khoản định danh điện tử, gửi về Công an xã",
            ),
            ("xa", date(2024, 5, 20), "tổng hợp, báo cáo kết quả về UBND xã và Công an huyện"),
            (
                "xa",
                date(2024, 12, 31),
                "Công chức Văn phòng - Thống kê tham mưu UBND xã tổng kết việc thực hiện Kế hoạch",
            ),
        ],
        [
            "Như Điều 3",
            "UBND huyện (b/c)",
            "Công an huyện Quảng Điền (b/c)",
            "TT Đảng ủy, TT HĐND xã",
            "CT, các PCT UBND xã",
            "UBMTTQ và các đoàn thể xã",
            "Lưu: VT",
        ],
        ("TM", "ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Hoàng Văn Lực"),
    ),
    "so_gddt_table": Expected(
        "1652/KH-SGDĐT",
        "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
        "UBND TỈNH QUẢNG NGÃI",
        "Quảng Ngãi",
        date(2024, 8, 26),
        "Thực hiện công tác phổ cập giáo dục, xóa mù chữ và kiểm tra công nhận đạt chuẩn năm 2024",
        [
            (
                "huyen",
                date(2024, 9, 5),
                "Tham mưu UBND cấp huyện ban hành kế hoạch phổ cập giáo dục, xóa mù chữ năm 2024 của địa "
                "phương",
            ),
            (
                "xa",
                date(2024, 9, 30),
                "Điều tra, cập nhật số liệu phổ cập giáo dục, xóa mù chữ vào Hệ thống thông tin điện tử",
            ),
            ("xa", date(2024, 10, 15), "Tự kiểm tra, hoàn thiện hồ sơ đề nghị công nhận đạt chuẩn năm 2024"),
            (
                "huyen",
                date(2024, 11, 30),
                "Tham mưu UBND cấp huyện kiểm tra, công nhận các xã, phường, thị trấn đạt chuẩn; - Hoàn "
                "thiện hồ sơ đề nghị Sở GDĐT kiểm tra công nhận cấp huyện.",
            ),
            (
                "tinh",
                date(2024, 12, 31),
                "Kiểm tra, công nhận các huyện, thị xã, thành phố đạt chuẩn phổ cập giáo dục, xóa mù chữ "
                "năm 2024",
            ),
            (
                "tinh",
                date(2025, 3, 31),
                "Tổng hợp, báo cáo UBND tỉnh, Bộ GDĐT kết quả công tác phổ cập giáo dục, xóa mù chữ năm 2024",
            ),
            (
                "huyen",
                date(2024, 10, 20),
                "Phòng GDĐT các huyện, thị xã, thành phố báo cáo tiến độ điều tra, cập nhật số liệu về Sở "
                "GDĐT",
            ),
        ],
        [
            "Bộ GDĐT (Vụ GDTX) (b/c)",
            "UBND tỉnh (b/c)",
            "Ban Chỉ đạo PCGD-XMC tỉnh",
            "Giám đốc, các PGĐ Sở",
            "UBND các huyện, thị xã, thành phố",
            "Phòng GDĐT các huyện, thị xã, thành phố",
            "Các phòng chuyên môn thuộc Sở",
            "Lưu: VT, GDTX-CN",
        ],
        ("KT", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Huỳnh Thị Bích Ngọc"),
    ),
    "ban_tuyen_giao": Expected(
        "112-KH/BTGTU",
        "BAN TUYÊN GIÁO",
        "TỈNH ỦY HÀ TĨNH",
        "Hà Tĩnh",
        date(2024, 4, 2),
        "tổ chức Cuộc thi chính luận về bảo vệ nền tảng tư tưởng của Đảng trên địa bàn tỉnh năm 2024",
        [
            (
                "co_so",
                date(2024, 4, 30),
                "các tổ chức cơ sở đảng quán triệt, phát động Cuộc thi đến cán bộ, đảng viên; vận động viết "
                "bài, gửi tác phẩm dự thi",
            ),
            (
                "huyen",
                date(2024, 7, 31),
                "Ban Tuyên giáo các huyện, thành, thị ủy, đảng ủy trực thuộc tổ chức chấm sơ khảo, lựa chọn "
                "tác phẩm tiêu biểu gửi về Ban Tuyên giáo Tỉnh ủy",
            ),
            ("tinh", date(2024, 8, 31), "Hội đồng giám khảo cấp tỉnh tổ chức chấm chung khảo"),
            ("tinh", date(2024, 9, 15), "lựa chọn tác phẩm xuất sắc gửi Ban Tổ chức Cuộc thi Trung ương"),
            (
                "huyen",
                date(2024, 8, 10),
                "báo cáo kết quả tổ chức Cuộc thi ở địa phương, đơn vị về Ban Tuyên giáo Tỉnh ủy",
            ),
        ],
        [
            "Ban Tuyên giáo Trung ương (b/c)",
            "Thường trực Tỉnh ủy (b/c)",
            "Ban Chỉ đạo 35 Tỉnh ủy",
            "Các huyện, thành, thị ủy, đảng ủy trực thuộc Tỉnh ủy",
            "Ban Tuyên giáo các huyện, thành, thị ủy, đảng ủy trực thuộc",
            "Báo Hà Tĩnh, Đài PT-TH tỉnh",
            "Lãnh đạo Ban, các phòng",
            "Lưu Văn phòng Ban",
        ],
        ("KT", "TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Phan Thị Hồng Nhung"),
    ),
    "ldld_huyen": Expected(
        "45/KH-LĐLĐ",
        "LIÊN ĐOÀN LAO ĐỘNG HUYỆN HẢI HẬU",
        "LIÊN ĐOÀN LAO ĐỘNG TỈNH NAM ĐỊNH",
        "Hải Hậu",
        date(2024, 9, 16),
        "Tuyên truyền, phổ biến và tổ chức thi hành Luật Công đoàn năm 2024",
        [
            (
                "huyen",
                date(2024, 10, 31),
                "Tổ chức Hội nghị quán triệt Luật Công đoàn năm 2024 cho chủ tịch, phó chủ tịch các công "
                "đoàn cơ sở trực thuộc",
            ),
            (
                "huyen",
                date(2025, 6, 15),
                "Rà soát, sửa đổi Quy chế làm việc của Ban Chấp hành, Quy chế chi tiêu nội bộ cho phù hợp "
                "với quy định của Luật",
            ),
            (
                "huyen",
                date(2024, 12, 10),
                "Văn phòng Liên đoàn Lao động huyện theo dõi, đôn đốc, tổng hợp kết quả, tham mưu Ban "
                "Thường vụ báo cáo Ban Thường vụ Liên đoàn Lao động tỉnh",
            ),
            (
                "co_so",
                date(2024, 12, 31),
                "Tổ chức phổ biến, quán triệt nội dung Luật đến 100% đoàn viên công đoàn",
            ),
            (
                "co_so",
                date(2024, 12, 20),
                "Công đoàn cơ sở trong các doanh nghiệp ngoài nhà nước phối hợp với người sử dụng lao động "
                "tổ chức ít nhất 01 buổi đối thoại chuyên đề về Luật Công đoàn năm 2024",
            ),
            ("co_so", date(2024, 11, 25), "Báo cáo kết quả thực hiện về Liên đoàn Lao động huyện"),
        ],
        [
            "Ban Thường vụ LĐLĐ tỉnh (b/c)",
            "Thường trực Huyện ủy (b/c)",
            "UBND huyện (p/h)",
            "Ban Dân vận Huyện ủy",
            "Các công đoàn cơ sở trực thuộc",
            "Lưu: VT, LĐLĐ",
        ],
        ("TM", "BAN THƯỜNG VỤ", "CHỦ TỊCH", "Vũ Thị Thu Hằng"),
    ),
    "chi_bo": Expected(
        "05-KH/CB",
        "CHI BỘ TRƯỜNG THCS NGHĨA TRUNG",
        "ĐẢNG BỘ XÃ NGHĨA TRUNG",
        "Nghĩa Trung",
        date(2024, 9, 27),
        "hoạt động tháng 10 năm 2024",
        [
            ("co_so", date(2024, 10, 5), "Đảng viên đóng đảng phí"),
            (
                "co_so",
                date(2024, 10, 15),
                "Lãnh đạo nhà trường tổ chức Hội nghị viên chức, người lao động năm học 2024 - 2025",
            ),
            (
                "co_so",
                date(2024, 10, 7),
                "Các tổ chuyên môn hoàn thành kế hoạch dạy học các chủ đề STEM của học kỳ I",
            ),
            (
                "co_so",
                date(2024, 10, 20),
                "Đảng viên là giáo viên đăng ký tiết dạy tốt chào mừng Ngày Nhà giáo Việt Nam 20/11 với tổ "
                "chuyên môn",
            ),
            (
                "co_so",
                date(2024, 10, 25),
                "Chi ủy hoàn thiện hồ sơ đề nghị kết nạp quần chúng Nguyễn Thị Minh Thư vào Đảng, gửi Đảng "
                "ủy xã",
            ),
            ("co_so", date(2024, 10, 28), "Chi bộ báo cáo kết quả thực hiện nhiệm vụ tháng 10 về Đảng ủy xã"),
        ],
        ["Đảng ủy xã (b/c)", "Đảng viên trong Chi bộ", "Lưu Chi bộ"],
        ("TM", "CHI BỘ", "BÍ THƯ", "Lê Thị Hồng Vân"),
    ),
    "truong_dai_hoc": Expected(
        "345/KH-ĐHSPHN2",
        "TRƯỜNG ĐẠI HỌC SƯ PHẠM HÀ NỘI 2",
        "BỘ GIÁO DỤC VÀ ĐÀO TẠO",
        "Vĩnh Phúc",
        date(2024, 11, 8),
        "Tổ chức thi kết thúc học phần học kỳ I năm học 2024 - 2025 đối với sinh viên đại học hệ chính quy",
        [
            (
                None,
                date(2024, 11, 15),
                "Các khoa đăng ký hình thức thi của từng học phần, gửi về Phòng Đào tạo",
            ),
            (
                None,
                date(2024, 12, 2),
                "Các khoa hoàn thiện ngân hàng câu hỏi thi, đề thi và đáp án, bàn giao cho Phòng Khảo thí "
                "và Đảm bảo chất lượng",
            ),
            (None, date(2024, 11, 29), "Phòng Đào tạo xếp lịch thi, công bố trên Cổng thông tin đào tạo"),
            (
                None,
                date(2024, 12, 6),
                "Phòng Công tác chính trị - Học sinh sinh viên phối hợp với các khoa phổ biến quy chế thi, "
                "quy định về phòng, chống gian lận đến 100% sinh viên",
            ),
            (
                None,
                date(2024, 12, 11),
                "Trung tâm Công nghệ thông tin kiểm tra, cài đặt phần mềm, chuẩn bị phòng máy thi trắc "
                "nghiệm",
            ),
            (None, date(2024, 12, 13), "Sinh viên hoàn thành nghĩa vụ học phí học kỳ I"),
            (None, date(2025, 1, 10), "Các khoa tổ chức chấm thi, nhập điểm vào phần mềm quản lý đào tạo"),
            (
                None,
                date(2025, 1, 17),
                "Các khoa, phòng, trung tâm gửi báo cáo đánh giá công tác tổ chức thi học kỳ I về Phòng "
                "KT&ĐBCL",
            ),
            (
                None,
                date(2025, 2, 28),
                "Phòng Đào tạo tổng hợp kết quả học tập, trình Hiệu trưởng ký quyết định xử lý học vụ học "
                "kỳ I",
            ),
        ],
        [
            "Hiệu trưởng (để b/c)",
            "Các Phó Hiệu trưởng",
            "Các khoa, phòng, trung tâm (để t/h)",
            "Cổng thông tin điện tử Trường",
            "Lưu: VT, ĐT",
        ],
        ("KT", "HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG", "Đặng Minh Tuấn"),
    ),
    "crlf_old_tones_nfd": Expected(
        "32/KH-HPN",
        "HỘI LHPN HUYỆN LẠC THUỶ",
        "HỘI LHPN TỈNH HOÀ BÌNH",
        "Lạc Thuỷ",
        date(2024, 3, 18),
        'Thực hiện Dự án 8 "Thực hiện bình đẳng giới và giải quyết những vấn đề cấp thiết đối với phụ nữ và '
        'trẻ em" trên địa bàn huyện Lạc Thuỷ năm 2024',
        [
            (
                "huyen",
                date(2024, 4, 30),
                "Tổ chức tập huấn nâng cao năng lực cho cán bộ Hội cơ sở, thành viên Tổ truyền thông cộng "
                "đồng về bình đẳng giới, kỹ năng hoà giải, tư vấn",
            ),
            (
                "huyen",
                date(2024, 11, 15),
                "Tổng hợp, báo cáo Hội LHPN tỉnh và UBND huyện kết quả thực hiện Dự án 8 năm 2024",
            ),
            (
                "xa",
                date(2024, 4, 5),
                'Rà soát, đăng ký địa bàn thành lập mới Tổ truyền thông cộng đồng, mô hình "Địa chỉ tin cậy '
                'ở cộng đồng", gửi về Hội LHPN huyện',
            ),
            (
                "xa",
                date(2024, 6, 30),
                'Thành lập, kiện toàn các Tổ truyền thông cộng đồng, Câu lạc bộ "Thủ lĩnh của sự thay đổi" '
                "trong trường trung học cơ sở",
            ),
            (
                "xa",
                date(2024, 9, 30),
                "Tổ chức đối thoại chính sách giữa lãnh đạo Đảng uỷ, Uỷ ban nhân dân xã với phụ nữ, trẻ em "
                "về bình đẳng giới",
            ),
            ("co_so", date(2024, 9, 30), None),  # (the clause is cut at a ";" inside the quoted subject)
            ("co_so", date(2024, 6, 10), "Hội LHPN cơ sở báo cáo kết quả 6 tháng về Hội LHPN huyện"),
            ("co_so", date(2024, 11, 10), "báo cáo năm"),
        ],
        [
            "TT Hội LHPN tỉnh (b/c)",
            "TT Huyện uỷ, HĐND, UBND huyện (b/c)",
            "Ban Dân vận Huyện uỷ",
            "Phòng Dân tộc huyện",
            "Hội LHPN các xã, thị trấn (t/h)",
            "Lưu: VT",
        ],
        ("TM", "BAN THƯỜNG VỤ", "CHỦ TỊCH", "Bùi Thị Thuý"),
    ),
    "ban_chi_dao": Expected(
        "05/KH-BCĐ",
        "BAN CHỈ ĐẠO PHÒNG, CHỐNG THIÊN TAI VÀ TÌM KIẾM CỨU NẠN TỈNH",
        "UBND TỈNH PHÚ YÊN",
        "Phú Yên",
        date(2024, 5, 10),
        "Triển khai công tác phòng, chống thiên tai và tìm kiếm cứu nạn năm 2024",
        [
            (
                "huyen",
                date(2024, 5, 31),
                (
                    "Kiện toàn Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn cấp huyện, phân công "
                    "nhiệm vụ cụ thể cho từng thành viên"
                ),
            ),
            ("huyen", date(2024, 8, 31), "hoàn thành trước mùa mưa bão"),
            (
                "huyen",  # the districts that direct the communes complete it (the gold: huyen or xa)
                date(2024, 9, 30),
                (
                    "Chỉ đạo UBND các xã, phường, thị trấn kiện toàn lực lượng xung kích phòng, chống thiên "
                    "tai cấp xã, tổ chức diễn tập ứng phó bão, lũ tại các xã trọng điểm"
                ),
            ),
            (
                "tinh",
                date(2024, 8, 15),
                (
                    "Sở Nông nghiệp và Phát triển nông thôn (Cơ quan thường trực Ban Chỉ đạo tỉnh) kiểm tra "
                    "hiện trạng hồ chứa nước, đê, kè, cống ngăn mặn; yêu cầu chủ đầu tư khắc phục ngay các "
                    "hư hỏng"
                ),
            ),
            (
                "tinh",
                date(2024, 8, 10),
                (
                    "Sở Công Thương chỉ đạo các chủ đập thủy điện Sông Ba Hạ, Sông Hinh rà soát quy trình "
                    "vận hành, phương án ứng phó tình huống khẩn cấp"
                ),
            ),
            (
                "tinh",
                date(2024, 6, 30),
                (
                    "Bộ Chỉ huy Quân sự tỉnh, Bộ Chỉ huy Bộ đội Biên phòng tỉnh, Công an tỉnh xây dựng kế "
                    "hoạch huy động lực lượng, phương tiện tìm kiếm cứu nạn, gửi về Cơ quan thường trực Ban "
                    "Chỉ đạo tỉnh"
                ),
            ),
            (
                "tinh",
                date(2024, 6, 30),
                (
                    "Sở Tài chính tham mưu UBND tỉnh bố trí kinh phí mua sắm vật tư, trang thiết bị phòng, "
                    "chống thiên tai"
                ),
            ),
            (
                "tinh",
                date(2024, 6, 15),
                (
                    "Các sở, ban, ngành và UBND các huyện, thị xã, thành phố báo cáo sơ kết công tác phòng, "
                    "chống thiên tai 6 tháng đầu năm"
                ),
            ),
            ("tinh", date(2024, 12, 5), "báo cáo tổng kết năm 2024"),
            (
                "tinh",
                date(2024, 12, 15),
                (
                    "Sở Nông nghiệp và Phát triển nông thôn tổng hợp, tham mưu Ban Chỉ đạo tỉnh báo cáo Ban "
                    "Chỉ đạo quốc gia về phòng, chống thiên tai và UBND tỉnh"
                ),
            ),
        ],
        [
            "Ban Chỉ đạo quốc gia về PCTT (b/c)",
            "TT Tỉnh ủy, TT HĐND tỉnh (b/c)",
            "Chủ tịch, các PCT UBND tỉnh",
            "Thành viên Ban Chỉ đạo tỉnh",
            "Các sở, ban, ngành",
            "UBND các huyện, thị xã, thành phố",
            "Lưu: VT, BCĐ",
        ],
        ("TM", "BAN CHỈ ĐẠO", "TRƯỞNG BAN", "Nguyễn Hồng Quân"),
    ),
    "benh_vien": Expected(
        "78/KH-BVĐK",
        "BỆNH VIỆN ĐA KHOA TỈNH",
        "SỞ Y TẾ TỈNH HẢI DƯƠNG",
        "Hải Dương",
        date(2024, 12, 2),
        (
            "Tự kiểm tra, đánh giá chất lượng bệnh viện và khảo sát sự hài lòng của người bệnh, "
            "nhân viên y tế năm 2024"
        ),
        [
            (
                "tinh",
                date(2024, 12, 13),
                (
                    "Các khoa, phòng tự đánh giá các tiêu chí được phân công, nộp bảng điểm tự đánh "
                    "giá kèm minh chứng về Phòng Quản lý chất lượng"
                ),
            ),
            (
                "tinh",
                date(2024, 12, 10),
                (
                    "Phòng Kế hoạch tổng hợp cung cấp số liệu hoạt động chuyên môn 11 tháng năm "
                    "2024 cho Phòng Quản lý chất lượng"
                ),
            ),
            (
                "tinh",
                date(2024, 12, 18),
                "Các khoa lâm sàng phối hợp với Phòng Điều dưỡng thực hiện khảo sát hài lòng người bệnh",
            ),
            (
                "tinh",
                date(2024, 12, 20),
                (
                    "Các khoa, phòng khắc phục những tồn tại do Đoàn tự kiểm tra chỉ ra, gửi báo "
                    "cáo kết quả khắc phục về Phòng Quản lý chất lượng"
                ),
            ),
            (
                "tinh",
                date(2024, 12, 24),
                ("Phòng Quản lý chất lượng tổng hợp kết quả, hoàn thiện báo cáo tự đánh giá, trình Giám đốc"),
            ),
            (
                "tinh",
                date(2024, 12, 27),
                (
                    "Phòng Quản lý chất lượng nhập kết quả lên phần mềm chất lượng bệnh viện của "
                    "Cục Quản lý Khám, chữa bệnh và gửi báo cáo về Sở Y tế"
                ),
            ),
        ],
        [
            "Sở Y tế (để b/c)",
            "Ban Giám đốc",
            "Hội đồng QLCL, Mạng lưới QLCL",
            "Các khoa, phòng",
            "Lưu: VT, QLCL",
        ],
        (None, None, "GIÁM ĐỐC", "Nguyễn Mạnh Hà"),
    ),
    "hoi_ccb_tinh": Expected(
        "52-KH/CCB",
        "HỘI CCB TỈNH TÂY NINH",
        "HỘI CCB VIỆT NAM",
        "Tây Ninh",
        date(2024, 7, 10),
        (
            "Tổ chức các hoạt động kỷ niệm 35 năm Ngày thành lập Hội Cựu chiến binh Việt Nam "
            "(06/12/1989 - 06/12/2024)"
        ),
        [
            (
                "huyen",
                date(2024, 8, 15),
                (
                    "Hội Cựu chiến binh cấp huyện tổng hợp đăng ký công trình, phần việc thi đua "
                    "của cơ sở Hội gửi về Hội Cựu chiến binh tỉnh"
                ),
            ),
            (
                "co_so",
                date(2024, 9, 20),
                (
                    "Thăm hỏi, tặng quà: Cơ sở Hội rà soát, lập danh sách hội viên có hoàn cảnh đặc "
                    "biệt khó khăn, hội viên là thương binh, người có công, gửi Hội Cựu chiến binh "
                    "cấp huyện"
                ),
            ),
            (
                "huyen",
                date(2024, 10, 15),
                "Hội Cựu chiến binh cấp huyện tổng hợp, đề xuất Hội Cựu chiến binh tỉnh",
            ),
            (
                "huyen",
                date(2024, 9, 30),
                (
                    "Khen thưởng: Hội Cựu chiến binh cấp huyện xét chọn tập thể, cá nhân có thành "
                    "tích tiêu biểu trong 35 năm xây dựng và phát triển của Hội, lập hồ sơ đề nghị "
                    "khen thưởng gửi về Hội Cựu chiến binh tỉnh"
                ),
            ),
            (
                "huyen",
                date(2024, 12, 6),
                "Hội Cựu chiến binh cấp huyện tổ chức gặp mặt, tọa đàm kỷ niệm",
            ),
            (
                "co_so",
                date(2024, 11, 30),
                "Các cơ sở Hội tổ chức sinh hoạt chuyên đề về truyền thống Hội",
            ),
            (
                "huyen",
                date(2024, 12, 15),
                "báo cáo kết quả về Ban Thường vụ Hội Cựu chiến binh tỉnh",
            ),
        ],
        [
            "TW Hội CCB Việt Nam (b/c)",
            "Thường trực Tỉnh ủy (b/c)",
            "Ban Dân vận, Ban Tuyên giáo Tỉnh ủy",
            "Ủy ban MTTQ Việt Nam tỉnh",
            "Hội CCB các huyện, thị xã, thành phố",
            "Lưu: VP",
        ],
        ("TM", "BAN THƯỜNG VỤ", "CHỦ TỊCH", "Trần Văn Hùng"),
    ),
    "html_lynx": Expected(
        "245-KH/TĐTN-TNTH",
        "BCH TỈNH ĐOÀN ĐẮK LẮK",
        None,
        "Đắk Lắk",
        date(2024, 5, 10),
        "Tổ chức Chiến dịch Thanh niên tình nguyện hè năm 2024",
        [
            (
                "huyen",
                date(2024, 5, 25),
                (
                    "Các huyện, thị, thành đoàn, đoàn trực thuộc xây dựng kế hoạch tổ chức Chiến "
                    "dịch, gửi về Tỉnh đoàn"
                ),
            ),
            (
                "huyen",
                date(2024, 5, 31),
                "đăng ký công trình, phần việc thanh niên cấp huyện với Tỉnh đoàn",
            ),
            (
                "co_so",
                date(2024, 7, 31),
                (
                    "Đoàn Trường Đại học Tây Nguyên, Đoàn Trường Cao đẳng Sư phạm Đắk Lắk tổ chức "
                    'các đội hình "Mùa hè xanh" tham gia tại các xã đặc biệt khó khăn của huyện Ea '
                    "Súp, Buôn Đôn"
                ),
            ),
            (
                "co_so",
                date(2024, 7, 31),
                (
                    'Các cơ sở Đoàn tổ chức "Ngày thứ Bảy tình nguyện", "Ngày Chủ nhật xanh" ra '
                    "quân làm vệ sinh môi trường, sửa chữa đường giao thông nông thôn"
                ),
            ),
            (
                "huyen",
                date(2024, 7, 15),
                "Chế độ báo cáo: các huyện, thị, thành đoàn, đoàn trực thuộc báo cáo sơ kết",
            ),
            (
                "huyen",
                date(2024, 8, 20),
                "báo cáo tổng kết Chiến dịch",
            ),
            (
                "tinh",
                date(2024, 8, 31),
                "tham mưu Ban Thường vụ Tỉnh đoàn tổng kết, báo cáo Trung ương Đoàn",
            ),
        ],
        [
            "Ban Bí thư Trung ương Đoàn (b/c)",
            "Ban Thanh niên trường học TW Đoàn (b/c)",
            "Thường trực Tỉnh ủy (b/c)",
            "Ban Dân vận Tỉnh ủy (b/c)",
            "Các huyện, thị, thành đoàn, đoàn trực thuộc",
            "Lưu VP, TNTH",
        ],
        ("TM", "BAN THƯỜNG VỤ TỈNH ĐOÀN", "PHÓ BÍ THƯ", "H'Linh Niê"),
    ),
    "doan_thanh_nien_xa_short": Expected(
        "34-KH/ĐTN",
        "BCH ĐOÀN XÃ TÂN HÒA",
        "HUYỆN ĐOÀN PHÚ TÂN",
        "Tân Hòa",
        date(2024, 10, 8),
        (
            "Tổ chức các hoạt động chào mừng 68 năm Ngày truyền thống Hội LHTN Việt Nam và ra quân "
            '"Ngày chủ nhật xanh"'
        ),
        [
            (
                "co_so",
                date(2024, 11, 30),
                "Công trình thanh niên : mỗi chi đoàn ấp thực hiện ít nhất 01 phần việc thanh niên",
            ),
            (
                "co_so",
                date(2024, 10, 20),
                "Các chi đoàn ấp đăng ký số lượng đoàn viên tham gia ra quân về BTV Đoàn xã",
            ),
            (
                "co_so",
                date(2024, 11, 30),
                "Các chi đoàn báo cáo kết quả thực hiện kế hoạch về Đoàn xã",
            ),
            (
                "co_so",
                date(2024, 12, 5),
                "BTV Đoàn xã tổng hợp, báo cáo BTV Huyện đoàn",
            ),
        ],
        [
            "BTV Huyện đoàn (b/c)",
            "Đảng ủy xã (b/c)",
            "UBND xã (p/h)",
            "Các chi đoàn ấp",
            "Lưu VP",
        ],
        ("TM", "BCH ĐOÀN XÃ", "BÍ THƯ", "Trần Thị Bích Tuyền"),
    ),
    "hlhpn_tinh_pdf_table": Expected(
        "87/KH-HPN",
        "HỘI LHPN TỈNH QUẢNG NGÃI",
        "HỘI LHPN VIỆT NAM",
        "Quảng Ngãi",
        date(2024, 8, 14),
        (
            "Sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội đại biểu Phụ nữ tỉnh Quảng Ngãi lần "
            "thứ XVIII, nhiệm kỳ 2021 - 2026"
        ),
        [
            (
                "huyen",
                date(2024, 10, 31),
                (
                    "Hội LHPN các huyện, thị xã, thành phố lựa chọn tập thể, cá nhân có thành tích "
                    "xuất sắc, gửi hồ sơ đề nghị khen thưởng về Ban Thường vụ Hội LHPN tỉnh"
                ),
            ),
            (
                "huyen",
                date(2024, 8, 30),
                "Xây dựng kế hoạch, hướng dẫn cơ sở Hội tổ chức sơ kết",
            ),
            (
                "co_so",
                date(2024, 9, 30),
                "Tổ chức sơ kết giữa nhiệm kỳ ở cơ sở (hội nghị hoặc bằng văn bản)",
            ),
            (
                "co_so",
                date(2024, 9, 30),
                "Gửi báo cáo sơ kết và biểu thống kê số liệu về Hội LHPN huyện, thị xã, thành phố",
            ),
            (
                "huyen",
                date(2024, 10, 20),
                "Tổ chức hội nghị sơ kết cấp huyện",
            ),
            (
                "huyen",
                date(2024, 10, 25),
                ("Gửi báo cáo sơ kết cấp huyện về Ban Thường vụ Hội LHPN tỉnh (qua Ban Tổ chức - Kiểm tra)"),
            ),
            (
                "huyen",
                date(2024, 10, 31),
                "Rà soát, đề xuất kiện toàn Ban Chấp hành, Ban Thường vụ, chức danh chủ chốt (nếu có)",
            ),
            (
                "tinh",
                date(2024, 10, 31),
                "Xây dựng dự thảo báo cáo sơ kết cấp tỉnh",
            ),
        ],
        [
            "Đoàn Chủ tịch TW Hội LHPN Việt Nam (b/c)",
            "Thường trực Tỉnh ủy (b/c)",
            "Ban Dân vận Tỉnh ủy",
            "Ủy ban MTTQ Việt Nam tỉnh",
            "Các đ/c Ủy viên BCH Hội LHPN tỉnh",
            "Hội LHPN các huyện, thị xã, thành phố",
            "Các ban, Văn phòng Hội LHPN tỉnh",
            "Lưu: VT, TC-KT",
        ],
        ("TM", "BAN THƯỜNG VỤ", "CHỦ TỊCH", "Phạm Thị Thu Hương"),
    ),
    "html2text_markdown_table": Expected(
        "1526/KH-STNMT",
        "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG",
        "UBND TỈNH BẮC NINH",
        "Bắc Ninh",
        date(2024, 7, 5),
        "Triển khai phân loại chất thải rắn sinh hoạt tại nguồn trên địa bàn tỉnh Bắc Ninh năm 2024",
        [
            (
                "tinh",
                date(2024, 7, 31),
                (
                    "Xây dựng, phát hành tài liệu hướng dẫn phân loại CTRSH tại nguồn (sổ tay, tờ "
                    "rơi, video clip)"
                ),
            ),
            (
                "tinh",
                date(2024, 8, 31),
                "Tổ chức tập huấn cho cán bộ phụ trách môi trường cấp huyện, cấp xã",
            ),
            (
                "huyen",
                date(2024, 8, 15),
                "Ban hành kế hoạch triển khai phân loại CTRSH tại nguồn trên địa bàn",
            ),
            (
                "huyen",
                date(2024, 12, 31),
                (
                    "Bố trí điểm tập kết, phương tiện, thiết bị lưu chứa CTRSH đã phân loại; điều "
                    "chỉnh hợp đồng thu gom, vận chuyển theo từng loại chất thải"
                ),
            ),
            (
                "xa",
                date(2024, 10, 31),
                (
                    "Tuyên truyền, hướng dẫn đến từng hộ gia đình; thành lập tổ tự quản về môi "
                    "trường ở thôn, khu phố"
                ),
            ),
            (
                "xa",
                date(2024, 11, 30),
                "Thống kê số hộ gia đình, cá nhân đã thực hiện phân loại CTRSH tại nguồn",
            ),
            (
                "tinh",
                date(2024, 12, 25),
                "Tổng hợp, báo cáo UBND tỉnh, Bộ Tài nguyên và Môi trường kết quả thực hiện năm 2024",
            ),
            (
                "tinh",
                date(2024, 11, 30),
                (
                    "chủ trì, phối hợp với Phòng Tài nguyên và Môi trường các huyện, thị xã, thành "
                    "phố tổ chức kiểm tra, đánh giá kết quả triển khai tại các địa phương"
                ),
            ),
            (
                "huyen",
                date(2024, 12, 10),
                "Báo cáo kết quả thực hiện năm 2024 gửi về Sở Tài nguyên và Môi trường",
            ),
            (
                "xa",
                date(2024, 9, 30),
                (
                    "Chủ động rà soát, xử lý dứt điểm các điểm tồn đọng rác thải tự phát trên địa "
                    "bàn trước khi đưa mô hình phân loại vào vận hành"
                ),
            ),
        ],
        [
            "UBND tỉnh (b/c)",
            "Bộ Tài nguyên và Môi trường (b/c)",
            "Giám đốc, các PGĐ Sở",
            "UBND các huyện, thị xã, thành phố",
            "UBND các xã, phường, thị trấn (qua UBND cấp huyện)",
            "Các phòng, đơn vị thuộc Sở",
            "Lưu: VT, CCBVMT",
        ],
        ("KT", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Ngô Quang Hưng"),
    ),
    "tinh_doan_facebook": Expected(
        "231-KH/TĐTN-PT",
        "BCH ĐOÀN TỈNH BÌNH ĐỊNH",
        None,
        "Bình Định",
        date(2025, 2, 14),
        "Tổ chức các hoạt động Tháng Thanh niên năm 2025",
        [
            (
                "co_so",
                date(2025, 3, 31),
                '100% cơ sở Đoàn tổ chức sinh hoạt chi đoàn chủ điểm "Tự hào Đoàn ta"',
            ),
            (
                "huyen",
                date(2025, 3, 10),
                (
                    "Các huyện, thị, thành đoàn lựa chọn, giới thiệu gương thanh niên tiêu biểu "
                    "trong chuyển đổi số, gửi hồ sơ về Tỉnh đoàn"
                ),
            ),
            (
                "huyen",
                date(2025, 2, 24),
                (
                    "Căn cứ Kế hoạch, xây dựng kế hoạch tổ chức Tháng Thanh niên phù hợp với tình "
                    "hình địa phương, gửi về Ban Thường vụ Tỉnh đoàn"
                ),
            ),
            (
                "huyen",
                date(2025, 4, 5),
                "Tổng hợp, báo cáo kết quả Tháng Thanh niên năm 2025 về Tỉnh đoàn",
            ),
            (
                "co_so",
                date(2025, 2, 27),
                "Đăng ký công trình, phần việc thanh niên với huyện, thị, thành đoàn",
            ),
            (
                "co_so",
                date(2025, 3, 31),
                "Báo cáo kết quả thực hiện về huyện, thị, thành đoàn",
            ),
        ],
        [
            "Ban Bí thư TW Đoàn (b/c)",
            "Thường trực Tỉnh ủy (b/c)",
            "Các đ/c UV BTV Tỉnh đoàn",
            "Các huyện, thị, thành đoàn, Đoàn trực thuộc",
            "Các Ban, Văn phòng Tỉnh đoàn",
            "Lưu VP, PT",
        ],
        ("TM", "BAN THƯỜNG VỤ TỈNH ĐOÀN", "PHÓ BÍ THƯ", "Trần Quang Nhật"),
    ),
    "cong_van_ubnd_huyen": Expected(
        "1476/UBND-VP",
        "ỦY BAN NHÂN DÂN HUYỆN THẠCH THÀNH",
        None,
        "Thạch Thành",
        date(2024, 6, 10),
        (
            "báo cáo tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội 6 tháng đầu năm, nhiệm vụ "
            "trọng tâm 6 tháng cuối năm 2024"
        ),
        [
            (
                "xa",
                date(2024, 6, 17),
                "Xây dựng báo cáo theo đề cương và biểu mẫu gửi kèm, gửi về UBND huyện",
            ),
            (
                "xa",
                date(2024, 9, 30),
                "Đối với các chỉ tiêu có khả năng không đạt kế hoạch năm, xây dựng giải pháp cụ thể",
            ),
            (
                "huyen",
                date(2024, 6, 19),
                "Báo cáo kết quả thực hiện nhiệm vụ theo lĩnh vực được phân công, gửi về UBND huyện",
            ),
            (
                "huyen",
                date(2024, 6, 24),
                (
                    "Phòng Tài chính - Kế hoạch chủ trì, phối hợp với các đơn vị liên quan tổng hợp, xây "
                    "dựng dự thảo báo cáo của UBND huyện, gửi Văn phòng HĐND và UBND huyện"
                ),
            ),
            ("huyen", date(2024, 7, 31), "rà soát, tham mưu điều chỉnh kế hoạch đầu tư công năm 2024"),
            (
                "huyen",
                date(2024, 7, 15),
                (
                    "Phòng Nông nghiệp và Phát triển nông thôn chủ trì kiểm tra, đánh giá mức độ đạt các "
                    "tiêu chí nông thôn mới của các xã đăng ký đạt chuẩn năm 2024, thực hiện"
                ),
            ),
        ],
        [
            "Như trên",
            "TT Huyện ủy, TT HĐND huyện (để b/c)",
            "Chủ tịch, các PCT UBND huyện",
            "Lãnh đạo Văn phòng HĐND và UBND huyện",
            "Lưu: VT, TH",
        ],
        ("KT", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Đình Hưng"),
    ),
    "hoi_chu_thap_do_huyen": Expected(
        "12/KH-HCTĐ",
        "HỘI CTĐ HUYỆN KRÔNG PẮC",
        "HỘI CTĐ TỈNH ĐẮK LẮK",
        "Krông Pắc",
        date(2024, 3, 25),
        "Tổ chức các hoạt động Tháng Nhân đạo năm 2024",
        [
            (
                "xa",
                date(2024, 4, 30),
                (
                    "Hội CTĐ các xã, thị trấn đăng ký số lượng người tham gia hiến máu về Văn phòng "
                    "Hội CTĐ huyện"
                ),
            ),
            (
                "co_so",
                date(2024, 4, 20),
                (
                    "Các chi hội rà soát, lập danh sách hộ nghèo, người khuyết tật, nạn nhân chất "
                    "độc da cam, trẻ em có hoàn cảnh đặc biệt khó khăn trên địa bàn"
                ),
            ),
            (
                "xa",
                date(2024, 4, 15),
                (
                    "Hội CTĐ các xã, thị trấn tổng hợp danh sách đối tượng, xây dựng kế hoạch tổ "
                    "chức Tháng Nhân đạo tại địa phương và gửi về Ban Thường vụ Hội CTĐ huyện"
                ),
            ),
            (
                "xa",
                date(2024, 6, 30),
                (
                    'Mỗi Hội CTĐ xã, thị trấn xây dựng ít nhất 01 mô hình "Tủ đồ nhân đạo" hoặc '
                    '"Bữa cơm nhân ái"'
                ),
            ),
            (
                "huyen",
                date(2024, 6, 15),
                "tổng hợp, báo cáo kết quả Tháng Nhân đạo về Hội CTĐ tỉnh",
            ),
            (
                "xa",
                date(2024, 5, 31),
                "Tổ chức phát động và triển khai các hoạt động tại địa phương",
            ),
            (
                "co_so",
                date(2024, 5, 31),
                "Hoàn thành việc thăm hỏi, tặng quà các đối tượng đã được rà soát",
            ),
            (
                "xa",
                date(2024, 6, 10),
                "báo cáo kết quả Tháng Nhân đạo về Hội CTĐ huyện",
            ),
            (
                "co_so",
                date(2024, 6, 5),
                "báo cáo kết quả với Hội CTĐ xã, thị trấn",
            ),
        ],
        [
            "Hội CTĐ tỉnh Đắk Lắk (b/c)",
            "TT Huyện ủy, HĐND, UBND huyện (b/c)",
            "Ban Dân vận Huyện ủy",
            "UBMTTQVN huyện",
            "Đảng ủy, UBND các xã, thị trấn",
            "Hội CTĐ các xã, thị trấn (t/h)",
            "Lưu: VT, VP",
        ],
        ("TM", "BAN THƯỜNG VỤ", "CHỦ TỊCH", "Lê Thị Mỹ Hạnh"),
    ),
    "ubnd_thi_xa_words": Expected(
        "412/KH-UBND",
        "ỦY BAN NHÂN DÂN THỊ XÃ BUÔN HỒ",
        None,
        "Buôn Hồ",
        date(2025, 10, 2),
        "Rà soát hộ nghèo, hộ cận nghèo năm 2025 trên địa bàn thị xã Buôn Hồ",
        [
            (
                "huyen",
                date(2025, 10, 10),
                (
                    "Phòng Nông nghiệp và Môi trường chủ trì hoàn thành tập huấn nghiệp vụ rà soát "
                    "cho Ban Chỉ đạo, điều tra viên các xã, phường"
                ),
            ),
            (
                "xa",
                date(2025, 10, 15),
                (
                    "Ủy ban nhân dân các xã, phường kiện toàn Ban Chỉ đạo cấp xã, thành lập tổ rà "
                    "soát tại thôn, buôn, tổ dân phố và lập danh sách hộ cần rà soát"
                ),
            ),
            (
                "xa",
                date(2025, 10, 31),
                (
                    "Ủy ban nhân dân các xã, phường tổ chức rà soát, chấm điểm phiếu, họp dân thống "
                    "nhất kết quả tại thôn, buôn, tổ dân phố"
                ),
            ),
            (
                "xa",
                date(2025, 11, 5),
                "Ủy ban nhân dân các xã, phường báo cáo kết quả rà soát sơ bộ về Ban Chỉ đạo thị xã",
            ),
            (
                "huyen",
                date(2025, 11, 20),
                (
                    "Phòng Nông nghiệp và Môi trường chủ trì, phối hợp các thành viên Ban Chỉ đạo "
                    "thị xã phúc tra kết quả rà soát tại các xã, phường"
                ),
            ),
            (
                "xa",
                date(2025, 11, 30),
                (
                    "Chủ tịch Ủy ban nhân dân các xã, phường niêm yết công khai kết quả và ban hành "
                    "quyết định công nhận danh sách hộ nghèo, hộ cận nghèo, hộ thoát nghèo"
                ),
            ),
            (
                "huyen",
                date(2025, 12, 7),
                (
                    "Phòng Nông nghiệp và Môi trường tổng hợp, tham mưu Ủy ban nhân dân thị xã báo "
                    "cáo Ủy ban nhân dân tỉnh kết quả rà soát"
                ),
            ),
            (
                "huyen",
                date(2025, 12, 31),
                (
                    "Phòng Tài chính - Kế hoạch: Thẩm định, tham mưu bố trí kinh phí thực hiện rà "
                    "soát cho các xã, phường"
                ),
            ),
        ],
        [
            "UBND tỉnh (b/c)",
            "Sở Nông nghiệp và Môi trường (b/c)",
            "TT Thị ủy, TT HĐND thị xã (b/c)",
            "CT, các PCT UBND thị xã",
            "UBMTTQVN thị xã",
            "Thành viên BCĐ rà soát thị xã",
            "Các phòng, ban, đơn vị liên quan",
            "UBND các xã, phường",
            "Lưu: VT, NNMT",
        ],
        ("KT", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Hữu Tài"),
    ),
    "thanh_doan_email_quoted": Expected(
        "245-KH/TĐTN-BPT",
        "BAN CHẤP HÀNH ĐOÀN TP. ĐÀ NẴNG",
        None,
        "Đà Nẵng",
        date(2024, 5, 10),
        "Tổ chức Chiến dịch Thanh niên tình nguyện hè năm 2024",
        [
            (
                "huyen",
                date(2024, 7, 31),
                (
                    "Mỗi quận, huyện đoàn, Đoàn trực thuộc hoàn thành ít nhất 01 công trình thanh "
                    "niên cấp quận, huyện"
                ),
            ),
            ("huyen", date(2024, 5, 24), "Xây dựng kế hoạch triển khai, gửi về Thành đoàn"),
            (
                "huyen",
                date(2024, 6, 5),
                (
                    "Tổng hợp đăng ký công trình, phần việc thanh niên và đội hình tình nguyện của cơ "
                    "sở, gửi về Thành đoàn"
                ),
            ),
            ("huyen", date(2024, 7, 20), "Gửi báo cáo sơ kết giữa Chiến dịch về Thành đoàn"),
            (
                "co_so",
                date(2024, 5, 31),
                "đăng ký công trình, phần việc thanh niên với quận, huyện đoàn, Đoàn trực thuộc",
            ),
            ("tinh", date(2024, 9, 30), "bảo đảm kinh phí, hoàn thành quyết toán kinh phí Chiến dịch"),
            ("co_so", date(2024, 8, 20), "hoàn thành tổng kết"),
            ("huyen", date(2024, 8, 31), "tổng kết"),
            ("huyen", date(2024, 9, 5), "gửi báo cáo tổng kết về Thành đoàn"),
            ("tinh", date(2024, 9, 30), "tổng kết Chiến dịch"),
        ],
        [
            "Trung ương Đoàn (b/c)",
            "Thường trực Thành ủy (b/c)",
            "Ban Tuyên giáo, Ban Dân vận Thành ủy",
            "UBND thành phố",
            "Các đ/c Ủy viên BCH Thành đoàn",
            "Các quận, huyện đoàn, Đoàn trực thuộc",
            "Lưu VP, BPT",
        ],
        ("TM", "BAN THƯỜNG VỤ THÀNH ĐOÀN", "PHÓ BÍ THƯ", "Trần Minh Khoa"),
    ),
    "ban_to_chuc_tinh_uy_nfd_mac": Expected(
        "34-KH/BTCTU",
        "BAN TỔ CHỨC TỈNH UỶ",
        "TỈNH UỶ NINH BÌNH",
        "Ninh Bình",
        date(2024, 10, 9),
        (
            "rà soát, cập nhật, chuẩn hoá dữ liệu đảng viên và tổ chức cơ sở đảng phục vụ đại hội "
            "đảng bộ các cấp nhiệm kỳ 2025 - 2030"
        ),
        [
            ("co_so", date(2024, 11, 20), None),
            ("huyen", date(2024, 12, 31), None),
            ("tinh", date(2025, 3, 31), None),
            (
                "huyen",
                date(2024, 10, 18),
                "Xây dựng kế hoạch, hướng dẫn các tổ chức cơ sở đảng thực hiện, gửi về Ban Tổ chức Tỉnh ủy",
            ),
            ("huyen", date(2024, 12, 20), "báo cáo kết quả về Ban Tổ chức Tỉnh ủy"),
            (
                "co_so",
                date(2024, 11, 25),
                (
                    "gửi danh sách đề nghị điều chỉnh thông tin đảng viên về huyện ủy, thành ủy, đảng "
                    "ủy trực thuộc"
                ),
            ),
            ("tinh", date(2024, 10, 16), "biên soạn tài liệu tập huấn"),
            (
                "tinh",
                date(2025, 1, 31),
                "tổng hợp kết quả, tham mưu Ban Tổ chức báo cáo Ban Thường vụ Tỉnh uỷ",
            ),
            (
                "tinh",
                date(2025, 1, 15),
                (
                    "Phòng Bảo vệ chính trị nội bộ: phối hợp thẩm định các trường hợp đảng viên có "
                    "vấn đề về chính trị cần điều chỉnh thông tin"
                ),
            ),
        ],
        [
            "Ban Tổ chức Trung ương (b/c)",
            "Thường trực Tỉnh uỷ (b/c)",
            "Các huyện uỷ, thành uỷ, đảng uỷ trực thuộc Tỉnh uỷ",
            "Văn phòng Tỉnh uỷ",
            "Lãnh đạo Ban, các phòng, đơn vị thuộc Ban",
            "Lưu Văn phòng Ban",
        ],
        ("KT", "TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Đinh Công Thắng"),
    ),
    "ban_dan_toc_tinh_pipe_table": Expected(
        "86/KH-BDT",
        "BAN DÂN TỘC",
        "UBND TỈNH SƠN LA",
        "Sơn La",
        date(2024, 3, 12),
        (
            "Thực hiện chính sách đối với người có uy tín trong đồng bào dân tộc thiểu số trên địa "
            "bàn tỉnh Sơn La năm 2024"
        ),
        [
            (
                "xa",
                date(2024, 4, 15),
                (
                    "Rà soát, bình xét thay thế, bổ sung người có uy tín không còn đủ tiêu chuẩn "
                    "(chuyển nơi cư trú, vi phạm pháp luật, từ trần...); lập hồ sơ đề nghị gửi UBND "
                    "cấp huyện"
                ),
            ),
            (
                "huyen",
                date(2024, 4, 30),
                "Tổng hợp, thẩm định hồ sơ đề nghị của các xã; gửi Ban Dân tộc tỉnh",
            ),
            (
                "tinh",
                date(2024, 5, 31),
                (
                    "Thẩm định, trình UBND tỉnh điều chỉnh danh sách người có uy tín năm 2024 (điều "
                    "chỉnh Quyết định số 2156/QĐ-UBND)"
                ),
            ),
            (
                "tinh",
                date(2024, 7, 31),
                (
                    "Tập huấn, bồi dưỡng kiến thức, kỹ năng tuyên truyền cho người có uy tín (12 lớp, "
                    "mỗi huyện, thành phố 01 lớp)"
                ),
            ),
            (
                "huyen",
                date(2024, 8, 20),
                (
                    "Đề xuất người có uy tín tiêu biểu đề nghị khen thưởng, gửi Ban Dân tộc (qua "
                    "Phòng Chính sách dân tộc)"
                ),
            ),
            (
                "xa",
                date(2024, 10, 31),
                "Cập nhật thông tin người có uy tín trên phần mềm quản lý của Ủy ban Dân tộc",
            ),
            ("tinh", date(2024, 12, 31), "Kiểm tra, giám sát việc thực hiện chính sách tại một số huyện"),
            ("huyen", date(2024, 6, 10), "Báo cáo kết quả thực hiện chính sách đối với người có uy tín"),
            ("huyen", date(2024, 12, 5), "Báo cáo kết quả thực hiện chính sách đối với người có uy tín"),
            (
                "tinh",
                date(2024, 12, 15),
                "tổng hợp kết quả, tham mưu Lãnh đạo Ban báo cáo UBND tỉnh, Ủy ban Dân tộc",
            ),
            ("tinh", date(2024, 11, 30), "gửi kết quả phối hợp về Ban Dân tộc"),
            (
                "huyen",
                date(2024, 3, 29),
                "UBND các huyện, thành phố xây dựng kế hoạch triển khai tại địa phương, gửi Ban Dân tộc",
            ),
        ],
        [
            "Ủy ban Dân tộc (b/c)",
            "TT Tỉnh ủy, TT HĐND tỉnh (b/c)",
            "Lãnh đạo UBND tỉnh (b/c)",
            "Ủy ban MTTQ Việt Nam tỉnh",
            "Các sở: Nội vụ, Tài chính, Tư pháp, TT&TT",
            "Công an tỉnh",
            "UBND các huyện, thành phố",
            "Phòng Dân tộc các huyện, thành phố",
            "Lãnh đạo Ban",
            "Lưu: VT, CSDT",
        ],
        ("KT", "TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Lường Văn Khiêm"),
    ),
    "cong_an_xa_phu_luc_table": Expected(
        "128/KH-CAX",
        "CÔNG AN XÃ ĐÔNG THÀNH",
        "CÔNG AN TỈNH PHÚ THỌ",
        "Đông Thành",
        date(2025, 7, 28),
        "Bảo đảm an ninh, trật tự dịp kỷ niệm 80 năm Cách mạng Tháng Tám, Quốc khánh 2/9 và tổ chức Ngày "
        "hội toàn dân bảo vệ an ninh Tổ quốc năm 2025",
        [
            (
                "xa",
                date(2025, 9, 10),
                "Công an xã tổng hợp kết quả toàn đợt, báo cáo Công an tỉnh",
            ),
            (
                "xa",
                date(2025, 8, 5),
                "Tham mưu Đảng ủy, UBND xã kiện toàn Ban Chỉ đạo phong trào toàn dân bảo vệ an ninh Tổ "
                "quốc xã; thành lập Ban Tổ chức Ngày hội",
            ),
            (
                "xa",
                date(2025, 8, 10),
                "Rà soát đối tượng hình sự, ma túy, người có biểu hiện vi phạm pháp luật tại địa bàn phụ "
                "trách; lập danh sách gửi Tổ Tổng hợp",
            ),
            (
                "co_so",  # "Trưởng thôn, ..., Trưởng Ban Công tác Mặt trận" (gold: co_so or xa)
                date(2025, 8, 8),
                "Xây dựng kế hoạch, đăng ký hình thức tổ chức Ngày hội tại khu dân cư, gửi Công an xã "
                "tổng hợp",
            ),
            (
                "xa",
                date(2025, 9, 30),
                "Kiện toàn, bổ sung thành viên Tổ bảo vệ an ninh, trật tự ở cơ sở còn thiếu sau sắp xếp "
                "thôn, tổ dân phố",
            ),
            (
                "co_so",
                date(2025, 8, 15),
                "Chuẩn bị hội trường, khánh tiết, tiết mục văn nghệ cho Ngày hội điểm",
            ),
            (
                "co_so",
                date(2025, 8, 19),
                "Tổ chức Ngày hội tại các thôn, tổ dân phố còn lại",
            ),
            (
                "co_so",  # "Trưởng thôn, Tổ trưởng tổ dân phố" (gold: co_so or xa)
                date(2025, 8, 22),
                "Báo cáo kết quả Ngày hội ở khu dân cư (kèm hình ảnh) về Công an xã",
            ),
            (
                "xa",
                date(2025, 8, 25),
                "Tổng hợp, báo cáo kết quả Ngày hội về UBND xã và Công an tỉnh",
            ),
            (
                "xa",
                date(2025, 9, 5),
                "Gửi danh sách đề nghị khen thưởng tập thể, cá nhân có thành tích về Công an xã",
            ),
            (
                "xa",
                date(2025, 9, 30),
                "Sơ kết đợt cao điểm; đề xuất UBND xã, Công an tỉnh khen thưởng",
            ),
        ],
        [
            "Ban Giám đốc Công an tỉnh (để b/c)",
            "Phòng PV05 Công an tỉnh",
            "Đảng ủy, HĐND, UBND xã (để b/c)",
            "Ủy ban MTTQ Việt Nam xã",
            "Các thôn, tổ dân phố",
            "Lưu: VT, CAX",
        ],
        ("KT", "TRƯỞNG CÔNG AN XÃ", "PHÓ TRƯỞNG CÔNG AN XÃ", "Hoàng Minh Tuấn"),
    ),
    "dang_uy_phuong_pdf_page_furniture": Expected(
        "87-KH/ĐU",
        "ĐẢNG ỦY PHƯỜNG HẢI CHÂU",
        "ĐẢNG BỘ THÀNH PHỐ ĐÀ NẴNG",
        "Hải Châu",
        date(2025, 11, 14),
        "kiểm điểm, đánh giá, xếp loại chất lượng đối với tổ chức đảng, đảng viên và tập thể, cá nhân "
        "trong hệ thống chính trị phường năm 2025",
        [
            (
                "co_so",
                date(2025, 12, 12),
                "Tổng hợp kết quả, gửi hồ sơ về Đảng ủy phường",
            ),
            (
                "co_so",
                date(2026, 3, 31),
                "Xây dựng kế hoạch khắc phục những hạn chế, khuyết điểm đã được chỉ ra qua kiểm điểm",
            ),
            (
                "xa",
                date(2025, 11, 30),
                "Tổ chức kiểm điểm tập thể Ủy ban Kiểm tra và từng ủy viên",
            ),
            (
                "xa",
                date(2025, 12, 17),
                "Chủ trì, phối hợp với Văn phòng Đảng ủy, Ban Xây dựng Đảng thẩm định kết quả tự đánh giá "
                "của các chi bộ, đề xuất Ban Thường vụ mức xếp loại chất lượng tổ chức đảng, đảng viên",
            ),
            (
                "xa",
                date(2025, 12, 5),
                "gửi kết quả về Ban Thường vụ Đảng ủy",
            ),
            (
                "xa",
                date(2025, 11, 30),
                "Chỉ đạo kiểm điểm, đánh giá, xếp loại công chức, viên chức và người lao động thuộc Ủy "
                "ban nhân dân phường",
            ),
            (
                "xa",
                date(2025, 12, 15),
                "Báo cáo kết quả đánh giá, xếp loại công chức, viên chức về Đảng ủy phường và Sở Nội vụ "
                "thành phố",
            ),
            (
                "xa",
                date(2025, 12, 25),
                "Giao Văn phòng Đảng ủy tổng hợp, tham mưu báo cáo kết quả kiểm điểm, đánh giá, xếp loại "
                "chất lượng năm 2025 của Đảng bộ về Ban Thường vụ Thành ủy",
            ),
            (
                "co_so",
                date(2025, 12, 10),
                None,
            ),
            (
                "xa",
                date(2025, 12, 20),
                None,
            ),
        ],
        [
            "Thường trực Thành ủy (b/c)",
            "Ban Tổ chức Thành ủy (b/c)",
            "Ủy ban Kiểm tra Thành ủy (b/c)",
            "Các đồng chí Đảng ủy viên",
            "UBKT Đảng ủy, Ban Xây dựng Đảng",
            "Ủy ban MTTQ Việt Nam và các tổ chức chính trị - xã hội phường",
            "UBND phường",
            "Các chi bộ trực thuộc",
            "Lưu Văn phòng Đảng ủy",
        ],
        ("TM", "BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Phan Thị Ngọc Diễm"),
    ),
    "bo_cong_van_tl_kt_pdftotext": Expected(
        "4127/BVHTTDL-VHCSGĐTV",
        "BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH",
        None,
        "Hà Nội",
        date(2025, 9, 18),
        "báo cáo kết quả thực hiện công tác gia đình năm 2025 và xây dựng kế hoạch năm 2026",
        [
            (
                "tinh",
                date(2025, 12, 31),
                (
                    "Chỉ đạo cơ quan chuyên môn về văn hóa phối hợp với các sở, ngành, Ủy ban Mặt trận Tổ "
                    "quốc Việt Nam cấp tỉnh tổ chức tổng kết công tác gia đình năm 2025 ở cấp tỉnh"
                ),
            ),
            (
                "tinh",  # "b) Chỉ đạo Ủy ban nhân dân cấp xã ...": the provinces direct it (gold: xa or tinh)
                date(2025, 10, 31),
                "gửi về Sở Văn hóa, Thể thao và Du lịch (Sở Văn hóa và Thể thao) để tổng hợp",
            ),
            (
                "tinh",
                date(2025, 12, 5),
                (
                    "Phê duyệt Kế hoạch thực hiện công tác gia đình năm 2026 của địa phương, gửi về Bộ Văn "
                    "hóa, Thể thao và Du lịch"
                ),
            ),
            (
                "tinh",
                date(2025, 11, 20),
                (
                    "Cập nhật số liệu năm 2025 vào Hệ thống cơ sở dữ liệu về gia đình và phòng, chống bạo "
                    "lực gia đình của Bộ"
                ),
            ),
            ("tinh", date(2025, 11, 25), None),
            (
                "tinh",
                date(2026, 1, 10),
                "Đăng ký với Bộ các hoạt động điểm kỷ niệm 25 năm Ngày Gia đình Việt Nam của địa phương",
            ),
            ("trung_uong", date(2025, 10, 31), None),
        ],
        [
            "Như trên",
            "Bộ trưởng (để b/c)",
            "Thứ trưởng phụ trách (để b/c)",
            "Ban Tuyên giáo và Dân vận Trung ương (để phối hợp)",
            "Ủy ban Trung ương MTTQ Việt Nam",
            "Cổng TTĐT Bộ VHTTDL",
            "Lưu: VT, Cục VHCSGĐTV, LTH(75)",
        ],
        ("KT", "CỤC TRƯỞNG CỤC VĂN HÓA CƠ SỞ, GIA ĐÌNH VÀ THƯ VIỆN", "PHÓ CỤC TRƯỞNG", "Đỗ Minh Khuê"),
    ),
    "cong_doan_co_so_catdoc": Expected(
        "38/KH-CĐCS",
        "LIÊN ĐOÀN LAO ĐỘNG THÀNH PHỐ HẢI PHÒNG CĐCS CÔNG TY CỔ PHẦN MAY XUẤT KHẨU AN DƯƠNG",
        None,
        "Hải Phòng",
        date(2025, 12, 15),
        (
            "Tổ chức các hoạt động chăm lo Tết Nguyên đán Bính Ngọ năm 2026 cho đoàn viên, người lao động "
            "Công "
            "ty"
        ),
        [
            ("co_so", date(2025, 12, 22), None),
            (
                "co_so",
                date(2025, 12, 26),
                "Các công đoàn bộ phận tổng hợp, xét duyệt, gửi danh sách về Ban Chấp hành Công đoàn cơ sở",
            ),
            ("co_so", date(2026, 1, 31), None),
            ("co_so", date(2026, 1, 9), "Các tổ công đoàn lập danh sách đăng ký, gửi về Văn phòng Công đoàn"),
            ("co_so", date(2026, 2, 6), "Các công đoàn bộ phận chủ trì trao quà tận tay đoàn viên"),
            (
                "co_so",
                date(2026, 3, 6),
                (
                    "Tổ chức sơ kết, đánh giá kết quả chăm lo Tết và báo cáo Ban Thường vụ Liên đoàn Lao "
                    "động "
                    "thành phố"
                ),
            ),
            (
                "co_so",
                date(2026, 2, 28),
                (
                    "Giao đồng chí Vũ Thị Thanh Hương, Ủy viên Ban Chấp hành, kế toán công đoàn, lập dự toán "
                    "kinh phí, hoàn thành việc thanh, quyết toán kinh phí chăm lo Tết"
                ),
            ),
            ("co_so", date(2026, 3, 31), None),
        ],
        [
            "LĐLĐ thành phố Hải Phòng (b/c)",
            "Đảng ủy Công ty (b/c)",
            "Ban Giám đốc Công ty (phối hợp)",
            "Các công đoàn bộ phận, tổ công đoàn (t/h)",
            "Lưu: VT, BCH",
        ],
        ("TM", "BAN CHẤP HÀNH", "CHỦ TỊCH", "Phạm Văn Tuấn"),
    ),
    "doan_truong_bao_cao_history": Expected(
        "12-BC/ĐTN",
        "BCH ĐOÀN TRƯỜNG THPT LÊ HỒNG PHONG",
        "HUYỆN ĐOÀN HƯNG NGUYÊN",
        "Hưng Nguyên",
        date(2025, 1, 17),
        "Kết quả công tác Đoàn và phong trào thanh niên học kỳ I, năm học 2024 - 2025",
        [
            (
                "co_so",
                date(2025, 2, 14),
                "Các chi đoàn nộp sổ chi đoàn, sổ ghi chép hoạt động học kỳ I về Văn phòng Đoàn trường",
            ),
            ("co_so", date(2025, 2, 28), None),
            ("co_so", date(2025, 3, 31), "Các chi đoàn hoàn thành việc thu, nộp đoàn phí học kỳ II"),
            (
                "co_so",
                date(2025, 4, 20),
                "BCH Đoàn trường hoàn thành việc xét, giới thiệu đoàn viên ưu tú đợt 2 cho Chi bộ nhà trường",
            ),
            (
                "co_so",
                date(2025, 6, 30),
                (
                    "Văn phòng Đoàn trường chủ trì, các chi đoàn khối 12 phối hợp hoàn thành việc trả sổ "
                    "đoàn "
                    "viên, giới thiệu chuyển sinh hoạt Đoàn cho đoàn viên khối 12 ra trường"
                ),
            ),
            (
                "co_so",
                date(2025, 5, 20),
                (
                    "BCH Đoàn trường tổng hợp, gửi báo cáo tổng kết công tác Đoàn năm học 2024 - 2025 về Ban "
                    "Thường vụ Huyện đoàn"
                ),
            ),
        ],
        [
            "Huyện đoàn Hưng Nguyên (b/c)",
            "Chi bộ, BGH nhà trường (b/c)",
            "Các chi đoàn",
            "Lưu VP Đoàn trường",
        ],
        ("TM", "BCH ĐOÀN TRƯỜNG", "BÍ THƯ", "Nguyễn Thị Thu Hà"),
    ),
    "tinh_doan_huong_dan_web_excerpt": Expected(
        "52-HD/TĐTN-PT",
        "BCH ĐOÀN TỈNH QUẢNG NAM",
        None,
        "Quảng Nam",
        date(2025, 2, 27),
        (
            "Tổ chức các hoạt động kỷ niệm 94 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931 - "
            "26/3/2025) "
            "và Tháng Thanh niên năm 2025"
        ),
        [
            ("huyen", date(2025, 3, 15), "hoàn thành việc trang trí, cổ động trực quan"),
            (
                "huyen",
                date(2025, 3, 12),
                "Các huyện, thị, thành đoàn, Đoàn trực thuộc gửi hồ sơ đề cử về Tỉnh đoàn",
            ),
            (
                "co_so",
                date(2025, 3, 25),
                (
                    "Các cơ sở Đoàn tổ chức đợt sinh hoạt chi đoàn chủ điểm “Tự hào truyền thống - Tiên "
                    "phong "
                    "chuyển đổi số”"
                ),
            ),
            (
                "co_so",
                date(2025, 3, 20),
                "Cơ sở Đoàn hoàn thành rà soát, cập nhật thông tin đoàn viên trên phần mềm Quản lý đoàn viên",
            ),
            ("huyen", date(2025, 3, 31), None),
            ("co_so", date(2025, 3, 31), None),
            (
                "huyen",
                date(2025, 3, 7),
                (
                    "Các huyện, thị, thành đoàn, Đoàn trực thuộc căn cứ Hướng dẫn này và Kế hoạch "
                    "397-KH/TWĐTN-PT xây dựng kế hoạch cụ thể, gửi về Tỉnh đoàn"
                ),
            ),
            ("huyen", date(2025, 4, 4), "báo cáo kết quả Tháng Thanh niên"),
        ],
        [],
        None,
    ),
    "ubnd_tinh_chi_thi_docx2txt": Expected(
        "08/CT-UBND",
        "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH",
        None,
        "Hà Tĩnh",
        date(2025, 3, 3),
        "Về tăng cường công tác quản lý, bảo vệ rừng và phòng cháy, chữa cháy rừng mùa khô năm 2025",
        [
            (
                "tinh",
                date(2025, 3, 15),
                (
                    "Chủ trì, phối hợp với Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh rà soát, cập nhật Phương án "
                    "PCCCR cấp tỉnh năm 2025, trình UBND tỉnh phê duyệt"
                ),
            ),
            ("tinh", date(2025, 3, 31), None),
            ("tinh", date(2025, 6, 30), "phối hợp tổ chức diễn tập chữa cháy rừng cấp tỉnh"),
            (
                "huyen",
                date(2025, 3, 31),
                "phê duyệt phương án PCCCR năm 2025 của địa phương theo Kế hoạch 62/KH-UBND",
            ),
            ("huyen", date(2025, 6, 25), None),
            (
                "xa",
                date(2025, 4, 10),
                (
                    "Tổ chức cho các hộ gia đình, cá nhân nhận khoán bảo vệ rừng ký cam kết thực hiện các "
                    "quy "
                    "định về PCCCR"
                ),
            ),
            ("xa", date(2025, 4, 30), None),
            ("tinh", date(2025, 6, 30), "tổng hợp kết quả, báo cáo Chủ tịch UBND tỉnh"),
        ],
        [
            "Bộ Nông nghiệp và Môi trường (b/c)",
            "TT Tỉnh ủy, TT HĐND tỉnh (b/c)",
            "Chủ tịch, các PCT UBND tỉnh",
            "Các sở, ban, ngành, đoàn thể cấp tỉnh",
            "UBND các huyện, thị xã, thành phố",
            "Các chủ rừng trên địa bàn tỉnh",
            "Báo Hà Tĩnh, Đài PT-TH tỉnh",
            "Chánh VP, các PCVP UBND tỉnh",
            "Lưu: VT, NL4",
        ],
        ("KT", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Phan Văn Tường"),
    ),
    "bo_chi_huy_bien_phong_dotted_dates": Expected(
        "386/KH-BCH",
        "BỘ CHỈ HUY BỘ ĐỘI BIÊN PHÒNG TỈNH QUẢNG NINH",
        "BỘ TƯ LỆNH BỘ ĐỘI BIÊN PHÒNG",
        "Quảng Ninh",
        date(2025, 2, 10),
        "Luyện tập, diễn tập phương án bảo vệ chủ quyền, an ninh biên giới biển và tìm kiếm cứu nạn năm 2025",
        [
            ("tinh", date(2025, 3, 31), "Luyện tập từng phần: các đơn vị tổ chức tại đơn vị"),
            (
                "tinh",
                date(2025, 6, 30),
                "Các Đồn Biên phòng còn lại trong Bộ Chỉ huy tổ chức luyện tập phương án cấp đồn",
            ),
            (
                "tinh",
                date(2025, 2, 28),
                "Thẩm định kế hoạch luyện tập của các đơn vị, trình Chỉ huy trưởng phê duyệt",
            ),
            ("tinh", date(2025, 3, 31), "Tổng hợp kết quả, báo cáo Bộ Tư lệnh Bộ đội Biên phòng"),
            ("tinh", date(2025, 3, 7), None),
            (
                "tinh",
                date(2025, 3, 14),
                "Hoàn thành bảo dưỡng, sửa chữa tàu, xuồng tham gia diễn tập, sẵn sàng cơ động",
            ),
            ("tinh", date(2025, 2, 20), "Xây dựng kế hoạch luyện tập của đơn vị, báo cáo về Bộ Chỉ huy"),
            (
                "tinh",
                date(2025, 3, 25),
                "Tổ chức rút kinh nghiệm, báo cáo kết quả luyện tập, diễn tập về Bộ Chỉ huy",
            ),
        ],
        [
            "Bộ Tư lệnh BĐBP (để b/c)",
            "Bộ Tham mưu BĐBP (để b/c)",
            "Đ/c Chỉ huy trưởng (để b/c)",
            "Các phòng, ban thuộc Bộ Chỉ huy",
            "Các Đồn Biên phòng: Trà Cổ, Vĩnh Thực, Cô Tô và Hải đội Biên phòng 2",
            "Lưu: VT, TM. H16",
        ],
        ("KT", "CHỈ HUY TRƯỞNG", "PHÓ CHỈ HUY TRƯỞNG", "Phạm Quang Hưng"),
    ),
    "truong_mam_non_nam_hoc_weeks": Expected(
        "156/KH-MNHĐ",
        "TRƯỜNG MẦM NON HOA ĐÀO",
        "UBND PHƯỜNG PHÚC LỢI",
        "Phúc Lợi",
        date(2025, 9, 10),
        "Thực hiện nhiệm vụ giáo dục mầm non năm học 2025-2026",
        [
            (
                "co_so",
                date(2025, 9, 20),
                "Các tổ chuyên môn căn cứ Kế hoạch này xây dựng kế hoạch giáo dục năm học của tổ, nộp về "
                "đồng chí Phó Hiệu trưởng phụ trách chuyên môn",
            ),
            (
                "co_so",
                date(2025, 9, 19),
                "hoàn thành đánh giá trẻ đầu năm, cân đo, chấm biểu đồ tăng trưởng và cập nhật kết quả lên "
                "phần mềm cơ sở dữ liệu ngành",
            ),
            (
                "co_so",
                date(2025, 10, 15),
                "Nhà trường hoàn thành điều tra, cập nhật số liệu phổ cập giáo dục mầm non trẻ 3-5 tuổi, "
                "tổng hợp báo cáo thống kê đầu năm học gửi về Phòng Văn hóa - Xã hội phường",
            ),
            (
                "co_so",
                date(2025, 10, 31),
                "Tổ Văn phòng phối hợp với các tổ chuyên môn kiểm kê, rà soát, bổ sung đồ dùng, đồ chơi, "
                "thiết bị dạy học tối thiểu cho các nhóm, lớp",
            ),
            (
                "co_so",
                date(2025, 10, 24),
                "Các tổ chuyên môn lập danh sách giáo viên đăng ký dự thi, gửi về Ban Giám hiệu",
            ),
            (
                "co_so",
                date(2025, 12, 31),
                "Ban Kiểm tra nội bộ nhà trường hoàn thành kiểm tra chuyên đề, kiểm tra hoạt động sư phạm "
                "của giáo viên học kỳ I",
            ),
            (
                "co_so",
                date(2026, 3, 31),
                "Thực hiện Công văn 3120/SGDĐT-GDMN của Sở GD&ĐT, Hội đồng tự đánh giá của nhà trường hoàn "
                "thành báo cáo tự đánh giá chất lượng giáo dục, gửi về Sở GD&ĐT qua Phòng Văn hóa - Xã hội "
                "phường",
            ),
            (
                "co_so",
                date(2026, 5, 22),
                "tổng hợp kết quả đánh giá trẻ cuối năm, kết quả thực hiện chương trình của các nhóm, lớp, "
                "nộp về Phó Hiệu trưởng phụ trách chuyên môn",
            ),
        ],
        [
            "Phòng VH-XH phường Phúc Lợi (để b/c)",
            "UBND phường Phúc Lợi (để b/c)",
            "CB, GV, NV nhà trường (để t/h)",
            "Đăng Website nhà trường",
            "Lưu: VT",
        ],
        (None, None, "HIỆU TRƯỞNG", "Nguyễn Thị Thanh Hằng"),
    ),
    "ban_chi_huy_pctt_huyen_pdftotext_raw": Expected(
        "18/KH-BCH",
        "BAN CHỈ HUY PHÒNG, CHỐNG THIÊN TAI VÀ TÌM KIẾM CỨU NẠN",
        "UBND HUYỆN HẢI LĂNG",
        "Hải Lăng",
        date(2025, 3, 17),
        "Chủ động phòng, chống, ứng phó thiên tai và tìm kiếm cứu nạn mùa mưa bão năm 2025 trên địa bàn "
        "huyện Hải Lăng",
        [
            (
                "xa",
                date(2025, 4, 10),
                "UBND các xã, thị trấn kiện toàn Ban Chỉ huy PCTT và TKCN cấp xã, thành lập hoặc củng cố "
                "đội xung kích phòng, chống thiên tai cấp xã, phân công nhiệm vụ cụ thể cho từng thành viên",
            ),
            (
                "xa",
                date(2025, 4, 30),
                "gửi về Văn phòng thường trực Ban Chỉ huy PCTT và TKCN huyện bằng văn bản và bản điện tử",
            ),
            ("huyen", date(2025, 5, 31), "lập danh mục các điểm xung yếu, đề xuất phương án xử lý"),
            (
                "huyen",
                date(2025, 6, 30),
                "Ban Chỉ huy Quân sự huyện chủ trì, phối hợp với Công an huyện xây dựng kế hoạch huy động "
                "lực lượng, phương tiện tham gia ứng phó thiên tai và tìm kiếm cứu nạn, tổ chức huấn luyện "
                "cho lực lượng dân quân, xung kích",
            ),
            (
                "huyen",
                date(2025, 5, 25),
                "Các cơ quan, đơn vị cấp huyện được giao nhiệm vụ rà soát, bổ sung vật tư, phương tiện, "
                'trang thiết bị theo phương châm "4 tại chỗ", hoàn thành trước mùa mưa bão',
            ),
            (
                "xa",
                date(2025, 6, 20),
                "hoàn thành diễn tập phương án ứng phó bão, lũ kết hợp tìm kiếm cứu nạn",
            ),
            (
                "huyen",
                date(2025, 6, 30),
                "tổng hợp kết quả công tác chuẩn bị, báo cáo UBND tỉnh và Ban Chỉ huy PCTT và TKCN tỉnh",
            ),
        ],
        [
            "UBND tỉnh (b/c)",
            "Ban Chỉ huy PCTT và TKCN tỉnh (b/c)",
            "TT Huyện ủy, TT HĐND huyện (b/c)",
            "Chủ tịch, các PCT UBND huyện",
            "Thành viên Ban Chỉ huy PCTT và TKCN huyện",
            "UBND các xã, thị trấn",
            "Lưu: VT, VPTT",
        ],
        ("KT", "TRƯỞNG BAN", "PHÓ TRƯỞNG BAN THƯỜNG TRỰC", "Hoàng Văn Minh"),
    ),
    "hoi_dong_doi_huyen_school_weeks": Expected(
        "12-KH/HĐĐ",
        "HỘI ĐỒNG ĐỘI HUYỆN",
        "BCH ĐOÀN HUYỆN YÊN THÀNH",
        "Yên Thành",
        date(2024, 9, 16),
        "Tổ chức các hoạt động trọng tâm công tác Đội và phong trào thiếu nhi học kỳ I, năm học 2024 - 2025",
        [
            (
                "co_so",
                date(2024, 10, 5),
                "Các Liên đội tổ chức Đại hội Chi đội, Đại hội Liên đội nhiệm kỳ năm học 2024 - 2025 đúng "
                "quy trình, nghiêm túc",
            ),
            (
                "co_so",
                date(2024, 10, 15),
                "Sau Đại hội, Liên đội gửi danh sách Ban chỉ huy Liên đội và kế hoạch công tác Đội năm học "
                "về Hội đồng Đội huyện",
            ),
            ("co_so", date(2024, 10, 31), "hoàn thành việc đăng ký"),
            (
                "co_so",
                date(2024, 11, 16),
                "Các Liên đội tổ chức cho đội viên viết bài, thành lập Ban giám khảo cấp Liên đội và tổ "
                "chức chấm vòng cơ sở trong tuần 2 tháng 11",
            ),
            (
                "co_so",
                date(2024, 11, 20),
                "Mỗi Liên đội lựa chọn 03 bài viết xuất sắc nhất gửi về Hội đồng Đội huyện",
            ),
            (
                "huyen",
                date(2024, 12, 10),
                'Hội đồng Đội huyện thành lập Ban giám khảo, tổ chức chấm chung khảo Cuộc thi viết thư "Tri '
                'ân thầy cô", hoàn thành việc chấm và công bố kết quả',
            ),
            ("co_so", date(2025, 1, 10), "hoàn thành sơ kết, gửi báo cáo về Hội đồng Đội huyện"),
            ("huyen", date(2025, 1, 20), "THỜI GIAN SƠ KẾT HỌC KỲ I"),
        ],
        [
            "Hội đồng Đội tỉnh (b/c)",
            "TT Huyện ủy, BTV Huyện đoàn (b/c)",
            "Phòng GD&ĐT huyện (p/h)",
            "Các Liên đội TH, THCS (t/h)",
            "Lưu HĐĐ",
        ],
        ("TM", "HỘI ĐỒNG ĐỘI HUYỆN", "CHỦ TỊCH", "Nguyễn Thị Thu Hà"),
    ),
    "toa_an_tinh_e_office_signed": Expected(
        "15/KH-TA",
        "TÒA ÁN NHÂN DÂN TỈNH HÀ TĨNH",
        None,
        "Hà Tĩnh",
        date(2026, 3, 12),
        "Kiểm tra công tác giải quyết, xét xử các loại vụ việc của Tòa án nhân dân hai cấp tỉnh Hà Tĩnh năm "
        "2026",
        [
            ("huyen", date(2026, 6, 30), "tự kiểm tra"),
            ("tinh", date(2026, 8, 7), "kiểm tra trực tiếp"),
            (
                "huyen",
                date(2026, 3, 31),
                "gửi kế hoạch tự kiểm tra về Tòa án nhân dân tỉnh (qua Phòng Kiểm tra nghiệp vụ và Thi hành "
                "án)",
            ),
            (
                "huyen",
                date(2026, 7, 5),
                "Các Tòa án nhân dân khu vực hoàn thành báo cáo kết quả tự kiểm tra và gửi về Tòa án nhân "
                "dân tỉnh",
            ),
            (
                "tinh",
                date(2026, 8, 31),
                "Phòng Kiểm tra nghiệp vụ và Thi hành án tổng hợp, dự thảo Thông báo kết luận kiểm tra, "
                "trình Chánh án",
            ),
            (
                "tinh",
                date(2026, 9, 10),
                "Văn phòng Tòa án nhân dân tỉnh phối hợp tổng hợp, tham mưu Chánh án báo cáo kết quả thực "
                "hiện Kế hoạch về Tòa án nhân dân tối cao",
            ),
            (
                "huyen",
                date(2026, 6, 30),
                "Tập trung giải quyết dứt điểm các vụ án hành chính, các vụ án dân sự đã tạm đình chỉ quá "
                "12 tháng mà lý do tạm đình chỉ không còn",
            ),
        ],
        [
            "Tòa án nhân dân tối cao (để b/c)",
            "Vụ Tổng hợp TANDTC (để b/c)",
            "Thường trực Tỉnh ủy (để b/c)",
            "Viện kiểm sát nhân dân tỉnh (để p/h)",
            "Lãnh đạo TAND tỉnh",
            "Các Phòng, Tòa chuyên trách TAND tỉnh",
            "Các TAND khu vực (để t/h)",
            "Cổng TTĐT TAND tỉnh",
            "Lưu: VT, P.KTNV&THA",
        ],
        ("KT", "CHÁNH ÁN", "PHÓ CHÁNH ÁN", "Phan Văn Thịnh"),
    ),
    "hoi_sinh_vien_truong_gdocs_comments": Expected(
        "08/KH-HSV",
        "BCH HỘI SINH VIÊN TRƯỜNG ĐẠI HỌC CẦN THƠ",
        "HỘI SINH VIÊN VIỆT NAM TP. CẦN THƠ",
        "Cần Thơ",
        date(2025, 10, 14),
        "Triển khai phong trào “Sinh viên 5 tốt” và xét chọn danh hiệu “Sinh viên 5 tốt” cấp Trường năm học "
        "2025 - 2026",
        [
            (
                "co_so",
                date(2025, 10, 31),
                "Các liên chi hội tổ chức phổ biến, quán triệt Kế hoạch đến 100% chi hội trực thuộc",
            ),
            (
                "co_so",
                date(2025, 10, 30),
                "Các chi hội tổ chức cho sinh viên đăng ký phấn đấu và gửi danh sách đăng ký về liên chi hội",
            ),
            (
                None,
                date(2025, 11, 20),
                "Sinh viên đủ điều kiện nộp hồ sơ trực tuyến qua biểu mẫu tại địa chỉ "
                "hoisinhvien.ctu.edu.vn/sv5t",
            ),
            (
                "co_so",
                date(2025, 12, 5),
                "Các liên chi hội thẩm định hồ sơ, lập biên bản xét chọn cấp liên chi hội và gửi danh sách "
                "đề nghị kèm hồ sơ về Hội Sinh viên Trường",
            ),
            ("co_so", date(2025, 12, 15), "Hội đồng xét chọn cấp Trường làm việc"),
            (
                "co_so",
                date(2025, 12, 31),
                "Ban Thư ký Hội Sinh viên Trường hoàn thiện hồ sơ, giới thiệu các sinh viên tiêu biểu tham "
                "gia xét chọn danh hiệu “Sinh viên 5 tốt” cấp Thành phố",
            ),
            ("co_so", date(2025, 12, 31), "Các liên chi hội Triển khai Kế hoạch đến các chi hội"),
        ],
        [
            "Thường trực Hội SV TP. Cần Thơ (b/c)",
            "Đảng ủy, Ban Giám hiệu Trường (b/c)",
            "BTV Đoàn trường (p/h)",
            "Phòng Công tác Sinh viên",
            "Các LCH, CH trực thuộc (t/h)",
            "Lưu VP Hội",
        ],
        ("TM", "BAN THƯ KÝ", "CHỦ TỊCH", "Trần Minh Khoa"),
    ),
    "hoi_lhpn_xa_tesseract": Expected(
        "24/KH-HPN",
        "BCH HỘI LHPN XÃ NGA SƠN",
        "HỘI LHPN TỈNH THANH HÓA",
        "Nga Sơn",
        date(2025, 12, 16),
        "Công tác Hội và phong trào phụ nữ năm 2026",
        [
            (
                "co_so",
                date(2026, 6, 30),
                'Mỗi chi hội xây dựng, ra mắt ít nhất 01 mô hình "Chi hội phụ nữ 5 không 3 sạch" hoặc tổ '
                "liên kết sản xuất",
            ),
            (
                "co_so",
                date(2025, 12, 26),
                "Các chi hội dăng ký danh hiệu thi đua năm 2026, gửi về Văn phòng Hội LHPN xã",
            ),
            ("xa", date(2026, 3, 13), "Báo cáo kết quả hoạt động quý I gửi Ban Thường vụ Hội LHPN xã"),
            ("xa", date(2026, 4, 30), "Rà soát, cập nhật thông tin hội viên trên phần mềm quản lý hội viên"),
            ("xa", date(2026, 6, 30), "Rà soát, lập danh sách hộ phụ nữ nghèo, cận nghèo cần hỗ trợ sinh kế"),
            ("co_so", date(2026, 6, 20), "Sơ kết 6 tháng"),
            ("xa", date(2026, 7, 20), "Sơ kết 6 tháng"),
            (
                "xa",
                date(2026, 12, 10),
                "Tổng kết năm 2026: Hội LHPN xã hoàn thành báo cáo tổng kết, gửi Ban Thuờng vụ Hội LHPN tỉnh",
            ),
        ],
        [
            "Ban Thường vụ Hội LHPN tỉnh (b/c)",
            "Thường trực Dảng ủy xã (b/c)",
            "Ban Thường trực UB MTTQ VN xã",
            "Các chi hội phụ nữ",
            "Lưu: VP",
        ],
        ("TM", "BAN THUỜNG VỤ", "CHỦ TỊCH", "Lê Thị Thu Hương"),
    ),
    "ubnd_xa_2025_van_phong_phong_ban": Expected(
        "112/KH-UBND",
        "ỦY BAN NHÂN DÂN XÃ ĐỨC THỌ",
        None,
        "Đức Thọ",
        date(2025, 10, 20),
        "Triển khai phổ cập kỹ năng số cho Nhân dân trên địa bàn xã Đức Thọ giai đoạn 2025 - 2026",
        [
            (
                "xa",
                date(2025, 10, 25),
                "Tham mưu Chủ tịch UBND xã ban hành quyết định thành lập Tổ công tác triển khai phong trào "
                '"Bình dân học vụ số" của xã',
            ),
            ("xa", date(2025, 12, 15), "xây dựng báo cáo sơ kết gửi UBND tỉnh"),
            (
                "xa",
                date(2025, 12, 31),
                "Hướng dẫn, hỗ trợ các hộ kinh doanh, hợp tác xã, chủ thể sản phẩm OCOP trên địa bàn đưa "
                "sản phẩm lên sàn thương mại điện tử, sử dụng hóa đơn điện tử và thanh toán không dùng tiền "
                "mặt",
            ),
            (
                "xa",
                date(2025, 11, 30),
                "Tổ chức đợt cao điểm hướng dẫn người dân kích hoạt tài khoản định danh điện tử mức độ 2 và "
                "nộp hồ sơ trực tuyến toàn trình",
            ),
            ("co_so", date(2025, 12, 10), "gửi kết quả về UBND xã"),
            ("co_so", date(2025, 11, 5), "gửi danh sách thành viên về UBND xã"),
            (
                "co_so",
                date(2026, 6, 30),
                "hoàn thành phổ cập kỹ năng số cơ bản cho ít nhất 70% người trong độ tuổi lao động của "
                "thôn, tổ dân phố",
            ),
        ],
        [
            "UBND tỉnh (b/c)",
            "Sở Khoa học và Công nghệ (b/c)",
            "TT Đảng ủy, TT HĐND xã (b/c)",
            "Chủ tịch, các PCT UBND xã",
            "UBMTTQ Việt Nam xã và các tổ chức CT-XH",
            "Các phòng, đơn vị thuộc UBND xã",
            "Các trường MN, TH, THCS trên địa bàn xã",
            "Các thôn, tổ dân phố",
            "Lưu: VT, VHXH",
        ],
        ("KT", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Thị Thanh Hương"),
    ),
    "trung_tam_y_te_huyen_tiem_chung_schedule": Expected(
        "78/KH-TTYT",
        "TRUNG TÂM Y TẾ HUYỆN CẨM KHÊ",
        "SỞ Y TẾ PHÚ THỌ",
        "Cẩm Khê",
        date(2025, 3, 11),
        "Triển khai chiến dịch tiêm bổ sung vắc xin Sởi - Rubella (MR) cho trẻ từ 1 đến 5 tuổi trên địa bàn "
        "huyện Cẩm Khê năm 2025",
        [
            (
                "huyen",
                date(2025, 4, 28),
                "Tổng hợp kết quả chiến dịch gửi Sở Y tế, Trung tâm Kiểm soát bệnh tật tỉnh",
            ),
            ("huyen", date(2025, 6, 10), "Xây dựng báo cáo tổng kết chiến dịch gửi Sở Y tế"),
            (
                "huyen",
                date(2025, 6, 30),
                "Hoàn thành thanh quyết toán vắc xin, vật tư tiêm chủng với Trung tâm Kiểm soát bệnh tật "
                "tỉnh",
            ),
            (
                "xa",
                date(2025, 3, 18),
                "Phối hợp với cộng tác viên y tế thôn, khu rà soát, lập danh sách trẻ thuộc đối tượng",
            ),
            (
                "xa",
                date(2025, 3, 20),
                "Gửi danh sách đối tượng và dự trù vắc xin, vật tư về Khoa Kiểm soát bệnh tật - HIV/AIDS",
            ),
            (
                "xa",
                date(2025, 4, 25),
                "Báo cáo kết quả chiến dịch theo Phụ lục 3 gửi về Trung tâm Y tế huyện",
            ),
            ("xa", date(2025, 5, 31), "Tổ chức tiêm vét cho trẻ bỏ sót, hoãn tiêm"),
        ],
        [
            "Sở Y tế (b/c)",
            "Trung tâm KSBT tỉnh (b/c)",
            "TT Huyện ủy, UBND huyện (b/c)",
            "UBND các xã, thị trấn (p/h)",
            "Các khoa, phòng thuộc TTYT",
            "Trạm Y tế các xã, thị trấn (t/h)",
            "Lưu: VT, KSBT",
        ],
        ("KT", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Hà Thị Minh Nguyệt"),
    ),
    "hoi_ccb_xa_zalo": Expected(
        "07/KH-CCB",
        "HỘI CCB XÃ DIỄN CHÂU",
        "HỘI CCB TỈNH NGHỆ AN",
        "Diễn Châu",
        date(2026, 3, 9),
        "Tổ chức các hoạt động kỷ niệm 51 năm Ngày Giải phóng miền Nam, thống nhất đất nước (30/4/1975 - "
        "30/4/2026)",
        [
            (
                "co_so",
                date(2026, 3, 20),
                "Các chi hội rà soát, lập danh sách hội viên trực tiếp tham gia Chiến dịch Hồ Chí Minh, hội "
                "viên ốm đau, khó khăn gửi về Hội",
            ),
            ("co_so", date(2026, 3, 31), "Các chi hội thu, nộp hội phí quý I về Hội"),
            ("co_so", date(2026, 4, 30), "Các chi hội tổ chức thăm hỏi, tặng quà hội viên khó khăn"),
            ("co_so", date(2026, 5, 5), "Chi hội trưởng các chi hội báo cáo kết quả về Hội"),
            (
                "xa",
                date(2026, 5, 10),
                "Văn phòng Hội tổng hợp, tham mưu BTV báo cáo Ban Thường vụ Hội CCB tỉnh",
            ),
        ],
        ["TT Hội CCB tỉnh (b/c)", "TT Đảng ủy xã (b/c)", "Các chi hội CCB", "Lưu VP Hội"],
        ("TM", "BAN CHẤP HÀNH", "CHỦ TỊCH", "Nguyễn Đình Thắng"),
    ),
    "tika_pdf_blank_lines": Expected(
        "48-KH/BDVTU",
        "BAN DÂN VẬN",
        "TỈNH ỦY QUẢNG BÌNH",
        "Đồng Hới",
        date(2024, 3, 12),
        "Triển khai phong trào thi đua “Dân vận khéo” và xây dựng mô hình dân vận tiêu biểu năm 2024",
        [
            (
                "co_so",
                date(2024, 4, 30),
                "Các tổ chức cơ sở đảng chỉ đạo chi bộ, chính quyền, Mặt trận và đoàn thể ở cơ sở đăng ký "
                "mô hình, hoàn thành việc đăng ký",
            ),
            (
                "huyen",
                date(2024, 3, 30),
                "Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy xây dựng kế hoạch triển khai "
                "phong trào năm 2024 ở địa phương, đơn vị mình, gửi về Ban Dân vận Tỉnh ủy",
            ),
            ("huyen", date(2024, 6, 10), "báo cáo kết quả sơ kết phong trào gửi về Ban Dân vận Tỉnh ủy"),
            (
                "tinh",
                date(2024, 9, 30),
                "Ban Dân vận Tỉnh ủy tổng hợp, thẩm định và lựa chọn các mô hình tiêu biểu cấp tỉnh",
            ),
            (
                "tinh",
                date(2024, 9, 10),
                "ban hành hướng dẫn tổng kết phong trào thi đua “Dân vận khéo” năm 2024",
            ),
            (
                "co_so",
                date(2024, 9, 25),
                "Tổ chức đánh giá, tổng kết phong trào năm 2024 theo hướng dẫn của Ban Dân vận cấp huyện",
            ),
            ("huyen", date(2024, 10, 20), "Tổng kết"),
            (
                "tinh",
                date(2024, 11, 30),
                "Ban Dân vận Tỉnh ủy tham mưu Ban Thường vụ Tỉnh ủy tổ chức tổng kết",
            ),
        ],
        [
            "Thường trực Tỉnh ủy (b/c)",
            "Ban Dân vận Trung ương (b/c)",
            "Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc",
            "Ban Dân vận các huyện, thị, thành ủy",
            "MTTQ và các đoàn thể CT-XH tỉnh",
            "Lưu Văn phòng Ban",
        ],
        ("KT", "TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Hoàng Thị Thu Hà"),
    ),
    "thue_tinh_2025_excel_annex": Expected(
        "412/KH-TTH",
        "THUẾ TỈNH THANH HÓA",
        "CỤC THUẾ",
        "Thanh Hóa",
        date(2025, 12, 26),
        "Triển khai công tác quyết toán thuế thu nhập cá nhân năm 2025 và hỗ trợ người nộp thuế trên địa "
        "bàn tỉnh Thanh Hóa",
        [
            (
                "tinh",
                date(2026, 3, 31),
                "Thông báo rộng rãi để tổ chức, cá nhân trả thu nhập từ tiền lương, tiền công biết và thực "
                "hiện: tổ chức trả thu nhập có trách nhiệm khai quyết toán thuế TNCN và quyết toán thay cho "
                "các cá nhân có ủy quyền, thời hạn nộp hồ sơ quyết toán thuế",
            ),
            ("co_so", date(2026, 5, 8), "báo cáo kết quả quyết toán thuế TNCN năm 2025 về Thuế tỉnh"),
            (
                "co_so",
                date(2026, 1, 5),
                "Xây dựng, ban hành kế hoạch chi tiết tại đơn vị; phân công công chức đầu mối",
            ),
            (
                "co_so",
                date(2026, 2, 28),
                "Rà soát, chuẩn hóa thông tin mã số thuế, người phụ thuộc của cá nhân có thu nhập từ tiền "
                "lương, tiền công",
            ),
            ("co_so", date(2026, 1, 31), "Tập huấn, đối thoại với tổ chức trả thu nhập trên địa bàn quản lý"),
            ("co_so", date(2026, 6, 30), "Kiểm tra hồ sơ quyết toán, hoàn thuế TNCN có dấu hiệu rủi ro"),
            ("co_so", date(2026, 6, 30), "Đôn đốc thu nộp số thuế TNCN còn phải nộp sau quyết toán"),
            (
                "tinh",
                date(2026, 5, 15),
                "Tổng hợp, báo cáo Cục Thuế kết quả quyết toán thuế năm 2025 trên địa bàn tỉnh",
            ),
        ],
        [
            "Cục Thuế (để b/c)",
            "UBND tỉnh Thanh Hóa (để b/c)",
            "Sở Tài chính tỉnh Thanh Hóa",
            "Trưởng Thuế tỉnh (để b/c)",
            "Các Phó Trưởng Thuế tỉnh",
            "Các phòng thuộc Thuế tỉnh",
            "Các Thuế cơ sở trực thuộc",
            "Lưu: VT, QLHKDCN",
        ],
        ("KT", "TRƯỞNG THUẾ TỈNH", "PHÓ TRƯỞNG THUẾ TỈNH", "Lê Thị Minh Phương"),
    ),
    "so_noi_vu_csv_comma_annex": Expected(
        "310/KH-SNV",
        "SỞ NỘI VỤ",
        "UBND TỈNH LÂM ĐỒNG",
        "Lâm Đồng",
        date(2025, 11, 14),
        "Rà soát, đánh giá và bồi dưỡng đội ngũ cán bộ, công chức cấp xã sau sắp xếp đơn vị hành chính trên "
        "địa bàn tỉnh",
        [
            (
                "tinh",
                date(2025, 11, 25),
                "Các sở, ban, ngành tỉnh cử 01 công chức làm đầu mối phối hợp, gửi danh sách về Sở Nội vụ",
            ),
            (
                "tinh",
                date(2025, 11, 28),
                "Ban hành văn bản hướng dẫn biểu mẫu rà soát (theo Hướng dẫn số 12/HD-SNV, có sửa đổi)",
            ),
            (
                "xa",
                date(2025, 12, 20),
                'Tổ chức rà soát, thống kê đội ngũ cán bộ, công chức theo mẫu "Phụ lục 01" và "Phụ lục 02"',
            ),
            (
                "tinh",
                date(2026, 1, 31),
                "Tổng hợp kết quả rà soát; đề xuất phương án bố trí, điều động, biệt phái công chức",
            ),
            (
                "tinh",
                date(2026, 3, 31),
                "Xây dựng Kế hoạch bồi dưỡng công chức cấp xã giai đoạn 2026 - 2030, trình UBND tỉnh phê "
                "duyệt",
            ),
            (
                "xa",
                date(2026, 2, 10),
                'Cử công chức tham gia lớp bồi dưỡng, bảo đảm "đúng đối tượng, đủ số lượng" theo thông báo '
                "triệu tập",
            ),
            (
                "tinh",
                date(2026, 3, 31),
                "Báo cáo kết quả phối hợp thực hiện Kế hoạch số 215/KH-UBND, Kế hoạch này",
            ),
            (
                "xa",
                date(2026, 6, 30),
                "Bố trí công chức theo vị trí việc làm đã được phê duyệt (sau khi có quyết định của UBND "
                "tỉnh)",
            ),
        ],
        [
            "UBND tỉnh (b/c)",
            "Các sở, ban, ngành tỉnh",
            "UBND các xã, phường, đặc khu",
            "Giám đốc, các Phó Giám đốc Sở",
            "Trang TTĐT Sở Nội vụ",
            "Lưu: VT, CCVC",
        ],
        ("KT", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Võ Thị Ngọc Hân"),
    ),
    "dang_uy_xa_ke_hoach_dieu_chinh": Expected(
        "45-KH/ĐU",
        "ĐẢNG ỦY XÃ HƯNG ĐẠO",
        "ĐẢNG BỘ HUYỆN TỨ KỲ",
        "Hưng Đạo",
        date(2025, 5, 20),
        "điều chỉnh, bổ sung Kế hoạch số 38-KH/ĐU, ngày 14/4/2025 của Ban Thường vụ Đảng ủy về tổ chức đại "
        "hội chi bộ trực thuộc, nhiệm kỳ 2025 - 2027",
        [
            ("co_so", date(2025, 6, 30), "Sửa đổi thời gian tại mục 2, phần II của Kế hoạch 38"),
            (
                "co_so",
                date(2025, 6, 10),
                "Sửa đổi điểm 3.1, mục 3, phần II: thời gian các chi bộ gửi dự thảo báo cáo chính trị và "
                "phương án nhân sự chi ủy, bí thư, phó bí thư về Ban Thường vụ Đảng ủy",
            ),
            (
                "co_so",
                date(2025, 6, 13),
                "Bổ sung vào mục 3, phần II: Ban Thường vụ Đảng ủy thẩm định, cho ý kiến bằng văn bản về dự "
                "thảo báo cáo chính trị và phương án nhân sự của các chi bộ",
            ),
            (
                "co_so",
                date(2025, 6, 20),
                "Văn phòng Đảng ủy theo dõi, tổng hợp tiến độ đại hội các chi bộ, tham mưu Ban Thường vụ "
                "Đảng ủy báo cáo Ban Thường vụ Huyện ủy",
            ),
            (
                "co_so",
                date(2025, 6, 25),
                "Văn phòng Đảng ủy phối hợp với bí thư các chi bộ rà soát, hoàn thiện danh sách đảng viên, "
                "hồ sơ tổ chức đảng phục vụ việc sắp xếp tổ chức cơ sở đảng khi hợp nhất đơn vị hành chính "
                "cấp xã",
            ),
        ],
        [
            "Ban Thường vụ Huyện ủy (b/c)",
            "Ban Tổ chức Huyện ủy",
            "Các đồng chí Đảng ủy viên",
            "Các chi bộ trực thuộc",
            "Lưu Văn phòng Đảng ủy",
        ],
        ("TM", "BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Lê Văn Khánh"),
    ),
    "doan_phuong_messenger_timestamps": Expected(
        "24-KH/ĐTN",
        "BCH ĐOÀN PHƯỜNG ĐỊNH CÔNG",
        None,
        "Định Công",
        date(2024, 2, 26),
        "Tổ chức Tháng Thanh niên năm 2024 và các hoạt động kỷ niệm 93 năm Ngày thành lập Đoàn TNCS Hồ Chí "
        "Minh (26/3/1931 - 26/3/2024)",
        [
            (
                "co_so",
                date(2024, 3, 1),
                "Các chi đoàn đăng ký ít nhất 01 công trình, phần việc thanh niên gửi về Ban Thường vụ Đoàn "
                "phường",
            ),
            (
                "co_so",
                date(2024, 4, 30),
                'Đoàn phường chủ trì thực hiện công trình "Tuyến phố văn minh - Ngõ 282 Kim Giang", hoàn '
                "thành và gắn biển công trình",
            ),
            (
                "co_so",
                date(2024, 3, 31),
                'Các chi đoàn tổ chức sinh hoạt chủ điểm "Tự hào truyền thống Đoàn"',
            ),
            (
                "co_so",
                date(2024, 3, 20),
                "rà soát, cập nhật dữ liệu đoàn viên trên phần mềm Quản lý đoàn viên",
            ),
            (
                "co_so",
                date(2024, 3, 25),
                "báo cáo kết quả thực hiện Tháng Thanh niên về Ban Thường vụ Đoàn phường",
            ),
            (
                "co_so",
                date(2024, 3, 28),
                "Văn phòng Đoàn phường tổng hợp, tham mưu Ban Thường vụ báo cáo Ban Thường vụ Quận đoàn",
            ),
        ],
        [
            "BTV Quận đoàn (b/c)",
            "Đảng ủy, UBND phường (b/c)",
            "Hội LHTN phường (p/h)",
            "Các chi đoàn trực thuộc",
            "Lưu VP",
        ],
        ("TM", "BCH ĐOÀN PHƯỜNG", "BÍ THƯ", "Phạm Quốc Huy"),
    ),
    "so_ldtbxh_portal_page_furniture": Expected(
        "402/KH-SLĐTBXH",
        "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI",
        "ỦY BAN NHÂN DÂN TỈNH QUẢNG BÌNH",
        "Quảng Bình",
        date(2025, 2, 27),
        "Tổ chức Tháng hành động về an toàn, vệ sinh lao động năm 2025",
        [
            (
                "tinh",
                date(2025, 6, 20),
                "Giao Phòng An toàn lao động tham mưu Giám đốc Sở tổng hợp kết quả Tháng hành động, báo cáo "
                "UBND tỉnh và Bộ Lao động - Thương binh và Xã hội",
            ),
            (
                "tinh",
                date(2025, 6, 30),
                "Sở Xây dựng, Sở Công Thương, Sở Y tế và Ban Quản lý Khu kinh tế tỉnh phối hợp tổ chức "
                "thanh tra, kiểm tra an toàn, vệ sinh lao động trong lĩnh vực được giao",
            ),
            (
                "tinh",
                date(2025, 6, 5),
                "Gửi báo cáo kết quả thực hiện về Sở Lao động - Thương binh và Xã hội",
            ),
            (
                "huyen",
                date(2025, 3, 20),
                "Xây dựng kế hoạch tổ chức Tháng hành động tại địa phương, gửi về Sở Lao động - Thương binh "
                "và Xã hội",
            ),
            (
                "huyen",
                date(2025, 6, 12),
                "Tổng hợp kết quả của địa phương, báo cáo về Sở Lao động - Thương binh và Xã hội",
            ),
            (
                "xa",
                date(2025, 4, 20),
                "Tổ chức rà soát, lập danh sách các cơ sở sản xuất, kinh doanh, hộ kinh doanh có nguy cơ "
                "cao về tai nạn lao động trên địa bàn",
            ),
            ("xa", date(2025, 6, 10), "Báo cáo kết quả thực hiện về UBND cấp huyện"),
        ],
        [
            "Bộ LĐTBXH (Cục ATLĐ) (b/c)",
            "UBND tỉnh (b/c)",
            "Các sở, ban, ngành, đoàn thể cấp tỉnh",
            "UBND các huyện, thị xã, thành phố",
            "Phòng LĐTBXH các huyện, TX, TP",
            "Giám đốc, các PGĐ Sở",
            "Lưu: VT, ATLĐ",
        ],
        ("KT", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Hoàng Thị Minh Nguyệt"),
    ),
    "so_tai_chinh_pdf_soft_hyphen_nbsp": Expected(
        "215/KH-STC",
        "SỞ TÀI CHÍNH",
        "UBND TỈNH LÂM ĐỒNG",
        "Lâm Đồng",
        date(2025, 10, 14),
        "Rà soát, sắp xếp lại, xử lý nhà, đất và tài sản công dôi dư sau sắp xếp đơn vị hành chính trên địa "
        "bàn tỉnh Lâm Đồng",
        [
            ("tinh", date(2025, 10, 31), "gửi báo cáo về Sở Tài chính"),
            (
                "xa",
                date(2025, 11, 30),
                "Chủ trì kiểm kê, lập danh mục nhà, đất dôi dư tại trụ sở cũ của các xã, phường, thị trấn "
                "và các huyện, thành phố trước sắp xếp",
            ),
            (
                "xa",
                date(2025, 12, 15),
                "Trên cơ sở kết quả kiểm kê, lập phương án xử lý đối với từng cơ sở nhà, đất, gửi Sở Tài "
                "chính",
            ),
            (
                "tinh",
                date(2025, 12, 5),
                "Chủ trì, phối hợp với Sở Nông nghiệp và Môi trường, Sở Xây dựng và Ủy ban nhân dân cấp xã "
                "kiểm tra thực tế, đối chiếu hồ sơ pháp lý các cơ sở nhà, đất dôi dư",
            ),
            (
                "tinh",
                date(2025, 12, 31),
                "Tổng hợp phương án xử lý của các cơ quan, đơn vị và địa phương, trình Ủy ban nhân dân tỉnh "
                "phê duyệt",
            ),
            ("xa", date(2026, 3, 31), "hoàn thành việc xử lý nhà, đất dôi dư theo phương án được phê duyệt"),
            (
                "tinh",
                date(2026, 6, 30),
                "các sở, ban, ngành hoàn thành việc xử lý tài sản dôi dư thuộc phạm vi quản lý",
            ),
        ],
        [
            "UBND tỉnh (b/c)",
            "Bộ Tài chính (Cục QLCS) (b/c)",
            "Các sở, ban, ngành tỉnh",
            "UBND các xã, phường, đặc khu",
            "Giám đốc, các Phó Giám đốc Sở",
            "Cổng TTĐT Sở Tài chính",
            "Lưu: VT, QLGCS",
        ],
        ("KT", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Trần Thị Mỹ Hạnh"),
    ),
    "ubnd_huyen_docx_tab_header_table": Expected(
        "156/KH-UBND",
        "ỦY BAN NHÂN DÂN HUYỆN CẨM XUYÊN",
        None,
        "Cẩm Xuyên",
        date(2025, 2, 14),
        "Thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới trên địa bàn huyện 6 tháng đầu năm "
        "2025",
        [
            (
                "xa",
                date(2025, 3, 10),
                "Rà soát, tự đánh giá mức độ đạt các tiêu chí theo Quyết định số 318/QĐ-TTg; gửi báo cáo về "
                "Văn phòng Điều phối nông thôn mới huyện",
            ),
            (
                "huyen",
                date(2025, 3, 31),
                "Tham mưu UBND huyện phân bổ chi tiết kế hoạch vốn ngân sách tỉnh hỗ trợ xây dựng nông thôn "
                "mới năm 2025",
            ),
            ("xa", date(2025, 4, 30), "Ra quân làm đường giao thông nông thôn, nạo vét kênh mương nội đồng"),
            (
                "xa",
                date(2025, 5, 31),
                "Hoàn thiện hồ sơ đề nghị xét công nhận xã đạt chuẩn nông thôn mới nâng cao năm 2025",
            ),
            (
                "huyen",
                date(2025, 3, 20),
                "Phòng Tài chính - Kế hoạch: chủ trì, phối hợp với Phòng Nông nghiệp và PTNT tham mưu bố "
                "trí vốn đối ứng của ngân sách huyện, trình UBND huyện",
            ),
            ("huyen", date(2025, 6, 20), "tổng hợp kết quả, tham mưu UBND huyện báo cáo Ban Chỉ đạo tỉnh"),
            (
                "xa",
                date(2025, 6, 30),
                "Hoàn thành việc chỉnh trang, xây dựng mỗi xã ít nhất 01 khu dân cư nông thôn mới kiểu mẫu, "
                "vườn mẫu",
            ),
            ("xa", date(2025, 6, 15), "Báo cáo kết quả thực hiện 6 tháng đầu năm gửi về UBND huyện"),
        ],
        [
            "UBND tỉnh (b/c)",
            "Văn phòng Điều phối NTM tỉnh",
            "TT Huyện ủy, TT HĐND huyện (b/c)",
            "Chủ tịch, các PCT UBND huyện",
            "UBMTTQ và các đoàn thể huyện",
            "Các phòng, ban, đơn vị thuộc huyện",
            "UBND các xã, thị trấn",
            "Lưu: VT, NN",
        ],
        ("KT", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Hữu Phúc"),
    ),
    "ban_chi_dao_tinh_chuyen_doi_so_recurring": Expected(
        "88/KH-BCĐ",
        "BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ",
        "UBND TỈNH TUYÊN QUANG",
        "Tuyên Quang",
        date(2026, 1, 15),
        "Thực hiện nhiệm vụ phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số trên địa bàn "
        "tỉnh Tuyên Quang năm 2026",
        [
            (
                "xa",
                date(2026, 3, 31),
                "Hoàn thiện thể chế, bộ máy: Ủy ban nhân dân cấp xã hoàn thành việc kiện toàn Tổ công nghệ "
                "số cộng đồng ở thôn, tổ dân phố, bố trí công chức phụ trách chuyển đổi số",
            ),
            (
                "xa",
                date(2026, 4, 30),
                "Phát triển dữ liệu số: Ủy ban nhân dân cấp xã chủ trì, phối hợp với Công an xã, phường tổ "
                "chức rà soát, làm sạch dữ liệu dân cư, đất đai phục vụ Đề án 06 theo Quyết định số "
                "06/QĐ-TTg, thời gian thực hiện",
            ),
            (  # a time counted from the issue, the subject before it and the work after it
                "tinh",
                date(2026, 1, 25),
                "xây dựng kế hoạch chuyển đổi số năm 2026 của cơ quan, đơn vị, địa phương mình, gửi Sở Khoa "
                "học và Công nghệ để theo dõi",
            ),
            (
                "tinh",
                date(2026, 1, 20),
                "cập nhật số liệu các chỉ tiêu chuyển đổi số lên Hệ thống thông tin báo cáo của tỉnh",
            ),
            (
                "tinh",
                date(2026, 6, 15),
                "báo cáo kết quả thực hiện Kế hoạch về Ban Chỉ đạo (qua Sở Khoa học và Công nghệ) để tổng "
                "hợp",
            ),
            (
                "tinh",
                date(2026, 12, 15),
                "báo cáo kết quả thực hiện Kế hoạch về Ban Chỉ đạo (qua Sở Khoa học và Công nghệ) để tổng "
                "hợp",
            ),
            (
                "tinh",
                date(2026, 6, 30),
                "Xây dựng, đưa vào vận hành Kho dữ liệu dùng chung của tỉnh, kết nối với Nền tảng tích hợp, "
                "chia sẻ dữ liệu quốc gia",
            ),
            (
                "tinh",
                date(2026, 9, 30),
                "Hoàn thiện quy trình điện tử giải quyết thủ tục hành chính sau sắp xếp đơn vị hành chính",
            ),
            (
                "tinh",
                date(2026, 11, 30),
                "Cung cấp 100% dịch vụ công trực tuyến toàn trình đối với thủ tục hành chính đủ điều kiện "
                "theo Quyết định số 06/QĐ-TTg",
            ),
        ],
        [
            "Bộ Khoa học và Công nghệ (b/c)",
            "Thường trực Tỉnh ủy (b/c)",
            "Thường trực HĐND tỉnh (b/c)",
            "Chủ tịch, các PCT UBND tỉnh",
            "Thành viên Ban Chỉ đạo",
            "Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh",
            "Các sở, ban, ngành tỉnh",
            "UBND các xã, phường",
            "Lưu: VT, BCĐ, KGVX",
        ],
        ("KT", "TRƯỞNG BAN", "PHÓ TRƯỞNG BAN THƯỜNG TRỰC", "Nguyễn Mạnh Tuấn"),
    ),
    "benh_vien_tinh_kiem_soat_nhiem_khuan_weekly": Expected(
        "156/KH-BVĐK",
        "BỆNH VIỆN ĐA KHOA TỈNH",
        "SỞ Y TẾ HÀ TĨNH",
        "Hà Tĩnh",
        date(2025, 8, 18),
        "Tăng cường công tác kiểm soát nhiễm khuẩn tại Bệnh viện năm 2025",
        [
            (
                "tinh",
                date(2025, 9, 30),
                "Rà soát, cập nhật bộ quy trình KSNK phù hợp với Quyết định số 3916/QĐ-BYT, trình Giám đốc "
                "phê duyệt",
            ),
            ("tinh", date(2025, 8, 29), "Kiện toàn mạng lưới viên KSNK, gửi danh sách về Khoa KSNK"),
            (
                "tinh",
                date(2025, 10, 5),
                "gửi báo cáo kết quả tự giám sát tuân thủ vệ sinh tay và các ca nghi nhiễm khuẩn bệnh viện "
                "của tháng trước về Khoa KSNK (qua hộp thư ksnk.bvdk@hatinh.gov.vn)",
            ),
            (
                "tinh",
                date(2025, 9, 30),
                "Phòng Điều dưỡng, Trung tâm Đào tạo và Chỉ đạo tuyến Phối hợp với Khoa KSNK tổ chức tập "
                "huấn KSNK cơ bản cho 100% viên chức mới tuyển dụng và học viên thực hành",
            ),
            ("tinh", date(2025, 12, 31), "hoàn thành lắp đặt, đưa vào sử dụng"),
            (
                "tinh",
                date(2025, 10, 30),
                "Đoàn hoàn thành việc kiểm tra, chấm điểm tại tất cả các khoa, phòng",
            ),
            (
                "tinh",
                date(2025, 12, 15),
                "Tổng hợp kết quả thực hiện Kế hoạch, tham mưu Giám đốc báo cáo Sở Y tế",
            ),
        ],
        ["Sở Y tế (để b/c)", "Ban Giám đốc", "Hội đồng KSNK", "Các khoa, phòng, trung tâm", "Lưu: VT, KSNK"],
        ("KT", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Phan Thị Thu Hằng"),
    ),
    "cong_doan_nganh_giao_duc_tinh_thi_dua": Expected(
        "45/KH-CĐN",
        "CÔNG ĐOÀN NGÀNH GIÁO DỤC",
        "LĐLĐ TỈNH THANH HÓA",
        "Thanh Hóa",
        date(2025, 9, 22),
        "Triển khai phong trào thi đua và công tác khen thưởng trong các cấp công đoàn ngành Giáo dục năm "
        "học 2025 - 2026",
        [
            (
                "co_so",
                date(2025, 10, 30),
                "Công đoàn cơ sở các trường học tổ chức cho đoàn viên, tập thể đăng ký danh hiệu thi đua, "
                "gửi bản đăng ký về Công đoàn ngành",
            ),
            (
                "tinh",
                date(2025, 11, 15),
                "Văn phòng Công đoàn ngành tổng hợp đăng ký thi đua toàn ngành, báo cáo Liên đoàn Lao động "
                "tỉnh và Công đoàn Giáo dục Việt Nam",
            ),
            (
                "co_so",
                date(2026, 1, 20),
                "Công đoàn cơ sở đánh giá kết quả đăng ký thi đua học kỳ I, gửi báo cáo sơ kết về Công đoàn "
                "ngành",
            ),
            (
                "tinh",
                date(2026, 3, 31),
                "Ban Thường vụ Công đoàn ngành hoàn thành việc kiểm tra công tác thi đua tại một số công "
                "đoàn cơ sở",
            ),
            (
                "co_so",
                date(2026, 6, 10),
                "Công đoàn cơ sở lập hồ sơ đề nghị khen thưởng theo Hướng dẫn số 12/HD-CĐN, nộp về Công "
                "đoàn ngành",
            ),
            ("co_so", date(2026, 5, 31), "hoàn thành tổng kết, bình xét thi đua"),
            ("tinh", date(2026, 7, 31), "Công đoàn ngành: tổng kết phong trào thi đua toàn ngành"),
        ],
        [
            "LĐLĐ tỉnh (b/c)",
            "Công đoàn Giáo dục Việt Nam (b/c)",
            "Sở GD&ĐT (p/h)",
            "Các đ/c Ủy viên BCH Công đoàn ngành",
            "Các CĐCS trực thuộc",
            "Lưu: VT, TG-NC",
        ],
        ("TM", "BAN THƯỜNG VỤ", "CHỦ TỊCH", "Lê Thị Hồng Vân"),
    ),
    "huyen_doan_2024_tables_level_column": Expected(
        "112-KH/HĐTN",
        "BCH HUYỆN ĐOÀN THĂNG BÌNH",
        "BCH ĐOÀN TỈNH QUẢNG NAM",
        "Thăng Bình",
        date(2024, 5, 20),
        "Triển khai Chiến dịch Thanh niên tình nguyện hè năm 2024 trên địa bàn huyện",
        [
            (
                "co_so",
                date(2024, 5, 31),
                "Xây dựng kế hoạch triển khai Chiến dịch tại đơn vị, gửi về Ban Thường vụ Huyện đoàn (qua "
                "Văn phòng)",
            ),
            (
                "co_so",
                date(2024, 6, 14),
                "Rà soát, cập nhật thông tin đoàn viên, thanh niên tham gia Chiến dịch trên Phần mềm Quản "
                "lý đoàn viên",
            ),
            (
                "huyen",
                date(2024, 6, 30),
                "Khảo sát, lựa chọn, phê duyệt công trình thanh niên cấp huyện năm 2024",
            ),
            (
                "co_so",
                date(2024, 8, 31),
                "Thi công, hoàn thành, gắn biển và bàn giao công trình, phần việc thanh niên cho địa phương",
            ),
            (
                "co_so",
                date(2024, 9, 5),
                "Báo cáo kết quả Chiến dịch (số liệu theo Phụ lục của Kế hoạch 198-KH/TĐTN-TNNT)",
            ),
            (
                "huyen",
                date(2024, 9, 12),
                "Giao Ban Tuyên giáo Huyện đoàn tổng hợp kết quả, tham mưu Ban Thường vụ Huyện đoàn báo cáo "
                "Ban Thường vụ Tỉnh đoàn",
            ),
            (
                "co_so",
                date(2024, 6, 10),
                "Đăng ký công trình, phần việc thanh niên gửi về Văn phòng Huyện đoàn",
            ),
        ],
        [
            "BTV Tỉnh đoàn (b/c)",
            "TT Huyện ủy (b/c)",
            "UBND huyện Thăng Bình",
            "Các đ/c UV BCH Huyện đoàn",
            "Các cơ sở Đoàn, chi đoàn trực thuộc",
            "Lưu VP",
        ],
        ("TM", "BAN THƯỜNG VỤ HUYỆN ĐOÀN", "BÍ THƯ", "Nguyễn Văn Quang"),
    ),
    "mttq_huyen_cuoc_van_dong_multi_year": Expected(
        "18/KH-MTTQ-BTT",
        "ỦY BAN MTTQ VIỆT NAM HUYỆN CẨM GIÀNG BAN THƯỜNG TRỰC",
        None,
        "Cẩm Giàng",
        date(2025, 1, 15),
        'Triển khai thực hiện Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" '
        "trên địa bàn huyện Cẩm Giàng, giai đoạn 2025 - 2030",
        [
            (
                "huyen",
                date(2025, 12, 20),
                "tổng hợp, báo cáo kết quả năm 2025 về Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh",
            ),
            ("huyen", date(2027, 12, 31), "Tổ chức sơ kết 3 năm thực hiện Cuộc vận động"),
            ("huyen", date(2030, 6, 30), "tổng kết 5 năm thực hiện Cuộc vận động"),
            (
                "xa",
                date(2025, 3, 10),
                "Xây dựng kế hoạch thực hiện Cuộc vận động giai đoạn 2025 - 2030 phù hợp với điều kiện của "
                "địa phương, gửi về Ban Thường trực Ủy ban MTTQ Việt Nam huyện",
            ),
            ("xa", date(2025, 3, 31), "Tổ chức hội nghị triển khai, phát động Cuộc vận động ở cấp xã"),
            (
                "xa",
                date(2025, 11, 15),
                "tổng hợp kết quả bình xét khu dân cư văn hóa, khu dân cư kiểu mẫu và báo cáo kết quả thực "
                "hiện Cuộc vận động về Ban Thường trực Ủy ban MTTQ Việt Nam huyện (qua bộ phận Tuyên giáo) "
                "để tổng hợp",
            ),
            (
                "co_so",
                date(2025, 2, 28),
                'Đăng ký danh hiệu "Khu dân cư văn hóa", "Khu dân cư kiểu mẫu" năm 2025 với Ủy ban MTTQ '
                "Việt Nam xã, thị trấn",
            ),
            (
                "co_so",
                date(2025, 6, 30),
                "Phối hợp với Trưởng thôn, Trưởng khu dân cư tổ chức họp khu dân cư để bàn và thống nhất "
                "nội dung, mức đóng góp, công trình đăng ký thực hiện",
            ),
        ],
        [
            "Ban Thường trực UBMTTQ tỉnh (để b/c)",
            "Thường trực Huyện ủy (để b/c)",
            "Thường trực HĐND, UBND huyện",
            "Các tổ chức thành viên",
            "UBMTTQ các xã, thị trấn (để t/h)",
            "Lưu: VT, TG",
        ],
        ("TM", "BAN THƯỜNG TRỰC", "CHỦ TỊCH", "Vũ Văn Thịnh"),
    ),
    "so_gddt_cong_van_huong_dan_nam_hoc_pdf": Expected(
        "1890/SGDĐT-GDTrH",
        "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
        "UBND TỈNH NGHỆ AN",
        "Nghệ An",
        date(2025, 8, 28),
        "hướng dẫn thực hiện nhiệm vụ GDTrH năm học 2025 - 2026",
        [
            (
                "co_so",
                date(2025, 9, 15),
                "tổ chức phê duyệt và công khai trên trang thông tin điện tử của nhà trường",
            ),
            (
                "co_so",
                date(2025, 9, 30),
                "Cập nhật đầy đủ dữ liệu học sinh, đội ngũ, cơ sở vật chất đầu năm học lên hệ thống Cơ sở "
                "dữ liệu ngành",
            ),
            ("co_so", date(2025, 11, 15), "hoàn thành trong khoảng thời gian"),
            (
                "co_so",
                date(2025, 11, 20),
                "Đăng ký danh sách đội tuyển dự thi chọn học sinh giỏi cấp tỉnh lớp 12 trên phần mềm quản "
                "lý thi",
            ),
            (
                "co_so",
                date(2026, 1, 10),
                "Hiệu trưởng các trường THPT gửi báo cáo sơ kết học kỳ I về Sở qua phòng GDTrH",
            ),
            ("xa", date(2025, 9, 25), "tổng hợp kế hoạch dạy học các môn học tích hợp, báo cáo về Sở"),
            ("xa", date(2026, 1, 31), "Tổng hợp kết quả sơ kết học kỳ I cấp THCS trên địa bàn, gửi về Sở"),
        ],
        [
            "Như trên",
            "Giám đốc Sở (để b/c)",
            "UBND các xã, phường trên địa bàn tỉnh (để phối hợp chỉ đạo)",
            "Các phòng thuộc Sở",
            "Cổng thông tin điện tử Sở",
            "Lưu: VT, GDTrH",
        ],
        ("KT", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Trần Thị Minh Nguyệt"),
    ),
    "ubnd_huyen_cms_raw_html": Expected(
        "145/KH-UBND",
        "ỦY BAN NHÂN DÂN HUYỆN LỤC NAM",
        None,
        "Lục Nam",
        date(2024, 3, 18),
        "Triển khai thực hiện Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử "
        "(Đề án 06) trên địa bàn huyện Lục Nam năm 2024",
        [
            ("huyen", date(2024, 6, 25), "tổng hợp kết quả, tham mưu UBND huyện báo cáo UBND tỉnh"),
            (
                "huyen",
                date(2024, 6, 30),
                "Chủ trì, phối hợp với các cơ quan liên quan hoàn thành việc tái cấu trúc quy trình, số hóa "
                "hồ sơ, kết quả giải quyết thủ tục hành chính tại Bộ phận Tiếp nhận và Trả kết quả huyện",
            ),
            (
                "huyen",
                date(2024, 4, 30),
                "Hướng dẫn UBND các xã, thị trấn rà soát, đối chiếu dữ liệu hộ tịch với Cơ sở dữ liệu quốc "
                "gia về dân cư",
            ),
            (
                "huyen",
                date(2024, 4, 10),
                "Xây dựng chuyên mục tuyên truyền về Đề án 06 trên Đài Truyền thanh huyện và Trang thông "
                "tin điện tử huyện",
            ),
            ("xa", date(2024, 4, 15), "Hoàn thành rà soát, cập nhật, làm sạch dữ liệu dân cư trên địa bàn"),
            (
                "xa",
                date(2024, 5, 31),
                "Tổ chức đợt cao điểm thu nhận hồ sơ cấp căn cước, tài khoản định danh điện tử mức 2, bảo "
                "đảm hoàn thành 100% hồ sơ của công dân đủ điều kiện",
            ),
            ("xa", date(2024, 6, 20), "Báo cáo kết quả thực hiện 6 tháng đầu năm 2024 về UBND huyện"),
        ],
        [
            "UBND tỉnh (b/c)",
            "Công an tỉnh (b/c)",
            "TT Huyện ủy, TT HĐND huyện (b/c)",
            "Chủ tịch, các PCT UBND huyện",
            "Các cơ quan, đơn vị thuộc UBND huyện",
            "UBND các xã, thị trấn",
            "Lưu: VT, CAH",
        ],
        ("KT", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Hoàng Văn Khải"),
    ),
    "ubnd_huyen_cong_van_don_doc": Expected(
        "1345/UBND-VP",
        "ỦY BAN NHÂN DÂN HUYỆN HẠ LANG",
        None,
        "Hạ Lang",
        date(2025, 4, 8),
        "đôn đốc thực hiện Kế hoạch số 87/KH-UBND về xóa nhà tạm, nhà dột nát năm 2025",
        [
            (
                "xa",
                date(2025, 4, 11),
                "Các xã, thị trấn chưa gửi báo cáo kết quả rà soát khẩn trương hoàn thiện, gửi về Ủy ban "
                "nhân dân huyện",
            ),
            (
                "xa",
                date(2025, 4, 18),
                "hoàn thành việc rà soát, bổ sung hồ sơ đề nghị hỗ trợ của các hộ (biên bản xác nhận hiện "
                "trạng nhà ở, đơn đề nghị, bản cam kết đối ứng), không để hộ nào đủ điều kiện mà chưa được "
                "hỗ trợ",
            ),
            (
                "xa",
                date(2025, 4, 30),
                "Tập trung chỉ đạo, huy động lực lượng dân quân, đoàn viên thanh niên và Nhân dân tham gia "
                "ngày công giúp các hộ, bảo đảm đúng tiến độ Kế hoạch số 87/KH-UBND đã đề ra: khởi công "
                "100% số nhà trong danh sách",
            ),
            ("xa", date(2025, 6, 30), "hoàn thành xây dựng, sửa chữa và bàn giao nhà cho các hộ"),
            (
                "huyen",
                date(2025, 4, 30),
                "Phòng Tài chính - Kế hoạch Chủ trì, phối hợp với Phòng Nông nghiệp và Môi trường tham mưu "
                'Ủy ban nhân dân huyện phân bổ kinh phí hỗ trợ từ nguồn ngân sách huyện, nguồn Quỹ "Vì '
                'người nghèo" và nguồn vận động xã hội hóa cho các xã, thị trấn',
            ),
            (
                "huyen",
                date(2025, 4, 25),
                "báo cáo kết quả thực hiện Kế hoạch số 87/KH-UBND về Ủy ban nhân dân huyện",
            ),
        ],
        [
            "Như trên",
            "TT. Huyện ủy (b/c)",
            "TT. HĐND huyện (b/c)",
            "CT, các PCT UBND huyện",
            "UBMTTQ VN huyện",
            "Thành viên BCĐ xóa nhà tạm huyện",
            "Lưu: VT, VP",
        ],
        ("KT", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nông Thị Hồng Nhung"),
    ),
    "hdnd_tinh_ke_hoach_giam_sat_chuyen_de": Expected(
        "45/KH-HĐND",
        "THƯỜNG TRỰC HĐND",
        "HĐND TỈNH HÀ TĨNH",
        "Hà Tĩnh",
        date(2025, 4, 17),
        "Giám sát chuyên đề việc thực hiện chính sách hỗ trợ phát triển nông nghiệp, nông thôn trên địa bàn "
        "tỉnh giai đoạn 2021 - 2024",
        [
            (
                "tinh",
                date(2025, 5, 15),
                "Nông nghiệp và Môi trường, Tài chính xây dựng báo cáo theo đề cương gửi kèm, gửi báo cáo "
                "về Thường trực HĐND tỉnh",
            ),
            ("huyen", date(2025, 5, 20), "Hương Khê, Can Lộc, Kỳ Anh gửi báo cáo về Thường trực HĐND tỉnh"),
            ("huyen", date(2025, 5, 23), "gửi danh sách 02 xã, 01 hợp tác xã đề xuất để Đoàn khảo sát"),
            ("tinh", date(2025, 5, 30), "Tổ giúp việc Đoàn giám sát nghiên cứu, tổng hợp các báo cáo"),
            ("tinh", date(2025, 6, 30), "Các sở được giám sát bổ sung hồ sơ, tài liệu theo yêu cầu của Đoàn"),
            ("tinh", date(2025, 7, 31), "Đoàn giám sát hoàn thành báo cáo kết quả giám sát"),
            (
                "tinh",
                date(2025, 12, 31),
                "UBND tỉnh chỉ đạo thực hiện các kiến nghị của Đoàn giám sát, báo cáo kết quả về Thường "
                "trực HĐND tỉnh",
            ),
        ],
        [
            "Thường trực Tỉnh ủy (b/c)",
            "UBND tỉnh",
            "Ban Thường trực UBMTTQ Việt Nam tỉnh",
            "Thành viên Đoàn giám sát",
            "Sở Nông nghiệp và Môi trường, Sở Tài chính",
            "TT HĐND, UBND các huyện: Hương Khê, Can Lộc, Kỳ Anh",
            "Văn phòng Đoàn ĐBQH và HĐND tỉnh",
            "Lưu: VT, KTNS",
        ],
        ("KT", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Phan Đình Khoa"),
    ),
    "ubnd_tinh_2026_cong_dien_khan": Expected(
        "03/CĐ-UBND",
        "ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH",
        None,
        "Quảng Ninh",
        date(2026, 9, 12),
        "Về việc tập trung ứng phó với bão số 3",
        [
            (
                "xa",
                date(2026, 9, 12),
                "kiểm đếm, thông báo, hướng dẫn toàn bộ tàu thuyền còn hoạt động trên biển về nơi tránh trú "
                "an toàn, báo cáo kết quả về Sở Nông nghiệp và Môi trường",
            ),
            (
                "xa",
                date(2026, 9, 12),
                "Tổ chức di dời người dân trên lồng bè, chòi canh nuôi trồng thủy sản, nhà ở không an toàn "
                "vào nơi tránh trú theo Quyết định số 1468/QĐ-UBND, hoàn thành ngay",
            ),
            (
                "xa",
                date(2026, 9, 15),
                "tổng hợp, báo cáo tình hình thiệt hại về Sở Nông nghiệp và Môi trường",
            ),
            (
                "tinh",
                date(2026, 9, 13),
                "Chỉ đạo kiểm tra toàn bộ hồ, đập thủy lợi xung yếu, hoàn thành phương án vận hành, điều "
                "tiết bảo đảm an toàn hạ du",
            ),
            (
                "tinh",
                date(2026, 9, 13),
                "Sở Xây dựng chủ trì, phối hợp với Công ty Điện lực Quảng Ninh kiểm tra, gia cố, chằng "
                "chống cột điện, cột viễn thông, biển quảng cáo tấm lớn, cây xanh đô thị trên các tuyến phố "
                "chính",
            ),
        ],
        [
            "Như trên",
            "Văn phòng Chính phủ (b/c)",
            "Bộ Nông nghiệp và Môi trường (b/c)",
            "TT Tỉnh ủy, TT HĐND tỉnh (b/c)",
            "CT, các PCT UBND tỉnh",
            "V0, V1, V2, các CV NLN",
            "Lưu: VT, NLN",
        ],
        ("KT", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Đặng Xuân Khoa"),
    ),
    "ubnd_xa_2026_thong_bao_ket_luan": Expected(
        "25/TB-UBND",
        "ỦY BAN NHÂN DÂN XÃ THANH SƠN",
        None,
        "Thanh Sơn",
        date(2026, 1, 7),
        "Kết luận của Chủ tịch UBND xã tại cuộc họp giao ban ngày 05/01/2026",
        [
            ("xa", date(2026, 1, 15), "trình Chủ tịch UBND xã ký ban hành"),
            ("xa", date(2026, 1, 20), "hoàn thành hồ sơ, báo cáo Chủ tịch UBND xã"),
            (
                "xa",
                date(2026, 3, 31),
                "đôn đốc các nhà thầu đẩy nhanh tiến độ, phấn đấu hoàn thành giải ngân vốn chuyển tiếp năm "
                "2025",
            ),
            ("xa", date(2026, 2, 13), "việc trao quà hoàn thành"),
            (
                "co_so",
                date(2026, 1, 31),
                "Hoàn thành việc rà soát, lập danh sách hộ nghèo, hộ cận nghèo, hộ có hoàn cảnh khó khăn "
                "cần hỗ trợ dịp Tết, gửi về Phòng Văn hóa - Xã hội",
            ),
            ("co_so", date(2026, 2, 28), "Tổng hợp kết quả tổ chức Tết tại thôn, báo cáo về UBND xã"),
        ],
        [
            "TT Đảng ủy xã (b/c)",
            "TT HĐND xã (b/c)",
            "Chủ tịch, các PCT UBND xã",
            "Văn phòng HĐND và UBND xã",
            "Phòng Kinh tế, Phòng VH-XH",
            "Trung tâm PVHCC xã",
            "Công an xã, Ban CHQS xã",
            "Trưởng các thôn",
            "Lưu: VT",
        ],
        ("TL", "CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "Hoàng Thị Thu Hà"),
    ),
    "lien_doan_lao_dong_huyen_2024_word_bullets_symbols": Expected(
        "28/KH-LĐLĐ",
        "LĐLĐ HUYỆN YÊN THÀNH",
        "LĐLĐ TỈNH NGHỆ AN",
        "Yên Thành",
        date(2024, 4, 5),
        "Tổ chức Tháng Công nhân và Tháng hành động về an toàn, vệ sinh lao động năm 2024",
        [
            (
                "co_so",
                date(2024, 5, 10),
                '§ Thăm hỏi, tặng quà đoàn viên có hoàn cảnh khó khăn, xét hỗ trợ "Mái ấm Công đoàn"',
            ),
            ("co_so", date(2024, 6, 30), "các CĐCS hoàn thành chỉ tiêu phát triển đoàn viên được giao"),
            ("co_so", date(2024, 6, 30), "các CĐCS tổ chức đối thoại, Hội nghị người lao động tại đơn vị"),
            (
                "huyen",
                date(2024, 5, 20),
                "Ban Thường vụ LĐLĐ huyện phối hợp kiểm tra công tác ATVSLĐ tại 05 doanh nghiệp trên địa bàn",
            ),
            ("co_so", date(2024, 4, 20), "Đăng ký các hoạt động hưởng ứng Tháng Công nhân gửi về LĐLĐ huyện"),
            (
                "co_so",
                date(2024, 6, 5),
                "Báo cáo kết quả Tháng Công nhân, Tháng hành động về ATVSLĐ về LĐLĐ huyện",
            ),
            (
                "huyen",
                date(2024, 6, 10),
                "Văn phòng tham mưu Ban Thường vụ tổng hợp, báo cáo kết quả về LĐLĐ tỉnh",
            ),
        ],
        [
            "LĐLĐ tỉnh (để b/c)",
            "TT Huyện ủy, UBND huyện (để b/c)",
            "Phòng LĐ-TB&XH huyện",
            "Các CĐCS trực thuộc",
            "Lưu: VT, LĐLĐ",
        ],
        ("TM", "BAN THƯỜNG VỤ", "CHỦ TỊCH", "Phan Thị Hồng Nhung"),
    ),
    "dang_uy_phuong_2026_nghi_quyet_chuyen_de_plan": Expected(
        "12-KH/ĐU",
        "ĐẢNG ỦY PHƯỜNG BẮC NHA TRANG",
        "ĐẢNG BỘ TỈNH KHÁNH HÒA",
        "Bắc Nha Trang",
        date(2026, 3, 16),
        "thực hiện Nghị quyết số 05-NQ/ĐU, ngày 27/02/2026 của Ban Chấp hành Đảng bộ phường về đẩy mạnh "
        "chuyển đổi số trong hoạt động của hệ thống chính trị phường giai đoạn 2026 - 2030",
        [
            ("co_so", date(2026, 4, 17), "báo cáo kết quả về Đảng ủy"),
            (
                "xa",
                date(2026, 6, 30),
                "Văn phòng Đảng ủy chủ trì, phối hợp với Trung tâm Phục vụ hành chính công phường hoàn "
                "thành việc triển khai hệ thống quản lý văn bản và điều hành trên môi trường mạng đến 100% "
                "chi bộ trực thuộc",
            ),
            (
                "co_so",
                date(2026, 6, 30),
                "Các chi bộ trực thuộc rà soát, cập nhật, chuẩn hóa thông tin đảng viên trên phần mềm Quản "
                "lý cơ sở dữ liệu đảng viên",
            ),
            ("xa", date(2026, 4, 24), "gửi về Ban Thường vụ Đảng ủy"),
            (
                "co_so",
                date(2026, 4, 10),
                "xây dựng chương trình hành động thực hiện Nghị quyết sát với đặc điểm của chi bộ",
            ),
            (
                "xa",
                date(2026, 4, 20),
                "Ủy ban MTTQ và các đoàn thể chính trị - xã hội phường: cụ thể hóa nhiệm vụ vào chương "
                "trình công tác năm 2026 của cơ quan, đơn vị",
            ),
            (
                "co_so",
                date(2026, 7, 10),
                "Các chi bộ trực thuộc gửi báo cáo sơ kết 6 tháng thực hiện Nghị quyết về Đảng ủy phường",
            ),
            ("xa", date(2026, 7, 31), "Đảng ủy phường: sơ kết 6 tháng thực hiện Nghị quyết"),
        ],
        [
            "Ban Thường vụ Tỉnh ủy (để b/c)",
            "Ban Tuyên giáo và Dân vận Tỉnh ủy",
            "Các đồng chí Đảng ủy viên",
            "Các chi bộ trực thuộc",
            "Ủy ban MTTQ Việt Nam và các đoàn thể phường",
            "Lưu Văn phòng Đảng ủy",
        ],
        ("TM", "BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Trần Thị Mỹ Hạnh"),
    ),
    "ubnd_tinh_2025_quyet_dinh_ke_hoach_excel_annex": Expected(
        "1820/QĐ-UBND",
        "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG",
        None,
        "Lâm Đồng",
        date(2025, 8, 18),
        "Ban hành Kế hoạch rà soát, đơn giản hóa thủ tục hành chính và nâng cao chất lượng phục vụ người "
        "dân, doanh nghiệp tại Trung tâm Phục vụ hành chính công cấp xã năm 2025",
        [
            (
                "tinh",
                date(2025, 9, 30),
                "Các Sở, ban, ngành rà soát toàn bộ thủ tục hành chính thuộc phạm vi quản lý đang thực hiện "
                "tại cấp xã, đề xuất phương án đơn giản hóa, gửi Văn phòng Ủy ban nhân dân tỉnh",
            ),
            (
                "xa",
                date(2025, 9, 30),
                "Ủy ban nhân dân các xã, phường, đặc khu cập nhật, niêm yết công khai danh mục thủ tục hành "
                "chính tại Trung tâm Phục vụ hành chính công cấp xã",
            ),
            (
                "xa",
                date(2025, 12, 5),
                "Ủy ban nhân dân các xã, phường, đặc khu báo cáo kết quả thực hiện Kế hoạch gửi về Văn "
                "phòng Ủy ban nhân dân tỉnh",
            ),
            (
                "tinh",
                date(2025, 12, 31),
                "Xây dựng, trình UBND tỉnh ban hành quy trình nội bộ giải quyết TTHC thuộc thẩm quyền cấp xã",
            ),
            (
                "tinh",
                date(2025, 12, 20),
                "Tái cấu trúc quy trình, số hóa hồ sơ, kết quả giải quyết TTHC trên Hệ thống thông tin giải "
                "quyết TTHC của tỉnh",
            ),
            (
                "tinh",
                date(2025, 11, 15),
                "Hệ thống được nâng cấp 3 Kết nối, chia sẻ dữ liệu dân cư phục vụ giải quyết TTHC tại cấp "
                "xã Công an tỉnh",
            ),
            (
                "xa",
                date(2025, 10, 31),
                "Bồi dưỡng kỹ năng giao tiếp, ứng xử, nghiệp vụ cho công chức làm việc tại Trung tâm",
            ),
            (
                "tinh",
                date(2026, 6, 30),
                "Đánh giá, tổng kết việc thực hiện Kế hoạch; đề xuất bổ sung Bộ chỉ số phục vụ người dân, "
                "doanh nghiệp",
            ),
        ],
        [
            "Như Điều 3",
            "Văn phòng Chính phủ (Cục KSTTHC)",
            "TT Tỉnh ủy, TT HĐND tỉnh",
            "Chủ tịch, các PCT UBND tỉnh",
            "Cổng Thông tin điện tử tỉnh",
            "Lưu: VT, KSTT",
        ],
        ("KT", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Quốc Khánh"),
    ),
    "cong_doan_benh_vien_2025_outlook_email": Expected(
        "15/KH-CĐBV",
        "BCH CÔNG ĐOÀN CƠ SỞ BỆNH VIỆN ĐA KHOA TỈNH",
        "CÔNG ĐOÀN NGÀNH Y TẾ HÀ TĨNH",
        "Hà Tĩnh",
        date(2025, 3, 7),
        "Tổ chức các hoạt động Tháng Công nhân, Tháng hành động về an toàn, vệ sinh lao động năm 2025",
        [
            (
                "co_so",
                date(2025, 3, 25),
                "Hội thao đoàn viên Các công đoàn bộ phận đăng ký danh sách vận động viên qua biểu mẫu trực "
                "tuyến<https://forms.office.com/r/Kx7pBvH2Qm>",
            ),
            ("co_so", date(2025, 4, 20), "Tự kiểm tra an toàn, vệ sinh lao động"),
            (
                "co_so",
                date(2025, 4, 5),
                "Tổ công đoàn tổ chức lấy ý kiến đoàn viên về chế độ phụ cấp, điều kiện làm việc, tổng hợp "
                "kiến nghị gửi Văn phòng Công đoàn",
            ),
            (
                "co_so",
                date(2025, 6, 30),
                "Ban Thường vụ Công đoàn cơ sở phối hợp với Ban Giám đốc tổ chức Hội nghị đối thoại định kỳ "
                "tại nơi làm việc",
            ),
            (
                "co_so",
                date(2025, 5, 31),
                "Các công đoàn bộ phận thăm hỏi đoàn viên ốm đau, có hoàn cảnh khó khăn, thực hiện",
            ),
            ("co_so", date(2025, 6, 20), "báo cáo kết quả về Văn phòng Công đoàn"),
            ("co_so", date(2025, 6, 30), "tổng hợp, báo cáo Công đoàn ngành Y tế"),
        ],
        [
            "Công đoàn ngành Y tế (b/c)",
            "Đảng ủy, Ban Giám đốc Bệnh viện (b/c)",
            "Các công đoàn bộ phận, tổ công đoàn",
            "Lưu: VT, CĐ",
        ],
        ("TM", "BAN CHẤP HÀNH", "CHỦ TỊCH", "Trần Văn Đức"),
    ),
    "truong_thpt_ke_hoach_thang_week_table": Expected(
        "120/KH-THPT",
        "TRƯỜNG THPT HƯƠNG KHÊ",
        "SỞ GD&ĐT HÀ TĨNH",
        "Hương Khê",
        date(2025, 9, 26),
        "Hoạt động giáo dục và công tác chuyên môn tháng 10/2025",
        [
            (
                "co_so",
                date(2025, 10, 10),
                "Tổ chuyên môn nộp đề kiểm tra giữa kỳ I về đ/c Phó Hiệu trưởng phụ trách chuyên môn",
            ),
            (
                "co_so",
                date(2025, 10, 15),
                'Đoàn trường tổng hợp bài dự thi "Tuổi trẻ Hà Tĩnh học tập và làm theo lời Bác" theo Kế '
                "hoạch số 215-KH/TĐTN-TTNTH của Ban Thường vụ Tỉnh đoàn, gửi về Tỉnh đoàn",
            ),
            (
                "co_so",
                date(2025, 10, 17),
                "Tổ Văn phòng hoàn thiện báo cáo thống kê đầu năm học trên hệ thống EMIS, gửi Sở GD&ĐT",
            ),
            ("co_so", date(2025, 10, 20), "Các tổ chuyên môn hoàn thành thao giảng, dự giờ đợt 1"),
            (
                "co_so",
                date(2025, 10, 31),
                "Ban Kiểm tra nội bộ hoàn thành kiểm tra hồ sơ chuyên môn của 12 giáo viên",
            ),
            (
                "co_so",
                date(2025, 11, 7),
                "Các tổ chuyên môn tổ chức chấm chung, chỉ đạo giáo viên nhập điểm lên phần mềm vnEdu",
            ),
            ("co_so", date(2025, 11, 10), "báo cáo kết quả thực hiện kế hoạch tháng 10 về Ban Giám hiệu"),
        ],
        [
            "Sở GD&ĐT (để b/c)",
            "Hiệu trưởng, các PHT",
            "Các tổ CM, tổ VP",
            "Đoàn trường, Công đoàn",
            "Website nhà trường",
            "Lưu: VT",
        ],
        ("KT", "HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG", "Trần Thị Minh Nguyệt"),
    ),
    "so_y_te_khong_dau_email": Expected(
        "356/KH-SYT",
        "SO Y TE",
        "UBND TINH THANH HOA",
        "Thanh Hoa",
        date(2025, 2, 18),
        "Thuc hien cong tac cham soc suc khoe ban dau va y te co so nam 2025",
        [
            ("huyen", date(2025, 3, 10), "Xay dung ke hoach chi tiet cua don vi, gui ve So Y te"),
            (
                "huyen",
                date(2025, 6, 30),
                "To chuc kiem tra, giam sat chuyen mon 100% tram y te xa tren dia ban, hoan thanh",
            ),
            (
                "xa",
                date(2025, 4, 11),
                "Trien khai tiem chung bo sung vac xin soi - rubella cho tre tu 1 den 5 tuoi, thuc hien",
            ),
            (
                "xa",
                date(2025, 5, 31),
                "Ra soat, cap nhat ho so suc khoe dien tu cua nguoi dan tren dia ban, hoan thanh",
            ),
            (
                "tinh",
                date(2025, 10, 15),
                "Phong Nghiep vu Y chu tri, phoi hop Phong Ke hoach - Tai chinh tong hop ket qua thuc hien "
                "9 thang, bao cao UBND tinh va Bo Y te",
            ),
            ("xa", date(2025, 6, 30), "tram y te xa gui bao cao so ket ve Trung tam Y te huyen"),
            ("huyen", date(2025, 7, 31), "Trung tam Y te huyen tong hop, gui So Y te"),
        ],
        [
            "UBND tinh (de b/c)",
            "Bo Y te (Cuc Quan ly Kham, chua benh) (de b/c)",
            "Giam doc, cac PGD So",
            "Cac phong chuc nang So Y te",
            "TTYT cac huyen, thi xa, thanh pho",
            "Luu: VT, NVY",
        ],
        ("KT", "GIAM DOC", "PHO GIAM DOC", "Le Van Cuong"),
    ),
    "ban_chi_huy_quan_su_xa_pdf_detached_marks": Expected(
        "03/KH-BCHQS",
        "BAN CHỈ HUY QUÂN SỰ",
        "UBND XÃ CẨM BÌNH",
        "Cẩm Bình",
        date(2025, 1, 8),
        "Thực hiện công tác tuyển quân và huấn luyện dân quân năm 2025",
        [
            (
                "xa",
                date(2025, 1, 15),
                "Ban Chỉ huy Quân sự xã hoàn thành việc phúc tra, nắm chắc số công dân đã có lệnh gọi nhập "
                "ngũ",
            ),
            (
                "xa",
                date(2025, 2, 14),
                "Ban Chỉ huy Quân sự xã báo cáo kết quả giao quân về Ban Chỉ huy Quân sự huyện",
            ),
            ("xa", date(2025, 4, 30), "Tổ chức đăng ký nghĩa vụ quân sự lần đầu cho công dân nam đủ 17 tuổi"),
            (
                "co_so",
                date(2025, 2, 20),
                "Các thôn đội trưởng rà soát, lập danh sách dân quân năm thứ nhất, dân quân cơ động gửi về "
                "Ban Chỉ huy Quân sự xã",
            ),
            (
                "xa",
                date(2025, 6, 30),
                "Ban Chỉ huy Quân sự xã hoàn thành huấn luyện dân quân năm thứ nhất, dân quân cơ động, dân "
                "quân tại chỗ",
            ),
            (
                "xa",
                date(2025, 6, 30),
                "Tổ chức kiểm tra, đánh giá kết quả huấn luyện và báo cáo Ban Chỉ huy Quân sự huyện",
            ),
        ],
        [
            "Ban CHQS huyện Cẩm Xuyên (b/c)",
            "TT Đảng ủy, HĐND, UBND xã (b/c)",
            "Hội đồng NVQS xã",
            "Các thôn",
            "Lưu: VT, BCHQS",
        ],
        ("KT", "CHỈ HUY TRƯỞNG", "PHÓ CHỈ HUY TRƯỞNG", "Nguyễn Văn Hùng"),
    ),
    "huyen_doan_2024_tcvn3_vntime_legacy": Expected(
        "18-KH/HĐTN",
        "BCH HUYỆN ĐOÀN HẢI HẬU",
        "BCH ĐOÀN TỈNH NAM ĐỊNH",
        "Hải Hậu",
        date(2024, 2, 26),
        "Tổ chức Tháng Thanh niên năm 2024 và các hoạt động kỷ niệm 93 năm Ngày thành lập Đoàn TNCS Hồ Chí "
        "Minh",
        [
            (
                "co_so",
                date(2024, 3, 10),
                "đăng ký tên công trình, giá trị, địa điểm về Ban Thường vụ Huyện đoàn",
            ),
            (
                "huyen",
                date(2024, 6, 30),
                'Ban Thường vụ Huyện đoàn khởi công công trình "Thắp sáng đường quê" tại xã Hải Đông và tổ '
                "chức kiểm tra việc thực hiện công trình thanh niên tại cơ sở",
            ),
            (
                "co_so",
                date(2024, 3, 31),
                "Các Đoàn cơ sở hoàn thành việc rà soát, cập nhật dữ liệu đoàn viên trên Phần mềm Quản lý "
                "đoàn viên",
            ),
            ("co_so", date(2024, 6, 30), "hoàn thành chỉ tiêu kết nạp đoàn viên mới được giao"),
            ("huyen", date(2024, 4, 5), "tổng hợp kết quả, báo cáo Ban Thường vụ Tỉnh đoàn"),
            (
                "co_so",
                date(2024, 3, 1),
                "Các Đoàn cơ sở Xây dựng kế hoạch tổ chức Tháng Thanh niên tại đơn vị, gửi về Huyện đoàn",
            ),
            ("co_so", date(2024, 3, 28), "Báo cáo kết quả Tháng Thanh niên gửi về Huyện đoàn"),
        ],
        [
            "Ban Thường vụ Tỉnh đoàn (b/c)",
            "Thường trực Huyện ủy (b/c)",
            "Các Đoàn cơ sở trực thuộc",
            "Lưu VP",
        ],
        ("TM", "BAN THƯỜNG VỤ HUYỆN ĐOÀN", "PHÓ BÍ THƯ", "Vũ Thị Thu Hà"),
    ),
    "to_chuyen_mon_thcs_2025_hai_chu_ky": Expected(
        "02/KH-TKHTN",
        "TRƯỜNG THCS YÊN PHONG TỔ KHOA HỌC TỰ NHIÊN",
        "UBND XÃ YÊN PHONG",
        "Yên Phong",
        date(2025, 9, 16),
        "Hoạt động của tổ Khoa học Tự nhiên năm học 2025 - 2026",
        [
            (
                "co_so",
                date(2025, 9, 20),
                "Kế hoạch giáo dục của giáo viên : các thành viên hoàn thành, nộp tổ trưởng",
            ),
            (
                "co_so",
                date(2025, 10, 31),
                "phân công dạy bồi dưỡng học sinh giỏi Tổ trưởng, GV 10/2025 Giáo viên đăng ký tiết dạy hội "
                "giảng đợt 1 và tên sáng kiến với tổ trưởng",
            ),
            (
                "co_so",
                date(2025, 10, 24),
                "GV trong tổ Nộp ma trận, bản đặc tả, đề và hướng dẫn chấm kiểm tra giữa kỳ I",
            ),
            (
                "co_so",
                date(2025, 11, 15),
                "kiểm tra giữa kỳ I theo lịch chung của trường từ 27/10 đến 01/11/2025) GV bộ môn 11/2025 "
                "Hội giảng đợt 1 chào mừng Ngày Nhà giáo Việt Nam: mỗi giáo viên hoàn thành 01 tiết dạy hội "
                "giảng",
            ),
            (
                "co_so",
                date(2026, 1, 5),
                "nhập điểm đánh giá thường xuyên, giữa kỳ, cuối kỳ I lên phần mềm vnEdu",
            ),
            ("co_so", date(2025, 12, 31), "GV bộ môn Sơ kết học kỳ I, tổ nộp báo cáo về Ban Giám hiệu"),
            (
                "co_so",
                date(2026, 3, 31),
                "Tổ trưởng 1-3/2026 Giáo viên hoàn thiện sáng kiến, nộp về tổ để thẩm định",
            ),
        ],
        ["BGH nhà trường (để b/c)", "Các thành viên trong tổ (để t/h)", "Lưu: Hồ sơ tổ"],
        (None, None, "TỔ TRƯỞNG", "Đỗ Văn Khải"),
    ),
    "hoi_lhpn_huyen_2024_json_escaped_export": Expected(
        "52/KH-HPN",
        "HỘI LHPN HUYỆN NÔNG CỐNG",
        "HỘI LHPN TỈNH THANH HÓA",
        "Nông Cống",
        date(2024, 9, 16),
        "Tổ chức các hoạt động kỷ niệm 94 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 - "
        "20/10/2024) và sơ kết Đề án 938 trên địa bàn huyện",
        [
            (
                "co_so",
                date(2024, 10, 31),
                'Các chi hội phụ nữ thôn, tổ dân phố tổ chức sinh hoạt chuyên đề "Phụ nữ Nông Cống tự tin, '
                'tự chủ, nhân ái, trách nhiệm"',
            ),
            (
                "xa",
                date(2024, 10, 15),
                "Hội LHPN các xã, thị trấn tổ chức rà soát, cập nhật danh sách hội viên nghèo, phụ nữ đơn "
                "thân, phụ nữ có hoàn cảnh đặc biệt khó khăn",
            ),
            ("co_so", date(2024, 10, 31), "Các chi hội hoàn thành việc thu nộp hội phí năm 2024"),
            (
                "huyen",
                date(2024, 12, 31),
                "Hội LHPN huyện phối hợp với Phòng giao dịch Ngân hàng Chính sách xã hội huyện hoàn thành "
                "giải ngân nguồn vốn ủy thác cho hội viên",
            ),
            ("huyen", date(2024, 11, 10), "Tổng hợp kết quả, báo cáo Ban Thường vụ Hội LHPN tỉnh"),
            (
                "xa",
                date(2024, 9, 25),
                "Căn cứ Kế hoạch này và Chỉ thị số 21-CT/TW, xây dựng kế hoạch cụ thể, gửi về Hội LHPN huyện",
            ),
            (
                "xa",
                date(2024, 11, 5),
                "Báo cáo kết quả thực hiện, sơ kết Đề án 938 theo Quyết định số 938/QĐ-TTg tại cơ sở, gửi "
                "về Hội LHPN huyện",
            ),
        ],
        [
            "Ban Thường vụ Hội LHPN tỉnh (b/c)",
            "Thường trực Huyện ủy (b/c)",
            "UBND huyện (p/h)",
            "Hội LHPN các xã, thị trấn (t/h)",
            "Lưu: VT",
        ],
        ("TM", "BAN THƯỜNG VỤ", "CHỦ TỊCH", "Lê Thị Hằng"),
    ),
    "toa_an_huyen_2024_unrtf": Expected(
        "18/KH-TA",
        "TÒA ÁN NHÂN DÂN HUYỆN QUỲNH LƯU",
        "TÒA ÁN NHÂN DÂN TỈNH NGHỆ AN",
        "Quỳnh Lưu",
        date(2024, 3, 12),
        "Thực hiện công tác hòa giải, đối thoại tại Tòa án và nâng cao chất lượng giải quyết các loại vụ "
        "việc năm 2024",
        [
            (
                "huyen",
                date(2024, 3, 29),
                "Rà soát, phân loại đơn khởi kiện, đơn yêu cầu Các Thẩm phán, Thư ký Tòa án rà soát, phân "
                "loại toàn bộ đơn khởi kiện, đơn yêu cầu đã nhận nhưng chưa thụ lý, lập danh sách các vụ "
                "việc đủ điều kiện chuyển sang hòa giải, đối thoại",
            ),
            (
                "xa",
                date(2024, 4, 15),
                "Ủy ban nhân dân các xã, thị trấn trên địa bàn huyện giới thiệu người có uy tín, đủ tiêu "
                "chuẩn theo quy định để bổ nhiệm Hòa giải viên, gửi danh sách về Tòa án nhân dân huyện",
            ),
            (
                "huyen",
                date(2024, 6, 30),
                "Văn phòng Tòa án chủ trì, phối hợp với Tòa án nhân dân tỉnh tổ chức tập huấn nghiệp vụ cho "
                "Hòa giải viên mới được bổ nhiệm",
            ),
            (
                "huyen",
                date(2024, 6, 30),
                "Tòa án nhân dân huyện tập trung giải quyết dứt điểm các vụ án dân sự, hôn nhân và gia "
                "đình, hành chính còn tồn của năm 2023",
            ),
            ("huyen", date(2024, 9, 15), "Tổ chức đợt cao điểm giải quyết các loại vụ việc"),
            (
                "huyen",
                date(2024, 6, 20),
                "Tòa án nhân dân huyện xây dựng Báo cáo sơ kết 6 tháng đầu năm 2024 về công tác hòa giải, "
                "đối thoại, gửi Tòa án nhân dân tỉnh",
            ),
            (
                "huyen",
                date(2024, 10, 31),
                "Tòa án nhân dân huyện tự kiểm tra hồ sơ các vụ việc đã giải quyết trong năm công tác 2024",
            ),
        ],
        [
            "TAND tỉnh Nghệ An (b/c)",
            "Thường trực Huyện ủy (b/c)",
            "UBND huyện Quỳnh Lưu",
            "UBND các xã, thị trấn",
            "Các Thẩm phán, Thư ký, Hòa giải viên",
            "Lưu: VT, VP",
        ],
        ("KT", "CHÁNH ÁN", "PHÓ CHÁNH ÁN", "Nguyễn Thị Hải Yến"),
    ),
    "uy_ban_bau_cu_tinh_2026_moc_thoi_gian": Expected(
        "03/KH-UBBC",
        "ỦY BAN BẦU CỬ TỈNH PHÚ THỌ",
        None,
        "Phú Thọ",
        date(2025, 11, 24),
        "Triển khai các mốc thời gian thực hiện công tác bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội "
        "đồng nhân dân các cấp nhiệm kỳ 2026 - 2031 trên địa bàn tỉnh",
        [
            (
                "xa",
                date(2025, 11, 30),
                "Ủy ban nhân dân các xã, phường, sau khi thống nhất với Thường trực Hội đồng nhân dân và "
                "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam cùng cấp, quyết định thành lập Ủy ban bầu "
                "cử ở xã, phường chậm nhất 105 ngày trước ngày bầu cử",
            ),
            (
                "tinh",
                date(2026, 1, 4),
                "Ủy ban nhân dân tỉnh quyết định thành lập Ban bầu cử đại biểu Quốc hội và Ban bầu cử đại "
                "biểu Hội đồng nhân dân tỉnh ở mỗi đơn vị bầu cử chậm nhất 70 ngày trước ngày bầu cử",
            ),
            (
                "xa",
                date(2026, 2, 3),
                "Ủy ban nhân dân các xã, phường thành lập Tổ bầu cử ở mỗi khu vực bỏ phiếu chậm nhất 40 "
                "ngày trước ngày bầu cử",
            ),
            (
                "tinh",
                date(2026, 1, 4),
                "Người được giới thiệu ứng cử và người tự ứng cử đại biểu Hội đồng nhân dân tỉnh nộp hồ sơ "
                "ứng cử tại Ủy ban bầu cử tỉnh",
            ),
            (
                "tinh",
                date(2026, 2, 23),
                "Căn cứ biên bản hiệp thương, Ủy ban bầu cử tỉnh lập và công bố danh sách chính thức những "
                "người ứng cử đại biểu Hội đồng nhân dân tỉnh theo từng đơn vị bầu cử chậm nhất 20 ngày "
                "trước ngày bầu cử",
            ),
            (
                "xa",
                date(2026, 2, 28),
                "Ủy ban bầu cử ở các xã, phường hoàn thành việc tập huấn nghiệp vụ cho 100% thành viên Tổ "
                "bầu cử",
            ),
            (
                "tinh",
                date(2026, 3, 25),
                "Ủy ban bầu cử tỉnh công bố kết quả bầu cử và danh sách những người trúng cử đại biểu Hội "
                "đồng nhân dân tỉnh chậm nhất 10 ngày sau ngày bầu cử",
            ),
            (
                "xa",
                date(2026, 3, 31),
                "Ủy ban bầu cử ở các xã, phường tổng kết công tác bầu cử tại địa phương, gửi báo cáo về Ủy "
                "ban bầu cử tỉnh",
            ),
        ],
        [
            "Hội đồng bầu cử quốc gia (b/c)",
            "Ban Thường vụ Tỉnh ủy (b/c)",
            "Thường trực HĐND tỉnh",
            "Chủ tịch, các PCT UBND tỉnh",
            "Ủy ban MTTQ Việt Nam tỉnh",
            "Thành viên Ủy ban bầu cử tỉnh",
            "Các sở, ban, ngành, đoàn thể tỉnh",
            "Đảng ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam các xã, phường",
            "Lưu: VT, UBBC (Sở Nội vụ)",
        ],
        ("KT", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Hà Thị Thu Hương"),
    ),
    "ban_to_chuc_le_hoi_xa_2025_am_lich": Expected(
        "02/KH-BTC",
        "BAN TỔ CHỨC LỄ HỘI ĐỀN THƯỢNG XUÂN ẤT TỴ NĂM 2025",
        "UBND XÃ HÒA TIẾN",
        "Hòa Tiến",
        date(2024, 12, 10),
        "Tổ chức Lễ hội truyền thống đền Thượng xã Hòa Tiến Xuân Ất Tỵ năm 2025",
        [
            (
                "co_so",
                date(2025, 1, 19),
                "Các thôn đăng ký danh sách đội tế nam, tế nữ, đội rước kiệu gửi về Tiểu ban Nghi lễ",
            ),
            (
                "xa",
                date(2025, 1, 25),
                "Tiểu ban Tuyên truyền : Hoàn thành việc treo băng rôn, khẩu hiệu, cờ hội trên các trục "
                "đường liên xã, liên thôn",
            ),
            (
                "xa",
                date(2025, 1, 24),
                "Tiểu ban Văn hóa - Thể thao : Tuyển chọn, luyện tập các tiết mục văn nghệ, đội vật, đội cờ "
                "người",
            ),
            ("xa", date(2025, 2, 2), "Tu bổ, vệ sinh khu di tích; lắp đặt hệ thống điện, âm thanh, ánh sáng"),
            (
                "xa",
                date(2025, 1, 31),
                "Xây dựng phương án bảo đảm an ninh trật tự, an toàn giao thông, phòng cháy chữa cháy trong "
                "những ngày lễ hội, trình Trưởng Ban Tổ chức phê duyệt",
            ),
            ("xa", date(2025, 2, 20), "Các tiểu ban báo cáo kết quả thực hiện nhiệm vụ về Ban Tổ chức"),
            ("xa", date(2025, 2, 28), "Ban Tổ chức tổng hợp, báo cáo kết quả tổ chức Lễ hội về UBND huyện"),
        ],
        [
            "UBND huyện Yên Phong (b/c)",
            "Phòng Văn hóa và Thông tin huyện",
            "Công an huyện Yên Phong",
            "TT Đảng ủy, TT HĐND xã (b/c)",
            "Chủ tịch, các PCT UBND xã",
            "Thành viên Ban Tổ chức, các tiểu ban giúp việc",
            "Ban Quản lý di tích đền Thượng",
            "Trưởng các thôn",
            "Lưu: VT, BTC",
        ],
        ("TM", "BAN TỔ CHỨC", "TRƯỞNG BAN", "Nguyễn Văn Khải"),
    ),
    "hoi_lhpn_phuong_2025_nam_hai_chu_so": Expected(
        "18/KH-HPN",
        "BCH HỘI LHPN PHƯỜNG KINH BẮC",
        "HỘI LHPN TỈNH BẮC NINH",
        "Kinh Bắc",
        date(2025, 10, 6),
        "Tổ chức các hoạt động kỷ niệm 95 năm Ngày thành lập Hội LHPN Việt Nam (20/10/1930 - 20/10/25) và "
        "triển khai nhiệm vụ trọng tâm quý IV/25",
        [
            (
                "co_so",
                date(2025, 10, 15),
                "Các chi hội rà soát, lập danh sách đề nghị tuyên dương, gửi về Văn phòng Hội phường",
            ),
            (
                "co_so",
                date(2025, 11, 10),
                "rà soát hộ nghèo, hộ cận nghèo do phụ nữ làm chủ hộ, phụ nữ có hoàn cảnh đặc biệt khó "
                "khăn, lập danh sách đề xuất hỗ trợ",
            ),
            ("co_so", date(2025, 11, 20), "các chi hội hoàn thành thu nộp quỹ về Hội phường"),
            (
                "co_so",
                date(2025, 12, 31),
                "Thu, nộp hội phí năm 2025 theo Hướng dẫn số 07/HD-ĐCT của Đoàn Chủ tịch TW Hội LHPN Việt "
                "Nam: các chi hội hoàn thành thu nộp hội phí",
            ),
            (
                "xa",
                date(2025, 12, 5),
                "Văn phòng Hội phường tổng hợp kết quả thực hiện Kế hoạch, báo cáo Ban Thường vụ Hội LHPN "
                "tỉnh theo yêu cầu tại Kế hoạch số 45/KH-HPN",
            ),
            ("xa", date(2025, 12, 31), "Hoàn thành tổng kết công tác Hội và phong trào phụ nữ năm 2025"),
            (
                "co_so",
                date(2025, 11, 30),
                "Báo cáo kết quả các hoạt động kỷ niệm và rà soát hộ phụ nữ khó khăn về Hội phường",
            ),
        ],
        [
            "TT Hội LHPN tỉnh (b/c)",
            "TT Đảng ủy phường (b/c)",
            "UB MTTQ VN phường",
            "Các chi hội phụ nữ khu phố",
            "Lưu VP Hội",
        ],
        ("TM", "BAN THƯỜNG VỤ", "CHỦ TỊCH", "Nguyễn Thị Thu Hằng"),
    ),
    "so_khdt_2025_dinh_ky_tuong_doi": Expected(
        "126/KH-STC",
        "SỞ TÀI CHÍNH",
        "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH",
        "Hà Tĩnh",
        date(2025, 3, 17),
        "Theo dõi, đôn đốc giải ngân vốn đầu tư công năm 2025 trên địa bàn tỉnh",
        [
            (
                "tinh",
                date(2025, 3, 27),
                "Các sở, ban, ngành và UBND các huyện, thành phố, thị xã được giao kế hoạch vốn năm 2025",
            ),
            (
                "tinh",
                date(2025, 4, 15),
                "Các chủ đầu tư tự kiểm tra, rà soát toàn bộ các dự án có tỷ lệ giải ngân dưới 15% kế hoạch "
                "vốn, xác định rõ nguyên nhân, đề xuất giải pháp",
            ),
            (
                "tinh",
                date(2025, 3, 20),
                "Các chủ đầu tư báo cáo tình hình thực hiện và giải ngân vốn đầu tư công",
            ),
            (
                "tinh",
                date(2025, 6, 15),
                "Các sở, ban, ngành cấp tỉnh lập báo cáo giám sát, đánh giá tổng thể đầu tư 6 tháng và cả "
                "năm, gửi Sở Tài chính",
            ),
            (
                "tinh",
                date(2025, 12, 15),
                "Các sở, ban, ngành cấp tỉnh lập báo cáo giám sát, đánh giá tổng thể đầu tư 6 tháng và cả "
                "năm, gửi Sở Tài chính",
            ),
            (
                "huyen",
                date(2025, 6, 30),
                "UBND các huyện, thành phố, thị xã chỉ đạo các chủ đầu tư trên địa bàn hoàn thành giải ngân "
                "tối thiểu 45% kế hoạch vốn ngân sách tỉnh hỗ trợ có mục tiêu",
            ),
            (
                "tinh",
                date(2025, 10, 31),
                "Trên cơ sở kết quả giải ngân đến hết tháng 9, Sở Tài chính tham mưu UBND tỉnh điều chuyển "
                "kế hoạch vốn từ các dự án chậm giải ngân sang các dự án có khả năng giải ngân nhanh",
            ),
            (
                "tinh",
                date(2025, 12, 31),
                "Sở Tài chính chủ trì, phối hợp với các đơn vị liên quan đánh giá kết quả thực hiện Kế "
                "hoạch, tổng hợp báo cáo UBND tỉnh",
            ),
        ],
        [
            "UBND tỉnh (b/c)",
            "Đ/c Chủ tịch, các Phó Chủ tịch UBND tỉnh (b/c)",
            "Các sở, ban, ngành cấp tỉnh",
            "UBND các huyện, thành phố, thị xã",
            "Kho bạc Nhà nước khu vực X",
            "Giám đốc, các Phó Giám đốc Sở",
            "Lưu: VT, QLĐT",
        ],
        ("KT", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Trần Đình Lộc"),
    ),
    "truong_tieu_hoc_2024_website_tai_ve": Expected(
        "98/KH-THXL",
        "TRƯỜNG TIỂU HỌC XUÂN LẬP",
        "UBND HUYỆN THỌ XUÂN",
        "Xuân Lập",
        date(2024, 9, 10),
        "Kiểm tra nội bộ trường học năm học 2024 - 2025",
        [
            ("co_so", date(2024, 10, 31), "Kiểm tra hoạt động sư phạm nhà giáo, đợt 1"),
            ("co_so", date(2024, 12, 31), "Kiểm tra chuyên đề hồ sơ, sổ sách"),
            ("co_so", date(2025, 3, 31), "Kiểm tra quản lý tài chính, tài sản, thực hiện Quy chế dân chủ"),
            ("co_so", date(2025, 4, 10), "Kiểm tra hoạt động sư phạm nhà giáo, đợt 2"),
            (
                "co_so",
                date(2024, 9, 20),
                "Các tổ chuyên môn xây dựng kế hoạch kiểm tra của tổ, nộp về Phó Hiệu trưởng",
            ),
            (
                "co_so",
                date(2025, 1, 15),
                "tổng hợp, gửi báo cáo sơ kết công tác kiểm tra nội bộ học kỳ I về Phòng GDĐT",
            ),
            ("co_so", date(2025, 5, 23), "báo cáo tổng kết năm học"),
        ],
        ["Phòng GDĐT Thọ Xuân (để b/c)", "BGH, Ban KTNB, các tổ chuyên môn", "Website trường", "Lưu: VT"],
        (None, None, "HIỆU TRƯỞNG", "Lê Thị Hồng Nhung"),
    ),
    "ubnd_xa_2025_du_thao_danh_so_dong": Expected(
        None,
        "ỦY BAN NHÂN DÂN XÃ TÂN LÝ ĐÔNG",
        None,
        "Tân Lý Đông",
        None,
        "Tổ chức “Ngày Chủ nhật xanh” làm sạch môi trường trên địa bàn xã Tân Lý Đông năm 2025",
        [
            (
                "xa",
                date(2025, 6, 12),
                "Dự thảo lần 2 - xin ý kiến các ban, ngành, đoàn thể xã và Ban nhân dân các ấp; ý kiến góp "
                "ý gửi về Văn phòng - Thống kê xã",
            ),
            (
                "xa",
                date(2025, 6, 20),
                "Ban nhân dân các ấp rà soát, đăng ký tuyến đường, điểm tồn đọng rác cần xử lý, gửi về công "
                "chức Địa chính - Nông nghiệp - Xây dựng và Môi trường xã",
            ),
            ("xa", date(2025, 7, 31), "Các ấp hoàn thành xóa 100% điểm tồn đọng rác thải đã đăng ký"),
            ("xa", date(2025, 9, 30), "mỗi ấp hoàn thành ít nhất 01 tuyến đường hoa"),
            ("xa", date(2025, 9, 15), "Trưởng các ấp báo cáo sơ kết 3 tháng thực hiện về UBND xã"),
            ("xa", date(2025, 11, 30), "tham mưu UBND xã tổng kết, khen thưởng"),
        ],
        [
            "TT Đảng ủy xã (b/c)",
            "TT HĐND xã",
            "UBMTTQVN xã và các đoàn thể",
            "Ban nhân dân các ấp",
            "Lưu: VT, ĐC-NN",
        ],
        ("TM", "ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Thành Được"),
    ),
    "thanh_tra_tinh_2025_thoi_ky_thanh_tra": Expected(
        "97/KH-TTr",
        "UBND TỈNH NGHỆ AN THANH TRA TỈNH",
        None,
        "Nghệ An",
        date(2025, 7, 29),
        "Tiến hành thanh tra việc chấp hành pháp luật về quản lý, sử dụng đất đai trên địa bàn huyện Nghi "
        "Lộc (cũ)",
        [
            (
                "tinh",
                date(2025, 8, 8),
                "Đoàn thanh tra nghiên cứu hồ sơ, xây dựng đề cương yêu cầu báo cáo, thực hiện",
            ),
            (
                "xa",
                date(2025, 8, 20),
                "UBND các xã nêu tại khoản 1 Mục III báo cáo bằng văn bản theo đề cương, gửi về Đoàn thanh "
                "tra",
            ),
            (
                "tinh",
                date(2025, 8, 25),
                "Sở Nông nghiệp và Môi trường cung cấp hồ sơ giao đất, cho thuê đất, bảng giá đất và hồ sơ "
                "đấu giá liên quan",
            ),
            (
                "tinh",
                date(2025, 9, 30),
                "Trưởng đoàn thanh tra báo cáo kết quả thanh tra trong thời hạn 15 ngày kể từ ngày kết thúc "
                "thanh tra trực tiếp",
            ),
            (
                "tinh",
                date(2025, 10, 31),
                "Thanh tra tỉnh hoàn thành dự thảo Kết luận thanh tra, gửi đối tượng thanh tra giải trình",
            ),
            (
                "tinh",
                date(2025, 12, 31),
                "Thanh tra tỉnh ban hành Kết luận thanh tra, báo cáo Chủ tịch UBND tỉnh kết quả thanh tra",
            ),
        ],
        [
            "Chủ tịch UBND tỉnh (b/c)",
            "Chánh Thanh tra tỉnh (b/c)",
            "Sở Nông nghiệp và Môi trường",
            "UBND các xã thuộc huyện Nghi Lộc (cũ)",
            "Chi nhánh VPĐKĐĐ khu vực Nghi Lộc",
            "Thành viên Đoàn thanh tra",
            "Lưu: VT, HS Đoàn TTr",
        ],
        ("KT", "CHÁNH THANH TRA", "PHÓ CHÁNH THANH TRA", "Trần Thị Minh Nguyệt"),
    ),
    "ban_chi_dao_huyen_2024_mediawiki_table": Expected(
        "86/KH-BCĐ",
        "BAN CHỈ ĐẠO SẮP XẾP ĐƠN VỊ HÀNH CHÍNH CẤP XÃ",
        "UBND HUYỆN KIM THÀNH",
        "Kim Thành",
        date(2024, 6, 10),
        "Triển khai thực hiện sắp xếp đơn vị hành chính cấp xã trên địa bàn huyện giai đoạn 2023 - 2025",
        [
            ("xa", date(2024, 6, 20), "Xây dựng kế hoạch tuyên truyền, vận động; gửi về Phòng Nội vụ"),
            ("huyen", date(2024, 7, 5), "Xây dựng dự thảo Đề án sắp xếp đơn vị hành chính cấp xã của huyện"),
            ("xa", date(2024, 7, 30), "Tổ chức lấy ý kiến cử tri về Đề án"),
            ("xa", date(2024, 8, 31), "Họp, thông qua Nghị quyết tán thành chủ trương sắp xếp"),
            ("huyen", date(2024, 9, 13), "Hoàn thiện hồ sơ Đề án, trình HĐND huyện; gửi Sở Nội vụ thẩm định"),
            (
                "huyen",
                date(2024, 12, 31),
                "Sắp xếp, bố trí cán bộ, công chức dôi dư; bàn giao tài sản, trụ sở",
            ),
            ("huyen", date(2024, 12, 31), "Báo cáo kết quả thực hiện về Ban Chỉ đạo tỉnh"),
        ],
        [
            "Sở Nội vụ tỉnh Hải Dương (b/c)",
            "Thường trực Huyện ủy, HĐND huyện (b/c)",
            "Chủ tịch, các PCT UBND huyện",
            "Thành viên Ban Chỉ đạo",
            "UBND các xã, thị trấn",
            "Lưu: VT, NV",
        ],
        ("KT", "TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Vũ Văn Khải"),
    ),
    "ban_tuyen_giao_dan_van_tinh_uy_2025_phone_reflow": Expected(
        "47-KH/BTGDVTU",
        "BAN TUYÊN GIÁO VÀ DÂN VẬN",
        "TỈNH ỦY PHÚ THỌ",
        "Phú Thọ",
        date(2025, 9, 5),
        "tuyên truyền kỷ niệm 95 năm Ngày truyền thống công tác dân vận của Đảng (15/10/1930 - 15/10/2025) "
        "và biểu dương mô hình “Dân vận khéo” năm 2025",
        [
            (
                "tinh",
                date(2025, 10, 20),
                "Trên báo chí: Báo và Phát thanh, Truyền hình Phú Thọ mở chuyên trang, chuyên mục, thực "
                "hiện đợt tuyên truyền cao điểm",
            ),
            (
                "tinh",
                date(2025, 10, 5),
                "Tuyên truyền trực quan: Sở Văn hóa, Thể thao và Du lịch chỉ đạo treo băng rôn, khẩu hiệu "
                "tại trung tâm tỉnh và các trục đường chính",
            ),
            (
                "xa",
                date(2025, 9, 15),
                "Căn cứ Kế hoạch này xây dựng kế hoạch tuyên truyền phù hợp với tình hình địa phương, gửi "
                "về Ban Tuyên giáo và Dân vận Tỉnh ủy",
            ),
            ("xa", date(2025, 9, 22), "biểu dương, gửi hồ sơ"),
            (
                "xa",
                date(2025, 10, 31),
                "Tổ chức gặp mặt, tọa đàm kỷ niệm Ngày truyền thống với cán bộ làm công tác dân vận qua các "
                "thời kỳ",
            ),
            (
                "xa",
                date(2025, 11, 15),
                "Chế độ báo cáo: Đảng ủy các xã, phường và các đảng ủy trực thuộc Tỉnh ủy báo cáo kết quả "
                "thực hiện Kế hoạch gửi về Ban Tuyên giáo và Dân vận Tỉnh ủy",
            ),
            (
                "tinh",
                date(2025, 11, 30),
                "Phòng Dân vận tham mưu Lãnh đạo Ban tổng hợp, báo cáo Ban Thường vụ Tỉnh ủy và Ban Tuyên "
                "giáo và Dân vận Trung ương",
            ),
        ],
        [
            "Thường trực Tỉnh ủy (b/c)",
            "Ban Tuyên giáo và Dân vận TW (b/c)",
            "Các đảng ủy trực thuộc Tỉnh ủy",
            "Đảng ủy các xã, phường",
            "Báo và Phát thanh, Truyền hình Phú Thọ",
            "Lãnh đạo Ban",
            "Lưu Văn phòng Ban",
        ],
        ("KT", "TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Đinh Thị Thu Hà"),
    ),
    "so_tai_chinh_2025_pdf_cot_dao_nguoc": Expected(
        "412/KH-STC",
        "SỞ TÀI CHÍNH",
        "UBND TỈNH QUẢNG TRỊ",
        "Quảng Trị",
        date(2025, 12, 8),
        "Triển khai công tác khóa sổ kế toán cuối năm và lập, xét duyệt, thẩm định quyết toán ngân sách nhà "
        "nước năm 2025",
        [
            (
                "tinh",
                date(2026, 1, 20),
                "lập văn bản đề nghị xét chuyển nguồn sang năm 2026 gửi Sở Tài chính",
            ),
            (
                "xa",
                date(2025, 12, 25),
                "Gửi báo cáo ước thực hiện thu, chi ngân sách năm 2025 về Sở Tài chính",
            ),
            (
                "xa",
                date(2026, 1, 15),
                "Phối hợp với Kho bạc Nhà nước khu vực XI đối chiếu số thu, chi ngân sách xã, thực hiện",
            ),
            ("tinh", date(2026, 2, 28), "Đơn vị sử dụng ngân sách: lập, gửi đơn vị dự toán cấp trên"),
            ("tinh", date(2026, 3, 31), "THỜI GIAN HOÀN THÀNH BÁO CÁO QUYẾT TOÁN NĂM 2025"),
            (
                "xa",
                date(2026, 4, 10),
                "UBND xã, phường, đặc khu trình HĐND cùng cấp phê chuẩn, gửi Sở Tài chính",
            ),
            (
                "tinh",
                date(2026, 6, 30),
                # (its label "Sở Tài chính:" a level, as "Cấp xã:" above)
                "thẩm định, tổng hợp quyết toán ngân sách địa phương, báo cáo UBND tỉnh",
            ),
        ],
        [
            "UBND tỉnh (b/c)",
            "Giám đốc, các PGĐ Sở",
            "Các sở, ban, ngành cấp tỉnh",
            "UBND các xã, phường, đặc khu",
            "Kho bạc Nhà nước khu vực XI",
            "Các phòng, đơn vị thuộc Sở",
            "Lưu: VT, QLNS",
        ],
        ("KT", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Hoàng Văn Khải"),
    ),
    "so_nnmt_2025_powerpoint_outline": Expected(
        "1864/KH-SNNMT",
        "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
        "UBND TỈNH HÀ TĨNH",
        "Hà Tĩnh",
        date(2025, 8, 18),
        "Tiêm phòng vắc xin cho gia súc, gia cầm đợt 2 năm 2025 trên địa bàn tỉnh Hà Tĩnh",
        [
            (
                "xa",
                date(2025, 8, 29),
                "Thống kê tổng đàn, đăng ký nhu cầu vắc xin gửi Chi cục Chăn nuôi và Thú y",
            ),
            ("tinh", date(2025, 9, 12), "Tiếp nhận, cấp phát vắc xin, vật tư về các Trạm khu vực"),
            ("xa", date(2025, 10, 31), "Tổ chức tiêm phòng đợt 2"),
            ("xa", date(2025, 11, 30), "Tiêm bổ sung (tiêm vét) cho gia súc, gia cầm mới phát sinh"),
            ("tinh", date(2025, 12, 31), "Giám sát sau tiêm phòng, lấy mẫu huyết thanh đánh giá miễn dịch"),
            ("tinh", date(2025, 11, 15), "Tổng hợp kết quả đợt 2, báo cáo Sở và UBND tỉnh"),
            ("xa", date(2025, 11, 5), "Báo cáo kết quả tiêm phòng đợt 2 về Sở"),
        ],
        [
            "UBND tỉnh (b/c)",
            "Cục Chăn nuôi và Thú y (b/c)",
            "Giám đốc, các PGĐ Sở",
            "UBND các xã, phường",
            "Các Chi cục, Trung tâm thuộc Sở",
            "Lưu: VT, CNTY",
        ],
        ("KT", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Trần Văn Hậu"),
    ),
    "bchqs_tinh_2025_eoffice_khoi_truong": Expected(
        "1234/KH-BCH",
        "BỘ CHỈ HUY QUÂN SỰ TỈNH HÀ TĨNH",
        "BỘ TƯ LỆNH QUÂN KHU 4",
        "Hà Tĩnh",
        date(2025, 10, 14),
        "Chuẩn bị tuyển chọn và gọi công dân nhập ngũ năm 2026",
        [
            (
                "xa",
                date(2025, 10, 31),
                "Rà soát, đăng ký nghĩa vụ quân sự, lập danh sách công dân trong độ tuổi gọi nhập ngũ",
            ),
            ("xa", date(2025, 11, 15), "Tổ chức sơ tuyển sức khỏe tại xã, phường"),
            (
                "tinh",
                date(2025, 11, 20),
                "Tổng hợp kết quả sơ tuyển, báo cáo Bộ CHQS tỉnh (qua Phòng Tham mưu)",
            ),
            (
                "tinh",
                date(2025, 12, 31),
                "Tổ chức khám sức khỏe nghĩa vụ quân sự cho công dân đủ điều kiện sau sơ tuyển",
            ),
            (
                "tinh",
                date(2025, 12, 25),
                "Rà soát công dân là cán bộ, công chức, viên chức, người lao động thuộc diện gọi nhập ngũ "
                "hoặc tạm hoãn; báo cáo Bộ CHQS tỉnh",
            ),
            ("xa", date(2026, 1, 20), "Xét duyệt, công khai danh sách và phát lệnh gọi công dân nhập ngũ"),
            (
                "tinh",
                date(2026, 1, 31),
                "Tổng hợp kết quả chuẩn bị tuyển quân, báo cáo Bộ Tư lệnh Quân khu 4",
            ),
        ],
        [
            "Bộ Tư lệnh Quân khu 4 (b/c)",
            "Thường trực Tỉnh ủy, UBND tỉnh (b/c)",
            "Hội đồng NVQS tỉnh",
            "Các sở: Y tế, Nội vụ, Giáo dục và Đào tạo",
            "Công an tỉnh",
            "Ban CHPT khu vực 1, 2, 3, 4",
            "UBND, Ban CHQS các xã, phường",
            "Lưu: VT, TM; H60",
        ],
        ("KT", "CHỈ HUY TRƯỞNG", "PHÓ CHỈ HUY TRƯỞNG - THAM MƯU TRƯỞNG", "Lê Văn Hà"),
    ),
    "so_vhttdl_2025_markitdown_docx": Expected(
        "412/KH-SVHTTDL",
        "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH",
        "UBND TỈNH PHÚ THỌ",
        "Phú Thọ",
        date(2025, 2, 24),
        "Quản lý, tổ chức lễ hội và các hoạt động văn hóa, thể thao, du lịch trên địa bàn tỉnh năm 2025",
        [
            (
                "huyen",
                date(2025, 3, 20),
                "Rà soát, cập nhật danh mục lễ hội truyền thống, di tích có tổ chức lễ hội trên địa bàn; "
                "báo cáo về Sở (qua Phòng Quản lý Di sản văn hóa)",
            ),
            (
                "tinh",
                date(2025, 6, 30),
                "Tập huấn nghiệp vụ quản lý di tích, lễ hội cho công chức văn hóa - xã hội cấp huyện, cấp xã",
            ),
            (
                "tinh",
                date(2025, 5, 15),
                "Kiểm tra liên ngành hoạt động kinh doanh dịch vụ du lịch, lưu trú tại các khu, điểm du lịch",
            ),
            (
                "xa",
                date(2025, 5, 31),
                "Kiểm kê hiện vật, đồ thờ tự tại các di tích do cấp xã quản lý; lập hồ sơ theo mẫu hướng dẫn",
            ),
            (
                "tinh",
                date(2025, 11, 30),
                "Tổng hợp kết quả thực hiện Kế hoạch, báo cáo UBND tỉnh và Bộ VHTTDL",
            ),
            (
                "tinh",
                date(2025, 3, 10),
                "Công an tỉnh, Sở Công Thương, Sở Y tế, Sở Tài chính tham gia ý kiến vào dự thảo Quy chế "
                "phối hợp quản lý lễ hội trên địa bàn tỉnh, gửi về Sở",
            ),
            ("huyen", date(2025, 6, 15), "báo cáo kết quả thực hiện các nhiệm vụ được giao gửi về Sở"),
        ],
        [
            "Bộ VHTTDL (b/c)",
            "TT Tỉnh ủy, TT HĐND tỉnh (b/c)",
            "Chủ tịch, các PCT UBND tỉnh (b/c)",
            "Giám đốc, các PGĐ Sở",
            "Các sở, ban, ngành liên quan",
            "UBND các huyện, thành, thị",
            "Các phòng, đơn vị thuộc Sở",
            "Lưu: VT, QLDSVH",
        ],
        ("KT", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Đinh Thị Thu Hà"),
    ),
    "toa_an_khu_vuc_2025_mo_hinh_moi": Expected(
        "12/KH-TAKV3",
        "TÒA ÁN NHÂN DÂN KHU VỰC 3 - PHÚ THỌ",
        "TÒA ÁN NHÂN DÂN TỈNH PHÚ THỌ",
        "Phú Thọ",
        date(2025, 7, 8),
        "Tiếp nhận, bàn giao hồ sơ vụ việc, tài liệu lưu trữ của Tòa án nhân dân các huyện Thanh Sơn, Tân "
        "Sơn, Yên Lập (cũ) về",
        [
            (
                "huyen",
                date(2025, 7, 15),
                "Tổ công tác bàn giao của Tòa án nhân dân các huyện Thanh Sơn, Tân Sơn, Yên Lập kiểm kê, "
                "lập danh mục hồ sơ vụ việc đang thụ lý, hồ sơ thi hành án hình sự, sổ thụ lý và hoàn thành",
            ),
            (None, date(2025, 7, 25), "bàn giao"),
            (None, date(2025, 8, 31), "Phòng Hành chính - Tư pháp chủ trì tiếp nhận hồ sơ lưu trữ"),
            (
                None,
                date(2025, 7, 31),
                "Trưởng phòng Hành chính - Tư pháp tổng hợp, báo cáo Chánh án Tòa án nhân dân tỉnh kết quả "
                "bàn giao, tiếp nhận",
            ),
            (
                None,
                date(2025, 9, 30),
                "Phòng Hành chính - Tư pháp số hóa sổ thụ lý, sổ theo dõi của các Tòa án huyện",
            ),
            (None, date(2025, 12, 31), "Chỉnh lý, sắp xếp tài liệu lưu trữ theo quy định của Luật Lưu trữ"),
        ],
        [
            "TAND tỉnh Phú Thọ (để b/c)",
            "Chánh án, các Phó Chánh án",
            "Viện KSND khu vực 3 - Phú Thọ",
            "Phòng THADS khu vực 3",
            "Các Thẩm phán, Thư ký Tòa án",
            "Lưu: VT, HCTP",
        ],
        ("KT", "CHÁNH ÁN", "PHÓ CHÁNH ÁN", "Hà Văn Tuấn"),
    ),
    "ubnd_phuong_2025_thong_bao_lich_tiep_nhan": Expected(
        "215/TB-UBND",
        "ỦY BAN NHÂN DÂN PHƯỜNG THÀNH VINH",
        None,
        "Thành Vinh",
        date(2025, 10, 20),
        "Kế hoạch và lịch tiếp nhận hồ sơ đăng ký, cấp đổi giấy chứng nhận quyền sử dụng đất theo tổ dân phố",
        [
            (
                "xa",
                date(2026, 3, 31),
                "Phấn đấu hoàn thành việc cấp đổi Giấy chứng nhận cho các hộ đã nộp hồ sơ hợp lệ",
            ),
            (
                "xa",
                date(2025, 12, 5),
                "Hộ gia đình không đến được đúng ngày theo lịch của tổ mình thì nộp hồ sơ bổ sung",
            ),
            (
                "co_so",
                date(2025, 10, 25),
                "Niêm yết Thông báo này tại nhà văn hóa tổ dân phố, thông báo đến từng hộ gia đình",
            ),
            (
                "co_so",
                date(2025, 10, 31),
                "Lập danh sách hộ đăng ký cấp đổi, gửi danh sách hộ đăng ký về Ủy ban nhân dân phường",
            ),
            ("xa", date(2025, 11, 30), "Hoàn thành việc thẩm tra, niêm yết công khai kết quả kiểm tra hồ sơ"),
            ("xa", date(2026, 1, 15), "Tổng hợp, báo cáo kết quả về Ủy ban nhân dân phường"),
        ],
        [
            "Sở Nông nghiệp và Môi trường (để b/c)",
            "Chi nhánh VPĐKĐĐ khu vực Vinh",
            "TT Đảng ủy, TT HĐND phường",
            "Chủ tịch, các PCT UBND phường",
            "Các tổ dân phố (để t/h)",
            "Lưu: VT, KTHTĐT",
        ],
        ("KT", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Thị Thu Hà"),
    ),
    "ban_chi_dao_xa_2025_bieu_mau_de_trong": Expected(
        "03/KH-BCĐ",
        "BAN CHỈ ĐẠO XÓA NHÀ TẠM, NHÀ DỘT NÁT",
        "ỦY BAN NHÂN DÂN XÃ TÂN QUANG",
        "Tân Quang",
        date(2025, 3, 12),
        "Rà soát, hỗ trợ xóa nhà tạm, nhà dột nát trên địa bàn xã Tân Quang năm 2025",
        [
            (
                "co_so",
                date(2025, 3, 22),
                "Các thôn, tổ dân phố tổ chức họp dân bình xét công khai các hộ đủ điều kiện hỗ trợ, thực "
                "hiện",
            ),
            (
                "co_so",
                date(2025, 3, 25),
                "Trưởng thôn, Tổ trưởng tổ dân phố lập danh sách theo Mẫu số 01 kèm biên bản họp, gửi về "
                "Ban Chỉ đạo xã",
            ),
            (
                "xa",
                date(2025, 3, 31),
                "Công chức Văn hóa - Xã hội chủ trì, phối hợp công chức Địa chính - Xây dựng và Ủy ban MTTQ "
                "Việt Nam xã kiểm tra thực tế, thẩm định danh sách, trình Ban Chỉ đạo xã",
            ),
            (
                "xa",
                date(2025, 4, 10),
                "Ban Chỉ đạo xã phê duyệt danh sách, báo cáo Ban Chỉ đạo huyện theo Kế hoạch số 45/KH-BCĐ",
            ),
            ("xa", date(2025, 4, 30), "hoàn thành việc vận động"),
            (
                "xa",
                date(2025, 9, 30),
                "UBND xã chỉ đạo các bộ phận chuyên môn hướng dẫn các hộ khởi công, giám sát chất lượng và "
                "hoàn thành xây mới, sửa chữa nhà cho các hộ trong danh sách",
            ),
        ],
        [
            "BCĐ huyện Lục Ngạn (b/c)",
            "TT Đảng ủy, TT HĐND xã (b/c)",
            "Chủ tịch, các PCT UBND xã",
            "Thành viên BCĐ xã",
            "UBMTTQVN và các đoàn thể xã",
            "Các thôn, tổ dân phố (t/h)",
            "Lưu: VT, VHXH",
        ],
        ("TM", "BAN CHỈ ĐẠO", "TRƯỞNG BAN", "Hoàng Văn Quyết"),
    ),
    "cum_thi_dua_tinh_2025_luan_phien": Expected(
        "41/KH-CTĐ",
        "UBND TỈNH LÂM ĐỒNG - TRƯỞNG CỤM THI ĐUA CÁC TỈNH TÂY NGUYÊN",
        None,
        "Lâm Đồng",
        date(2025, 3, 10),
        "Tổ chức phong trào thi đua và hoạt động của Cụm thi đua các tỉnh Tây Nguyên năm 2025",
        [
            (
                "tinh",
                date(2025, 3, 31),
                "Các tỉnh thành viên trong Cụm xây dựng nội dung, chỉ tiêu đăng ký thi đua năm 2025, gửi về "
                "Trưởng Cụm",
            ),
            (
                "tinh",
                date(2025, 4, 8),
                "Trưởng Cụm tổng hợp, hoàn thiện dự thảo Bản giao ước thi đua, gửi các tỉnh thành viên cho "
                "ý kiến",
            ),
            (
                "tinh",
                date(2025, 7, 10),
                "Các tỉnh thành viên đánh giá kết quả thực hiện giao ước thi đua 6 tháng đầu năm 2025, gửi "
                "báo cáo về Trưởng Cụm",
            ),
            (
                "tinh",
                date(2025, 7, 31),
                "UBND tỉnh Đắk Nông - Phó Trưởng Cụm phối hợp với Trưởng Cụm xây dựng báo cáo sơ kết của "
                "Cụm, gửi Ban Thi đua - Khen thưởng Trung ương",
            ),
            (
                "tinh",
                date(2025, 11, 20),
                "Các tỉnh thành viên tự chấm điểm theo Bảng tiêu chí chấm điểm của Cụm, gửi báo cáo tổng "
                "kết và biểu tự chấm điểm về Trưởng Cụm",
            ),
            (
                "tinh",
                date(2025, 12, 5),
                "Phó Trưởng Cụm chủ trì tổ chức chấm điểm chéo, tổng hợp kết quả, gửi Trưởng Cụm",
            ),
            (
                "tinh",
                date(2025, 12, 10),
                "Ban Thi đua - Khen thưởng các tỉnh thành viên gửi tham luận, đề xuất nội dung phục vụ Hội "
                "nghị tổng kết về Trưởng Cụm",
            ),
            (
                "tinh",
                date(2026, 1, 31),
                "Trưởng Cụm hoàn thiện hồ sơ đề nghị Chính phủ tặng Cờ thi đua, Thủ tướng Chính phủ tặng "
                "Bằng khen cho các tỉnh dẫn đầu, gửi Ban Thi đua - Khen thưởng Trung ương",
            ),
        ],
        [
            "Ban Thi đua - Khen thưởng Trung ương (b/c)",
            "UBND các tỉnh: Kon Tum, Gia Lai, Đắk Lắk, Đắk Nông",
            "Ban TĐKT các tỉnh trong Cụm",
            "CT, các PCT UBND tỉnh",
            "Sở Nội vụ tỉnh Lâm Đồng",
            "LĐVP",
            "Lưu: VT, TĐKT",
        ],
        ("KT", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Phạm Quốc Thịnh"),
    ),
    "so_ldtbxh_2024_word_in_kem_danh_dau": Expected(
        "1875/KH-SLĐTBXH",
        "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI",
        "UBND TỈNH QUẢNG NGÃI",
        "Quảng Ngãi",
        date(2024, 8, 19),
        "Tổ chức rà soát hộ nghèo, hộ cận nghèo; xác định hộ làm nông nghiệp, lâm nghiệp, ngư nghiệp và "
        "diêm nghiệp có mức sống trung bình năm 2024 trên địa bàn tỉnh Quảng Ngãi Formatted: Font: 13 pt, "
        "Not Bold",
        [
            (
                "huyen",
                date(2024, 9, 15),
                "Ủy ban nhân dân các huyện, thị xã, thành phố ban hành kế hoạch rà soát cấp huyện, kiện "
                "toàn Ban Chỉ đạo rà soát và gửi về Sở Lao động - Thương binh và Xã hội",
            ),
            (
                "tinh",
                date(2024, 10, 10),
                "Y tế, Giáo dục và Đào tạo, Xây dựng, Nông nghiệp và Phát triển nông thôn, Bảo hiểm xã hội "
                "tỉnh cung cấp dữ liệu về bảo hiểm y tế, trẻ em bỏ học, nhà ở, nước sinh hoạt của các hộ "
                "dân cho Ủy ban nhân dân cấp huyện",
            ),
            (
                "xa",
                date(2024, 11, 15),
                "Tổ chức rà soát tại cơ sở Ủy ban nhân dân các xã, phường, thị trấn tổ chức rà soát, phân "
                "loại hộ nghèo, hộ cận nghèo theo đúng quy trình",
            ),
            (
                "huyen",
                date(2024, 11, 29),
                "Ủy ban nhân dân các huyện, thị xã, thành phố phê duyệt kết quả rà soát trên địa bàn, báo "
                "cáo về Sở",
            ),
            (
                "tinh",
                date(2024, 12, 31),
                "Phòng Bảo trợ xã hội - Trẻ em - Bình đẳng giới tổng hợp, tham mưu Giám đốc Sở trình Ủy ban "
                "nhân dân tỉnh phê duyệt kết quả rà soát toàn tỉnh",
            ),
            (
                "tinh",
                date(2025, 1, 20),
                "Văn phòng Sở tổng hợp báo cáo kết quả thực hiện Kế hoạch này, gửi Bộ Lao động - Thương "
                "binh và Xã hội và Ủy ban nhân dân tỉnh",
            ),
            (
                "tinh",
                date(2024, 9, 30),
                "Phòng Kế hoạch - Tài chính phối hợp với Phòng Bảo trợ xã hội - Trẻ em - Bình đẳng giới "
                "tham mưu phân bổ kinh phí rà soát cho các huyện, thị xã, thành phố",
            ),
        ],
        [
            "Bộ Lao động - TB&XH (b/c)",
            "UBND tỉnh (b/c)",
            "Ban Chỉ đạo các CTMTQG tỉnh",
            "Các sở: Y tế, Giáo dục và Đào tạo, Xây dựng, Nông nghiệp và PTNT",
            "Bảo hiểm xã hội tỉnh",
            "UBND các huyện, thị xã, thành phố",
            "Phòng LĐTBXH các huyện, thị xã, thành phố",
            "Giám đốc, các PGĐ Sở",
            "Lưu: VT, BTXH",
        ],
        ("KT", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Phạm Ngọc Diệp"),
    ),
    "ubnd_xa_2025_apple_pages_ky_tu_dac_biet": Expected(
        "215/KH-UBND",
        "ỦY BAN NHÂN DÂN XÃ ĐÔNG HƯNG",
        None,
        "Đông Hưng",
        date(2025, 10, 6),
        "Tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư và bình xét danh hiệu “Thôn văn hóa” năm "
        "2025",
        [
            (
                "co_so",
                date(2025, 10, 15),
                "Ban công tác Mặt trận và Trưởng thôn các thôn xây dựng kế hoạch tổ chức Ngày hội của thôn, "
                "gửi về Ủy ban nhân dân xã",
            ),
            (
                "co_so",
                date(2025, 11, 15),
                "Các thôn tổ chức họp dân bình xét danh hiệu “Gia đình văn hóa” năm 2025, thời gian",
            ),
            (
                "co_so",
                date(2025, 11, 30),
                "Hồ sơ đề nghị công nhận “Thôn văn hóa” năm 2025 các thôn gửi về Ủy ban nhân dân xã",
            ),
            ("co_so", date(2025, 11, 17), "Các thôn hoàn thành việc tổ chức Ngày hội ở khu dân cư"),
            (
                "xa",
                date(2025, 12, 31),
                "Phòng Văn hóa – Xã hội thẩm định hồ sơ, tham mưu Chủ tịch Ủy ban nhân dân xã quyết định "
                "công nhận “Thôn văn hóa” năm 2025",
            ),
            (
                "xa",
                date(2025, 12, 20),
                "Văn phòng HĐND và UBND xã tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh và Ban Thường vụ "
                "Đảng ủy xã",
            ),
            ("xa", date(2025, 12, 31), "cấp phát xong cho các thôn"),
        ],
        [
            "Thường trực Đảng ủy xã (b/c)",
            "Thường trực HĐND xã",
            "Ủy ban MTTQ Việt Nam xã",
            "Các phòng, đơn vị thuộc UBND xã",
            "Ban công tác Mặt trận, Trưởng thôn các thôn",
            "Lưu: VT, VHXH",
        ],
        ("KT", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Đỗ Văn Thành"),
    ),
    "vien_kiem_sat_khu_vuc_2025_thong_bao_rut_kinh_nghiem": Expected(
        "12/TB-VKSKV2",
        "VIỆN KIỂM SÁT NHÂN DÂN KHU VỰC 2",
        "VIỆN KSND TỈNH NGHỆ AN",
        "Hoàng Mai",
        date(2025, 10, 24),
        "Rút kinh nghiệm vụ án “Cố ý gây thương tích” bị Tòa án cấp phúc thẩm hủy bản án sơ thẩm để điều "
        "tra lại",
        [
            (
                None,
                date(2025, 11, 15),
                "Các bộ phận nghiệp vụ tổ chức quán triệt Thông báo này đến toàn thể Kiểm sát viên, Kiểm "
                "tra viên, công chức trong đơn vị",
            ),
            (
                None,
                date(2025, 11, 28),
                "Kiểm sát viên được phân công thụ lý các vụ án xâm phạm sức khỏe của người khác đang ở giai "
                "đoạn điều tra, truy tố tiến hành rà soát toàn bộ hồ sơ",
            ),
            (
                None,
                date(2025, 12, 5),
                "Lãnh đạo phụ trách các bộ phận tổng hợp kết quả rà soát, gửi về Bộ phận Tổng hợp",
            ),
            (
                None,
                date(2025, 12, 31),
                "Bộ phận Tổng hợp tham mưu Lãnh đạo Viện báo cáo kết quả thực hiện Thông báo này về Phòng "
                "Thực hành quyền công tố và kiểm sát xét xử sơ thẩm án hình sự Viện kiểm sát nhân dân tỉnh "
                "Nghệ An",
            ),
        ],
        [
            "Viện KSND tỉnh Nghệ An (để b/c)",
            "Phòng 7 Viện KSND tỉnh (để b/c)",
            "Lãnh đạo Viện KSND khu vực 2",
            "Các bộ phận nghiệp vụ, KSV, KTV",
            "Lưu: VT, HS",
        ],
        ("KT", "VIỆN TRƯỞNG", "PHÓ VIỆN TRƯỞNG", "Trần Thị Thanh Hương"),
    ),
    "bhxh_huyen_2024_pdf_tieu_de_cot_xoay": Expected(
        "156/KH-BHXH",
        "BẢO HIỂM XÃ HỘI HUYỆN YÊN THÀNH",
        None,
        "Yên Thành",
        date(2024, 3, 18),
        "Thu hồi nợ đóng bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp và phát triển người tham gia "
        "năm 2024",
        [
            (
                "huyen",
                date(2024, 4, 5),
                "Rà soát, đối chiếu danh sách đơn vị chậm đóng; gửi văn bản đôn đốc lần 1",
            ),
            (
                "huyen",
                date(2024, 6, 30),
                "Đôn đốc, thu hồi nợ đối với đơn vị nợ từ 03 tháng trở lên theo Quyết định số 595/QĐ-BHXH",
            ),
            (
                "huyen",
                date(2024, 6, 30),
                "Tổ chức hội nghị tuyên truyền, đối thoại với người sử dụng lao động",
            ),
            (
                "xa",
                date(2024, 6, 15),
                "Phát triển người tham gia BHXH tự nguyện, BHYT hộ gia đình tại thôn, xóm",
            ),
            (
                "huyen",
                date(2024, 7, 31),
                "Kiểm tra liên ngành tại các đơn vị nợ kéo dài, có dấu hiệu trốn đóng",
            ),
            ("huyen", date(2024, 7, 10), "tổng hợp, báo cáo Giám đốc BHXH huyện kết quả sơ kết 6 tháng"),
            (
                "huyen",
                date(2024, 12, 31),
                "Giao Tổ Quản lý thu xây dựng báo cáo tổng kết năm 2024, trình Giám đốc ký gửi BHXH tỉnh",
            ),
        ],
        [
            "BHXH tỉnh Nghệ An (b/c)",
            "TT Huyện ủy, HĐND, UBND huyện (b/c)",
            "Phòng LĐ-TB&XH, LĐLĐ huyện",
            "UBND các xã, thị trấn",
            "Bưu điện huyện Yên Thành",
            "Các tổ nghiệp vụ",
            "Lưu: VT, QLT",
        ],
        ("KT", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn Hùng"),
    ),
    "dang_uy_xa_2025_scan_mat_dong_dau_trang": Expected(
        "112-KH/ĐU",
        "ĐẢNG ỦY XÃ PHƯỚC GIANG",
        "ĐẢNG BỘ TỈNH QUẢNG NGÃI",
        "Phước Giang",
        date(2025, 10, 28),
        "kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên và tập thể, cá nhân cán bộ lãnh "
        "đạo, quản lý năm 2025",
        [
            ("co_so", date(2025, 11, 15), "Chi bộ tổ chức kiểm điểm tập thể chi ủy, chi bộ và đảng viên"),
            (
                "co_so",
                date(2025, 11, 20),
                "chi ủy tổng hợp, đề xuất mức xếp loại chất lượng đảng viên, tự đánh giá xếp loại chi bộ và "
                "lập hồ sơ gửi về ng các chi bộ hoàn thành",
            ),
            ("xa", date(2025, 12, 10), "hoàn thành việc kiểm điểm"),
            (
                "xa",
                date(2025, 12, 20),
                "Đánh giá, xếp loại Ban Thường vụ Đảng ủy xã họp xét, quyết định xếp loại chất lượng các "
                "chi bộ trực thuộc và đảng viên",
            ),
            (
                "xa",
                date(2025, 12, 25),
                "Đảng ủy xã tổng hợp, báo cáo kết quả kiểm điểm, đánh giá, xếp loại về Ban Thường vụ Tỉnh ủy",
            ),
            ("xa", date(2025, 10, 31), "qua Ban Xây dựng Đảng)"),
        ],
        [
            "Ban Tổ chức Tỉnh ủy (b/c)",
            "Thường trực Đảng ủy xã",
            "Các đồng chí Đảng ủy viên",
            "Ban Xây dựng Đảng, UBKT Đảng ủy",
            "Các chi bộ trực thuộc",
            "Lưu Văn phòng Đảng ủy",
        ],
        ("TM", "BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Đinh Văn Thạnh"),
    ),
    "so_gddt_2026_tuyen_sinh_lop_10_moc_thoi_gian": Expected(
        "612/KH-SGDĐT",
        "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
        "UBND TỈNH THANH HÓA",
        "Thanh Hóa",
        date(2026, 3, 16),
        "Tổ chức tuyển sinh vào lớp 10 trung học phổ thông năm học 2026-2027",
        [
            ("xa", date(2026, 4, 30), "hoàn thành và gửi số liệu về Sở"),
            ("co_so", date(2026, 5, 15), "Tiếp nhận hồ sơ đăng ký dự tuyển của học sinh"),
            (
                "co_so",
                date(2026, 5, 20),
                "Kiểm tra, nhập dữ liệu thí sinh lên phần mềm quản lý tuyển sinh và gửi danh sách thí sinh "
                "đăng ký dự tuyển về Sở",
            ),
            ("co_so", date(2026, 6, 26), "Nhà trường tổng hợp, gửi danh sách và đơn phúc khảo về Sở"),
            ("co_so", date(2026, 8, 10), "Tổng hợp, báo cáo kết quả tuyển sinh, nhập học về Sở"),
            ("tinh", date(2026, 5, 31), "hoàn thành việc in sao, đóng gói đề thi"),
            ("tinh", date(2026, 6, 14), "việc chấm thi thực hiện và hoàn thành"),
            ("tinh", date(2026, 6, 20), "Công bố điểm thi"),
        ],
        [
            "Bộ GDĐT (Cục Quản lý chất lượng) (để b/c)",
            "UBND tỉnh (để b/c)",
            "Giám đốc, các PGĐ Sở",
            "UBND các xã, phường",
            "Các trường THPT, trung tâm GDNN-GDTX",
            "Các phòng thuộc Sở",
            "Lưu: VT, QLCL",
        ],
        ("KT", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Lê Thị Thu Hương"),
    ),
    "ubnd_phuong_2025_eml_quoted_printable": Expected(
        "186/KH-UBND",
        "ỦY BAN NHÂN DÂN PHƯỜNG HẠC THÀNH",
        None,
        "Hạc Thành",
        date(2025, 10, 10),
        "Rà soát hộ nghèo, hộ cận nghèo năm 2025 trên địa bàn phường Hạc Thành",
        [
            (
                "co_so",
                date(2025, 10, 24),
                "Trưởng các tổ dân phố lập danh sách hộ cần rà soát gửi về UBND phường",
            ),
            ("xa", date(2025, 11, 7), "Các tổ rà soát tại tổ dân phố tiến hành rà soát, chấm điểm hộ"),
            (
                "co_so",
                date(2025, 11, 20),
                "Họp dân thống nhất kết quả Các tổ dân phố tổ chức họp dân để thống nhất kết quả rà soát, "
                "lập biên bản gửi UBND phường",
            ),
            ("xa", date(2025, 11, 25), "báo cáo Chủ tịch UBND phường"),
            (
                "xa",
                date(2025, 12, 5),
                "Văn phòng HĐND và UBND phường gửi báo cáo kết quả về UBND tỉnh theo Kế hoạch số "
                "245/KH-UBND của UBND tỉnh",
            ),
            (
                "xa",
                date(2025, 12, 31),
                "Phòng Kinh tế, Hạ tầng và Đô thị phối hợp Phòng Văn hóa - Xã hội cập nhật dữ liệu vào phần "
                "mềm quản lý",
            ),
        ],
        [
            "UBND tỉnh Thanh Hóa (b/c)",
            "Sở Nông nghiệp và Môi trường (b/c)",
            "TT Đảng ủy, TT HĐND phường (b/c)",
            "Chủ tịch, các PCT UBND phường",
            "UBMTTQ Việt Nam phường",
            "Các phòng, đơn vị thuộc UBND phường",
            "Các tổ dân phố (t/h)",
            "Lưu: VT, VHXH",
        ],
        ("KT", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Thị Thu Hà"),
    ),
    "cong_ty_tnhh_2025_ke_hoach_noi_bo": Expected(
        "15/2025/KH-CT",
        "CÔNG TY TNHH THƯƠNG MẠI VÀ DỊCH VỤ MINH PHÁT",
        None,
        "Bắc Ninh",
        date(2025, 10, 8),
        "Đánh giá nhân sự, quyết toán tài chính và tổng kết hoạt động năm 2025",
        [
            (
                None,
                date(2025, 10, 15),
                "Phòng Nhân sự gửi mẫu phiếu tự đánh giá KPI năm 2025 đến toàn bộ người lao động qua email "
                "nội bộ",
            ),
            (
                None,
                date(2025, 10, 31),
                "Trưởng các phòng, bộ phận hoàn thành đánh giá, xếp loại người lao động trong đơn vị mình, "
                "gửi kết quả về Phòng Nhân sự",
            ),
            (
                None,
                date(2025, 11, 14),
                "Phòng Nhân sự tổng hợp, trình Hội đồng thi đua - khen thưởng Công ty kết quả xếp loại và "
                "dự kiến mức thưởng Tết",
            ),
            (
                None,
                date(2025, 11, 30),
                "Phòng Kế toán đối chiếu, xác nhận công nợ với khách hàng và nhà cung cấp",
            ),
            (
                None,
                date(2025, 10, 20),
                "Riêng hóa đơn GTGT số 0001287 ngày 26-09-2025 của Công ty CP Vận tải Đông Bắc ghi sai mã "
                "số thuế của Công ty, Phòng Kế toán liên hệ bên bán lập hóa đơn điều chỉnh theo Nghị định "
                "123/2020/NĐ-CP",
            ),
            (
                None,
                date(2025, 12, 5),
                "Phòng Kế toán lập dự thảo báo cáo tài chính 11 tháng, dự kiến quỹ lương, thưởng, trình "
                "Giám đốc",
            ),
            (
                None,
                date(2026, 3, 31),
                "Phòng Kế toán thực hiện quyết toán thuế thu nhập cá nhân năm 2025 thay cho người lao động "
                "có ủy quyền",
            ),
            (
                None,
                date(2025, 12, 20),
                "Các phòng, bộ phận phối hợp Phòng Kế toán kiểm kê tài sản, hàng tồn kho tại văn phòng và "
                "kho Yên Phong",
            ),
        ],
        ["Ban Giám đốc", "Các phòng, bộ phận", "Công đoàn cơ sở Công ty (p/h)", "Lưu: VT, P.NS"],
        (None, None, "GIÁM ĐỐC", "Trần Minh Khoa"),
    ),
    "hoi_dong_thi_dua_huyen_2024_bang_cham_diem": Expected(
        "08/KH-HĐTĐKT",
        "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG",
        "UBND HUYỆN CẨM XUYÊN",
        "Cẩm Xuyên",
        date(2024, 3, 18),
        "Tổ chức chấm điểm, xét khen thưởng phong trào thi đua năm 2024 đối với các xã, thị trấn và cơ "
        "quan, đơn vị cấp huyện",
        [
            (
                "huyen",
                date(2024, 3, 29),
                "Các cơ quan, đơn vị cấp huyện đăng ký danh hiệu và chỉ tiêu thi đua, gửi về Hội đồng",
            ),
            ("xa", date(2024, 4, 5), "Các xã, thị trấn đăng ký"),
            (
                "huyen",
                date(2024, 9, 30),
                "Phòng Nội vụ chủ trì kiểm tra việc triển khai phong trào tại 19/19 xã, thị trấn",
            ),
            ("xa", date(2024, 11, 30), "các xã, thị trấn tự chấm điểm theo Bảng chấm điểm nêu trên"),
            ("huyen", date(2024, 11, 30), "các cơ quan, đơn vị tự chấm điểm và gửi kết quả về Phòng Nội vụ"),
            ("xa", date(2024, 12, 13), "Các xã, thị trấn nộp hồ sơ đề nghị khen thưởng"),
            (
                "huyen",
                date(2024, 12, 27),
                "Hội đồng Thi đua - Khen thưởng huyện họp xét, thống nhất kết quả chấm điểm và trình Chủ "
                "tịch UBND huyện quyết định khen thưởng",
            ),
        ],
        [
            "Ban Thi đua - Khen thưởng tỉnh (b/c)",
            "TT Huyện ủy, TT HĐND huyện (b/c)",
            "Chủ tịch, các PCT UBND huyện",
            "Thành viên Hội đồng TĐKT huyện",
            "Các cơ quan, đơn vị cấp huyện",
            "UBND các xã, thị trấn",
            "Lưu: VT, NV",
        ],
        ("TM", "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG", "CHỦ TỊCH", "Võ Trọng Hải"),
    ),
    "phong_tu_phap_xa_2025_khong_dau_mot_phan": Expected(
        "86/KH-UBND",
        "ỦY BAN NHÂN DÂN XÃ TÂN LẬP",
        None,
        "Tân Lập",
        date(2025, 10, 6),
        "Tổ chức các hoạt động hưởng ứng Ngày Pháp luật, công tác hòa giải ở cơ sở và đánh giá chuẩn tiếp "
        "cận pháp luật những tháng cuối năm 2025",
        [
            (
                "xa",
                date(2025, 11, 30),
                "Phòng Văn hóa - Xã hội chủ trì, phối hợp với Văn phòng HĐND và UBND xã tuyên truyền trên "
                "hệ thống loa truyền thanh, trang thông tin điện tử xã các luật mới có hiệu lực",
            ),
            (
                "co_so",
                date(2025, 11, 30),
                "Cac thon to chuc tuyen truyen Ngay Phap luat bang hinh thuc sinh hoat chi hoi, hop thon, "
                "treo bang ron, khau hieu tai nha van hoa thon, hoan thanh",
            ),
            (
                "co_so",
                date(2025, 12, 31),
                "Cac thon kien toan to hoa giai, bo sung hoa giai vien con thieu sau sap xep, hoan thanh",
            ),
            (
                "co_so",
                date(2025, 12, 5),
                "To truong to hoa giai cac thon bao cao ket qua hoa giai nam 2025 ve bo phan Tu phap",
            ),
            (
                "co_so",
                date(2025, 11, 25),
                "cap nhat so lieu cac chi tieu (ty le ho gia dinh duoc pho bien phap luat, so vu viec hoa "
                "giai...) theo mau cua Thong tu so 09/2021/TT-BTP va gui ve UBND xa",
            ),
            (
                "xa",
                date(2025, 11, 20),
                "Văn phòng HĐND và UBND xã chủ trì tổng hợp, tự chấm điểm các tiêu chí chuẩn tiếp cận pháp "
                "luật theo Quyết định 25/2021/QĐ-TTg, trình Hội đồng đánh giá của xã",
            ),
            (
                "xa",
                date(2025, 12, 20),
                "Văn phòng HĐND và UBND xã hoàn thiện hồ sơ đề nghị công nhận, báo cáo kết quả công tác phổ "
                "biến, giáo dục pháp luật năm 2025 gửi UBND tỉnh",
            ),
        ],
        [
            "UBND tỉnh (b/c)",
            "Sở Tư pháp (b/c)",
            "TT Đảng ủy, TT HĐND xã",
            "CT, các PCT UBND xã",
            "Văn phòng HĐND và UBND xã",
            "Phòng Văn hóa - Xã hội",
            "Trưởng các thôn",
            "Lưu: VT, TP",
        ],
        ("KT", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Hoàng Thị Mai Hương"),
    ),
    "trung_tam_y_te_2025_uong_vitamin_a_hai_dot": Expected(
        "412/KH-TTYT",
        "TRUNG TÂM Y TẾ HUYỆN THẠCH THÀNH",
        "SỞ Y TẾ THANH HÓA",
        "Thạch Thành",
        date(2025, 4, 15),
        "Triển khai chiến dịch bổ sung Vitamin A cho trẻ em từ 6 đến 36 tháng tuổi và bà mẹ sau sinh trên "
        "địa bàn huyện năm 2025 (hai đợt)",
        [
            (
                "xa",
                date(2025, 5, 20),
                "Các Trạm Y tế xã, thị trấn phối hợp nhân viên y tế thôn, bản rà soát, lập danh sách trẻ và "
                "bà mẹ sau sinh theo mẫu, gửi về Khoa Kiểm soát bệnh tật - HIV/AIDS",
            ),
            (
                "huyen",
                date(2025, 5, 24),
                "Khoa Dược - Trang thiết bị - Vật tư y tế dự trù, tiếp nhận viên nang Vitamin A từ Trung "
                "tâm Kiểm soát bệnh tật tỉnh và cấp phát cho các Trạm",
            ),
            (
                "xa",
                date(2025, 5, 25),
                "Trạm Y tế xã, thị trấn cử người nhận thuốc, biểu mẫu, phiếu hẹn tại Khoa Dược",
            ),
            (
                "xa",
                date(2025, 6, 10),
                "Trạm Y tế xã, thị trấn tổng hợp, báo cáo kết quả đợt 1 về Khoa Kiểm soát bệnh tật - "
                "HIV/AIDS",
            ),
            (
                "huyen",
                date(2025, 6, 15),
                "Khoa Kiểm soát bệnh tật - HIV/AIDS tổng hợp toàn huyện, báo cáo Sở Y tế và Trung tâm Kiểm "
                "soát bệnh tật tỉnh",
            ),
            ("xa", date(2025, 11, 20), "Trạm Y tế xã, thị trấn cập nhật danh sách trẻ"),
            ("xa", date(2025, 11, 25), "Trạm Y tế xã, thị trấn nhận thuốc đợt 2 tại Khoa Dược"),
            ("xa", date(2025, 12, 10), "Trạm Y tế xã, thị trấn báo cáo kết quả đợt 2"),
        ],
        [
            "Sở Y tế (b/c)",
            "Trung tâm KSBT tỉnh (b/c)",
            "UBND huyện (b/c)",
            "Ban Giám đốc",
            "Các khoa, phòng liên quan",
            "Trạm Y tế các xã, thị trấn (t/h)",
            "Lưu: VT, KSBT",
        ],
        ("KT", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Lê Thị Hằng"),
    ),
    "chi_cuc_hai_quan_2025_cao_diem_tet_ky_so": Expected(
        "214/KH-HQHN",
        "CHI CỤC HẢI QUAN KHU VỰC VII HẢI QUAN CỬA KHẨU QUỐC TẾ HỮU NGHỊ",
        None,
        "Lạng Sơn",
        date(2025, 11, 12),
        "Đấu tranh phòng, chống buôn lậu, gian lận thương mại và vận chuyển trái phép hàng hóa qua biên"
        " giới trong cao điểm trước, trong và sau Tết Nguyên đán Bính Ngọ 2026",
        [
            (None, date(2025, 12, 8), "xây dựng phương án kiểm soát tại khu vực cửa khẩu và lối mở"),
            (
                None,
                date(2025, 12, 20),
                "Phối hợp với Đồn Biên phòng cửa khẩu quốc tế Hữu Nghị hoàn thành đợt tuần tra, kiểm soát"
                " chung",
            ),
            (None, date(2025, 12, 22), "kết quả gửi về Tổ Tổng hợp"),
            (None, date(2025, 12, 10), "tổ chức tập huấn nghiệp vụ cho công chức trực ca"),
            (
                None,
                date(2026, 1, 31),
                "Hoàn thành rà soát hồ sơ các tờ khai đã thông quan quý IV/2025 theo chỉ đạo của Chi cục",
            ),
            (None, date(2025, 12, 20), "Các Tổ báo cáo kết quả thực hiện về Tổ Tổng hợp"),
            (None, date(2026, 3, 5), "Báo cáo tổng kết đợt cao điểm gửi Tổ Tổng hợp"),
            (None, date(2026, 3, 10), "Tổ Tổng hợp dự thảo báo cáo của đơn vị trình lãnh đạo, gửi Chi cục"),
        ],
        [
            "Chi cục Hải quan khu vực VII (b/c)",
            "Ban Chỉ đạo 389 tỉnh Lạng Sơn (b/c)",
            "Đồn Biên phòng cửa khẩu quốc tế Hữu Nghị (p/h)",
            "Lãnh đạo đơn vị",
            "Các Tổ thuộc đơn vị (t/h)",
            "Lưu: VT, TH",
        ],
        ("KT", "ĐỘI TRƯỞNG", "PHÓ ĐỘI TRƯỞNG", "Nông Văn Thạch"),
    ),
    "doan_khoi_dn_2025_gmail_in": Expected(
        "37-KH/ĐKDN",
        "BCH ĐOÀN KHỐI DOANH NGHIỆP TỈNH",
        "TỈNH ĐOÀN ĐỒNG NAI",
        "Đồng Nai",
        date(2025, 9, 29),
        'Tổ chức Cuộc thi video clip "Thanh niên công nhân - Sáng tạo, chuyển đổi số" năm 2025',
        [
            (
                "co_so",
                date(2025, 10, 8),
                "Các cơ sở Đoàn trực thuộc phổ biến Kế hoạch và gửi danh sách cán bộ đầu mối về Văn phòng"
                " Đoàn Khối",
            ),
            (
                "huyen",
                date(2025, 10, 10),
                "Thí sinh đăng ký dự thi qua Google Form tại đường link https://forms.gle/Xk7pQ2dNvR9bZt4L8",
            ),
            ("huyen", date(2025, 11, 15), "Thí sinh nộp bài dự thi"),
            ("huyen", date(2025, 11, 30), "Ban Giám khảo chấm sơ khảo, chung khảo"),
            ("huyen", date(2025, 12, 15), "tham mưu báo cáo tổng kết Cuộc thi gửi Ban Thường vụ Tỉnh đoàn"),
            (
                "co_so",
                date(2025, 11, 20),
                "báo cáo số lượng thí sinh, tác phẩm dự thi của đơn vị về Ban Thường vụ Đoàn Khối",
            ),
        ],
        [
            "Ban Thường vụ Tỉnh đoàn (b/c)",
            "Ban Phong trào, Ban Tuyên giáo Tỉnh đoàn (p/h)",
            "Các cơ sở Đoàn trực thuộc (t/h)",
            "Lưu VP",
        ],
        ("TM", "BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Lê Thị Thanh Hương"),
    ),
    "bo_noi_vu_2025_cong_van_html2text_email": Expected(
        "4521/BNV-TCBC",
        "BỘ NỘI VỤ",
        None,
        "Hà Nội",
        date(2025, 11, 20),
        "hướng dẫn báo cáo tình hình quản lý, sử dụng biên chế năm 2025 và xây dựng kế hoạch biên chế năm"
        " 2026",
        [
            (
                "trung_uong",
                date(2025, 12, 15),
                "Các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ báo cáo theo Phụ lục số 01, gửi về Bộ"
                " Nội vụ",
            ),
            (
                "tinh",
                date(2026, 1, 10),
                "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương báo cáo theo Phụ lục số 02, gửi"
                " về Bộ Nội vụ",
            ),
            ("tinh", date(2025, 12, 20), "Cơ sở dữ liệu quốc gia về cán bộ, công chức, viên chức"),
            (
                "trung_uong",
                date(2026, 3, 31),
                "Các Bộ, ngành, địa phương rà soát vị trí việc làm, đề xuất điều chỉnh biên chế năm 2026,"
                " gửi Bộ Nội vụ",
            ),
            ("trung_uong", date(2026, 1, 31), "Bộ Nội vụ tổng hợp, báo cáo Thủ tướng Chính phủ"),
        ],
        [
            "Như trên",
            "Thủ tướng Chính phủ (để b/c)",
            "Phó Thủ tướng Thường trực Chính phủ (để b/c)",
            "Ban Tổ chức Trung ương",
            "Văn phòng Chính phủ",
            "Bộ Tài chính",
            "Sở Nội vụ các tỉnh, thành phố trực thuộc Trung ương",
            "Bộ trưởng (để b/c)",
            "Lưu: VT, TCBC (03b)",
        ],
        ("KT", "BỘ TRƯỞNG", "THỨ TRƯỞNG", "Trần Quốc Vinh"),
    ),
    "vp_ubnd_tinh_2025_thong_bao_ket_luan_giao_viec": Expected(
        "412/TB-VPUBND",
        "VĂN PHÒNG",
        "UBND TỈNH THANH HÓA",
        "Thanh Hóa",
        date(2025, 12, 5),
        "Ý kiến kết luận của Chủ tịch UBND tỉnh tại cuộc họp nghe báo cáo tiến độ giải ngân vốn đầu tư"
        " công năm 2025 và công tác giải phóng mặt bằng các dự án trọng điểm",
        [
            (
                "tinh",
                date(2025, 12, 15),
                "Chủ trì, phối hợp với các chủ đầu tư rà soát từng dự án, xác định số vốn không có khả"
                " năng giải ngân, báo cáo UBND tỉnh",
            ),
            (
                "tinh",
                date(2025, 12, 19),
                "Trên cơ sở đó, tham mưu UBND tỉnh điều chuyển vốn từ dự án chậm giải ngân sang dự án có"
                " khả năng giải ngân tốt, trình UBND tỉnh",
            ),
            (
                "tinh",
                date(2025, 12, 25),
                "tổng hợp tình hình giải ngân của các chủ đầu tư, báo cáo Chủ tịch UBND tỉnh (qua Văn"
                " phòng UBND tỉnh)",
            ),
            (
                "tinh",
                date(2025, 12, 26),
                "Hoàn thiện hồ sơ thanh toán khối lượng hoàn thành, gửi cơ quan kiểm soát chi",
            ),
            (
                "tinh",
                date(2026, 3, 31),
                'Tập trung nhân lực, thiết bị, tổ chức thi công "3 ca, 4 kíp", phấn đấu hoàn thành nền, mặt '
                "đường của Dự án",
            ),
            (
                "xa",
                date(2025, 12, 24),
                "Chi trả tiền bồi thường, hỗ trợ cho các hộ đã có phương án được phê duyệt, thực hiện",
            ),
            ("xa", date(2026, 1, 31), "Hoàn thành bàn giao toàn bộ mặt bằng sạch cho chủ đầu tư"),
            (
                "tinh",
                date(2026, 2, 28),
                "Giao Sở Nội vụ tổng hợp, đề xuất hình thức kiểm điểm trách nhiệm đối với tập thể, cá nhân"
                " chậm trễ trong GPMB, báo cáo Chủ tịch UBND tỉnh",
            ),
        ],
        [
            "Các sở: TC, XD, NN&MT, TP, NV",
            "Ban QLDA ĐTXD các CTGT tỉnh",
            "UBND các xã, phường có dự án đi qua",
            "Chủ tịch, các PCT UBND tỉnh (để b/c)",
            "Lưu: VT, KTTC",
        ],
        ("KT", "CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "Đỗ Thị Hồng Nhung"),
    ),
    "cong_ty_dien_luc_2025_ke_hoach_bao_tri_luoi_dien": Expected(
        "845/KH-PCHT",
        "CÔNG TY ĐIỆN LỰC HÀ TĨNH ĐIỆN LỰC HƯƠNG SƠN",
        None,
        "Hương Sơn",
        date(2026, 3, 26),
        "Bảo trì, sửa chữa lưới điện trung, hạ áp chuẩn bị cho mùa mưa bão năm 2026",
        [
            (None, date(2026, 4, 10), "Kiểm tra, phát quang hành lang tuyến"),
            (None, date(2026, 4, 8), "Cấp đủ vật tư, thiết bị theo dự toán"),
            (None, date(2026, 4, 3), "thông báo khách hàng quan trọng Tổ Kinh doanh - Dịch vụ khách hàng"),
            (None, date(2026, 4, 30), "Thực hiện các hạng mục tại mục II.1"),
            (None, date(2026, 6, 30), "Thay công tơ quá hạn kiểm định (186 công tơ)"),
            (None, date(2026, 4, 20), "báo cáo tiến độ về Tổ Kỹ thuật - An toàn để tổng hợp"),
            (
                None,
                date(2026, 5, 5),
                "Đội Quản lý vận hành lưới điện báo cáo kết quả thực hiện Kế hoạch về Phòng Kỹ thuật Công ty",
            ),
            (
                "xa",
                date(2026, 4, 10),
                "UBND các xã Sơn Tây, Sơn Kim 1, Hương Sơn phối hợp thông báo lịch ngừng cung cấp điện"
                " trên hệ thống truyền thanh cơ sở",
            ),
        ],
        [
            "Công ty Điện lực Hà Tĩnh (b/c)",
            "Phòng Kỹ thuật, Phòng An toàn Công ty (b/c)",
            "UBND các xã Sơn Tây, Sơn Kim 1, Hương Sơn (p/h)",
            "Các Đội, Tổ trực thuộc",
            "Lưu: VT, KTAT",
        ],
        ("KT", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Phan Văn Quang"),
    ),
    "thanh_tra_tinh_2025_ket_luan_thanh_tra_kien_nghi": Expected(
        "45/KL-TTr",
        "UBND TỈNH THANH HÓA THANH TRA TỈNH",
        None,
        "Thanh Hóa",
        date(2025, 12, 16),
        "Việc chấp hành pháp luật về quản lý, sử dụng đất đai tại Ủy ban nhân dân xã Đông Thịnh",
        [
            ("xa", date(2026, 1, 15), "3949.0.1058231.00000 tại Kho bạc Nhà nước"),
            (
                "xa",
                date(2026, 1, 31),
                "Chấm dứt 14 hợp đồng cho thuê đất công ích sai quy định, tổ chức cho thuê lại theo Luật"
                " Đất đai năm 2024 và Nghị định số 102/2024/NĐ-CP ngày 30/7/2024 của Chính phủ",
            ),
            (
                "xa",
                date(2026, 3, 31),
                "Hoàn thiện hồ sơ địa chính đối với 27 trường hợp cấp Giấy chứng nhận năm 2024",
            ),
            ("xa", date(2026, 6, 30), "xử lý dứt điểm 11 trường hợp vi phạm nêu tại điểm 3 Mục II"),
            (
                "tinh",
                date(2026, 2, 27),
                "Đối với Sở Nông nghiệp và Môi trường Chỉ đạo Văn phòng Đăng ký đất đai tỉnh phối hợp với"
                " UBND xã Đông Thịnh chỉnh lý biến động, cập nhật cơ sở dữ liệu đất đai",
            ),
            ("xa", date(2026, 1, 20), "báo cáo tiến độ về Thanh tra tỉnh"),
            ("xa", date(2026, 2, 28), "báo cáo kết quả thực hiện Kết luận thanh tra về Thanh tra tỉnh"),
            ("tinh", date(2026, 3, 31), "báo cáo Chánh Thanh tra tỉnh kết quả"),
        ],
        [
            "Chủ tịch UBND tỉnh (b/c)",
            "Thanh tra Chính phủ (b/c)",
            "Sở Nông nghiệp và Môi trường",
            "Đảng ủy, HĐND, UBND xã Đông Thịnh",
            "Văn phòng Đăng ký đất đai tỉnh",
            "Lưu: VT, NV2, HS Đoàn TTr",
        ],
        (None, None, "CHÁNH THANH TRA", "Lê Đình Thắng"),
    ),
}


def test_every_style_document_has_its_row() -> None:
    assert sorted(p.stem for p in STYLES.glob("*.txt")) == sorted(PLANS)


@pytest.mark.parametrize("name", sorted(PLANS))
def test_a_plan_in_another_office_style(name: str) -> None:
    expected = PLANS[name]
    plan = vnplan.parse((STYLES / f"{name}.txt").read_text(encoding="utf-8"))
    assert (None if plan.number is None else plan.number.canonical) == expected.number
    assert plan.issuer is not None
    assert (plan.issuer.name, plan.issuer.parent) == (expected.issuer, expected.parent)
    assert (plan.place, plan.issued_on, plan.title) == (expected.place, expected.issued_on, expected.title)
    assert len(plan.deadlines) == len(expected.deadlines)
    for deadline, (level, end, task) in zip(plan.deadlines, expected.deadlines, strict=True):
        assert (deadline.level, deadline.due.end) == (level, end)
        assert task is None or deadline.task == task
    assert [r.name for r in plan.recipients] == expected.recipients
    if expected.signer is None:  # a web page's excerpt, cut off before its foot
        assert plan.signer is None
        return
    assert plan.signer is not None
    signer = plan.signer
    assert (signer.mode, signer.authority, signer.position, signer.name) == expected.signer
