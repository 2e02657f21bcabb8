"""Coverage-guided fuzzing of ``vnplan.parse`` with atheris (not part of CI).

    pip install atheris
    python benchmarks/fuzz_parse.py -max_total_time=600 -max_len=4096 [corpus_dir]

Each input is tried as bytes (``parse`` must return a Plan or raise ``DecodeError`` with a valid
offset) and, decoded with replacement characters, as text (``parse`` must return a Plan whose
spans lie inside the text). Any other exception is a finding: atheris stops and saves the input.
Seed it with the corpus documents by passing ``tests/fixtures/corpus/docs`` as the corpus folder.
"""

from __future__ import annotations

import importlib
import sys

import atheris

# ``import vnplan`` loads its stages on first use (PEP 562): they are imported here, inside the block,
# so that atheris instruments the parser itself and not only the package's front module.
STAGES = (
    "api",
    "normalise",
    "columns",
    "legacy",
    "segment",
    "header",
    "docnumber",
    "references",
    "dates",
    "deadlines",
    "recipients",
    "signature",
    "grammar",
)
with atheris.instrument_imports():
    import vnplan
    from vnplan.errors import DecodeError
    from vnplan.models import Span

    for stage in STAGES:
        importlib.import_module(f"vnplan.{stage}")


def _spans(value: object) -> list[Span]:
    if isinstance(value, Span):
        return [value]
    if isinstance(value, list | tuple):
        return [s for item in value for s in _spans(item)]
    fields = getattr(type(value), "model_fields", None)
    if fields is None:
        return []
    return [s for name in fields for s in _spans(getattr(value, name))]


def test_one_input(data: bytes) -> None:
    try:
        vnplan.parse(data)
    except DecodeError as exc:
        if not 0 <= exc.offset < len(data):
            raise AssertionError(f"offset {exc.offset} outside {len(data)} bytes") from exc
    text = data.decode("utf-8", errors="replace")
    plan = vnplan.parse(text)
    for span in _spans(plan):
        if not 0 <= span.start <= span.end <= len(text):
            raise AssertionError(f"{span} outside a text of {len(text)}")


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
