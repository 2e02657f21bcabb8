"""The ``vnplan`` command line (also ``python -m vnplan``); see ``docs/cli.md``.

Subcommands: ``parse``, ``batch``, ``dates``, ``schema``, ``eval``; ``vnplan CMD --help``
describes each. Results go to standard output (or ``--out``), messages to standard error.

Exit codes:

====  =====================================================================================
code  meaning
====  =====================================================================================
0     success: every document parsed without an error diagnostic
1     some documents have error diagnostics (``parse``/``batch``), no date was found
      (``dates``), or the parser crashed on some document (``eval``)
2     usage error: bad arguments, unknown output kind, a missing optional extra
3     some input could not be read at all (missing, unreadable, undecodable, empty, too
      large or unsupported file; the other documents are still written), or a file could
      not be read or written at all (a gold folder of ``eval``, a full disk)
130   interrupted (Ctrl-C)
====  =====================================================================================

When several apply, the highest wins (3 over 1).

>>> main(["schema"]) == 0  # doctest: +ELLIPSIS
{...
True
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import IO, get_args

from vnplan import __version__
from vnplan.batch import INPUT_ERROR_CODES, parse_bytes, parse_many
from vnplan.dates import find_dates, parse_date
from vnplan.errors import VnplanError
from vnplan.evaluate import evaluate
from vnplan.models import Plan
from vnplan.tables import Table, rows, write_csv, write_parquet

EXIT_OK = 0
EXIT_DOC_ERRORS = 1
EXIT_USAGE = 2
EXIT_UNREADABLE = 3
EXIT_INTERRUPTED = 130

DOC_SUFFIXES = (".txt", ".md", ".html", ".htm", ".docx", ".pdf")
"""File kinds ``vnplan batch`` picks up when it walks a folder or expands a glob."""

STDIN_SOURCE = "<stdin>"
"""``Plan.source`` of a document read from standard input."""

_GLOB_CHARS = frozenset("*?[")


class _Outcome:
    """Counts documents and errors as plans stream past; gives the exit code."""

    def __init__(self) -> None:
        self.documents = 0
        self.with_errors = 0
        self.unreadable = 0

    def see(self, plan: Plan) -> None:
        self.documents += 1
        codes = {d.code for d in plan.diagnostics if d.severity == "error"}
        if codes & INPUT_ERROR_CODES:
            self.unreadable += 1
        elif codes:
            self.with_errors += 1

    @property
    def exit_code(self) -> int:
        if self.unreadable:
            return EXIT_UNREADABLE
        return EXIT_DOC_ERRORS if self.with_errors else EXIT_OK


def _report_errors(plan: Plan) -> None:
    for d in plan.diagnostics:
        if d.severity == "error":
            print(f"vnplan: {plan.source or '(text)'}: {d.code}: {d.message}", file=sys.stderr)


# ---- parse -------------------------------------------------------------------------------


def _parse_inputs(files: Sequence[str]) -> Iterator[Plan]:
    paths = [Path(f) for f in files if f != "-"]
    plans = parse_many(paths, workers=1)
    for f in files:
        yield parse_bytes(sys.stdin.buffer.read(), source=STDIN_SOURCE) if f == "-" else next(plans)


def _short(value: object, width: int = 90) -> str:
    text = "" if value is None else str(value)
    return text if len(text) <= width else text[: width - 1] + "…"


def _plan_table(plan: Plan) -> str:
    """A compact, human-readable view of one plan."""
    signer = plan.signer
    fields: list[tuple[str, object]] = [
        ("doc_type", plan.doc_type),
        ("number", plan.number.canonical if plan.number else None),
        ("issuer", plan.issuer.name if plan.issuer else None),
        ("place", plan.place),
        ("issued_on", plan.issued_on),
        ("title", plan.title),
        (
            "signer",
            signer
            and " / ".join(str(v) for v in (signer.mode, signer.authority, signer.position, signer.name) if v)
            + (" (signed)" if signer.signed else ""),
        ),
    ]
    lines = [f"== {plan.source or '(text)'}"]
    lines += [f"  {k:<11} {_short(v)}" for k, v in fields if v]
    lines.append(f"  references  {len(plan.references)}")
    for r in plan.references:
        number = r.number.canonical if r.number else "(no number)"
        lines.append(f"    {_short(' '.join(str(v) for v in (r.doc_type, number, r.issued_on) if v))}")
    lines.append(f"  deadlines   {len(plan.deadlines)}")
    for d in plan.deadlines:
        due = str(d.due.end) if d.due.start == d.due.end else f"{d.due.start}..{d.due.end}"
        lines.append(f"    {d.level or '-':<10} {due:<22} {_short(d.task, 60)}")
    lines.append(f"  recipients  {len(plan.recipients)}")
    for rec in plan.recipients:
        lines.append(f"    {'[archive] ' if rec.is_archive else ''}{_short(rec.name, 80)}")
    lines += [f"  {d.severity:<7} {d.code}: {_short(d.message, 80)}" for d in plan.diagnostics]
    return "\n".join(lines)


def _cmd_parse(args: argparse.Namespace, out: IO[str]) -> int:
    outcome = _Outcome()
    plans = []
    for plan in _parse_inputs(args.files):
        outcome.see(plan)
        _report_errors(plan)
        if args.format == "jsonl":
            out.write(plan.model_dump_json() + "\n")
        elif args.format == "table":
            out.write(_plan_table(plan) + "\n")
        else:
            plans.append(plan.model_dump(mode="json"))
    if args.format == "json":
        json.dump(plans[0] if len(plans) == 1 else plans, out, ensure_ascii=False, indent=2)
        out.write("\n")
    return outcome.exit_code


# ---- batch -------------------------------------------------------------------------------


def _walk(folder: Path) -> list[str]:
    return sorted(str(p) for p in folder.rglob("*") if p.suffix.lower() in DOC_SUFFIXES and p.is_file())


def expand_paths(args: Iterable[str], stdin: IO[str] | None = None) -> list[str]:
    """The files a ``batch`` command line names, in order.

    Folders are walked recursively for :data:`DOC_SUFFIXES` (sorted), a pattern
    with ``*``, ``?`` or ``[`` that names no file is expanded as a glob (``**``
    included), ``-`` reads one path per line from ``stdin``, and anything else
    is kept as given, so a missing file shows up as an error row.

    >>> expand_paths(["missing.txt"])
    ['missing.txt']
    """
    files: list[str] = []
    for arg in args:
        if arg == "-":
            files += [line.strip() for line in (stdin or sys.stdin) if line.strip()]
        elif Path(arg).is_dir():
            files += _walk(Path(arg))
        elif not Path(arg).exists() and _GLOB_CHARS & set(arg):
            for match in sorted(glob.glob(arg, recursive=True)):
                if Path(match).is_dir():
                    files += _walk(Path(match))
                elif Path(match).suffix.lower() in DOC_SUFFIXES:
                    files.append(match)
        else:
            files.append(arg)
    return files


class _Progress:
    """A ``\\r`` progress bar on standard error, drawn only when it is a terminal."""

    def __init__(self, total: int, *, enabled: bool) -> None:
        self.total = total
        self.enabled = enabled and sys.stderr.isatty()
        self.started = time.monotonic()
        self.drawn = 0.0

    def update(self, done: int) -> None:
        now = time.monotonic()
        if not self.enabled or (now - self.drawn < 0.1 and done < self.total):
            return
        self.drawn = now
        width = 30
        filled = width * done // self.total if self.total else width
        rate = done / max(now - self.started, 1e-9)
        bar = "#" * filled + "." * (width - filled)
        sys.stderr.write(f"\r[{bar}] {done}/{self.total} documents, {rate:.1f}/s ")
        sys.stderr.flush()

    def close(self) -> None:
        if self.enabled:
            sys.stderr.write("\r" + " " * 79 + "\r")
            sys.stderr.flush()


def _output_kind(out: Path) -> str:
    kind = out.suffix.lower().lstrip(".")
    if kind not in ("jsonl", "csv", "parquet"):
        raise VnplanError(f"--out must end in .jsonl, .csv or .parquet, not {out.name!r}")
    return kind


def _json_default(value: object) -> str:
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def write_output(plans: Iterable[Plan], out: Path, table: Table | None) -> None:
    """Stream plans into ``out`` (JSONL, CSV or Parquet, by its suffix), atomically.

    JSONL holds whole plans (``Plan.model_dump_json``) unless ``table`` is given;
    CSV and Parquet hold one table (``plans`` by default). The file is written as
    ``out.part`` and renamed when complete, so readers never see half a file.
    """
    kind = _output_kind(out)
    part = out.with_name(out.name + ".part")
    try:
        if kind == "parquet":
            write_parquet(plans, part, table or "plans")
        else:
            with part.open("w", encoding="utf-8", newline="") as f:
                if kind == "csv":
                    write_csv(plans, f, table or "plans")
                elif table is None:
                    f.writelines(plan.model_dump_json() + "\n" for plan in plans)
                else:
                    f.writelines(
                        json.dumps(row, ensure_ascii=False, default=_json_default) + "\n"
                        for row in rows(plans, table)
                    )
        os.replace(part, out)
    except BaseException:
        part.unlink(missing_ok=True)
        raise


def _cmd_batch(args: argparse.Namespace, out: IO[str]) -> int:
    _output_kind(args.out)
    if not args.out.parent.is_dir():
        raise VnplanError(f"the folder of --out, {args.out.parent}, does not exist")
    files = expand_paths(args.paths)
    outcome = _Outcome()
    progress = _Progress(len(files), enabled=not args.quiet)
    started = time.monotonic()

    def tracked(plans: Iterable[Plan]) -> Iterator[Plan]:
        for plan in plans:
            outcome.see(plan)
            if not plan.ok and not args.quiet:
                progress.close()
                _report_errors(plan)
            progress.update(outcome.documents)
            yield plan

    try:
        write_output(
            tracked(parse_many((Path(f) for f in files), workers=args.workers)), args.out, args.table
        )
    finally:
        progress.close()
    elapsed = time.monotonic() - started
    if not args.quiet:
        print(
            f"vnplan: {outcome.documents} documents, {outcome.with_errors} with errors, "
            f"{outcome.unreadable} unreadable, {elapsed:.1f} s, "
            f"{outcome.documents / max(elapsed, 1e-9):.1f} documents/s -> {args.out}",
            file=sys.stderr,
        )
    return outcome.exit_code


# ---- dates, schema, eval -----------------------------------------------------------------


def _cmd_dates(args: argparse.Namespace, out: IO[str]) -> int:
    text = sys.stdin.read() if args.text == "-" else args.text
    if args.find:
        mentions = find_dates(text, ref=args.ref)
        out.writelines(m.model_dump_json() + "\n" for m in mentions)
        return EXIT_OK if mentions else EXIT_DOC_ERRORS
    period = parse_date(text, ref=args.ref)
    if period is None:
        print(f"vnplan: no date reading for {text!r} (try --find)", file=sys.stderr)
        return EXIT_DOC_ERRORS
    out.write(period.model_dump_json(indent=2) + "\n")
    return EXIT_OK


def _cmd_schema(args: argparse.Namespace, out: IO[str]) -> int:
    json.dump(Plan.model_json_schema(), out, ensure_ascii=False, indent=2)
    out.write("\n")
    return EXIT_OK


def _cmd_eval(args: argparse.Namespace, out: IO[str]) -> int:
    for folder in (args.docs_dir, args.gold_dir):
        if not folder.is_dir():
            print(f"vnplan: {folder} is not a folder", file=sys.stderr)
            return EXIT_UNREADABLE
    report = evaluate(args.docs_dir, args.gold_dir)
    out.write(report.format(show_misses=args.show_misses) + "\n")
    if args.json:
        args.json.write_text(report.to_json(), encoding="utf-8")
    return EXIT_DOC_ERRORS if report.crashed else EXIT_OK


# ---- the parser --------------------------------------------------------------------------

Command = Callable[[argparse.Namespace, IO[str]], int]


def _positive(value: str) -> int:
    n = int(value)
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {n}")
    return n


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of ``vnplan`` (exposed for documentation tools)."""
    fmt = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(
        prog="vnplan",
        description="Parse Vietnamese administrative plans into typed data.",
        epilog="exit codes: 0 ok, 1 documents with errors, 2 usage error, 3 unreadable input",
        formatter_class=fmt,
    )
    parser.add_argument("--version", action="version", version=f"vnplan {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser(
        "parse",
        help="parse documents and print them",
        description="Parse files (or '-' for standard input) and print the plans.",
        epilog="example: vnplan parse plan.txt --format table",
        formatter_class=fmt,
    )
    p.add_argument(
        "files", nargs="+", metavar="FILE", help="a .txt/.md/.html/.docx/.pdf file, or - for stdin"
    )
    p.add_argument(
        "--format",
        choices=("json", "jsonl", "table"),
        default="json",
        help="json: one object (a list for several files); jsonl: one plan per line; table: for people",
    )
    p.set_defaults(run=_cmd_parse)

    b = sub.add_parser(
        "batch",
        help="parse many files into JSONL, CSV or Parquet",
        description="Parse files, folders (recursively: " + " ".join(DOC_SUFFIXES) + ") and globs, "
        "in parallel, streaming into one output file. '-' reads paths from standard input, one per line.",
        epilog="example: vnplan batch corpus/ --out plans.parquet --workers 4",
        formatter_class=fmt,
    )
    b.add_argument("paths", nargs="+", metavar="PATH", help="file, folder, glob, or - (paths on stdin)")
    b.add_argument("--out", required=True, type=Path, help="output file: .jsonl, .csv or .parquet")
    b.add_argument("--workers", type=_positive, default=None, help="processes (default: all cores)")
    b.add_argument("--quiet", action="store_true", help="no progress bar, per-file errors or summary")
    b.add_argument(
        "--table",
        choices=get_args(Table),
        default=None,
        help="which table to write (default: whole plans for .jsonl, the plans table for .csv/.parquet)",
    )
    b.set_defaults(run=_cmd_batch)

    d = sub.add_parser(
        "dates",
        help="read a Vietnamese date phrase",
        description="Print the period a date phrase means (JSON), or every date in a text (--find, JSONL).",
        epilog='example: vnplan dates "quý I năm 2018"',
        formatter_class=fmt,
    )
    d.add_argument("text", metavar="TEXT", help="a date phrase, or - for standard input")
    d.add_argument(
        "--ref", type=date.fromisoformat, default=None, help="reference date YYYY-MM-DD for a missing year"
    )
    d.add_argument("--find", action="store_true", help="find every date phrase in TEXT")
    d.set_defaults(run=_cmd_dates)

    s = sub.add_parser(
        "schema",
        help="print the JSON Schema of a plan",
        description="Print the JSON Schema of vnplan.Plan (what 'parse' and 'batch' emit).",
        formatter_class=fmt,
    )
    s.set_defaults(run=_cmd_schema)

    e = sub.add_parser(
        "eval",
        help="score the parser against gold annotations",
        description="Score vnplan.parse against gold files (same numbers as score.py); last line: macro=.",
        epilog="example: vnplan eval tests/fixtures/corpus/docs tests/fixtures/corpus/gold",
        formatter_class=fmt,
    )
    e.add_argument("docs_dir", type=Path, metavar="DOCS_DIR")
    e.add_argument("gold_dir", type=Path, metavar="GOLD_DIR")
    e.add_argument("--show-misses", action="store_true", help="list every miss")
    e.add_argument("--json", type=Path, default=None, metavar="FILE", help="write the full report here")
    e.set_defaults(run=_cmd_eval)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code (see the module doc)."""
    args = build_parser().parse_args(argv)
    run: Command = args.run
    try:
        return run(args, sys.stdout)
    except VnplanError as e:
        print(f"vnplan: error: {e}", file=sys.stderr)
        return EXIT_USAGE
    except OSError as e:
        print(f"vnplan: error: {e}", file=sys.stderr)
        return EXIT_UNREADABLE
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED


if __name__ == "__main__":
    sys.exit(main())
