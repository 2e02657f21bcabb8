"""The typed results of vnplan: frozen Pydantic models, the public output contract.

Field names here are API (see ``docs/models.md``): add fields, never rename them.
Every span is a ``[start, end)`` pair of character offsets into the **original**
text given to :func:`vnplan.parse`, so ``text[span.start:span.end]`` is where a
value was read, even when the text was normalised before parsing.

>>> from datetime import date
>>> p = Period(start=date(2018, 1, 1), end=date(2018, 3, 31), granularity="quarter", text="quý I năm 2018")
>>> p.days
90
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

if TYPE_CHECKING:
    from matplotlib.figure import Figure

Level = Literal["trung_uong", "tinh", "huyen", "xa", "co_so"]
"""Administrative levels a deadline can bind, from the centre down to the base."""

Severity = Literal["info", "warning", "error"]

NumberStyle = Literal["party", "state", "normative", "letter"]
"""How a number is written: ``62-KH/TU``, ``15/KH-TLĐ``, ``30/2020/NĐ-CP``, ``19046/BTC-TCHQ``."""

SignatureMode = Literal["TM", "KT", "TL", "TUQ", "Q"]
"""Signature marks: thay mặt, ký thay, thừa lệnh, thừa ủy quyền, quyền."""


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Span(_Frozen):
    """A ``[start, end)`` range of character offsets into the original text."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} is before its start {self.start}")
        return self


class Diagnostic(_Frozen):
    """Something odd, repaired, guessed or missing, with a stable ``code``.

    The codes are listed in ``docs/diagnostics.md``.
    """

    code: str
    message: str
    severity: Severity = "info"
    span: Span | None = None


class DocNumber(_Frozen):
    """A document number and symbol (số và ký hiệu), e.g. ``62-KH/TU`` or ``30/2020/NĐ-CP``."""

    raw: str
    serial: str
    year: int | None = None
    type_code: str | None = None
    issuer_code: str | None = None
    canonical: str
    style: NumberStyle | None = None
    span: Span | None = None


class Organization(_Frozen):
    """An issuing body as the source names it (whitespace folded)."""

    name: str
    parent: str | None = None
    inferred: bool = False
    span: Span | None = None


class Period(_Frozen):
    """An inclusive range of days: what a Vietnamese date phrase means.

    ``granularity`` says what the phrase named (a day, a month, a quarter...);
    ``approximate`` is true when the bounds come from a convention rather than
    the words (``cuối năm``, a blank day in a template).
    """

    start: date
    end: date
    granularity: str
    text: str = ""
    approximate: bool = False
    recurrence: str | None = None

    @model_validator(mode="after")
    def _ordered(self) -> Period:
        if self.end < self.start:
            raise ValueError(f"period end {self.end} is before its start {self.start}")
        return self

    @property
    def days(self) -> int:
        """Number of days covered, both ends included."""
        return (self.end - self.start).days + 1


class DateMention(_Frozen):
    """A date phrase found in a text, with its reading."""

    text: str
    span: Span
    period: Period | None = None
    qualifier: str | None = None
    recurrence: str | None = None
    year_inferred: bool = False
    diagnostics: list[Diagnostic] = Field(default_factory=list)


class Reference(_Frozen):
    """Another document the text cites, merged over all its mentions."""

    doc_type: str | None = None
    number: DocNumber | None = None
    issued_on: date | None = None
    issuer: str | None = None
    title: str | None = None
    mentions: list[Span] = Field(default_factory=list)


class Deadline(_Frozen):
    """A dated obligation: who (by level), what, and by when."""

    level: Level | None = None
    level_text: str | None = None
    task: str | None = None
    relation: str | None = None
    due: Period
    span: Span | None = None


class Recipient(_Frozen):
    """One entry of the *Nơi nhận* list."""

    name: str
    note: str | None = None
    is_archive: bool = False
    span: Span | None = None


class Signer(_Frozen):
    """The signature block: mark, authority signed for, position and name."""

    mode: SignatureMode | None = None
    authority: str | None = None
    position: str | None = None
    name: str | None = None
    signed: bool = False
    marks: list[str] = Field(default_factory=list)
    span: Span | None = None


class Plan(_Frozen):
    """Everything vnplan reads from one document."""

    doc_type: str | None = None
    number: DocNumber | None = None
    issuer: Organization | None = None
    place: str | None = None
    issued_on: date | None = None
    title: str | None = None
    references: list[Reference] = Field(default_factory=list)
    deadlines: list[Deadline] = Field(default_factory=list)
    recipients: list[Recipient] = Field(default_factory=list)
    signer: Signer | None = None
    diagnostics: list[Diagnostic] = Field(default_factory=list)
    source: str | None = None

    @property
    def ok(self) -> bool:
        """True when no diagnostic is an error."""
        return not any(d.severity == "error" for d in self.diagnostics)

    def _repr_html_(self) -> str:
        """Jupyter's rich display: the card of :func:`vnplan.display.plan_html`."""
        from vnplan.display import plan_html  # noqa: PLC0415 (display is loaded on demand)

        return plan_html(self)

    def timeline(self, **kwargs: Any) -> Figure:
        """Draw this plan's deadlines by level: :func:`vnplan.timeline` (extra ``plot``)."""
        from vnplan.plot import timeline  # noqa: PLC0415 (needs the plot extra)

        return timeline(self, **kwargs)
