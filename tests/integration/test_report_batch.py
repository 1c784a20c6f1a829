"""Batch report with papermill: failures isolated per country, fresh reports skipped, stale
ones rerun, exit status 1 when a country fails."""

from __future__ import annotations

from pathlib import Path

from analysis import report


def test_batch_isolates_failures_and_skips_fresh(fake_report: tuple[Path, Path, Path]) -> None:
    data, out, notebook = fake_report
    first = report.run_report(["Good", "Bad", "Nowhere"], data, out, [notebook], jobs=2)
    status = {o.country: o for o in first}
    assert status["Good"].status == "ran"
    assert status["Bad"].status == "failed"
    assert status["Bad"].message == "ParameterError: no data for Bad"
    assert status["Nowhere"].message.startswith("ParameterError: unknown country 'Nowhere'")
    assert (out / "Good" / "fake.ipynb").is_file() and (out / "Good" / "fake.html").is_file()
    assert "print(country)" not in (out / "Good" / "fake.html").read_text()
    index = (out / "index.html").read_text()
    assert "no data for Bad" in index and 'href="Good/fake.html"' in index

    again = {o.country: o.status for o in report.run_report(["Good", "Bad"], data, out, [notebook])}
    assert again == {"Good": "fresh", "Bad": "failed"}

    (data / "documents.csv").write_text((data / "documents.csv").read_text() + "\n")
    stale = {o.country: o.status for o in report.run_report(["Good"], data, out, [notebook])}
    assert stale == {"Good": "ran"}


def test_cli_exit_status_one_on_failure(fake_report: tuple[Path, Path, Path]) -> None:
    data, out, _ = fake_report
    code = report.report_main(["--data", str(data), "--out", str(out), "--countries", "Bad"])
    assert code == 1
