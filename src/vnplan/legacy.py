"""Text read with the wrong 8-bit code page: TCVN3 (ABC, ``.VnTime``), VNI (``VNI-Times``), and UTF-8.

Old ``.doc`` files, web pages and PDFs made from them store Vietnamese in font
encodings that Unicode software reads as Latin-1 / Windows-1252 gibberish:
TCVN3 puts each toned vowel in one high byte ("QuyÕt ®Þnh"), VNI appends a mark
byte to the base vowel ("Coäng hoøa"). A UTF-8 file opened as Windows-1252 and
saved again (mojibake) turns each letter into two or three ("Káº¿ hoáº¡ch"). This
module finds such text and converts it to Unicode NFC, with a map back to the
input offsets.

The tables are data (``lexicon/legacy_tcvn3.toml``, ``lexicon/legacy_vni.toml``).
Detection is phrase-level: a reading is kept only when it turns at least two
more tokens into common Vietnamese syllables (``lexicon/vi_syllables.toml``)
than the text had, and clearly more than it had. Only lines made entirely of
Latin-1 / Windows-1252 characters are candidates, so genuine Unicode text (which
always has letters such as ế, ơ, đ outside that range) is never touched.

>>> convert_legacy("QuyÕt ®Þnh").text
'Quyết định'
>>> r = convert_legacy("Coäng hoøa")
>>> r.text, r.encoding, r.offsets[1], r.offsets[2]
('Cộng hòa', 'vni', 1, 3)
>>> convert_legacy("Cộng hòa").encoding is None
True
"""

from __future__ import annotations

import functools
import re
from array import array
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from vnplan.lexicon import load
from vnplan.models import Diagnostic

Encoding = Literal["tcvn3", "vni"]
ENCODINGS: tuple[Encoding, ...] = ("tcvn3", "vni")
# Text written in UTF-8 and read as Windows-1252 (or Latin-1): read back by its bytes, not by a table.
Reading = Encoding | Literal["utf8"]
_NAMES: dict[Encoding, str] = {"tcvn3": "TCVN3 (ABC, .VnTime)", "vni": "VNI (VNI-Times)"}

# Windows-1252 gives printable characters to most of 0x80-0x9F; the five it leaves
# undefined are read as their Latin-1 control characters.
_CP1252_HIGH = "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in range(0x80, 0xA0))
_TO_BYTE = {c: b for b, c in enumerate(_CP1252_HIGH, start=0x80)}
_BYTES_AS_TEXT = {b: c for c, b in _TO_BYTE.items()}
# A candidate line holds only characters a byte can become (in Windows-1252, or in Latin-1 for 0x80-0x9F),
# and one of 0xA0-0xFF.
_OK = "\x00-\t\x0b-\xff" + re.escape(_CP1252_HIGH)
# Possessive, and the first high character found from the left (no backtracking: linear in a line). Run on
# the text after a "\n", so each try starts at a literal line break the engine finds at C speed (a ``^`` is
# tried at every position).
_LOW = "\x00-\t\x0b-\x9f" + re.escape(_CP1252_HIGH)
_CANDIDATE_RE = re.compile(f"\n[{_LOW}]*+[\xa0-\xff][{_OK}]*+(?=\n|\\Z)")
_WORD_RE = re.compile(r"[^\W\d_]+")
_SYMBOL_RE = re.compile(r"\S*[\d/]\S*")  # a number or symbol such as 173/Q§-BTP
_MIN_GAIN = 2  # a phrase: at least two more known syllables after conversion
# str.translate table: a Windows-1252 character to the Latin-1 character of its byte ("€" -> "\x80").
_LATIN1_OF = {ord(c): b for c, b in _TO_BYTE.items()}
# "à" (C3 A0), "Ạ" (E1 BA A0), "Ỡ" (E1 BB A0) whose last byte, read as a no-break space, became a space.
_NBSP_AS_SPACE_RE = re.compile(b"(\xc3|\xe1[\xba\xbb]) ")
_UTF8_ROUNDS = 3  # a text saved wrongly twice ("KÃ¡Âº¿") is read back twice
# What a Vietnamese text holds beyond ASCII: Latin-1's printable characters, the letters Vietnamese adds
# (ă đ ĩ ũ ơ ư, and Latin Extended Additional's), combining marks and general punctuation. A reading one
# round too many gives something else (a C1 control, an IPA letter).
_NOT_VIETNAMESE_RE = re.compile(
    "[^\x00-\x7f\xa0-\xff\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0"
    "\u0300-\u036f\u1ea0-\u1ef9\u2000-\u206f]"
)
# What only a UTF-8 reading gives: a letter outside Latin-1 (ă, đ, ơ, ư, ế, a combining tone mark...).
_LETTER_BEYOND_LATIN1_RE = re.compile("[\u0100-\u024f\u0300-\u036f\u1e00-\u1eff]")


@dataclass(frozen=True, slots=True)
class LegacyResult:
    """The outcome of :func:`convert_legacy`.

    ``offsets[i]`` is the input index of the character ``text[i]`` came from; it has
    ``len(text) + 1`` entries, the last being the input length. ``offsets`` is
    ``None`` (and ``encoding`` too) when the text was left as it was.
    """

    text: str
    encoding: Reading | None = None
    offsets: array[int] | None = None

    @property
    def diagnostic(self) -> Diagnostic | None:
        """``encoding.legacy_converted`` or ``encoding.mojibake``, when something was converted."""
        if self.encoding is None:
            return None
        if self.encoding == "utf8":
            return Diagnostic(
                code="encoding.mojibake",
                message="text written in UTF-8 but read as Windows-1252 or Latin-1 (mojibake such as "
                '"Káº¿ hoáº¡ch") was read back as UTF-8',
                severity="warning",
            )
        return Diagnostic(
            code="encoding.legacy_converted",
            message=f"text in the legacy {_NAMES[self.encoding]} encoding was converted to Unicode",
            severity="warning",
        )


@functools.cache
def _decode_table(encoding: Encoding) -> dict[str, str]:
    """Legacy sequence (as Latin-1 characters) -> Unicode letter."""
    data = load(f"legacy_{encoding}")
    entries = data["bytes"] if encoding == "tcvn3" else data["sequences"]
    return {bytes.fromhex(k).decode("latin-1"): v for k, v in entries.items()}


@functools.cache
def _encode_table(encoding: Encoding) -> dict[str, str]:
    """Unicode letter -> legacy sequence; TCVN3 writes upper-case toned letters in lower case."""
    table = {v: k for k, v in _decode_table(encoding).items()}
    if encoding == "tcvn3":
        for letter, seq in list(table.items()):
            table.setdefault(letter.upper(), seq)
    return table


@functools.cache
def _taken(encoding: Encoding) -> frozenset[str]:
    """The Latin-1 characters whose byte is (part of) a Vietnamese letter."""
    return frozenset(c for seq in _decode_table(encoding) for c in seq if c >= "\xa0")


@functools.cache
def _syllables() -> frozenset[str]:
    return frozenset(load("vi_syllables")["common"])


def syllable_score(text: str) -> int:
    """How many tokens of ``text`` are common Vietnamese syllables with a diacritic.

    >>> syllable_score("Kế hoạch số 62, Tỉnh ủy")
    5
    """
    known = _syllables()
    return sum(1 for w in _WORD_RE.findall(text) if w.casefold() in known)


def _candidate_lines(text: str) -> Iterator[tuple[int, int]]:
    """The ``(start, end)`` of each candidate line of ``text``."""
    for m in _CANDIDATE_RE.finditer("\n" + text):
        yield m.start(), m.end() - 1  # the leading "\n" shifts the framed text by one


def _convert_line(line: str, encoding: Encoding, *, recase: bool = True) -> tuple[str, list[int]]:
    """Convert one line; return the text and, per output char, its index in ``line``.

    ``recase=False`` skips giving TCVN3 capitals back: enough for :func:`syllable_score`, which
    folds case (the capitals it would give back fold to the same letters).
    """
    table = _decode_table(encoding)
    out: list[str] = []
    pos: list[int] = []
    converted: list[bool] = []
    i = 0
    while i < len(line):
        pair = line[i : i + 2]
        if len(pair) == 2 and pair in table:
            out.append(table[pair])
            step, hit = 2, True
        elif line[i] in table:
            out.append(table[line[i]])
            step, hit = 1, True
        else:
            out.append(line[i])
            step, hit = 1, False
        pos.append(i)
        converted.append(hit)
        i += step
    if encoding == "tcvn3" and recase:
        _recase_tcvn3(out, converted)
    return "".join(out), pos


def _recase_tcvn3(chars: list[str], converted: list[bool]) -> None:
    """Give back the capitals TCVN3 cannot store, in place.

    TCVN3 has no upper-case toned letters (headings draw the lower-case bytes with
    ``.VnTimeH``), so "KÕ HO¹CH" reads "Kế HOạCH". A word with a converted
    lower-case letter and no lower-case letter of its own is a capital word when
    it has two capitals, or one that is not its first letter ("ñY" is "ỦY"; "Sè"
    stays "Số"). A line with no lower-case letter is all capitals when one of its
    words outside a symbol ("173/Q§-BTP") has two capitals and a converted
    letter: then "BÝ" in "BÝ TH¦" is "BÍ".
    """
    guessed = [hit and c.islower() for c, hit in zip(chars, converted, strict=True)]
    line = "".join(chars)
    in_symbol = [False] * len(line)
    for token in _SYMBOL_RE.finditer(line):
        in_symbol[token.start() : token.end()] = [True] * (token.end() - token.start())
    words = []
    evidence = False
    for m in _WORD_RE.finditer(line):
        idx = range(m.start(), m.end())
        upper = [i for i in idx if not guessed[i] and chars[i].isupper()]
        lower = any(not guessed[i] and chars[i].islower() for i in idx)
        inner = len(upper) >= 2 or (len(upper) == 1 and upper[0] != idx[0])
        capital = not lower and inner and any(guessed[i] for i in idx)
        evidence |= not lower and len(upper) >= 2 and any(converted[i] for i in idx) and not in_symbol[idx[0]]
        words.append((idx, lower, capital))
    caps_line = evidence and not any(lower for _, lower, _ in words)
    for k, (idx, lower, capital) in enumerate(words):
        if capital or (caps_line and not lower) or _between_capital_words(words, k, guessed, in_symbol):
            for i in idx:
                chars[i] = chars[i].upper()


def _between_capital_words(
    words: list[tuple[range, bool, bool]], k: int, guessed: list[bool], in_symbol: list[bool]
) -> bool:
    """Whether word ``k``, a capital then converted letters only ("Vụ", "Bí"), stands between words in
    capitals on its line, or after one at its end ("BAN THƯỜNG Vụ HUYỆN ĐOÀN", "PHÓ Bí THƯ"): a word of a
    heading in capitals, whose toned letters TCVN3 wrote in lower case."""
    idx, lower, _ = words[k]
    if lower or len(idx) < 2 or not all(guessed[i] for i in idx[1:]) or in_symbol[idx[0]]:
        return False
    neighbours = [words[j] for j in (k - 1, k + 1) if 0 <= j < len(words)]
    return bool(neighbours) and all(
        len(n[0]) >= 2 and not n[1] and not in_symbol[n[0][0]] for n in neighbours
    )


def _as_text(data: bytes) -> str:
    """Bytes read as Windows-1252 (Latin-1 where 1252 has a hole): one char per byte."""
    return "".join(_BYTES_AS_TEXT.get(b, chr(b)) for b in data)


def detect_legacy(text: str | bytes) -> Reading | None:
    """The encoding ``text`` was written in and misread from, or ``None`` for ordinary text.

    >>> detect_legacy("§éc lËp - Tù do - H¹nh phóc")
    'tcvn3'
    >>> detect_legacy("Ñoäc laäp - Töï do - Haïnh phuùc")
    'vni'
    >>> detect_legacy("Káº¿ hoáº¡ch tá»•ng káº¿t")
    'utf8'
    >>> detect_legacy("Độc lập - Tự do - Hạnh phúc") is None
    True
    """
    if isinstance(text, bytes):
        text = _as_text(text)
    spans = list(_candidate_lines(text))
    if _utf8_lines(text, spans, evidence=True):
        return "utf8"
    return _detect_table(text, spans)


def _detect_table(text: str, spans: list[tuple[int, int]]) -> Encoding | None:
    """The table encoding (TCVN3, VNI) whose reading of the candidate lines ``spans`` wins, if one does."""
    lines = "\n".join(text[a:b] for a, b in spans)
    if not lines:
        return None
    before = syllable_score(lines)
    # Each common syllable has a letter outside ASCII, which a conversion takes from a high character
    # (one a syllable): with fewer of those than a win needs, no reading can win (tests/test_legacy.py).
    high = len(lines) - len(lines.encode("ascii", "ignore"))
    if high < max(before + _MIN_GAIN, 3 * before):
        return None
    best: Encoding | None = None
    best_gain = _MIN_GAIN - 1
    for encoding in ENCODINGS:
        converted = (_convert_line(line, encoding, recase=False)[0] for line in lines.split("\n"))
        after = syllable_score("\n".join(converted))
        gain = after - before
        if gain > best_gain and after >= 3 * before:
            best, best_gain = encoding, gain
    return best


def _utf8_line(line: str) -> tuple[str, list[int]] | None:
    """``line`` read back as UTF-8 (again while its reading is still UTF-8 read as Windows-1252), and each
    character's index in ``line``; ``None`` when its bytes are not UTF-8.

    >>> _utf8_line("Káº¿ hoáº¡ch")
    ('Kế hoạch', [0, 1, 4, 5, 6, 7, 10, 11])
    >>> _utf8_line("ngÃ y 07 thÃ¡ng 9")[0]
    'ngày 07 tháng 9'
    >>> _utf8_line("Hà Nội") is None, _utf8_line("Thành phố") is None
    (True, True)
    """
    out, pos = line, list(range(len(line)))
    for _ in range(_UTF8_ROUNDS):
        try:
            data = out.translate(_LATIN1_OF).encode("latin-1")
        except UnicodeEncodeError:  # a character no byte became: read back already
            break
        try:
            read = data.decode("utf-8")
        except UnicodeDecodeError:
            try:  # a no-break space (0xA0) that an editor made a space: "HÃ  Ná»™i", "ngÃ y"
                data = _NBSP_AS_SPACE_RE.sub(b"\\1\xa0", data)
                read = data.decode("utf-8")
            except UnicodeDecodeError:
                break
        if len(read) == len(out):  # ASCII only
            break
        if out is not line and _NOT_VIETNAMESE_RE.search(read):
            break  # read once more, "Â–" gives a C1 control, "Ê–" an IPA letter: the first reading was it
        out, pos = read, [pos[i] for i, byte in enumerate(data) if byte & 0xC0 != 0x80]
    return None if out is line else (out, pos)


def _utf8_lines(
    text: str, spans: list[tuple[int, int]], *, evidence: bool
) -> list[tuple[int, int, tuple[str, list[int]]]]:
    """The candidate lines of ``text`` (``spans``) that read back as UTF-8, with their readings; none
    unless one of them gives a letter beyond Latin-1 (when ``evidence`` is asked for). Punctuation alone
    ("â€“" for "–") is no evidence: a line of genuine Windows-1252 text can be valid UTF-8 by chance."""
    found = [(a, b, read) for a, b in spans if (read := _utf8_line(text[a:b])) is not None]
    if evidence and not any(_LETTER_BEYOND_LATIN1_RE.search(read[0]) for _, _, read in found):
        return []
    return found


def convert_legacy(text: str | bytes, encoding: Reading | None = None) -> LegacyResult:
    """Convert TCVN3, VNI or misread UTF-8 text (bytes, or a string read as Latin-1/Windows-1252) to Unicode.

    The encoding is detected unless given: a line that reads back as UTF-8 is UTF-8 (when one such line
    gives a Vietnamese letter), else the table reading that wins (:func:`detect_legacy`). Only lines made
    of Latin-1/Windows-1252 characters are converted; bytes are read one character per byte, so offsets
    are then byte offsets. Unchanged text comes back with ``encoding=None``.

    >>> convert_legacy(b"\\xa7\\xb6NG C\\xe9NG S\\xb6N VI\\xd6T NAM").text
    'ĐẢNG CỘNG SẢN VIỆT NAM'
    >>> convert_legacy("Uû ban nh©n d©n").text
    'Uỷ ban nhân dân'
    >>> convert_legacy("Sá»‘ 62-KH/TU").text
    'Số 62-KH/TU'
    """
    if isinstance(text, bytes):
        text = _as_text(text)
    spans = list(_candidate_lines(text))
    if encoding in (None, "utf8"):
        lines = _utf8_lines(text, spans, evidence=encoding is None)
        if lines:
            return _with_lines(text, lines, "utf8")
        if encoding == "utf8":
            return LegacyResult(text=text)
    table = encoding if encoding in ENCODINGS else _detect_table(text, spans)
    if table is None:
        return LegacyResult(text=text)
    return _with_lines(text, [(a, b, _convert_line(text[a:b], table)) for a, b in spans], table)


def _with_lines(
    text: str, lines: list[tuple[int, int, tuple[str, list[int]]]], reading: Reading
) -> LegacyResult:
    """``text`` with each line ``(start, end, (converted, positions))`` converted, and the offset map."""
    parts: list[str] = []
    offsets = array("q")
    done = 0
    for a, b, (converted, pos) in lines:
        parts.append(text[done:a])
        offsets.extend(range(done, a))
        parts.append(converted)
        offsets.extend(a + p for p in pos)
        done = b
    parts.append(text[done:])
    offsets.extend(range(done, len(text) + 1))
    out = "".join(parts)
    if out == text:
        return LegacyResult(text=text)
    return LegacyResult(text=out, encoding=reading, offsets=offsets)


def encode_legacy(text: str, encoding: Encoding, *, errors: Literal["strict", "replace"] = "strict") -> bytes:
    """Write Unicode ``text`` in a legacy encoding: the inverse of :func:`convert_legacy`.

    TCVN3 writes upper-case toned letters in lower case (it has no others).
    Characters the encoding cannot hold (those whose Windows-1252 byte is taken by
    a Vietnamese letter, and anything outside Windows-1252) raise ``ValueError``,
    or become ``?`` with ``errors="replace"``.

    >>> encode_legacy("Quyết định", "tcvn3").decode("latin-1")
    'QuyÕt ®Þnh'
    >>> encode_legacy("Độc lập", "vni").decode("latin-1")
    'Ñoäc laäp'
    """
    table = _encode_table(encoding)
    taken = _taken(encoding)
    out = bytearray()
    for i, c in enumerate(text):
        if c in table:
            out += table[c].encode("latin-1")
        elif c < "\x80" or ("\xa0" <= c <= "\xff" and c not in taken):
            out.append(ord(c))
        elif c in _TO_BYTE:
            out.append(_TO_BYTE[c])
        elif errors == "replace":
            out += b"?"
        else:
            raise ValueError(f"{encoding} cannot encode {c!r} at index {i}")
    return bytes(out)
