"""The profiling tools of ``benchmarks/`` still run against the code they profile.

Their figures are not checked (speed is measured by the benchmarks, never in a test); that each
tool runs and attributes time where the code is does.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"


def _run(script: str, *args: str) -> str:
    out = subprocess.run(
        [sys.executable, str(BENCHMARKS / script), *args], capture_output=True, text=True, check=True
    )
    return out.stdout


def test_patterns_attributes_time_to_the_patterns_of_vnplan_modules() -> None:
    lines = _run("patterns.py", "--rounds", "1", "--top", "200").splitlines()
    rows, total = lines[1:-1], lines[-1]
    assert "all patterns, of a parse of" in total
    assert any(" dates.py:" in row for row in rows)  # the date scan's patterns
    assert any(row.split()[2] == "regex" for row in rows)  # both engines' patterns are wrapped
    assert any(row.split()[2] == "re" for row in rows)
    assert not any("lark" in row or "pydantic" in row for row in rows)
    # a lazy pattern (vnplan._lazy) under the line that defines it, not the code that first used it
    clause_start = [row.split()[2:4] for row in rows if "[.;!?](?=" in row]  # deadlines._CLAUSE_START_RE
    assert clause_start
    engine, where = clause_start[0]
    assert engine == "regex" and where.startswith("deadlines.py:")
    assert not any("_lazy.py" in row or "throughput.py" in row for row in rows)


def test_stages_lists_the_pipeline_stages() -> None:
    out = _run("stages.py", "--rounds", "1")
    assert "deadlines.read_deadlines" in out and "normalise" in out and "parse, in all" in out
