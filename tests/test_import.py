"""``import vnplan`` is cheap: no grammar built, no lexicon read, no Pydantic, Lark or optional module loaded.

Checked in a fresh interpreter; how long the import takes is measured by ``benchmarks/throughput.py``.
"""

from __future__ import annotations

import json
import subprocess
import sys

HEAVY = ["pandas", "pyarrow", "matplotlib", "pyspark", "docx", "pdfminer", "dateparser"]

PROBE = """
import json, sys
import vnplan, vnplan.grammar, vnplan.lexicon
lexicon_caches = {
    name: f.cache_info().currsize
    for name, f in vars(vnplan.lexicon).items()
    if hasattr(f, "cache_info")
}
print(json.dumps({
    "parsers": vnplan.grammar.get_parser.cache_info().currsize,
    "lexicon_caches": lexicon_caches,
    "modules": sorted(m.split(".")[0] for m in sys.modules),
}))
"""


def _after_import() -> dict[str, object]:
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, check=True)
    result: dict[str, object] = json.loads(out.stdout)
    return result


def test_import_builds_no_parser() -> None:
    assert _after_import()["parsers"] == 0


def test_import_reads_no_lexicon() -> None:
    caches = _after_import()["lexicon_caches"]
    assert isinstance(caches, dict) and caches, "vnplan.lexicon should cache its loads"
    assert all(size == 0 for size in caches.values()), caches


def test_import_loads_no_heavy_optional_module() -> None:
    modules = _after_import()["modules"]
    assert isinstance(modules, list)
    assert "vnplan" in modules  # the probe did import it
    assert [m for m in HEAVY if m in modules] == []


def test_import_loads_neither_pydantic_nor_lark() -> None:
    # the public names load on first use (vnplan/__init__.py): the import itself is a few modules
    probe = "import sys, vnplan; print(' '.join(sys.modules))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    modules = set(out.stdout.split())
    assert "vnplan" in modules
    assert [m for m in ("pydantic", "lark", "regex") if m in modules] == []


def test_every_public_name_resolves() -> None:
    import vnplan  # noqa: PLC0415

    missing = [name for name in vnplan.__all__ if getattr(vnplan, name, None) is None]
    assert missing == []
    assert callable(vnplan.timeline) and callable(vnplan.parse)
    assert vnplan.Plan.__module__ == "vnplan.models"
