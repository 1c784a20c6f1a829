"""Bad input gets one clear line naming the file; the other files are still processed."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from analysis import config


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "analysis", *args], capture_output=True,
                          text=True, cwd=config.ROOT, check=False)


def test_bad_files_are_named_and_the_rest_is_written(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    for src in sorted(config.RAW_DIR.glob("00[23]_*.txt")):
        shutil.copy(src, raw / src.name)
    (raw / "empty.txt").write_bytes(b"")
    (raw / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    (raw / "recipe.txt").write_text("Pancakes\n\nMix flour, eggs and milk. Fry.\n" * 20)
    (raw / "cut.txt").write_bytes("In 2017, Côte".encode()[:11])
    profile = next(config.RAW_DIR.glob("003_*.txt")).read_text(encoding="utf-8")
    (raw / "stub.txt").write_text(profile[:900], encoding="utf-8")
    (raw / "sheet.xlsx").write_bytes(b"PK\x03\x04")
    out = tmp_path / "clean"
    result = _run("clean", "--raw", str(raw), "--out", str(out), "--quiet")
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert "Traceback" not in result.stderr
    for name, reason in [("empty.txt", "empty"), ("image.txt", "binary"),
                         ("recipe.txt", "unrecognised"), ("cut.txt", "truncated"),
                         ("sheet.xlsx", "unsupported"), ("stub.txt", "truncated")]:
        assert sum(name in line and reason in line for line in lines) == 1, (name, lines)
    assert len(lines) == 6
    documents = (out / "documents.csv").read_text(encoding="utf-8").splitlines()
    assert len(documents) == 1 + 2


def test_a_clean_folder_exits_zero(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(next(config.RAW_DIR.glob("003_*.txt")), raw)
    result = _run("clean", "--raw", str(raw), "--out", str(tmp_path / "out"), "--quiet")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""


def test_missing_raw_folder_is_a_clear_error(tmp_path: Path) -> None:
    result = _run("clean", "--raw", str(tmp_path / "nope"), "--out", str(tmp_path / "o"))
    assert result.returncode == 2
    assert "does not exist" in result.stderr and "Traceback" not in result.stderr


def test_identify_prints_a_table_of_the_seeds() -> None:
    files = [str(p) for p in sorted(config.RAW_DIR.glob("*.txt"))]
    result = _run("identify", *files)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split()[:4] == ["file", "series", "country", "iso3"]
    assert len(lines) == 1 + len(files)
    assert "Tier 2" in lines[-1] and "tip" in lines[-1]
