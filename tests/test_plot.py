"""The deadline timeline renders to a real PNG, from a hand-built Plan and from the parser."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

import vnplan
from vnplan.errors import VnplanError
from vnplan.models import Deadline, DocNumber, Period, Plan

mpl_figure = pytest.importorskip("matplotlib.figure", reason="the timeline needs the plot extra (matplotlib)")

SEED = Path(__file__).parent / "fixtures" / "corpus" / "docs" / "000_cc0e656a704f545a.txt"
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def _day(d: date) -> Period:
    return Period(start=d, end=d, granularity="day")


def seed_plan_by_hand() -> Plan:
    """The deadlines of the gold file of the seed 62-KH/TU, without the parser."""
    return Plan(
        number=DocNumber(raw="62-KH/TU", serial="62", type_code="KH", issuer_code="TU", canonical="62-KH/TU"),
        deadlines=[
            Deadline(level="co_so", relation="before", due=_day(date(2017, 10, 15))),
            Deadline(level="huyen", relation="before", due=_day(date(2017, 11, 15))),
            Deadline(level="huyen", relation="before", due=_day(date(2017, 11, 17))),
            Deadline(
                level="tinh", due=Period(start=date(2018, 1, 1), end=date(2018, 3, 31), granularity="quarter")
            ),
        ],
    )


def assert_png(path: Path) -> None:
    data = path.read_bytes()
    assert data[:8] == PNG_MAGIC
    assert len(data) > 10_000
    image_module = pytest.importorskip("PIL.Image")
    with image_module.open(path) as image:
        image.load()
        assert image.width > 400 and image.height > 150
        colours = image.convert("RGB").getcolors(maxcolors=1 << 20)
        assert colours is not None and len(colours) > 1


def test_hand_built_seed_plan_renders(tmp_path: Path) -> None:
    path = tmp_path / "timeline.png"
    fig = vnplan.timeline(seed_plan_by_hand(), path=path)
    assert_png(path)
    ax = fig.axes[0]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Cấp tỉnh", "Cấp huyện", "Cấp cơ sở"]
    assert ax.get_title() == "Deadlines by level — 62-KH/TU"
    labels = {t.get_text() for t in ax.texts}
    assert {"15/10/2017", "15/11/2017", "17/11/2017", "01/01/2018 – 31/03/2018"} <= labels
    assert len(ax.patches) == 1  # one bar: the quarter; the three "before" deadlines are markers
    assert len(ax.lines) == 3


def test_plan_method_and_several_plans(tmp_path: Path) -> None:
    other = Plan(
        number=DocNumber(raw="15/KH-TLĐ", serial="15", canonical="15/KH-TLĐ"),
        deadlines=[Deadline(level=None, due=_day(date(2017, 12, 31)))],
    )
    unnumbered = Plan(
        source="corpus/doc_009.txt", deadlines=[Deadline(level="xa", due=_day(date(2018, 5, 1)))]
    )
    fig = vnplan.timeline([seed_plan_by_hand(), other, unnumbered], path=tmp_path / "two.png")
    ax = fig.axes[0]
    assert ax.get_title() == "Deadlines by level — 62-KH/TU, 15/KH-TLĐ, doc_009.txt"
    assert "doc_009.txt: 01/05/2018" in {t.get_text() for t in ax.texts}
    assert ax.get_yticklabels()[-1].get_text() == "Unassigned"
    assert "15/KH-TLĐ: 31/12/2017" in {t.get_text() for t in ax.texts}
    assert_png(tmp_path / "two.png")
    assert seed_plan_by_hand().timeline().axes[0].get_title() == "Deadlines by level — 62-KH/TU"


def test_draws_on_given_axes() -> None:
    fig = mpl_figure.Figure()
    ax = fig.add_subplot()
    assert vnplan.timeline(seed_plan_by_hand(), ax=ax) is fig
    assert len(ax.patches) == 1


def test_empty_plan_still_renders(tmp_path: Path) -> None:
    fig = vnplan.timeline(Plan(), path=tmp_path / "empty.png")
    assert "no deadlines" in {t.get_text() for t in fig.axes[0].texts}
    assert (tmp_path / "empty.png").read_bytes()[:8] == PNG_MAGIC


def test_missing_matplotlib_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib.figure", None)
    with pytest.raises(VnplanError, match=r"vnplan\[plot\]"):
        vnplan.timeline(Plan())


def test_parsed_seed_plan_renders(tmp_path: Path) -> None:
    plan = vnplan.parse(SEED.read_text(encoding="utf-8"))
    if not plan.deadlines:
        pytest.skip("vnplan.parse finds no deadline in the seed 62-KH/TU yet (parse spine unfinished)")
    path = tmp_path / "parsed.png"
    fig = plan.timeline(path=path)
    assert_png(path)
    ticks = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert ticks == ["Cấp tỉnh", "Cấp huyện", "Cấp cơ sở"]
