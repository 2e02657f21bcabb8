"""Character classes for ``re``, spelt out from a test of each character, and a text's lower case.

``re`` has no Unicode property classes (``\\p{Lu}``), and tests a character against a listed set in a
few steps where a category takes many. :func:`ranges` lists the characters that pass a test as
ranges, for a class written ``f"[{ranges(...)}]"``. Its ``IGNORECASE`` costs more than lowering a text
once: :func:`lower_in_place` lowers it offset for offset.

>>> ranges(str.isupper, [(0x41, 0x5A), (0xC0, 0xC3)])
'\\\\u0041-\\\\u005a\\\\u00c0-\\\\u00c3'
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

LATIN = ((0x41, 0x1EFF),)
"""The code points of the Latin letters, Vietnamese's among them, as ``blocks`` for :func:`ranges`."""


def ranges(test: Callable[[str], bool], blocks: Iterable[tuple[int, int]]) -> str:
    """The characters of ``blocks`` (inclusive code point ranges) that pass ``test``, as the inside of
    a ``re`` character class: ``\\uXXXX-\\uXXXX`` for each run of them."""
    spans: list[list[int]] = []
    for a, b in blocks:
        for c in range(a, b + 1):
            if test(chr(c)):
                if spans and spans[-1][1] == c - 1:
                    spans[-1][1] = c
                else:
                    spans.append([c, c])
    return "".join(rf"\u{a:04x}-\u{b:04x}" for a, b in spans)


def lower_in_place(s: str) -> str:
    """``s`` in lower case, as long as ``s``: a character whose lower case is longer (``İ``) is kept.

    >>> lower_in_place("Tỉnh Uỷ İzmir")
    'tỉnh uỷ İzmir'
    """
    low = s.lower()
    if len(low) == len(s):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in s)
