"""The warm-kernel batch writes the same files as one papermill run per notebook and country,
a run never sees what an earlier one left in its kernel, and no page loads from a network."""

from __future__ import annotations

import hashlib
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import nbformat
import pandas as pd
import pytest

from analysis import config
from analysis.report.run import NOTEBOOKS, run_report

KERNEL = {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}}


def _two_countries(tmp_path: Path) -> Path:
    """The seeds' clean tables plus a copy of every row under a second country's name, so that
    a batch runs two countries with different figures one after the other."""
    data = tmp_path / "clean"
    shutil.copytree(config.CLEAN_DIR, data, ignore=shutil.ignore_patterns("text"))
    for path in data.glob("*.csv"):
        df = pd.read_csv(path, dtype=str, keep_default_na=False)
        if "country" not in df.columns:
            continue
        other = df[df["country"] == "Kazakhstan"].assign(country="Testland")
        for column in ("doc_id", "doc_id_a", "doc_id_b", "preferred_doc_id", "duplicate_of"):
            if column in other.columns:
                other[column] = other[column].str.replace("-kaz-", "-tst-", regex=False)
        if "iso3" in other.columns:
            other["iso3"] = "TST"
        if "value" in other.columns:  # different figures, so a leak would show
            numbers = pd.to_numeric(other["value"], errors="coerce")
            other["value"] = [f"{v * 2:g}" if v == v else "" for v in numbers]
        pd.concat([df, other]).to_csv(path, index=False)
    return data


def _hashes(root: Path) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file() and ".stamps" not in p.parts}


def test_warm_kernels_write_what_papermill_writes(tmp_path: Path) -> None:
    data, out = _two_countries(tmp_path), tmp_path / "reports"
    notebooks = [config.NOTEBOOKS_DIR / f"{name}.ipynb" for name in NOTEBOOKS]
    written = {}
    for engine in ("papermill", "warm"):
        outcomes = run_report(["Kazakhstan", "Testland"], data, out, notebooks, jobs=1,
                              force=True, engine=engine)
        assert {o.status for o in outcomes} == {"ran"}, outcomes
        written[engine] = _hashes(out)
    assert len(written["warm"]) > 2 * len(notebooks) * 2
    assert written["warm"] == written["papermill"]


def _notebook(path: Path, *sources: str) -> Path:
    nb = nbformat.v4.new_notebook(metadata=KERNEL)
    nb.cells = [nbformat.v4.new_code_cell('country = "A"\ndata_dir = "."\noutput_dir = "."',
                                          metadata={"tags": ["parameters"]})]
    nb.cells += [nbformat.v4.new_code_cell(s) for s in sources]
    nbformat.write(nb, path)
    return path


def test_a_run_sees_nothing_an_earlier_run_left(tmp_path: Path) -> None:
    data = tmp_path / "clean"
    shutil.copytree(config.CLEAN_DIR, data, ignore=shutil.ignore_patterns("text"))
    leaky = _notebook(tmp_path / "leaky.ipynb",
                      "left_behind = country\nimport warnings\nwarnings.warn('once per process')",
                      "import os\nos.chdir('/')\n1 + 1")
    check = _notebook(tmp_path / "check.ipynb",
                      "print(sorted(dir()), len(In), _)",
                      "import os, warnings\nprint(os.getcwd())\n"
                      "warnings.warn('once per process')")
    outputs = {}
    for engine, notebooks in (("warm", [leaky, check]), ("papermill", [check])):
        out = tmp_path / engine
        outcomes = run_report(["Kazakhstan"], data, out, notebooks, jobs=1, force=True,
                              engine=engine)
        assert {o.status for o in outcomes} == {"ran"}, outcomes
        cells = nbformat.read(out / "Kazakhstan" / "check.ipynb", as_version=4).cells
        # the kernel's process id names its code files: it differs between any two kernels
        outputs[engine] = re.sub(r"ipykernel_\d+", "ipykernel_PID", str(
            [(c.get("execution_count"), c.get("outputs")) for c in cells]))
    assert "left_behind" not in str(outputs["warm"])
    assert "UserWarning: once per process" in outputs["warm"]
    assert outputs["warm"] == outputs["papermill"]


def test_printed_text_is_stored_alike_however_the_kernel_sent_it(tmp_path: Path) -> None:
    # the kernel flushes a stream 0.2 s after a write: a pause inside a print, as a busy
    # machine makes between a line and its newline, sends the text in two pieces
    data = tmp_path / "clean"
    shutil.copytree(config.CLEAN_DIR, data, ignore=shutil.ignore_patterns("text"))
    at_once = _notebook(tmp_path / "at_once.ipynb", "print('a line')\n1 + 1")
    in_pieces = _notebook(tmp_path / "in_pieces.ipynb",
                          "import sys, time\nsys.stdout.write('a line')\ntime.sleep(0.6)\n"
                          "sys.stdout.write('\\n')\n1 + 1")
    for engine in ("warm", "papermill"):
        out = tmp_path / engine
        outcomes = run_report(["Kazakhstan"], data, out, [at_once, in_pieces], jobs=1,
                              force=True, engine=engine)
        assert {o.status for o in outcomes} == {"ran"}, outcomes
        stored = [nbformat.read(out / "Kazakhstan" / name, as_version=4).cells[-1].outputs
                  for name in ("at_once.ipynb", "in_pieces.ipynb")]
        assert stored[0] == stored[1]
        assert [(o.output_type, o.get("text")) for o in stored[1]] == [
            ("stream", "a line\n"), ("execute_result", None)]


class _NetworkLoads(HTMLParser):
    """Scripts, stylesheets, frames and images a page would fetch from another host."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []
        self._in: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name in ("src", "href") and value and _remote(value) and (
                    tag in ("script", "img", "iframe", "embed", "object", "source")
                    or (tag == "link" and name == "href")):
                self.found.append(f"<{tag} {name}={value}>")
        self._in = tag if tag in ("script", "style") else None

    def handle_data(self, data: str) -> None:
        if self._in == "script" and ("http://" in data or "https://" in data
                                     or "import(" in data):
            self.found.append(f"<script> naming an address: {data.strip()[:80]}")
        if self._in == "style" and any(f"{k}(" in data and _remote_css(data, k)
                                       for k in ("url", "@import")):
            self.found.append("<style> loading from an address")

    def handle_endtag(self, tag: str) -> None:
        self._in = None


def _remote(value: str) -> bool:
    return value.strip().lower().startswith(("http:", "https:", "//", "ftp:"))


def _remote_css(css: str, keyword: str) -> bool:
    return bool(re.search(rf"{re.escape(keyword)}\(\s*['\"]?\s*(https?:|//)", css, re.I)
                or re.search(r"@import\s+['\"](https?:|//)", css, re.I))


def network_loads(page: Path) -> list[str]:
    """What a rendered page would fetch from a network (empty for a self-contained page)."""
    parser = _NetworkLoads()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser.found


def test_the_checker_finds_a_cdn_script(tmp_path: Path) -> None:
    page = tmp_path / "p.html"
    page.write_text('<html><head><script src="https://cdn.example/x.js"></script>'
                    '<style>@import url("https://fonts.example/f.css");</style></head></html>')
    assert len(network_loads(page)) == 2


@pytest.fixture(scope="module")
def seed_report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The batch report of the committed seed data, every notebook."""
    from analysis.report.run import report_main

    out = tmp_path_factory.mktemp("reports")
    assert report_main(["--data", str(config.CLEAN_DIR), "--out", str(out), "--jobs", "2"]) == 0
    return out


def test_no_rendered_page_loads_from_a_network(seed_report: Path) -> None:
    pages = sorted(seed_report.rglob("*.html"))
    assert len(pages) >= len(NOTEBOOKS) + 1  # every notebook of the country, and the index
    assert {p.name: network_loads(p) for p in pages} == {p.name: [] for p in pages}
