"""Bytes to text: UTF-8/16/32, Windows-1258, and the legacy TCVN3/VNI encodings."""

from __future__ import annotations

import codecs
import unicodedata

from vnplan.errors import DecodeError
from vnplan.legacy import convert_legacy, syllable_score
from vnplan.models import Diagnostic

# Longest first: the UTF-32-LE mark starts with the UTF-16-LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)
_MIN_SYLLABLES = 2  # an 8-bit reading must show at least this many Vietnamese syllables


def used(encoding: str, why: str) -> Diagnostic:
    """The ``encoding.detected`` diagnostic: which encoding a non-UTF-8 input was read in."""
    return Diagnostic(code="encoding.detected", message=f"decoded as {encoding} ({why})")


def with_legacy(text: str, diagnostics: list[Diagnostic]) -> tuple[str, list[Diagnostic]]:
    """Convert TCVN3/VNI text found inside already-decoded text, noting it."""
    legacy = convert_legacy(text)
    if legacy.diagnostic is None:
        return text, diagnostics
    return legacy.text, [*diagnostics, legacy.diagnostic]


def _strict(data: bytes, codec: str, name: str, skip: int = 0) -> str:
    try:
        return data[skip:].decode(codec)
    except UnicodeDecodeError as e:
        raise DecodeError(f"invalid {name} text", offset=skip + e.start, encoding=name) from e


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text saved without a byte-order mark: every other byte of ASCII is NUL."""
    even, odd = data[0::2].count(0), data[1::2].count(0)
    half = len(data) // 2
    if len(data) % 2 or max(even, odd) < 0.4 * half:
        return None
    try:
        return data.decode("utf-16-be" if even > odd else "utf-16-le")
    except UnicodeDecodeError:
        return None


def decode_bytes(data: bytes) -> tuple[str, list[Diagnostic]]:
    """Decode a Vietnamese text file, saying which encoding was used when it was not UTF-8.

    A byte-order mark decides first; then UTF-8; then, for 8-bit data, the reading
    (Windows-1258, TCVN3 or VNI) that shows the most Vietnamese syllables. Input
    that none of them reads raises :class:`~vnplan.errors.DecodeError` at the
    first byte that is not UTF-8.

    >>> decode_bytes("Kế hoạch".encode("utf-16"))[0]
    'Kế hoạch'
    >>> text, diags = decode_bytes(b"\\xd0\\xf4\\xf2c l\\xe2\\xf2p - T\\xfd\\xf2 do")  # Windows-1258
    >>> text, diags[0].message
    ('Độc lập - Tự do', 'decoded as Windows-1258 (8-bit)')
    """
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            text = _strict(data, codec, name, skip=len(bom))
            return with_legacy(text, [] if name == "UTF-8" else [used(name, "byte-order mark")])
    if b"\x00" in data:
        text16 = _utf16_without_bom(data)
        if text16 is None:
            raise DecodeError("binary data, not text", offset=data.index(b"\x00"), encoding="UTF-8")
        return with_legacy(text16, [used("UTF-16", "no byte-order mark")])
    try:
        return with_legacy(data.decode("utf-8"), [])
    except UnicodeDecodeError as e:
        not_utf8 = e
    readings: list[tuple[int, str, list[Diagnostic]]] = []
    legacy = convert_legacy(data)
    if legacy.diagnostic is not None:
        readings.append((syllable_score(legacy.text), legacy.text, [legacy.diagnostic]))
    try:
        cp1258 = unicodedata.normalize("NFC", data.decode("cp1258"))
    except UnicodeDecodeError:
        pass
    else:
        readings.append((syllable_score(cp1258), cp1258, [used("Windows-1258", "8-bit")]))
    if readings:
        score, text, diagnostics = max(readings, key=lambda r: r[0])
        if score >= _MIN_SYLLABLES:
            return text, diagnostics
    raise DecodeError(
        "not UTF-8, UTF-16, Windows-1258, TCVN3 or VNI Vietnamese text",
        offset=not_utf8.start,
        encoding="UTF-8",
    )
