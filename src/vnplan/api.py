"""The verbs of vnplan: run the stages in order (work in progress)."""

from __future__ import annotations

from vnplan.models import DocNumber, Plan, Reference

MAX_INPUT_CHARS = 20_000_000


def parse(text: str | bytes) -> Plan:
    """Parse one document."""
    return Plan()


def parse_number(s: str) -> DocNumber | None:
    """Parse one document number."""
    return None


def find_references(text: str) -> list[Reference]:
    """Find the documents a text cites."""
    return []
