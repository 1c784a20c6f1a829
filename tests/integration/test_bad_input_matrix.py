"""The bad-input matrix of the README ("Bad input"): one test per row.

Files are made from the seeds (the 2017 DOL profile and the 2011 TIP narrative) by changing
their bytes the way real files go wrong. The command line runs in this process
(``analysis.cli.main``): a traceback would fail the test, and every message is checked to be
one line naming the file. Rows that share nothing run in a folder of their own; file rows
that can share a run do, to keep the suite quick. The row ids match the README's table.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import io
import os
import re
import signal
import subprocess
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pytest

from analysis import config
from analysis.cli import main

DOL = next(config.RAW_DIR.glob("003_*.txt")).read_text(encoding="utf-8")
TIP = next(config.RAW_DIR.glob("004_*.txt")).read_text(encoding="utf-8")
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"


@dataclass
class Run:
    """What one `clean` run printed, returned and wrote."""

    status: int
    lines: list[str]
    out: Path

    def table(self, name: str) -> pd.DataFrame:
        return pd.read_csv(self.out / f"{name}.csv", dtype=str, keep_default_na=False)

    def line_for(self, name: str) -> str:
        """The one stderr line naming a file."""
        found = [line for line in self.lines if Path(line.split(": ", 1)[0]).name == name]
        assert len(found) == 1, (name, self.lines)
        return found[0]

    def document(self, name: str) -> pd.Series:
        docs = self.table("documents")
        row = docs[docs["source_file"].map(lambda s: Path(s).name) == name]
        assert len(row) == 1, (name, list(docs["source_file"]))
        return row.iloc[0]


def clean(capsys: pytest.CaptureFixture[str], raw: Path, out: Path, *extra: str) -> Run:
    """Run `python -m analysis clean` in this process; no traceback may escape."""
    status = main(["clean", "--raw", str(raw), "--out", str(out), "--jobs", "1", *extra])
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return Run(status, err.splitlines(), out)


def folder(tmp_path: Path, files: dict[str, bytes | str], name: str = "raw") -> Path:
    """A raw folder holding the given files."""
    raw = tmp_path / name
    raw.mkdir()
    for file_name, content in files.items():
        data = content.encode("utf-8") if isinstance(content, str) else content
        (raw / file_name).write_bytes(data)
    return raw


def snapshot(out: Path) -> dict[str, bytes]:
    """Every file of a folder and its bytes."""
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


@pytest.fixture
def previous(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """An output folder holding a good earlier result."""
    raw = folder(tmp_path, {"tip.txt": TIP}, "good")
    run = clean(capsys, raw, tmp_path / "clean")
    assert run.status == 0, run.lines
    return run.out


def _figures(run: Run, name: str) -> dict[str, list[tuple[str, ...]]]:
    """The rows a document gave each table, without ids and offsets (which differ by file)."""
    doc_id = run.document(name)["doc_id"]
    out = {}
    for table in ("prevalence", "enforcement", "laws", "ratifications", "sector_activities",
                  "suggested_actions", "workforce"):
        frame = run.table(table)
        frame = frame[frame["doc_id"] == doc_id].drop(
            columns=["doc_id", "source_start", "source_end"])
        out[table] = sorted(map(tuple, frame.to_numpy().tolist()))
    return out


# --- files the code has always handled: rejected with their reason, or read ---------------

HELD_FILES: dict[str, bytes | str] = {
    "empty.txt": b"",
    "blank.txt": b"  \n\t\n",
    "image.txt": PNG,
    "cut-in-char.txt": "In 2017, Côte".encode()[:11],
    "stub.txt": DOL[:900],
    "recipe.txt": "Pancakes\n\nMix flour, eggs and milk. Fry.\n" * 20,
    "pdf-named.txt": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n",
    "text-named.pdf": DOL,
    "sheet.xlsx": b"PK\x03\x04",
    "cp1252.txt": TIP.encode("cp1252"),
    "latin1.txt": TIP.encode("cp1252") + b"\x81",
    "utf8-bom.txt": codecs.BOM_UTF8 + TIP.encode(),
    "shuffled.txt": "\n".join(sorted(DOL.split("\n"), key=len)),
    "odd name, ‘quoted’ - spaced.txt": TIP,
    "-leading-dash.md": TIP.replace("Kazakhstan", "Kazakhstan ", 1),
}
HELD = [
    ("empty", "empty.txt", "rejected", "empty"),
    ("whitespace", "blank.txt", "rejected", "empty"),
    ("binary", "image.txt", "rejected", "binary"),
    ("cut-in-char", "cut-in-char.txt", "rejected", "truncated"),
    ("stub", "stub.txt", "rejected", "truncated"),
    ("unrelated", "recipe.txt", "rejected", "unrecognised"),
    ("pdf-as-txt", "pdf-named.txt", "rejected", "rename it to .pdf"),
    ("txt-as-pdf", "text-named.pdf", "rejected", "not a PDF"),
    ("unsupported", "sheet.xlsx", "rejected", "unsupported file type .xlsx"),
    ("cp1252", "cp1252.txt", "read", "cp1252"),
    ("latin-1", "latin1.txt", "read", "latin-1"),
    ("utf8-bom", "utf8-bom.txt", "read", "utf-8"),
    ("shuffled", "shuffled.txt", "read", "utf-8"),
    ("odd-names", "odd name, ‘quoted’ - spaced.txt", "read", "utf-8"),
    ("odd-names-dash", "-leading-dash.md", "read", "utf-8"),
]


@pytest.fixture(scope="module")
def held(tmp_path_factory: pytest.TempPathFactory) -> Run:
    tmp = tmp_path_factory.mktemp("held")
    return _run_captured(folder(tmp, HELD_FILES), tmp / "clean")


def _run_captured(raw: Path, out: Path) -> Run:
    """Run clean in this process for a module fixture (which cannot use capsys)."""
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        status = main(["clean", "--raw", str(raw), "--out", str(out), "--jobs", "1"])
    assert "Traceback" not in err.getvalue()
    return Run(status, err.getvalue().splitlines(), out)


@pytest.mark.parametrize(("row", "name", "outcome", "detail"), HELD, ids=[h[0] for h in HELD])
def test_held_rows(held: Run, row: str, name: str, outcome: str, detail: str) -> None:
    assert held.status == 1
    if outcome == "rejected":
        line = held.line_for(name)
        assert ": rejected: " in line and detail in line.split(": rejected: ", 1)[1]
    else:
        assert held.document(name)["encoding"] == detail


def test_rejections_listed(held: Run) -> None:
    warnings = held.table("warnings")
    listed = {Path(w.source_file).name for w in warnings.itertuples()
              if w.message.startswith("rejected: ") and w.doc_id == ""}
    assert listed == {name for _, name, outcome, _ in HELD if outcome == "rejected"}


# --- files the code mishandled -------------------------------------------------------------

def _out_of_range(text: str) -> str:
    """The 2017 profile with five figures no report prints: ages 5-30, 153.2 %, a law age of
    35, a data year of 1985 and an action suggested 1999-2017."""
    edits = [
        ("| Working (% and population) | 5 to 14 |", "| Working (% and population) | 5 to 30 |"),
        ("| Attending School (%) | 5 to 14 | 90.7 |", "| Attending School (%) | 5 to 14 | 153.2 |"),
        ("| Minimum Age for Work | No | 16 |", "| Minimum Age for Work | No | 35 |"),
        ("| Overview of Labor Law Enforcement | 2016 | 2017 |",
         "| Overview of Labor Law Enforcement | 1985 | 2017 |"),
        ("hazardous work prohibitions apply to all children, including those working without "
         "an employment contract. | 2016 – 2017 |",
         "hazardous work prohibitions apply to all children, including those working without "
         "an employment contract. | 1999 – 2017 |"),
    ]
    for old, new in edits:
        assert old in text, old
        text = text.replace(old, new)
    return text


def _formulas(text: str) -> str:
    """The 2017 profile with three enforcement rows whose labels a spreadsheet would run."""
    row = "| Number of Labor Inspectors | 320 (29) | 320 (5) |"
    rows = [row, '| =HYPERLINK("http://example.org/x","Inspectors") | 11 | 12 |',
            "| @SUM(1+1) | 13 | 14 |", "| +1+cmd|' /C calc'!A0 | 15 | 16 |"]
    return text.replace(row, "\n".join(rows))


FIXED_FILES: dict[str, bytes | str] = {
    "dol.txt": DOL,
    "tip.txt": TIP,
    "a-cut60.txt": DOL[: int(len(DOL) * 0.6)],
    "flat.txt": DOL.replace("\n", " "),
    "nul-late.txt": DOL.encode() * 3 + b"\x00" + DOL.encode(),
    "utf16-nobom.txt": DOL.encode("utf-16-le"),
    "utf16le-bom.txt": codecs.BOM_UTF16_LE + TIP.encode("utf-16-le"),
    "utf16be-bom.txt": codecs.BOM_UTF16_BE + TIP.encode("utf-16-be"),
    "crlf.txt": DOL.replace("\n", "\r\n"),
    "cr.txt": DOL.replace("\n", "\r"),
    "tip-crlf.txt": TIP.replace("\n", "\r\n"),
    "nocountry.txt": DOL.replace("Kazakhstan", "Freedonia").replace("KAZAKHSTAN", "FREEDONIA"),
    "out-of-range.txt": _out_of_range(DOL),
    "formula.txt": _formulas(DOL),
}


@pytest.fixture(scope="module")
def fixed(tmp_path_factory: pytest.TempPathFactory) -> Run:
    tmp = tmp_path_factory.mktemp("fixed")
    return _run_captured(folder(tmp, FIXED_FILES), tmp / "clean")


def test_nul_after_64kb(fixed: Run) -> None:
    assert "rejected: binary: the file contains NUL bytes" in fixed.line_for("nul-late.txt")


def test_utf16_without_bom(fixed: Run) -> None:
    line = fixed.line_for("utf16-nobom.txt")
    assert "rejected: binary" in line and "UTF-16 without a byte-order mark" in line


@pytest.mark.parametrize("name", ["utf16le-bom.txt", "utf16be-bom.txt"],
                         ids=["utf16-le-bom", "utf16-be-bom"])
def test_utf16_with_bom(fixed: Run, name: str) -> None:
    assert fixed.document(name)["encoding"] == "utf-16"
    assert _figures(fixed, name) == _figures(fixed, "tip.txt")


@pytest.mark.parametrize(("name", "original", "kind"),
                         [("crlf.txt", "dol.txt", "crlf"), ("cr.txt", "dol.txt", "cr"),
                          ("tip-crlf.txt", "tip.txt", "crlf")], ids=["crlf", "cr", "tip-crlf"])
def test_line_endings(fixed: Run, name: str, original: str, kind: str) -> None:
    document, lf = fixed.document(name), fixed.document(original)
    assert document["line_endings"] == kind and document["country"] == "Kazakhstan"
    identity = ["series", "country", "report_year", "assessment", "tip_tier", "layout"]
    assert document[identity].to_dict() == lf[identity].to_dict()
    assert _figures(fixed, name) == _figures(fixed, original)
    assert len(_figures(fixed, name)["enforcement"]) > 50 or name.startswith("tip")
    warnings = fixed.table("warnings")
    assert any(m.startswith("line endings: ") for m in
               warnings[warnings["doc_id"] == document["doc_id"]]["message"])


def test_unknown_country(fixed: Run) -> None:
    assert "rejected: unrecognised: no country found" in fixed.line_for("nocountry.txt")


@pytest.mark.parametrize(
    ("table", "rule"),
    [
        ("prevalence", "age_max 30 is above the maximum 25"),
        ("prevalence", "value_pct 153.2 is above the maximum 150"),
        ("laws", "age 35 is above the maximum 30"),
        ("enforcement", "data_year 1985 is below the minimum 1990"),
        ("suggested_actions", "first_year 1999 is below the minimum 2000"),
    ],
    ids=["age-range", "percentage", "law-age", "data-year", "action-years"],
)
def test_out_of_range(fixed: Run, table: str, rule: str) -> None:
    lines = [line for line in fixed.lines if line.startswith(
        f"{fixed.document('out-of-range.txt')['source_file']}: set aside: {table} row")]
    assert any(rule in line for line in lines), fixed.lines
    kept = _figures(fixed, "out-of-range.txt")
    full = _figures(fixed, "dol.txt")
    assert 0 < len(kept[table]) < len(full[table]) or table == "laws"
    assert len(kept["ratifications"]) == len(full["ratifications"])
    warnings = fixed.table("warnings")
    assert any(rule in m for m in warnings["message"])


def test_truncated_at_60_percent(fixed: Run) -> None:
    document = fixed.document("a-cut60.txt")
    warnings = fixed.table("warnings")
    messages = warnings[warnings["doc_id"] == document["doc_id"]]["message"]
    assert any(m.startswith("possibly truncated: no suggested government actions")
               for m in messages)


def test_duplicates_by_content(fixed: Run) -> None:
    docs = fixed.table("documents").set_index("doc_id")
    cut = fixed.document("a-cut60.txt")
    assert cut["duplicate_of"] != ""
    original = docs.loc[cut["duplicate_of"]]
    assert int(original["chars"]) >= len(DOL) and original["duplicate_of"] == ""


def test_flattened(fixed: Run) -> None:
    document = fixed.document("flat.txt")
    assert document["line_endings"] == "none"
    warnings = fixed.table("warnings")
    assert any(m.startswith("flattened: a line of ") for m in
               warnings[warnings["doc_id"] == document["doc_id"]]["message"])


def test_formula_injection(fixed: Run) -> None:
    for name in ("enforcement", "warnings"):
        with (fixed.out / f"{name}.csv").open(encoding="utf-8", newline="") as fh:
            cells = [cell for row in csv.reader(fh) for cell in row]
        assert not [c for c in cells if c[:1] in ("=", "+", "-", "@")], name
    labels = set(fixed.table("enforcement")["label"])
    assert {"'=HYPERLINK(\"http://example.org/x\",\"Inspectors\")", "'@SUM(1+1)"} <= labels


def test_fixed_run_exits_1_and_publishes_the_rest(fixed: Run) -> None:
    assert fixed.status == 1
    published = {Path(s).name for s in fixed.table("documents")["source_file"]}
    assert published == set(FIXED_FILES) - {"nul-late.txt", "utf16-nobom.txt", "nocountry.txt"}


# --- names and folder entries ---------------------------------------------------------------

@pytest.fixture(scope="module")
def names(tmp_path_factory: pytest.TempPathFactory) -> Run:
    tmp = tmp_path_factory.mktemp("names")
    raw = folder(tmp, {"dol.txt": DOL})
    with open(os.path.join(os.fsencode(raw), b"caf\xe9.txt"), "wb") as fh:
        fh.write(TIP.encode())
    (raw / "passwd.txt").symlink_to("/etc/passwd")
    (raw / "gone.txt").symlink_to(tmp / "nowhere.txt")
    (raw / "loop.txt").symlink_to(raw / "loop.txt")
    (raw / "older").mkdir()
    os.mkfifo(raw / "pipe.txt")
    (raw / "README.md").write_text("Excerpts of TIP narratives: " + TIP, encoding="utf-8")
    return _run_captured(raw, tmp / "clean")


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("passwd.txt", "rejected: unrecognised"),
        ("gone.txt", "rejected: unreadable: a symbolic link to "),
        ("loop.txt", "rejected: unreadable: a symbolic link loop"),
        ("older", "skipped: a folder"),
        ("pipe.txt", "skipped: a named pipe"),
        ("README.md", "skipped: the folder's own documentation (README)"),
    ],
    ids=["symlink", "dangling-link", "link-loop", "subfolder", "fifo", "folder-readme"],
)
def test_folder_entries(names: Run, name: str, message: str) -> None:
    line = names.line_for(name)
    assert message in line
    assert Path(line.split(": ", 1)[0]).name == name  # by its own name, never its target's
    sources = {Path(s).name for s in names.table("warnings")["source_file"]}
    assert name in sources


def test_non_utf8_name(names: Run) -> None:
    assert names.status == 1
    assert names.document("caf\\xe9.txt")["series"] == "tip"
    assert {p.name for p in names.out.iterdir()} >= {"documents.csv", "warnings.csv", "text"}
    warnings = names.table("warnings")
    assert any(m.startswith("file name: not valid UTF-8") for m in warnings["message"])


def test_above_size_limit(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                          monkeypatch: pytest.MonkeyPatch) -> None:
    from analysis.read import raw as raw_module

    monkeypatch.setattr(raw_module, "MAX_BYTES", len(TIP.encode()) + 10)
    run = clean(capsys, folder(tmp_path, {"tip.txt": TIP, "dol.txt": DOL}), tmp_path / "clean")
    assert run.status == 1
    assert "rejected: too large: " in run.line_for("dol.txt")
    assert run.document("tip.txt")["series"] == "tip"


def test_identical_copies(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run = clean(capsys, folder(tmp_path, {"a.txt": TIP, "b.txt": TIP}), tmp_path / "clean")
    assert run.status == 0
    messages = list(run.table("warnings")["message"])
    assert [m for m in messages if "same bytes" in m] == [
        f"same bytes as {run.document('a.txt')['source_file']}: "
        f"{Path(run.document('a.txt')['source_file']).with_name('b.txt').as_posix()} read once"]
    assert len(run.table("documents")) == 1


# --- folders and the output folder ---------------------------------------------------------

@pytest.mark.parametrize(
    "files",
    [{}, {"manifest.csv": "source_file,title\n"}, {"empty.txt": b"", "image.txt": PNG}],
    ids=["empty-folder", "only-manifest", "only-rejected"],
)
def test_nothing_readable_never_replaces_a_result(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], previous: Path,
        files: dict[str, bytes | str]) -> None:
    before = snapshot(previous)
    run = clean(capsys, folder(tmp_path, files, "new"), previous)
    assert run.status == 1
    assert run.lines[-1].startswith("error: no document could be read")
    assert snapshot(previous) == before


@pytest.mark.parametrize("case", ["missing", "file"], ids=["raw-missing", "raw-is-file"])
def test_raw_argument(tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str) -> None:
    raw = tmp_path / "raw"
    if case == "file":
        raw.write_text("x", encoding="utf-8")
    run = clean(capsys, raw, tmp_path / "clean")
    assert run.status == 2 and len(run.lines) == 1 and str(raw) in run.lines[0]


def test_out_is_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "clean"
    out.write_text("keep me", encoding="utf-8")
    run = clean(capsys, folder(tmp_path, {"tip.txt": TIP}), out)
    assert run.status == 2 and run.lines == [f"error: --out {out}: is a file, not a folder"]
    assert out.read_text(encoding="utf-8") == "keep me"


def test_out_not_writable(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("x", encoding="utf-8")
    run = clean(capsys, folder(tmp_path, {"tip.txt": TIP}), blocker / "clean")
    assert run.status == 2 and len(run.lines) == 1
    assert "cannot create its parent folder" in run.lines[0]


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write to a read-only folder")
def test_out_read_only(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    parent = tmp_path / "locked"
    parent.mkdir()
    parent.chmod(0o555)
    try:
        run = clean(capsys, folder(tmp_path, {"tip.txt": TIP}), parent / "clean")
    finally:
        parent.chmod(0o755)
    assert run.status == 2 and len(run.lines) == 1


def test_out_holds_other_files(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                               previous: Path) -> None:
    (previous / "my notes.md").write_text("mine", encoding="utf-8")
    (previous / "text" / "draft.txt").write_text("mine", encoding="utf-8")
    before = snapshot(previous)
    run = clean(capsys, folder(tmp_path, {"tip.txt": TIP}), previous)
    assert run.status == 2 and len(run.lines) == 1
    assert "this package did not write (my notes.md, text/draft.txt)" in run.lines[0]
    assert snapshot(previous) == before


def test_interrupted(tmp_path: Path, capsys: pytest.CaptureFixture[str], previous: Path,
                     monkeypatch: pytest.MonkeyPatch) -> None:
    from analysis import pipeline

    before = snapshot(previous)
    written = []
    real = pipeline.write_csv

    def stop_after_three(*args: object) -> None:
        if len(written) == 3:
            raise KeyboardInterrupt
        written.append(args)
        real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "write_csv", stop_after_three)
    run = clean(capsys, folder(tmp_path, {"tip.txt": TIP}), previous)
    assert run.status == 130 and run.lines[-1].startswith("interrupted")
    assert snapshot(previous) == before
    assert sorted(p.name for p in previous.parent.iterdir()) == sorted(["clean", "good", "raw"])


def test_killed(tmp_path: Path, capsys: pytest.CaptureFixture[str], previous: Path) -> None:
    raw = folder(tmp_path, {"tip.txt": TIP})
    before = snapshot(previous)
    script = textwrap.dedent(f"""
        import os, signal, sys
        from analysis import pipeline
        calls = []
        real = pipeline.write_csv
        def kill_after_three(*args):
            if len(calls) == 3:
                os.kill(os.getpid(), signal.SIGKILL)
            calls.append(args)
            real(*args)
        pipeline.write_csv = kill_after_three
        from analysis.cli import main
        sys.exit(main(["clean", "--raw", {str(raw)!r}, "--out", {str(previous)!r}]))
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          cwd=config.ROOT, check=False)
    assert done.returncode == -signal.SIGKILL
    assert snapshot(previous) == before
    assert any(p.name.startswith(".clean.staging-") for p in tmp_path.iterdir())
    again = clean(capsys, raw, previous)  # the next run cleans up
    assert again.status == 0, again.lines
    assert not any(p.name.startswith(".clean.") for p in tmp_path.iterdir())


def test_concurrent(tmp_path: Path, capsys: pytest.CaptureFixture[str], previous: Path) -> None:
    from analysis.publish.folder import OutputFolder

    before = snapshot(previous)
    with OutputFolder(previous):  # another run holds the folder
        run = clean(capsys, folder(tmp_path, {"tip.txt": TIP}), previous)
    assert run.status == 1 and len(run.lines) == 1
    assert "another run is writing this folder" in run.lines[0]
    assert snapshot(previous) == before


def test_deterministic(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    raw = folder(tmp_path, {"tip.txt": TIP, "cut.txt": TIP[:900]})
    first = clean(capsys, raw, tmp_path / "one")
    second = clean(capsys, raw, tmp_path / "two")
    assert snapshot(first.out) == snapshot(second.out)


# --- the manifest ---------------------------------------------------------------------------

HEADER = "source_file,title,publisher,series,country,report_year,origin,notes\n"


@pytest.mark.parametrize(
    ("manifest", "message"),
    [
        ("file,title\ntip.txt,A\n", "has no source_file column"),
        (None, "is a folder"),
    ],
    ids=["manifest-no-source-file", "manifest-is-folder"],
)
def test_unusable_manifest(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                           manifest: str | None, message: str) -> None:
    raw = folder(tmp_path, {"tip.txt": TIP})
    if manifest is None:
        (raw / "manifest.csv").mkdir()
    else:
        (raw / "manifest.csv").write_text(manifest, encoding="utf-8")
    run = clean(capsys, raw, tmp_path / "clean")
    assert run.status == 1 and len(run.lines) == 1
    assert str(raw / "manifest.csv") in run.lines[0] and message in run.lines[0]
    assert not (tmp_path / "clean").exists()


def test_manifest_utf16(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    raw = folder(tmp_path, {"tip.txt": TIP})
    row = "tip.txt,Trafficking in Persons Report 2011: Kazakhstan (web),,tip,,2011,web,\n"
    (raw / "manifest.csv").write_bytes((HEADER + row).encode("utf-16"))
    run = clean(capsys, raw, tmp_path / "clean")
    assert run.status == 0, run.lines
    assert run.document("tip.txt")["title"].endswith("(web)")


@pytest.mark.parametrize(
    ("value", "message"),
    [("1850", "report_year '1850' is not a year from 1990 to 2100"),
     ("abc", "report_year 'abc' is not a year from 1990 to 2100")],
    ids=["manifest-year-1850", "manifest-bad-value"],
)
def test_manifest_bad_value(tmp_path: Path, capsys: pytest.CaptureFixture[str], value: str,
                            message: str) -> None:
    raw = folder(tmp_path, {"tip.txt": TIP, "dol.txt": DOL})
    (raw / "manifest.csv").write_text(HEADER + f"tip.txt,,,,,{value},,\n", encoding="utf-8")
    run = clean(capsys, raw, tmp_path / "clean")
    assert run.status == 1
    line = run.line_for("tip.txt")
    assert f"rejected: {raw / 'manifest.csv'} line 2: {message}" in line
    assert run.document("dol.txt")["report_year"] == "2017"


def test_manifest_traversal(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    raw = folder(tmp_path, {"tip.txt": TIP})
    (raw / "manifest.csv").write_text(HEADER + "../../../etc/passwd,,,tip,,2011,,\n",
                                      encoding="utf-8")
    run = clean(capsys, raw, tmp_path / "clean")
    assert run.status == 0
    assert f"{raw / 'manifest.csv'} line 2: no file named ../../../etc/passwd" in "\n".join(
        run.lines)
    assert [Path(s).name for s in run.table("documents")["source_file"]] == ["tip.txt"]


def test_manifest_duplicate_rows(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    raw = folder(tmp_path, {"tip.txt": TIP, "dol.txt": DOL})
    (raw / "manifest.csv").write_text(HEADER + "tip.txt,A,,,,,,\ntip.txt,B,,,,,,\n",
                                      encoding="utf-8")
    run = clean(capsys, raw, tmp_path / "clean")
    assert "a second row for tip.txt (first on line 2)" in run.line_for("tip.txt")


# --- the other commands ---------------------------------------------------------------------

def _command(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, list[str]]:
    status = main(list(argv))
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return status, err.splitlines()


@pytest.mark.parametrize(
    ("argv", "status", "message"),
    [
        (["report", "--out", "{file}"], 2, "report: error: --out {file} is a file, not a folder"),
        (["report", "--data", "{missing}"], 2, "report: error: --data {missing} does not exist"),
        (["score", "--answers", "{missing}"], 2,
         "score: error: --answers {missing} does not exist"),
        (["score", "--answers", "{empty}"], 1, "score: error: --answers {empty} is empty"),
        (["score", "--answers", "{binary}"], 1,
         "score: error: --answers {binary} is not a text file (binary"),
        (["identify", "{missing_txt}"], 1, "{missing_txt}: rejected: unreadable"),
        (["identify", "{folder}"], 1, "{folder}: rejected: a folder, not a file"),
        (["clean", "--raw", "{folder}", "--out", "{missing}", "--manifest", "{folder}"], 2,
         "error: manifest {folder} is a folder, not a file"),
    ],
    ids=["report-out-file", "report-data-missing", "score-answers-missing",
         "score-answers-empty", "score-answers-binary", "identify-missing", "identify-folder",
         "manifest-option-folder"],
)
def test_command_arguments(tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str],
                           status: int, message: str) -> None:
    paths = {"file": tmp_path / "file.txt", "missing": tmp_path / "missing.csv",
             "empty": tmp_path / "empty.csv", "binary": tmp_path / "binary.csv",
             "missing_txt": tmp_path / "missing.txt", "folder": tmp_path / "folder"}
    paths["folder"].mkdir()
    paths["file"].write_text("x", encoding="utf-8")
    paths["empty"].write_bytes(b"")
    paths["binary"].write_bytes(PNG)
    names = {k: str(v) for k, v in paths.items()}
    code, lines = _command(capsys, *(a.format(**names) for a in argv))
    assert code == status and len(lines) == 1 and lines[0].startswith(message.format(**names))


def test_html_injection(tmp_path: Path) -> None:
    from analysis.report.index import write_index
    from analysis.report.jobs import ERROR_FILE, STAMPS

    failed = tmp_path / "reports" / "Kazakhstan" / STAMPS
    failed.mkdir(parents=True)
    (failed / ERROR_FILE).write_text("<script>alert(1)</script>", encoding="utf-8")
    page = write_index(tmp_path / "reports", config.CLEAN_DIR, []).read_text(encoding="utf-8")
    assert "<script>alert(1)" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_the_readme_lists_every_row() -> None:
    """The README's matrix and these tests name the same rows."""
    readme = (config.ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n## Bad input\n", 1)[1].split("\n## ", 1)[0]
    rows = re.findall(r"^\| `([a-z0-9-]+)`", section, flags=re.MULTILINE)
    source = Path(__file__).read_text(encoding="utf-8")
    here = {r for r in rows if f'"{r}"' in source or f"def test_{r.replace('-', '_')}(" in source}
    elsewhere = {r for r in rows if re.search(rf"^\| `{r}` .*tests/unit/", section, re.M)}
    assert len(rows) >= 45 and set(rows) == here | elsewhere, set(rows) - here - elsewhere
