"""How ``vnplan batch`` scales with workers, and how its memory stays flat with the number of documents.

Builds N input files by cycling the dev corpus (symbolic links, so 20,000 documents
cost no disk), runs ``python -m vnplan batch`` on them in child processes, and
prints wall time, documents per second and peak resident memory (the largest of
the main process and its workers, from ``getrusage(RUSAGE_CHILDREN)``).

    .venv/bin/python benchmarks/batch_scaling.py                # 2,000 docs; memory at 1,000 and 20,000
    .venv/bin/python benchmarks/batch_scaling.py --docs 400 --memory 200 2000   # a quick run

Targets: workers=2 at least 1.6x faster than workers=1 on a machine with 2 free
cores, and peak memory at 20,000 documents within a few MiB of that at 1,000.
"""

from __future__ import annotations

import argparse
import itertools
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "corpus" / "docs"

# Run in a child so that RUSAGE_CHILDREN covers only one batch (and its workers, which it waits for).
_MEASURE = """
import resource, subprocess, sys, time
start = time.perf_counter()
code = subprocess.run(sys.argv[1:]).returncode
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(time.perf_counter() - start, peak // 1024 if sys.platform == "darwin" else peak, code)
"""


def make_inputs(n: int, folder: Path) -> Path:
    """``n`` files in ``folder``: links to the dev corpus texts, cycled."""
    folder.mkdir(parents=True)
    sources = sorted(CORPUS.glob("*.txt"))
    for i, src in zip(range(n), itertools.cycle(sources), strict=False):
        dst = folder / f"{i:06d}_{src.name}"
        try:
            dst.symlink_to(src)
        except OSError:  # no symbolic links (Windows without the privilege)
            shutil.copyfile(src, dst)
    return folder


def run_batch(inputs: Path, out: Path, workers: int) -> tuple[float, int]:
    """Seconds and peak RSS (KiB) of one ``vnplan batch`` run."""
    cmd = [sys.executable, "-m", "vnplan", "batch", str(inputs), "--out", str(out), "--workers", str(workers)]
    done = subprocess.run(
        [sys.executable, "-c", _MEASURE, *cmd, "--quiet"], capture_output=True, text=True, check=True
    )
    seconds, peak, code = done.stdout.split()
    if int(code) not in (0, 1):
        raise SystemExit(f"vnplan batch exited with {code}: {done.stderr}")
    return float(seconds), int(peak)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=2000, help="documents for the speed-up run")
    ap.add_argument("--workers", type=int, default=2, help="workers to compare with 1")
    ap.add_argument("--memory", type=int, nargs="*", default=[1000, 20000], help="document counts for memory")
    ap.add_argument("--out", default="parquet", choices=("jsonl", "csv", "parquet"), help="output kind")
    a = ap.parse_args()

    print(f"cores: {os.cpu_count()}, corpus: {len(list(CORPUS.glob('*.txt')))} texts, output: .{a.out}")
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        inputs = make_inputs(a.docs, root / f"in{a.docs}")
        t1, m1 = run_batch(inputs, root / f"w1.{a.out}", 1)
        tn, mn = run_batch(inputs, root / f"w{a.workers}.{a.out}", a.workers)
        for w, t, m in ((1, t1, m1), (a.workers, tn, mn)):
            print(
                f"{a.docs} docs, workers={w}: {t:7.1f} s {a.docs / t:7.1f} docs/s  peak {m / 1024:6.1f} MiB"
            )
        print(f"speed-up workers={a.workers} / workers=1: {t1 / tn:.2f}x")
        for n in a.memory:
            inputs = make_inputs(n, root / f"mem{n}")
            t, m = run_batch(inputs, root / f"mem{n}.{a.out}", a.workers)
            rate = f"{t:.1f} s, {n / t:.1f} docs/s"
            print(f"memory: {n:6d} docs, workers={a.workers}: peak {m / 1024:6.1f} MiB ({rate})")
            shutil.rmtree(inputs)


if __name__ == "__main__":
    main()
