"""HTML to text in reading order, with the standard library's ``html.parser``."""

from __future__ import annotations

import codecs
import re
import unicodedata
from html.parser import HTMLParser

from vnplan.errors import DecodeError
from vnplan.models import Diagnostic
from vnplan.readers._text import decode_bytes, used

# Elements that start and end a line of text; table cells are lines of their own.
_BLOCKS = frozenset({
    "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "div",
    "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
    "header", "hr", "html", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody",
    "td", "tfoot", "th", "thead", "tr", "ul",
})  # fmt: skip
_SKIPPED = frozenset({"script", "style", "noscript", "template", "title"})
_CHARSET_RE = re.compile(rb"""<meta\b[^>]*?charset\s*=\s*["']?\s*([-\w.:]+)""", re.IGNORECASE)
_SPACE_RE = re.compile(r"\s+")


class _Extractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self._line: list[str] = []
        self._skip: list[str] = []
        self._pre = 0

    def _break(self) -> None:
        line = "".join(self._line)
        if self._pre:
            self.lines.extend(line.split("\n"))
        elif line.strip():
            self.lines.append(line.strip())
        self._line = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self._skip.append(tag)
        elif tag == "br":
            self._break()
        elif tag in _BLOCKS:
            self._break()
            self._pre += tag == "pre"

    def handle_endtag(self, tag: str) -> None:
        if self._skip and tag == self._skip[-1]:
            self._skip.pop()
        elif tag in _BLOCKS:
            self._break()
            self._pre -= tag == "pre" and self._pre > 0

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        if not self._pre:
            data = _SPACE_RE.sub(" ", data)
            if not self._line or "".join(self._line).endswith(" "):
                data = data.lstrip(" ")
        self._line.append(data)

    def text(self) -> str:
        self._break()
        return "\n".join(self.lines)


def _decode(data: bytes) -> tuple[str, list[Diagnostic]]:
    if not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        m = _CHARSET_RE.search(data[:4096])
        if m:
            name = m.group(1).decode("ascii", errors="replace")
            try:
                codec = codecs.lookup(name).name
            except LookupError:
                codec = ""
            if codec and codec != "utf-8":
                try:
                    text = unicodedata.normalize("NFC", data.decode(codec))
                except UnicodeDecodeError as e:
                    raise DecodeError(
                        f"the page says charset={name}, but its bytes are not", offset=e.start, encoding=name
                    ) from e
                return text, [used(name, "<meta charset>")]
    return decode_bytes(data)


def html_text(data: bytes) -> tuple[str, list[Diagnostic]]:
    """The text of an HTML page: one line per block, table cell or ``<br>``.

    >>> html_text(b"<p>K&#7871; ho&#7841;ch<br>s&#7889; 1</p><script>x()</script>")[0]
    'Kế hoạch\\nsố 1'
    """
    text, diagnostics = _decode(data)
    parser = _Extractor()
    parser.feed(text)
    parser.close()
    return parser.text(), diagnostics
