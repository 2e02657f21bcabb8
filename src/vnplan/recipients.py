"""Stage 3c: read the *Nơi nhận* list: one entry per recipient as written, its note read, archive flagged.

Entries start at a bullet (``-``, ``+``, ``•``) when the list has bullets; when the
conversion lost them, an entry ends at a line that ends with ``;``, ``,`` or ``.``.
An entry wrapped over two lines is one entry; entries written on one line are split
at ``;``. The ``Lưu ...`` (archive) entry is the last one and ends the list.

>>> from vnplan.normalise import normalise
>>> src = normalise("- Ban Bí thư TW (b/c);\\n- Các huyện, thị uỷ,\\n  ĐUTT;\\n- Lưu VPTU.\\nT/M BAN")
>>> [(r.name, r.note, r.is_archive) for r in read_recipients(src, 0, len(src.text))]
[('Ban Bí thư TW (b/c)', 'b/c', False), ('Các huyện, thị uỷ, ĐUTT', None, False), ('Lưu VPTU', None, True)]
"""

from __future__ import annotations

import re

from vnplan._lazy import lazy_regex
from vnplan.models import Recipient
from vnplan.normalise import WHITE_SPACE, Source

_BULLET = r"[ \t]*+(?:(?:[-+•*·▪◦]|\d{1,2}[.)])[ \t]++|-(?=\p{Lu}))"
_BULLET_RE = lazy_regex(_BULLET)  # at the start of the list
_BULLET_LINE_RE = lazy_regex(r"\n" + _BULLET)  # a line below it, from the "\n" before (a literal to jump to)
_NOTE_RE = re.compile(rf"\((?P<note>[^()]{{1,40}})\)[{WHITE_SPACE}]*+$")  # (``regex``'s \s)
_ARCHIVE_RE = lazy_regex(r"(?i)^lưu\b")
_STOP = r"[ \t]*+(?:T/M|TM\.|K/T|KT\.|T/L|TL\.|TUQ\.|(?:PHỤ LỤC|KHUNG|DỰ KIẾN|PHẦN|CHƯƠNG)\b)"
_STOP_RE = lazy_regex(_STOP)  # at the start of the block
_STOP_LINE_RE = lazy_regex(r"\n" + _STOP)  # a line below it, from the "\n" before (a literal to jump to)
_ARCHIVE_WORD_RE = lazy_regex(r"(?i)lưu\b")
_LINE_END_PUNCT_RE = lazy_regex(r"[;.][ \t]*+(?=\n|$)")
# An archive entry ends at a stop, but for one after an abbreviation that a code of capitals and figures
# ends the line after ("Lưu: VT, TM. H16."), at a blank line, or at a line in capitals.
_ARCHIVE_END_RE = lazy_regex(
    r"\.(?=\s|$)(?![ \t]++[\p{Lu}\d]{1,8}+\.?[ \t]*+(?:\n|$))|\n[ \t]*+\n|\n(?=[ \t]*+\p{Lu}{2})|$"
)
_BLANK_BEFORE_NAME_RE = lazy_regex(r"\n[ \t]*+\n(?=[ \t]*+\p{Lu}\p{Ll}++[ \t]++\p{Lu}\p{Ll})")


def _is_archive(text: str) -> bool:
    """Whether ``text`` (stripped) is the archive entry: it starts with ``Lưu``, in any case."""
    return text.lstrip()[:3].lower() == "lưu" and _ARCHIVE_RE.match(text.strip()) is not None


def _stop(key: str, start: int, end: int) -> int | None:
    """Where the first line of ``key[start:end]`` that is a signature mark or an annex heading starts."""
    if (start == 0 or key[start - 1] == "\n") and _STOP_RE.match(key, start, end):
        return start
    stop = _STOP_LINE_RE.search(key, start, end)
    return stop.start() + 1 if stop else None


def _archive_entry_end(key: str, start: int, end: int) -> int | None:
    """The end of the first ``Lưu`` of ``key[start:end]`` that starts an entry: at ``start``, after a
    line break or ";", after "-" and a space, or after two spaces (all followed by any spaces)."""
    for m in _ARCHIVE_WORD_RE.finditer(key, start, end):
        at: int = m.start()
        while at > start and key[at - 1] in " \t":
            at -= 1
        spaces = m.start() - at
        if at == start or key[at - 1] in "\n;" or spaces >= 2 or (spaces and key[at - 1] == "-"):
            return int(m.end())
    return None


def _block_end(key: str, start: int, end: int) -> int:
    """The list ends after its ``Lưu`` entry, at a signature mark, or at an annex heading."""
    stop = _stop(key, start, end)
    limit = end if stop is None else stop
    a = _archive_entry_end(key, start, limit)
    if a is not None:
        m = _ARCHIVE_END_RE.search(key, a, limit)
        return m.end() if m and m.group() == "." else (m.start() if m else limit)
    blank = _BLANK_BEFORE_NAME_RE.search(key, start, limit)
    return blank.start() if blank else limit


def _bullets(key: str, start: int, end: int) -> list[tuple[int, int]]:
    """The (start, end) of every bullet that opens a line of ``key[start:end]``."""
    found = [(m.start() + 1, m.end()) for m in _BULLET_LINE_RE.finditer(key, start, end)]
    first = _BULLET_RE.match(key, start, end) if start == 0 or key[start - 1] == "\n" else None
    if first is not None:
        found.insert(0, first.span())
    return found


# A comma, then a bullet: the end of an entry in a list whose lines a conversion ran together
# ("- Ban Dân vận Tỉnh ủy (báo cáo), - Ban Thường vụ ...").
_COMMA_THEN_BULLET_RE = re.compile(r",(?=[ \t]++[-+•][ \t])")


def _separators(text: str) -> list[int]:
    """Where entries may end in one chunk of the list: each ";", and each comma before a bullet."""
    semicolons = []
    i = text.find(";")
    while i >= 0:
        semicolons.append(i)
        i = text.find(";", i + 1)
    if "," not in text:
        return semicolons
    commas = [m.start() for m in _COMMA_THEN_BULLET_RE.finditer(text)]
    return sorted(semicolons + commas) if commas else semicolons


def _split_entries(key: str, start: int, end: int) -> list[tuple[int, int]]:
    """Entry ranges: by bullets when there are any, else by line-final punctuation; then at ";"."""
    bullets = _bullets(key, start, end)
    chunks: list[tuple[int, int]] = []
    if len(bullets) >= 2 or (bullets and bullets[0][0] <= start + 2):
        cuts = [b for _, b in bullets]
        if key[start : bullets[0][0]].strip():
            cuts.insert(0, start)
        bounds = (
            [*(a for a, _ in bullets[1:]), end]
            if not key[start : bullets[0][0]].strip()
            else [*(a for a, _ in bullets), end]
        )
        chunks = list(zip(cuts, bounds, strict=False))
    else:
        pos = start
        for m in _LINE_END_PUNCT_RE.finditer(key[start:end]):
            chunks.append((pos, start + m.end()))
            pos = start + m.end()
        if key[pos:end].strip():
            chunks.append((pos, end))
    entries: list[tuple[int, int]] = []
    for a, b in chunks:
        text = key[a:b]
        if _is_archive(text):
            entries.append((a, b))
            continue
        pos = a
        depth = counted = 0  # brackets open in text[:counted]
        for i in _separators(text):  # a ";" (or ", -" of a list run into one line) outside brackets
            depth += text.count("(", counted, i) - text.count(")", counted, i)
            counted = i
            if depth <= 0:
                entries.append((pos, a + i))
                pos = a + i + 1
                if _is_archive(key[pos:b]):
                    break
        entries.append((pos, b))
    return entries


# A line that is only a page's number at an entry's end, as a PDF's text puts it between two entries
# ("- Ban Tuyên giáo Trung ương (để báo cáo),\n3\n- Thường trực Thành ủy,").
_PAGE_LINE_AT_END_RE = lazy_regex(r"\n[ \t]*+[0-9]{1,3}+[ \t\n]*+$")
_FIGURES = frozenset("0123456789")


def read_recipients(src: Source, start: int, end: int) -> list[Recipient]:
    """The recipients listed in ``src.text[start:end]`` (the text after ``Nơi nhận:``)."""
    key = src.key
    line_end = key.find("\n", start, end)
    if line_end >= 0 and start > 0 and key[start - 1] != "\n" and _STOP_RE.match(key, start, line_end):
        start = line_end + 1  # the signature's mark beside "Nơi nhận:", two columns on one line (a photo's
        # OCR: "Nơi nhận: TM. ỦY BAN NHÂN DÂN"): the list starts below it
    stop = _block_end(key, start, end)
    recipients: list[Recipient] = []
    for a, entry_end in _split_entries(key, start, stop):
        ends_in_figure = key[a:entry_end].rstrip(" \t\n")[-1:] in _FIGURES  # (else no page's number)
        page = _PAGE_LINE_AT_END_RE.search(key, a, entry_end) if ends_in_figure else None
        b = entry_end if page is None else page.start()
        raw = src.text[a:b]
        lead = len(raw) - len(raw.lstrip(" \t\n-+•*·▪◦"))
        name = " ".join(raw.split()).strip(" -+•*·▪◦;,.")
        if not any(map(str.isalpha, name)):
            continue
        # The entry as written keeps its note ("UBND tỉnh (b/c)"); the note is also read apart. An
        # archive's parenthesis is its copies' count ("Lưu: VT, VP (65)"), no note.
        is_archive = _is_archive(key[a + lead : b])  # (the key: "Luu" of a text typed without marks)
        m = None if is_archive or "(" not in name else _NOTE_RE.search(name)
        note = m.group("note").strip() if m and m.start() > 0 else None
        a2 = a + lead
        b2 = a + len(raw.rstrip(" \t\n;,."))
        recipients.append(
            Recipient(
                name=name,
                note=note,
                is_archive=is_archive,
                span=src.span(a2, max(a2, min(b2, b))),
            )
        )
    return recipients


__all__ = ["read_recipients"]
