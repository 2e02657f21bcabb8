"""Plans typed without diacritics: the vocabulary's marks given back to the key view.

An e-mail's or a text message's copy of a plan is often typed in plain ASCII ("Ke hoach so 356/KH-SYT ...
truoc ngay 10/3/2025"). The readers look for the vocabulary's words with their marks, so such a text reads
as no plan at all. :func:`restore_marks` finds the words and phrases of the vocabulary written without their
marks and writes them with their marks, letter for letter (a mark never changes a text's length in NFC): the
offsets into the text stay as they are, and every other word (names, places, the title) stays as written.

Which words: every phrase of two words or more and every abbreviation ("LĐLĐ") of the vocabularies
(``lexicon/*.toml``), unless two of them share their letters, and the words and phrases of
``lexicon/unaccented.toml``: a single word only there, or only before a number, for most plain syllables
are words of their own ("nam", "ban", "co").

>>> restore_marks("So: 356/KH-SYT  Thanh Hoa, ngay 18 thang 02 nam 2025\\nKE HOACH\\nNoi nhan:")
('Số: 356/KH-SYT  Thanh Hoa, ngày 18 tháng 02 năm 2025\\nKẾ HOẠCH\\nNơi nhận:', 6)
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator
from importlib import resources
from typing import Any

from vnplan._charclass import lower_in_place
from vnplan.lexicon import load

# Letters with a mark of the Latin blocks Vietnamese uses (but × and ÷): a text typed with its marks has
# one in every few words.
_MARKED_RE = re.compile("[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff]")
_MARKED_PER_CHARACTER = 1 / 1000  # fewer marked letters than this (and two more) in a text: typed without
# Words and phrases of the vocabulary a text typed without marks has, at least: three, and one in eight of
# its words (a plan has one in three to five, one in six in its opening at least; OCR that lost the marks to
# other letters, "Quy6t ainfr sO 1106aQD", one in ten in its opening and one in twenty in all: no words to
# restore). Its opening is read first, so that such OCR is let go early.
_LEAST_RESTORED = 3
_LEAST_RESTORED_PER_WORD = 1 / 8
_PROBE = 1000  # characters of the opening
_WORD_RE = re.compile(r"[^\W\d_]++")
# vocabularies that hold no words of the text's (other encodings, syllables for detecting them)
_NOT_HARVESTED = frozenset({"legacy_tcvn3", "legacy_vni", "vi_syllables", "unaccented"})
_ABBREVIATION_RE = re.compile(r"[^\W\d_aeiouy]+")  # no vowel, marks aside: an abbreviation ("lđlđ", "hđnd")
_PHRASE_RE = re.compile(r"[^\W\d_]+(?:,? [^\W\d_]+)+")  # words of letters, one space (a comma) apart


def unmarked(s: str) -> str:
    """``s`` without its marks, letter for letter (đ is d).

    >>> unmarked("Kế hoạch số 12, Đảng ủy")
    'Ke hoach so 12, Dang uy'
    """
    return s.translate(_UNMARK_TABLE)


def _unmarked_letter(c: str) -> str:
    if c in "đĐ":
        return "d" if c == "đ" else "D"
    return unicodedata.normalize("NFD", c)[0]


_UNMARK_TABLE = str.maketrans(
    {chr(i): _unmarked_letter(chr(i)) for i in range(0xC0, 0x1F00) if _MARKED_RE.match(chr(i))}
)


@functools.cache
def marked_forms() -> dict[str, str]:
    """The letters with marks that :func:`unmarked` reads as each letter without.

    >>> marked_forms()["y"]
    'ýÿŷȳẏẙỳỵỷỹ'
    """
    forms: dict[str, str] = {}
    for code, bare in _UNMARK_TABLE.items():
        if chr(code) != bare:
            forms[bare] = forms.get(bare, "") + chr(code)
    return forms


def _strings(data: Any) -> Iterator[str]:
    """Every string of a parsed vocabulary, its keys' too."""
    if isinstance(data, dict):
        for key, value in data.items():
            yield key
            yield from _strings(value)
    elif isinstance(data, list):
        for value in data:
            yield from _strings(value)
    elif isinstance(data, str):
        yield data


@functools.cache
def _readings() -> dict[str, str]:
    """Each restorable phrase's letters without marks (lower case) -> the phrase with them."""
    harvested: dict[str, set[str]] = {}
    plain_words: set[str] = set()
    for entry in resources.files("vnplan.lexicon").iterdir():
        name = entry.name.removesuffix(".toml")
        if not entry.name.endswith(".toml") or name in _NOT_HARVESTED:
            continue
        for string in _strings(load(name)):
            phrase = unicodedata.normalize("NFC", string).lower()
            if phrase.isascii():
                plain_words.add(phrase)
            elif _PHRASE_RE.fullmatch(phrase) or _ABBREVIATION_RE.fullmatch(unmarked(phrase)):
                harvested.setdefault(unmarked(phrase), set()).add(phrase)
    readings = {
        plain: phrases.pop()
        for plain, phrases in harvested.items()
        if len(phrases) == 1 and plain not in plain_words  # "hd" is a code of its own, as "hđ" is
    }
    readings.update((unmarked(p), p) for p in load("unaccented")["phrases"])
    return readings


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    """The phrases to restore anywhere (a trie: one branch a letter), the words to restore before a number,
    and those words' letters without marks -> the words; in lower case (the text is lowered once: the
    engine's ``IGNORECASE`` costs five times as much)."""
    from vnplan.dates import trie_pattern  # noqa: PLC0415 (dates needs normalise, which needs this module)

    phrases = trie_pattern([p.split() for p in _readings()], space=r"[ \t\n]++")
    numbered = {unmarked(w): w for w in load("unaccented")["before_a_number"]}
    words = trie_pattern([[w] for w in numbered])
    alone = r"(?<![^\W_])(?<![/-])"  # a whole word, not in a number ("QD/TU", "KH/TU 171": as written)
    number = r"[ \t\n]*+:?[ \t\n]*+(?:[0-9]|[ivx]++(?![^\W_]))"  # ("So: 356", "quy II")
    return (
        re.compile(rf"{alone}{phrases}(?![^\W_]|[/-])"),
        re.compile(rf"{alone}{words}(?={number})"),
        numbered,
    )


def typed_without_marks(key: str) -> bool:
    """Whether ``key`` has (almost) no letter with a mark: fewer than one in a thousand characters.

    >>> typed_without_marks("Ke hoach so 12"), typed_without_marks("Kế hoạch số 12")
    (True, False)
    """
    allowed = int(len(key) * _MARKED_PER_CHARACTER) + 2
    return all(seen < allowed for seen, _ in enumerate(_MARKED_RE.finditer(key)))  # (stops at the first over)


def _as_written(written: str, meant: str) -> str:
    """``meant``'s letters in ``written``'s case and white space ("KE  HOACH", "kế hoạch": "KẾ  HOẠCH")."""
    letters = iter(meant.replace(" ", ""))
    out = []
    for char in written:
        if char in " \t\n":
            out.append(char)
            continue
        letter = next(letters)
        out.append(letter.upper() if char.isupper() else letter)
    return "".join(out)


def restore_marks(key: str) -> tuple[str, int]:
    """``key`` with the vocabulary's words written with their marks, and how many were, if it is typed
    without marks (:func:`typed_without_marks`) and has enough of them; else ``key`` and 0."""
    if not typed_without_marks(key):
        return key, 0
    if len(key) > _PROBE:  # its opening first: OCR that lost the marks to other letters is let go early
        probe = key[: max(key.rfind(" ", 0, _PROBE), 1)]
        if not _enough(with_marks(probe)[1], probe):
            return key, 0
    marked, count = with_marks(key)
    return (marked, count) if _enough(count, key) else (key, 0)


# A line of a text typed with its marks that a paste left without them ("Cac thon to chuc tuyen truyen ...,
# hoan thanh truoc ngay 30/11/2025"): the day's word without its mark before a figure tells where to look.
_PLAIN_DATE_WORDS = ("ngay ",)  # (found as a literal first: a pattern's search costs a reader's time)
_PLAIN_DATE_WORD_RE = re.compile(r"(?<![^\W\d_])(?:ngay|thang) [0-9]")
_LINE_LETTERS = 40  # characters of a line read so, at least


def _has_plain_date_word(key: str, word: str) -> bool:
    """Whether ``key`` writes ``word`` ("ngay ") before a figure, a word of its own."""
    at = key.find(word)
    while at >= 0:
        if _PLAIN_DATE_WORD_RE.match(key, at):
            return True
        at = key.find(word, at + 1)
    return False


def restore_marks_in_lines(key: str) -> tuple[str, int]:
    """``key`` (a text typed with its marks) with each long line typed without any written as
    :func:`restore_marks` would write a text, and how many lines were; only in a text that writes a date's
    word without its mark.

    >>> restore_marks_in_lines("Kế hoạch số 12\\nCac thon hoan thanh tuyen truyen truoc ngay 30/11/2025.\\n")
    ('Kế hoạch số 12\\nCác thôn hoàn thành tuyen truyen trước ngày 30/11/2025.\\n', 1)
    """
    if not any(_has_plain_date_word(key, word) for word in _PLAIN_DATE_WORDS) or typed_without_marks(key):
        return key, 0  # (no such word; or a text without marks, an OCR's that lost them: restore_marks's)
    marked_key = with_marks(key)[0]  # (once: a call costs as much for a line as for the text)
    lines, marked_lines = key.split("\n"), marked_key.split("\n")  # (marks keep the lengths: lines align)
    count = 0
    for i, (line, marked) in enumerate(zip(lines, marked_lines, strict=True)):
        if len(line) < _LINE_LETTERS or line == marked or _MARKED_RE.search(line):
            continue
        words = sum(a != b for a, b in zip(line.split(), marked.split(), strict=True))
        if _enough(words, line):
            lines[i], count = marked, count + 1
    return ("\n".join(lines), count) if count else (key, 0)


def _enough(restored: int, text: str) -> bool:
    """Whether ``restored`` words of the vocabulary are enough to read ``text`` as typed without marks."""
    return restored >= _LEAST_RESTORED and restored >= len(_WORD_RE.findall(text)) * _LEAST_RESTORED_PER_WORD


def with_marks(s: str) -> tuple[str, int]:
    """``s`` with the vocabulary's words that it writes without marks written with them, and how many.

    >>> with_marks("CONG DOAN NGANH GIAO DỤC")
    ('CÔNG ĐOÀN NGÀNH GIAO DỤC', 2)
    """
    anywhere, before_a_number, numbered = _patterns()
    readings = _readings()
    low = lower_in_place(s)
    found: dict[int, tuple[int, str]] = {}
    for table, pattern in ((numbered, before_a_number), (readings, anywhere)):
        for m in pattern.finditer(low):
            if m.start() not in found:
                found[m.start()] = (m.end(), table[" ".join(m.group().split())])
    parts: list[str] = []
    done = 0
    for start in sorted(found):
        end, meant = found[start]
        if start < done:
            continue
        parts.append(s[done:start])
        parts.append(_as_written(s[start:end], meant))
        done = end
    parts.append(s[done:])
    return "".join(parts), (len(parts) - 1) // 2
