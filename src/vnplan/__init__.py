"""vnplan: Vietnamese administrative plans as typed, validated data.

>>> import vnplan
>>> header = "TỈNH UỶ QUẢNG TRỊ\\nSố 62-KH/TU\\nĐông Hà, ngày 07 tháng 9 năm 2017\\n"
>>> plan = vnplan.parse(header + "KẾ HOẠCH\\nTổng kết 10 năm")
>>> plan.number.canonical, plan.place, str(plan.issued_on)
('62-KH/TU', 'Đông Hà', '2017-09-07')

The public names load on first use (PEP 562), so ``import vnplan`` costs a few milliseconds and a
command such as ``vnplan --help`` starts at once; the first :func:`parse` loads the pipeline,
Pydantic models included.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from vnplan.errors import VnplanError

if TYPE_CHECKING:
    from vnplan.api import MAX_INPUT_CHARS, find_references, parse, parse_number
    from vnplan.batch import parse_file, parse_many
    from vnplan.dates import find_dates, parse_date
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
    from vnplan.plot import timeline

__version__ = "0.1.0"

_EXPORTS = {
    "vnplan.api": ("MAX_INPUT_CHARS", "find_references", "parse", "parse_number"),
    "vnplan.batch": ("parse_file", "parse_many"),
    "vnplan.dates": ("find_dates", "parse_date"),
    "vnplan.models": (
        *("DateMention", "Deadline", "Diagnostic", "DocNumber", "Organization", "Period"),
        *("Plan", "Recipient", "Reference", "Signer", "Span"),
    ),
    "vnplan.plot": ("timeline",),
}
_HOME = {name: module for module, names in _EXPORTS.items() for name in names}


def __getattr__(name: str) -> Any:
    home = _HOME.get(name)
    if home is None:
        raise AttributeError(f"module 'vnplan' has no attribute {name!r}")
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value  # later lookups skip this function
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


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
