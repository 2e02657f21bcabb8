"""Shared test settings: the Hypothesis profiles, and a fixture recording a reader's inputs.

``HYPOTHESIS_PROFILE`` picks one; without it CI (``CI`` set) gets ``ci`` and a developer ``dev``.

* ``ci``: a fixed budget of 150 examples per property, derandomised so a run is reproducible;
* ``dev``: the same budget with fresh random examples each run;
* ``long``: the fuzzing campaign of issue 5 (100,000 examples per property; not for CI).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

CORPUS_DOCS = Path(__file__).parent / "fixtures" / "corpus" / "docs"

settings.register_profile("ci", max_examples=150, deadline=None, derandomize=True, print_blob=True)
settings.register_profile("dev", max_examples=150, deadline=None)
settings.register_profile(
    "long",
    max_examples=100_000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "dev"))


@pytest.fixture
def corpus_inputs(monkeypatch: pytest.MonkeyPatch) -> Callable[[ModuleType, str], list[Any]]:
    """``collect(module, name)``: the first argument of every call of ``module.name`` while the
    corpus documents are parsed."""
    import vnplan  # noqa: PLC0415

    def collect(module: ModuleType, name: str) -> list[Any]:
        seen: list[Any] = []
        original = getattr(module, name)

        def recording(first: Any, *rest: Any) -> Any:
            seen.append(first)
            return original(first, *rest)

        monkeypatch.setattr(module, name, recording)
        for doc in sorted(CORPUS_DOCS.glob("*.txt")):
            vnplan.parse(doc.read_text(encoding="utf-8"))
        monkeypatch.undo()
        return seen

    return collect
