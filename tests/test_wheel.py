"""The grammars ship inside the wheel: build it, install it in a fresh venv, parse from the installed copy."""

from __future__ import annotations

import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_wheel_carries_grammars_and_parses(tmp_path: Path) -> None:
    pytest.importorskip("build")
    out = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out), str(ROOT)],
        check=True,
        capture_output=True,
    )
    wheel = next(out.glob("vnplan-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    for grammar in ("common", "number", "date", "signature"):
        assert f"vnplan/grammars/{grammar}.lark" in names
    assert "vnplan/py.typed" in names
    assert any(n.startswith("vnplan/lexicon/") and n.endswith(".toml") for n in names)

    env_dir = tmp_path / "env"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    # The runtime dependencies come from this interpreter's site-packages, appended after the
    # new environment's own, so the wheel's copy of vnplan is the one imported.
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    deps = [p for p in sys.path if p.endswith("site-packages")]
    Path(site, "vnplan_test_deps.pth").write_text("\n".join(deps) + "\n", encoding="utf-8")
    subprocess.run(
        [str(python), "-m", "pip", "install", "--no-deps", "--quiet", str(wheel)],
        check=True,
        capture_output=True,
    )
    probe = (
        "import vnplan, pathlib, sys;"
        "import vnplan.grammar as g;"
        "assert 'site-packages' in str(g.grammar_dir()), g.grammar_dir();"
        "p = vnplan.parse(pathlib.Path(sys.argv[1]).read_text(encoding='utf-8'));"
        "print(p.number.canonical, p.issued_on, len(p.deadlines))"
    )
    sample = ROOT / "examples" / "ke-hoach-62-KH-TU.txt"
    result = subprocess.run(
        [str(python), "-c", probe, str(sample)], check=True, capture_output=True, text=True, cwd=tmp_path
    )
    assert result.stdout.split() == ["62-KH/TU", "2017-09-07", "4"]
