"""A compact HTML card for a :class:`~vnplan.models.Plan`, for Jupyter and reports.

Jupyter shows the card by itself for a ``Plan`` (``Plan._repr_html_``); call
:func:`plan_html` to embed it elsewhere. Every value from the document is escaped.

>>> from vnplan.models import Plan
>>> "<b>" in plan_html(Plan(title="<b>"))
False
"""

from __future__ import annotations

from collections import Counter
from html import escape

from vnplan.models import Deadline, Level, Period, Plan, Severity

LEVEL_ORDER: tuple[Level | None, ...] = ("trung_uong", "tinh", "huyen", "xa", "co_so", None)
"""Levels in administrative order, from the centre down; ``None`` (no level named) last."""

LEVEL_LABELS: dict[Level | None, str] = {
    "trung_uong": "Trung ương",
    "tinh": "Cấp tỉnh",
    "huyen": "Cấp huyện",
    "xa": "Cấp xã",
    "co_so": "Cấp cơ sở",
    None: "Unassigned",
}
"""How each level is named on the card and on the timeline."""

_SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")
_TASK_CHARS = 120
_CELL = "padding:2px 8px;vertical-align:top;text-align:left"


def by_level(deadlines: list[Deadline]) -> list[tuple[Level | None, list[Deadline]]]:
    """Group deadlines by level in :data:`LEVEL_ORDER`, each group sorted by due date.

    >>> from datetime import date
    >>> day = Period(start=date(2017, 10, 15), end=date(2017, 10, 15), granularity="day")
    >>> [lvl for lvl, _ in by_level([Deadline(due=day), Deadline(level="tinh", due=day)])]
    ['tinh', None]
    """
    groups = [
        (level, sorted((d for d in deadlines if d.level == level), key=lambda d: (d.due.end, d.due.start)))
        for level in LEVEL_ORDER
    ]
    return [(level, items) for level, items in groups if items]


def format_period(period: Period) -> str:
    """Write a period in Vietnamese day/month/year order, as a range when it spans days.

    >>> from datetime import date
    >>> format_period(Period(start=date(2018, 1, 1), end=date(2018, 3, 31), granularity="quarter"))
    '01/01/2018 – 31/03/2018'
    """
    end = period.end.strftime("%d/%m/%Y")
    if period.start == period.end:
        return end
    return f"{period.start.strftime('%d/%m/%Y')} – {end}"


def plan_html(plan: Plan) -> str:
    """Render ``plan`` as a small self-contained HTML card (inline styles, escaped values).

    >>> from datetime import date
    >>> from vnplan.models import DocNumber, Organization
    >>> card = plan_html(Plan(number=DocNumber(raw="62-KH/TU", serial="62", canonical="62-KH/TU"),
    ...                       issuer=Organization(name="Tỉnh uỷ Quảng Trị"), issued_on=date(2017, 9, 7)))
    >>> "62-KH/TU" in card and "Tỉnh uỷ Quảng Trị" in card and "07/09/2017" in card
    True
    """
    number = plan.number.canonical if plan.number else "(no number)"
    issuer = plan.issuer.name if plan.issuer else "(no issuer)"
    where_when = ", ".join(
        part for part in (plan.place, plan.issued_on.strftime("%d/%m/%Y") if plan.issued_on else None) if part
    )
    head = [f"<strong>{escape(number)}</strong> · {escape(issuer)}"]
    meta = " · ".join(escape(part) for part in (plan.doc_type, where_when) if part)
    if meta:
        head.append(meta)
    if plan.title:
        head.append(f"<em>{escape(plan.title)}</em>")

    rows = []
    for level, items in by_level(plan.deadlines):
        entries = "<br>".join(_deadline_html(d) for d in items)
        label = escape(LEVEL_LABELS[level])
        rows.append(f'<tr><th style="{_CELL}">{label}</th><td style="{_CELL}">{entries}</td></tr>')
    deadlines = (
        f'<table style="border-collapse:collapse;margin:4px 0">{"".join(rows)}</table>'
        if rows
        else "<div>No deadlines</div>"
    )

    severities = Counter(d.severity for d in plan.diagnostics)
    diagnostics = ", ".join(f"{severities[s]} {s}" for s in _SEVERITIES if severities[s]) or "none"
    counts = (
        f"{len(plan.references)} references · {len(plan.recipients)} recipients · diagnostics: {diagnostics}"
    )
    return (
        '<div class="vnplan-plan" style="border:1px solid #ccc;border-radius:4px;padding:6px 10px;'
        'font-family:sans-serif;font-size:13px;max-width:60em">'
        + "".join(f"<div>{line}</div>" for line in head)
        + deadlines
        + f'<div style="color:#666">{escape(counts)}</div></div>'
    )


def _deadline_html(deadline: Deadline) -> str:
    when = escape(format_period(deadline.due))
    if deadline.relation:
        when = f"{escape(deadline.relation)} {when}"
    task = f" — {escape(_shorten(deadline.task))}" if deadline.task else ""
    return f"<strong>{when}</strong>{task}"


def _shorten(text: str, limit: int = _TASK_CHARS) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
