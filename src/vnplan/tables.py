"""Plans as flat tables: rows of dicts, pandas DataFrames, CSV and Parquet files.

Each table has a fixed list of columns, given below with their kind (the column
constants are the reference; ``docs/etl.md`` lists them too). Every row starts
with ``doc_id``: the plan's ``source`` (the file path) when it has one, else its
0-based position in the input. List tables (deadlines, references, recipients,
diagnostics) have one row per list item, with ``index`` its position in the list.

=========  ================  =====================  ===============  ==============
kind       :func:`rows`      :func:`to_frame`       Parquet          CSV
=========  ================  =====================  ===============  ==============
string     ``str`` / None    ``string``             ``string``       text / empty
bool       ``bool`` / None   ``boolean``            ``bool``         true / false
int        ``int`` / None    ``Int64``              ``int64``        digits
date       ``date`` / None   ``datetime64[s]``      ``date32``       ISO 8601
=========  ================  =====================  ===============  ==============

Dates become ``datetime64[s]`` in pandas, not ``[ns]``: seconds cover every
``datetime.date`` (years 1 to 9999) where nanoseconds stop in 2262, and a
garbled year must not turn into a wrong date or a crash.

>>> from datetime import date
>>> from vnplan.models import Deadline, Period, Plan
>>> plan = Plan(source="a.txt", deadlines=[Deadline(level="tinh", due=Period(
...     start=date(2018, 1, 1), end=date(2018, 3, 31), granularity="quarter"))])
>>> row = next(rows([plan], "deadlines"))
>>> row["doc_id"], row["index"], row["level"], row["end"]
('a.txt', 0, 'tinh', datetime.date(2018, 3, 31))
"""

from __future__ import annotations

import csv
import importlib
import os
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from itertools import islice
from types import ModuleType
from typing import IO, Any, Literal, get_args

from vnplan.errors import VnplanError
from vnplan.models import Plan, Span

Table = Literal["plans", "deadlines", "references", "recipients", "diagnostics"]
Kind = Literal["string", "bool", "int", "date"]
Value = str | int | bool | date | None
Row = dict[str, Value]

TABLE_NAMES: tuple[str, ...] = get_args(Table)

PLAN_COLUMNS: dict[str, Kind] = {
    "doc_id": "string",
    "ok": "bool",  # no error diagnostic
    "doc_type": "string",
    "number": "string",  # DocNumber.canonical
    "number_raw": "string",
    "issuer": "string",  # Organization.name
    "place": "string",
    "issued_on": "date",
    "title": "string",
    "signer_mode": "string",
    "signer_authority": "string",
    "signer_position": "string",
    "signer_name": "string",
    "signer_signed": "bool",  # null when there is no signer
    "n_references": "int",
    "n_deadlines": "int",
    "n_recipients": "int",
    "n_diagnostics": "int",
    "errors": "string",  # codes of the error diagnostics, joined by " ", null when ok
}
"""Columns of the ``plans`` table: one row per document."""

DEADLINE_COLUMNS: dict[str, Kind] = {
    "doc_id": "string",
    "index": "int",
    "level": "string",
    "level_text": "string",
    "task": "string",
    "relation": "string",
    "start": "date",  # Deadline.due.start
    "end": "date",  # Deadline.due.end, inclusive
    "granularity": "string",
    "approximate": "bool",
    "recurrence": "string",
    "due_text": "string",  # Deadline.due.text, the date phrase
    "span_start": "int",
    "span_end": "int",
}
"""Columns of the ``deadlines`` table: one row per deadline."""

REFERENCE_COLUMNS: dict[str, Kind] = {
    "doc_id": "string",
    "index": "int",
    "doc_type": "string",
    "number": "string",  # DocNumber.canonical
    "number_raw": "string",
    "issued_on": "date",
    "issuer": "string",
    "title": "string",
    "n_mentions": "int",
    "span_start": "int",  # the first mention
    "span_end": "int",
}
"""Columns of the ``references`` table: one row per cited document."""

RECIPIENT_COLUMNS: dict[str, Kind] = {
    "doc_id": "string",
    "index": "int",
    "name": "string",
    "note": "string",
    "is_archive": "bool",
    "span_start": "int",
    "span_end": "int",
}
"""Columns of the ``recipients`` table: one row per *Nơi nhận* entry."""

DIAGNOSTIC_COLUMNS: dict[str, Kind] = {
    "doc_id": "string",
    "index": "int",
    "code": "string",
    "severity": "string",
    "message": "string",
    "span_start": "int",
    "span_end": "int",
}
"""Columns of the ``diagnostics`` table: one row per diagnostic."""

COLUMNS: dict[str, dict[str, Kind]] = {
    "plans": PLAN_COLUMNS,
    "deadlines": DEADLINE_COLUMNS,
    "references": REFERENCE_COLUMNS,
    "recipients": RECIPIENT_COLUMNS,
    "diagnostics": DIAGNOSTIC_COLUMNS,
}
"""The columns of every table, by table name."""


def _span_columns(span: Span | None) -> Row:
    return {"span_start": span.start if span else None, "span_end": span.end if span else None}


def _plan_rows(doc_id: str, plan: Plan) -> Iterator[Row]:
    signer = plan.signer
    errors = [d.code for d in plan.diagnostics if d.severity == "error"]
    yield {
        "doc_id": doc_id,
        "ok": not errors,
        "doc_type": plan.doc_type,
        "number": plan.number.canonical if plan.number else None,
        "number_raw": plan.number.raw if plan.number else None,
        "issuer": plan.issuer.name if plan.issuer else None,
        "place": plan.place,
        "issued_on": plan.issued_on,
        "title": plan.title,
        "signer_mode": signer.mode if signer else None,
        "signer_authority": signer.authority if signer else None,
        "signer_position": signer.position if signer else None,
        "signer_name": signer.name if signer else None,
        "signer_signed": signer.signed if signer else None,
        "n_references": len(plan.references),
        "n_deadlines": len(plan.deadlines),
        "n_recipients": len(plan.recipients),
        "n_diagnostics": len(plan.diagnostics),
        "errors": " ".join(errors) or None,
    }


def _deadline_rows(doc_id: str, plan: Plan) -> Iterator[Row]:
    for i, d in enumerate(plan.deadlines):
        yield {
            "doc_id": doc_id,
            "index": i,
            "level": d.level,
            "level_text": d.level_text,
            "task": d.task,
            "relation": d.relation,
            "start": d.due.start,
            "end": d.due.end,
            "granularity": d.due.granularity,
            "approximate": d.due.approximate,
            "recurrence": d.due.recurrence,
            "due_text": d.due.text,
            **_span_columns(d.span),
        }


def _reference_rows(doc_id: str, plan: Plan) -> Iterator[Row]:
    for i, r in enumerate(plan.references):
        first = r.mentions[0] if r.mentions else None
        yield {
            "doc_id": doc_id,
            "index": i,
            "doc_type": r.doc_type,
            "number": r.number.canonical if r.number else None,
            "number_raw": r.number.raw if r.number else None,
            "issued_on": r.issued_on,
            "issuer": r.issuer,
            "title": r.title,
            "n_mentions": len(r.mentions),
            **_span_columns(first),
        }


def _recipient_rows(doc_id: str, plan: Plan) -> Iterator[Row]:
    for i, r in enumerate(plan.recipients):
        yield {
            "doc_id": doc_id,
            "index": i,
            "name": r.name,
            "note": r.note,
            "is_archive": r.is_archive,
            **_span_columns(r.span),
        }


def _diagnostic_rows(doc_id: str, plan: Plan) -> Iterator[Row]:
    for i, d in enumerate(plan.diagnostics):
        yield {
            "doc_id": doc_id,
            "index": i,
            "code": d.code,
            "severity": d.severity,
            "message": d.message,
            **_span_columns(d.span),
        }


_ROWS: dict[str, Callable[[str, Plan], Iterator[Row]]] = {
    "plans": _plan_rows,
    "deadlines": _deadline_rows,
    "references": _reference_rows,
    "recipients": _recipient_rows,
    "diagnostics": _diagnostic_rows,
}


def _columns(table: str) -> dict[str, Kind]:
    if table not in COLUMNS:
        raise ValueError(f"unknown table {table!r}; choose one of {', '.join(TABLE_NAMES)}")
    return COLUMNS[table]


def rows(plans: Iterable[Plan], table: Table = "plans") -> Iterator[Row]:
    """Flatten plans into rows of one table, lazily, with the columns of ``COLUMNS[table]`` in order.

    >>> [r["doc_id"] for r in rows([Plan(), Plan(source="b.txt")])]
    ['0', 'b.txt']
    """
    _columns(table)
    make = _ROWS[table]
    for i, plan in enumerate(plans):
        yield from make(plan.source if plan.source is not None else str(i), plan)


def _require(module: str, extra: str, what: str) -> ModuleType:
    """Import an optional library, or say which extra installs it."""
    try:
        return importlib.import_module(module)
    except ImportError as e:
        raise VnplanError(f"{what} needs {module}: pip install 'vnplan[{extra}]'") from e


def to_frame(plans: Iterable[Plan], table: Table = "plans") -> Any:
    """A pandas ``DataFrame`` of one table, with the dtypes of the module doc (needs ``vnplan[pandas]``).

    >>> df = to_frame([Plan(source="a.txt")])
    >>> df.loc[0, "doc_id"], str(df["ok"].dtype), str(df["issued_on"].dtype)
    ('a.txt', 'boolean', 'datetime64[s]')
    """
    pd = _require("pandas", "pandas", "to_frame")
    np = importlib.import_module("numpy")
    columns = _columns(table)
    data: dict[str, list[Value]] = {name: [] for name in columns}
    for row in rows(plans, table):
        for name, values in data.items():
            values.append(row[name])
    dtypes = {"string": "string", "bool": "boolean", "int": "Int64"}
    series = {
        name: pd.Series(np.array(data[name], dtype="datetime64[D]").astype("datetime64[s]"), name=name)
        if kind == "date"
        else pd.Series(data[name], dtype=dtypes[kind], name=name)
        for name, kind in columns.items()
    }
    return pd.DataFrame(series, columns=list(columns))


def arrow_schema(table: Table = "plans") -> Any:
    """The explicit ``pyarrow.Schema`` of a table in Parquet (needs ``vnplan[parquet]``).

    >>> str(arrow_schema("recipients").field("is_archive").type)
    'bool'
    """
    pa = _require("pyarrow", "parquet", "Parquet output")
    types = {"string": pa.string(), "bool": pa.bool_(), "int": pa.int64(), "date": pa.date32()}
    return pa.schema([pa.field(name, types[kind]) for name, kind in _columns(table).items()])


def write_parquet(
    plans: Iterable[Plan],
    path: str | os.PathLike[str],
    table: Table = "plans",
    *,
    row_group_size: int = 2_000,
) -> int:
    """Stream one table into a Parquet file, ``row_group_size`` rows at a time; return the row count.

    Memory holds one row group, whatever the number of plans (needs ``vnplan[parquet]``).

    >>> import tempfile, pyarrow.parquet as pq
    >>> with tempfile.TemporaryDirectory() as d:
    ...     write_parquet([Plan(source="a.txt")], f"{d}/plans.parquet")
    ...     pq.read_table(f"{d}/plans.parquet").column("doc_id").to_pylist()
    1
    ['a.txt']
    """
    schema = arrow_schema(table)
    pa = importlib.import_module("pyarrow")
    pq = importlib.import_module("pyarrow.parquet")
    count = 0
    stream = rows(plans, table)
    with pq.ParquetWriter(os.fspath(path), schema) as writer:
        while True:
            group: dict[str, list[Value]] = {name: [] for name in schema.names}
            for row in islice(stream, row_group_size):
                for name, values in group.items():
                    values.append(row[name])
            size = len(group["doc_id"])
            if not size:
                return count
            writer.write_table(pa.Table.from_pydict(group, schema=schema))
            count += size


def _csv_cell(value: Value) -> str | int:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, date):
        return value.isoformat()
    return value


def write_csv(plans: Iterable[Plan], file: IO[str], table: Table = "plans") -> int:
    """Stream one table as CSV (header first) into an open text file; return the row count.

    Empty cells are nulls, booleans are ``true``/``false``, dates ISO 8601.
    Open the file with ``newline=""`` as the :mod:`csv` module asks.

    >>> import io
    >>> out = io.StringIO()
    >>> write_csv([Plan(source="a.txt")], out, "plans")
    1
    >>> out.getvalue().splitlines()[1][:14]
    'a.txt,true,,,,'
    """
    columns = _columns(table)
    writer = csv.writer(file)
    writer.writerow(columns)
    count = 0
    for row in rows(plans, table):
        writer.writerow([_csv_cell(row[name]) for name in columns])
        count += 1
    return count
