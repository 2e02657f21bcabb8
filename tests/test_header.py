"""The header: issuer, place and issue date, type and summary, whatever the column order."""

from __future__ import annotations

import sys
from datetime import date

import pytest
import regex

import vnplan
from vnplan import header
from vnplan._charclass import lower_in_place
from vnplan.models import Organization
from vnplan.normalise import fold_ocr_slips, restore_lost_separators

# (document head, issuer, parent, place, issued_on, doc_type, title)
HEADERS = [
    pytest.param(
        "TỈNH UỶ QUẢNG TRỊ\n*\nSố 62-KH/TU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
        "Đông Hà, ngày 07 tháng 9  năm 2017\n\n"
        "KẾ HOẠCH\nTổng kết 10 năm thực hiện Nghị quyết\n---\nĐể đánh giá",
        "TỈNH UỶ QUẢNG TRỊ",
        None,
        "Đông Hà",
        date(2017, 9, 7),
        "Kế hoạch",
        "Tổng kết 10 năm thực hiện Nghị quyết",
        id="party-flattened-columns",
    ),
    pytest.param(
        "ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\n---------------\nSố: 155/KH-UBND\n"
        "Bắc Ninh, ngày 26 tháng 5 năm 2017\n\n"
        "KẾ HOẠCH\nTRIỂN KHAI CHƯƠNG TRÌNH HÀNH ĐỘNG QUỐC GIA\n\nCăn cứ Luật",
        "ỦY BAN NHÂN DÂN TỈNH BẮC NINH",
        None,
        "Bắc Ninh",
        date(2017, 5, 26),
        "Kế hoạch",
        "TRIỂN KHAI CHƯƠNG TRÌNH HÀNH ĐỘNG QUỐC GIA",
        id="state-two-line-issuer",
    ),
    pytest.param(
        "ỦY BAN NHÂN DÂN\nTỈNH CÀ MAU\n-------\n|\nCỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Số: 98/KH-UBND\nCà Mau, ngày 13 tháng 7 năm 2021\nKẾ HOẠCH\nTHỰC HIỆN CHƯƠNG TRÌNH\n\nCăn cứ",
        "ỦY BAN NHÂN DÂN TỈNH CÀ MAU",
        None,
        "Cà Mau",
        date(2021, 7, 13),
        "Kế hoạch",
        "THỰC HIỆN CHƯƠNG TRÌNH",
        id="motto-word-cut-by-line-break",
    ),
    pytest.param(
        "HUYỆN ĐOÀN PHÚ TÂN                    ĐOÀN TNCS HỒ CHÍ MINH\nBCH ĐOÀN XÃ TÂN HÒA\n      ***\n"
        "Số : 34-KH/ĐTN                  Tân Hòa, ngày 08 tháng 10  năm 2024\n\n"
        "                         kế hoạch\nTổ chức các hoạt động chào mừng\n\n Thực hiện",
        "BCH ĐOÀN XÃ TÂN HÒA",
        "HUYỆN ĐOÀN PHÚ TÂN",
        "Tân Hòa",
        date(2024, 10, 8),
        "Kế hoạch",
        "Tổ chức các hoạt động chào mừng",
        id="type-line-typed-in-lower-case",
    ),
    pytest.param(
        "CÔNG AN TỈNH PHÚ THỌ\nCÔNG AN HUYỆN THANH SƠN\n_______\nSố: 125/KH-CAH\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Thanh Sơn, ngày 28 tháng 6 năm 2024\n\nKẾ HOẠCH\nTriển khai thi hành Luật Căn cước\n\nCăn cứ",
        "CÔNG AN HUYỆN THANH SƠN",
        "CÔNG AN TỈNH PHÚ THỌ",
        "Thanh Sơn",
        date(2024, 6, 28),
        "Kế hoạch",
        "Triển khai thi hành Luật Căn cước",
        id="police-under-police",
    ),
    pytest.param(
        "LIÊN ĐOÀN LAO ĐỘNG TỈNH THANH HÓA\n\nLIÊN ĐOÀN LAO ĐỘNG HUYỆN YÊN ĐỊNH\n\nSố: 34 /KH-LĐLĐ\n\n"
        "Yên Định, ngày 08 tháng 12 năm 2021\n\nKẾ HOẠCH\n\nTổ chức “Tết Sum vầy” năm 2022\n\nThực hiện",
        "LIÊN ĐOÀN LAO ĐỘNG HUYỆN YÊN ĐỊNH",
        "LIÊN ĐOÀN LAO ĐỘNG TỈNH THANH HÓA",
        "Yên Định",
        date(2021, 12, 8),
        "Kế hoạch",
        "Tổ chức “Tết Sum vầy” năm 2022",
        id="parent-over-issuer",
    ),
    pytest.param(
        "HĐND HUYỆN THANH OAI\nTHƯỜNG TRỰC\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 16/KH-HĐND\nThanh Oai, ngày 12 tháng 3 năm 2024\n"
        "KẾ HOẠCH\nGiám sát việc quản lý quỹ đất công ích\nCăn cứ Luật",
        "HĐND HUYỆN THANH OAI THƯỜNG TRỰC",  # an organ with no name of its own is named with its body
        None,
        "Thanh Oai",
        date(2024, 3, 12),
        "Kế hoạch",
        "Giám sát việc quản lý quỹ đất công ích",
        id="organ-under-its-body",
    ),
    pytest.param(  # a summary's line that opens with a name after "Ngày" goes on with it
        "HỘI CCB TỈNH NGHỆ AN\nHỘI CCB XÃ DIỄN CHÂU\nSố: 07/KH-CCB\nDiễn Châu, ngày 09 tháng 3 năm 2026\n\n"
        "KẾ HOẠCH\nTổ chức các hoạt động kỷ niệm 51 năm\nNgày Giải phóng miền Nam, thống nhất\n"
        "đất nước (30/4/1975 - 30/4/2026)\n\nCăn cứ Kế hoạch",
        "HỘI CCB XÃ DIỄN CHÂU",
        "HỘI CCB TỈNH NGHỆ AN",
        "Diễn Châu",
        date(2026, 3, 9),
        "Kế hoạch",
        "Tổ chức các hoạt động kỷ niệm 51 năm Ngày Giải phóng miền Nam, thống nhất đất nước (30/4/1975 - "
        "30/4/2026)",
        id="a-summary-line-opening-with-ngay-and-a-name",
    ),
    pytest.param(  # a Markdown table's header cell: its lines two blanks apart, a rule of escaped "\_"
        "| CÔNG AN TỈNH PHÚ THỌ  **CÔNG AN XÃ ĐÔNG THÀNH**  \\_\\_\\_\\_\\_\\_  Số: 128/KH-CAX | "
        "**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**  *Đông Thành, ngày 28 tháng 7 năm 2025* |\n\n"
        "**KẾ HOẠCH**\n\n**Bảo đảm an ninh**\n\nThực hiện",
        "CÔNG AN XÃ ĐÔNG THÀNH",
        "CÔNG AN TỈNH PHÚ THỌ",
        "Đông Thành",
        date(2025, 7, 28),
        "Kế hoạch",
        "Bảo đảm an ninh",
        id="markdown-cell-of-two-bodies-and-a-rule",
    ),
    pytest.param(  # a web page's header in one line: the place follows the motto's last words
        "ỦY BAN MTTQ VIỆT NAM XÃ THẠNH PHƯỚC BAN THƯỜNG TRỰC Số: 47/KH-MTTQ-BTT&nbsp;&nbsp;CỘNG HÒA XÃ HỘI "
        "CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Thạnh Phước, ngày 20 tháng 10 năm 2025\n&nbsp;\n"
        "KẾ HOẠCH\nTổ chức Ngày hội Đại đoàn k&#7871;t\n&nbsp;\nCăn cứ",
        "ỦY BAN MTTQ VIỆT NAM XÃ THẠNH PHƯỚC BAN THƯỜNG TRỰC",
        None,
        "Thạnh Phước",
        date(2025, 10, 20),
        "Kế hoạch",
        "Tổ chức Ngày hội Đại đoàn kết",
        id="one-line-header-of-a-web-page-with-html-references",
    ),
    pytest.param(  # pypdf writes a row of the header's table as one line, its cells one blank apart
        "ĐẢNG BỘ TỈNH BÌNH ĐỊNH ĐẢNG CỘNG SẢN VIỆT NAM\nHUYỆN ỦY TÂY SƠN Tây Sơn, ngày 05 tháng 01 năm 2024\n"
        "*\nSố 45-KH/HU\nKẾ HOẠCH\ntổ chức Hội nghị sơ kết\n-----\nThực hiện Hướng dẫn",
        "HUYỆN ỦY TÂY SƠN",
        "ĐẢNG BỘ TỈNH BÌNH ĐỊNH",
        "Tây Sơn",
        date(2024, 1, 5),
        "Kế hoạch",
        "tổ chức Hội nghị sơ kết",
        id="row-by-row-place-and-date-one-blank-after-the-issuer",
    ),
    pytest.param(
        "TỈNH UỶ QUẢNG TRỊ\nĐÔNG HÀ, NGÀY 07 THÁNG 9 NĂM 2017\nĐẢNG CỘNG SẢN VIỆT NAM\n*\nSố 62-KH/TU\n\n"
        "KẾ HOẠCH\nTổng kết 10 năm thực hiện Nghị quyết\n---\nĐể đánh giá",
        "TỈNH UỶ QUẢNG TRỊ",  # a place-and-date line in capitals is no line of the issuer's name
        None,
        "ĐÔNG HÀ",
        date(2017, 9, 7),
        "Kế hoạch",
        "Tổng kết 10 năm thực hiện Nghị quyết",
        id="place-and-date-in-capitals",
    ),
    pytest.param(
        "TỈNH ĐOÀN NGHỆ AN          ĐOÀN TNCS HỒ CHÍ MINH\n"
        "BAN THƯỜNG VỤ          Nghệ An, ngày 02 tháng 4 năm 2025\n***\n"
        "Số: 41-KH/TĐTN-TNNT\n\nKẾ HOẠCH\nTổ chức Ngày hội thiếu nhi\n\nThực hiện",
        "TỈNH ĐOÀN NGHỆ AN BAN THƯỜNG VỤ",
        None,
        "Nghệ An",
        date(2025, 4, 2),
        "Kế hoạch",
        "Tổ chức Ngày hội thiếu nhi",
        id="organ-under-its-body-flattened-columns",
    ),
    pytest.param(
        "ĐOÀN TNCS HỒ CHÍ MINH\nTỈNH ĐOÀN NGHỆ AN\nBAN THƯỜNG VỤ TỈNH ĐOÀN\n***\nSố: 41-KH/TĐTN\n"
        "Nghệ An, ngày 02 tháng 4 năm 2025\n\nKẾ HOẠCH\nTổ chức Ngày hội thiếu nhi\n\nThực hiện",
        "BAN THƯỜNG VỤ TỈNH ĐOÀN",  # the organ's own line names its body: a name of its own
        "TỈNH ĐOÀN NGHỆ AN",
        "Nghệ An",
        date(2025, 4, 2),
        "Kế hoạch",
        "Tổ chức Ngày hội thiếu nhi",
        id="organ-that-names-its-body",
    ),
    pytest.param(
        "| BAN CHẤP HÀNH TRUNG ƯƠNG  \\\\\\  Số: 245 KH/TWĐTNBTG | ĐOÀN TNCS HỒ CHÍ MINH  Hà Nội, ngày 08 "
        "tháng 11 năm 2019 |\n\nKẾ HOẠCH\n\nTổ chức cuộc thi trực tuyến\n\n\n\nThực hiện Kế hoạch",
        "BAN CHẤP HÀNH TRUNG ƯƠNG",
        None,
        "Hà Nội",
        date(2019, 11, 8),
        "Kế hoạch",
        "Tổ chức cuộc thi trực tuyến",
        id="markdown-table-row",
    ),
    pytest.param(
        "BAN CHẤP HÀNH TRUNG ƯƠNG***Số: 367 - QĐ/TWĐTN-VPĐOÀN TNCS HỒ CHÍ MINH Hà Nội, ngày 29 tháng 10 "
        "năm 2013 QUYẾT ĐỊNHVề việc ban hành Quy định--------- BAN BÍ THƯ",
        "BAN CHẤP HÀNH TRUNG ƯƠNG",
        None,
        "Hà Nội",
        date(2013, 10, 29),
        "Quyết định",
        "Về việc ban hành Quy định",
        id="one-line-glued",
    ),
    pytest.param(
        "BỘ TƯ PHÁP --------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ----\n"
        "Số: 173/QĐ-BTP\nHà Nội, ngày 29 tháng 01 năm 2015 QUYẾT ĐỊNH BAN HÀNH KẾ HOẠCH NĂM 2015 "
        "BỘ TRƯỞNG BỘ TƯ PHÁP\nCăn cứ Nghị định",
        "BỘ TƯ PHÁP",
        None,
        "Hà Nội",
        date(2015, 1, 29),
        "Quyết định",
        "BAN HÀNH KẾ HOẠCH NĂM 2015",
        id="deciding-body-cut-from-title",
    ),
    pytest.param(
        "BAN CHẤP HÀNH TRUNG ƯƠNG\n\nSố: 851CV/TWĐTNCNĐT\n“V/v triệu tập đại biểu tham dự\n"
        "Giải thưởng năm 2023”\n\nĐOÀN TNCS HỒ CHÍ MINH\n\nHà Nội, ngày 05 tháng 5 năm 2023\n\n"
        "Kính gửi: Các tỉnh",
        "BAN CHẤP HÀNH TRUNG ƯƠNG",
        None,
        "Hà Nội",
        date(2023, 5, 5),
        "Công văn",
        "triệu tập đại biểu tham dự Giải thưởng năm 2023",
        id="letter-quoted-vv",
    ),
    pytest.param(
        "Số: 19046/BTC-TCHQ V/v hướng dẫn thực hiện Luật hải quan 2014\nHà Nội, ngày 29 tháng 12 năm 2014 "
        "Kính gửi: Cục Hải quan.\nLuật hải quan được",
        None,
        None,
        "Hà Nội",
        date(2014, 12, 29),
        "Công văn",
        "hướng dẫn thực hiện Luật hải quan 2014",
        id="letter-vv-on-number-line",
    ),
    pytest.param(
        "Số 117 - KH/TU\n\n171  \n18/3/2019\n\n## KẾ HOẠCH\n\n**Sơ kết 3 năm thực hiện Đề án**\n\n"
        "Để đánh giá kết quả, Ban Thường vụ Tỉnh ủy triển khai kế hoạch sơ kết như sau:",
        "Ban Thường vụ Tỉnh ủy",
        None,
        None,
        None,
        "Kế hoạch",
        "Sơ kết 3 năm thực hiện Đề án",
        id="received-stamp-is-no-issue-date",
    ),
    pytest.param(
        "TỈNH ỦY HÀ TĨNH\nBAN TUYÊN GIÁO\n*\nSố 112-KH/BTGTU\nĐẾN Số: 1234 Ngày: 05/4/2024\n"
        "ĐẢNG CỘNG SẢN VIỆT NAM\nHà Tĩnh, ngày 02 tháng 4 năm 2024\n\n"
        "KẾ HOẠCH\ntổ chức Cuộc thi chính luận\n-----",
        "BAN TUYÊN GIÁO",
        "TỈNH ỦY HÀ TĨNH",
        "Hà Tĩnh",
        date(2024, 4, 2),
        "Kế hoạch",
        "tổ chức Cuộc thi chính luận",
        id="received-stamp-under-the-number-is-no-part-of-the-issuer",
    ),
    pytest.param(
        "HUYỆN ỦY SƠN TỊNH\n*\nSố l56-KH/HU\nĐẢNG CỘNG SẢN VIỆT NAM\nSơn Tịnh, ngày 25 tháng 9 năm 2017\n\n"
        "KẾ H0ẠCH\ntổng kết 10 năm thực hiện Nghị quyết số 20-NQ/TW\n-----",
        "HUYỆN ỦY SƠN TỊNH",
        None,
        "Sơn Tịnh",
        date(2017, 9, 25),
        "Kế hoạch",
        "tổng kết 10 năm thực hiện Nghị quyết số 20-NQ/TW",
        id="ocr-zero-for-o-in-the-type-line",
    ),
    pytest.param(
        "Số 117 - KH/TU\n\n**## KẾ HOẠCH**\n\n**Sơ kết 3 năm thực hiện Đề án**\n\n"
        "Để đánh giá kết quả, Ban Thường vụ Tỉnh ủy triển khai kế hoạch sơ kết như sau:",
        "Ban Thường vụ Tỉnh ủy",
        None,
        None,
        None,
        "Kế hoạch",
        "Sơ kết 3 năm thực hiện Đề án",
        id="markdown-heading-in-bold",
    ),
    pytest.param(
        "Hệ thống pháp luật\nSỰ KIỆN NỔI BẬT\n\n<br> KẾ HOẠCH<br> Tổ chức Tết <br>\n\nỦY BAN NHÂN DÂN\n"
        "TỈNH NGHỆ AN\nSố: 594/KH-UBND\nNghệ An, ngày 21 tháng 10 năm 2021\n\nKẾ HOẠCH\n\n"
        "THỰC HIỆN CHỈ THỊ\n\nCăn cứ",
        "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN",
        None,
        "Nghệ An",
        date(2021, 10, 21),
        "Kế hoạch",
        "THỰC HIỆN CHỈ THỊ",
        id="site-furniture-above-header",
    ),
    pytest.param(
        "ĐẢNG BỘ TỈNH\nĐẢNG ỦY XÃ AN BÌNH\n*\nSố 05-KH/ĐU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
        "An Bình, ngày   tháng 5 năm 2025\n\n"
        "KẾ HOẠCH\nTổ chức đại hội chi bộ\n\nThực hiện",
        "ĐẢNG ỦY XÃ AN BÌNH",
        "ĐẢNG BỘ TỈNH",
        "An Bình",
        None,
        "Kế hoạch",
        "Tổ chức đại hội chi bộ",
        id="blank-issue-day",
    ),
    # The date in figures: on its own line, or before a block that opens with a capital
    pytest.param(
        "TỈNH UỶ QUẢNG TRỊ\nSố 62-KH/TU\nĐông Hà, ngày 07/9/2017\n\nKẾ HOẠCH\nTổng kết công tác\n\nĐể",
        "TỈNH UỶ QUẢNG TRỊ",
        None,
        "Đông Hà",
        date(2017, 9, 7),
        "Kế hoạch",
        "Tổng kết công tác",
        id="issue-date-in-figures",
    ),
    pytest.param(
        "TỈNH UỶ QUẢNG TRỊ\nSố 62-KH/TU\nĐông Hà, ngày 07-9-2017\n\nKẾ HOẠCH\nTổng kết công tác\n\nĐể",
        "TỈNH UỶ QUẢNG TRỊ",
        None,
        "Đông Hà",
        date(2017, 9, 7),
        "Kế hoạch",
        "Tổng kết công tác",
        id="issue-date-in-figures-with-dashes",
    ),
    pytest.param(
        "ỦY BAN NHÂN DÂN TỈNH KON TUM\nSố: 435/QĐ-UBND Kon Tum, ngày 04/5/2020 KẾ HOẠCH TRIỂN KHAI\n\nCăn cứ",
        "ỦY BAN NHÂN DÂN TỈNH KON TUM",
        None,
        "Kon Tum",
        date(2020, 5, 4),
        "Kế hoạch",
        "TRIỂN KHAI",
        id="issue-date-in-figures-flattened-with-number-and-type",
    ),
    pytest.param(
        "KẾ HOẠCH\nThực hiện Nghị quyết số 11-NQ/TU, ngày 20/7/2008 của Tỉnh uỷ\n\nCăn cứ Nghị quyết",
        None,
        None,
        None,
        None,
        "Kế hoạch",
        "Thực hiện Nghị quyết số 11-NQ/TU, ngày 20/7/2008 của Tỉnh uỷ",
        id="a-citation-in-figures-is-no-issue-date",
    ),
    pytest.param(
        "Số: 19046/BTC-TCHQ V/v hướng dẫn thực hiện Luật hải quan\nHà Nội, ngày 29/12/2014 Kính gửi: Cục",
        None,
        None,
        "Hà Nội",
        date(2014, 12, 29),
        "Công văn",
        "hướng dẫn thực hiện Luật hải quan",
        id="a-letter-summary-stops-at-the-date-in-figures-flattened-with-the-addressees",
    ),
    pytest.param(
        "LIÊN  ĐOÀN  LAO  ĐỘNG  TỈNH  THANH  HÓA\nLIÊN  ĐOÀN  LAO  ĐỘNG  HUYỆN  YÊN  ĐỊNH\nSố:  34/KH-LĐLĐ\n"
        "Yên  Định,  ngày  08  tháng  12  năm  2021\nKẾ  HOẠCH\nTổ  chức  Tết  Sum  vầy\n",
        "LIÊN ĐOÀN LAO ĐỘNG HUYỆN YÊN ĐỊNH",
        "LIÊN ĐOÀN LAO ĐỘNG TỈNH THANH HÓA",
        "Yên Định",
        date(2021, 12, 8),
        "Kế hoạch",
        "Tổ chức Tết Sum vầy",
        id="words-two-blanks-apart-as-justified-pdf-text-sets-them",
    ),
    pytest.param(
        "    ỦY BAN NHÂN DÂN                      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "   HUYỆN ĐỨC TRỌNG                              Độc lập - Tự do - Hạnh phúc\n"
        "   Số: 215/KH-UBND                        Đức Trọng, ngày 12 tháng 9 năm 2023\n\n"
        "                                   KẾ HOẠCH\n"
        "              Tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2023\n",
        "ỦY BAN NHÂN DÂN HUYỆN ĐỨC TRỌNG",
        None,
        "Đức Trọng",
        date(2023, 9, 12),
        "Kế hoạch",
        "Tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2023",
        id="two-columns-side-by-side-as-pdftotext-layout-sets-them",
    ),
    pytest.param(  # the right column names the whole organisation as "ĐOÀN TNCS HỒ CHÍ MINH" does; a BOM
        "\ufeffHỘI SINH VIÊN VIỆT NAM TP. CẦN THƠ\nBCH HỘI SINH VIÊN TRƯỜNG ĐẠI HỌC CẦN THƠ\n***\n"
        "Số: 08/KH-HSV\nHỘI SINH VIÊN VIỆT NAM\nCần Thơ, ngày 14 tháng 10 năm 2025\n\n"
        "KẾ HOẠCH\nTriển khai phong trào “Sinh viên 5 tốt”\n\nCăn cứ Hướng dẫn",
        "BCH HỘI SINH VIÊN TRƯỜNG ĐẠI HỌC CẦN THƠ",
        "HỘI SINH VIÊN VIỆT NAM TP. CẦN THƠ",
        "Cần Thơ",
        date(2025, 10, 14),
        "Kế hoạch",
        "Triển khai phong trào “Sinh viên 5 tốt”",
        id="a-student-association-s-motto-line",
    ),
    pytest.param(  # a mass organisation's national name in the right column, pdftotext -layout
        "        HỘI NÔNG DÂN TỈNH HÀ TĨNH                               HỘI NÔNG DÂN VIỆT NAM\n"
        "             BAN THƯỜNG VỤ\n                   *                                     Hà Tĩnh, ngày"
        " 18 tháng 3 năm 2024\n            Số 112-KH/HNDT\n\n                    KẾ HOẠCH\n"
        "          Thực hiện phong trào nông dân thi đua\n\nCăn cứ Kết luận",
        "HỘI NÔNG DÂN TỈNH HÀ TĨNH BAN THƯỜNG VỤ",  # an organ with no name of its own, with its body's
        None,
        "Hà Tĩnh",
        date(2024, 3, 18),
        "Kế hoạch",
        "Thực hiện phong trào nông dân thi đua",
        id="a-farmers-association-s-motto-line",
    ),
    pytest.param(  # ABBYY's OCR of a received copy: the office's name over its stamp's "ĐẾN Số:" line
        "UBND TỈNH QUẢNG BÌNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG |\n"
        "Độc lập - Tự do - Hạnh phúc\nSố: 1450/KH-STNMT\nQuảng Bình, ngày 25 tháng 7 năm 2024\n"
        "| UBND HUYỆN BỐ TRẠCH |\n| ĐẾN Số: 2317 |\n| Ngày: 29/7/2024 |\nKẾ HOẠCH\nTriển khai Luật Đất đai\n"
        "\nCăn cứ Luật",
        "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG",
        "UBND TỈNH QUẢNG BÌNH",
        "Quảng Bình",
        date(2024, 7, 25),
        "Kế hoạch",
        "Triển khai Luật Đất đai",
        id="a-received-stamp-s-office-over-its-number",
    ),
    pytest.param(  # pdftotext without -layout: a line of each column in turn, the issuer's name wrapped
        "UBND HUYỆN HẢI LĂNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBAN CHỈ HUY PHÒNG, CHỐNG THIÊN TAI\n"
        "Độc lập - Tự do - Hạnh phúc\nVÀ TÌM KIẾM CỨU NẠN\n\nSố: 18/KH-BCH\n"
        "Hải Lăng, ngày 17 tháng 3 năm 2025\n\n"
        "KẾ HOẠCH\nChủ động phòng, chống thiên tai\n\nCăn cứ Luật",
        "BAN CHỈ HUY PHÒNG, CHỐNG THIÊN TAI VÀ TÌM KIẾM CỨU NẠN",
        "UBND HUYỆN HẢI LĂNG",
        "Hải Lăng",
        date(2025, 3, 17),
        "Kế hoạch",
        "Chủ động phòng, chống thiên tai",
        id="a-motto-line-between-the-issuer-s-lines",
    ),
    pytest.param(  # OCR lost a mark of the motto ("NGHIA"); the motto glued on a line of its own and after
        "HỘI LHPN TỈNH THANH HÓA\nCỘNG HOÀ XÃ HỘI CHỦ NGHIA VIỆT NAM\nBCH HỘI LHPN XÃ NGA SƠN\n"
        "Độc lập - Tự do - Hạnh phúc\nSố: 24/KH-HPN\nNga Sơn, ngày 16 tháng 12 năm 2025\n\n"
        "KẾ HOẠCH\nCông tác Hội năm 2026\n\nCăn cứ Điều lệ",
        "BCH HỘI LHPN XÃ NGA SƠN",
        "HỘI LHPN TỈNH THANH HÓA",
        "Nga Sơn",
        date(2025, 12, 16),
        "Kế hoạch",
        "Công tác Hội năm 2026",
        id="a-motto-whose-marks-ocr-lost",
    ),
    pytest.param(
        "ĐẢNG BỘ TỈNH QUẢNG NGÃI ĐẢNG CỘNG SÁN VIỆT NAM\nHUYỆN ỦY SƠN TỊNH\n*\nSố 45-KH/HU\n"
        "Sơn Tịnh, ngày 10 tháng 3 năm 2024\n\nKẾ HOẠCH\nTổng kết công tác\n\nCăn cứ Điều lệ",
        "HUYỆN ỦY SƠN TỊNH",
        "ĐẢNG BỘ TỈNH QUẢNG NGÃI",
        "Sơn Tịnh",
        date(2024, 3, 10),
        "Kế hoạch",
        "Tổng kết công tác",
        id="a-motto-whose-marks-ocr-changed-glued-to-the-parent",
    ),
    pytest.param(  # OCR's tracked capitals: letters a blank apart, words two
        "H Ộ I  L U Ậ T  G I A  T Ỉ N H  Q U Ả N G  N A M\nSố: 15/KH-HLG\n"
        "Tam Kỳ, ngày 10 tháng 3 năm 2025\n\nK Ế  H O Ạ C H\nTổ chức các hoạt động năm 2025\n\n"
        "Căn cứ Điều lệ Hội Luật gia Việt Nam; căn cứ Chương trình công tác năm 2025 của Ban Thường vụ",
        "HỘI LUẬT GIA TỈNH QUẢNG NAM",
        None,
        "Tam Kỳ",
        date(2025, 3, 10),
        "Kế hoạch",
        "Tổ chức các hoạt động năm 2025",
        id="letter-spaced-capitals",
    ),
    pytest.param(  # a received stamp under the header: its office is no body of the header
        "HỘI LUẬT GIA TỈNH HÀ TĨNH\nSố: 15/KH-HLG\nHà Tĩnh, ngày 18 tháng 02 năm 2025\n"
        "SỞ TƯ PHÁP HÀ TĨNH\nCÔNG VĂN ĐẾN\nSố: 318\nNgày: 20/02/2025\n\n"
        "KẾ HOẠCH\nTổ chức các hoạt động năm 2025\n\nThực hiện Kế hoạch số 08/KH-LGVN của Trung ương Hội",
        "HỘI LUẬT GIA TỈNH HÀ TĨNH",
        None,
        "Hà Tĩnh",
        date(2025, 2, 18),
        "Kế hoạch",
        "Tổ chức các hoạt động năm 2025",
        id="the-office-of-a-received-stamp",
    ),
    pytest.param(  # the place's abbreviation opening the place-and-date line is no word of the issuer
        "BAN CHẤP HÀNH ĐOÀN TP. HỒ CHÍ MINH\n***\nSố: 245-KH/TĐTN-TNNT\tĐOÀN TNCS HỒ CHÍ MINH\n\n"
        "TP. Hồ Chí Minh, ngày 12 tháng 3 năm 2024\n\nKẾ HOẠCH\nTổ chức Chiến dịch Mùa hè xanh\n\nCăn cứ",
        "BAN CHẤP HÀNH ĐOÀN TP. HỒ CHÍ MINH",
        None,
        "TP. Hồ Chí Minh",
        date(2024, 3, 12),
        "Kế hoạch",
        "Tổ chức Chiến dịch Mùa hè xanh",
        id="a-place-that-opens-with-tp",
    ),
    pytest.param(  # a province's tax office since 2025, under the General Department's office
        "CỤC THUẾ\nTHUẾ TỈNH THANH HÓA\nSố: 412/KH-TTH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nThanh Hóa, ngày 26 tháng 12 năm 2025\n\n"
        "KẾ HOẠCH\nTriển khai công tác quyết toán thuế\n\nCăn cứ Luật Quản lý thuế",
        "THUẾ TỈNH THANH HÓA",
        "CỤC THUẾ",
        "Thanh Hóa",
        date(2025, 12, 26),
        "Kế hoạch",
        "Triển khai công tác quyết toán thuế",
        id="a-province-s-tax-office-since-2025",
    ),
    pytest.param(  # an urgency mark flattened onto the place and date's line is no part of the issuer
        "BỘ CÔNG AN\nCÔNG AN TỈNH THANH HÓA\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nSố: 245/KH-CAT-PV01\nKHẨN\tThanh Hóa, ngày 12 tháng 3 năm 2026\n\n"
        "KẾ HOẠCH\nTriển khai cao điểm tấn công tội phạm\n\nThực hiện Kế hoạch",
        "CÔNG AN TỈNH THANH HÓA",
        "BỘ CÔNG AN",
        "Thanh Hóa",
        date(2026, 3, 12),
        "Kế hoạch",
        "Triển khai cao điểm tấn công tội phạm",
        id="an-urgency-mark-by-the-date",
    ),
    pytest.param(  # a wiki page's source: the header a borderless table, bold quotes, a centred title
        '{| style="width:100%; border:none"\n| style="width:42%; text-align:center" |\n'
        "UBND HUYỆN KIM THÀNH<br />\n"
        "'''BAN CHỈ ĐẠO SẮP XẾP ĐƠN VỊ HÀNH CHÍNH CẤP XÃ'''<br />\nSố: 86/KH-BCĐ\n"
        '| style="text-align:center" |\n'
        "'''CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'''<br />\n"
        "'''Độc lập - Tự do - Hạnh phúc'''<br />\n''Kim Thành, ngày 10 tháng 6 năm 2024''\n|}\n\n"
        "<center>'''KẾ HOẠCH'''<br />\n'''Triển khai sắp xếp đơn vị hành chính cấp xã'''</center>\n\n"
        "Căn cứ [[Kết luận số 48-KL/TW|Kết luận 48]] ngày 30/01/2023 của Bộ Chính trị;",
        "BAN CHỈ ĐẠO SẮP XẾP ĐƠN VỊ HÀNH CHÍNH CẤP XÃ",
        "UBND HUYỆN KIM THÀNH",
        "Kim Thành",
        date(2024, 6, 10),
        "Kế hoạch",
        "Triển khai sắp xếp đơn vị hành chính cấp xã",
        id="a-wiki-page-s-source",
    ),
    pytest.param(  # a draft's mark at the right of the header, over the title, is no part of the issuer
        "ỦY BAN NHÂN DÂN                          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        " XÃ TÂN LÝ ĐÔNG                                Độc lập - Tự do - Hạnh phúc\n"
        "Số:      /KH-UBND                       Tân Lý Đông, ngày 10 tháng 6 năm 2025\n"
        "                                                                  DỰ THẢO\n"
        "                                    KẾ HOẠCH\n         Tổ chức Ngày Chủ nhật xanh\n\nCăn cứ Luật",
        "ỦY BAN NHÂN DÂN XÃ TÂN LÝ ĐÔNG",
        None,
        "Tân Lý Đông",
        date(2025, 6, 10),
        "Kế hoạch",
        "Tổ chức Ngày Chủ nhật xanh",
        id="a-draft-s-mark-over-the-title",
    ),
    pytest.param(  # the right column's rule on the issuer's second line ends nothing of the issuer
        "UBND TỈNH QUẢNG NGÃI                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ                       Độc lập - Tự do - Hạnh phúc\n"
        "   XÂY DỰNG TỈNH                              ---------------------------\n"
        "   -------------\n"
        "Số: 92/KH-BQLDA                       Quảng Ngãi, ngày 10 tháng 02 năm 2026\n\n"
        "KẾ HOẠCH\nTriển khai thi công xây dựng công trình\n\nCăn cứ Luật Xây dựng",
        "BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG TỈNH",
        "UBND TỈNH QUẢNG NGÃI",
        "Quảng Ngãi",
        date(2026, 2, 10),
        "Kế hoạch",
        "Triển khai thi công xây dựng công trình",
        id="a-rule-of-the-right-column-beside-the-issuer",
    ),
    pytest.param(  # a post's Markdown: the type line's heading mark and pictograph
        "**BCH ĐOÀN TRƯỜNG ĐẠI HỌC SƯ PHẠM**\n***\nSố: 15-KH/ĐTN\n*Đà Nẵng, ngày 05 tháng 9 năm 2025*\n\n"
        "# 📋 KẾ HOẠCH\n**Hoạt động Đoàn - Hội theo tháng**\n\nCăn cứ Chương trình",
        "BCH ĐOÀN TRƯỜNG ĐẠI HỌC SƯ PHẠM",
        None,
        "Đà Nẵng",
        date(2025, 9, 5),
        "Kế hoạch",
        "Hoạt động Đoàn - Hội theo tháng",
        id="a-type-line-after-a-pictograph",
    ),
    pytest.param(  # a draft: the serial, the day and the month left blank; its note under the summary
        "DỰ THẢO\nỦY BAN NHÂN DÂN\nXÃ GIA VIỄN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh"
        " phúc\nSố:        /KH-UBND\nGia Viễn, ngày      tháng      năm 2025\n\nKẾ HOẠCH\nTriển khai phong"
        " trào Bình dân học vụ số năm 2025\n(Dự thảo lần 1. Đề nghị các ban, ngành góp ý trước ngày"
        " 20/8/2025)\n\nI. MỤC ĐÍCH",
        "ỦY BAN NHÂN DÂN XÃ GIA VIỄN",
        None,
        "Gia Viễn",
        None,
        "Kế hoạch",
        "Triển khai phong trào Bình dân học vụ số năm 2025",
        id="a-draft-with-its-number-and-date-left-blank",
    ),
    pytest.param(  # a name's number ("SỐ 1") is no number line; the date in words, as formal texts write it
        "SỞ TƯ PHÁP TỈNH KHÁNH HÒA\nPHÒNG CÔNG CHỨNG SỐ 1\n\nSố: 86/KH-PCC1\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA"
        " VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nKhánh Hòa, ngày hai mươi lăm tháng tám năm hai nghìn"
        " không trăm hai mươi lăm\n\nKẾ HOẠCH\nTriển khai thi hành Luật Công chứng\n\nCăn cứ",
        "PHÒNG CÔNG CHỨNG SỐ 1",
        "SỞ TƯ PHÁP TỈNH KHÁNH HÒA",
        "Khánh Hòa",
        date(2025, 8, 25),
        "Kế hoạch",
        "Triển khai thi hành Luật Công chứng",
        id="a-numbered-office-and-a-date-in-words",
    ),
    pytest.param(  # a phone's reader wrapped the joined cells: the motto's last word on a line of its own
        "TỈNH ỦY PHÚ THỌ ĐẢNG CỘNG SẢN VIỆT\nNAM\nBAN TUYÊN GIÁO VÀ DÂN VẬN\n*\nSố 47-KH/BTGDVTU Phú Thọ,"
        " ngày 05\ntháng 9 năm 2025\n\nKẾ HOẠCH\ntuyên truyền kỷ niệm\n\nThực hiện",
        "BAN TUYÊN GIÁO VÀ DÂN VẬN",
        "TỈNH ỦY PHÚ THỌ",
        "Phú Thọ",
        date(2025, 9, 5),
        "Kế hoạch",
        "tuyên truyền kỷ niệm",
        id="a-motto-s-last-word-wrapped-onto-the-next-line",
    ),
    pytest.param(  # an inspection's conclusion names its kind on the type line: no word of its title
        "THANH TRA TỈNH THANH HÓA\nSố: 45/KL-TTr\nThanh Hóa, ngày 16 tháng 12 năm 2025\n\n"
        "KẾT LUẬN THANH TRA\nViệc chấp hành pháp luật về quản lý đất đai\n\nThực hiện",
        "THANH TRA TỈNH THANH HÓA",
        None,
        "Thanh Hóa",
        date(2025, 12, 16),
        "Kết luận",
        "Việc chấp hành pháp luật về quản lý đất đai",
        id="an-inspection-s-conclusion",
    ),
]


@pytest.mark.parametrize(("text", "issuer", "parent", "place", "issued_on", "doc_type", "title"), HEADERS)
def test_header(
    text: str,
    issuer: str | None,
    parent: str | None,
    place: str | None,
    issued_on: date | None,
    doc_type: str,
    title: str,
) -> None:
    plan = vnplan.parse(text)
    assert (plan.issuer.name if plan.issuer else None) == issuer
    assert (plan.issuer.parent if plan.issuer else None) == parent
    assert (plan.place, plan.issued_on, plan.doc_type, plan.title) == (place, issued_on, doc_type, title)


def test_a_look_alike_of_ocr_is_read_and_reported() -> None:
    text = "HUYỆN ỦY SƠN TỊNH\n*\nSố l56-KH/HU\n\nKẾ H0ẠCH\ntổng kết năm 2O17\n-----"
    plan = vnplan.parse(text)
    assert (plan.doc_type, plan.number.canonical if plan.number else None) == ("Kế hoạch", "156-KH/HU")
    slips = [(d.message, d.span) for d in plan.diagnostics if d.code == "text.ocr_lookalike"]
    assert [(message, text[span.start : span.end]) for message, span in slips if span] == [
        ("'H0ẠCH' read as 'HOẠCH' (a look-alike digit of OCR)", "0"),
        ("'2O17' read as '2017' (a look-alike letter of OCR)", "O"),
    ]


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("ngày O4/7/2023", date(2023, 7, 4)),  # a letter O opening a day's figures
        ("ngày l0/6/2026", date(2026, 6, 10)),  # a letter l
        ("ngày 1O/6/2026", date(2026, 6, 10)),  # inside them
        ("ngày 2S/6/2026", date(2026, 6, 25)),  # an S for a day's 5
        ("ngày 1B/6/2026", date(2026, 6, 18)),  # a B for its 8
    ],
)
def test_a_look_alike_letter_opening_a_date_s_day_is_its_digit(written: str, read: date) -> None:
    text = f"HUYỆN ỦY SƠN TỊNH\n*\nSố 156-KH/HU\nSơn Tịnh, {written}\n\nKẾ HOẠCH\ntổng kết\n-----\n"
    plan = vnplan.parse(text)
    assert plan.issued_on == read
    assert "text.ocr_lookalike" in {d.code for d in plan.diagnostics}


@pytest.mark.parametrize(
    "words", ["hộ O4 và l0 học sinh", "mã XO4/7", "tổ Ol/7", "ô l/6", "mẫu 2S/02", "KH-1B/2026", "3B/6/2026"]
)
def test_a_look_alike_letter_with_no_day_s_figures_after_it_is_kept(words: str) -> None:
    assert fold_ocr_slips(words) == (words, [])


# OCR that drops small marks: a number's, a date's and a mark's separators written as blanks, read with them
# in the key only where the codes are the lexicon's and the figures a date (the values keep the text).
LOST_SEPARATORS = [
    ("Kế hoạch số 45 KH ĐUK", "Kế hoạch số 45-KH/ĐUK", 1),  # a Party issuer: the Party's style
    ("Kế hoạch 12 KH UBND", "Kế hoạch 12/KH-UBND", 1),  # a State issuer: the State's style
    ("Hướng dẫn số 153 HD BTGTW ngày 20 11 2024", "Hướng dẫn số 153-HD/BTGTW ngày 20/11/2024", 2),
    ("từ ngày 20 01 đến ngày 15 02 2025.", "từ ngày 20/01 đến ngày 15/02/2025.", 2),  # a range's first day
    ("trong tháng 02 2025", "trong tháng 02/2025", 1),
    ("T M BAN THƯỜNG VỤ", "T/M BAN THƯỜNG VỤ", 1),
    ("Nơi nhận        T M BAN THƯỜNG VỤ", "Nơi nhận        T/M BAN THƯỜNG VỤ", 1),  # a right column's mark
    (
        "Thanh Hóa. ngày 06 tháng 01 năm 2025",
        "Thanh Hóa, ngày 06 tháng 01 năm 2025",
        1,
    ),  # a comma read as a stop
    ("Các chi bộ. đảng bộ cơ sở", "Các chi bộ, đảng bộ cơ sở", 1),
    ("ngày 35 11 2024", "ngày 35 11 2024", 0),  # no day 35
    ("lớp 10 11 2024", "lớp 10 11 2024", 0),  # no day's word
    ("2 KX TU, tổ 3 KH ABC", "2 KX TU, tổ 3 KH ABC", 0),  # no type code, no issuer code
    ("1. https://tinhdoan.vn", "1. https://tinhdoan.vn", 0),  # an item's number: no comma
]


@pytest.mark.parametrize(("written", "read", "phrases"), LOST_SEPARATORS)
def test_separators_ocr_lost_are_read_in_the_key(written: str, read: str, phrases: int) -> None:
    """In a text whose own number line lost them (the first phrase read here)."""
    assert restore_lost_separators(f"Số 1 KH TU\n{written}") == (f"Số 1-KH/TU\n{read}", phrases + 1)


def test_separators_are_not_looked_for_where_the_number_line_has_them() -> None:
    text = "Số: 12-KH/TU\nngày 20 11 2024; T M BAN"
    assert restore_lost_separators(text) == (text, 0)


def test_a_plan_whose_ocr_lost_its_separators_reads_whole() -> None:
    gap = " " * 30
    text = (
        "ĐẢNG BỘ TỈNH THANH HÓA\nĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH\n*\nSố 45 KH ĐUK"
        f"{gap}Thanh Hóa. ngày 06 tháng 01 năm 2025\n\nKẾ HOẠCH\nkỷ niệm 95 năm Ngày thành lập Đảng\n\n"
        "Thực hiện Kế hoạch số 298 KH TU ngày 10 12 2024 của Ban Thường vụ Tỉnh ủy.\n"
        "1 Các chi bộ trực thuộc tổ chức sinh hoạt chuyên đề. hoàn thành trước ngày 3 2 2025.\n\n"
        f"Nơi nhận{gap}T M BAN THƯỜNG VỤ\n- Thường trực Tỉnh ủy (b c).{gap}PHÓ BÍ THƯ\n"
        f"- Lưu VP.{gap}Lê Văn Thành\n"
    )
    plan = vnplan.parse(text)
    assert plan.number is not None and plan.number.canonical == "45-KH/ĐUK"
    assert (plan.place, plan.issued_on) == ("Thanh Hóa", date(2025, 1, 6))
    assert [(r.number.canonical, r.issued_on) for r in plan.references if r.number] == [
        ("298-KH/TU", date(2024, 12, 10))
    ]
    assert [(d.level, d.due.end) for d in plan.deadlines] == [("co_so", date(2025, 2, 3))]
    assert plan.signer is not None
    assert (plan.signer.mode, plan.signer.position, plan.signer.name) == ("TM", "PHÓ BÍ THƯ", "Lê Văn Thành")
    assert [r.name for r in plan.recipients] == ["Thường trực Tỉnh ủy (b c)", "Lưu VP"]
    assert "text.lost_separators" in {d.code for d in plan.diagnostics}


@pytest.mark.parametrize(
    ("place_line", "issuer", "place"),
    [
        ("Sơn Tinh, ngày 25 tháng 9 năm 2017", "HUYỆN ỦY SƠN TỊNH", "Sơn Tịnh"),  # a mark lost by OCR
        ("Son Tinh, ngày 25 tháng 9 năm 2017", "HUYỆN ỦY SƠN TỊNH", "Sơn Tịnh"),
        ("Sơn Tịnh, ngày 25 tháng 9 năm 2017", "HUYỆN ỦY SƠN TỊNH", "Sơn Tịnh"),  # as written: nothing to do
        ("Sơn Tĩnh, ngày 25 tháng 9 năm 2017", "HUYỆN ỦY SƠN TỊNH", "Sơn Tĩnh"),  # another mark: kept
        ("Quảng Ngãi, ngày 25 tháng 9 năm 2017", "HUYỆN ỦY SƠN TỊNH", "Quảng Ngãi"),  # not in the name
    ],
)
def test_a_place_that_lost_its_marks_is_written_as_the_issuer_s_name(
    place_line: str, issuer: str, place: str
) -> None:
    plan = vnplan.parse(f"{issuer}\n*\nSố 156-KH/HU\n{place_line}\n\nKẾ HOẠCH\ntổng kết\n-----\n")
    assert plan.place == place
    repaired = [d for d in plan.diagnostics if d.code == "place.marks_from_issuer"]
    assert bool(repaired) == (place not in place_line)


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("     Số: 1890/SGDĐT-GDTrH                        Nghệ An, ngày 28 tháng 8 năm 2025", "Nghệ An"),
        ("Số: 1890/SGDĐT-GDTrH     TP. Vinh, ngày 28 tháng 8 năm 2025", "TP. Vinh"),
        ("Số: 1890/SGDĐT-GDTrH Nghệ An, ngày 28 tháng 8 năm 2025", "Nghệ An"),  # one blank: a code's capitals
    ],
)
def test_the_place_is_the_right_column_s_after_a_gutter(line: str, place: str) -> None:
    """pdftotext -layout puts the number and the place-and-date line on one line, a gutter between: a code
    with small letters ("SGDĐT-GDTrH") is the left column's, no word of the place."""
    plan = vnplan.parse(
        f"UBND TỈNH NGHỆ AN\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\n{line}\nV/v hướng dẫn nhiệm vụ\n\nKính gửi:"
    )
    assert (plan.place, plan.issued_on) == (place, date(2025, 8, 28))


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("Độc lập - Tự do - Hạnh phúc – Hạc Thành, ngày 12 tháng 3 năm 2026", "Hạc Thành"),
        ("Độc lập - Tự do - Hạnh phúc Hạc Thành, ngày 12 tháng 3 năm 2026", "Hạc Thành"),
        ("Độc lập - Tự do - Hạnh phúc – – Hạc Thành, ngày 12 tháng 3 năm 2026", "Hạc Thành"),
        (
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM – Độc lập - Tự do - Hạnh phúc – Hạc Thành, "
            "ngày 12 tháng 3 năm 2026",
            "Hạc Thành",
        ),
    ],
)
def test_the_place_after_a_motto_on_its_line(line: str, place: str) -> None:
    """A header flattened onto one line, its cells joined by a dash (a post on Zalo): the place is after the
    motto and the dash."""
    plan = vnplan.parse(
        f"ỦY BAN NHÂN DÂN PHƯỜNG HẠC THÀNH – Số: 58/KH-UBND\n{line}\n\nKẾ HOẠCH\nPhòng, chống dịch\n"
    )
    assert (plan.place, plan.issued_on) == (place, date(2026, 3, 12))


def test_a_template_s_dots_around_the_day_and_month_filled_in() -> None:
    text = "CHI BỘ THÔN ĐỒNG CHÙA\n*\nThanh Lâm, ngày ..12.. tháng ...3... năm 2025\nSố 03-KH/CB\n\n"
    text += "KẾ HOẠCH\nĐại hội\n"
    plan = vnplan.parse(text)
    assert (plan.place, plan.issued_on) == ("Thanh Lâm", date(2025, 3, 12))


def test_the_place_and_date_above_the_signature_when_the_header_has_none() -> None:
    """A school's team writes the place and date at the foot, above the signatures."""
    text = "TRƯỜNG THCS YÊN PHONG\nTỔ KHOA HỌC TỰ NHIÊN\nSố: 02/KH-TKHTN\n\nKẾ HOẠCH\nHoạt động của tổ\n\n"
    text += "I. NỘI DUNG\nHọp tổ ngày 24/9/2025.\n" + "Các thành viên dạy đúng chương trình.\n" * 20
    text += "\nNơi nhận:\n- BGH (để b/c);\n- Lưu: Hồ sơ tổ.\n\n"
    text += "Yên Phong, ngày 16 tháng 9 năm 2025\nTỔ TRƯỞNG\n\nĐỗ Văn Khải\n"
    plan = vnplan.parse(text)
    assert (plan.place, plan.issued_on) == ("Yên Phong", date(2025, 9, 16))
    assert "date.issue_date_in_foot" in {d.code for d in plan.diagnostics}
    header_dated = vnplan.parse(
        text.replace("Số: 02/KH-TKHTN", "Số: 02/KH-TKHTN\nYên Phong, ngày 15 tháng 9 năm 2025")
    )
    assert header_dated.issued_on == date(2025, 9, 15)  # the header's, when it has one


@pytest.mark.parametrize("type_line", ["KẾ HOACH", "KE HOẠCH", "Ke hoach"])
def test_a_type_line_that_lost_some_of_its_marks(type_line: str) -> None:
    """OCR that lost some marks ("KẾ HOACH", Tesseract's): the type line is read without them, reported,
    and the header above it (its number) is the document's."""
    plan = vnplan.parse(
        "ĐẢNG BỘ TỈNH LAI CHÂU\nĐẢNG ỦY PHƯỜNG TÂN PHONG\nTân Phong, ngày 09 tháng 3 năm 2026\n"
        "Số 47-KH/ĐU\n                    CHI BỘ TỔ DÂN PHỐ SỐ 5\n                    ĐẾN  Số: 08\n\n"
        f"{type_line}\nsơ kết mô hình\n\nThực hiện Hướng dẫn số 12-HD/BTCTU, ngày 26/02/2026.\n"
    )
    assert (plan.doc_type, plan.number and plan.number.canonical) == ("Kế hoạch", "47-KH/ĐU")
    assert plan.issuer is not None and plan.issuer.name == "ĐẢNG ỦY PHƯỜNG TÂN PHONG"  # not the stamp's
    assert "layout.type_line_marks_lost" in {d.code for d in plan.diagnostics}


def test_blank_issue_day_is_reported() -> None:
    plan = vnplan.parse("Số 05-KH/ĐU\nAn Bình, ngày   tháng 5 năm 2025\nKẾ HOẠCH\nTổ chức đại hội\n")
    assert plan.issued_on is None
    assert "date.blank_issue_day" in {d.code for d in plan.diagnostics}


def test_a_number_line_with_no_serial_is_no_number_and_is_reported() -> None:
    text = "ỦY BAN NHÂN DÂN\nXÃ AN BÌNH\nSố: ....../KH-UBND\nKẾ HOẠCH\nTổ chức đại hội\n"
    plan = vnplan.parse(text)
    assert (plan.number, plan.issuer and plan.issuer.name) == (None, "ỦY BAN NHÂN DÂN XÃ AN BÌNH")
    [note] = [d for d in plan.diagnostics if d.code == "number.blank_serial"]
    assert note.span is not None and text[note.span.start : note.span.end] == "Số: ....../KH-UBND"


def test_issuer_from_the_body_is_reported() -> None:
    plan = vnplan.parse(
        "KẾ HOẠCH\nsơ kết 05 năm\n\n"
        "Thực hiện Kế hoạch số 72-KH/TU, Ban Thường vụ Đảng ủy Khối ban hành Kế hoạch"
    )
    assert plan.issuer is not None
    assert (plan.issuer.name, plan.issuer.inferred) == ("Ban Thường vụ Đảng ủy Khối", True)
    assert "issuer.from_body" in {d.code for d in plan.diagnostics}


@pytest.mark.parametrize(
    "body",
    [
        "Ban Thường vụ Đảng ủy Khối BAN HÀNH Kế hoạch",
        "Căn cứ ...; Ban Thường vụ Đảng ủy Khối Ban Hành Kế hoạch",
        "ĐOÀN THANH NIÊN TỈNH\tđề nghị các đơn vị",
        "Thực hiện Nghị quyết, Ủy ban nhân dân tỉnh TRIỂN KHAİ KẾ HOẠCH",  # a Turkish İ: searched whole
    ],
)
def test_issuer_from_the_body_in_any_case(body: str) -> None:
    plan = vnplan.parse(f"KẾ HOẠCH\nsơ kết 05 năm\n\n{body}")
    assert plan.issuer is not None and plan.issuer.inferred


# (body, issuer's name): a verb in sentence case is a word of a name (Ban Chỉ đạo), not the verb.
VERBS_IN_NAMES = [
    ("Thực hiện Kế hoạch, Ban Chỉ đạo tỉnh đề nghị các đơn vị", "Ban Chỉ đạo tỉnh"),
    ("Phó Trưởng Ban\nThường trực Ban Chỉ đạo, Trưởng đoàn.", None),  # no verb: a list of members
    ("Thực hiện Kế hoạch, Ban Chỉ đạo 35 tỉnh ban hành Kế hoạch", None),  # not 'Ban'
    ("Thực hiện Kế hoạch, Ban Thường vụ Tỉnh ủy chỉ đạo các cấp", "Ban Thường vụ Tỉnh ủy"),
    ("Ban Thường vụ Đảng ủy Khối Ban Hành Kế hoạch", "Ban Thường vụ Đảng ủy Khối"),  # each word capitalised
    ("BAN THƯỜNG VỤ ĐẢNG ỦY KHỐI CHỈ ĐẠO CÁC CẤP", "BAN THƯỜNG VỤ ĐẢNG ỦY KHỐI"),
]


@pytest.mark.parametrize(("body", "name"), VERBS_IN_NAMES)
def test_a_verb_in_sentence_case_is_a_word_of_a_name(body: str, name: str | None) -> None:
    issuer = vnplan.parse(f"KẾ HOẠCH\nsơ kết 05 năm\n\n{body}").issuer
    assert (issuer.name if issuer else None) == name


# (body, issuer's name, its text as written): words two blanks apart or more (justified PDF text).
SPREAD_BODIES = [
    (
        "Thực  hiện  Kế  hoạch,  Ban  Thường  vụ  Đảng   ủy  Khối  ban  hành  Kế  hoạch",
        "Ban Thường vụ Đảng ủy Khối",
        "Ban  Thường  vụ  Đảng   ủy  Khối",
    ),
    (
        "Thực hiện Kế hoạch, Ban Thường vụ Tỉnh ủy ban  hành Kế hoạch",  # the verb alone
        "Ban Thường vụ Tỉnh ủy",
        "Ban Thường vụ Tỉnh ủy",
    ),
    (
        "Căn cứ tình hình,\n  Ủy   ban  nhân  dân  tỉnh   ban    hành  Kế  hoạch",  # a new line's opening
        "Ủy ban nhân dân tỉnh",
        "Ủy   ban  nhân  dân  tỉnh",
    ),
    ("Căn  cứ  tình  hình,  các  đơn  vị  ban  hành  Kế  hoạch", None, None),  # no body's head word
]


@pytest.mark.parametrize(("body", "name", "written"), SPREAD_BODIES)
def test_issuer_from_a_body_set_with_blanks_between_words(
    body: str, name: str | None, written: str | None
) -> None:
    text = f"KẾ HOẠCH\nsơ kết 05 năm\n\n{body}"
    issuer = vnplan.parse(text).issuer
    assert (issuer.name if issuer else None) == name
    assert (text[issuer.span.start : issuer.span.end] if issuer else None) == written


def test_the_verbs_are_found_in_the_lower_case_text_wherever_the_expression_reads_them() -> None:
    """_body_issuer looks for the verbs in Source.lower before running the case-blind expression: every
    character the expression takes for a letter of a verb lowers to that letter, but those of
    _UNLOWERED_VERB_LETTERS, whose presence makes it search the whole text."""
    every = [chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF]
    letters = {c for verb in header._lower_verbs() for c in verb}
    unlowered = set()
    for letter in letters:
        same = regex.compile(f"(?i){regex.escape(letter)}")
        unlowered |= {c for c in every if same.fullmatch(c) and lower_in_place(c) != letter}
    assert unlowered == set(header._UNLOWERED_VERB_LETTERS)


# (title, issuer's name, trimmed title): the issuer glued at the end, in any case and spacing.
TRIMS = [
    ("PHÊ DUYỆT KẾ HOẠCH NĂM 2022 BỘ TRƯỞNG BỘ TƯ PHÁP", "BỘ TƯ PHÁP", "PHÊ DUYỆT KẾ HOẠCH NĂM 2022"),
    ("Kế hoạch năm 2023 ỦY BAN NHÂN DÂN TỈNH KON TUM", "Ủy ban nhân dân tỉnh Kon Tum", "Kế hoạch năm 2023"),
    ("Kế hoạch năm 2023 TỈNH  KON\tTUM \n", "Tỉnh Kon Tum", "Kế hoạch năm 2023"),
    ("Kế hoạch 2023 CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH KON TUM", "Ủy ban nhân dân tỉnh Kon Tum", "Kế hoạch 2023"),
    ("BỘ TƯ PHÁP", "BỘ TƯ PHÁP", "BỘ TƯ PHÁP"),  # nothing left: kept
    ("Kế hoạch của Bộ Tư pháp năm 2023", "BỘ TƯ PHÁP", "Kế hoạch của Bộ Tư pháp năm 2023"),
    ("Kế hoạch NĂM 2023 TƯ PHÁP", "BỘ TƯ PHÁP", "Kế hoạch NĂM 2023 TƯ PHÁP"),  # part of the name
    ("Kế hoạch năm 2023 XBỘ TƯ PHÁP", "BỘ TƯ PHÁP", "Kế hoạch năm 2023 XBỘ TƯ PHÁP"),  # inside a word
    ("Cải cách hành chính năm 2023 của Sở Nội vụ", "SỞ NỘI VỤ", "Cải cách hành chính năm 2023 của Sở Nội vụ"),
    ("KẾ HOẠCH PHỐI HỢP VỚI BỘ TƯ PHÁP", "BỘ TƯ PHÁP", "KẾ HOẠCH PHỐI HỢP VỚI BỘ TƯ PHÁP"),  # tied to it
]


@pytest.mark.parametrize(("title", "name", "trimmed"), TRIMS)
def test_trim_title(title: str, name: str, trimmed: str) -> None:
    assert header.trim_title(title, Organization(name=name)) == trimmed


def test_the_number_of_a_header_written_after_the_signature() -> None:
    """A DOCX whose header sat in text boxes: the extractor wrote them after the signature. With no
    number in the header, the one after "Số" at the foot is the document's own, and no citation."""
    text = "KẾ HOẠCH\nTổ chức Ngày hội Đại đoàn kết\n\n"
    text += "Thực hiện Hướng dẫn số 23/HD-MTTW-BTT ngày 05/8/2024.\n"
    text += "I. NỘI DUNG\n" + "Các khu dân cư tổ chức Ngày hội.\n" * 20
    text += "\nNơi nhận:\n- Lưu: VT.\n\nTM. BAN THƯỜNG TRỰC\nPHÓ CHỦ TỊCH\n\nPhạm Thị Ngọc Lan\n\n"
    text += "ỦY BAN MTTQ VIỆT NAM\nTỈNH QUẢNG NGÃI\nSố: 85/KH-MTTQ-BTT\n"
    text += "Quảng Ngãi, ngày 09 tháng 9 năm 2024\n"
    plan = vnplan.parse(text)
    assert plan.number is not None and plan.number.canonical == "85/KH-MTTQ-BTT"
    assert [r.number.canonical for r in plan.references if r.number] == ["23/HD-MTTW-BTT"]
    assert "number.in_foot" in {d.code for d in plan.diagnostics}
    unnumbered = vnplan.parse(text.replace("Số: 85/KH-MTTQ-BTT\n", ""))
    assert unnumbered.number is None
    cited = text.replace("Số: 85/KH-MTTQ-BTT\n", "") + "PHỤ LỤC\nTheo Quyết định số 12/QĐ-UBND.\n"
    assert vnplan.parse(cited).number is None  # a number an annex cites is not the document's
    annexed = cited.replace("PHỤ LỤC\n", "PHỤ LỤC\n(Kèm theo Kế hoạch số 85/KH-MTTQ-BTT)\n")
    annexed_number = vnplan.parse(annexed).number  # the annex names the document it goes with
    assert annexed_number is not None and annexed_number.canonical == "85/KH-MTTQ-BTT"
    headed = vnplan.parse("ỦY BAN MTTQ VIỆT NAM TỈNH QUẢNG NGÃI\nSố: 80/KH-MTTQ-BTT\n" + text)
    assert headed.number is not None and headed.number.canonical == "80/KH-MTTQ-BTT"  # the header's, first
