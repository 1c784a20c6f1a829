"""Fuzzing `clean` on damaged seeds: never a traceback, never a mixed output.

Each example takes one of the seeds, cuts it short, changes its line endings (in all of it
or up to some point) and flips some of its bytes, and cleans it over a good earlier result.
Whatever happens, the run ends with a status (0, 1), and the output folder is either the
earlier result untouched or one whole new result whose tables all describe the same documents.
The default run is quick; set ANALYSIS_FUZZ_EXAMPLES for more (e.g. 300).
"""

from __future__ import annotations

import contextlib
import io
import os
import tempfile
from pathlib import Path

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis import config
from analysis.cli import main
from analysis.schema import TABLES

SEEDS = {p.name: p.read_bytes() for p in sorted(config.RAW_DIR.glob("*.txt"))}
EXAMPLES = int(os.environ.get("ANALYSIS_FUZZ_EXAMPLES", "8"))


@st.composite
def damaged(draw: st.DrawFn) -> bytes:
    """A seed cut short, with other line endings (in all of it or only up to some point) and
    some bytes flipped."""
    data = SEEDS[draw(st.sampled_from(sorted(SEEDS)))]
    data = data[: int(len(data) * draw(st.floats(0.0, 1.0)))]
    ending = draw(st.sampled_from([b"\n", b"\r\n", b"\r"]))
    mixed = int(len(data) * draw(st.floats(0.0, 1.0)))
    data = data[:mixed].replace(b"\n", ending) + data[mixed:]
    flips = draw(st.lists(st.tuples(st.floats(0.0, 1.0, exclude_max=True),
                                    st.integers(0, 255)), max_size=12))
    out = bytearray(data)
    for where, value in flips:
        if out:
            out[int(where * len(out))] = value
    return bytes(out)


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file()}


def _run(raw: Path, out: Path) -> int:
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        status = main(["clean", "--raw", str(raw), "--out", str(out), "--jobs", "1"])
    assert "Traceback" not in err.getvalue()
    return status


def _whole(out: Path) -> None:
    """One complete result: every table, the descriptor, and one set of documents."""
    assert {f"{t.name}.csv" for t in TABLES} <= {p.name for p in out.iterdir()}
    assert (out / "datapackage.json").is_file()
    docs = set(pd.read_csv(out / "documents.csv", dtype=str, keep_default_na=False)["doc_id"])
    for table in TABLES:
        frame = pd.read_csv(out / f"{table.name}.csv", dtype=str, keep_default_na=False)
        for column in (c for c in frame.columns if c.startswith("doc_id")):
            assert set(frame[column]) - {""} <= docs, (table.name, column)
    assert {p.stem for p in (out / "text").iterdir()} == docs


@settings(max_examples=EXAMPLES, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=damaged())
def test_a_damaged_seed_never_crashes_nor_mixes_results(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        (base / "good").mkdir()
        (base / "good" / "tip.txt").write_bytes(SEEDS[sorted(SEEDS)[-1]])
        out = base / "clean"
        assert _run(base / "good", out) == 0
        before = _snapshot(out)
        (base / "raw").mkdir()
        (base / "raw" / "damaged.txt").write_bytes(data)
        status = _run(base / "raw", out)
        assert status in (0, 1)
        after = _snapshot(out)
        if after != before:
            _whole(out)
        assert sorted(p.name for p in base.iterdir()) == ["clean", "good", "raw"]
