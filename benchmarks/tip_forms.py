"""TIP forms: the reader's figures on the same excerpts in the forms people get them in.

Users get TIP country narratives as web pages, PDF text, OCR of the PDFs and converters'
Markdown; a reader whose figures depend on the form gives other people's excerpts other
scores. Each excerpt of a folder (its ``answers.csv`` key and the README's provenance table,
as ``tests/integration/test_tip_corpus.py`` reads them) is rendered in several forms, with a
fixed seed per file and form (two runs are identical):

- ``as_is``: the text itself;
- ``pdf_flowed``: each paragraph (``paragraphs``: a source's hard-wrapped lines joined)
  hard-wrapped at one column width per file (45-70 characters), some long words hyphenated
  at line ends, and one or two page breaks at random line ends (also inside a sentence, and
  after a hyphenated half word), each a page footer ("TRAFFICKING IN PERSONS REPORT JUNE
  2016", "... 20TH EDITION"), a page number and the country's name in capitals as the next
  page's running head, between blank lines;
- ``ocr``: ``pdf_flowed`` with 1% of its characters damaged as OCR damages them (the
  robustness benchmark's edits learnt from the DOL OCR twins, ``ocr_confusions.csv``);
- ``markdown``: each paragraph one line, paragraphs separated by blank lines, section
  headings as ``## PROSECUTION``, some words in ``**bold**`` or ``_italics_``, and ``&``,
  ``’``, ``“`` and ``”`` written as the HTML entities ``&amp;``, ``&#8217;``, ``&#8220;``
  and ``&#8221;``.

Each rendered folder is cleaned with ``python -m analysis clean`` (the manifest from the
provenance table) and scored with ``analysis.evaluate.tip_key``. Written to ``--out``
(default ``build/tip_forms``): ``tip_forms.csv`` (per set and form: recall, precision, tier
and identity) and ``tip_forms_lost.csv`` (per form, the key rows the ``as_is`` run found and
this form lost, the rows of ours that are wrong only in this form, and the files whose tier
or identity only the ``as_is`` run read right), which is what tells a form the reader is weak
on. The table and, per form, how many of each kind of loss it had are printed.

    .venv/bin/python benchmarks/tip_forms.py                          # ../shared/corpus/tip
    .venv/bin/python benchmarks/tip_forms.py --folders DIR1 DIR2 --work /tmp/forms
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import random
import re
import subprocess
import sys
import tempfile
import zlib
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from robustness import Confusions, damage, read_confusions

from analysis import config
from analysis.evaluate.tip_key import (
    FileScore,
    KeyRow,
    OurRow,
    TipReport,
    provenance,
    score_tip,
)

ROOT = config.ROOT
CORPUS = config.CORPUS_DIR / "tip"
OUT = ROOT / "build" / "tip_forms"
SEED = 2024
FORMS = ("as_is", "pdf_flowed", "ocr", "markdown")
#: Share of characters the OCR form damages, in percent.
OCR_LEVEL = 1.0
#: Column widths of the PDF form (one per file, drawn in this range).
WIDTHS = (45, 70)
#: Shortest word hyphenated at a line end, and the share of such words that are.
HYPHEN_MIN, HYPHEN_SHARE = 8, 0.5
#: A section heading line of a narrative ("PROSECUTION", "Protection:", "TRAFFICKING PROFILE",
#: "RECOMMENDATIONS FOR KENYA:").
_SECTION = re.compile(r"(?i)(?:prosecution|protection|prevention|trafficking profile"
                      r"|recommendations for [^.]{2,60}?):?")
#: A narrative's title line: the country in capitals and its tier ("JAPAN (Tier 2)",
#: "KENYA: TIER 2").
_TITLE = re.compile(r"[A-Z][A-Z ,.'’-]{2,}(?:\(|:)\s*(?:Tier|TIER|Special|SPECIAL)\b")
_WORD = re.compile(r"(?<![\w'’-])[A-Za-z]{4,}(?![\w'’-])")
_ENTITIES = {"&": "&amp;", "’": "&#8217;", "“": "&#8220;", "”": "&#8221;"}


def _rng(name: str, form: str) -> random.Random:
    """The fixed random source of one file in one form."""
    return random.Random(SEED * 1_000_003 + zlib.crc32(f"{name}:{form}".encode()))


def _hyphenate(word: str, room: int, rng: random.Random) -> tuple[str, str] | None:
    """A long word split at a line end with ``room`` characters left on the line: the first
    part with its hyphen, and the rest; None when it is not split."""
    letters = re.fullmatch(r"([A-Za-z]+)([.,;:)”’]*)", word)
    if letters is None or len(letters[1]) < HYPHEN_MIN or rng.random() >= HYPHEN_SHARE:
        return None
    cuts = [k for k in range(3, len(letters[1]) - 2) if k + 1 <= room]
    if not cuts:
        return None
    k = rng.choice(cuts)
    return word[:k] + "-", word[k:]


def _wrap(paragraph: str, width: int, rng: random.Random) -> list[tuple[str, bool]]:
    """A paragraph hard-wrapped at ``width``: each line, and whether it ends in a hyphenated
    half word."""
    lines: list[tuple[str, bool]] = []
    line = ""
    for word in paragraph.split():
        while True:
            if not line:
                line = word
                break
            if len(line) + 1 + len(word) <= width:
                line += " " + word
                break
            split = _hyphenate(word, width - len(line) - 1, rng)
            if split:
                lines.append((f"{line} {split[0]}", True))
                line = split[1]
                break
            lines.append((line, False))
            line = ""
    if line:
        lines.append((line, False))
    return lines


def paragraphs(text: str) -> list[str]:
    """The excerpt's paragraphs: a line of 40 characters or more that ends inside a sentence
    goes on in the next line (a hard-wrapped PDF text), unless either is a section heading or
    the title; every other line is a paragraph of its own (a web page's paragraph, a title)."""
    out: list[str] = []
    going_on = False
    for line in text.split("\n"):
        heading = bool(_SECTION.fullmatch(line.strip()) or _TITLE.match(line.strip()))
        if going_on and line.strip() and not heading:
            out[-1] += " " + line.strip()
        else:
            out.append(line)
        going_on = (len(out[-1]) >= 40 and not heading
                    and not re.search(r"[.:;!?)\"”’]$", out[-1].rstrip()))
    return out


def _footer(year: int | None, rng: random.Random) -> str:
    """A TIP page footer of the edition: its month and year, or its edition number."""
    if year is None:
        return "TRAFFICKING IN PERSONS REPORT"
    if rng.random() < 0.5:
        return f"TRAFFICKING IN PERSONS REPORT {rng.choice(('JUNE', 'JULY'))} {year}"
    n = year - 2000
    suffix = "TH" if 10 <= n % 100 <= 20 else {1: "ST", 2: "ND", 3: "RD"}.get(n % 10, "TH")
    return f"TRAFFICKING IN PERSONS REPORT {n}{suffix} EDITION"


def as_is(text: str, country: str, year: int | None, rng: random.Random) -> str:
    """The excerpt as it was saved."""
    return text


def pdf_flowed(text: str, country: str, year: int | None, rng: random.Random) -> str:
    """The excerpt as flowed PDF text: its paragraphs hard-wrapped, long words hyphenated, and
    one or two page breaks (footer, page number, country running head) between two of its lines."""
    width = rng.randint(*WIDTHS)
    wrapped = [w for line in paragraphs(text) for w in (_wrap(line, width, rng) or [("", False)])]
    breaks = min(rng.choice((1, 2)), max(len(wrapped) - 1, 0))
    hyphenated = [i for i, (_, cut) in enumerate(wrapped[:-1]) if cut]
    at: set[int] = set()
    if hyphenated and breaks:
        at.add(rng.choice(hyphenated))
    spots = [i for i in range(len(wrapped) - 1) if i not in at]
    at.update(rng.sample(spots, min(breaks - len(at), len(spots))))
    page = rng.randint(40, 600)
    head = re.sub(r"\s*\(.*?\)", "", country).upper()
    out: list[str] = []
    for i, (line, _) in enumerate(wrapped):
        out.append(line)
        if i in at:
            out += ["", _footer(year, rng), "", str(page), "", head, ""]
            page += 1
    return "\n".join(out)


def markdown(text: str, country: str, year: int | None, rng: random.Random) -> str:
    """The excerpt as a converter's Markdown: blank lines between paragraphs, ``##`` section
    headings, a few words bold or italic, and HTML entities for ``&`` and curly quotes."""
    blocks = []
    for line in paragraphs(text):
        if not line.strip():
            continue
        if _SECTION.fullmatch(line.strip()):
            blocks.append(f"## {line.strip().rstrip(':').upper()}")
            continue
        blocks.append(_WORD.sub(lambda m: _emphasis(m[0], rng), line))
    body = "\n\n".join(blocks)
    return re.sub("[&’“”]", lambda m: _ENTITIES[m[0]], body)


def _emphasis(word: str, rng: random.Random) -> str:
    """A word, one time in twenty in bold or italics."""
    draw = rng.random()
    return f"**{word}**" if draw < 0.025 else f"_{word}_" if draw < 0.05 else word


_confusions = cache(read_confusions)

RENDERERS: dict[str, Callable[[str, str, int | None, random.Random], str]] = {
    "as_is": as_is, "pdf_flowed": pdf_flowed, "markdown": markdown}


def render(text: str, form: str, name: str, country: str, year: int | None,
           conf: Confusions | None = None) -> str:
    """One excerpt in one form, the same every run; the OCR form is the file's flowed PDF
    text with ``OCR_LEVEL`` percent of its characters damaged (``conf``: the learnt edits)."""
    if form == "ocr":
        flowed = render(text, "pdf_flowed", name, country, year)
        return damage(flowed, OCR_LEVEL, conf or _confusions(), _rng(name, form))
    return RENDERERS[form](text, country, year, _rng(name, form))


def _write_csv(path: Path, header: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    """A CSV with LF line ends."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh, lineterminator="\n")
        out.writerow(header)
        out.writerows(rows)


def render_folder(folder: Path, form: str, target: Path) -> tuple[Path, Path]:
    """Write one form of every excerpt of a folder, with its manifest and identities."""
    rows = provenance(folder)
    raw = target / "raw"
    raw.mkdir(parents=True, exist_ok=True)
    for row in rows:
        path = folder / row["source_file"]
        if not path.is_file():
            continue
        year = int(row["report_year"]) if row["report_year"] else None
        text = path.read_text(encoding="utf-8")
        (raw / path.name).write_text(render(text, form, path.name, row["country"], year),
                                     encoding="utf-8", newline="")
    manifest, identities = target / "manifest.csv", target / "identities.csv"
    _write_csv(manifest, ("source_file", "origin", "country", "report_year", "series"),
               [(r["source_file"], r["origin"], r["country"], r["report_year"], "tip")
                for r in rows])
    _write_csv(identities, ("file", "country", "report_year"),
               [(r["source_file"], r["country"], r["report_year"]) for r in rows])
    return manifest, identities


def clean_and_score(folder: Path, form: str, work: Path) -> TipReport | str:
    """Render, clean and score one folder in one form; the clean job's error when it wrote
    no tables."""
    target = work / folder.name / form
    manifest, identities = render_folder(folder, form, target)
    out = target / "clean"
    done = subprocess.run([sys.executable, "-m", "analysis", "clean", "--raw", str(target / "raw"),
                           "--manifest", str(manifest), "--out", str(out), "--quiet",
                           "--jobs", "2"], cwd=ROOT, check=False, capture_output=True, text=True)
    if not (out / "documents.csv").is_file():
        lines = done.stderr.strip().splitlines()
        return f"the clean job wrote nothing: {lines[-1] if lines else done.returncode}"
    return score_tip(folder / "answers.csv", out, identities)


@dataclass(frozen=True)
class Result:
    """The scores of one set in one form."""

    set: str
    form: str
    report: TipReport

    def row(self) -> tuple[object, ...]:
        """The CSV row: counts and their shares."""
        r = self.report
        checked = [f for f in r.files if f.identity]
        return (self.set, self.form, len(r.files), sum(1 for f in r.files if f.doc_id),
                r.total("found"), r.total("key_counted"), _share(r.total("found"),
                                                                 r.total("key_counted")),
                r.total("right"), r.total("ours"), _share(r.total("right"), r.total("ours")),
                r.total("tier_right"), r.total("tier_rows"),
                sum(1 for f in checked if f.identity == "ok"), len(checked))


HEADER = ("set", "form", "files", "documents", "found", "counted", "recall", "right", "ours",
          "precision", "tier_right", "tier_rows", "identity_ok", "identity_checked")
LOST_HEADER = ("set", "form", "file", "side", "measure", "value", "data_year", "detail")


def _share(n: int, d: int) -> str:
    """n/d in percent with one decimal ("" when nothing was counted)."""
    return f"{100 * n / d:.1f}" if d else ""


def _key(k: KeyRow) -> tuple[str, str, float | None, int | None]:
    """What identifies a key row."""
    return k.file, k.printed_measure, k.value, k.data_year


def _wrong(f: FileScore, o: OurRow) -> tuple[str, str, float | None, int]:
    """What identifies a wrong row of ours (not where it stands, which forms move)."""
    return f.file, o.measure, o.value, o.data_year


def lost(base: Result, other: Result) -> list[tuple[object, ...]]:
    """Key rows ``base`` found and ``other`` missed, rows of ours wrong only in ``other``, and
    the files whose tier or identity ``base`` read right and ``other`` did not."""
    rows: list[tuple[object, ...]] = []
    before = {f.file: f for f in base.report.files}
    for f in other.report.files:
        was = before.get(f.file)
        if was and was.tier_right > f.tier_right:
            rows.append((other.set, other.form, f.file, "tier_lost", "tier", f.tier, "",
                         f"as_is: {was.tier}"))
        if was and was.identity == "ok" and f.identity != "ok":
            rows.append((other.set, other.form, f.file, "identity_lost", "", "", "",
                         f.identity))
    missed = Counter(_key(k) for f in base.report.files for k in f.missed)
    wrong = Counter(_wrong(f, o) for f in base.report.files for o in f.wrong)
    for f in other.report.files:
        for k in f.missed:
            if missed[_key(k)] > 0:
                missed[_key(k)] -= 1
            else:
                rows.append((other.set, other.form, f.file, "lost", k.printed_measure, k.value,
                             k.data_year, k.note))
        for o in f.wrong:
            if wrong[_wrong(f, o)] > 0:
                wrong[_wrong(f, o)] -= 1
            else:
                rows.append((other.set, other.form, f.file, "new_wrong", o.measure, o.value,
                             o.data_year, f"{o.status}: {o.label}"))
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    """Render, clean and score every folder in every form; print the table, write the CSVs."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--folders", nargs="+", type=Path, default=[CORPUS],
                        help="folders of TIP excerpts with answers.csv and a README table")
    parser.add_argument("--forms", nargs="+", default=list(FORMS), choices=FORMS)
    parser.add_argument("--work", type=Path, default=None,
                        help="keep each rendered folder and its clean output here")
    parser.add_argument("--out", type=Path, default=OUT,
                        help="where tip_forms.csv and tip_forms_lost.csv are written")
    args = parser.parse_args(argv)
    folders = [f for f in args.folders if (f / "answers.csv").is_file()
               and (f / "README.md").is_file()]
    for f in args.folders:
        if f not in folders:
            print(f"skipped {f}: no answers.csv and README.md there", file=sys.stderr)
    if not folders:
        print("no TIP excerpts to render: nothing measured", file=sys.stderr)
        return 0
    forms = ["as_is", *(f for f in args.forms if f != "as_is")]
    results: list[Result] = []
    lost_rows: list[tuple[object, ...]] = []
    with contextlib.ExitStack() as stack:
        work = args.work or Path(stack.enter_context(tempfile.TemporaryDirectory()))
        for folder in folders:
            base: Result | None = None
            for form in forms:
                report = clean_and_score(folder, form, work)
                if isinstance(report, str):
                    print(f"{folder.name} {form}: {report}", file=sys.stderr)
                    continue
                result = Result(folder.name, form, report)
                results.append(result)
                if form == "as_is":
                    base = result
                elif base is not None:
                    lost_rows += lost(base, result)
    _write_csv(args.out / "tip_forms.csv", HEADER, [r.row() for r in results])
    _write_csv(args.out / "tip_forms_lost.csv", LOST_HEADER, lost_rows)
    print(f"{'set':<10} {'form':<11} {'recall':>16} {'precision':>16} {'tier':>7} {'identity':>8}")
    for r in results:
        row = dict(zip(HEADER, r.row(), strict=True))
        print(f"{r.set:<10} {r.form:<11} {row['found']:>5}/{row['counted']:<4} {row['recall']:>5}%"
              f" {row['right']:>5}/{row['ours']:<4} {row['precision']:>5}%"
              f" {row['tier_right']:>3}/{row['tier_rows']:<3} {row['identity_ok']:>3}/"
              f"{row['identity_checked']:<3}")
    counts = Counter((str(row[1]), str(row[3])) for row in lost_rows)
    for (form, side), n in sorted(counts.items()):
        print(f"{form:<11} {side:<14} {n:>5}")
    print(f"written: {args.out / 'tip_forms.csv'}, {args.out / 'tip_forms_lost.csv'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
