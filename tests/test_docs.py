"""The documentation site builds with ``mkdocs build --strict`` and its examples run.

The conventions (stated in ``docs/index.md``): each fenced ``python`` block runs on its
own in a fresh namespace with the repository root as working directory; the fenced
blocks of ``>>>`` lines of a page run with doctest, in order, in one namespace per page;
a script block opts out only with a first line ``# doctest: +SKIP (reason)``.
"""

from __future__ import annotations

import doctest
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from pydantic import BaseModel

import vnplan

ROOT = Path(__file__).resolve().parent.parent
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
FENCE = re.compile(
    r"^(?P<indent> *)(?P<fence>```+|~~~+)(?P<info>[^\n`]*)\n(?P<body>.*?)^(?P=indent)(?P=fence)[ \t]*$",
    re.M | re.S,
)
SKIP_MARKER = re.compile(r"#\s*doctest:\s*\+SKIP\b(?P<reason>.*)")
RUNNABLE = {"python", "py", "pycon", "python3"}


@dataclass(frozen=True)
class Block:
    page: Path
    line: int
    language: str
    code: str

    @property
    def is_doctest(self) -> bool:
        return self.code.lstrip().startswith(">>>")

    @property
    def id(self) -> str:
        return f"{self.page.relative_to(ROOT)}:{self.line}"


def blocks() -> list[Block]:
    """Every fenced code block in a runnable language, with the line where it starts."""
    found = []
    for page in PAGES:
        text = page.read_text(encoding="utf-8")
        for m in FENCE.finditer(text):
            language = m["info"].strip().split(" ")[0].lower() if m["info"].strip() else ""
            if language in RUNNABLE:
                body = "\n".join(line.removeprefix(m["indent"]) for line in m["body"].splitlines())
                found.append(Block(page, text.count("\n", 0, m.start()) + 1, language, body + "\n"))
    return found


BLOCKS = blocks()
SCRIPTS = [b for b in BLOCKS if not b.is_doctest]
DOCTEST_PAGES = sorted({b.page for b in BLOCKS if b.is_doctest})


def test_docs_have_examples() -> None:
    assert any(b.page.name == "index.md" for b in SCRIPTS)
    assert any(b.page.name == "notebook.md" for b in SCRIPTS)
    assert ROOT / "docs" / "index.md" in DOCTEST_PAGES


@pytest.mark.parametrize("block", SCRIPTS, ids=lambda b: b.id)
def test_example(block: Block, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    marker = SKIP_MARKER.match(block.code.lstrip())
    if marker:
        reason = marker["reason"].strip(" ()")
        assert reason, f"{block.id}: a skipped example must say which service it needs"
        pytest.skip(f"{block.id}: {reason}")
    before = set(ROOT.iterdir())
    exec(compile(block.code, block.id, "exec"), {"__name__": "__docs__"})
    _assert_wrote_nothing(before, block.id)


@pytest.mark.parametrize("page", DOCTEST_PAGES, ids=lambda p: str(p.relative_to(ROOT)))
def test_doctests(page: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The ``>>>`` blocks of a page run in order in one namespace, like ``python -m doctest``."""
    monkeypatch.chdir(ROOT)
    lines: list[str] = []
    for block in (b for b in BLOCKS if b.page == page and b.is_doctest):
        lines += [""] * (block.line - len(lines))  # keep page line numbers in doctest's reports
        lines += [*block.code.splitlines(), ""]
    name = str(page.relative_to(ROOT))
    test = doctest.DocTestParser().get_doctest("\n".join(lines), {"__name__": "__docs__"}, name, str(page), 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    report: list[str] = []
    before = set(ROOT.iterdir())
    runner.run(test, out=report.append)
    assert runner.failures == 0, "".join(report)
    _assert_wrote_nothing(before, name)


def _assert_wrote_nothing(before: set[Path], where: str) -> None:
    """Examples run from the repository root must not leave files in it (use a temporary directory)."""
    new = sorted(set(ROOT.iterdir()) - before)
    for path in new:  # made by the example: leave the work tree clean, then fail
        if path.is_dir():
            shutil.rmtree(path)
        else:
            path.unlink()
    names = [p.name for p in new]
    assert not names, (
        f"{where} wrote {names} into the repository root: write to a temporary directory instead"
    )


def test_every_model_field_is_documented() -> None:
    models_md = (ROOT / "docs" / "models.md").read_text(encoding="utf-8")
    for model in (getattr(vnplan, name) for name in vnplan.__all__):
        if isinstance(model, type) and issubclass(model, BaseModel):
            section = models_md.split(f"## {model.__name__}\n", 1)
            assert len(section) == 2, f"docs/models.md has no section for {model.__name__}"
            table = section[1].split("\n## ", 1)[0]
            for field in model.model_fields:
                assert f"| `{field}` |" in table, f"{model.__name__}.{field} is not in docs/models.md"


def test_every_diagnostic_code_is_documented() -> None:
    listed = (ROOT / "docs" / "diagnostics.md").read_text(encoding="utf-8")
    for path in sorted((ROOT / "src" / "vnplan").rglob("*.py")):
        for code in re.findall(r'\bcode="([a-z_]+\.[a-z_]+)"', path.read_text(encoding="utf-8")):
            assert f"`{code}`" in listed, f"{code} ({path.relative_to(ROOT)}) is not in docs/diagnostics.md"


def test_site_builds_strict(tmp_path: Path) -> None:
    pytest.importorskip("mkdocs", reason="building the site needs the docs extra (mkdocs)")
    site = tmp_path / "site"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mkdocs",
            "build",
            "--strict",
            "-f",
            str(ROOT / "mkdocs.yml"),
            "-d",
            str(site),
        ],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert result.returncode == 0, result.stderr
    assert (site / "index.html").is_file()
    assert (site / "img" / "timeline-62-KH-TU.png").is_file()
    assert "timeline-62-KH-TU.png" in (site / "notebook" / "index.html").read_text(encoding="utf-8")
