"""Throughput of the clean job on one large file: seconds and MB/s by size, and the size limit.

Run with `make benchmark-size` (or `.venv/bin/python benchmarks/bench_size.py --sizes 2 8 50`).
For each size it writes one file of that many megabytes (10^6 bytes) holding a seed profile
repeated, cleans it in a fresh process (`--jobs 1`), and prints the wall time, the throughput
and the peak resident memory. A run of a near-empty file first gives the fixed start-up cost,
which the last column leaves out. Last, a file one byte above ``MAX_BYTES`` is cleaned to show
the message it gets (it is refused before it is read, so this costs nothing).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from analysis import config
from analysis.read.raw import MAX_BYTES

#: Runs the clean job in a fresh process and prints the largest resident set of any process
#: it waited for, so each measurement starts from zero.
_MEASURE = (
    "import resource, subprocess, sys; done = subprocess.run(sys.argv[1:], check=False, "
    "capture_output=True, text=True); sys.stderr.write(done.stderr); "
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
)


def clean_one(data: bytes, name: str = "big.txt") -> tuple[float, float, str]:
    """Clean one file of ``data`` in a child process; seconds, peak RSS in MiB, its stderr."""
    with tempfile.TemporaryDirectory() as tmp:
        raw = Path(tmp) / "raw"
        raw.mkdir()
        (raw / name).write_bytes(data)
        started = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-c", _MEASURE, sys.executable, "-m", "analysis", "clean",
             "--raw", str(raw), "--out", str(Path(tmp) / "clean"), "--jobs", "1", "--quiet"],
            cwd=config.ROOT, check=False, capture_output=True, text=True,
        )
        seconds = time.perf_counter() - started
    return seconds, int(done.stdout.split()[-1]) / 1024, done.stderr.strip()


def repeated(seed: bytes, size: int) -> bytes:
    """Whole copies of ``seed`` up to ``size`` bytes (at least one)."""
    return seed * max(1, round(size / len(seed)))


def main() -> None:
    """Time the clean job on one file of each size, then show the size limit's message."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[2, 8, 50],
                        help="file sizes in MB (default: 2 8 50)")
    parser.add_argument("--seed", type=Path, default=next(config.RAW_DIR.glob("003_*.txt")),
                        help="the profile repeated (default: the 2017 seed, data/raw/003_*)")
    args = parser.parse_args()
    seed = args.seed.read_bytes()
    start_up, _, _ = clean_one(seed)
    print(f"seed {args.seed.name} ({len(seed) / 1e6:.3f} MB): {start_up:.1f} s, start-up and "
          "one profile")
    print(f"{'MB':>8}{'seconds':>10}{'MB/s':>8}{'MB/s after start-up':>21}{'peak MiB':>10}")
    for size in args.sizes:
        data = repeated(seed, int(size * 1e6))
        seconds, peak, err = clean_one(data)
        if err:
            print(f"  {err}")
        mb = len(data) / 1e6
        print(f"{mb:>8.1f}{seconds:>10.1f}{mb / seconds:>8.3f}"
              f"{mb / max(seconds - start_up, 1e-9):>21.3f}{peak:>10.0f}")
    _, _, err = clean_one(b"x" * (MAX_BYTES + 1))
    print(f"a file of MAX_BYTES + 1 = {MAX_BYTES + 1:,} bytes: {err.splitlines()[0]}")


if __name__ == "__main__":
    main()
