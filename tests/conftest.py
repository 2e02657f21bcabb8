"""Shared test settings: the Hypothesis profiles.

``HYPOTHESIS_PROFILE`` picks one; without it CI (``CI`` set) gets ``ci`` and a developer ``dev``.

* ``ci``: a fixed budget of 150 examples per property, derandomised so a run is reproducible;
* ``dev``: the same budget with fresh random examples each run;
* ``long``: the fuzzing campaign of issue 5 (100,000 examples per property; not for CI).
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile("ci", max_examples=150, deadline=None, derandomize=True, print_blob=True)
settings.register_profile("dev", max_examples=150, deadline=None)
settings.register_profile(
    "long",
    max_examples=100_000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "dev"))
