"""Vocabularies as data: one TOML file per vocabulary, each with its provenance.

Code never spells out a Vietnamese word list; it asks this module. Each file is
validated when first loaded (see ``tests/test_lexicon.py``), so a typo in the data
fails loudly instead of silently matching nothing.

>>> "KH" in load("doc_types")["codes"]
True
"""

from __future__ import annotations

import functools
import tomllib
from importlib import resources
from typing import Any


@functools.cache
def load(name: str) -> dict[str, Any]:
    """The parsed content of ``lexicon/<name>.toml``."""
    data = resources.files(__name__).joinpath(f"{name}.toml").read_text(encoding="utf-8")
    return tomllib.loads(data)
