"""Batch report speed: warm kernels against one papermill kernel per notebook and country.

Run with `make benchmark` (or `python benchmarks/bench_report.py --help`). Cleans a corpus
year (the seeds when the corpus is absent), runs every notebook for the chosen countries
with each engine and the same parallelism into the same folder, and prints both timings
side by side with their ratio, and whether the two wrote byte-identical files.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import tempfile
import time
from pathlib import Path

from analysis.config import CORPUS_DIR

CORPUS_YEAR = CORPUS_DIR / "dol" / "2016"


def _hashes(root: Path) -> dict[str, str]:
    """SHA-256 of every file a report wrote (its staleness stamps left out)."""
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file() and ".stamps" not in p.parts}


def main(argv: list[str] | None = None) -> int:
    """Time both engines on the same countries and compare what they wrote."""
    from analysis.analyse.load import available_countries
    from analysis.config import NOTEBOOKS_DIR, RAW_DIR
    from analysis.pipeline import clean
    from analysis.report.run import ACROSS, NOTEBOOKS, run_report

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--raw", type=Path, default=CORPUS_YEAR if CORPUS_YEAR.is_dir()
                        else RAW_DIR, help="raw folder to clean and report on")
    parser.add_argument("--countries", type=int, default=12,
                        help="how many countries (alphabetical; 0 = all)")
    parser.add_argument("--jobs", type=int, default=2, help="notebooks run at once")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        data, out = Path(tmp) / "clean", Path(tmp) / "reports"
        clean(args.raw, data, workers=args.jobs)
        countries = available_countries(data)
        countries = countries[: args.countries] if args.countries else countries
        notebooks = [NOTEBOOKS_DIR / f"{name}.ipynb" for name in NOTEBOOKS]
        across = [NOTEBOOKS_DIR / f"{name}.ipynb" for name in ACROSS]
        runs = len(countries) * len(notebooks) + len(across)
        print(f"{args.raw}: {len(countries)} countries, {runs} notebook runs, "
              f"{args.jobs} jobs")
        print(f"{'engine':<12}{'seconds':>9}{'s/run':>8}")
        seconds, written = {}, {}
        for engine in ("papermill", "warm"):
            started = time.perf_counter()
            outcomes = run_report(countries, data, out, notebooks, args.jobs, force=True,
                                  across=across, engine=engine)
            seconds[engine] = time.perf_counter() - started
            written[engine] = _hashes(out)
            failed = [o for o in outcomes if o.status == "failed"]
            print(f"{engine:<12}{seconds[engine]:>9.1f}{seconds[engine] / runs:>8.2f}"
                  + (f"  ({len(failed)} failed)" if failed else ""))
        same = written["warm"] == written["papermill"]
        print(f"warm is {seconds['papermill'] / seconds['warm']:.1f}x faster; outputs "
              + (f"byte-identical ({len(written['warm'])} files)" if same else "DIFFER: "
                 + ", ".join(sorted(k for k in written["warm"].keys() | written["papermill"]
                                    if written["warm"].get(k) != written["papermill"].get(k)))))
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
