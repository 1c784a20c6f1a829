"""Batch report: every analysis notebook for every country, rendered, indexed, incremental.

``python -m analysis report`` runs the notebooks in notebooks/ for each country of
documents.csv (or those given), writing ``<out>/<country>/<notebook>.ipynb``, a
self-contained HTML rendering with the code hidden, the charts as PNG and SVG, the
cross-country notebook once at the top of ``<out>``, and ``<out>/index.html``.

- ``jobs``: what runs (a job per notebook and country) and when its outputs are fresh;
- ``engines``: how a notebook runs: a fresh kernel per run, or a warm kernel reused;
- ``run``: the batch and its command line; ``html``: the offline HTML; ``index``: the index;
- ``committed``: re-executing the committed notebooks in place (``make notebooks``).
"""

from analysis.report.jobs import (
    Job,
    Outcome,
    code_dependencies,
    country_slug,
    inputs_digest,
    one_line,
    plan,
)
from analysis.report.run import report_main, run_job, run_report

__all__ = ["Job", "Outcome", "code_dependencies", "country_slug", "inputs_digest", "one_line",
           "plan", "report_main", "run_job", "run_report"]
