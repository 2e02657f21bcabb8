"""Errors raised by vnplan, all rooted in :class:`ValueError`.

>>> try:
...     raise InputTooLargeError(size=10, limit=5)
... except VnplanError as e:
...     print(e)
input is 10 characters, over the limit of 5 (vnplan.MAX_INPUT_CHARS)
"""

from __future__ import annotations


class VnplanError(ValueError):
    """Base class: the input cannot be parsed, with the reason in the message."""


class DecodeError(VnplanError):
    """Bytes that no supported encoding decodes; ``offset`` is the first bad byte."""

    def __init__(self, message: str, *, offset: int, encoding: str) -> None:
        super().__init__(f"{message} (byte offset {offset}, tried {encoding})")
        self.offset = offset
        self.encoding = encoding


class InputTooLargeError(VnplanError):
    """An input over the documented size limit."""

    def __init__(self, *, size: int, limit: int) -> None:
        super().__init__(f"input is {size} characters, over the limit of {limit} (vnplan.MAX_INPUT_CHARS)")
        self.size = size
        self.limit = limit


class UnsupportedFileError(VnplanError):
    """A file kind vnplan cannot read, or one whose optional reader is not installed."""


class GrammarError(VnplanError):
    """A packaged grammar is missing or does not compile (a broken installation)."""
