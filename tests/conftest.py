"""The development corpus fixture, the markers that keep unit tests apart, and the fake notebook
of the report tests.

Tests under ``tests/unit`` are fast and read no corpus; tests under ``tests/integration`` are
marked ``integration`` (end to end, papermill, nbval), those that use the ``corpus`` fixture
also ``corpus``. ``make test-unit`` runs the first kind, ``make test`` everything.
"""

from __future__ import annotations

from pathlib import Path

import nbformat
import pandas as pd
import pytest

from analysis import config
from analysis.schema import DOCUMENTS

CORPUS = config.CORPUS_DIR
TESTS = Path(__file__).resolve().parent


@pytest.fixture(scope="session")
def corpus() -> Path:
    """The development corpus folder (``dol/<year>/``, ``tip/``, answer keys); the test is
    skipped, saying where it was looked for, when it is absent."""
    if not CORPUS.is_dir():
        pytest.skip(f"development corpus not found at {CORPUS} (put it at ../shared/corpus "
                    "beside the project or name it in ANALYSIS_CORPUS)")
    return CORPUS


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark integration and corpus tests; a unit test that asks for the corpus is an error."""
    for item in items:
        path = Path(str(item.path)).resolve()
        uses_corpus = "corpus" in getattr(item, "fixturenames", ())
        if path.is_relative_to(TESTS / "unit") and uses_corpus:
            raise pytest.UsageError(f"{item.nodeid}: unit tests read no corpus; "
                                    "move the test to tests/integration")
        if not path.is_relative_to(TESTS / "unit"):
            item.add_marker(pytest.mark.integration)
        if uses_corpus:
            item.add_marker(pytest.mark.corpus)


#: The cells of the report tests' notebook: its parameters, then a cell that fails for "Bad".
FAKE_CELLS = [
    ('country = "Good"\ndata_dir = "."\noutput_dir = "."', ["parameters"]),
    (
        "from analysis.analyse.load import ParameterError\n"
        "if country == 'Bad':\n    raise ParameterError(f'no data for {country}')\nprint(country)",
        [],
    ),
]


@pytest.fixture
def fake_report(tmp_path: Path) -> tuple[Path, Path, Path]:
    """A clean-data folder of two countries, a reports folder and a two-cell notebook whose
    second cell fails for the country "Bad" (for the report tests)."""
    data = tmp_path / "clean"
    data.mkdir()
    docs = [
        {
            "doc_id": f"dol-2017-{c[:3].lower()}-0000000{i}",
            "country": c,
            "report_year": 2017,
            "series": "dol_findings",
        }
        for i, c in enumerate(("Good", "Bad"))
    ]
    pd.DataFrame(docs).reindex(columns=DOCUMENTS.columns).to_csv(
        data / "documents.csv", index=False
    )
    nb = nbformat.v4.new_notebook(
        metadata={
            "kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}
        }
    )
    nb.cells = [nbformat.v4.new_code_cell(src, metadata={"tags": tags}) for src, tags in FAKE_CELLS]
    notebook = tmp_path / "fake.ipynb"
    nbformat.write(nb, notebook)
    return data, tmp_path / "reports", notebook
