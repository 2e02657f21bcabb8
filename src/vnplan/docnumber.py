"""Document numbers and symbols: find candidates, parse them with ``number.lark``, canonicalise.

A number is cut out of the text by one prefilter expression, parsed by the LALR
grammar, then read by :class:`NumberTransformer`, which restores what conversion
broke (lost hyphens, codes glued together, a hyphen for the slash) from the
lexicon of known codes, and says so in diagnostics.

>>> parse_number("Số 62-KH/TU").canonical
'62-KH/TU'
>>> parse_number("337KH/TWĐTNMTTN").canonical
'337-KH/TWĐTN-MTTN'
>>> parse_number("Nghị định 30/2020/NĐ-CP").canonical
'30/2020/NĐ-CP'
>>> parse_number("19046/BTC-TCHQ").type_code is None
True
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

import regex
from lark import Token, Transformer
from lark.exceptions import LarkError

from vnplan._lazy import lazy_regex
from vnplan._memo import by_shape
from vnplan.grammar import get_parser, parse_tokens
from vnplan.header import place_abbreviations
from vnplan.lexicon import load
from vnplan.models import Diagnostic, DocNumber, NumberStyle, Span
from vnplan.normalise import Source, normalise
from vnplan.unaccented import unmarked

# A code: a capital then letters, digits and "&"; its capitals may be Vietnamese ones without a tone mark
# ("1842/VSDTTƯ-TCQG": Viện Vệ sinh dịch tễ Trung ương), its first never is (no code opens with "Ư").
_CODE_LETTERS = "A-Za-zĐđĂÂÊÔƠƯ&0-9"
_CODE = rf"[A-ZĐ][{_CODE_LETTERS}]*+"
_VIETNAMESE_CAPITALS = frozenset("ĂÂÊÔƠƯ")
_GAP = r"[ \t]*+"
# Candidates on the matching key. Possessive quantifiers keep it linear on long runs of
# digits and slashes. The look-behind refuses a serial glued to a word, a date or a path.
# (The serial's first digit is written apart: a pattern that starts with a plain class scans faster.)
_NUMBER_REST = rf"""
    [0-9]{{0,5}}+[a-z]?+
    (?:
      {_GAP}(?:-{_GAP})?(?:\n{_GAP}){{0,2}}+{_CODE}{_GAP}[/-]{_GAP}{_CODE}(?:{_GAP}-{_GAP}{_CODE})*+
    | {_GAP}/{_GAP}(?:(?:19|20)[0-9]{{2}}{_GAP}/{_GAP})?{_CODE}(?:{_GAP}-{_GAP}{_CODE})*+
    )"""
_GLUED_BEFORE = r"[\p{L}\p{N}/.\-]"
CANDIDATE_RE = lazy_regex(rf"(?<!{_GLUED_BEFORE})(?P<n>[0-9]{_NUMBER_REST})", regex.VERBOSE)
# A known code after white space (a line break where a hyphen was lost: "641/QĐ\nTTg", or one after the
# hyphen: "47-HD/TĐTN-\nTCKT"): up to three blanks on the line, or a line break (two in double-spaced
# text) and the next line's indentation.
_CONTINUATION_RE = lazy_regex(
    r"(?:[^\S\n]{1,3}+|-?+[^\S\n]*+\n(?:[^\S\n]*+\n)?+[^\S\n]*+)"
    rf"(?P<code>{_CODE})(?![\p{{L}}\p{{N}}])"
)
_SYLLABLE_RE = lazy_regex(
    r"^(?:NGH|NG|NH|CH|TR|TH|PH|KH|GH|GI|QU|[BCDĐGHKLMNPQRSTVX])?[AEIOUYĂÂÊÔƠƯ]+(?:NG|NH|CH|[CMNPT])?$"
)
_NUMBER_WORD_RE = lazy_regex(r"(?i)\bs[ốô]\b\s*+:?+\s*+$")
_SO_VOWELS = frozenset("ốôỐÔ")  # what _NUMBER_WORD_RE needs: it is run only where one is written


_CODE_SEPARATORS_RE = lazy_regex(r"[/\- ]")


_DIGITS = "0123456789"


@functools.cache
def _vocab() -> tuple[dict[str, str], frozenset[str], frozenset[str], dict[str, str]]:
    """The type codes (code -> name), every known code (with Đ and as typed without marks: "TWĐTN",
    "TWDTN"), every prefix of a known code, and the type codes as written without marks (lost by OCR or
    an ASCII keyboard: "ND" -> "NĐ"), where no other type code is so written."""
    types: dict[str, str] = load("doc_types")["codes"]
    issuers = load("issuer_codes")
    codes = frozenset(c for group in issuers.values() for c in group) | frozenset(types)
    known = codes | frozenset(map(unmarked, codes))
    prefixes = frozenset(c[:i] for c in known for i in range(1, len(c) + 1))
    bare: dict[str, set[str]] = {}
    for code, name in types.items():
        bare.setdefault(unmarked(code), set()).add(name)
    marked = {
        unmarked(code): code
        for code in types
        if unmarked(code) not in types and len(bare[unmarked(code)]) == 1
    }
    return types, known, prefixes, marked


def type_name(code: str) -> str | None:
    """The type a number's type code names, also when its marks were lost ("ND": a Nghị định).

    >>> type_name("NĐ"), type_name("ND"), type_name("DA"), type_name("XYZ")
    ('Nghị định', 'Nghị định', 'Dự án', None)
    """
    types, _, _, marked = _vocab()
    return types.get(code) or types.get(marked.get(code, ""))


def _unmarked_type_note(code: str) -> tuple[str, str, str] | None:
    """The diagnostic of a type code written without its marks ("QD" for "QĐ"), None for another code."""
    types, _, _, marked = _vocab()
    if code in types or code not in marked:
        return None
    note = f"type code {code!r} read as {marked[code]!r}: its marks were lost"
    return "number.type_code_unmarked", "warning", note


def _base(code: str) -> str:
    """A code without a trailing legislature number: ``QH15`` -> ``QH``."""
    return code.rstrip(_DIGITS) or code


def _is_known(code: str) -> bool:
    return _base(code) in _vocab()[1]


def split_glued(code: str) -> list[str]:
    """Split codes glued together when a hyphen was lost, using the known codes.

    The fewest known pieces win; one unknown code may remain at the end (a drafting
    unit, which is an open set).

    >>> split_glued("TWĐTNMTTN")
    ['TWĐTN', 'MTTN']
    >>> split_glued("CTrBGDĐTTWĐTN")
    ['CTr', 'BGDĐT', 'TWĐTN']
    >>> split_glued("UBND")
    ['UBND']
    """
    _, known, prefixes, _ = _vocab()
    if _base(code) in known:  # (:func:`_is_known`, with the vocabulary at hand: the loop below is hot)
        return [code]
    n = len(code)
    # cover[j]: the fewest known codes that make up code[:j], if any (of equals, the one
    # met first, from the smallest i). Each reached i is extended only by the pieces that
    # can still become a known code.
    cover: list[list[str] | None] = [None] * (n + 1)
    cover[0] = []
    for i in range(n):
        head = cover[i]
        if head is None:
            continue
        for j in range(i + 1, n + 1):
            piece = code[i:j]
            if piece not in prefixes and piece[-1] not in _DIGITS:
                break  # no known code starts so, with or without a trailing number
            if _base(piece) in known:
                candidate = [*head, piece]
                current = cover[j]
                if current is None or _preference(candidate) < _preference(current):
                    cover[j] = candidate
    full = cover[n]
    if full is not None:
        return full
    options = [[*head, code[j:]] for j, head in enumerate(cover) if head and n - j >= 2 and code[j].isupper()]
    return min(options, key=_preference, default=[code])


def _preference(pieces: list[str]) -> tuple[int, list[int]]:
    """Fewest pieces first, then the longest leading codes ("TWĐTN" before "TW")."""
    return len(pieces), [-len(p) for p in pieces]


@dataclass(frozen=True, slots=True)
class _Reading:
    """How ``number.lark`` reads a sequence of terminals: which token plays which part (indices)."""

    style: str
    serial: int
    year: int | None
    codes_before: tuple[int, ...]  # the party type code, when written before the slash
    codes_after: tuple[int, ...]


class NumberTransformer(Transformer[Token, _Reading]):
    """Map a ``number.lark`` parse to the parts, as the indices of the tokens (``start_pos``).

    It reads token types and indices only, never the text, so its result depends on the
    sequence of terminals alone.
    """

    def codes(self, items: list[Token]) -> tuple[int, ...]:
        return tuple(_index(t) for t in items if t.type == "CODE")

    def party(self, items: list[Token | tuple[int, ...]]) -> _Reading:
        serial = _index(items[0])
        code = next(_index(t) for t in items[1:] if isinstance(t, Token) and t.type == "CODE")
        return _Reading("party", serial, None, (code,), _last_codes(items))

    def party_dashed(self, items: list[Token | tuple[int, ...]]) -> _Reading:
        reading = self.party(items)
        return _Reading("party_dashed", reading.serial, None, reading.codes_before, reading.codes_after)

    def normative(self, items: list[Token | tuple[int, ...]]) -> _Reading:
        year = next(_index(t) for t in items if isinstance(t, Token) and t.type == "YEAR")
        return _Reading("normative", _index(items[0]), year, (), _last_codes(items))

    def state(self, items: list[Token | tuple[int, ...]]) -> _Reading:
        return _Reading("state", _index(items[0]), None, (), _last_codes(items))


def _index(item: Token | tuple[int, ...]) -> int:
    assert isinstance(item, Token) and item.start_pos is not None
    return item.start_pos


def _last_codes(items: list[Token | tuple[int, ...]]) -> tuple[int, ...]:
    tail = items[-1]
    return tail if isinstance(tail, tuple) else ()


@functools.cache
def _token_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The terminals of ``number.lark`` as one pattern (ignored white space included), and YEAR alone.

    Their first characters differ (digit, capital, "/", "-", space), so one pattern cuts what
    Lark's contextual lexer cuts, and the first character of a token tells its terminal
    (:data:`_KIND_OF_FIRST`); but YEAR overlaps SERIAL: the grammar accepts YEAR only right
    after SERIAL SLASH, where it accepts no SERIAL (tests/test_docnumber.py checks both on the
    parse table), so it is tried there first.
    """
    parser = get_parser("number", NumberTransformer)
    terminals = {t.name: t.pattern.to_regexp() for t in parser.terminals}
    alternatives = "|".join(f"(?:{regexp})" for name, regexp in terminals.items() if name != "YEAR")
    return re.compile(alternatives), re.compile(terminals["YEAR"])


# The terminal of a token by its first character (any other is a capital: CODE).
_KIND_OF_FIRST = {**dict.fromkeys(_DIGITS, "SERIAL"), "/": "SLASH", "-": "DASH"}


def _cut(text: str) -> list[str] | None:
    """The tokens of ``text``, ignored white space included, or None where a character is in none.

    ``findall`` skips what no terminal matches, and its tokens never overlap: they cover the
    text exactly when their lengths add up to its length.
    """
    pieces: list[str] = _token_patterns()[0].findall(text)
    return pieces if sum(map(len, pieces)) == len(text) else None


def _lex(candidate: str) -> tuple[tuple[str, ...], list[str]] | None:
    """The terminals of ``candidate`` and their text (ignored white space left out), or None.

    One ``findall`` cuts the tokens; after SERIAL SLASH, a YEAR is read from the start of the
    next SERIAL, and the tokens are cut again from the year's end when it ends inside it.
    """
    pieces = _cut(candidate)
    if pieces is None:
        return None
    values = [p for p in pieces if not p[0].isspace()]
    kinds = [_KIND_OF_FIRST.get(v[0], "CODE") for v in values]
    if kinds[:3] == ["SERIAL", "SLASH", "SERIAL"] and (y := _token_patterns()[1].match(values[2])):
        kinds[2] = "YEAR"
        if y.end() < len(values[2]):  # "20201/...": the year, then the tokens from its end on
            third = pieces.index("/") + 1  # (white space stands alone between two tokens)
            third += pieces[third][0].isspace()
            rest = _cut(candidate[sum(map(len, pieces[:third])) + y.end() :])
            if rest is None:
                return None
            values[2:] = [y.group(), *(p for p in rest if not p[0].isspace())]
            kinds[3:] = [_KIND_OF_FIRST.get(v[0], "CODE") for v in values[3:]]
    return tuple(kinds), values


@by_shape
def _read_shape(kinds: tuple[str, ...]) -> _Reading | None:
    """The reading of a sequence of terminals (not of any text: a few dozen shapes occur), or None."""
    try:
        return parse_tokens(
            "number", NumberTransformer, (Token(k, k, start_pos=i) for i, k in enumerate(kinds))
        )
    except LarkError:
        return None


def _is_a_word(code: str) -> bool:
    """Whether a number's only code is a Vietnamese word in sentence case ("Chi", "Ban", "Đến"), as after
    an item numbered the southern way ("1/ Chi bộ ...", "4/ Ban Nhân dân ấp ..."), not a code ("CTr")."""
    return code[:1].isupper() and code[1:].islower() and bool(_SYLLABLE_RE.match(unmarked(code).upper()))


def _likely_type_code(code: str) -> str | None:
    """The known type code an unknown one was probably meant as (letters swapped or one changed)."""
    types = _vocab()[0]
    for known in types:
        if len(known) == len(code) and sorted(known.upper()) == sorted(code.upper()):
            return known
    for known in types:
        if len(known) == len(code) and sum(a != b for a, b in zip(known, code, strict=True)) == 1:
            return known
    return None


def _read(
    source: Source, key: str, a: int, b: int
) -> tuple[DocNumber, tuple[tuple[str, str, str], ...]] | None:
    """Parse the candidate at ``key[a:b]`` (``source.key``, a slip read, :func:`scan`); the number with
    span-less diagnostics (code, severity, message)."""
    candidate = key[a:b]
    lexed = _lex(candidate)
    if lexed is None:
        return None
    kinds, values = lexed
    reading = _read_shape(kinds)
    if reading is None:
        return None
    serial = values[reading.serial]
    year = None if reading.year is None else int(values[reading.year])
    types = _vocab()[0]
    notes: list[tuple[str, str, str]] = []
    after: list[str] = []
    apart = len(reading.codes_after) > 1
    for i, code in enumerate(values[j] for j in reading.codes_after):
        # Only the first code after the separator can hide a lost hyphen; later codes were
        # written apart ("TĐTN-CTĐ&TTN") and are drafting units, kept as written. With codes
        # written apart after it, the first is split only into known codes: its hyphens were
        # not lost ("3871/CTNAN-NVDTPC", a Cục Thuế's letter, is no "CT-NAN").
        pieces = split_glued(code) if i == 0 else [code]
        if apart and len(pieces) > 1 and not _is_known(pieces[-1]):
            pieces = [code]
        if len(pieces) > 1:
            notes.append(("number.hyphen_restored", "info", f"codes {code!r} read as {'-'.join(pieces)!r}"))
        after.extend(pieces)
    type_code: str | None
    if reading.style in ("party", "party_dashed"):
        type_code = values[reading.codes_before[0]]
        if reading.style == "party_dashed":
            notes.append(("number.dash_for_slash", "warning", "a hyphen stands where the slash should be"))
        issuers = after
        unmarked_note = _unmarked_type_note(type_code)
        if unmarked_note is not None and not source.unaccented:  # (a text with no marks says so once)
            notes.append(unmarked_note)
        elif type_code not in types:
            glued = split_glued(type_code)
            if len(glued) > 1 and glued[0] in types:
                type_code, issuers = glued[0], [*glued[1:], *after]
        if type_code not in types and unmarked_note is None:
            likely = _likely_type_code(type_code)
            hint = f"; probably {likely!r}" if likely else ""
            notes.append(("number.unknown_type_code", "warning", f"unknown type code {type_code!r}{hint}"))
        canonical = f"{serial}-{type_code}/{'-'.join(issuers)}"
        style: NumberStyle = "party"
    else:
        if len(after) == 1 and _is_a_word(after[0]):
            return None  # an item numbered with a slash, a sentence after it ("1/ Chi bộ tổ chức ...")
        first = after[0] if after else ""
        unmarked_note = _unmarked_type_note(first) if len(after) > 1 else None
        if (first in types or unmarked_note is not None) and len(after) > 1:
            type_code, issuers = first, after[1:]
            if unmarked_note is not None and not source.unaccented:
                notes.append(unmarked_note)
        else:
            type_code, issuers = None, after
        head = f"{serial}/{year}" if year else serial
        canonical = f"{head}/{'-'.join(after)}"
        style = "normative" if year else ("state" if type_code else "letter")
    # A hyphen lost as a space or a line break ("86 KH/TWĐTN\nBTG", "21NQ/TW") is restored too.
    written = candidate.count("-") - (reading.style == "party_dashed")
    if canonical.count("-") > written and not any(code == "number.hyphen_restored" for code, _, _ in notes):
        shown = " ".join(candidate.split())
        notes.append(("number.hyphen_restored", "info", f"{shown!r} read as {canonical!r}"))
    number = DocNumber(
        raw=source.text[a:b],
        serial=serial,
        year=year,
        type_code=type_code,
        issuer_code="-".join(issuers) or None,
        canonical=canonical,
        style=style,
        span=source.span(a, b),
    )
    return number, tuple(notes)


@dataclass(frozen=True, slots=True)
class FoundNumber:
    """A number found in a normalised text: offsets there, and the model (span in the original)."""

    start: int
    end: int
    number: DocNumber
    diagnostics: tuple[Diagnostic, ...]
    after_so: bool  # written after the word "Số"


def _cut_glued_word(key: str, start: int, end: int) -> int:
    """End of a candidate whose last code runs into a following word ("VPĐOÀN" -> "VP"), or ends in a word
    of capitals without a tone mark that no code has ("UBNDVĂN PHÒNG" -> "UBND"; "TƯ" is a code).

    >>> key = "12/KH-UBNDVĂN PHÒNG"
    >>> key[: _cut_glued_word(key, 0, 13)]
    '12/KH-UBND'
    """
    code_start = end
    while code_start > start and (key[code_start - 1].isalnum() or key[code_start - 1] == "&"):
        code_start -= 1
    if end < len(key) and key[end].isalpha():
        for i in range(end - 1, code_start, -1):
            if key[i] in "BCDĐGHKLMNPQRSTVX":
                return i
        return code_start
    if not _VIETNAMESE_CAPITALS.isdisjoint(key[code_start:end]):
        pieces = split_glued(key[code_start:end])
        if len(pieces) > 1 and not _is_known(pieces[-1]) and _SYLLABLE_RE.match(pieces[-1]):
            return end - len(pieces[-1])
    return end


def _is_a_place_abbreviation(key: str, cont: regex.Match[str]) -> bool:
    """Whether a code after a number is a place's abbreviation that opens the place-and-date beside it ("Số
    215-KH/TU TP. Hồ Chí Minh, ngày ...": layout.toml place_abbreviations)."""
    end = cont.end("code")
    return key[end : end + 1] == "." and f"{cont.group('code').lower()}." in place_abbreviations()


_CONTINUATION_LEADS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZĐ\n-")


def _may_continue(key: str, at: int, stop: int) -> bool:
    """Whether ``_CONTINUATION_RE`` may match at ``at`` (a test far cheaper than the match): past the
    blanks there, a code's capital, a line break or a hyphen."""
    while at < stop and key[at] != "\n" and key[at].isspace():  # (str's white space holds regex's)
        at += 1
    return at < stop and key[at] in _CONTINUATION_LEADS


def _continues(candidate: str, code: str) -> bool:
    """Whether ``code`` after a space or line break still belongs to the number.

    A known code always does ("641/QĐ TTg"); an unknown capitalised one only as the
    drafting unit after a known issuer code ("15 BC/TWĐTN ĐKTHTN").
    """
    if _is_known(code):
        return True
    if _SYLLABLE_RE.match(code):  # a Vietnamese word in capitals ("TRONG"), not a code
        return False
    last = _CODE_SEPARATORS_RE.split(candidate)[-1]
    return code.isupper() and 2 <= len(code) <= 8 and _is_known(last) and "/" in candidate


# Every number has a slash before a capital ("KH/TU", "15/KH-UBND") or, mistyped, a code between
# two hyphens ("20-NQ-TW"): literal-first patterns find those places fast, and the full
# expression runs only in a window around each of them.
_SLASH_RE = re.compile(r"/[ \t]{0,3}[A-ZĐ]")
_DASHED_RE = re.compile(r"-[ \t]{0,2}[A-ZĐ][A-Za-zĐ&]{0,9}[ \t]{0,2}-")
_BEFORE, _AFTER = 40, 80
# CANDIDATE_RE for the fast ``re`` engine (a ``regex`` scan that starts with a look-behind costs ~200 ns
# a character). ``re`` has no \p{L}: its look-behind, after the first digit, refuses the common glued
# characters (so a chain of codes with digits, "Q1-AB-Q1-AB-…", is not matched again from each digit);
# the exact look-behind is then checked on the one character before a match.
_NUMBER_RE = re.compile(rf"[0-9](?<![A-Za-zĐđ0-9/.\-][0-9]){_NUMBER_REST}", re.VERBOSE)
_GLUED_BEFORE_RE = lazy_regex(_GLUED_BEFORE)
_SO_GLUED_RE = lazy_regex(r"(?<![\p{L}\p{N}])[Ss][ốô]$")  # the number word glued to the serial


def _windows(key: str, start: int, stop: int) -> tuple[list[list[int]], list[int]]:
    """The stretches of ``key[start:stop]`` around the places a number may be written, and where a
    serial there opens with OCR's look-alike letter of 1 (:data:`_SERIAL_SLIP_RE`).

    >>> _windows("Số l56-KH/HU, lúc 9h", 0, 20)
    ([[0, 20]], [3])
    """
    windows: list[list[int]] = []
    slips: list[int] = []
    hits = sorted(
        [m.start() for m in _SLASH_RE.finditer(key, start, stop)]
        + [m.start() for m in _DASHED_RE.finditer(key, start, stop)]
    )
    for hit in hits:
        a, b = max(start, hit - _BEFORE), min(stop, hit + _AFTER)
        if windows and a <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], b)
        else:
            windows.append([a, b])
        near = max(a, hit - _SERIAL_REACH)  # a serial and its type code stand right before the hit
        if "l" in key[near:hit] or "I" in key[near:hit]:
            slips.extend(m.start() for m in _SERIAL_SLIP_RE.finditer(key, near, hit + 1))
    return windows, sorted(set(slips))


# OCR reads the digit 1 opening a serial as the letter that looks like it ("Số l56-KH/HU"): a letter
# after no letter or digit, before digits and the codes of a number.
_SERIAL_SLIP_RE = re.compile(r"[lI](?<![A-Za-z0-9\u00c0-\u1ef9][lI])(?=[0-9]{1,5}+[ \t]*+[/-])")
_SERIAL_REACH = 16  # characters before a hit: a serial, a hyphen and a type code


def _candidates(key: str, windows: list[list[int]]) -> Iterator[re.Match[str]]:
    """What CANDIDATE_RE.finditer finds in ``windows`` of ``key`` (:func:`_windows`)."""
    for a, b in windows:
        pos = a  # as CANDIDATE_RE.finditer(key, a, b): the leftmost match from the end of the last one
        while (m := _NUMBER_RE.search(key, pos, b)) is not None:
            at = m.start()  # (white space before it, the usual case, is not glued)
            if (
                at > 0
                and not key[at - 1].isspace()
                and _GLUED_BEFORE_RE.match(key, at - 1)
                and not _SO_GLUED_RE.search(key, max(0, at - 4), at)  # "số06/QĐ-TTg" (a PDF viewer's copy)
            ):
                pos = at + 1
            else:
                yield m
                pos = m.end()


def scan(source: Source, start: int = 0, end: int | None = None) -> list[FoundNumber]:
    """Every document number in ``source.key[start:end]``, in order."""
    key = source.key
    stop = len(key) if end is None else end
    found: list[FoundNumber] = []
    windows, slips = _windows(key, start, stop)
    slipped = frozenset(slips)
    if slips:  # read as the digit (same length: the offsets hold)
        chars = list(key)
        for at in slips:
            chars[at] = "1"
        key = "".join(chars)
    for m in _candidates(key, windows):
        a, b = m.span()
        b = _cut_glued_word(key, a, b)
        cont = _CONTINUATION_RE.match(key, b, stop) if _may_continue(key, b, stop) else None
        if cont and _continues(key[a:b], cont.group("code")) and not _is_a_place_abbreviation(key, cont):
            b = cont.end("code")
        candidate = key[a:b]
        if "\n" in candidate and candidate.rsplit("\n", 1)[1].strip().upper() in _signature_marks():
            continue  # a page's number over the signature's mark ("1" / "K/T TRƯỞNG BAN"): no number
        read = _read(source, key, a, b)
        if read is None:
            continue
        number, notes = read
        if slips and key[a] == "1" and a in slipped:
            slip = ("number.ocr_lookalike", "warning", f"{number.raw!r} read as {number.canonical!r}")
            notes = (*notes, slip)
        span = number.span
        diagnostics = tuple(Diagnostic(code=c, severity=s, message=msg, span=span) for c, s, msg in notes)  # type: ignore[arg-type]
        lo = max(0, a - 8)
        after_so = not _SO_VOWELS.isdisjoint(key[lo:a]) and bool(_NUMBER_WORD_RE.search(key, lo, a))
        found.append(FoundNumber(a, b, number, diagnostics, after_so))
    return found


@functools.cache
def _signature_marks() -> frozenset[str]:
    """The signature's marks written with a slash or dots ("K/T", "T/M"; ``signature.toml``), which a
    number's codes look like."""
    return frozenset(mark for mark in load("signature")["marks"] if "/" in mark or "." in mark)


def parse_number(text: str) -> DocNumber | None:
    """The first document number written in ``text``, or ``None``.

    >>> n = parse_number("117 - KH/TU")
    >>> n.canonical, n.serial, n.type_code, n.issuer_code
    ('117-KH/TU', '117', 'KH', 'TU')
    """
    found = scan(normalise(text))
    return found[0].number if found else None


__all__ = ["CANDIDATE_RE", "FoundNumber", "Span", "parse_number", "scan", "split_glued", "type_name"]
