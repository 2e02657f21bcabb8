"""Many documents at once: :func:`parse_file` and :func:`parse_many`.

Batch mode never stops on a bad document. A file that cannot be read, decoded
or is too large, and a parser crash on one item, each come back as a
:class:`~vnplan.models.Plan` whose diagnostics hold one ``error``:

=========================  ==========================================================
code                       meaning
=========================  ==========================================================
``input.unreadable``       the file could not be opened or read (missing, a folder...)
``input.undecodable``      its bytes are in no supported encoding
``input.too_large``        its text is over :data:`vnplan.MAX_INPUT_CHARS`
``input.empty``            the file (or bytes) decode to no text, or only white space
``input.unsupported``      a file kind vnplan cannot read, or an item that is neither
                           a text nor a path (only :func:`parse_many`; :func:`parse_file`
                           raises :class:`~vnplan.errors.UnsupportedFileError`)
``parse.internal_error``   the parser raised on this item (a bug: please report it)
=========================  ==========================================================

>>> from pathlib import Path
>>> plans = parse_many(["KẾ HOẠCH\\nTổng kết", Path("missing.txt")], workers=1)
>>> [(p.source, [d.code for d in p.diagnostics if d.severity == "error"]) for p in plans]
[(None, []), ('missing.txt', ['input.unreadable'])]
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from itertools import islice

from vnplan.api import MAX_INPUT_CHARS, parse
from vnplan.errors import DecodeError, InputTooLargeError, UnsupportedFileError, VnplanError
from vnplan.models import Diagnostic, Plan
from vnplan.readers import decode_bytes, read_path

_CHUNKS_PER_WORKER = 4  # in flight: enough to keep workers busy behind a slow chunk, and bounded

Item = str | bytes | os.PathLike[str]
"""One input of :func:`parse_many`: a ``str`` is a text, ``bytes`` an encoded text, a ``Path`` a file."""

INPUT_ERROR_CODES = frozenset(
    {"input.unreadable", "input.undecodable", "input.too_large", "input.empty", "input.unsupported"}
)
"""Error codes meaning the input itself could not be read (the CLI exits with 3 on them)."""


def error_plan(code: str, message: str, *, source: str | None = None) -> Plan:
    """An empty plan carrying one error diagnostic: how batch mode reports a bad item.

    >>> p = error_plan("input.unreadable", "no such file", source="a.txt")
    >>> p.ok, p.source, p.diagnostics[0].code
    (False, 'a.txt', 'input.unreadable')
    """
    return Plan(source=source, diagnostics=[Diagnostic(code=code, message=message, severity="error")])


def _with_input(plan: Plan, *, source: str | None, diagnostics: list[Diagnostic]) -> Plan:
    """``plan`` with its source set and the reader's diagnostics put before its own."""
    return plan.model_copy(update={"source": source, "diagnostics": [*diagnostics, *plan.diagnostics]})


def _finish(text: str, diagnostics: list[Diagnostic], source: str | None) -> Plan:
    """Parse a decoded text, with its source and the reader's diagnostics."""
    if len(text) > MAX_INPUT_CHARS:
        error = InputTooLargeError(size=len(text), limit=MAX_INPUT_CHARS)
        plan = error_plan("input.too_large", str(error), source=source)
    elif not text.strip():
        plan = error_plan("input.empty", "the input has no text (an empty or blank file)", source=source)
    else:
        plan = parse(text)
    return _with_input(plan, source=source, diagnostics=diagnostics)


def parse_file(path: str | os.PathLike[str]) -> Plan:
    """Read one file (any kind :mod:`vnplan.readers` knows) and parse it.

    ``Plan.source`` is the path as given. A file that cannot be read, decoded, or
    is too large gives a plan with an error diagnostic (see the module doc) rather
    than an exception; a kind vnplan cannot read raises
    :class:`~vnplan.errors.UnsupportedFileError`, like the contract says.

    >>> import tempfile
    >>> from pathlib import Path
    >>> with tempfile.TemporaryDirectory() as d:
    ...     p = Path(d, "plan.txt")
    ...     _ = p.write_text("KẾ HOẠCH\\nTổng kết 10 năm", encoding="utf-8")
    ...     parse_file(p).source == str(p)
    True
    >>> parse_file("missing.txt").diagnostics[0].code
    'input.unreadable'
    """
    source = os.fspath(path)
    try:
        read = read_path(path)
    except (DecodeError, InputTooLargeError) as e:
        return error_plan(_input_error_code(e), str(e), source=source)
    except OSError as e:
        return error_plan("input.unreadable", f"cannot read {source}: {e.strerror or e}", source=source)
    return _finish(read.text, list(read.diagnostics), source)


_CODE_OF_ERROR: tuple[tuple[type[VnplanError], str], ...] = (
    (UnsupportedFileError, "input.unsupported"),
    (DecodeError, "input.undecodable"),
    (InputTooLargeError, "input.too_large"),
)


def _input_error_code(error: VnplanError) -> str:
    """The diagnostic code of an input error (a bug if none fits)."""
    return next(code for kind, code in _CODE_OF_ERROR if isinstance(error, kind))


def parse_bytes(data: bytes, *, source: str | None = None) -> Plan:
    """Decode bytes as :func:`parse_file` decodes a text file, and parse them; never raises.

    For texts that come as bytes from elsewhere (standard input, object stores).

    >>> parse_bytes("KẾ HOẠCH".encode("utf-16"), source="blob").source
    'blob'
    >>> parse_bytes(b"  ").diagnostics[-1].code
    'input.empty'
    >>> parse_bytes(b"\\xff\\xfe\\x00\\xd8", source="blob").diagnostics[-1].code
    'input.undecodable'
    """
    try:
        text, diagnostics = decode_bytes(data)
    except DecodeError as e:
        return error_plan("input.undecodable", str(e), source=source)
    return _finish(text, list(diagnostics), source)


def _parse_item(item: object) -> Plan:
    """Parse one item of :func:`parse_many`; never raises."""
    source = _source_of(item)
    try:
        if isinstance(item, os.PathLike):
            return parse_file(item)
        if isinstance(item, str):
            return parse(item)
        if isinstance(item, bytes):
            return parse_bytes(item)
        name = item.type_name if isinstance(item, _NotAnItem) else type(item).__name__
        return error_plan("input.unsupported", f"items are str texts, bytes or paths, not {name}")
    except (UnsupportedFileError, DecodeError, InputTooLargeError) as e:
        return error_plan(_input_error_code(e), str(e), source=source)
    except Exception as e:
        return error_plan("parse.internal_error", f"{type(e).__name__}: {e}", source=source)


@dataclass(frozen=True)
class _NotAnItem:
    """Stands for an item of a wrong type on its way to a worker (which may not be able to receive it)."""

    type_name: str


def _checked(item: object) -> object:
    return item if isinstance(item, str | bytes | os.PathLike) else _NotAnItem(type(item).__name__)


def _parse_chunk(items: list[object]) -> list[Plan]:
    """What a worker process runs: one chunk of items, in order."""
    return [_parse_item(item) for item in items]


def _source_of(item: object) -> str | None:
    return os.fspath(item) if isinstance(item, os.PathLike) else None


class _Pool:
    """A process pool that is replaced when a worker dies (killed, out of memory, a C crash)."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self.executor = ProcessPoolExecutor(max_workers=workers)

    def submit(self, chunk: list[object]) -> Future[list[Plan]]:
        try:
            return self.executor.submit(_parse_chunk, chunk)
        except BrokenProcessPool:
            self.renew()
            return self.executor.submit(_parse_chunk, chunk)

    def renew(self) -> None:
        self.executor.shutdown(wait=False, cancel_futures=True)
        self.executor = ProcessPoolExecutor(max_workers=self.workers)

    def collect(self, chunk: list[object], future: Future[list[Plan]]) -> list[Plan]:
        """The plans of a chunk; if it failed as a whole (a worker died), its items are retried one by one."""
        try:
            return future.result()
        except Exception:
            pass
        plans = []
        for item in chunk:
            try:
                plans.extend(self.submit([item]).result())
            except BrokenProcessPool:
                self.renew()
                message = "the worker process died while parsing this item"
                plans.append(error_plan("parse.internal_error", message, source=_source_of(item)))
            except Exception as e:  # e.g. an item that cannot be sent to a worker
                message = f"{type(e).__name__}: {e}"
                plans.append(error_plan("parse.internal_error", message, source=_source_of(item)))
        return plans


def _cores() -> int:
    """The cores this process may run on (fewer than the machine's in a container or under taskset)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def parse_many(items: Iterable[Item], *, workers: int | None = None, chunksize: int = 4) -> Iterator[Plan]:
    """Parse texts and files, yielding one plan per item in input order.

    A ``str`` item is the text of a document, ``bytes`` an encoded text, and a
    :class:`os.PathLike` (``pathlib.Path``) a file to read with :func:`parse_file`:
    wrap path strings in ``Path``. ``workers=None`` uses every core this process
    may use, ``workers=1`` parses in this process. Items are read lazily and at
    most ``4 * workers`` chunks of ``chunksize`` items are in flight, so memory
    stays flat over any number of items. Every failure of one item (bad file, unknown kind, parser
    crash, dead worker) becomes a plan with an error diagnostic; the batch goes on.

    >>> from pathlib import Path
    >>> plans = parse_many(["KẾ HOẠCH", Path("missing.txt"), 42], workers=1)
    >>> [(p.source, p.ok) for p in plans][1:]
    [('missing.txt', False), (None, False)]
    """
    if workers is None:
        workers = _cores()
    if workers < 1:
        raise ValueError(f"workers must be at least 1, got {workers}")
    if chunksize < 1:
        raise ValueError(f"chunksize must be at least 1, got {chunksize}")
    if workers == 1:
        return (_parse_item(item) for item in items)
    return _parse_in_pool(iter(items), workers, chunksize)


def _parse_in_pool(items: Iterator[Item], workers: int, chunksize: int) -> Iterator[Plan]:
    pool = _Pool(workers)
    in_flight: deque[tuple[list[object], Future[list[Plan]]]] = deque()
    try:
        while chunk := [_checked(item) for item in islice(items, chunksize)]:
            in_flight.append((chunk, pool.submit(chunk)))
            if len(in_flight) >= _CHUNKS_PER_WORKER * workers:
                yield from pool.collect(*in_flight.popleft())
        while in_flight:
            yield from pool.collect(*in_flight.popleft())
    finally:
        pool.executor.shutdown(wait=True, cancel_futures=True)


__all__ = ["INPUT_ERROR_CODES", "Item", "error_plan", "parse_bytes", "parse_file", "parse_many"]
