"""Readers: text encodings, HTML, and DOCX/PDF files laid out like real documents from the corpus.

The DOCX and PDF files are built here from the corpus texts: a two-column header
(issuer and number on the left; motto, place and date on the right), the type
name, title and body, then recipients (left) beside the signature (right).
"""

from __future__ import annotations

import importlib
import re
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import docx
import fpdf
import pytest

import vnplan
from vnplan.errors import DecodeError, UnsupportedFileError
from vnplan.legacy import Encoding, encode_legacy
from vnplan.readers import decode_bytes, read_path
from vnplan.readers._html import html_text as decode_html

DOCS = sorted((Path(__file__).parent / "fixtures" / "corpus" / "docs").glob("*.txt"))

_TYPE_RE = re.compile(r"(KẾ HOẠCH|QUYẾT ĐỊNH|THÔNG BÁO|BÁO CÁO|HƯỚNG DẪN|NGHỊ QUYẾT|CHƯƠNG TRÌNH|CHỈ THỊ)")
_RIGHT_RE = re.compile(r"ĐẢNG CỘNG SẢN|CỘNG HÒA XÃ HỘI|CỘNG HOÀ XÃ HỘI|Độc lập|ĐOÀN TNCS HỒ CHÍ MINH|, ngày")


_AUTHORITY_RE = re.compile(r"(T/?M|TM\.|K/?T\.?|T/?L\.?|TUQ\.?|Q\.) [A-ZĐ]")


@dataclass(frozen=True)
class Layout:
    """A corpus text cut into the blocks of a printed document."""

    name: str
    left: list[str]
    right: list[str]
    body: list[str]
    recipients: list[str]
    signature: list[str]
    rest: list[str]  # what follows the signature block (annexes)

    def reading_order(self) -> list[str]:
        return [*self.left, *self.right, *self.body, *self.recipients, *self.signature, *self.rest]


def _clean(line: str) -> str:
    line = line.replace("**", " ").strip().lstrip("#").strip(" |")
    return " ".join(line.split())


def _layout(path: Path) -> Layout | None:
    """Cut a corpus text into blocks, or ``None`` when it lacks one of them."""
    lines = [c for c in map(_clean, path.read_text(encoding="utf-8").splitlines()) if c]
    heading = next((i for i, line in enumerate(lines) if _TYPE_RE.fullmatch(line.upper())), None)
    received = next((i for i, line in enumerate(lines) if line.startswith("Nơi nhận")), None)
    if heading is None or received is None or received < heading:
        return None
    signed = [i for i, line in enumerate(lines) if i > heading and _AUTHORITY_RE.match(line)]
    if not signed or abs(signed[-1] - received) > 20:
        return None
    sign = signed[-1]
    if sign < received:  # the text has the signature first: it ends where the recipients start
        body, signature = lines[heading:sign], lines[sign:received]
        recipients, rest = lines[received : received + 15], lines[received + 15 :]
    else:
        body, recipients = lines[heading:received], lines[received:sign]
        end = next((i for i in range(sign + 1, len(lines)) if len(lines[i]) > 60 or i > sign + 4), len(lines))
        signature, rest = lines[sign:end], lines[end:]
    header = lines[:heading]
    right = [line for line in header if _RIGHT_RE.search(line)]
    left = [line for line in header if not _RIGHT_RE.search(line)]
    if not left or not right or len(recipients) < 3 or len(signature) < 2:
        return None
    return Layout(path.name, left, right, body, recipients, signature, rest)


LAYOUTS = [layout for layout in map(_layout, DOCS) if layout is not None]


def test_enough_corpus_documents_have_the_full_layout() -> None:
    names = [layout.name for layout in LAYOUTS]
    assert len(names) >= 4 and DOCS[0].name in names


def _flat(lines: list[str] | str) -> str:
    text = lines if isinstance(lines, str) else "\n".join(lines)
    return " ".join(text.split())


# -- DOCX ---------------------------------------------------------------------------------------------


def _docx(layout: Layout, path: Path) -> Path:
    document = docx.Document()

    def two_columns(left: list[str], right: list[str]) -> None:
        table = document.add_table(rows=1, cols=2)
        for cell, lines in zip(table.rows[0].cells, (left, right), strict=True):
            cell.text = lines[0]
            for line in lines[1:]:
                cell.add_paragraph(line)

    two_columns(layout.left, layout.right)
    document.add_paragraph("")
    for line in layout.body:
        document.add_paragraph(line)
    two_columns(layout.recipients, layout.signature)
    for line in layout.rest:
        document.add_paragraph(line)
    document.save(str(path))
    return path


@pytest.mark.parametrize("layout", LAYOUTS, ids=lambda layout: layout.name)
def test_docx_reads_columns_in_order(layout: Layout, tmp_path: Path) -> None:
    result = read_path(_docx(layout, tmp_path / "plan.docx"))
    assert result.kind == "docx" and result.diagnostics == ()
    assert result.text.splitlines() == layout.reading_order()


# -- PDF ----------------------------------------------------------------------------------------------


def _font() -> str:
    """Source Sans Pro (it has the Vietnamese glyphs), shipped by a PyPI package."""
    fonts = importlib.import_module("font_source_sans_pro")
    return str(fonts.font_files_ttf["SourceSansPro"])


def _pdf(layout: Layout, path: Path) -> Path:
    pdf = fpdf.FPDF(format="A4")
    pdf.add_font("sans", "", _font())
    pdf.set_margins(20, 15, 15)
    pdf.add_page()

    def column(lines: list[str], x: float, y: float, width: float, *, size: int, align: str) -> float:
        pdf.set_font("sans", size=size)
        pdf.set_xy(x, y)
        for line in lines:
            pdf.set_x(x)
            pdf.multi_cell(width, size * 0.45, line, align=align, new_x="LEFT", new_y="NEXT")
        return float(pdf.get_y())

    top = float(pdf.get_y())
    bottom = max(
        column(layout.left, 20, top, 75, size=12, align="C"),
        column(layout.right, 105, top, 90, size=12, align="C"),
    )
    pdf.set_xy(20, bottom + 8)
    pdf.set_font("sans", size=12)
    for i, line in enumerate(layout.body):
        pdf.multi_cell(0, 6, line, align="C" if i == 0 else "J", new_x="LMARGIN", new_y="NEXT")
    if pdf.get_y() > 190:
        pdf.add_page()
    top = float(pdf.get_y()) + 6
    column(layout.recipients, 20, top, 80, size=10, align="L")
    column(layout.signature, 110, top, 80, size=12, align="C")
    if layout.rest:
        pdf.add_page()
        pdf.set_font("sans", size=12)
        for line in layout.rest:
            pdf.multi_cell(0, 6, line, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


@pytest.mark.parametrize("layout", LAYOUTS, ids=lambda layout: layout.name)
def test_pdf_rebuilds_the_two_column_blocks(layout: Layout, tmp_path: Path) -> None:
    result = read_path(_pdf(layout, tmp_path / "plan.pdf"))
    assert result.kind == "pdf" and result.diagnostics == ()
    flat = _flat(result.text)
    # issuer lines and number come before the right column, each column in order
    assert flat.startswith(_flat(layout.left + layout.right))
    # recipients and signature are each complete and not interleaved
    assert flat.endswith(_flat(layout.recipients + layout.signature + layout.rest))
    assert flat == _flat(layout.reading_order())


def test_scanned_pdf_has_no_text_layer(tmp_path: Path) -> None:
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 50, style="F")  # a picture of text, not text
    pdf.output(str(tmp_path / "scan.pdf"))
    result = read_path(tmp_path / "scan.pdf")
    assert result.text == ""
    assert [(d.code, d.severity) for d in result.diagnostics] == [("pdf.no_text_layer", "error")]
    assert "OCR" in result.diagnostics[0].message


def test_not_a_pdf(tmp_path: Path) -> None:
    (tmp_path / "bad.pdf").write_bytes(b"this is not a PDF")
    with pytest.raises(UnsupportedFileError):
        read_path(tmp_path / "bad.pdf")


# -- parsing what was read ----------------------------------------------------------------------------


def _essentials(plan: vnplan.Plan) -> dict[str, Any]:
    def strip(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: strip(v) for k, v in value.items() if k not in ("span", "mentions")}
        if isinstance(value, list):
            return [strip(v) for v in value]
        return value

    data = plan.model_dump(mode="json")
    keys = ("number", "issuer", "issued_on", "references", "deadlines", "recipients", "signer")
    return {key: strip(data[key]) for key in keys}


@pytest.mark.parametrize("layout", LAYOUTS, ids=lambda layout: layout.name)
def test_parse_of_the_docx_matches_the_text(layout: Layout, tmp_path: Path) -> None:
    read = read_path(_docx(layout, tmp_path / "plan.docx"))
    original = "\n".join(layout.reading_order())
    assert _essentials(vnplan.parse(read.text)) == _essentials(vnplan.parse(original))


def _unwrapped(essentials: dict[str, Any]) -> dict[str, Any]:
    """A PDF wraps body paragraphs at other places than the text: the same values, with the
    white space inside phrases folded."""

    def fold(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: fold(v) for k, v in value.items()}
        if isinstance(value, list):
            return [fold(v) for v in value]
        return " ".join(value.split()) if isinstance(value, str) else value

    folded: dict[str, Any] = fold(essentials)
    return folded


@pytest.mark.parametrize("layout", LAYOUTS, ids=lambda layout: layout.name)
def test_parse_of_the_pdf_matches_the_text(layout: Layout, tmp_path: Path) -> None:
    """A PDF wraps body paragraphs into lines: every value must come out the same."""
    read = read_path(_pdf(layout, tmp_path / "plan.pdf"))
    original = "\n".join(layout.reading_order())
    assert _unwrapped(_essentials(vnplan.parse(read.text))) == _unwrapped(_essentials(vnplan.parse(original)))


# -- HTML ---------------------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Kế hoạch 62</title>
<style>p { margin: 0 }</style><script>var s = "<p>not text</p>";</script></head>
<body>
<table><tr>
  <td><p>TỈNH UỶ QUẢNG TRỊ</p><p>*</p><p>Số 62-KH/TU</p></td>
  <td><p>ĐẢNG CỘNG SẢN VIỆT NAM</p><p><i>Đông Hà, ngày 07 tháng 9 năm 2017</i></p></td>
</tr></table>
<h1>K&#7870; HO&#7840;CH</h1>
<p>Tổng kết   10 năm thực hiện<br>Nghị quyết số 11-NQ/TU &amp; Nghị quyết số 20-NQ/TW</p>
<div>Cấp&nbsp;tỉnh: Tổng kết vào quý I năm 2018.</div>
<table><tr>
  <td><u>Nơi nhận:</u><br>- Ban Bí thư TW Đảng;<br>- Lưu VPTU.</td>
  <td><b>T/M BAN THƯỜNG VỤ</b><br>Phạm Đức Châu</td>
</tr></table>
</body></html>
"""


def test_html_reads_blocks_cells_and_breaks(tmp_path: Path) -> None:
    (tmp_path / "plan.html").write_text(PAGE, encoding="utf-8")
    result = read_path(tmp_path / "plan.html")
    assert result.kind == "html" and result.diagnostics == ()
    assert result.text.splitlines() == [
        "TỈNH UỶ QUẢNG TRỊ",
        "*",
        "Số 62-KH/TU",
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "Đông Hà, ngày 07 tháng 9 năm 2017",
        "KẾ HOẠCH",
        "Tổng kết 10 năm thực hiện",
        "Nghị quyết số 11-NQ/TU & Nghị quyết số 20-NQ/TW",
        "Cấp tỉnh: Tổng kết vào quý I năm 2018.",
        "Nơi nhận:",
        "- Ban Bí thư TW Đảng;",
        "- Lưu VPTU.",
        "T/M BAN THƯỜNG VỤ",
        "Phạm Đức Châu",
    ]
    plan = vnplan.parse(result.text)
    assert plan.number is not None and plan.number.canonical == "62-KH/TU"


def _cp1258(text: str) -> bytes:
    """Windows-1258 bytes: precomposed base letters, tones as combining marks."""
    out = bytearray()
    for c in text:
        try:
            out += c.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", c)
            tones = "".join(m for m in parts if m in "\u0300\u0301\u0303\u0309\u0323")
            base = unicodedata.normalize("NFC", "".join(m for m in parts if m not in tones))
            out += (base + tones).encode("cp1258")
    return bytes(out)


def test_html_meta_charset_is_respected(tmp_path: Path) -> None:
    page = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258"></head>'
    page_bytes = _cp1258(page + "<body><p>Độc lập - Tự do - Hạnh phúc</p></body></html>")
    (tmp_path / "p.htm").write_bytes(page_bytes)
    result = read_path(tmp_path / "p.htm")
    assert result.text == "Độc lập - Tự do - Hạnh phúc"
    assert [d.code for d in result.diagnostics] == ["encoding.detected"]


def test_html_in_a_legacy_font_is_converted(tmp_path: Path) -> None:
    body = encode_legacy("<p>QUYẾT ĐỊNH</p><p>Về việc ban hành Kế hoạch</p>", "tcvn3")
    (tmp_path / "old.html").write_bytes(b'<meta charset="windows-1252"><font face=".VnTime">' + body)
    result = read_path(tmp_path / "old.html")
    assert result.text == "QUYẾT ĐỊNH\nVề việc ban hành Kế hoạch"
    assert [d.code for d in result.diagnostics] == ["encoding.detected", "encoding.legacy_converted"]


def test_html_pre_keeps_its_lines() -> None:
    page = "<div>Trước</div><pre>1. Mục  đích\n2. Yêu cầu</pre>"
    text, _ = decode_html(page.encode("utf-8"))
    assert text.splitlines() == ["Trước", "1. Mục  đích", "2. Yêu cầu"]


def test_docx_in_a_legacy_font_is_converted(tmp_path: Path) -> None:
    document = docx.Document()
    for line in ("§¶NG CéNG S¶N VIÖT NAM", "KÕ ho¹ch tæng kÕt c«ng t¸c n¨m 2017"):
        document.add_paragraph(line)
    document.save(str(tmp_path / "old.docx"))
    result = read_path(tmp_path / "old.docx")
    assert result.text == "ĐẢNG CỘNG SẢN VIỆT NAM\nKế hoạch tổng kết công tác năm 2017"
    assert [d.code for d in result.diagnostics] == ["encoding.legacy_converted"]


# -- text encodings -----------------------------------------------------------------------------------

SAMPLE = "TỈNH UỶ QUẢNG TRỊ\nSố 62-KH/TU\nĐông Hà, ngày 07 tháng 9 năm 2017\nKẾ HOẠCH\nTổng kết 10 năm"


@pytest.mark.parametrize(
    ("data", "diagnostic"),
    [
        (SAMPLE.encode("utf-8"), None),
        (SAMPLE.encode("utf-8-sig"), None),
        (SAMPLE.encode("utf-16"), "UTF-16"),
        (SAMPLE.encode("utf-16-be"), "UTF-16"),
        (SAMPLE.encode("utf-32"), "UTF-32"),
        (_cp1258(SAMPLE), "Windows-1258"),
        (unicodedata.normalize("NFD", SAMPLE).encode("utf-8"), None),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-bom", "utf-16-no-bom", "utf-32-bom", "cp1258", "utf-8-nfd"],
)
def test_text_encodings(data: bytes, diagnostic: str | None, tmp_path: Path) -> None:
    (tmp_path / "plan.txt").write_bytes(data)
    result = read_path(tmp_path / "plan.txt")
    assert unicodedata.normalize("NFC", result.text) == SAMPLE
    assert [d.message for d in result.diagnostics if diagnostic and diagnostic in d.message] == [
        d.message for d in result.diagnostics
    ]
    assert len(result.diagnostics) == (diagnostic is not None)
    assert vnplan.parse(result.text).number is not None


@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
def test_legacy_bytes(encoding: Encoding, tmp_path: Path) -> None:
    (tmp_path / "plan.md").write_bytes(encode_legacy(SAMPLE, encoding))
    result = read_path(tmp_path / "plan.md")
    assert result.text == SAMPLE
    assert [d.code for d in result.diagnostics] == ["encoding.legacy_converted"]
    assert ("TCVN3" if encoding == "tcvn3" else "VNI") in result.diagnostics[0].message


def test_undecodable_bytes_name_the_offset() -> None:
    head = "Kế hoạch số 1 ".encode()
    with pytest.raises(DecodeError) as info:
        decode_bytes(head + b"\xff\xfe\xfd and more" + "Tổng kết".encode())
    assert info.value.offset == len(head)
    assert f"byte offset {len(head)}" in str(info.value)


def test_binary_is_not_text() -> None:
    with pytest.raises(DecodeError) as info:
        decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert info.value.offset == 8


def test_unknown_extensions_are_refused(tmp_path: Path) -> None:
    for name in ("plan.doc", "plan.odt", "plan"):
        (tmp_path / name).write_bytes(b"x")
        with pytest.raises(UnsupportedFileError, match="cannot read"):
            read_path(tmp_path / name)


@pytest.mark.parametrize(
    ("suffix", "modules", "extra"),
    [
        (".docx", ["docx"], "vnplan[docx]"),
        (".pdf", ["pdfminer", "pdfminer.converter", "pdfminer.pdfinterp"], "vnplan[pdf]"),
    ],
)
def test_missing_extra_is_named(
    suffix: str, modules: list[str], extra: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for module in modules:
        monkeypatch.setitem(sys.modules, module, None)
    (tmp_path / f"plan{suffix}").write_bytes(b"x")
    with pytest.raises(UnsupportedFileError, match=re.escape(extra)):
        read_path(tmp_path / f"plan{suffix}")
