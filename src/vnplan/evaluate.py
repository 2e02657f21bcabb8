"""Score plans against gold annotations: the library form of ``shared/tools/score.py``.

Same gold format (``tests/fixtures/corpus/README.md``), same normalisation, same
matching rules, same field names and the same numbers: scalar fields score
accuracy, list fields F1, and ``macro`` is the mean of the field scores. A key
absent from a gold file is not scored; ``null`` means "the document has none".

>>> import tempfile, json
>>> from pathlib import Path
>>> from vnplan.models import Plan
>>> with tempfile.TemporaryDirectory() as d:
...     _ = Path(d, "a.txt").write_text("...", encoding="utf-8")
...     _ = Path(d, "a.json").write_text(json.dumps({"file": "a.txt", "place": "Hà Nội"}), encoding="utf-8")
...     report = evaluate(d, d, parse=lambda text: Plan(place="Hà  Nội."))
>>> report.scores, report.macro
({'place': 1.0}, 1.0)
"""

from __future__ import annotations

import difflib
import json
import os
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from vnplan.api import parse as _parse
from vnplan.models import Plan

# Old-style tone placement on open syllables (hoá, uỷ) to the new style (hóa, ủy).
_TONE_MOVES = {
    "oá": "óa", "oà": "òa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
    "oé": "óe", "oè": "òe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
    "uý": "úy", "uỳ": "ùy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy",
}  # fmt: skip
_TONE_RE = re.compile("(" + "|".join(_TONE_MOVES) + r")(?!\w)", re.IGNORECASE)

Json = Any
"""A decoded JSON value (gold files, dumped plans)."""


def norm(s: object) -> str:
    """Comparison key: NFC, one tone style, casefolded, single spaces, no edge punctuation.

    >>> norm(" Tỉnh  uỷ Quảng Trị; ")
    'tỉnh ủy quảng trị'
    """
    if s is None:
        return ""
    s = unicodedata.normalize("NFC", str(s)).replace("\u00d0", "Đ")
    s = _TONE_RE.sub(lambda m: _match_case(m.group(0), _TONE_MOVES[m.group(0).lower()]), s)
    s = re.sub(r"\s+", " ", s).strip(" \t-–—;:,.*_")
    return s.casefold()


def _match_case(src: str, dst: str) -> str:
    return "".join(d.upper() if c.isupper() else d for c, d in zip(src, dst, strict=False))


def norm_number(s: object) -> str:
    """Document-number key: no spaces, upper case, serial without leading zeros.

    >>> norm_number("Số 062 - KH/TU".removeprefix("Số "))
    '62-KH/TU'
    """
    k = re.sub(r"\s+", "", norm(s)).upper()
    return re.sub(r"^0+(?=\d)", "", k)


def _strip_note(s: object) -> str:
    """Recipient key: drop a trailing '(b/c)'-style note."""
    s = s if isinstance(s, str) else ("" if s is None else str(s))
    return norm(re.sub(r"\([^()]*\)\s*[;,.]?\s*$", "", s))


def _accepted(gold: Json) -> list[Json]:
    return list(gold["any"]) if isinstance(gold, dict) and "any" in gold else [gold]


def predict(plan: Plan) -> dict[str, Json]:
    """The fields the scorer compares, read from a plan (the adapter of ``score.py``).

    >>> predict(Plan(place="Huế"))["place"]
    'Huế'
    """
    d = plan.model_dump(mode="json")
    num = d.get("number") or {}
    issuer = d.get("issuer")
    signer = d.get("signer")
    return {
        "doc_type": d.get("doc_type"),
        "number": num.get("canonical") if isinstance(num, dict) else num,
        "issuer": issuer.get("name") if isinstance(issuer, dict) else issuer,
        "place": d.get("place"),
        "issued_on": d.get("issued_on"),
        "title": d.get("title"),
        "references": [
            {
                "doc_type": r.get("doc_type"),
                "number": (r.get("number") or {}).get("canonical")
                if isinstance(r.get("number"), dict)
                else r.get("number"),
                "issued_on": r.get("issued_on"),
            }
            for r in d.get("references") or []
        ],
        "deadlines": [
            {
                "level": x.get("level"),
                "start": (x.get("due") or {}).get("start"),
                "end": (x.get("due") or {}).get("end"),
            }
            for x in d.get("deadlines") or []
        ],
        "recipients": [
            {"name": r.get("name"), "archive": bool(r.get("is_archive"))} for r in d.get("recipients") or []
        ],
        "signer": None
        if not signer
        else {k: signer.get(k) for k in ("mode", "authority", "position", "name", "signed")},
    }


@dataclass
class _Tally:
    scalar: dict[str, list[int]] = field(default_factory=dict)
    lists: dict[str, list[int]] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)

    def hit(self, name: str, ok: bool, doc: str, gold: object, pred: object) -> None:
        t = self.scalar.setdefault(name, [0, 0])
        t[0] += ok
        t[1] += 1
        if not ok:
            self.misses.append(f"{doc}: {name}: gold={gold!r} pred={pred!r}")

    def pr(self, name: str, tp: int, n_pred: int, n_gold: int) -> None:
        t = self.lists.setdefault(name, [0, 0, 0])
        t[0] += tp
        t[1] += n_pred
        t[2] += n_gold

    def scores(self) -> dict[str, float]:
        out = {f: c / n for f, (c, n) in self.scalar.items() if n}
        for f, (tp, np_, ng) in self.lists.items():
            p = tp / np_ if np_ else (1.0 if not ng else 0.0)
            r = tp / ng if ng else 1.0
            out[f] = 2 * p * r / (p + r) if p + r else 0.0
        return out


def _same_text(gold: Json, pred: Json, key: Callable[[object], str] = norm) -> bool:
    if gold is None:
        return pred in (None, "")
    return any(key(g) == key(pred) for g in _accepted(gold))


def _match_lists(
    gold: list[Json], pred: list[Json], same: Callable[[Json, Json], bool]
) -> list[tuple[Json, Json]]:
    """Greedy one-to-one matching; returns the matched (gold, pred) pairs."""
    left = list(pred)
    pairs = []
    for g in gold:
        for p in left:
            if same(g, p):
                pairs.append((g, p))
                left.remove(p)
                break
    return pairs


def _same_recipient(g: Json, p: Json) -> bool:
    b = _strip_note(p.get("name") or "")
    for name in _accepted(g["name"]):
        a = _strip_note(name)
        if a == b or difflib.SequenceMatcher(None, a, b).ratio() >= 0.85:
            return True
    return False


def _score_doc(doc: str, gold: dict[str, Json], pred: dict[str, Json], t: _Tally) -> None:
    for name in ("doc_type", "place", "issued_on"):
        if name in gold:
            t.hit(name, _same_text(gold[name], pred.get(name)), doc, gold[name], pred.get(name))
    if "number" in gold:
        t.hit(
            "number",
            _same_text(gold["number"], pred.get("number"), norm_number),
            doc,
            gold["number"],
            pred.get("number"),
        )
    if "issuer" in gold:
        t.hit(
            "issuer", _same_text(gold["issuer"], pred.get("issuer")), doc, gold["issuer"], pred.get("issuer")
        )
    if "title_starts" in gold:
        ok = any(norm(pred.get("title") or "").startswith(norm(g)) for g in _accepted(gold["title_starts"]))
        t.hit("title", ok, doc, gold["title_starts"], pred.get("title"))

    if "signer" in gold:
        gs, ps = gold["signer"], pred.get("signer") or {}
        if gs is None:
            t.hit(
                "signer.present", not any((pred.get("signer") or {}).values()), doc, None, pred.get("signer")
            )
        else:
            for k, v in gs.items():
                if k == "signed":
                    t.hit("signer.signed", bool(ps.get("signed")) == v, doc, v, ps.get("signed"))
                else:
                    t.hit(f"signer.{k}", _same_text(v, ps.get(k)), doc, v, ps.get(k))

    if "references" in gold:
        gold_refs = [r for r in gold["references"] if r.get("number")]
        pred_refs = [r for r in pred["references"] if r.get("number")]
        pairs = _match_lists(
            gold_refs, pred_refs, lambda g, p: _same_text(g["number"], p["number"], norm_number)
        )
        t.pr("references", len(pairs), len(pred_refs), len(gold_refs))
        for g, p in pairs:
            t.hit("references.issued_on", _same_text(g.get("issued_on"), p.get("issued_on")), doc, g, p)
            t.hit("references.doc_type", _same_text(g.get("doc_type"), p.get("doc_type")), doc, g, p)
        _miss_list(t, doc, "references", gold_refs, pred_refs, pairs=pairs)

    if "deadlines" in gold:
        pairs = _match_lists(
            gold["deadlines"], pred["deadlines"], lambda g, p: p.get("end") in _accepted(g["end"])
        )
        t.pr("deadlines", len(pairs), len(pred["deadlines"]), len(gold["deadlines"]))
        for g, p in pairs:
            if g.get("level") is not None:
                t.hit("deadlines.level", p.get("level") in _accepted(g["level"]), doc, g, p)
            if g.get("start") is not None:
                t.hit("deadlines.start", p.get("start") in _accepted(g["start"]), doc, g, p)
        _miss_list(t, doc, "deadlines", gold["deadlines"], pred["deadlines"], pairs=pairs)

    if "recipients" in gold:
        _score_recipients(doc, gold["recipients"], pred["recipients"], t)


def _score_recipients(doc: str, gold: list[Json], pred: list[Json], t: _Tally) -> None:
    pairs = _match_lists(gold, pred, _same_recipient)
    # An entry holding several bodies joined by ";" may also be read as one entry per body.
    merged = 0
    left = [p for p in pred if all(p is not q for _, q in pairs)]
    for g in gold:
        names = _accepted(g["name"])
        if any(g is h for h, _ in pairs) or not any(";" in n for n in names):
            continue
        parts = [x for x in re.split(r"\s*;\s*", names[0]) if x.strip(" .")]
        found = [next((p for p in left if _same_recipient({"name": x}, p)), None) for x in parts]
        if len(parts) > 1 and all(found) and len({id(p) for p in found}) == len(found):
            pairs.append((g, found[0]))
            merged += len(found) - 1
            left = [p for p in left if all(p is not q for q in found)]
            for q in found[1:]:
                pairs.append(({"_part_of": g["name"], "archive": g["archive"]}, q))
    real = [(g, p) for g, p in pairs if "_part_of" not in g]
    t.pr("recipients", len(real), len(pred) - merged, len(gold))
    for g, p in real:
        t.hit("recipients.archive", g["archive"] == p["archive"], doc, g, p)
    _miss_list(t, doc, "recipients", gold, pred, pairs=pairs)


def _miss_list(
    t: _Tally, doc: str, name: str, gold: list[Json], pred: list[Json], *, pairs: list[tuple[Json, Json]]
) -> None:
    got_g = [id(g) for g, _ in pairs]
    got_p = [id(p) for _, p in pairs]
    for g in gold:
        if id(g) not in got_g:
            t.misses.append(f"{doc}: {name}: missed {g}")
    for p in pred:
        if id(p) not in got_p:
            t.misses.append(f"{doc}: {name}: extra {p}")


@dataclass(frozen=True)
class Report:
    """The outcome of :func:`evaluate`: a score per field, the misses and the crashes."""

    scores: dict[str, float]
    docs: int
    misses: list[str]
    crashed: list[str]

    @property
    def macro(self) -> float:
        """The mean of the field scores (0.0 when nothing was scored)."""
        return sum(self.scores.values()) / len(self.scores) if self.scores else 0.0

    def format(self, *, show_misses: bool = False) -> str:
        """The table ``score.py`` prints, ending with the ``docs=... crashed=... macro=...`` line.

        >>> print(Report(scores={"place": 0.5, "doc_type": 1.0}, docs=2, misses=[], crashed=[]).format())
        doc_type  1.000
        place     0.500
        docs=2 crashed=0 macro=0.750
        """
        width = max(map(len, self.scores), default=0)
        lines = [f"{f:<{width}}  {self.scores[f]:.3f}" for f in sorted(self.scores)]
        if self.crashed:
            lines.append("\n  ".join([f"crashed on {len(self.crashed)} documents:", *self.crashed]))
        if show_misses:
            lines.append("\n  ".join(["misses:", *self.misses]))
        lines.append(f"docs={self.docs} crashed={len(self.crashed)} macro={self.macro:.3f}")
        return "\n".join(lines)

    def to_json(self) -> str:
        """The JSON report ``score.py --json`` writes."""
        return json.dumps(
            {"scores": self.scores, "crashed": self.crashed, "misses": self.misses},
            ensure_ascii=False,
            indent=1,
        )


def evaluate(
    docs_dir: str | os.PathLike[str],
    gold_dir: str | os.PathLike[str],
    *,
    parse: Callable[[str], Plan] = _parse,
) -> Report:
    """Parse the text each gold file of ``gold_dir`` names (in ``docs_dir``) and score it.

    ``parse`` defaults to :func:`vnplan.parse`. A crash scores zero on every
    field of its document and is listed in :attr:`Report.crashed`.
    """
    t = _Tally()
    crashed = []
    golds = sorted(Path(gold_dir).glob("*.json"))
    for gpath in golds:
        gold = json.loads(gpath.read_text(encoding="utf-8"))
        text = Path(docs_dir, gold["file"]).read_text(encoding="utf-8")
        try:
            pred = predict(parse(text))
        except Exception as e:  # a crash scores zero on every field of the document
            crashed.append(f"{gold['file']}: {type(e).__name__}: {e}")
            pred = {"references": [], "deadlines": [], "recipients": []}
        _score_doc(gold["file"], gold, pred, t)
    return Report(scores=t.scores(), docs=len(golds), misses=t.misses, crashed=crashed)
