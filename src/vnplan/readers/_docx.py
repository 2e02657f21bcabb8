"""Word ``.docx`` files with python-docx (the ``vnplan[docx]`` extra)."""

from __future__ import annotations

import os
import zipfile
from typing import Any

from vnplan.errors import UnsupportedFileError

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _lines(element: Any, parent: Any, out: list[str]) -> None:
    """Lines of the paragraphs and tables under ``element``, in document order.

    A table is read row by row and, in a row, cell by cell, each cell's content in
    full: a two-cell header (issuer and number | motto, place and date) or a
    signature table (recipients | signer) gives the left column, then the right.
    """
    from docx.text.paragraph import Paragraph  # noqa: PLC0415 (optional extra)

    for child in element.iterchildren():
        if child.tag == f"{_W}p":
            out.extend(line for line in Paragraph(child, parent).text.split("\n") if line.strip())
        elif child.tag == f"{_W}tbl":
            for row in child.iterchildren(f"{_W}tr"):
                for cell in row.iterchildren(f"{_W}tc"):
                    _lines(cell, parent, out)
        elif child.tag == f"{_W}sdt":  # content control: its content is in w:sdtContent
            for content in child.iterchildren(f"{_W}sdtContent"):
                _lines(content, parent, out)


def docx_text(path: str | os.PathLike[str]) -> str:
    """The text of a ``.docx`` body: paragraphs and tables in document order."""
    try:
        import docx  # noqa: PLC0415 (optional extra)
    except ImportError as e:
        raise UnsupportedFileError("reading .docx files needs python-docx: pip install 'vnplan[docx]'") from e
    try:
        document = docx.Document(os.fspath(path))
    except (zipfile.BadZipFile, KeyError, ValueError) as e:
        raise UnsupportedFileError(f"{os.fspath(path)} is not a readable .docx file: {e}") from e
    out: list[str] = []
    _lines(document.element.body, document.part, out)
    return "\n".join(out)
