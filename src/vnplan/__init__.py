"""vnplan: Vietnamese administrative plans as typed, validated data.

>>> import vnplan
>>> header = "TỈNH UỶ QUẢNG TRỊ\\nSố 62-KH/TU\\nĐông Hà, ngày 07 tháng 9 năm 2017\\n"
>>> plan = vnplan.parse(header + "KẾ HOẠCH\\nTổng kết 10 năm")
>>> plan.number.canonical, plan.place, str(plan.issued_on)
('62-KH/TU', 'Đông Hà', '2017-09-07')
"""

from __future__ import annotations

from vnplan.api import MAX_INPUT_CHARS, find_references, parse, parse_number
from vnplan.batch import parse_file, parse_many
from vnplan.dates import find_dates, parse_date
from vnplan.errors import VnplanError
from vnplan.models import (
    DateMention,
    Deadline,
    Diagnostic,
    DocNumber,
    Organization,
    Period,
    Plan,
    Recipient,
    Reference,
    Signer,
    Span,
)
from vnplan.timeline import timeline

__version__ = "0.1.0"

__all__ = [
    "MAX_INPUT_CHARS",
    "DateMention",
    "Deadline",
    "Diagnostic",
    "DocNumber",
    "Organization",
    "Period",
    "Plan",
    "Recipient",
    "Reference",
    "Signer",
    "Span",
    "VnplanError",
    "__version__",
    "find_dates",
    "find_references",
    "parse",
    "parse_date",
    "parse_file",
    "parse_many",
    "parse_number",
    "timeline",
]
