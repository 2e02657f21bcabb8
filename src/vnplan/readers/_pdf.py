"""PDF text layers with pdfminer.six (the ``vnplan[pdf]`` extra), columns rebuilt from positions.

Administrative documents put two blocks side by side twice: the header (issuer and
number on the left; motto, place and date on the right) and the end (recipients on
the left, signature on the right). Reading glyphs row by row interleaves them, so
rows are cut into segments at wide gaps, and a run of rows that all split at the
same x (none crossing it) is emitted as its left column, then its right column.
"""

from __future__ import annotations

import itertools
import math
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from vnplan.errors import UnsupportedFileError
from vnplan.models import Diagnostic

_WORD_GAP = 0.1  # a gap wider than this many glyph heights is a space
_COLUMN_GAP = 0.8  # ... and wider than this, the start of another column
_ROW_OVERLAP = 0.5  # glyphs sharing this much of their height are on one row
_CENTRED = 0.06  # a line whose middle is this close (share of the page width) to the page's is centred
_PARAGRAPH_GAP = 2.5  # a column block ends at a vertical gap of this many row heights


@dataclass(frozen=True, slots=True)
class _Glyph:
    text: str
    x0: float
    x1: float
    y0: float
    y1: float

    @property
    def height(self) -> float:
        return max(self.y1 - self.y0, 1.0)


@dataclass(frozen=True, slots=True)
class _Segment:
    text: str
    x0: float
    x1: float


@dataclass(frozen=True, slots=True)
class _Row:
    segments: tuple[_Segment, ...]
    top: float
    bottom: float

    def narrow(self, lo: float, hi: float) -> tuple[float, float] | None:
        """The widest part of the gutter ``[lo, hi]`` that no segment of this row crosses."""
        bounds = [-math.inf, *(x for s in self.segments for x in (s.x0, s.x1)), math.inf]
        gaps = zip(bounds[0::2], bounds[1::2], strict=True)
        fits = [(max(lo, a), min(hi, b)) for a, b in gaps if max(lo, a) < min(hi, b)]
        return max(fits, key=lambda f: f[1] - f[0], default=None)


def _glyphs(layout: Iterable[Any]) -> Iterator[_Glyph]:
    from pdfminer.layout import LTChar, LTContainer  # noqa: PLC0415 (optional extra)

    for obj in layout:
        if isinstance(obj, LTChar):
            if obj.get_text().strip():
                yield _Glyph(obj.get_text(), obj.x0, obj.x1, obj.y0, obj.y1)
        elif isinstance(obj, LTContainer):
            yield from _glyphs(obj)


def _segments(glyphs: list[_Glyph]) -> tuple[_Segment, ...]:
    glyphs = sorted(glyphs, key=lambda g: g.x0)
    out: list[_Segment] = []
    text, start, end = glyphs[0].text, glyphs[0].x0, glyphs[0].x1
    for g in glyphs[1:]:
        gap = g.x0 - end
        if gap > _COLUMN_GAP * g.height:
            out.append(_Segment(text, start, end))
            text, start = g.text, g.x0
        else:
            text += (" " if gap > _WORD_GAP * g.height else "") + g.text
        end = max(end, g.x1)
    out.append(_Segment(text, start, end))
    return tuple(out)


def _rows(glyphs: list[_Glyph]) -> list[_Row]:
    """Glyphs grouped into rows, top to bottom."""
    rows: list[list[_Glyph]] = []
    band = (0.0, 0.0)
    for g in sorted(glyphs, key=lambda g: -(g.y0 + g.y1)):
        overlap = min(band[1], g.y1) - max(band[0], g.y0)
        if rows and overlap >= _ROW_OVERLAP * min(g.height, band[1] - band[0]):
            rows[-1].append(g)
            band = (min(band[0], g.y0), max(band[1], g.y1))
        else:
            rows.append([g])
            band = (g.y0, g.y1)
    return [_Row(_segments(r), max(g.y1 for g in r), min(g.y0 for g in r)) for r in rows]


def _near(upper: _Row, lower: _Row) -> bool:
    return upper.bottom - lower.top <= _PARAGRAPH_GAP * (lower.top - lower.bottom)


def _page_lines(rows: list[_Row], page_x0: float, page_x1: float) -> list[str]:
    """Lines of one page in reading order, side-by-side blocks column by column.

    A line centred on the page (a type name, a title) belongs to no column, so
    it ends a block even when it would fit one.
    """
    middle, slack = (page_x0 + page_x1) / 2, _CENTRED * (page_x1 - page_x0)

    def joins(row: _Row, gutter: tuple[float, float]) -> tuple[float, float] | None:
        seg = row.segments[0]
        if len(row.segments) == 1 and abs((seg.x0 + seg.x1) / 2 - middle) <= slack:
            return None
        return row.narrow(*gutter)

    lines: list[str] = []
    done = 0  # rows[:done] are in ``lines``
    i = 0
    while i < len(rows):
        row = rows[i]
        if len(row.segments) < 2:
            i += 1
            continue
        # the gutter: the widest gap of this row, narrowed by each row joining the block
        gutter = max(((a.x1, b.x0) for a, b in itertools.pairwise(row.segments)), key=lambda g: g[1] - g[0])
        end = i + 1
        while end < len(rows) and _near(rows[end - 1], rows[end]):
            narrowed = joins(rows[end], gutter)
            if narrowed is None:
                break
            gutter, end = narrowed, end + 1
        start = i
        while start > done and _near(rows[start - 1], rows[start]):
            narrowed = joins(rows[start - 1], gutter)
            if narrowed is None:
                break
            gutter, start = narrowed, start - 1
        split = sum(gutter) / 2
        lines.extend(" ".join(s.text for s in r.segments) for r in rows[done:start])
        block = rows[start:end]
        lines.extend(" ".join(s.text for s in r.segments if s.x1 <= split) for r in block)
        lines.extend(" ".join(s.text for s in r.segments if s.x0 >= split) for r in block)
        done = i = end
    lines.extend(" ".join(s.text for s in r.segments) for r in rows[done:])
    return [line for line in lines if line]


def pdf_text(path: str | os.PathLike[str]) -> tuple[str, list[Diagnostic]]:
    """The text layer of a PDF, in reading order; empty with an error when there is none."""
    try:
        from pdfminer.converter import PDFPageAggregator  # noqa: PLC0415 (optional extra)
        from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager  # noqa: PLC0415
        from pdfminer.pdfpage import PDFPage  # noqa: PLC0415
        from pdfminer.psexceptions import PSException  # noqa: PLC0415
    except ImportError as e:
        raise UnsupportedFileError("reading PDF files needs pdfminer.six: pip install 'vnplan[pdf]'") from e
    pages: list[str] = []
    try:
        with open(path, "rb") as fp:
            manager = PDFResourceManager()
            device = PDFPageAggregator(manager, laparams=None)
            interpreter = PDFPageInterpreter(manager, device)
            for page in PDFPage.get_pages(fp):
                interpreter.process_page(page)
                layout = device.get_result()
                glyphs = list(_glyphs(layout))
                if glyphs:
                    pages.append("\n".join(_page_lines(_rows(glyphs), layout.x0, layout.x1)))
    except PSException as e:
        raise UnsupportedFileError(f"{os.fspath(path)} is not a readable PDF file: {e!r}") from e
    if not pages:
        return "", [
            Diagnostic(
                code="pdf.no_text_layer",
                message="scanned PDF: vnplan does no OCR (the file has no text layer)",
                severity="error",
            )
        ]
    text = "\n".join(pages)
    diagnostics = []
    if "(cid:" in text:
        diagnostics.append(
            Diagnostic(
                code="pdf.unmapped_glyphs",
                message="some glyphs have no Unicode mapping in the PDF and were read as (cid:N)",
                severity="warning",
            )
        )
    return text, diagnostics
