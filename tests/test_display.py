"""The HTML card of a Plan: content, administrative order of levels, escaping."""

from __future__ import annotations

from datetime import date

from vnplan.display import plan_html
from vnplan.models import (
    Deadline,
    Diagnostic,
    DocNumber,
    Organization,
    Period,
    Plan,
    Recipient,
    Reference,
)


def _day(d: date) -> Period:
    return Period(start=d, end=d, granularity="day")


def _plan(**overrides: object) -> Plan:
    fields: dict[str, object] = {
        "doc_type": "Kế hoạch",
        "number": DocNumber(
            raw="Số 62-KH/TU", serial="62", type_code="KH", issuer_code="TU", canonical="62-KH/TU"
        ),
        "issuer": Organization(name="Tỉnh uỷ Quảng Trị"),
        "place": "Đông Hà",
        "issued_on": date(2017, 9, 7),
        "title": "Tổng kết 10 năm thực hiện Nghị quyết số 11-NQ/TU",
        "deadlines": [
            Deadline(
                level="tinh", due=Period(start=date(2018, 1, 1), end=date(2018, 3, 31), granularity="quarter")
            ),
            Deadline(
                level="co_so",
                relation="before",
                task="Hoàn thành việc tổng kết",
                due=_day(date(2017, 10, 15)),
            ),
            Deadline(level=None, due=_day(date(2017, 12, 1))),
            Deadline(level="huyen", relation="before", due=_day(date(2017, 11, 17))),
            Deadline(level="huyen", relation="before", due=_day(date(2017, 11, 15))),
        ],
        "references": [Reference(doc_type="Nghị quyết"), Reference(doc_type="Nghị quyết")],
        "recipients": [Recipient(name="Ban Dân vận TW"), Recipient(name="Lưu VPTU", is_archive=True)],
        "diagnostics": [
            Diagnostic(code="a", message="m", severity="warning"),
            Diagnostic(code="b", message="m"),
            Diagnostic(code="c", message="m"),
        ],
    }
    fields.update(overrides)
    return Plan.model_validate(fields)


def test_card_shows_header_fields() -> None:
    card = plan_html(_plan())
    for text in ("62-KH/TU", "Tỉnh uỷ Quảng Trị", "Đông Hà, 07/09/2017", "Kế hoạch", "Tổng kết 10 năm"):
        assert text in card


def test_levels_in_administrative_order_with_dates() -> None:
    card = plan_html(_plan())
    positions = [card.index(label) for label in ("Cấp tỉnh", "Cấp huyện", "Cấp cơ sở", "Unassigned")]
    assert positions == sorted(positions)
    assert "Trung ương" not in card and "Cấp xã" not in card
    assert "01/01/2018 – 31/03/2018" in card
    assert card.index("15/11/2017") < card.index("17/11/2017")  # sorted by date inside a level
    assert "before 15/10/2017</strong> — Hoàn thành việc tổng kết" in card


def test_counts() -> None:
    card = plan_html(_plan())
    assert "2 references · 2 recipients · diagnostics: 1 warning, 2 info" in card
    assert "diagnostics: none" in plan_html(Plan())


def test_values_are_escaped() -> None:
    hostile = '<script>alert("x")</script> & co'
    card = plan_html(
        _plan(
            title=hostile,
            issuer=Organization(name=hostile),
            place=hostile,
            deadlines=[Deadline(level="xa", task=hostile, due=_day(date(2020, 1, 1)))],
        )
    )
    assert "<script>" not in card
    assert card.count("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co") == 4


def test_long_tasks_are_shortened() -> None:
    task = "Việc tổng kết " * 30
    card = plan_html(_plan(deadlines=[Deadline(level="xa", task=task, due=_day(date(2020, 1, 1)))]))
    assert task not in card and "Việc tổng kết Việc" in card and "…" in card


def test_empty_plan_and_repr_html() -> None:
    plan = Plan()
    assert plan._repr_html_() == plan_html(plan)
    assert "(no number)" in plan_html(plan) and "No deadlines" in plan_html(plan)
