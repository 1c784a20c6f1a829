"""Fixtures of the end-to-end tests: one clean run of the seeds per test session."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from analysis import config
from analysis.pipeline import clean


@pytest.fixture(scope="session")
def seeds_clean(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """data/raw cleaned into a fresh folder (the same job as `make data`)."""
    out = tmp_path_factory.mktemp("clean")
    summary = clean(config.RAW_DIR, out)
    assert summary.ok, summary.rejected
    return out


@pytest.fixture(scope="session")
def tables(seeds_clean: Path) -> dict[str, pd.DataFrame]:
    """Every CSV of the seeds' clean run, read as text so nothing is reinterpreted."""
    return {
        p.stem: pd.read_csv(p, dtype=str, keep_default_na=False)
        for p in sorted(seeds_clean.glob("*.csv"))
    }


@pytest.fixture(scope="session")
def raw_texts() -> dict[str, str]:
    """Raw seed texts by file name, decoded as UTF-8."""
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(config.RAW_DIR.glob("*.txt"))}
