"""Deadlines by level on a time axis, drawn with matplotlib (extra ``plot``).

One row per level in administrative order (Trung ương at the top, deadlines with
no level at the bottom). A deadline whose period spans days (``quý I năm 2018``) is a
bar from its start to its end; a single day, or a ``before``/``by`` deadline, is a
marker on its last day ("done by this day"). Each item is labelled with its date,
and with the document number when several plans share the axes.

>>> from datetime import date
>>> from vnplan.models import Deadline, Period, Plan
>>> q1 = Period(start=date(2018, 1, 1), end=date(2018, 3, 31), granularity="quarter")
>>> fig = timeline(Plan(deadlines=[Deadline(level="tinh", due=q1)]))
>>> fig.axes[0].get_yticklabels()[0].get_text()
'Cấp tỉnh'
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import TYPE_CHECKING

from vnplan.display import LEVEL_LABELS, LEVEL_ORDER, format_period
from vnplan.errors import VnplanError
from vnplan.models import Deadline, Plan

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

_POINT_RELATIONS = frozenset({"before", "by"})
_COLOURS = ("#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b")


def is_point(deadline: Deadline) -> bool:
    """True when a deadline is drawn as a marker on its last day rather than as a bar.

    >>> from datetime import date
    >>> from vnplan.models import Period
    >>> month = Period(start=date(2017, 10, 1), end=date(2017, 10, 31), granularity="month")
    >>> is_point(Deadline(due=month)), is_point(Deadline(due=month, relation="before"))
    (False, True)
    """
    return deadline.due.start == deadline.due.end or deadline.relation in _POINT_RELATIONS


def _name(plan: Plan) -> str:
    """What a plan is called on the chart: its number, else its file name."""
    if plan.number:
        return plan.number.canonical
    return os.path.basename(plan.source) if plan.source else "(no number)"


def timeline(
    plans_or_plan: Plan | Iterable[Plan],
    *,
    ax: Axes | None = None,
    path: str | os.PathLike[str] | None = None,
) -> Figure:
    """Draw the deadlines of one plan or several on a time axis, one row per level.

    Draws on ``ax`` when given, else on a new figure; saves a PNG (or any format
    matplotlib knows from the suffix) to ``path`` when given. Returns the figure;
    never opens a window.

    >>> from datetime import date
    >>> from vnplan.models import Deadline, DocNumber, Period, Plan
    >>> day = Period(start=date(2017, 10, 15), end=date(2017, 10, 15), granularity="day")
    >>> plan = Plan(number=DocNumber(raw="62-KH/TU", serial="62", canonical="62-KH/TU"),
    ...             deadlines=[Deadline(level="co_so", relation="before", due=day)])
    >>> timeline(plan).axes[0].get_title()
    'Deadlines by level — 62-KH/TU'
    """
    try:
        import numpy as np  # noqa: PLC0415 (optional, comes with matplotlib)
        from matplotlib.backends.backend_agg import FigureCanvasAgg  # noqa: PLC0415 (optional)
        from matplotlib.figure import Figure  # noqa: PLC0415 (optional)
    except ImportError as e:
        raise VnplanError("vnplan.timeline needs matplotlib: pip install 'vnplan[plot]'") from e

    plans = [plans_or_plan] if isinstance(plans_or_plan, Plan) else list(plans_or_plan)
    numbers = [_name(p) for p in plans]
    levels = [lvl for lvl in LEVEL_ORDER if any(d.level == lvl for p in plans for d in p.deadlines)]
    rows = {lvl: len(levels) - 1 - i for i, lvl in enumerate(levels)}

    if ax is None:
        fig = Figure(figsize=(9, 1.2 + 0.7 * max(len(levels), 1)), layout="constrained")
        FigureCanvasAgg(fig)
        ax = fig.add_subplot()
    else:
        fig = ax.figure.figure

    items = sorted(
        ((k, d) for k, p in enumerate(plans) for d in p.deadlines), key=lambda kd: (kd[1].due.end, kd[0])
    )
    markers_in_row = dict.fromkeys(levels, 0)
    for k, deadline in items:
        colour = _COLOURS[k % len(_COLOURS)]
        y = rows[deadline.level]
        due = deadline.due
        label = format_period(due) if len(plans) == 1 else f"{numbers[k]}: {format_period(due)}"
        if is_point(deadline):
            end = np.datetime64(due.end, "D")
            ax.plot(end, y, marker="D", markersize=9, color=colour, linestyle="none")
            # alternate labels above and below the row so that close days stay readable
            above = markers_in_row[deadline.level] % 2 == 0
            markers_in_row[deadline.level] += 1
            ax.annotate(
                label,
                (end, y),
                xytext=(0, 9 if above else -9),
                textcoords="offset points",
                ha="center",
                va="bottom" if above else "top",
                fontsize=8,
            )
        else:
            start, width = np.datetime64(due.start, "D"), np.timedelta64(due.days, "D")
            ax.barh(y, width, left=start, height=0.4, color=colour, alpha=0.6)
            ax.annotate(label, (start + width / 2, y), ha="center", va="center", fontsize=8)

    ax.set_yticks(list(rows.values()), [LEVEL_LABELS[lvl] for lvl in levels])
    ax.set_ylim(-0.7, max(len(levels), 1) - 0.3)
    ax.xaxis_date()
    ax.margins(x=0.08)
    ax.grid(axis="x", alpha=0.3)
    ax.set_title(f"Deadlines by level — {', '.join(numbers) if plans else '(no plan)'}")
    if not levels:
        ax.text(0.5, 0.5, "no deadlines", transform=ax.transAxes, ha="center", va="center", color="#666")
    if path is not None:
        fig.savefig(path, dpi=120)
    return fig
