"""Load the packaged Lark grammars once, lazily, and parse with them.

The ``.lark`` files live in the top-level ``grammars/`` folder of the source tree
and are shipped inside the wheel as ``vnplan/grammars``. Parsers are LALR, built
on first use and cached for the life of the process (they are thread-safe to share).
A parser built with a :class:`~lark.Transformer` applies it while it parses, so no tree
is built: about half the cost of parsing then transforming.

>>> tree = get_parser("number").parse("62-KH/TU")
>>> tree.data  # the alternative that matched: Party style
'party'
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from pathlib import Path
from typing import Any, TypeVar, cast

from lark import Lark, Token, Transformer
from lark.exceptions import LarkError

from vnplan.errors import GrammarError


def grammar_dir() -> Path:
    """The folder holding the ``.lark`` files: inside the package, else the source tree."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "grammars", here.parent.parent / "grammars"):
        if (candidate / "common.lark").is_file():
            return candidate
    raise GrammarError(f"vnplan grammars not found next to {here}: the installation is incomplete")


@functools.cache
def get_parser(name: str, transformer: type[Transformer[Token, Any]] | None = None) -> Lark:
    """The LALR parser of ``grammars/<name>.lark``, built once (per ``transformer`` class).

    With a ``transformer`` (a stateless class), parsing returns what it makes of the tree
    (typed: :func:`parse_tokens`).
    """
    folder = grammar_dir()
    path = folder / f"{name}.lark"
    if not path.is_file():
        raise GrammarError(f"grammar {name!r} is missing from {folder}")
    try:
        return Lark(
            path.read_text(encoding="utf-8"),
            parser="lalr",
            import_paths=[str(folder)],
            maybe_placeholders=False,
            transformer=transformer() if transformer is not None else None,
            cache=False,
        )
    except LarkError as exc:  # a broken grammar is a broken installation, not bad input
        raise GrammarError(f"grammar {name!r} does not compile: {exc}") from exc


Result = TypeVar("Result")


def parse_tokens(name: str, transformer: type[Transformer[Token, Result]], tokens: Iterable[Token]) -> Result:
    """Parse terminals already cut by the caller (no lexer runs) straight into ``transformer``'s
    result; raises :class:`lark.exceptions.LarkError` on no parse.

    >>> class Style(Transformer):
    ...     def party(self, items): return "party"
    >>> parse_tokens("number", Style, [Token(t, "") for t in ("SERIAL", "DASH", "CODE", "SLASH", "CODE")])
    'party'
    """
    parser = get_parser(name, transformer).parse_interactive()
    for token in tokens:
        parser.feed_token(token)
    return cast(Result, parser.feed_eof())  # type: ignore[no-untyped-call]
