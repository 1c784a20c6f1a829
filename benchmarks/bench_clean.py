"""Time and peak memory of the clean job on the seeds and, when present, each corpus year.

Run with `make benchmark`. Prints one line per input folder: files, wall time, per-file
time and peak resident memory of a child process running the job.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

from analysis import config

ROOT = config.ROOT
CORPUS = config.CORPUS_DIR / "dol"


#: Runs the clean job in a fresh process and prints the largest resident set of any process
#: it waited for (the job and its workers), so each measurement starts from zero.
_MEASURE = (
    "import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=False); "
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
)


def run(raw: Path, jobs: int) -> tuple[int, float, float]:
    """Clean one folder in a child process; return files, seconds and peak RSS in MiB."""
    files = sum(1 for p in raw.iterdir() if p.suffix in {".txt", ".pdf"})
    with tempfile.TemporaryDirectory() as out:
        started = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-c", _MEASURE, sys.executable, "-m", "analysis", "clean",
             "--raw", str(raw), "--out", out, "--quiet", "--jobs", str(jobs)],
            cwd=ROOT, check=False, capture_output=True, text=True,
        )
        seconds = time.perf_counter() - started
    return files, seconds, int(done.stdout.split()[-1]) / 1024


def main() -> None:
    """Benchmark the seeds and every corpus folder found."""
    folders = [ROOT / "data" / "raw"]
    if CORPUS.is_dir():
        folders += sorted(p for p in CORPUS.iterdir() if p.is_dir())
    print(f"{'folder':<28}{'jobs':>5}{'files':>7}{'seconds':>9}{'ms/file':>9}{'peak MiB':>10}")
    for folder in folders:
        for jobs in (1, 2):
            files, seconds, peak = run(folder, jobs)
            label = folder.relative_to(folder.parent.parent).as_posix()
            print(f"{label:<28}{jobs:>5}{files:>7}{seconds:>9.2f}"
                  f"{1000 * seconds / max(files, 1):>9.1f}{peak:>10.0f}")


if __name__ == "__main__":
    main()
