"""nbval fails when a figure in data/clean changes under a committed notebook."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from analysis import config


def test_a_changed_figure_fails_nbval(tmp_path: Path) -> None:
    notebooks = tmp_path / "notebooks"
    notebooks.mkdir()
    shutil.copy(config.NOTEBOOKS_DIR / "inspector_ratio.ipynb", notebooks)
    clean = tmp_path / "data" / "clean"
    shutil.copytree(config.CLEAN_DIR, clean)
    enforcement = clean / "enforcement.csv"
    lines = enforcement.read_text(encoding="utf-8").splitlines(keepends=True)
    changed = [
        line.replace(",labor_inspectors,320,", ",labor_inspectors,321,", 1) for line in lines
    ]
    assert changed != lines
    enforcement.write_text("".join(changed), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--nbval",
         "--nbval-current-env", str(notebooks / "inspector_ratio.ipynb")],
        cwd=tmp_path, capture_output=True, text=True, check=False, timeout=600,
    )
    assert done.returncode == 1, done.stdout[-2000:]
    assert "Cell outputs differ" in done.stdout
