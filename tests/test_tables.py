"""vnplan.tables: flat rows, DataFrames, CSV and Parquet with stable columns and types."""

from __future__ import annotations

import csv
import importlib
import io
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from vnplan.errors import VnplanError
from vnplan.models import (
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
from vnplan.tables import (
    COLUMNS,
    TABLE_NAMES,
    arrow_schema,
    rows,
    to_frame,
    write_csv,
    write_parquet,
)

pa = importlib.import_module("pyarrow")  # untyped: used as module objects
pq = importlib.import_module("pyarrow.parquet")

FULL = Plan(
    source="docs/a.txt",
    doc_type="Kế hoạch",
    number=DocNumber(raw="62-KH/TU", serial="62", type_code="KH", issuer_code="TU", canonical="62-KH/TU"),
    issuer=Organization(name="Tỉnh ủy Quảng Trị"),
    place="Đông Hà",
    issued_on=date(2017, 9, 7),
    title="Tổng kết 10 năm",
    references=[
        Reference(
            doc_type="Nghị quyết",
            number=DocNumber(raw="11-NQ/TU", serial="11", canonical="11-NQ/TU"),
            issued_on=date(2008, 7, 20),
            mentions=[Span(start=10, end=20), Span(start=50, end=60)],
        ),
        Reference(doc_type="Luật"),
    ],
    deadlines=[
        Deadline(
            level="tinh",
            task="Tổng kết",
            relation="within",
            due=Period(start=date(2018, 1, 1), end=date(2018, 3, 31), granularity="quarter", text="quý I"),
            span=Span(start=100, end=120),
        ),
        Deadline(due=Period(start=date(2017, 10, 15), end=date(2017, 10, 15), granularity="day")),
    ],
    recipients=[Recipient(name="Ban Bí thư", note="b/c"), Recipient(name="Lưu VPTU", is_archive=True)],
    signer=Signer(mode="TM", authority="BAN THƯỜNG VỤ", name="Phạm Đức Châu", signed=True),
    diagnostics=[Diagnostic(code="x.y", message="odd", severity="warning")],
)
BAD = Plan(diagnostics=[Diagnostic(code="input.undecodable", message="bad bytes", severity="error")])
PLANS = [FULL, BAD, Plan()]


def test_every_row_has_the_documented_columns_in_order() -> None:
    assert set(TABLE_NAMES) == set(COLUMNS)
    for table in TABLE_NAMES:
        out = list(rows(PLANS, table))  # type: ignore[arg-type]
        assert out, table
        for row in out:
            assert list(row) == list(COLUMNS[table]), table


def test_plans_table() -> None:
    full, bad, empty = rows(PLANS)
    assert full["doc_id"] == "docs/a.txt"
    assert (bad["doc_id"], empty["doc_id"]) == ("1", "2")  # no source: the position
    assert full["ok"] is True and full["errors"] is None
    assert bad["ok"] is False and bad["errors"] == "input.undecodable"
    assert full["number"] == "62-KH/TU" and full["issuer"] == "Tỉnh ủy Quảng Trị"
    assert full["issued_on"] == date(2017, 9, 7)
    assert (full["n_references"], full["n_deadlines"], full["n_recipients"], full["n_diagnostics"]) == (
        2,
        2,
        2,
        1,
    )
    assert (full["signer_mode"], full["signer_signed"]) == ("TM", True)
    assert empty["signer_signed"] is None and empty["number"] is None


def test_list_tables() -> None:
    deadlines = list(rows(PLANS, "deadlines"))
    assert [(r["doc_id"], r["index"], r["level"]) for r in deadlines] == [
        ("docs/a.txt", 0, "tinh"),
        ("docs/a.txt", 1, None),
    ]
    assert (deadlines[0]["start"], deadlines[0]["end"]) == (date(2018, 1, 1), date(2018, 3, 31))
    assert (deadlines[0]["span_start"], deadlines[1]["span_start"]) == (100, None)
    references = list(rows(PLANS, "references"))
    assert [(r["number"], r["n_mentions"], r["span_start"]) for r in references] == [
        ("11-NQ/TU", 2, 10),
        (None, 0, None),
    ]
    recipients = list(rows(PLANS, "recipients"))
    assert [(r["name"], r["note"], r["is_archive"]) for r in recipients] == [
        ("Ban Bí thư", "b/c", False),
        ("Lưu VPTU", None, True),
    ]
    diagnostics = list(rows(PLANS, "diagnostics"))
    assert [(r["doc_id"], r["code"], r["severity"]) for r in diagnostics] == [
        ("docs/a.txt", "x.y", "warning"),
        ("1", "input.undecodable", "error"),
    ]


def test_unknown_table() -> None:
    with pytest.raises(ValueError, match="unknown table 'plan'"):
        list(rows(PLANS, "plan"))  # type: ignore[arg-type]


def test_rows_are_lazy() -> None:
    def endless() -> Iterator[Plan]:
        while True:
            yield FULL

    it = rows(endless(), "deadlines")
    assert [next(it)["index"] for _ in range(5)] == [0, 1, 0, 1, 0]


def test_to_frame_dtypes() -> None:
    df = to_frame(PLANS)
    assert list(df.columns) == list(COLUMNS["plans"])
    assert len(df) == 3
    assert str(df["doc_id"].dtype) == "string"
    assert str(df["ok"].dtype) == "boolean"
    assert str(df["n_deadlines"].dtype) == "Int64"
    assert str(df["issued_on"].dtype) == "datetime64[s]"
    assert df.loc[0, "issued_on"].date() == date(2017, 9, 7)
    assert df["issued_on"].isna().tolist() == [False, True, True]
    assert df["signer_signed"].isna().tolist() == [False, True, True]


def test_to_frame_of_nothing_keeps_columns_and_dtypes() -> None:
    df = to_frame([], "deadlines")
    assert list(df.columns) == list(COLUMNS["deadlines"]) and len(df) == 0
    assert str(df["end"].dtype) == "datetime64[s]" and str(df["index"].dtype) == "Int64"


def test_to_frame_keeps_dates_past_2262() -> None:
    far = Plan(
        deadlines=[Deadline(due=Period(start=date(9999, 1, 1), end=date(9999, 12, 31), granularity="y"))]
    )
    assert to_frame([far], "deadlines").loc[0, "end"].year == 9999


def test_missing_pandas_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(VnplanError, match=r"pip install 'vnplan\[pandas\]'"):
        to_frame(PLANS)


def test_missing_pyarrow_names_the_extra(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    with pytest.raises(VnplanError, match=r"pip install 'vnplan\[parquet\]'"):
        write_parquet(PLANS, tmp_path / "x.parquet")


def test_parquet_schema_and_values(tmp_path: Path) -> None:
    path = tmp_path / "deadlines.parquet"
    assert write_parquet(PLANS, path, "deadlines") == 2
    back = pq.read_table(path)
    assert back.schema.equals(arrow_schema("deadlines"))
    assert back.schema.field("end").type == pa.date32()
    assert back.schema.field("approximate").type == pa.bool_()
    assert back.column("end").to_pylist() == [date(2018, 3, 31), date(2017, 10, 15)]
    assert back.to_pylist() == list(rows(PLANS, "deadlines"))


def test_parquet_streams_in_row_groups(tmp_path: Path) -> None:
    path = tmp_path / "plans.parquet"
    assert write_parquet([FULL] * 25, path, row_group_size=10) == 25
    meta = pq.ParquetFile(path).metadata
    assert (meta.num_row_groups, meta.num_rows) == (3, 25)


def test_parquet_of_nothing_is_a_valid_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.parquet"
    assert write_parquet([], path, "recipients") == 0
    assert pq.read_table(path).num_rows == 0
    assert pq.read_schema(path).names == list(COLUMNS["recipients"])


def test_csv() -> None:
    out = io.StringIO()
    assert write_csv(PLANS, out, "plans") == 3
    header, full, bad, _ = list(csv.reader(io.StringIO(out.getvalue())))
    assert header == list(COLUMNS["plans"])
    cell = dict(zip(header, full, strict=True))
    assert cell["doc_id"] == "docs/a.txt"
    assert (cell["ok"], cell["issued_on"], cell["n_deadlines"], cell["errors"]) == (
        "true",
        "2017-09-07",
        "2",
        "",
    )
    assert dict(zip(header, bad, strict=True))["ok"] == "false"
