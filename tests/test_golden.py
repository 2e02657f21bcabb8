"""Every corpus document parses exactly to its golden file (``scripts/regen_golden.py`` writes them).

A failure shows the first differing fields by JSON path, then the unified diff. When the change
is intended, run ``python scripts/regen_golden.py``, read the printed diff and commit it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from project_scripts import load_script

SHOWN_FIELDS = 12
SHOWN_DIFF_LINES = 80


REGEN = load_script("regen_golden")
DOCUMENTS = REGEN.documents()


def _short(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 100 else text[:97] + "..."


def differences(expected: Any, actual: Any, path: str = "$") -> Iterator[str]:
    """The paths where two JSON values differ, each with both values, depth first in document order."""
    if isinstance(expected, dict) and isinstance(actual, dict):
        for key in sorted(expected.keys() | actual.keys()):
            if key not in actual:
                yield f"{path}.{key}: missing (golden {_short(expected[key])})"
            elif key not in expected:
                yield f"{path}.{key}: unexpected {_short(actual[key])}"
            else:
                yield from differences(expected[key], actual[key], f"{path}.{key}")
    elif isinstance(expected, list) and isinstance(actual, list):
        for i, (e, a) in enumerate(zip(expected, actual, strict=False)):
            yield from differences(e, a, f"{path}[{i}]")
        if len(expected) != len(actual):
            yield f"{path}: {len(actual)} items, golden has {len(expected)}"
    elif expected != actual:
        yield f"{path}: golden {_short(expected)} != parsed {_short(actual)}"


def test_differences_name_the_field() -> None:
    golden = {"number": {"canonical": "62-KH/TU"}, "recipients": [{"name": "A"}]}
    parsed = {"number": {"canonical": "62-KH/T"}, "recipients": [{"name": "A"}, {"name": "B"}]}
    assert list(differences(golden, parsed)) == [
        '$.number.canonical: golden "62-KH/TU" != parsed "62-KH/T"',
        "$.recipients: 2 items, golden has 1",
    ]
    assert list(differences(golden, golden)) == []


def test_corpus_is_there() -> None:
    assert len(DOCUMENTS) >= 30


@pytest.mark.parametrize("doc", DOCUMENTS, ids=[d.stem for d in DOCUMENTS])
def test_golden(doc: Path) -> None:
    path = REGEN.golden_path(doc)
    assert path.exists(), f"no golden file {path.name}: run `python scripts/regen_golden.py` and review it"
    old = path.read_text(encoding="utf-8")
    new = REGEN.render(doc.read_text(encoding="utf-8"))
    if old == new:
        return
    fields = list(differences(json.loads(old), json.loads(new)))
    diff = REGEN.unified(old, new, path.name).splitlines()
    report = [
        f"{doc.name} no longer parses to {path.name} ({len(fields)} difference(s)):",
        *(f"  {f}" for f in fields[:SHOWN_FIELDS]),
        *(["  ..."] if len(fields) > SHOWN_FIELDS else []),
        "",
        *diff[:SHOWN_DIFF_LINES],
        *(["..."] if len(diff) > SHOWN_DIFF_LINES else []),
        "If the change is intended: python scripts/regen_golden.py (and review the diff).",
    ]
    pytest.fail("\n".join(report), pytrace=False)


def test_no_stale_golden() -> None:
    assert REGEN.stale() == []
