"""The vnplan command line: subcommands, help, exit codes, stdin, and batch output files."""

from __future__ import annotations

import csv
import importlib
import io
import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest

import vnplan
import vnplan.batch
from vnplan import parse
from vnplan.cli import build_parser, expand_paths, main
from vnplan.models import Diagnostic, Plan
from vnplan.readers import read_path

pq = importlib.import_module("pyarrow.parquet")  # untyped: used as a module object

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "fixtures" / "corpus"
DOCS = sorted((CORPUS / "docs").glob("*.txt"))
CORRUPT = b"K\xe1\xba\xbe HO\xe1\xba\xa0CH \xff\xfe\xc3\x28 \x80\x81 end"  # invalid UTF-8, nor any 8-bit
SUBCOMMANDS = ("parse", "batch", "dates", "schema", "eval")
CONSOLE_SCRIPT = Path(sys.executable).with_name("vnplan")


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    """``python -m vnplan ARGS`` in a child process."""
    return subprocess.run(
        [sys.executable, "-m", "vnplan", *args],
        input=None if stdin is None else stdin.decode("utf-8", "surrogateescape"),
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def _errors(plan: dict[str, Any]) -> list[str]:
    return [d["code"] for d in plan["diagnostics"] if d["severity"] == "error"]


# ---- help, version, usage ----------------------------------------------------------------


@pytest.mark.parametrize("command", SUBCOMMANDS)
def test_help_of_every_subcommand(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main([command, "--help"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith(f"usage: vnplan {command}")


def test_top_help_lists_subcommands_and_exit_codes() -> None:
    text = build_parser().format_help()
    assert all(c in text for c in SUBCOMMANDS)
    assert "3 unreadable input" in text


@pytest.mark.skipif(not CONSOLE_SCRIPT.exists(), reason="the vnplan console script is not installed")
def test_console_script_version() -> None:
    done = subprocess.run([str(CONSOLE_SCRIPT), "--version"], capture_output=True, text=True, check=False)
    assert (done.returncode, done.stdout.strip()) == (0, f"vnplan {vnplan.__version__}")


def test_python_m_vnplan_help() -> None:
    done = run("batch", "--help")
    assert done.returncode == 0 and "--workers" in done.stdout


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["nonsense"],
        ["parse"],
        ["batch", "x.txt"],
        ["batch", "x.txt", "--out", "o.jsonl", "--workers", "0"],
        ["batch", "x.txt", "--out", "o.jsonl", "--table", "nope"],
        ["dates", "tháng 3", "--ref", "2018-13-45"],
        ["parse", "x.txt", "--format", "xml"],
    ],
)
def test_usage_errors_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(argv)
    assert exit_.value.code == 2
    assert "usage:" in capsys.readouterr().err


def test_output_in_a_missing_folder_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["batch", str(DOCS[0]), "--out", str(tmp_path / "nope" / "out.csv")]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_unknown_output_kind_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["batch", str(DOCS[0]), "--out", str(tmp_path / "out.xlsx")]) == 2
    assert ".jsonl, .csv or .parquet" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


# ---- parse -------------------------------------------------------------------------------


def test_parse_json_one_and_many(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(DOCS[0])]) == _exit_for(DOCS[0])
    one = json.loads(capsys.readouterr().out)
    assert one["source"] == str(DOCS[0])
    assert main(["parse", str(DOCS[0]), str(DOCS[1])]) == _exit_for(DOCS[0], DOCS[1])
    many = json.loads(capsys.readouterr().out)
    assert [p["source"] for p in many] == [str(DOCS[0]), str(DOCS[1])]


def test_parse_jsonl_and_table(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(DOCS[0]), str(DOCS[1]), "--format", "jsonl"]) == _exit_for(DOCS[0], DOCS[1])
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(line)["source"] for line in lines] == [str(DOCS[0]), str(DOCS[1])]
    assert main(["parse", str(DOCS[0]), "--format", "table"]) == _exit_for(DOCS[0])
    out = capsys.readouterr().out
    assert out.startswith(f"== {DOCS[0]}\n") and "  deadlines   " in out


def test_parse_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    text = DOCS[0].read_text(encoding="utf-8")
    _stdin(monkeypatch, text.encode("utf-16"))
    assert main(["parse", "-", "--format", "jsonl"]) == _exit_for(DOCS[0])
    got = json.loads(capsys.readouterr().out)
    assert got["source"] == "<stdin>"
    assert {k: v for k, v in got.items() if k not in ("source", "diagnostics")} == parse(text).model_dump(
        mode="json", exclude={"source", "diagnostics"}
    )


def test_parse_stdin_in_a_child_process() -> None:
    done = run("parse", "-", stdin=DOCS[0].read_bytes())
    assert done.returncode == _exit_for(DOCS[0])
    assert json.loads(done.stdout)["source"] == "<stdin>"


@pytest.mark.parametrize(
    ("content", "code"),
    [(CORRUPT, "input.undecodable"), (b"", "input.empty"), (None, "input.unreadable")],
)
def test_parse_unreadable_input_exits_3(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes | None, code: str
) -> None:
    bad = tmp_path / "bad.txt"
    if content is not None:
        bad.write_bytes(content)
    assert main(["parse", str(DOCS[0]), str(bad)]) == 3
    captured = capsys.readouterr()
    good, got = json.loads(captured.out)
    assert _errors(got) == [code] and _errors(good) == []
    assert f"{bad}: {code}" in captured.err


def test_parse_unsupported_kind_exits_3(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    odd = tmp_path / "plan.xyz"
    odd.write_text("KẾ HOẠCH", encoding="utf-8")
    assert main(["parse", str(odd)]) == 3
    assert _errors(json.loads(capsys.readouterr().out)) == ["input.unsupported"]


def test_documents_with_error_diagnostics_exit_1(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def failing(text: str | bytes) -> Plan:
        return Plan(diagnostics=[Diagnostic(code="parse.odd", message="odd", severity="error")])

    monkeypatch.setattr(vnplan.batch, "parse", failing)
    assert main(["parse", str(DOCS[0])]) == 1
    assert "parse.odd" in capsys.readouterr().err


# ---- batch -------------------------------------------------------------------------------


@pytest.fixture
def inputs(tmp_path: Path) -> tuple[list[str], list[str]]:
    """``batch`` arguments (the dev corpus, a corrupt and an empty file) and the files they name."""
    corrupt, empty = tmp_path / "corrupt.txt", tmp_path / "empty.txt"
    corrupt.write_bytes(CORRUPT)
    empty.write_bytes(b"")
    return [str(CORPUS / "docs"), str(corrupt), str(empty)], [*map(str, DOCS), str(corrupt), str(empty)]


def _expected(path: str | Path) -> Plan:
    return parse(read_path(path).text)


def _exit_for(*paths: Path) -> int:
    """0, or 1 when the parser itself reports an error diagnostic on one of these (readable) files."""
    return 0 if all(_expected(p).ok for p in paths) else 1


def _check_plans(files: list[str], plans: list[dict[str, Any]], bad: dict[str, str]) -> None:
    """Whole plans (JSONL): each file once, in order, equal to vnplan.parse of its text."""
    assert [p["source"] for p in plans] == files
    for path, got in zip(files, plans, strict=True):
        if path in bad:
            assert _errors(got) == [bad[path]]
            continue
        want = _expected(path).model_dump(mode="json")
        assert {k: v for k, v in got.items() if k not in ("source", "diagnostics")} == {
            k: v for k, v in want.items() if k not in ("source", "diagnostics")
        }
        n = len(want["diagnostics"])  # the reader's diagnostics come first
        assert got["diagnostics"][len(got["diagnostics"]) - n :] == want["diagnostics"]


def _check_rows(files: list[str], table: list[dict[str, Any]], bad: dict[str, str], *, as_text: bool) -> None:
    """Plans table rows (CSV as text, Parquet typed): each file once, in order, key columns as parsed."""
    assert [r["doc_id"] for r in table] == files
    for path, row in zip(files, table, strict=True):
        plan = _expected(path) if path not in bad else None
        want: dict[str, object] = {
            "ok": plan is not None and plan.ok,
            "errors": bad.get(path),
        }
        if plan is not None:
            want |= {
                "doc_type": plan.doc_type,
                "number": plan.number.canonical if plan.number else None,
                "issued_on": plan.issued_on,
                "n_deadlines": len(plan.deadlines),
                "n_references": len(plan.references),
                "n_recipients": len(plan.recipients),
            }
            want["errors"] = " ".join(d.code for d in plan.diagnostics if d.severity == "error") or None
        if as_text:
            want = {
                k: "" if v is None else str(v).lower() if isinstance(v, bool) else str(v)
                for k, v in want.items()
            }
        assert {k: row[k] for k in want} == want, path


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["jsonl", "csv", "parquet"])
def test_batch_over_the_corpus_and_bad_files(
    tmp_path: Path, inputs: tuple[list[str], list[str]], kind: str
) -> None:
    args, files = inputs
    bad = {files[-2]: "input.undecodable", files[-1]: "input.empty"}
    out = tmp_path / f"plans.{kind}"
    done = run("batch", *args, "--out", str(out), "--workers", "2")
    assert done.returncode == 3, done.stderr  # the corrupt and the empty file
    assert f"vnplan: {len(files)} documents" in done.stderr and "\r" not in done.stderr
    assert not out.with_name(out.name + ".part").exists()
    if kind == "jsonl":
        _check_plans(files, [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()], bad)
    elif kind == "csv":
        with out.open(encoding="utf-8", newline="") as f:
            _check_rows(files, list(csv.DictReader(f)), bad, as_text=True)
    else:
        _check_rows(files, pq.read_table(out).to_pylist(), bad, as_text=False)


@pytest.mark.slow
def test_batch_deadlines_table_as_jsonl_with_the_console_script(
    tmp_path: Path, inputs: tuple[list[str], list[str]]
) -> None:
    script = [str(CONSOLE_SCRIPT)] if CONSOLE_SCRIPT.exists() else [sys.executable, "-m", "vnplan"]
    out = tmp_path / "deadlines.jsonl"
    done = subprocess.run(
        [
            *script,
            "batch",
            *inputs[0],
            "--out",
            str(out),
            "--table",
            "deadlines",
            "--quiet",
            "--workers",
            "2",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert (done.returncode, done.stderr) == (3, "")  # --quiet: nothing on stderr
    got = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    want = [
        (path, i, d.due.end.isoformat())
        for path in inputs[1][:-2]
        for i, d in enumerate(_expected(path).deadlines)
    ]
    assert [(r["doc_id"], r["index"], r["end"]) for r in got] == want


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_progress_bar_only_on_a_terminal(tmp_path: Path) -> None:
    import pty  # noqa: PLC0415 (POSIX only)

    args = ["batch", str(DOCS[0]), str(DOCS[1]), "--out", str(tmp_path / "o.jsonl"), "--workers", "1"]
    controller, terminal = pty.openpty()
    try:
        done = subprocess.run([sys.executable, "-m", "vnplan", *args], stderr=terminal, check=False)
        shown = os.read(controller, 65536).decode("utf-8")
    finally:
        os.close(terminal)
        os.close(controller)
    assert done.returncode == _exit_for(DOCS[0], DOCS[1])
    assert "\r[" in shown and "2/2 documents" in shown and "vnplan: 2 documents" in shown
    quiet = subprocess.run(
        [sys.executable, "-m", "vnplan", *args, "--quiet"], capture_output=True, check=False
    )
    assert quiet.stderr == b""


def test_batch_reads_paths_from_stdin_and_globs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _stdin(monkeypatch, f"{DOCS[1]}\n\n{DOCS[0]}\n".encode())
    out = tmp_path / "o.csv"
    pattern = str(CORPUS / "docs" / "00[0-1]_*.txt")
    assert main(["batch", "-", pattern, "--out", str(out), "--workers", "1"]) == _exit_for(DOCS[0], DOCS[1])
    with out.open(encoding="utf-8", newline="") as f:
        ids = [r["doc_id"] for r in csv.DictReader(f)]
    assert ids == [str(DOCS[1]), str(DOCS[0]), str(DOCS[0]), str(DOCS[1])]
    assert "vnplan: 4 documents, " in capsys.readouterr().err


def test_expand_paths(tmp_path: Path) -> None:
    (tmp_path / "sub" / "deep").mkdir(parents=True)
    for name in ("b.txt", "a.md", "notes.json", "sub/c.docx", "sub/deep/d.PDF", "sub/e.html"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    assert expand_paths([str(tmp_path)]) == [
        str(tmp_path / n) for n in ("a.md", "b.txt", "sub/c.docx", "sub/deep/d.PDF", "sub/e.html")
    ]
    assert expand_paths([str(tmp_path / "**" / "*.txt"), str(tmp_path / "*.json")]) == [
        str(tmp_path / "b.txt")
    ]
    assert expand_paths([str(tmp_path / "notes.json"), "nope-*.txt"]) == [str(tmp_path / "notes.json")]
    assert expand_paths(["-"], io.StringIO(" a.txt \n\nb.txt\n")) == ["a.txt", "b.txt"]


def test_batch_missing_file_is_an_error_row(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "o.jsonl"
    assert main(["batch", str(DOCS[0]), str(tmp_path / "gone.txt"), "--out", str(out), "--workers", "1"]) == 3
    plans = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [_errors(p) for p in plans] == [[], ["input.unreadable"]]
    assert "gone.txt: input.unreadable" in capsys.readouterr().err


# ---- dates, schema, eval -----------------------------------------------------------------


def test_dates(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["dates", "quý I năm 2018"]) == 0
    period = json.loads(capsys.readouterr().out)
    assert (period["start"], period["end"], period["granularity"]) == ("2018-01-01", "2018-03-31", "quarter")
    assert main(["dates", "tháng 3", "--ref", "2018-01-05"]) == 0
    assert json.loads(capsys.readouterr().out)["end"] == "2018-03-31"


def test_dates_find_and_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    _stdin(monkeypatch, "Hoàn thành trước ngày 15/10/2017; báo cáo quý I năm 2018.".encode())
    assert main(["dates", "-", "--find"]) == 0
    ends = [json.loads(line)["period"]["end"] for line in capsys.readouterr().out.splitlines()]
    assert ends == [date(2017, 10, 15).isoformat(), "2018-03-31"]


def test_dates_without_reading_exits_1(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["dates", "không có ngày nào"]) == 1
    assert "no date reading" in capsys.readouterr().err


def test_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema == Plan.model_json_schema()
    assert {"deadlines", "source", "diagnostics"} <= set(schema["properties"])


def test_eval(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = tmp_path / "report.json"
    assert main(["eval", str(CORPUS / "docs"), str(CORPUS / "gold"), "--json", str(report)]) == 0
    last = capsys.readouterr().out.splitlines()[-1]
    assert last.startswith("docs=38 crashed=0 macro=")
    assert set(json.loads(report.read_text(encoding="utf-8"))) == {"scores", "crashed", "misses"}


def test_eval_missing_folder_exits_3(tmp_path: Path) -> None:
    assert main(["eval", str(tmp_path / "nope"), str(CORPUS / "gold")]) == 3
