"""Stage 1: normalise a raw text, keeping a map back to the original offsets.

Two views of the text are built, always of the same length:

* ``text``: NFC, conversion debris blanked out (Markdown ``**``/``##``, table
  pipes turned into line breaks, form feeds, ``<br>``), ``Ð`` mapped to ``Đ``.
  Values are read from here, so they stay "as written".
* ``key``: ``text`` with one tone-mark style (``hoá`` → ``hóa``, ``uỷ`` → ``ủy``)
  and one kind of dash. Patterns and grammars match here.

Only NFC can change the length; when the input is already NFC (the usual case)
offsets are the identity and no map is stored.

>>> src = normalise("**Tỉnh uỷ**  Số 62-KH/TU")
>>> src.text
'  Tỉnh uỷ    Số 62-KH/TU'
>>> src.key[2:9]
'Tỉnh ủy'
>>> decomposed = "Ho\u0300a"  # "Hòa" in NFD: 4 code points
>>> s = normalise(decomposed)
>>> s.text, s.span(0, 3)
('Hòa', Span(start=0, end=4))

Text in a legacy 8-bit encoding (TCVN3, VNI) is converted first, and the map
still leads back to ``raw``: VNI writes "Độc" in four characters.

>>> s = normalise("Ñoäc laäp - Töï do")
>>> s.text, s.span(0, 3), s.diagnostics[0].code
('Độc lập - Tự do', Span(start=0, end=4), 'encoding.legacy_converted')
"""

from __future__ import annotations

import unicodedata
from array import array
from dataclasses import dataclass

import regex

from vnplan.legacy import convert_legacy
from vnplan.models import Diagnostic, Span

# Old-style tone placement on the open syllables oa, oe, uy (hoá, uỷ) -> new style (hóa, ủy).
_TONE_MOVES = {
    "oá": "óa", "oà": "òa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
    "oé": "óe", "oè": "òe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
    "uý": "úy", "uỳ": "ùy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy",
}  # fmt: skip
_TONE_MOVES.update({k.upper(): v.upper() for k, v in list(_TONE_MOVES.items())})
_TONE_MOVES.update(
    {k[0].upper() + k[1]: v[0].upper() + v[1] for k, v in list(_TONE_MOVES.items()) if k.islower()}
)
# Only at the end of a syllable: "hoá" but not "hoán"; "uỷ" but not "khuỷu".
_TONE_RE = regex.compile("(?:" + "|".join(_TONE_MOVES) + r")(?!\p{L})")

_LOOKALIKES = str.maketrans({"\u00d0": "Đ", "\u00f0": "đ", "\u0189": "Đ", "\u0256": "đ", "\u00a0": " "})
_DASHES = str.maketrans(dict.fromkeys("‐‑‒–—―−﹣－", "-"))

# Debris of PDF/DOCX/HTML conversion, blanked (same length) or turned into a line break.
_BLANK_RE = regex.compile(r"\*+|(?m:^[ \t]*#{1,6}(?=[ \t]))|\\{2,}|(?i:<br\s*/?>)|\x0c|\t|\r")
_CLUSTER_RE = regex.compile(r"\X", regex.DOTALL)


@dataclass(frozen=True, slots=True)
class Source:
    """A normalised text with its two views and the way back to the original."""

    original: str
    text: str
    key: str
    offsets: array[int] | None = None  # offsets[i] = original index of text[i]; None: identity
    diagnostics: tuple[Diagnostic, ...] = ()  # what was repaired on the way (legacy encodings)

    def pos(self, i: int) -> int:
        """Original offset of position ``i`` of the normalised text (``i`` may be ``len``)."""
        if self.offsets is None:
            return i
        return self.offsets[min(max(i, 0), len(self.offsets) - 1)]

    def span(self, start: int, end: int) -> Span:
        """The original-text span of ``text[start:end]``."""
        a = self.pos(start)
        if self.offsets is None:
            return Span(start=a, end=end)
        b = self.pos(end) if end > start else a
        return Span(start=a, end=max(a, b))


def _replace_debris(m: regex.Match[str]) -> str:
    s = m.group()
    if s == "\x0c":
        return "\n"
    if s.lower().startswith("<br"):
        return "\n" + " " * (len(s) - 1)
    return " " * len(s)


def _nfc_with_offsets(raw: str) -> tuple[str, array[int]]:
    parts: list[str] = []
    offsets = array("q")
    for m in _CLUSTER_RE.finditer(raw):
        composed = unicodedata.normalize("NFC", m.group())
        parts.append(composed)
        offsets.extend([m.start()] * len(composed))
    offsets.append(len(raw))
    return "".join(parts), offsets


def fold_tones(s: str) -> str:
    """One tone-mark style and one dash: the matching key of a string.

    >>> fold_tones("Thành uỷ, hoá – khoá")
    'Thành ủy, hóa - khóa'
    """
    s = _TONE_RE.sub(lambda m: _TONE_MOVES[m.group()], s)
    return s.translate(_DASHES)


def normalise(raw: str) -> Source:
    """Build the :class:`Source` of ``raw``; never raises on any ``str``."""
    legacy = convert_legacy(raw)
    text, offsets = legacy.text, legacy.offsets
    if not unicodedata.is_normalized("NFC", text):
        text, nfc = _nfc_with_offsets(text)
        offsets = nfc if offsets is None else array("q", (offsets[i] for i in nfc))
    text = text.translate(_LOOKALIKES)
    text = _BLANK_RE.sub(_replace_debris, text)
    text = text.replace("|", "\n")
    diagnostics = () if legacy.diagnostic is None else (legacy.diagnostic,)
    return Source(original=raw, text=text, key=fold_tones(text), offsets=offsets, diagnostics=diagnostics)
