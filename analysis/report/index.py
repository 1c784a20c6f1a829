"""The report's front page: every country with its headline figures, sortable and filterable.

One row per country folder in the report: reports held, latest DOL assessment and TIP tier,
latest labour inspectors and workers per inspector against the applied ILO benchmark, links
to its rendered notebooks and charts, and the errors of its last run. A few lines of inline
script sort the table by any column and filter it by text; nothing is fetched from a network.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from pathlib import Path

from analysis.report.jobs import ERROR_FILE, STAMPS, country_slug

COLUMNS = ("country", "reports", "DOL assessment", "TIP tier", "labour inspectors",
           "workers per inspector", "ILO benchmark", "meets benchmark", "notebooks and charts")
STYLE = """
body{font-family:system-ui,sans-serif;margin:1em 2em;color:#222}
table{border-collapse:collapse;font-size:.9em}
td,th{vertical-align:top;text-align:left;padding:4px 8px;border-bottom:1px solid #ddd}
thead th{cursor:pointer;background:#f3f3f3;position:sticky;top:0}
thead th:after{content:" \\2195";color:#aaa}
td.num{text-align:right;white-space:nowrap}
.error{color:#b00;white-space:pre-wrap;margin:0}
.no{color:#b00}.yes{color:#070}
#filter{font-size:1em;padding:4px 8px;width:24em;margin-bottom:.6em}
"""
#: Sorts by a header click (numbers by their data-sort value) and filters rows by text.
SCRIPT = """
const table = document.getElementById("countries");
const body = table.tBodies[0];
document.getElementById("filter").addEventListener("input", (event) => {
  const words = event.target.value.toLowerCase().split(/\\s+/).filter(Boolean);
  let shown = 0;
  for (const row of body.rows) {
    const text = row.textContent.toLowerCase();
    row.hidden = !words.every((w) => text.includes(w));
    shown += row.hidden ? 0 : 1;
  }
  document.getElementById("shown").textContent = shown;
});
table.tHead.querySelectorAll("th").forEach((th, column) => {
  th.addEventListener("click", () => {
    const up = th.dataset.order !== "up";
    table.tHead.querySelectorAll("th").forEach((h) => delete h.dataset.order);
    th.dataset.order = up ? "up" : "down";
    const key = (row) => {
      const cell = row.cells[column];
      const value = cell.dataset.sort ?? cell.textContent.trim();
      return value === "" ? null : (cell.dataset.sort !== undefined ? Number(value) : value);
    };
    const rows = Array.from(body.rows).sort((a, b) => {
      const x = key(a), y = key(b);
      if (x === null || y === null) return (x === null) - (y === null);
      const order = typeof x === "number" ? x - y : x.localeCompare(y);
      return up ? order : -order;
    });
    rows.forEach((row) => body.appendChild(row));
  });
});
"""


def _number_cell(value: float | None, year: int | None = None) -> str:
    """A right-aligned figure (with its year) that sorts by its value; empty when missing."""
    if value is None:
        return '<td class="num"></td>'
    text = f"{value:,.0f}" + (f" ({year})" if year else "")
    return f'<td class="num" data-sort="{value:.6g}">{html.escape(text)}</td>'


def _text_cell(value: str | None, year: int | None = None) -> str:
    """A text cell with its report year; empty when missing."""
    if not value:
        return "<td></td>"
    return f"<td>{html.escape(value + (f' ({year})' if year else ''))}</td>"


def _links(folder: Path, notebooks: Sequence[Path]) -> list[str]:
    """Links to a country's rendered notebooks and chart files."""
    slug = folder.name
    links = []
    for nb in notebooks:
        page = folder / f"{nb.stem}.html"
        if page.is_file():
            links.append(f'<a href="{slug}/{page.name}">{nb.stem}</a> '
                         f'(<a href="{slug}/{nb.name}">ipynb</a>)')
    for chart in sorted(folder.glob("*.png")):
        svg = chart.with_suffix(".svg")
        extra = f' <a href="{slug}/{svg.name}">svg</a>' if svg.is_file() else ""
        links.append(f'<a href="{slug}/{chart.name}">{chart.stem}</a>{extra}')
    return links


def _row(folder: Path, country: str, data, notebooks: Sequence[Path]) -> str:
    """One country's table row: headline figures, links and the errors of its last run."""
    from analysis.analyse.summary import headline

    error = folder / STAMPS / ERROR_FILE
    status = (f'<pre class="error">{html.escape(error.read_text(encoding="utf-8"))}</pre>'
              if error.is_file() else "")
    links = "<br>".join(_links(folder, notebooks)) + status
    if data is None:
        return (f"<tr><th>{html.escape(country)}</th>" + "<td></td>" * (len(COLUMNS) - 2)
                + f"<td>{links}</td></tr>")
    head = headline(data)
    meets = head.meets_benchmark
    verdict = ("<td></td>" if meets is None else
               f'<td class="{"yes" if meets else "no"}">{"yes" if meets else "no"}</td>')
    return "".join((
        f"<tr><th>{html.escape(country)}</th>",
        _text_cell(head.reports),
        _text_cell(head.assessment, head.assessment_year),
        _text_cell(head.tip_tier, head.tip_year),
        _number_cell(head.inspectors, head.inspectors_year),
        _number_cell(head.workers_per_inspector, head.ratio_year),
        _number_cell(head.benchmark),
        verdict,
        f"<td>{links}</td></tr>",
    ))


def write_index(out_root: Path, data_dir: Path, notebooks: Sequence[Path],
                across: Sequence[Path] = ()) -> Path:
    """Write index.html: the cross-country pages, then one row per country with outputs."""
    from analysis.analyse.load import ParameterError, load_countries

    try:
        countries = load_countries(data_dir)
        missing = ""
    except ParameterError as error:  # figures need every table; the links are still listed
        countries = {}
        missing = f'<p class="error">No headline figures: {html.escape(str(error))}</p>\n'
    by_slug = {country_slug(c): c for c in countries}
    folders = sorted(p for p in out_root.iterdir() if p.is_dir() and not p.name.startswith("."))
    rows = [_row(f, by_slug.get(f.name, f.name), countries.get(by_slug.get(f.name, "")),
                 notebooks) for f in folders]
    pages = [f'<a href="{nb.stem}.html">{html.escape(nb.stem.replace("_", " "))}</a>'
             for nb in across if (out_root / f"{nb.stem}.html").is_file()]
    page = out_root / "index.html"
    page.write_text(
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>Country reports</title>\n<style>{STYLE}</style></head>\n<body>\n"
        "<h1>Country reports</h1>\n" + missing
        + (f"<p>All countries: {' · '.join(pages)}</p>\n" if pages else "")
        + '<p><input id="filter" type="search" placeholder="filter: words in any column" '
        f'aria-label="filter"> <span id="shown">{len(rows)}</span> of {len(rows)} countries; '
        "click a column heading to sort.</p>\n"
        '<table id="countries">\n<thead><tr>'
        + "".join(f"<th>{html.escape(c)}</th>" for c in COLUMNS)
        + "</tr></thead>\n<tbody>\n" + "\n".join(rows) + "\n</tbody></table>\n"
        f"<script>{SCRIPT}</script>\n</body></html>\n",
        encoding="utf-8",
    )
    return page
