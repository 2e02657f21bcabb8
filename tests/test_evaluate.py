"""vnplan.evaluate: the scorer of score.py as library code, checked on hand-scored synthetic cases."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from vnplan.evaluate import Report, evaluate, norm, norm_number
from vnplan.models import (
    Deadline,
    DocNumber,
    Organization,
    Period,
    Plan,
    Recipient,
    Reference,
    Signer,
)

ROOT = Path(__file__).resolve().parents[1]
SCORE_PY = ROOT.parent / "shared" / "tools" / "score.py"
CORPUS = ROOT / "tests" / "fixtures" / "corpus"

GOLD = {
    "a": {
        "file": "a.txt",
        "doc_type": "Kế hoạch",
        "number": {"any": ["062-KH/TU"]},
        "place": "Đông Hà",
        "issued_on": "2017-09-07",
        "title_starts": "Tổng kết 10 năm",
        "issuer": None,
        "references": [
            {"doc_type": "Nghị quyết", "number": "11-NQ/TU", "issued_on": "2008-07-20"},
            {"doc_type": "Nghị quyết", "number": "20-NQ/TW", "issued_on": None},
            {"doc_type": "Luật", "number": None, "issued_on": None},
        ],
        "deadlines": [
            {"level": "co_so", "start": None, "end": "2017-10-15"},
            {"level": "tinh", "start": "2018-01-01", "end": "2018-03-31"},
        ],
        "recipients": [
            {"name": "Ban Bí thư TW Đảng (b/c)", "archive": False},
            {"name": "Các huyện ủy; Đảng ủy trực thuộc", "archive": False},
            {"name": "Lưu VPTU", "archive": True},
        ],
        "signer": {"mode": "TM", "name": "Phạm Đức Châu", "signed": True},
    },
    "b": {
        "file": "b.txt",
        "doc_type": "Công văn",
        "signer": None,
        "references": [],
        "deadlines": [{"level": None, "start": None, "end": {"any": ["2020-01-31", "2020-01-30"]}}],
    },
    "c": {
        "file": "c.txt",
        "doc_type": "Quyết định",
        "deadlines": [{"level": None, "start": None, "end": "2020-05-01"}],
    },
}


def _day(d: date) -> Period:
    return Period(start=d, end=d, granularity="day")


def _number(canonical: str) -> DocNumber:
    return DocNumber(raw=canonical, serial=canonical.split("-", 1)[0], canonical=canonical)


PLANS = {
    "a": Plan(
        doc_type="KẾ HOẠCH",
        number=_number("62 - KH/TU"),
        place="Đông Hà.",
        issued_on=date(2017, 9, 7),
        title="Tổng kết  10 năm thực hiện",
        issuer=Organization(name="Tỉnh ủy"),
        references=[
            Reference(doc_type="Nghị quyết", number=_number("11-NQ/TU"), issued_on=date(2008, 7, 20)),
            Reference(doc_type="Kế hoạch", number=_number("99-KH/TU")),
            Reference(doc_type="Luật"),
        ],
        deadlines=[
            Deadline(level="huyen", due=_day(date(2017, 10, 15))),
            Deadline(
                level="tinh",
                due=Period(start=date(2018, 1, 1), end=date(2018, 3, 31), granularity="quarter"),
            ),
        ],
        recipients=[
            Recipient(name="Ban Bí thư TW Đảng"),
            Recipient(name="Các huyện ủy"),
            Recipient(name="Đảng ủy trực thuộc"),
            Recipient(name="Lưu VPTU", is_archive=False),
        ],
        signer=Signer(mode="TM", name="Phạm Đức Châu", signed=False),
    ),
    "c": Plan(
        doc_type="Quyết định",
        deadlines=[Deadline(due=_day(date(2020, 5, 1))), Deadline(due=_day(date(2020, 6, 1)))],
    ),
}

# Worked out by hand from the rules of score.py (see the comments).
EXPECTED = {
    "doc_type": 2 / 3,  # b crashed
    "number": 1.0,  # 062 = 62, spaces ignored
    "place": 1.0,  # edge punctuation ignored
    "issued_on": 1.0,
    "title": 1.0,  # prefix, white space folded
    "issuer": 0.0,  # gold null, a value was found
    "references": 0.5,  # numbered only: 1 of 2 predicted, 1 of 2 gold
    "references.issued_on": 1.0,
    "references.doc_type": 1.0,
    "deadlines": 0.75,  # tp 3, predicted 4, gold 4 (b's crash counts its gold)
    "deadlines.level": 0.5,
    "deadlines.start": 1.0,
    "recipients": 1.0,  # the ";" entry read as two entries counts once
    "recipients.archive": 2 / 3,
    "signer.mode": 1.0,
    "signer.name": 1.0,
    "signer.signed": 0.0,
    "signer.present": 1.0,  # b crashed: no signer, as the gold says
}


def _fake_parse(text: str) -> Plan:
    if text == "b":
        raise RuntimeError("boom")
    return PLANS[text]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    for key, gold in GOLD.items():
        (tmp_path / f"{key}.txt").write_text(key, encoding="utf-8")
        (tmp_path / f"{key}.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    return tmp_path


def test_scores_match_hand_computation(corpus: Path) -> None:
    report = evaluate(corpus, corpus, parse=_fake_parse)
    assert report.scores.keys() == EXPECTED.keys()
    for name, value in EXPECTED.items():
        assert report.scores[name] == pytest.approx(value), name
    assert report.macro == pytest.approx(sum(EXPECTED.values()) / len(EXPECTED))
    assert report.docs == 3
    assert report.crashed == ["b.txt: RuntimeError: boom"]


def test_misses_name_each_wrong_field(corpus: Path) -> None:
    misses = evaluate(corpus, corpus, parse=_fake_parse).misses
    assert "a.txt: issuer: gold=None pred='Tỉnh ủy'" in misses
    assert "a.txt: signer.signed: gold=True pred=False" in misses
    assert any(m.startswith("a.txt: references: missed {") and "20-NQ/TW" in m for m in misses)
    assert any(m.startswith("a.txt: references: extra {") and "99-KH/TU" in m for m in misses)
    assert any(m.startswith("c.txt: deadlines: extra {") and "2020-06-01" in m for m in misses)
    assert any(m.startswith("b.txt: deadlines: missed {") for m in misses)


def test_format_is_score_py_table(corpus: Path) -> None:
    report = evaluate(corpus, corpus, parse=_fake_parse)
    lines = report.format().splitlines()
    assert lines[0] == "deadlines             0.750"
    assert lines[-1] == f"docs=3 crashed=1 macro={report.macro:.3f}"
    assert lines[-1].endswith("macro=0.782")
    assert "crashed on 1 documents:\n  b.txt: RuntimeError: boom" in report.format()
    assert report.format(show_misses=True).count("\n  a.txt: ") == sum(
        m.startswith("a.txt") for m in report.misses
    )
    assert json.loads(report.to_json())["scores"] == report.scores


def test_nothing_scored() -> None:
    report = Report(scores={}, docs=0, misses=[], crashed=[])
    assert report.macro == 0.0
    assert report.format() == "docs=0 crashed=0 macro=0.000"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Tỉnh uỷ Quảng Trị", "TỈNH ỦY  QUẢNG TRỊ"),
        ("hoá", "hóa"),
        ("Ho\u0300a", "Hòa"),
        ("\u00d0oàn", "Đoàn"),
        ("- Ban Dân vận;", "Ban Dân vận"),
    ],
)
def test_norm_equates(a: str, b: str) -> None:
    assert norm(a) == norm(b)


def test_norm_keeps_differences() -> None:
    assert norm("Hòa") != norm("Hoa")
    assert norm_number("62-KH/TU") != norm_number("62-KH/TW")
    assert norm_number(None) == ""


@pytest.mark.skipif(not SCORE_PY.exists(), reason="shared/tools/score.py is not beside the repository")
def test_agrees_with_score_py_on_the_dev_corpus(tmp_path: Path) -> None:
    docs, gold = CORPUS / "docs", CORPUS / "gold"
    args = ["--docs", str(docs), "--gold", str(gold), "--show-misses", "--json"]
    ref = subprocess.run(
        [sys.executable, str(SCORE_PY), *args, str(tmp_path / "ref.json")],
        capture_output=True,
        text=True,
        check=True,
    )
    mine_json = tmp_path / "mine.json"
    mine = subprocess.run(
        [
            sys.executable,
            "-m",
            "vnplan",
            "eval",
            str(docs),
            str(gold),
            "--show-misses",
            "--json",
            str(mine_json),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert mine.stdout == ref.stdout
    assert mine_json.read_text(encoding="utf-8") == (tmp_path / "ref.json").read_text(encoding="utf-8")
