"""Batch report: staleness by input hash and the modules a notebook imports, one-line errors
(running notebooks with papermill is in tests/integration/test_report_batch.py)."""

from __future__ import annotations

from pathlib import Path

import nbformat

from analysis import report


def test_slug_is_a_safe_folder_name() -> None:
    assert report.country_slug("Kazakhstan") == "Kazakhstan"
    assert report.country_slug("Côte d'Ivoire") == "Cote_d_Ivoire"
    assert report.country_slug("Congo, Democratic Republic of the") == (
        "Congo_Democratic_Republic_of_the"
    )


def test_digest_changes_with_data_and_parameters(fake_report: tuple[Path, Path, Path]) -> None:
    data, _, notebook = fake_report
    first = report.inputs_digest(notebook, data, {"country": "Good"})
    assert first == report.inputs_digest(notebook, data, {"country": "Good"})
    assert first != report.inputs_digest(notebook, data, {"country": "Bad"})
    (data / "enforcement.csv").write_text("doc_id\n")
    assert first != report.inputs_digest(notebook, data, {"country": "Good"})


def test_code_dependencies_follow_imports_through_the_package(
    fake_report: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    _, _, notebook = fake_report
    root = tmp_path / "project"
    for name, source in {
        "analysis/__init__.py": "",
        "analysis/analyse/__init__.py": "",
        "analysis/analyse/load.py": "from analysis.territories import country_wide\n",
        "analysis/territories.py": "from analysis.extract.tables import entities\n",
        "analysis/extract/__init__.py": "",
        "analysis/extract/tables/__init__.py": "",
        "analysis/extract/tables/entities.py": "import re\n",
        "analysis/unused.py": "",
    }.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(source)
    found = {p.relative_to(root).as_posix() for p in report.code_dependencies(notebook, root)}
    assert "analysis/extract/tables/entities.py" in found  # imported two modules deep
    assert "analysis/territories.py" in found
    assert "analysis/unused.py" not in found


def test_a_change_to_an_indirectly_imported_module_reruns(
    fake_report: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    data, _, notebook = fake_report
    root = tmp_path / "project"
    (root / "analysis/analyse").mkdir(parents=True)
    (root / "analysis/__init__.py").write_text("")
    (root / "analysis/analyse/__init__.py").write_text("")
    (root / "analysis/analyse/load.py").write_text("from analysis import helper\n")
    (root / "analysis/helper.py").write_text("X = 1\n")
    first = report.inputs_digest(notebook, data, {"country": "Good"}, root)
    (root / "analysis/helper.py").write_text("X = 2\n")
    assert first != report.inputs_digest(notebook, data, {"country": "Good"}, root)


def test_one_line_error_has_no_traceback() -> None:
    class NotebookError(Exception):
        ename, evalue = "ParameterError", "unknown country 'X'.\nAvailable: A, B"

    expected = "ParameterError: unknown country 'X'. Available: A, B"
    assert report.one_line(NotebookError()) == expected


def test_settle_drops_clock_times_and_fixes_the_injected_cell_id(tmp_path: Path) -> None:
    from analysis.report.run import settle

    nb = nbformat.v4.new_notebook()
    nb.metadata["papermill"] = {"start_time": "2026-01-01T00:00:00", "duration": 1.5,
                                "parameters": {"country": "Good"}}
    cell = nbformat.v4.new_code_cell("country = 'Good'", metadata={
        "tags": ["injected-parameters"], "papermill": {"end_time": "x", "status": "completed"}})
    nb.cells = [cell]
    path = tmp_path / "run.ipynb"
    nbformat.write(nb, path)
    settle(path)
    again = nbformat.read(path, as_version=4)
    assert again.metadata["papermill"] == {"parameters": {"country": "Good"}}
    assert again.cells[0]["metadata"]["papermill"] == {"status": "completed"}
    assert again.cells[0]["id"] == "injected-parameters"


def test_chart_ids_numbered_from_zero_in_order() -> None:
    from analysis.analyse.charts import stable_ids

    svg = ('<linearGradient id="gradient_7"/><path fill="url(#gradient_7)"/>'
           '<linearGradient id="gradient_3"/><path fill="url(#gradient_3)"/>')
    assert stable_ids(svg) == ('<linearGradient id="gradient_0"/><path fill="url(#gradient_0)"/>'
                               '<linearGradient id="gradient_1"/><path fill="url(#gradient_1)"/>')


def test_index_lists_headline_figures_sortable_and_filterable_offline(tmp_path: Path) -> None:
    from analysis.config import CLEAN_DIR
    from analysis.report.index import write_index

    (tmp_path / "Kazakhstan").mkdir()
    page = write_index(tmp_path, CLEAN_DIR, []).read_text(encoding="utf-8")
    row = page[page.index("<th>Kazakhstan</th>"):].split("</tr>")[0]
    assert "Moderate Advancement (2017)" in row and "Tier " in row
    assert 'data-sort="320">320 (2017)' in row  # labour inspectors, sortable by value
    assert 'data-sort="27812.5">27,812 (2017)' in row  # workers per inspector
    assert '<td class="no">no</td>' in row  # above the 20,000 the report applies
    assert 'id="filter"' in page and "addEventListener" in page
    assert "<script src" not in page and "http" not in page.split("<script>")[1]


def test_an_unknown_country_is_refused_once_before_any_run(
        fake_report: tuple[Path, Path, Path], capsys) -> None:
    from analysis.cli import main

    data, out, _ = fake_report
    code = main(["report", "--data", str(data), "--out", str(out), "--countries", "Atlantis"])
    err = capsys.readouterr().err
    assert code == 2
    assert err.splitlines() == [
        "report: error: unknown country 'Atlantis'. Available: Bad, Good"]
    assert not out.exists()  # no notebook ran, no index written


def test_every_unknown_country_is_named_in_one_message(
        fake_report: tuple[Path, Path, Path], capsys) -> None:
    data, out, _ = fake_report
    code = report.report_main(["--data", str(data), "--out", str(out),
                               "--countries", "Good", "Atlantis", "Goood"])
    err = capsys.readouterr().err
    assert code == 2
    assert err.splitlines() == ["report: error: unknown countries 'Atlantis', 'Goood' "
                                "(did you mean Good?). Available: Bad, Good"]
