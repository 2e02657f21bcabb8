"""Regenerate the golden files of the corpus: ``tests/fixtures/golden/<doc>.json``.

Each golden file is ``vnplan.parse(text).model_dump(mode="json")`` of
``tests/fixtures/corpus/docs/<doc>.txt``, as pretty UTF-8 JSON with sorted keys.

    python scripts/regen_golden.py           # rewrite the goldens, print what changed
    python scripts/regen_golden.py --check   # print what would change; exit 1 on any difference

Review the printed diff before committing regenerated goldens: every change is a change
of the parser's output on a real document.
"""

from __future__ import annotations

import argparse
import difflib
import json
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "tests" / "fixtures" / "corpus" / "docs"
GOLDEN = ROOT / "tests" / "fixtures" / "golden"


def documents() -> list[Path]:
    """The corpus texts, in name order."""
    return sorted(DOCS.glob("*.txt"))


def golden_path(doc: Path) -> Path:
    return GOLDEN / f"{doc.stem}.json"


def render(text: str) -> str:
    """The golden JSON of one text."""
    import vnplan  # noqa: PLC0415 (imported late so ``--help`` works without the package)

    dumped = vnplan.parse(text).model_dump(mode="json")
    return json.dumps(dumped, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def unified(old: str, new: str, name: str) -> str:
    return "".join(
        difflib.unified_diff(
            old.splitlines(keepends=True), new.splitlines(keepends=True), f"golden/{name}", f"parse/{name}"
        )
    )


def changes() -> Iterator[tuple[Path, str, str]]:
    """(golden path, old content or "", new content) for every document whose golden differs."""
    for doc in documents():
        path = golden_path(doc)
        new = render(doc.read_text(encoding="utf-8"))
        old = path.read_text(encoding="utf-8") if path.exists() else ""
        if old != new:
            yield path, old, new


def stale() -> list[Path]:
    """Golden files whose document is gone."""
    names = {d.stem for d in documents()}
    return sorted(p for p in GOLDEN.glob("*.json") if p.stem not in names)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--check", action="store_true", help="do not write; exit 1 if any golden would change"
    )
    args = parser.parse_args(argv)
    changed = 0
    for path, old, new in changes():
        changed += 1
        sys.stdout.write(unified(old, new, path.name) if old else f"+++ new golden {path.name}\n")
        if not args.check:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(new, encoding="utf-8")
    for path in stale():
        changed += 1
        print(f"--- stale golden {path.name} (its document is gone)")
        if not args.check:
            path.unlink()
    verb = "differ" if args.check else "rewritten"
    print(f"{changed} golden file(s) {verb}, {len(documents())} document(s)", file=sys.stderr)
    return 1 if args.check and changed else 0


if __name__ == "__main__":
    raise SystemExit(main())
