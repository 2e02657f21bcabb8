"""UTF-8 read as Windows-1252 or Latin-1 (mojibake): detection, reading back, offsets, and parse.

A UTF-8 file opened as Windows-1252 (Notepad, Excel, a browser told the wrong charset, a
latin1 database column) and saved again shows every Vietnamese letter as two or three
characters: "Kế hoạch" becomes "Káº¿ hoáº¡ch". The phrases below are such strings as they are
met; the misreadings of whole documents are made here with the codecs of the standard library,
independently of :mod:`vnplan.legacy`.
"""

from __future__ import annotations

import itertools
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from pydantic import BaseModel

import vnplan
from vnplan.legacy import convert_legacy, detect_legacy
from vnplan.normalise import normalise

DOCS = sorted((Path(__file__).parent / "fixtures" / "corpus" / "docs").glob("*.txt"))


def as_windows_1252(text: str) -> str:
    """``text`` saved as UTF-8 and opened as Windows-1252 as browsers read it (its five holes as Latin-1)."""
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in text.encode("utf-8"))


def as_latin_1(text: str) -> str:
    """``text`` saved as UTF-8 and opened as Latin-1 (0x80-0x9F are control characters)."""
    return text.encode("utf-8").decode("latin-1")


def as_windows_1252_in_an_editor(text: str) -> str:
    """:func:`as_windows_1252`, then the no-break spaces made spaces (the last byte of "à" among them)."""
    return as_windows_1252(text).replace("\xa0", " ")


MISREAD = [as_windows_1252, as_latin_1]

PHRASES: list[tuple[str, str]] = [
    ("Káº¿ hoáº¡ch", "Kế hoạch"),
    ("Sá»‘: 62-KH/TU", "Số: 62-KH/TU"),
    ("Ä\x90áº¢NG Cá»˜NG Sáº¢N VIá»†T NAM", "ĐẢNG CỘNG SẢN VIỆT NAM"),
    ("HÃ  Ná»™i, ngÃ y 07 thÃ¡ng 9 nÄƒm 2017", "Hà Nội, ngày 07 tháng 9 năm 2017"),
    ("trÆ°á»›c ngÃ y 15/10/2017", "trước ngày 15/10/2017"),
    ("NÆ¡i nháº­n:", "Nơi nhận:"),
    ("T/M BAN THÆ¯á»œNG Vá»¤", "T/M BAN THƯỜNG VỤ"),
    ("â€œKáº¿ hoáº¡châ€\x9d", "“Kế hoạch”"),  # curly quotes: 0x9D is a hole of Windows-1252
    ("Ä\x90á»\x93ng ThÃ¡p", "Đồng Tháp"),  # read as Latin-1: 0x93 is a control character
    ("Ä\x90á»“ng ThÃ¡p", "Đồng Tháp"),  # the same read as Windows-1252: 0x93 is "“"
    ("KeÌ‚Ì\x81 hoaÌ£ch", "Ke\u0302\u0301 hoa\u0323ch"),  # NFD: combining marks (NFC comes later)
    ("KÃ¡ÂºÂ¿ hoÃ¡ÂºÂ¡ch", "Kế hoạch"),  # saved wrongly twice
]


@pytest.mark.parametrize(("misread", "expected"), PHRASES)
def test_phrase_reads_back(misread: str, expected: str) -> None:
    result = convert_legacy(misread)
    assert (result.text, result.encoding) == (expected, "utf8")
    assert detect_legacy(misread) == "utf8"
    assert result.diagnostic is not None and result.diagnostic.code == "encoding.mojibake"


@pytest.mark.parametrize(
    "text",
    [
        "café crème brûlée",
        "Cà Mau, Lào Cai",
        "Ã©tÃ©",  # French mojibake: reads back to Latin-1 letters only, no evidence of a Vietnamese text
        "â€“ 2 â€“",  # punctuation alone is no evidence either
        "Hà Nội – Số 62",
        "",
    ],
)
def test_text_without_evidence_is_left_alone(text: str) -> None:
    result = convert_legacy(text)
    assert (result.text, result.encoding, result.offsets) == (text, None, None)


def test_a_line_with_evidence_elsewhere_reads_back_too() -> None:
    text = "Káº¿ hoáº¡ch\nâ€“ 2 â€“\ncafÃ©"
    assert convert_legacy(text).text == "Kế hoạch\n– 2 –\ncafé"


def test_only_the_misread_lines_of_a_mixed_file_are_read_back() -> None:
    text = "Hà Nội, ngày 07 tháng 9 năm 2017\n" + as_windows_1252("Quyết định về việc") + "\nCà Mau"
    assert convert_legacy(text).text == "Hà Nội, ngày 07 tháng 9 năm 2017\nQuyết định về việc\nCà Mau"


def test_bytes_read_one_character_per_byte_are_utf8_again() -> None:
    assert convert_legacy("Tỉnh ủy Quảng Trị".encode()).text == "Tỉnh ủy Quảng Trị"


@pytest.mark.parametrize("misread", [*MISREAD, as_windows_1252_in_an_editor], ids=lambda f: f.__name__)
def test_offsets_map_each_char_to_its_bytes(misread: Callable[[str], str]) -> None:
    text = DOCS[0].read_text(encoding="utf-8")
    assert "\xa0" not in text and "à" in text
    raw = misread(text)
    result = convert_legacy(raw)
    assert result.text == text and result.offsets is not None
    offsets = result.offsets
    assert len(offsets) == len(text) + 1 and offsets[-1] == len(raw)
    for i, char in enumerate(text):
        assert raw[offsets[i] : offsets[i + 1]] == misread(char)


@pytest.mark.parametrize("misread", MISREAD, ids=lambda f: f.__name__)
@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_a_misread_corpus_document_parses_as_the_original(path: Path, misread: Callable[[str], str]) -> None:
    text = path.read_text(encoding="utf-8")
    raw = misread(text)
    original, repaired = vnplan.parse(text), vnplan.parse(raw)
    codes = [d.code for d in repaired.diagnostics]
    if not any(c.isalpha() and c > "\xff" for c in text):  # no evidence (doc_042's OCR): left as it is
        assert "encoding.mojibake" not in codes
        return
    assert codes[0] == "encoding.mojibake"
    # where each character of the original begins in the misread text
    at = list(itertools.accumulate((len(misread(c)) for c in text), initial=0))

    def moved(span: vnplan.Span) -> vnplan.Span:
        return vnplan.Span(start=at[span.start], end=at[span.end])

    assert [d for d in repaired.diagnostics if d.code != "encoding.mojibake"] == [
        d.model_copy(update={"span": d.span and moved(d.span)}) for d in original.diagnostics
    ]
    assert _values(repaired) == _values(original)
    # every span points into the misread text, at the misreading of the original's value
    assert _spans(repaired) == [moved(span) for span in _spans(original)]


def _values(plan: vnplan.Plan) -> object:
    """The plan's values without spans and diagnostics."""

    def strip(value: object) -> object:
        if isinstance(value, dict):
            return {k: strip(v) for k, v in value.items() if k not in {"span", "mentions"}}
        if isinstance(value, list):
            return [strip(v) for v in value]
        return value

    return strip(plan.model_dump(mode="json", exclude={"diagnostics"}))


def _spans(plan: vnplan.Plan) -> list[vnplan.Span]:
    found: list[vnplan.Span] = []

    def walk(value: object) -> None:
        if isinstance(value, vnplan.Span):
            found.append(value)
        elif isinstance(value, list | tuple):
            for item in value:
                walk(item)
        elif isinstance(value, BaseModel) and not isinstance(value, vnplan.Diagnostic):
            for name in type(value).model_fields:
                walk(getattr(value, name))

    walk(plan)
    return found


def test_normalise_reports_the_reading_once() -> None:
    raw = as_windows_1252(DOCS[0].read_text(encoding="utf-8"))
    assert [d.code for d in normalise(raw).diagnostics] == ["encoding.mojibake"]


VIETNAMESE = "ăâđêôơưĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
TEXT = st.text(
    alphabet=st.sampled_from(VIETNAMESE + "abcdghklmnpqrstvxy 0123456789/.,:;-–“”…\n"), max_size=60
)


@given(TEXT, st.sampled_from(MISREAD))
@example("Ă\nÂ–", as_windows_1252)  # read once more, "Â–" gives a C1 control: the first reading stands
@example("Ă\nÊ–", as_windows_1252)  # ... and "Ê–" an IPA letter, "ʖ"
def test_any_vietnamese_text_reads_back_exactly(text: str, misread: Callable[[str], str]) -> None:
    result = convert_legacy(misread(text))
    if any(c.isalpha() and c > "\xff" for c in text):  # a letter beyond Latin-1
        assert result.text == text
        assert result.offsets is not None and result.offsets[-1] == len(misread(text))
    assert unicodedata.is_normalized("NFC", normalise(misread(text)).text)


@pytest.mark.parametrize(
    ("raw", "phrase"),
    [
        ("Gửi trước ngày 15/10/2025.", "trước ngày 15/10/2025"),  # as written
        ("Gá»­i trÆ°á»›c ngÃ y 15/10/2025.", "trước ngày 15/10/2025"),  # misread UTF-8
        ("Göûi tröôùc ngaøy 15/10/2025.", "trước ngày 15/10/2025"),  # VNI
        ("Gửi tr&#432;&#7899;c&nbsp;ngày 15/10/2025.", "trước\xa0ngày 15/10/2025"),  # HTML references
        ("Gửi trước\n> ngày 15/10/2025.", "trước\n> ngày 15/10/2025"),  # layout is kept as written
    ],
)
def test_a_date_phrase_keeps_its_text_as_read_from_the_original(raw: str, phrase: str) -> None:
    [mention] = vnplan.find_dates(raw)
    assert mention.text == phrase
    assert mention.period is not None and mention.period.end.isoformat() == "2025-10-15"


MOJIBAKE = Path(__file__).parent / "fixtures" / "mojibake"


def test_a_misread_plan_whose_no_break_spaces_an_editor_made_spaces_parses_as_its_clean_text() -> None:
    """A plan written for the tests, then misread as Windows-1252 with every no-break space made a
    space (its 87 "à", "Ạ" and NBSP lost their last byte): every value reads as from the clean text."""
    clean = (MOJIBAKE / "ubnd_huyen_clean.txt").read_text(encoding="utf-8")
    misread = (MOJIBAKE / "ubnd_huyen_misread_nbsp_as_space.txt").read_text(encoding="utf-8")
    assert misread == as_windows_1252(clean).replace("\xa0", " ")
    original, repaired = vnplan.parse(clean), vnplan.parse(misread)
    assert "encoding.mojibake" in {d.code for d in repaired.diagnostics}
    assert _values(repaired) == _values(original)
