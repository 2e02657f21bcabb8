"""vnplan on Spark in local mode: derived schema, parse_column against vnplan.parse, explode helpers."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any, get_args

import pytest

pytest.importorskip("pyspark", reason="the Spark path needs the spark extra (pyspark)")
pytest.importorskip("pyarrow", reason="mapInPandas needs pyarrow (spark extra)")
pytest.importorskip("pandas", reason="mapInPandas needs pandas (spark extra)")
if not (os.environ.get("JAVA_HOME") or shutil.which("java")):
    pytest.skip("Spark needs Java 17 or later (no java on PATH, no JAVA_HOME)", allow_module_level=True)

from pydantic import BaseModel
from pyspark.sql import DataFrame, SparkSession
from pyspark.sql import types as st

import vnplan
from vnplan import models
from vnplan.batch import parse_file
from vnplan.spark import explode_deadlines, explode_references, parse_column, spark_schema

DOCS = sorted((Path(__file__).parent / "fixtures" / "corpus" / "docs").glob("*.txt"))
MODELS = [
    m
    for m in vars(models).values()
    if isinstance(m, type)
    and issubclass(m, BaseModel)
    and m.__module__ == models.__name__
    and m is not models._Frozen
]


@pytest.fixture(scope="module")
def spark() -> Iterator[SparkSession]:
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("PYSPARK_PYTHON", sys.executable)  # executors must import this vnplan
        session = (
            SparkSession.builder.master("local[2]")
            .appName("vnplan-tests")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "2")
            .config("spark.default.parallelism", "2")
            .getOrCreate()
        )
        session.sparkContext.setLogLevel("ERROR")
        yield session
        session.stop()


@pytest.fixture(scope="module")
def parsed(spark: SparkSession) -> Iterator[DataFrame]:
    """The dev corpus parsed by ``parse_column``, cached: (name, text, plan)."""
    texts = [(p.name, p.read_text(encoding="utf-8")) for p in DOCS]
    df = parse_column(spark.createDataFrame(texts, "name string, text string").repartition(2), "text")
    yield df.cache()
    df.unpersist()


@pytest.fixture(scope="module")
def corpus(parsed: DataFrame) -> list[tuple[str, str, vnplan.Plan, dict[str, Any]]]:
    """(file name, text, plan by vnplan.parse, plan from Spark as a dict) for each dev document."""
    rows = parsed.collect()
    return [(r["name"], r["text"], vnplan.parse(r["text"]), r["plan"].asDict(recursive=True)) for r in rows]


# --- schema derivation -------------------------------------------------------------------------------


def test_every_model_is_found() -> None:
    assert {m.__name__ for m in MODELS} >= {"Plan", "Deadline", "Period", "Reference", "Span", "Signer"}


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_schema_has_every_field(model: type[BaseModel]) -> None:
    schema = spark_schema(model)
    assert schema.fieldNames() == list(model.model_fields)
    for field in schema.fields:
        info = model.model_fields[field.name]
        optional = type(None) in get_args(info.annotation)
        assert field.nullable == optional, field.name


def test_schema_types() -> None:
    plan = spark_schema(models.Plan)
    assert plan["issued_on"].dataType == st.DateType()
    assert plan["title"].dataType == st.StringType() and plan["title"].nullable
    deadlines = plan["deadlines"].dataType
    assert isinstance(deadlines, st.ArrayType) and not plan["deadlines"].nullable
    deadline = deadlines.elementType
    assert isinstance(deadline, st.StructType)
    assert deadline["level"].dataType == st.StringType()  # Literal[...] | None
    assert deadline["due"].dataType == spark_schema(models.Period) and not deadline["due"].nullable
    assert spark_schema(models.Span)["start"].dataType == st.LongType()
    assert spark_schema(models.Period)["approximate"].dataType == st.BooleanType()
    assert spark_schema(models.Signer)["marks"].dataType == st.ArrayType(st.StringType(), containsNull=False)


def test_unsupported_annotation_names_the_field() -> None:
    class Odd(BaseModel):
        ratio: float

    with pytest.raises(TypeError, match=r"Odd\.ratio"):
        spark_schema(Odd)


# --- parsing on the executors ------------------------------------------------------------------------


def test_corpus_is_there() -> None:
    assert len(DOCS) >= 10


def test_spark_plans_equal_vnplan_parse(corpus: list[tuple[str, str, vnplan.Plan, dict[str, Any]]]) -> None:
    for name, _text, expected, row in corpus:
        assert row["issued_on"] is None or isinstance(row["issued_on"], date), name
        assert vnplan.Plan.model_validate(row) == expected, name


def test_spark_values_field_by_field(corpus: list[tuple[str, str, vnplan.Plan, dict[str, Any]]]) -> None:
    for name, _text, plan, row in corpus:
        assert (row["number"] or {}).get("canonical") == (plan.number.canonical if plan.number else None), (
            name
        )
        assert (row["issuer"] or {}).get("name") == (plan.issuer.name if plan.issuer else None), name
        assert row["issued_on"] == plan.issued_on, name
        assert [(d["level"], d["due"]["end"]) for d in row["deadlines"]] == [
            (d.level, d.due.end) for d in plan.deadlines
        ], name
        assert [r["name"] for r in row["recipients"]] == [r.name for r in plan.recipients], name
        assert (row["signer"] or {}).get("name") == (plan.signer.name if plan.signer else None), name


def test_paths_nulls_and_binary(spark: SparkSession) -> None:
    seed = str(DOCS[0])
    df = spark.createDataFrame([(seed, DOCS[0].read_bytes()), (None, None)], "path string, raw binary")
    rows = parse_column(parse_column(df, "path", kind="path"), "raw", output="from_bytes").collect()
    assert vnplan.Plan.model_validate(rows[0]["plan"].asDict(recursive=True)) == parse_file(seed)
    from_bytes = vnplan.Plan.model_validate(rows[0]["from_bytes"].asDict(recursive=True))
    assert from_bytes == vnplan.parse(DOCS[0].read_bytes())
    assert rows[1]["plan"] is None and rows[1]["from_bytes"] is None


def test_bad_arguments(spark: SparkSession) -> None:
    df = spark.createDataFrame([("x",)], "plan string")
    with pytest.raises(ValueError, match="no column 'text'"):
        parse_column(df, "text", output="p")
    with pytest.raises(ValueError, match="already has a column"):
        parse_column(df, "plan")
    with pytest.raises(ValueError, match="kind"):
        parse_column(df, "plan", kind="url", output="p")  # type: ignore[arg-type]


# --- one row per deadline / reference ----------------------------------------------------------------


def _hand_built_plans(spark: SparkSession) -> Any:
    """A DataFrame of two plans built by hand (not by the parser), in the parse_column schema."""
    day = models.Period(start=date(2017, 10, 15), end=date(2017, 10, 15), granularity="day")
    q1 = models.Period(start=date(2018, 1, 1), end=date(2018, 3, 31), granularity="quarter")
    number = models.DocNumber(raw="62-KH/TU", serial="62", canonical="62-KH/TU")
    plans = [
        models.Plan(
            number=number,
            deadlines=[
                models.Deadline(level="co_so", relation="before", due=day),
                models.Deadline(level="tinh", due=q1),
            ],
            references=[
                models.Reference(
                    doc_type="Nghị quyết",
                    number=models.DocNumber(raw="11-NQ/TU", serial="11", canonical="11-NQ/TU"),
                    issued_on=date(2008, 7, 20),
                    mentions=[models.Span(start=1, end=9)],
                )
            ],
        ),
        models.Plan(),
    ]
    schema = st.StructType(
        [st.StructField("name", st.StringType()), st.StructField("plan", spark_schema(models.Plan))]
    )
    return spark.createDataFrame([(f"p{i}", p.model_dump()) for i, p in enumerate(plans)], schema)


def test_explode_deadlines(spark: SparkSession) -> None:
    rows = explode_deadlines(_hand_built_plans(spark)).orderBy("deadline_index").collect()
    assert [r.asDict() for r in rows] == [
        {
            "name": "p0", "doc_number": "62-KH/TU", "deadline_index": 0, "level": "co_so",
            "level_text": None, "task": None, "relation": "before",
            "due_start": date(2017, 10, 15), "due_end": date(2017, 10, 15),
            "due_granularity": "day", "due_text": "", "due_approximate": False, "due_recurrence": None,
            "span_start": None, "span_end": None,
        },
        {
            "name": "p0", "doc_number": "62-KH/TU", "deadline_index": 1, "level": "tinh", "level_text": None,
            "task": None, "relation": None, "due_start": date(2018, 1, 1), "due_end": date(2018, 3, 31),
            "due_granularity": "quarter", "due_text": "", "due_approximate": False, "due_recurrence": None,
            "span_start": None, "span_end": None,
        },
    ]  # fmt: skip


def test_explode_references(spark: SparkSession) -> None:
    rows = explode_references(_hand_built_plans(spark), keep=[]).collect()
    assert len(rows) == 1
    row = rows[0]
    assert row["doc_number"] == "62-KH/TU" and row["reference_index"] == 0
    assert (row["doc_type"], row["number_canonical"], row["issued_on"]) == (
        "Nghị quyết",
        "11-NQ/TU",
        date(2008, 7, 20),
    )
    assert [m.asDict() for m in row["mentions"]] == [{"start": 1, "end": 9}]
    assert "name" not in row.asDict()


def test_explode_parsed_corpus_matches_parse(
    parsed: DataFrame, corpus: list[tuple[str, str, vnplan.Plan, dict[str, Any]]]
) -> None:
    deadlines = explode_deadlines(parsed, keep=["name"]).select("name", "level", "due_end").collect()
    references = explode_references(parsed, keep=["name"]).select("name", "number_canonical").collect()
    assert sorted((r["name"], r["level"] or "", r["due_end"]) for r in deadlines) == sorted(
        (name, d.level or "", d.due.end) for name, _, plan, _ in corpus for d in plan.deadlines
    )
    assert sorted((r["name"], r["number_canonical"] or "") for r in references) == sorted(
        (name, ref.number.canonical if ref.number else "")
        for name, _, plan, _ in corpus
        for ref in plan.references
    )
