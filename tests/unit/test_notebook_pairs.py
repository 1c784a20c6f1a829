"""The reviewed .py source and the committed .ipynb of each notebook must hold the same cells."""

from __future__ import annotations

from pathlib import Path

import jupytext
import pytest

from analysis.config import NOTEBOOKS_DIR
from analysis.report.run import ACROSS

SOURCES = sorted(NOTEBOOKS_DIR.glob("*.py"))


def _cells(path: Path) -> list[tuple[str, str]]:
    return [(c.cell_type, c.source.strip()) for c in jupytext.read(path).cells]


def test_there_are_notebooks() -> None:
    assert SOURCES, "no notebooks/*.py found"


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: p.stem)
def test_pair_in_sync(source: Path) -> None:
    ipynb = source.with_suffix(".ipynb")
    assert ipynb.is_file(), f"{ipynb.name} missing: run `make sync`"
    assert _cells(source) == _cells(ipynb), f"{source.name} and {ipynb.name} drifted: make sync"


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: p.stem)
def test_one_parameters_cell(source: Path) -> None:
    tagged = [c for c in jupytext.read(source).cells if "parameters" in c.metadata.get("tags", [])]
    assert len(tagged) == 1
    if source.stem in ACROSS:  # run once for all countries: data and output folders, years
        assert 'data_dir: str = "' in tagged[0].source and "country" not in tagged[0].source
    else:
        assert 'country: str = "' in tagged[0].source
