"""vnplan on Spark (extra ``spark``): parse a column of texts or paths on the executors.

The Spark schema is derived from the Pydantic models, so a field added to a model
appears in Spark with no change here. :func:`parse_column` adds a struct column
holding ``Plan.model_dump()`` (dates as ``DateType``); :func:`explode_deadlines`
and :func:`explode_references` give one flat row per deadline or reference.

>>> from vnplan.models import Period
>>> spark_schema(Period)["start"].dataType.simpleString()
'date'
"""

from __future__ import annotations

import functools
import types
import typing
from collections.abc import Iterator, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any, Literal, get_args, get_origin

from pydantic import BaseModel

from vnplan.api import parse
from vnplan.batch import parse_file
from vnplan.errors import VnplanError
from vnplan.models import Deadline, Plan, Reference

if TYPE_CHECKING:
    from pyspark.sql import Column, DataFrame
    from pyspark.sql.types import DataType, StructType

Kind = Literal["text", "path"]


def _pyspark_types() -> types.ModuleType:
    try:
        from pyspark.sql import types as spark_types  # noqa: PLC0415 (optional)
    except ImportError as e:
        raise VnplanError("vnplan.spark needs pyspark: pip install 'vnplan[spark]'") from e
    return spark_types


def spark_schema(model: type[BaseModel]) -> StructType:
    """The Spark ``StructType`` of a Pydantic model, derived from its fields.

    ``str`` and string ``Literal`` → string, ``int`` → long, ``bool`` → boolean,
    ``date`` → date, ``X | None`` → nullable, ``list[X]`` → array, a model → struct.

    >>> from vnplan.models import Span
    >>> spark_schema(Span).simpleString()
    'struct<start:bigint,end:bigint>'
    """
    t = _pyspark_types()
    fields = []
    for name, info in model.model_fields.items():
        try:
            data_type, nullable = _spark_type(info.annotation)
        except TypeError as e:
            raise TypeError(f"{model.__name__}.{name}: {e}") from None
        fields.append(t.StructField(name, data_type, nullable=nullable))
    schema: StructType = t.StructType(fields)
    return schema


def _spark_type(annotation: Any) -> tuple[DataType, bool]:
    """The Spark type of one annotation, and whether it is nullable."""
    t = _pyspark_types()
    origin = get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in get_args(annotation) if a is not type(None)]
        if len(args) != 1:
            raise TypeError(f"no Spark type for the union {annotation!r}")
        return _spark_type(args[0])[0], True
    if origin is Literal:
        kinds = {type(v) for v in get_args(annotation)}
        if kinds != {str}:
            raise TypeError(f"only string literals map to Spark, not {annotation!r}")
        return t.StringType(), False
    if origin is list:
        element, element_nullable = _spark_type(get_args(annotation)[0])
        return t.ArrayType(element, containsNull=element_nullable), False
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return spark_schema(annotation), False
    scalars = {str: t.StringType, bool: t.BooleanType, int: t.LongType, date: t.DateType}
    if annotation in scalars:
        return scalars[annotation](), False
    raise TypeError(f"no Spark type for {annotation!r}")


def _parse_one(value: object, kind: Kind) -> dict[str, Any] | None:
    if isinstance(value, bytearray):
        value = bytes(value)
    if not isinstance(value, str | bytes):
        return None  # a null cell (None or NaN in pandas)
    if kind == "path":
        return parse_file(value.decode() if isinstance(value, bytes) else value).model_dump()
    return parse(value).model_dump()


def _parse_batches(batches: Iterator[Any], *, column: str, kind: Kind, output: str) -> Iterator[Any]:
    """The ``mapInPandas`` function: add ``output`` to each pandas batch."""
    for batch in batches:
        batch[output] = [_parse_one(value, kind) for value in batch[column]]
        yield batch


def parse_column(df: DataFrame, column: str, *, kind: Kind = "text", output: str = "plan") -> DataFrame:
    """Add a struct column ``output``: each value of ``column`` parsed by vnplan on the executors.

    ``kind="text"`` parses the cell (string or binary) with :func:`vnplan.parse`;
    ``kind="path"`` reads the file it names with ``vnplan.parse_file``, so the path must
    be readable from every executor. A null cell gives a null plan. Uses ``mapInPandas``
    (pandas and pyarrow on the executors).

    With a Spark session (so not run as a doctest; ``tests/test_spark.py`` runs it):

    >>> texts = spark.createDataFrame([("62-KH/TU", text)], "name string, text string")  # doctest: +SKIP
    >>> parse_column(texts, "text").select("plan.number.canonical").first()[0]  # doctest: +SKIP
    '62-KH/TU'
    """
    if kind not in ("text", "path"):
        raise ValueError(f"kind must be 'text' or 'path', not {kind!r}")
    if column not in df.columns:
        raise ValueError(f"the DataFrame has no column {column!r}")
    if output in df.columns:
        raise ValueError(f"the DataFrame already has a column {output!r}")
    t = _pyspark_types()
    schema = t.StructType([*df.schema.fields, t.StructField(output, spark_schema(Plan), nullable=True)])
    parse_batches = functools.partial(_parse_batches, column=column, kind=kind, output=output)
    return df.mapInPandas(parse_batches, schema)


def _flat_columns(struct: str, model: type[BaseModel]) -> list[Column]:
    """The fields of a struct column as columns; nested models one level down as ``<field>_<sub>``."""
    from pyspark.sql import functions as sf  # noqa: PLC0415 (optional)

    columns = []
    for name, info in model.model_fields.items():
        nested = _spark_type(info.annotation)[0]
        if isinstance(nested, _pyspark_types().StructType):
            columns += [
                sf.col(f"{struct}.{name}.{sub}").alias(f"{name}_{sub}") for sub in nested.fieldNames()
            ]
        else:
            columns.append(sf.col(f"{struct}.{name}").alias(name))
    return columns


def _explode(
    df: DataFrame, column: str, field: str, model: type[BaseModel], keep: Sequence[str] | None
) -> DataFrame:
    from pyspark.sql import functions as sf  # noqa: PLC0415 (optional)

    kept = [c for c in df.columns if c != column] if keep is None else list(keep)
    exploded = df.select(
        *kept,
        sf.col(f"{column}.number.canonical").alias("doc_number"),
        sf.posexplode(f"{column}.{field}").alias(f"{field[:-1]}_index", "_item"),
    )
    return exploded.select(*kept, "doc_number", f"{field[:-1]}_index", *_flat_columns("_item", model))


def explode_deadlines(df: DataFrame, column: str = "plan", *, keep: Sequence[str] | None = None) -> DataFrame:
    """One row per deadline of the plans in ``column`` (a column made by :func:`parse_column`).

    Columns: ``keep`` (default: every other column of ``df``), ``doc_number`` (the plan's
    canonical number), ``deadline_index`` (position in ``Plan.deadlines``), then the
    deadline's fields, nested ones flattened: ``level``, ``task``, ``due_start``,
    ``due_end``, ``due_granularity``... A plan with no deadline gives no row.

    >>> plans = parse_column(texts, "text")  # doctest: +SKIP
    >>> explode_deadlines(plans, keep=["name"]).select("level", "due_end").first()  # doctest: +SKIP
    Row(level='co_so', due_end=datetime.date(2017, 10, 15))
    """
    return _explode(df, column, "deadlines", Deadline, keep)


def explode_references(
    df: DataFrame, column: str = "plan", *, keep: Sequence[str] | None = None
) -> DataFrame:
    """One row per reference of the plans in ``column``, like :func:`explode_deadlines`.

    Columns: ``keep``, ``doc_number``, ``reference_index``, then ``doc_type``,
    ``number_canonical`` (and the other ``number_*`` fields), ``issued_on``, ``issuer``,
    ``title``, ``mentions``.

    >>> explode_references(plans, keep=[]).select("number_canonical").first()  # doctest: +SKIP
    Row(number_canonical='11-NQ/TU')
    """
    return _explode(df, column, "references", Reference, keep)
