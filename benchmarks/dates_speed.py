"""Speed of ``normalise`` and ``dates.scan`` on the dev corpus, against a baseline revision, in one run.

Run:  python benchmarks/dates_speed.py [--baseline REV] [--passes N]

The baseline is ``src/vnplan/normalise.py`` and ``src/vnplan/dates.py`` as they were at git revision REV
(default: c769121, the last commit before the speed work), read with ``git show`` and loaded as separate
modules next to the current ones; ``--baseline none`` times the current code only. Both versions get the
same inputs and must give the same outputs (checked, and printed). Columns, per version:

  normalise   documents per second through ``normalise(text)``
  scan        documents per second through ``dates.scan(source, ref=issue date)`` on normalised sources
  scan cold   the same with the per-run text cache of an old ``dates`` (``_read_run``, gone since caches
              keyed on text were removed) cleared before each pass; without it, the scan column

Best of N timed passes after one warm-up pass.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import Any

dates = importlib.import_module("vnplan.dates")
normalise = importlib.import_module("vnplan.normalise")  # the module (vnplan.normalise may name the function)
ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "fixtures" / "corpus"


def _docs() -> list[tuple[str, date | None]]:
    out = []
    for doc in sorted((CORPUS / "docs").glob("*.txt")):
        gold_path = CORPUS / "gold" / (doc.stem + ".json")
        gold = json.loads(gold_path.read_text(encoding="utf-8")) if gold_path.exists() else {}
        issued = gold.get("issued_on")
        out.append((doc.read_text(encoding="utf-8"), date.fromisoformat(issued) if issued else None))
    return out


def _load(rev: str, path: str, name: str, folder: Path) -> ModuleType:
    source = subprocess.run(
        ["git", "show", f"{rev}:{path}"], cwd=ROOT, check=True, capture_output=True, text=True
    ).stdout
    file = folder / f"{name}.py"
    file.write_text(source, encoding="utf-8")
    spec = importlib.util.spec_from_file_location(name, file)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def _best(
    jobs: dict[str, tuple[Callable[[], Any], Callable[[], Any] | None]], passes: int
) -> dict[str, float]:
    """Best time of each job over ``passes``, the jobs taking turns within a pass (a busy machine slows
    them alike); the second callable of a job runs untimed before each timed run."""
    for run, _ in jobs.values():
        run()  # warm-up: grammars, lexicon, per-phrase caches
    best = dict.fromkeys(jobs, float("inf"))
    for _ in range(passes):
        for name, (run, before) in jobs.items():
            if before is not None:
                before()
            t0 = time.perf_counter()
            run()
            best[name] = min(best[name], time.perf_counter() - t0)
    return best


def _found(found: list[Any]) -> list[Any]:
    return [(f.start, f.end, f.mention) for f in found]


def _offsets(source: Any) -> list[int] | None:
    """The offset map of a source as plain numbers: the two versions' map objects are of two classes
    (each loaded ``normalise`` has its own), which never compare equal."""
    return None if source.offsets is None else list(source.offsets)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--baseline", default="c769121", help="git revision to compare with, or 'none'")
    parser.add_argument("--passes", type=int, default=5)
    args = parser.parse_args()

    docs = _docs()
    size = sum(len(t) for t, _ in docs) / len(docs)
    print(f"{len(docs)} documents, {size / 1000:.1f} k characters on average; best of {args.passes} passes\n")
    versions: dict[str, tuple[ModuleType, ModuleType]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        if args.baseline != "none":
            old_normalise = _load(args.baseline, "src/vnplan/normalise.py", "_baseline_normalise", Path(tmp))
            old_dates = _load(args.baseline, "src/vnplan/dates.py", "_baseline_dates", Path(tmp))
            versions[f"baseline {args.baseline}"] = (old_normalise, old_dates)
        versions["current"] = (normalise, dates)

        texts = [text for text, _ in docs]
        sources = [(normalise.normalise(text), ref) for text, ref in docs]
        jobs: dict[str, tuple[Callable[[], Any], Callable[[], Any] | None]] = {}
        outputs = []
        for name, (norm, dts) in versions.items():
            jobs[f"{name} normalise"] = (lambda norm=norm: [norm.normalise(t) for t, _ in docs], None)
            jobs[f"{name} scan"] = (lambda dts=dts: [dts.scan(s, ref=r) for s, r in sources], None)
            clear = getattr(dts, "_read_run", None)
            if clear is not None:
                jobs[f"{name} cold"] = (
                    lambda dts=dts: [dts.scan(s, ref=r) for s, r in sources],
                    clear.cache_clear,
                )
            outputs.append(
                (
                    [(s.text, s.key, _offsets(s), s.diagnostics) for s in map(norm.normalise, texts)],
                    [_found(dts.scan(s, ref=r)) for s, r in sources],
                )
            )
        best = _best(jobs, args.passes)
    speed = {name: len(docs) / seconds for name, seconds in best.items()}
    rows = [
        (
            name,
            speed[f"{name} normalise"],
            speed[f"{name} scan"],
            speed.get(f"{name} cold", speed[f"{name} scan"]),
        )
        for name in versions
    ]

    print(f"| {'version':<18} | normalise docs/s | scan docs/s | scan cold docs/s |")
    print(f"|{'-' * 20}|------------------|-------------|------------------|")
    for name, n_speed, s_speed, cold in rows:
        print(f"| {name:<18} | {n_speed:>16.0f} | {s_speed:>11.0f} | {cold:>16.0f} |")
    if len(rows) == 2:
        (_, n0, s0, c0), (_, n1, s1, c1) = rows
        print(f"\nspeed-up: normalise {n1 / n0:.1f}x, scan {s1 / s0:.1f}x, scan cold {c1 / c0:.1f}x")
        same = outputs[0] == outputs[1]
        print(f"same normalised texts, offsets and date mentions as the baseline: {same}")


if __name__ == "__main__":
    main()
