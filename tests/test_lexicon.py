"""The vocabularies are data: check their shape so a typo fails here, not silently in matching."""

from __future__ import annotations

import pytest

from vnplan.lexicon import load
from vnplan.normalise import fold_tones

LEVELS = {"trung_uong", "tinh", "huyen", "xa", "co_so"}
MODES = {"TM", "KT", "TL", "TUQ", "Q"}


def _phrases(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [p for item in value for p in _phrases(item)]
    if isinstance(value, dict):
        return [p for item in value.values() for p in _phrases(item)]
    return []


@pytest.mark.parametrize("name", ["layout", "deadlines", "doc_types", "signature"])
def test_matching_phrases_are_in_key_form(name: str) -> None:
    """Phrases are matched on the tone-folded key, so they must be written in that form."""
    data = load(name)
    if name == "doc_types":
        data = data["names"]
    for phrase in _phrases(data):
        assert fold_tones(phrase) == phrase, f"{name}: {phrase!r} is not in key form"


@pytest.mark.parametrize("name", ["layout", "deadlines", "signature", "issuer_codes"])
def test_no_duplicate_entries(name: str) -> None:
    data = load(name)

    def walk(value: object, where: str) -> None:
        if isinstance(value, list):
            assert len(value) == len(set(value)), f"{where} has duplicates"
        elif isinstance(value, dict):
            for k, v in value.items():
                walk(v, f"{where}.{k}")

    walk(data, name)


def test_levels_are_the_contract_levels() -> None:
    data = load("deadlines")
    assert set(data["levels"]) == LEVELS
    assert set(data["issuer_levels"]) <= LEVELS


def test_signature_marks_name_contract_modes() -> None:
    assert set(load("signature")["marks"].values()) == MODES


def test_type_codes_name_known_types() -> None:
    data = load("doc_types")
    names = set(data["names"]) | {"Bản sao", "Hợp đồng"}
    assert set(data["codes"].values()) <= names
    for name, forms in data["names"].items():
        assert forms, name
        assert all(form == form.lower() for form in forms), name


def test_issuer_codes_look_like_codes() -> None:
    for group, codes in load("issuer_codes").items():
        for code in codes:
            assert code[0].isupper() and " " not in code, f"{group}: {code!r}"
