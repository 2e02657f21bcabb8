"""Read the files users have: text in any common encoding, HTML, DOCX and PDF.

:func:`read_path` picks a reader from the file extension and returns the text in
reading order, ready for :func:`vnplan.parse`, with diagnostics saying what was
guessed or repaired (the encoding, legacy TCVN3/VNI text, a missing text layer).
DOCX and PDF need the extras ``vnplan[docx]`` and ``vnplan[pdf]``.

>>> import pathlib, tempfile
>>> with tempfile.TemporaryDirectory() as d:
...     p = pathlib.Path(d, "plan.txt")
...     _ = p.write_bytes("KẾ HOẠCH\\nSố 62-KH/TU".encode("utf-16"))
...     r = read_path(p)
>>> r.text, r.kind, [d.code for d in r.diagnostics]
('KẾ HOẠCH\\nSố 62-KH/TU', 'text', ['encoding.detected'])
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from vnplan.errors import UnsupportedFileError
from vnplan.models import Diagnostic
from vnplan.readers._docx import docx_text
from vnplan.readers._html import html_text
from vnplan.readers._pdf import pdf_text
from vnplan.readers._text import decode_bytes, with_legacy

__all__ = ["ReadResult", "decode_bytes", "read_path"]

_KINDS = {".txt": "text", ".md": "text", ".html": "html", ".htm": "html", ".docx": "docx", ".pdf": "pdf"}


@dataclass(frozen=True, slots=True)
class ReadResult:
    """The text of a file and what was noticed while reading it."""

    text: str
    diagnostics: tuple[Diagnostic, ...]
    source: str
    kind: str


def read_path(path: str | os.PathLike[str]) -> ReadResult:
    """Read a ``.txt``/``.md``, ``.html``/``.htm``, ``.docx`` or ``.pdf`` file as text.

    Raises :class:`~vnplan.errors.UnsupportedFileError` for other extensions and
    when the optional reader is not installed, and
    :class:`~vnplan.errors.DecodeError` for text no supported encoding reads.
    """
    p = Path(path)
    kind = _KINDS.get(p.suffix.lower())
    if kind is None:
        hint = " (save it as .docx)" if p.suffix.lower() == ".doc" else ""
        raise UnsupportedFileError(
            f"cannot read {p.suffix or 'extension-less'} files{hint}; vnplan reads {', '.join(_KINDS)}"
        )
    if kind == "text":
        text, diagnostics = decode_bytes(p.read_bytes())
    else:
        if kind == "html":
            raw, found = html_text(p.read_bytes())
        elif kind == "docx":
            raw, found = docx_text(path), []
        else:
            raw, found = pdf_text(path)
        text, diagnostics = with_legacy(raw, found)
    return ReadResult(text=text, diagnostics=tuple(diagnostics), source=os.fspath(path), kind=kind)
