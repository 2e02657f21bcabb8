"""Rewrite every corpus document the way conversions do, and list the values the parse changes.

A rewrite changes the layout or the spelling of a document, not what it says: CRLF line ends, CR alone,
blanks at line ends, page numbers, wrapped lines set one blank line apart, an issue date in
figures... Each rewritten document is parsed and compared with the parse of the document as it
is, value by value (spans aside: they move with the text).

    python scripts/layout_probe.py                  # counts of changed values, by rewrite and field
    python scripts/layout_probe.py --show           # and each changed value, before and after
    python scripts/layout_probe.py crlf "page numbers"

The rewrites under ``INVARIANT`` change no value of any corpus document;
``tests/test_layout_invariance.py`` keeps it so. Those under ``PROBES`` still change some:
they are where the parser can still be made steadier.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import regex

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "tests" / "fixtures" / "corpus" / "docs"

# The old tone-mark style: the reverse of what normalise folds (hóa -> hoá, ủy -> uỷ), at a syllable's end.
_NEW_TO_OLD = {"óa": "oá", "òa": "oà", "ỏa": "oả", "õa": "oã", "ọa": "oạ", "úy": "uý", "ùy": "uỳ", "ủy": "uỷ"}
_NEW_STYLE_RE = regex.compile(r"(?:" + "|".join(_NEW_TO_OLD) + r")(?!\p{L})")
_DATE_IN_WORDS_RE = regex.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})")


def with_page_numbers(text: str) -> str:
    """A page break and its number after every 40th line, as PDF text has them, mid-sentence too."""
    lines = text.split("\n")
    return "\n".join(
        f"{line}\n\x0c{i // 40 + 1}" if i and i % 40 == 0 else line for i, line in enumerate(lines)
    )


def with_page_furniture(text: str) -> str:
    """A footer ("Trang N/M"), a page break and a running header after every 40th line (a third of a text
    shorter than 120 lines: a running header is known as one from its second page on), mid-sentence too."""
    lines = text.split("\n")
    every = min(40, max(1, len(lines) // 3))
    pages = len(lines) // every + 1
    return "\n".join(
        f"{line}\nTrang {i // every}/{pages}\n\x0cKH số 45-KH/HU" if i and i % every == 0 else line
        for i, line in enumerate(lines)
    )


def wraps_as_blank_lines(text: str) -> str:
    """A blank line between any two lines that follow each other (DOCX conversions)."""
    lines = text.split("\n")
    out: list[str] = []
    for i, line in enumerate(lines):
        out.append(line)
        if i + 1 < len(lines) and line.strip() and lines[i + 1].strip():
            out.append("")
    return "\n".join(out)


def issue_date_in_figures(text: str) -> str:
    """The first date written in words ("ngày 07 tháng 9 năm 2017", the issue date) in figures."""
    return str(_DATE_IN_WORDS_RE.sub(r"ngày \1/\2/\3", text, count=1))


_PLACE_DATE_LINE_RE = regex.compile(r"(?m)^[^\n,]{2,40}, ngày [^\n]{5,30}\n")
_HEADER_REACH = 1500  # characters: where a header's lines are


def right_column_first(text: str) -> str:
    """The header's right column (its motto lines and the place-and-date line) moved above the left
    one, as a PDF reader that takes the right column first sets them."""
    from vnplan.lexicon import load  # noqa: PLC0415 (imported late so ``--help`` works without it)

    mottos = {" ".join(m.split()).casefold() for m in load("layout")["mottos"]}
    head, rest = text[:_HEADER_REACH], text[_HEADER_REACH:]
    lines = head.splitlines(keepends=True)
    moved = [line for line in lines if " ".join(line.split()).casefold() in mottos]
    place = _PLACE_DATE_LINE_RE.search(head)
    if place is not None and place.group() in lines:
        moved.append(place.group())
    kept = [line for line in lines if line not in moved]
    return "".join(moved) + "".join(kept) + rest


def capitals_in_bold(text: str) -> str:
    """Every line in capitals set in Markdown bold (``**KẾ HOẠCH**``), as DOCX-to-Markdown tools write
    a header and its headings."""
    out = []
    for line in text.split("\n"):
        letters = [c for c in line if c.isalpha()]
        bold = len(letters) >= 4 and all(c.isupper() for c in letters)
        out.append(f"**{line.strip()}**" if bold else line)
    return "\n".join(out)


def html_entities(text: str) -> str:
    """``text`` as a web page saved as text may give it: ``&``, ``<``, ``>`` and quotes as HTML's named
    references, "ế" as a numeric one (``&#7871;``), a blank before each line break as ``&nbsp;``."""
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    return escaped.replace("ế", "&#7871;").replace("\n", "&nbsp;\n")


def with_invisibles(text: str) -> str:
    """``text`` as a copy from a browser's PDF viewer may give it: a byte-order mark first, a zero-width
    space inside every fifth word of four letters or more, a soft hyphen inside every seventh."""
    count = 0

    def mark(m: regex.Match[str]) -> str:
        nonlocal count
        count += 1
        word = m.group()
        gap = "\u200b" if count % 5 == 0 else "\u00ad" if count % 7 == 0 else ""
        return word[:2] + gap + word[2:]

    return "\ufeff" + regex.sub(r"\p{L}{4,}+", mark, text)


def letter_spaced_capitals(text: str) -> str:
    """Each line of words in capitals (no figures) with its letters set a blank apart and its words two
    blanks apart, as OCR and some PDFs give tracked capitals ("K Ế  H O Ạ C H")."""
    out = []
    for line in text.split("\n"):
        letters = [c for c in line if c.isalpha()]
        spaced = len(letters) >= 4 and all(c.isupper() for c in letters) and "  " not in line.strip()
        spaced = spaced and not any(c.isdigit() for c in line)
        out.append("  ".join(" ".join(word) for word in line.split()) if spaced else line)
    return "\n".join(out)


def with_line_numbers(text: str) -> str:
    """``text`` as a PDF of a draft with numbered lines gives it: each line opens with its number, then
    two blanks ("1  ỦY BAN NHÂN DÂN", ... "12  Căn cứ Nghị quyết ...")."""
    return "\n".join(f"{n}  {line}" for n, line in enumerate(text.split("\n"), start=1))


INVARIANT: dict[str, Callable[[str], str]] = {
    "crlf": lambda text: text.replace("\n", "\r\n"),
    "old mac line ends": lambda text: text.replace("\n", "\r"),
    "blanks at line ends": lambda text: text.replace("\n", "  \n"),
    "indented lines": lambda text: text.replace("\n", "\n   "),
    "nfd": lambda text: unicodedata.normalize("NFD", text),
    "old tone style": lambda text: _NEW_STYLE_RE.sub(lambda m: _NEW_TO_OLD[m.group()], text),
    "page numbers": with_page_numbers,
    "page furniture": with_page_furniture,
    "recipients heading in capitals": lambda text: text.replace("Nơi nhận:", "NƠI NHẬN:"),
    "header's right column first": right_column_first,
    "capitals in bold": capitals_in_bold,
    "non-breaking spaces": lambda text: text.replace(" ", "\u00a0"),
    "html entities": html_entities,
    "invisible characters": with_invisibles,
    "letter-spaced capitals": letter_spaced_capitals,
    "a json record": lambda text: json.dumps({"id": 7, "content": text}),  # a pipeline's export
    "numbered lines": with_line_numbers,
}
PROBES: dict[str, Callable[[str], str]] = {
    "wraps as blank lines": wraps_as_blank_lines,
    "issue date in figures": issue_date_in_figures,
    "no blank lines": lambda text: regex.sub(r"\n[ \t]*+(?:\n[ \t]*+)++", "\n", text),
    "double spaces": lambda text: text.replace(" ", "  "),
    "no line breaks": lambda text: regex.sub(r"[ \t]*+\n\s*+", " ", text),
}
REWRITES = {**INVARIANT, **PROBES}


def _same(text: str | None) -> str | None:
    from vnplan.normalise import fold_tones  # noqa: PLC0415 (imported late so ``--help`` works without it)

    return None if text is None else fold_tones(" ".join(text.split()))


def values(plan: Any) -> dict[str, Any]:
    """What a plan says, without where it says it: numbers by their canonical form, text values
    with white space collapsed and under one tone-mark style (a value is kept as written)."""
    signer = plan.signer
    return {
        "doc_type": plan.doc_type,
        "number": plan.number.canonical if plan.number else None,
        "issuer": _same(plan.issuer.name) if plan.issuer else None,
        "place": _same(plan.place),
        "issued_on": plan.issued_on,
        "title": _same(plan.title),
        "references": [
            (r.doc_type, r.number.canonical if r.number else None, r.issued_on, _same(r.issuer))
            for r in plan.references
        ],
        "deadlines": [
            (d.level, _same(d.level_text), _same(d.task), d.relation, d.due.start, d.due.end)
            for d in plan.deadlines
        ],
        "recipients": [(_same(r.name), _same(r.note), r.is_archive) for r in plan.recipients],
        "signer": None
        if signer is None
        else (signer.mode, _same(signer.authority), _same(signer.position), _same(signer.name)),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "rewrites", nargs="*", help=f"the rewrites to run (default: all): {', '.join(REWRITES)}"
    )
    parser.add_argument("--show", action="store_true", help="print each changed value, before and after")
    args = parser.parse_args(argv)
    unknown = [name for name in args.rewrites if name not in REWRITES]
    if unknown:
        parser.error(f"no rewrite named {', '.join(map(repr, unknown))}")
    import vnplan  # noqa: PLC0415

    changed: collections.Counter[tuple[str, str]] = collections.Counter()
    for doc in sorted(DOCS.glob("*.txt")):
        text = doc.read_text(encoding="utf-8")
        expected = values(vnplan.parse(text))
        for name in args.rewrites or REWRITES:
            got = values(vnplan.parse(REWRITES[name](text)))
            for field, value in expected.items():
                if got[field] != value:
                    changed[name, field] += 1
                    if args.show:
                        print(
                            f"{doc.stem} | {name} | {field}\n  as is:     {value}\n  rewritten: {got[field]}"
                        )
    for name in args.rewrites or REWRITES:
        fields = {field: n for (rewrite, field), n in changed.items() if rewrite == name}
        shown = ", ".join(f"{field} {n}" for field, n in sorted(fields.items(), key=lambda kv: -kv[1]))
        print(f"{name:32s} {sum(fields.values()):4d}  {shown}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
