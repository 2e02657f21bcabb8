"""Stage 3b: read the signature block with ``signature.lark``: mark, authority, position, name.

>>> from vnplan.normalise import normalise
>>> src = normalise("TM. ỦY BAN NHÂN DÂN\\nKT. CHỦ TỊCH\\nPHÓ CHỦ TỊCH\\n(Đã ký)\\nNguyễn Văn A")
>>> s = read_signature(src, 0)
>>> s.mode, s.authority, s.position, s.name, s.signed, s.marks
('KT', 'CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Nguyễn Văn A', True, ['TM', 'KT'])
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import regex
from lark import Token, Transformer
from lark.exceptions import LarkError

from vnplan._lazy import lazy_regex
from vnplan._memo import by_shape
from vnplan.grammar import get_parser
from vnplan.lexicon import load
from vnplan.models import SignatureMode, Signer
from vnplan.normalise import WHITE_SPACE
from vnplan.segment import RECIPIENTS_HINT_RE, marks_held

_CAPS_TOKEN = re.compile(rf"[^{WHITE_SPACE}]++")  # (``regex``'s \S: a word of the run, scanned by ``re``)
# A person's name: capitalised words; the first may open with a letter and an apostrophe, as names of
# the Central Highlands do ("H'Linh Niê", "K'Dũng").
_NAME_RUN = lazy_regex(r"\p{Lu}(?:['’]\p{Lu})?+\p{Ll}++(?:[ \t]++\p{Lu}\p{Ll}*+(?!\p{L})){1,5}")
_SIGNED_NOTE_RE = lazy_regex(r"(?i)\(?\s*(?:đã\s+)?k[ýí](?:\s+tên)?(?:,\s*đóng\s+dấu)?\s*\)?")
_SIGNED_VOWELS = frozenset("ýíÝÍ")  # one of which every match of _SIGNED_NOTE_RE and _SIGNED_RE holds
_SIGNED_RE = lazy_regex(r"(?i)\bđã\s+k[ýí]\b")


_NON_BLANK_RE = re.compile(r"\S+")
_NAME_WORDS = 5  # at most, in a name (its surname first)
_MENTION_RE = lazy_regex(r"(?i)(?:đồng chí|đ/c|ông|bà)\s*$")


@functools.cache
def _marks() -> dict[str, SignatureMode]:
    marks: dict[str, SignatureMode] = load("signature")["marks"]
    return marks


@functools.cache
def _glued_mark_re() -> regex.Pattern[str]:
    """A mark with its dot glued to the next word by a conversion ("TM.BAN THƯỜNG VỤ", "KT.CHỦ TỊCH")."""
    dotted = sorted((m for m in _marks() if m.endswith(".")), key=len, reverse=True)
    return regex.compile(r"(?<![^\s])(?:" + "|".join(map(regex.escape, dotted)) + r")(?=\p{L})")


@functools.cache
def _positions() -> tuple[str, ...]:
    titles: list[str] = load("signature")["positions"]["titles"]
    return tuple(sorted({t.upper() for t in titles}, key=len, reverse=True))


@functools.cache
def _position_words() -> tuple[str, ...]:
    """The position titles, each with a blank after it (a title's words end where the blank is)."""
    return tuple(f"{title} " for title in _positions())


@functools.cache
def _surnames() -> frozenset[str]:
    return frozenset(load("signature")["names"]["surnames"])


@functools.cache
def _ranks() -> frozenset[str]:
    return frozenset(load("signature")["names"]["ranks"])


def _name_in_capitals(key: str, start: int, run_end: int) -> tuple[int, int] | None:
    """The signer's name in capitals on the last line of the capitalised run ``key[start:run_end]``,
    under the position, a rank before it left out ("ĐẠI TÁ NÔNG ĐỨC THỊNH"): its start and end.

    >>> key = "KT. CHỈ HUY TRƯỞNG\\nPHÓ CHỈ HUY TRƯỞNG\\nĐẠI TÁ NÔNG ĐỨC THỊNH"
    >>> start, end = _name_in_capitals(key, 0, len(key))
    >>> key[start:end]
    'NÔNG ĐỨC THỊNH'
    """
    line_start = key.rfind("\n", start, run_end) + 1
    if line_start <= start:
        return None
    words = list(_NON_BLANK_RE.finditer(key, line_start, run_end))
    if not all(w.group().isalpha() and w.group().isupper() for w in words):
        return None
    if len(words) > 2 and f"{words[0].group()} {words[1].group()}".lower() in _ranks():
        words = words[2:]
    if not 2 <= len(words) <= _NAME_WORDS or words[0].group().lower() not in _surnames():
        return None
    return words[0].start(), words[-1].end()


_Words = tuple[int, ...]  # the indices of the tokens of a run of words


@dataclass(frozen=True, slots=True)
class _Head:
    mark: int  # the index of the mark's token
    words: _Words  # the authority signed for


class SignatureTransformer(Transformer[Token, Any]):
    """Map a ``signature.lark`` parse to its heads (mark, authority) and a position, as the
    indices of their tokens (``start_pos``): it reads token types and indices, never the text,
    so its result depends on the sequence of terminals alone."""

    def words(self, items: list[Token]) -> _Words:
        return tuple(_index(t) for t in items)

    def head(self, items: list[Any]) -> _Head:
        return _Head(_index(items[0]), items[1])

    def line(self, items: list[Any]) -> _Words:
        words: _Words = items[0]
        return words

    def block(self, items: list[Any]) -> tuple[tuple[_Head, ...], tuple[_Words, ...]]:
        heads = tuple(i for i in items if isinstance(i, _Head))
        lines = tuple(i for i in items if isinstance(i, tuple))
        return heads, lines


def _index(token: Token) -> int:
    assert token.start_pos is not None
    return token.start_pos


MAX_MARKS = 3
"""A signature block stacks at most three marks ("TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH" uses two)."""

MAX_RUN_WORDS = 40
"""Marks, authorities and positions together never take more words than this."""


@functools.cache
def _longest_mark() -> int:
    return max(map(len, _marks()))


def _is_mark(token: str) -> bool:
    """Whether ``token`` is a mark, in any case, with or without its dots."""
    if len(token.rstrip(".")) > _longest_mark():  # upper() never shortens: too long to be one
        return False
    return token.upper().rstrip(".") + ("." if token.endswith(".") else "") in _marks() or token in _marks()


def _caps_run(text: str, start: int) -> int:
    """End of the run of capitalised words (and marks) that starts at ``start``, bounded so
    that a page of capitals is not read as one signature."""
    end = start
    marks = words = 0
    for m in _CAPS_TOKEN.finditer(text, start):
        if words and text.count("\n", end, m.start()) > 2:
            break  # two blank lines: what follows is no longer the block ("PHỤ LỤC" on the next page)
        token = m.group()
        if token[0] in "Nn" and RECIPIENTS_HINT_RE.match(text, m.start()):
            break  # the recipients' heading in capitals ("NƠI NHẬN:")
        words += 1
        if words > MAX_RUN_WORDS:
            break
        if _is_mark(token):
            marks += 1
            if marks > MAX_MARKS:
                break
            end = m.end()
            continue
        letters = list(filter(str.isalpha, token))
        if letters and all(map(str.isupper, letters)):
            end = m.end()
            continue
        if not letters and token in ("-", "&"):
            continue
        break
    return end


def _split_position(authority: str) -> tuple[str, str | None]:
    """Split "BỘ TRƯỞNG THỨ TRƯỞNG" or "...ĐOÀNBÍ THƯ" into authority and a known position; or, when a
    position names its body after its title ("TRƯỞNG CÔNG AN XÃ PHÓ TRƯỞNG CÔNG AN XÃ", a cell's lines
    joined), at the first title after the authority's first two words.

    >>> _split_position("TRƯỞNG CÔNG AN XÃ PHÓ TRƯỞNG CÔNG AN XÃ")
    ('TRƯỞNG CÔNG AN XÃ', 'PHÓ TRƯỞNG CÔNG AN XÃ')
    """
    if not authority.endswith(_positions()):
        words = authority.split()
        for at in range(2, len(words)):
            rest = " ".join(words[at:])
            if f"{rest} ".startswith(_position_words()):  # a title, whole words, then the rest
                return " ".join(words[:at]), rest
        return authority, None
    for title in _positions():
        if authority.endswith(title):
            rest = authority[: -len(title)].strip()
            if len(rest.split()) >= 2 or (rest and not authority[: -len(title)].endswith(" ")):
                return rest, title
    return authority, None


def _find_name(text: str, start: int, limit: int, block_start: int = 0) -> tuple[str | None, int]:
    """The signer's name: the first run of capitalised words shaped like a person's name."""
    pos = start
    while pos < limit:
        m = _NAME_RUN.search(text, pos, limit)
        if m is None:
            return None, limit
        words = m.group().split()
        # The cheap tests first: a known surname or three words, not the start of a longer word.
        name_like = words[0].lower() in _surnames() or len(words) >= 3 or words[0][1] in "'’"
        if name_like and not text[m.end() : m.end() + 1].isalpha():
            line_start = max(
                text.rfind("\n", 0, m.start()) + 1, text.rfind(";", 0, m.start()) + 1, block_start
            )
            before = text[line_start : m.start()]
            if not _SIGNED_VOWELS.isdisjoint(before):  # (a note is rare: no "ký" in any case, none)
                before = _SIGNED_NOTE_RE.sub("", before)
            before = before.strip()
            after = text[m.end() : m.end() + 3].lstrip(" \t")
            entry_like = before.startswith(("-", "+", "•")) or after.startswith((",", ";"))
            if not entry_like and not _MENTION_RE.search(before) and not _in_a_stamp(text, line_start):
                return " ".join(words), m.end()
        pos = m.end()
    return None, limit


def _in_a_stamp(text: str, line_start: int) -> bool:
    """Whether the line at ``line_start`` is a digital signature's stamp ("Cơ quan: Tỉnh Quảng Ninh"), or
    wraps the line of one above it in small letters ("Người ký: Ủy ban Nhân dân" / "tỉnh Quảng Ninh"; the
    signer's name right under a stamp is no wrap)."""
    head = text[line_start : line_start + _STAMP_FIELD_REACH].lstrip()
    if head.lower().startswith(_stamp_fields()):
        return True
    if not head[:1].islower():
        return False
    above = text.rfind("\n", 0, max(0, line_start - 1)) + 1
    return text[above:line_start].strip().lower().startswith(_stamp_fields())


_STAMP_FIELD_REACH = 24  # characters: indentation and a stamp's field name


@functools.cache
def _stamp_fields() -> tuple[str, ...]:
    """The fields of a digital signature's stamp (``layout.toml`` ``signature_stamp_fields``)."""
    return tuple(load("layout")["signature_stamp_fields"])


@functools.cache
def _token_pattern() -> re.Pattern[str]:
    """The terminals of ``signature.lark`` as one pattern, a named group each (none for white space).

    Every character falls in one of them (WORD is any run of non-space). Only MARK and WORD
    overlap, on the same text (a mark is one word); where a mark is written,
    :func:`_read_shape` asks the parse table whether a MARK is accepted, as Lark's contextual lexer
    does (MARK has the higher priority).
    """
    parser = get_parser("signature", SignatureTransformer)
    terminals = {t.name: t.pattern.to_regexp() for t in parser.terminals}
    ignored = parser.lexer_conf.ignore
    order = sorted(terminals, key=lambda name: (name in ignored, name != "MARK"))
    return re.compile(
        "|".join(f"(?:{terminals[n]})" if n in ignored else f"(?P<{n}>{terminals[n]})" for n in order)
    )


@by_shape
def _read_shape(kinds: tuple[str, ...]) -> tuple[tuple[_Head, ...], tuple[_Words, ...]] | None:
    """The heads and the lines after them of a sequence of terminals (``MARK`` where a mark is
    written: it is a WORD where the grammar takes no mark), or None if it does not parse."""
    parser = get_parser("signature", SignatureTransformer).parse_interactive()
    state = parser.parser_state
    try:
        for i, written in enumerate(kinds):
            kind = written
            if written == "MARK" and "MARK" not in state.parse_conf.states[state.position]:
                kind = "WORD"
            parser.feed_token(Token(kind, kind, start_pos=i))
        result: tuple[tuple[_Head, ...], tuple[_Words, ...]] = parser.feed_eof()  # type: ignore[no-untyped-call]
    except LarkError:
        return None
    return result


def _parse_run(run: str) -> tuple[tuple[tuple[str, str], ...], tuple[str, ...]] | None:
    """Marks with their authorities, and the lines after the last, of a capitalised run."""
    kinds: list[str] = []
    values: list[str] = []
    for m in _token_pattern().finditer(run):
        if m.lastgroup is not None:
            kinds.append(m.lastgroup)
            values.append(m.group())
    shape = _read_shape(tuple(kinds))
    if shape is None:
        return None
    heads, lines = shape
    return (
        tuple((values[h.mark], " ".join(values[i] for i in h.words)) for h in heads),
        tuple(" ".join(values[i] for i in words) for words in lines),
    )


def _parse_heads(run: str) -> tuple[tuple[tuple[str, str], ...], str | None] | None:
    """Marks with their authorities, and the position, of a capitalised run.

    The position is the first line after the marks that opens with a title, else the last; the lines
    above it wrap the last authority, the lines below it are not the block's (a name in capitals).

    >>> _parse_heads("KT. CỤC TRƯỞNG\\nCỤC VĂN HÓA CƠ SỞ,\\nVÀ THƯ VIỆN\\nPHÓ CỤC TRƯỞNG")
    ((('KT.', 'CỤC TRƯỞNG CỤC VĂN HÓA CƠ SỞ, VÀ THƯ VIỆN'),), 'PHÓ CỤC TRƯỞNG')
    """
    parsed = _parse_run(run)
    if parsed is None:
        return None
    heads, lines = parsed
    if not lines:
        return heads, None
    at = next((i for i, line in enumerate(lines) if f"{line} ".startswith(_position_words())), len(lines) - 1)
    if at and heads:
        mark, authority = heads[-1]
        heads = (*heads[:-1], (mark, " ".join([authority, *lines[:at]])))
    return heads, lines[at]


@functools.cache
def _position_line_re() -> regex.Pattern[str]:
    titles = "|".join(regex.escape(t).replace(r"\ ", r"[ \t]+") for t in _positions())
    # (a title, then the unit it heads in capitals, up to four words: "TRƯỞNG CÔNG AN XÃ")
    unit = rf"(?:[ \t]++\p{{Lu}}++){{0,{_UNIT_WORDS}}}+"
    return regex.compile(rf"(?m)^[ \t|]*+(?P<position>(?:Q\.[ \t]*)?(?:{titles}){unit})[ \t|]*+$")


_UNIT_WORDS = 4  # words in capitals after a position's title on its line, at most


@functools.cache
def _position_marks() -> str:
    """Letters one of which every position's title holds (few lines of a text hold one)."""
    return marks_held(_positions())


def _position_lines(key: str, start: int, end: int) -> Iterator[regex.Match[str]]:
    """The matches of :func:`_position_line_re` in ``key[start:end]`` (as its ``finditer``), tried only on
    the lines that hold one of :func:`_position_marks`, from their start: a match is a whole line, and its
    title holds a mark (the titles' alternation, tried on every line, costs ~20 µs a page)."""
    line_re = _position_line_re()
    marks = _position_marks()
    hits = [key.find(c, start, end) for c in marks]  # the next hit of each mark, -1: none
    while live := [h for h in hits if h >= 0]:
        at = min(live)
        line_start = key.rfind("\n", 0, at) + 1
        line_end = key.find("\n", at, end)
        line_end = end if line_end < 0 else line_end
        if line_start >= start and (m := line_re.match(key, line_start, end)) is not None:
            yield m
        hits = [
            h if h < 0 or h > line_end else key.find(c, line_end + 1, end)
            for c, h in zip(marks, hits, strict=True)
        ]


@functools.cache
def _approval_re() -> regex.Pattern[str]:
    openers = "|".join(
        regex.escape(o).replace(r"\ ", r"[ \t]++") for o in load("signature")["approvals"]["openers"]
    )
    return regex.compile(rf"(?im)^[ \t]*+(?:{openers})\b")


def approval_line(src: Any, start: int, end: int) -> int | None:
    """Where the first line of ``src.key[start:end]`` that heads an approval block starts ("DUYỆT CỦA HIỆU
    TRƯỞNG", ``signature.toml`` ``[approvals]``): the approver signs beside the plan's signer.

    >>> from vnplan.normalise import normalise
    >>> approval_line(normalise("- Lưu.\\nDUYỆT CỦA HIỆU TRƯỞNG\\tTỔ TRƯỞNG"), 0, 40)
    7
    """
    m = _approval_re().search(src.key, start, end)
    return None if m is None else m.start() + len(m.group()) - len(m.group().lstrip())


_APPROVAL_REACH = 200  # characters before a position line where its approval's heading may stand


def _under_an_approval(key: str, at: int) -> bool:
    """Whether the line before the one at ``at`` (blank lines aside) heads an approval block."""
    before = key[max(0, at - _APPROVAL_REACH) : at].rstrip(" \t\n")
    line_start = before.rfind("\n") + 1
    return _approval_re().match(before, line_start) is not None


def read_unmarked_signature(src: Any, start: int, end: int) -> Signer | None:
    """A head who signs in their own name writes no mark: a position line in capitals
    ("GIÁM ĐỐC", "TRƯỞNG BAN") followed by a name closes the document; not one under an approval's
    heading ("DUYỆT CỦA BAN GIÁM HIỆU" / "HIỆU TRƯỞNG": the approver's).

    >>> from vnplan.normalise import normalise
    >>> s = read_unmarked_signature(normalise("Trân trọng./.\\nGIÁM ĐỐC\\n(Đã ký)\\nLê Văn Tám"), 0, 60)
    >>> s.mode, s.authority, s.position, s.name, s.signed
    (None, None, 'GIÁM ĐỐC', 'Lê Văn Tám', True)
    """
    key: str = src.key
    for m in _position_lines(key, start, end):
        if _under_an_approval(key, m.start()):
            continue
        name, name_end = _find_name(key, m.end(), min(end, m.end() + 300), m.start())
        if name is None:
            continue
        if m.start("position") > m.start():  # an indented position: the right column's, its name right too
            name, name_end = _right_column_name(src, name, name_end)
        position = _from_text(src, m.start("position"), m.end("position"), m.group("position"))
        q = position.upper().startswith("Q.")
        return Signer(
            mode="Q" if q else None,
            position=position[2:].strip() if q else position,
            name=_from_text(src, m.end(), name_end, name),
            signed=_signed(key, m.end(), name_end),
            marks=["Q"] if q else [],
            span=src.span(m.start("position"), name_end),
        )
    return None


_GUTTER_RE = re.compile(r"\t|[ ]{4,}+")  # between two columns of a line


def _right_column_name(src: Any, name: str, name_end: int) -> tuple[str, int]:
    """The name that ends the line where ``name`` ends, when the original writes it in a right column after
    a gutter (two signers' names on one line, "Lê Thị Thu Hà\\tHoàng Văn Quyết": normalised, one run of
    words), and where it ends; else ``name`` and ``name_end``.

    >>> from vnplan.normalise import normalise
    >>> _right_column_name(normalise("Lê Thị Thu Hà\\tHoàng Văn Quyết\\n"), "Lê Thị Thu Hà Hoàng Văn", 23)
    ('Hoàng Văn Quyết', 29)
    """
    key, original = src.key, src.original
    line_start = key.rfind("\n", 0, name_end) + 1
    line_end = key.find("\n", name_end)
    line_end = len(key) if line_end < 0 else line_end
    o_end = src.pos(line_end)
    gutters = list(_GUTTER_RE.finditer(original, src.pos(line_start), o_end))
    right = None if not gutters else _NAME_RUN.match(original, gutters[-1].end(), o_end)
    if right is None or original[right.end() : o_end].strip():
        return name, name_end  # no name in a right column, or one that does not end the line
    line = key[line_start:line_end].rstrip()
    words = line.split()[-len(right.group().split()) :]
    return " ".join(words), line_start + len(line)


def read_signature(src: Any, start: int, limit: int | None = None) -> Signer | None:
    """Read the signature block whose first mark is at ``start`` in the normalised text."""
    key: str = src.key
    end_limit = len(key) if limit is None else limit
    run_end = _caps_run(key, start)
    run = key[start:run_end]
    if "." in run:
        run = _glued_mark_re().sub(r"\g<0> ", run)  # values are found again in the key: see _from_text
    parsed = _parse_heads(run.strip(" \t\n"))
    if parsed is None:
        return None
    heads, position = parsed
    if not heads:
        return None
    # The grammar admits only the marks of the lexicon, written with or without the dot.
    marks = [_marks().get(m.upper()) or _marks()[m.upper().rstrip(".")] for m, _ in heads]
    authority_key: str | None = heads[-1][1]
    if marks[-1] == "Q" and position is None:
        # "Q." (quyền, acting) prefixes the position: "TM. ỦY BAN NHÂN DÂN / Q. CHỦ TỊCH".
        position = authority_key
        authority_key = heads[-2][1] if len(heads) > 1 else None
    elif position is None and authority_key is not None:
        authority_key, position = _split_position(authority_key)
    # Values come from the text view (original spelling), at the same offsets as the key.
    authority = _from_text(src, start, run_end, authority_key) if authority_key else None
    position_text = _from_text(src, start, run_end, position) if position else None
    name, name_end = _find_name(key, run_end, min(end_limit, run_end + 1500), start)
    name_text = _from_text(src, run_end, name_end, name) if name else None
    if name is None and (in_capitals := _name_in_capitals(key, start, run_end)) is not None:
        name_text, name_end = src.text[in_capitals[0] : in_capitals[1]], in_capitals[1]
        name = name_text
    # (from the block's start: a note in capitals, "(ĐÃ KÝ)", ends the run of its marks and titles)
    signed = _signed(key, start, name_end if name else min(end_limit, run_end + 200))
    return Signer(
        mode=marks[-1],
        authority=authority,
        position=position_text,
        name=name_text,
        signed=signed,
        marks=list(marks),
        span=src.span(start, name_end if name else run_end),
    )


def _signed(key: str, start: int, end: int) -> bool:
    """Whether ``key[start:end]`` says the copy was signed ("Đã ký"; looked for only where "ý" or "í" is)."""
    return not _SIGNED_VOWELS.isdisjoint(key[start:end]) and _SIGNED_RE.search(key, start, end) is not None


def _from_text(src: Any, start: int, end: int, folded: str) -> str:
    """The text-view spelling of a value found on the key view between ``start`` and ``end``.

    The value is looked for with any white space between its words; when it is written with
    single spaces at the first place its first word is, that is where the search would find it.
    """
    key: str = src.key
    at = key.find(folded, start, end)
    if at >= 0 and key.find(folded.split(" ", 1)[0], start, end) == at:
        stop = at + len(folded)
    else:
        flat = regex.escape(folded).replace(r"\ ", r"\s+")
        m = regex.search(flat, key[start:end])
        if m is None:
            return folded
        at, stop = start + m.start(), start + m.end()
    return " ".join(src.text[at:stop].split())


__all__ = ["SignatureTransformer", "read_signature"]
