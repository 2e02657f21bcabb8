"""Case-insensitive phrases found through the case fold of a text, with the fast ``re`` engine.

A ``regex`` pattern of case-insensitive phrases costs ~0.2 µs a character when it can jump to no
literal (a lookbehind, a class or ``(?i)`` first); ``re`` finds the case-folded phrases in the
case fold of the text at a fraction of that. :class:`FoldedPattern` runs the full pattern only
where ``re`` found a candidate.

>>> words = FoldedPattern.of_words(["gửi", "gửi về", "báo cáo"])
>>> words.search("Kết quả GỬI VỀ Sở").group(), [m.group() for m in words.finditer("báo cáo, gửi")]
('GỬI VỀ', ['báo cáo', 'gửi'])
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import regex

from vnplan import dates


class FoldedPattern:
    """``pattern`` (``regex``), tried only where ``folded`` (``re``) matches in the case fold of the text.

    Why this finds what ``pattern`` finds. The contract: wherever ``pattern`` can match in a text,
    ``folded`` matches at the same place in the text's case fold (``folded`` may match elsewhere:
    each candidate is confirmed with ``pattern.match``), and no match of ``pattern`` is empty. For
    phrases (:meth:`of_words`) that holds because every character the case-insensitive ``regex``
    takes for a letter of a phrase folds to that letter, but ``İ`` (to "i" and a combining dot),
    and every white space it takes folds to one for ``re`` (``tests/test_folded.py`` checks both
    over the whole of Unicode). Offsets of the fold are the text's when the fold is as long as the
    text: no character folds to nothing, so then each folds to one, and ``İ`` is not there. A text
    whose fold is longer is searched by ``pattern`` itself. The leftmost candidate at or after a
    place is never after the leftmost match, so trying candidates in order finds the matches of
    ``pattern.search`` and ``pattern.finditer``.
    """

    __slots__ = ("folded", "pattern")

    def __init__(self, pattern: regex.Pattern[str], folded: re.Pattern[str]) -> None:
        self.pattern, self.folded = pattern, folded

    @classmethod
    def of_words(cls, phrases: Iterable[str], space: str = r"\s+") -> FoldedPattern:
        """Any of ``phrases`` in any case, as whole words (no letter on either side), ``space``
        between their words, as a trie (:func:`vnplan.dates.trie_pattern`: the engine follows one
        branch per character instead of trying every phrase), so the longest phrase at its place."""
        phrases = list(phrases)
        words = dates.trie_pattern([p.split() for p in phrases], space)
        pattern = regex.compile(rf"(?i)(?<![\p{{L}}])(?:{words})(?![\p{{L}}])")
        return cls(pattern, re.compile(folded_trie(phrases, space)))

    def search(
        self, text: str, start: int = 0, end: int | None = None, fold: str | None = None
    ) -> regex.Match[str] | None:
        """``pattern.search(text, start, end)``; ``fold``: ``text[start:end].casefold()``, when the caller
        has it (one fold shared by several searches of a text)."""
        end = len(text) if end is None else end
        fold = text[start:end].casefold() if fold is None else fold
        if len(fold) != end - start:
            return self.pattern.search(text, start, end)
        return self._next(text, fold, start, end, 0)

    def finditer(
        self, text: str, start: int = 0, end: int | None = None, fold: str | None = None
    ) -> list[regex.Match[str]]:
        """``list(pattern.finditer(text, start, end))``; ``fold`` as for :meth:`search`."""
        end = len(text) if end is None else end
        fold = text[start:end].casefold() if fold is None else fold
        if len(fold) != end - start:
            return list(self.pattern.finditer(text, start, end))
        found = []
        at = 0
        while (m := self._next(text, fold, start, end, at)) is not None:
            found.append(m)
            at = m.end() - start
        return found

    def last(
        self, text: str, start: int = 0, end: int | None = None, fold: str | None = None
    ) -> regex.Match[str] | None:
        """The last match of ``pattern.finditer(text, start, end)``; ``fold`` as for :meth:`search`."""
        end = len(text) if end is None else end
        fold = text[start:end].casefold() if fold is None else fold
        found = None
        if len(fold) != end - start:
            for m in self.pattern.finditer(text, start, end):
                found = m
            return found
        at = 0
        while (m := self._next(text, fold, start, end, at)) is not None:
            found, at = m, m.end() - start
        return found

    def _next(self, text: str, fold: str, start: int, end: int, at: int) -> regex.Match[str] | None:
        """The first match at or after ``start + at``; ``fold``: the case fold of ``text[start:end]``."""
        while (candidate := self.folded.search(fold, at)) is not None:
            m = self.pattern.match(text, start + candidate.start(), end)
            if m is not None:
                return m
            at = candidate.start() + 1
        return None


def folded_trie(phrases: Iterable[str], space: str = r"\s+") -> str:
    """The ``re`` pattern of the case folds of ``phrases`` (``space`` between words), as a trie."""
    return dates.trie_pattern([p.casefold().split() for p in phrases], space)


__all__ = ["FoldedPattern", "folded_trie"]
