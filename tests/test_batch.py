"""vnplan.batch: parse_file and parse_many never stop a batch, keep order and stream."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

import vnplan
import vnplan.batch
from vnplan import parse, parse_file, parse_many
from vnplan.errors import UnsupportedFileError
from vnplan.models import Plan
from vnplan.readers import read_path

CORPUS = Path(__file__).resolve().parent / "fixtures" / "corpus" / "docs"
TEXTS = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))[:6]]
FORK = multiprocessing.get_start_method() == "fork"


def _codes(plan: Plan) -> list[str]:
    return [d.code for d in plan.diagnostics if d.severity == "error"]


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    out = {
        "good": tmp_path / "good.txt",
        "bom": tmp_path / "bom.txt",
        "corrupt": tmp_path / "corrupt.txt",
        "empty": tmp_path / "empty.txt",
        "unknown": tmp_path / "plan.xyz",
        "missing": tmp_path / "missing.txt",
        "folder": tmp_path / "folder.txt",
    }
    out["good"].write_text(TEXTS[0], encoding="utf-8")
    out["bom"].write_bytes(TEXTS[1].encode("utf-8-sig"))
    out["corrupt"].write_bytes(b"K\xe1\xba\xbe HO\xe1\xba\xa0CH \xff\xfe\xc3\x28 \x80\x81 end")
    out["empty"].write_bytes(b"")
    out["unknown"].write_text(TEXTS[0], encoding="utf-8")
    out["folder"].mkdir()
    return out


def test_exported() -> None:
    assert vnplan.parse_file is parse_file and vnplan.parse_many is parse_many
    assert {"parse_file", "parse_many"} <= set(vnplan.__all__)


# ---- parse_file --------------------------------------------------------------------------


def test_parse_file_sets_source_and_merges_reader_diagnostics(files: dict[str, Path]) -> None:
    for key in ("good", "bom"):
        path = files[key]
        plan = parse_file(path)
        read = read_path(path)
        expected = parse(read.text)
        assert plan.source == str(path)
        assert plan.diagnostics == [*read.diagnostics, *expected.diagnostics]
        assert plan.model_dump(exclude={"source", "diagnostics"}) == expected.model_dump(
            exclude={"source", "diagnostics"}
        )


def test_parse_file_accepts_str_paths(files: dict[str, Path]) -> None:
    assert parse_file(str(files["good"])) == parse_file(files["good"])


@pytest.mark.parametrize(
    ("key", "code"),
    [("corrupt", "input.undecodable"), ("missing", "input.unreadable"), ("folder", "input.unreadable")],
)
def test_parse_file_bad_file_is_an_error_plan(files: dict[str, Path], key: str, code: str) -> None:
    plan = parse_file(files[key])
    assert _codes(plan) == [code]
    assert plan.source == str(files[key]) and not plan.ok


def test_parse_file_empty_file(files: dict[str, Path]) -> None:
    for content in (b"", b" \n\t\r\n"):
        files["empty"].write_bytes(content)
        plan = parse_file(files["empty"])
        assert _codes(plan) == ["input.empty"]
        assert plan.source == str(files["empty"])


def test_parse_file_too_large(files: dict[str, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(vnplan.batch, "MAX_INPUT_CHARS", 100)
    plan = parse_file(files["good"])
    assert _codes(plan) == ["input.too_large"]
    assert plan.source == str(files["good"])


def test_parse_file_unknown_kind_raises(files: dict[str, Path]) -> None:
    with pytest.raises(UnsupportedFileError):
        parse_file(files["unknown"])


# ---- parse_many --------------------------------------------------------------------------


@pytest.mark.parametrize("workers", [1, 2])
def test_texts_in_order(workers: int) -> None:
    items = TEXTS * 3
    plans = list(parse_many(items, workers=workers, chunksize=2))
    assert [p.model_dump() for p in plans] == [parse(t).model_dump() for t in items]


@pytest.mark.parametrize("workers", [1, 2])
def test_bad_items_do_not_stop_the_batch(files: dict[str, Path], workers: int) -> None:
    items: list[object] = [
        TEXTS[0],
        files["corrupt"],
        files["good"],
        files["missing"],
        42,
        files["unknown"],
        TEXTS[1].encode("utf-16"),
        b"\xff\xfe\x00\xd8",
        files["empty"],
        files["folder"],
        TEXTS[2],
    ]
    plans = list(parse_many(items, workers=workers, chunksize=3))  # type: ignore[arg-type]
    assert len(plans) == len(items)
    assert [_codes(p) for p in plans] == [
        [],
        ["input.undecodable"],
        [],
        ["input.unreadable"],
        ["input.unsupported"],
        ["input.unsupported"],
        [],
        ["input.undecodable"],
        ["input.empty"],
        ["input.unreadable"],
        [],
    ]
    assert [p.source for p in plans] == [os.fspath(i) if isinstance(i, Path) else None for i in items]
    assert plans[0].model_dump() == parse(TEXTS[0]).model_dump()
    assert plans[2] == parse_file(files["good"])
    assert plans[6].model_dump(exclude={"diagnostics"}) == parse(TEXTS[1]).model_dump(exclude={"diagnostics"})
    assert plans[10].model_dump() == parse(TEXTS[2]).model_dump()


def _exploding_parse(text: str | bytes) -> Plan:
    if text == "boom":
        raise RuntimeError("parser bug")
    if text == "die":
        os._exit(1)  # a worker killed mid-item (out of memory, a C crash)
    return Plan(title=str(text))


@pytest.mark.parametrize(
    "workers", [1, pytest.param(2, marks=pytest.mark.skipif(not FORK, reason="needs fork"))]
)
def test_parser_crash_becomes_error_plan(monkeypatch: pytest.MonkeyPatch, workers: int) -> None:
    monkeypatch.setattr(vnplan.batch, "parse", _exploding_parse)
    plans = list(parse_many(["a", "boom", "b"], workers=workers))
    assert [p.title for p in plans] == ["a", None, "b"]
    assert _codes(plans[1]) == ["parse.internal_error"]
    assert "RuntimeError: parser bug" in plans[1].diagnostics[0].message


@pytest.mark.skipif(not FORK, reason="the patched parser reaches the workers only when they are forked")
def test_dead_worker_becomes_error_plan_and_the_batch_goes_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(vnplan.batch, "parse", _exploding_parse)
    items = [f"t{i}" for i in range(20)]
    items[7] = "die"
    plans = list(parse_many(items, workers=2, chunksize=3))
    assert [p.title for p in plans] == [None if t == "die" else t for t in items]
    assert _codes(plans[7]) == ["parse.internal_error"]
    assert all(p.ok for i, p in enumerate(plans) if i != 7)


class _Unpicklable(os.PathLike[str]):
    def __fspath__(self) -> str:
        return "unpicklable.txt"

    def __reduce__(self) -> str:
        raise TypeError("cannot pickle this path")


def test_items_a_worker_cannot_receive() -> None:
    items = ["a", lambda: 0, _Unpicklable(), "b"]
    plans = list(parse_many(items, workers=2, chunksize=4))  # type: ignore[arg-type]
    assert [_codes(p) for p in plans] == [[], ["input.unsupported"], ["parse.internal_error"], []]
    assert "function" in plans[1].diagnostics[0].message
    assert plans[2].source == "unpicklable.txt"
    assert plans[3].model_dump() == parse("b").model_dump()


def _counting(n: int, seen: list[int]) -> Iterator[str]:
    for i in range(n):
        seen.append(i)
        yield f"t{i}"


@pytest.mark.parametrize("workers", [1, 2])
def test_items_are_consumed_lazily(workers: int) -> None:
    seen: list[int] = []
    plans = parse_many(_counting(100_000, seen), workers=workers, chunksize=4)
    first = [next(plans) for _ in range(3)]
    assert len(first) == 3
    assert len(seen) <= (4 * workers + 1) * 4  # the in-flight window, not the whole input


def test_empty_input() -> None:
    assert list(parse_many([], workers=2)) == []


@pytest.mark.parametrize("kwargs", [{"workers": 0}, {"chunksize": 0}])
def test_bad_arguments(kwargs: dict[str, int]) -> None:
    with pytest.raises(ValueError, match="at least 1"):
        parse_many(["x"], **kwargs)
