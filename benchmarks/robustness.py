"""Robustness curve: agreement with ILAB's keys when the development texts are damaged as OCR
damages them.

The damage is learnt, not invented: each profile of ``dol/2016-ocr`` (tesseract) is aligned
word by word with its twin in ``dol/2016`` (pdftotext of the same PDF), and inside each
short differing stretch the characters are aligned; what is counted is every character
substitution (``I`` read as ``l``, ``†`` as ``t``, ``0`` as ``o``, ...), every dropped and
added space, and every character dropped or added. Stretches less than 60% alike, and whole
words dropped or added, are moved or different text (a block put elsewhere, an endnote
number), not damage, and are not counted.

Each edit is counted in the context of the flowed character it edits (an added character:
of the one before it), because OCR does not treat all characters alike:

- ``number``: a figure from its first digit to its last, separators included: a token of
  digits and signs without a letter (a table cell, a number in prose, a year, a population
  "(694,458)", an age range "5-14");
- ``mark``: a digit that is a mark: inside a citation group ("(5)", "(1, 4, 7-10)"), an
  endnote's list number at the start of a line ("15."), or in a token holding a letter (a
  URL, a code, an endnote number glued to a word);
- ``text``: every other character (letters, signs, spaces).

In the twins OCR edits 1.6% of the mark digits (153 of its 192 digit drops and swaps are
endnote list numbers, "15." read as ".", the other 39 digits of URLs and codes) but no digit
of a figure in a profile's body (the 778 figures of the bodies with a separator or three
digits are all read; the figure context's 139 edits are 123 en dashes of ranges read as
hyphens, 12 where the flowed twin lost a range's dash, and 4 digits of references). Pooled
counts applied anywhere drop or swap a figure's digit in 3.7% of the edits, where OCR does
in 0.14%. So each context keeps its own rate (edits per aligned character of that context)
and its own mix of kinds and characters.
The counts are written to ``benchmarks/ocr_confusions.csv`` (relearnt with ``--learn``).

Each development text (2014, 2015 and 2016 flowed; 2019 layout) is then damaged at 0.5, 1, 2
and 5% of its characters: that many edits, shared among the contexts in proportion to each
one's learnt rate times its characters in the text, each drawn from its context's learnt
mix of kinds and, for a substitution or a drop, of characters, at random places of that
context, with a fixed seed per file (two runs are identical). The damaged folder is cleaned
with ``python -m analysis clean`` and scored with ``analysis.evaluate``, which reads the
undamaged texts to tell what a profile prints (``--evidence``), so that damage can only lower
agreement, never move values out of the denominator. A profile the damaged run loses counts
as disagreeing on every key value: each group's denominator is the undamaged run's. When one
damaged file stops the clean job as a whole, that is reported and the files are cleaned one
by one, so that the curve still measures extraction; the files that fail are named.

    .venv/bin/python benchmarks/robustness.py                       # everything
    .venv/bin/python benchmarks/robustness.py --folders 2015 --levels 2 --limit 20
    .venv/bin/python benchmarks/robustness.py --limit 25 --work /tmp/rob   # keep the runs

Writes ``docs/robustness.csv`` and the chart ``docs/robustness.svg`` for a full run (or
``--out DIR``) and prints agreement per level and group; ``--work DIR`` keeps each damaged
folder and its clean output (``DIR/<folder>-<level>/raw`` and ``/clean``) for reading.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import difflib
import random
import re
import shutil
import subprocess
import sys
import tempfile
import zlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from analysis import config
from analysis.evaluate.score import ScoreReport, run_score

ROOT = config.ROOT

CORPUS = config.CORPUS_DIR / "dol"
CONFUSIONS = ROOT / "benchmarks" / "ocr_confusions.csv"
DOCS = ROOT / "docs"
#: Development folders and the report year of their key.
FOLDERS = {"2014": 2014, "2015": 2015, "2016": 2016, "2019-layout": 2019}
LEVELS = (0.0, 0.5, 1.0, 2.0, 5.0)
GROUPS = ("assessment", "prevalence", "enforcement", "laws_yes_no", "laws_age", "ratifications")
TARGETED = ("assessment", "prevalence", "enforcement")
SEED = 2016
#: Longest differing stretch (in words, either side) aligned character by character; longer
#: ones are OCR's layout changes (reordered blocks), not character damage.
_STRETCH = 4
#: Least similarity of two differing stretches for them to be the same text, damaged (below
#: it they are different words: a block OCR put elsewhere, a page number, a footnote mark).
_SAME_TEXT = 0.6
#: Kinds of edit: a character swapped for another, a space dropped or added, a character
#: dropped or added.
KINDS = ("swap", "space_dropped", "space_added", "char_dropped", "char_added")
#: Where a character stands, each learnt and damaged at its own rate: a digit of a figure
#: (a table cell, a number in prose, a year), a digit that is a mark (a citation group, an
#: endnote's list number, a digit glued to letters as in a URL or a code), and the rest
#: (letters, signs, spaces). Their one-letter codes are those ``contexts`` returns.
CONTEXTS = {"number": "n", "mark": "m", "text": "t"}
_TOKEN = re.compile(r"\S+")
#: A citation group: "(5)", "(1-4)", "(1, 4, 7-10)", "(1,6,8,10)".
_CITATION = re.compile(r"\(\s*\d{1,3}(?:\s*[-–]\s*\d{1,3})?"
                       r"(?:\s*,\s*\d{1,3}(?:\s*[-–]\s*\d{1,3})?)*\s*\)")
#: A population after a percentage, "6.7 (413,729)": a figure, though it reads as a
#: citation group of two members.
_POPULATION = re.compile(r"\d\s*\(\d{1,3}(?:,\d{3})+\)")
#: An endnote's list number at the start of a line: "15." before the reference or alone.
_LIST_NUMBER = re.compile(r"^[ \t]*\d{1,3}\.(?=\s|$)", re.MULTILINE)


def contexts(text: str) -> str:
    """Each character's context code (``CONTEXTS``): a digit in a token holding a letter or
    inside a citation group or list number is a mark; a token without a letter is a figure
    from its first digit to its last (its separators with it: "25.7", "694,458", "5-14");
    the rest is text."""
    codes = bytearray(b"t" * len(text))
    for m in _TOKEN.finditer(text):
        token = m.group()
        digits = [k for k, c in enumerate(token, m.start()) if c.isdigit()]
        if not digits:
            continue
        if any(c.isalpha() for c in token):
            for k in digits:
                codes[k] = ord("m")
        else:
            codes[digits[0]:digits[-1] + 1] = b"n" * (digits[-1] + 1 - digits[0])
    marks = [m.span() for m in _LIST_NUMBER.finditer(text)]
    marks += [m.span() for m in _CITATION.finditer(text)
              if not _POPULATION.match(text, max(m.start() - 1, 0))
              and not _POPULATION.match(text, max(m.start() - 2, 0))]
    for start, end in marks:
        for k in range(start, end):
            codes[k] = ord("m") if text[k].isdigit() else ord("t")
    return codes.decode("ascii")


@dataclass
class Confusions:
    """What OCR did to the text, counted per context: edits of each kind, which characters,
    and how many characters of the context were aligned."""

    kinds: dict[str, Counter[str]]
    pairs: dict[str, Counter[tuple[str, str]]]
    chars: Counter[str]

    @classmethod
    def empty(cls) -> Confusions:
        """No edit counted yet."""
        return cls({c: Counter() for c in CONTEXTS}, {c: Counter() for c in CONTEXTS},
                   Counter())

    def edits(self, context: str | None = None) -> int:
        """Edits counted in one context, or in all."""
        return sum(sum(self.kinds[c].values()) for c in CONTEXTS if context in (None, c))

    def rate(self, context: str | None = None) -> float:
        """Edits per aligned character, in one context or in all."""
        chars = self.chars[context] if context else sum(self.chars.values())
        return self.edits(context) / max(chars, 1)


_NAMES = {code: name for name, code in CONTEXTS.items()}


def learn(ocr: Path = CORPUS / "2016-ocr", flowed: Path = CORPUS / "2016") -> Confusions:
    """Align each OCR text with its flowed twin and count the edits OCR made, per context of
    the flowed character."""
    conf = Confusions.empty()
    for path in sorted(ocr.glob("*.txt")):
        twin = flowed / path.name
        if not twin.is_file():
            continue
        text = twin.read_text(encoding="utf-8")
        codes = contexts(text)
        spans = [m.span() for m in _TOKEN.finditer(text)]
        a = [text[s:e] for s, e in spans]
        a_codes = [codes[s:e] for s, e in spans]
        b = path.read_text(encoding="utf-8").split()
        words = difflib.SequenceMatcher(None, a, b, autojunk=False)
        for op, i1, i2, j1, j2 in words.get_opcodes():
            if op == "equal":
                _count_aligned("t".join(a_codes[i1:i2]) + "t", conf)
            elif op == "replace" and max(i2 - i1, j2 - j1) <= _STRETCH:
                left, right = " ".join(a[i1:i2]), " ".join(b[j1:j2])
                if difflib.SequenceMatcher(None, left, right).ratio() >= _SAME_TEXT:
                    left_codes = "t".join(a_codes[i1:i2])
                    _count_aligned(left_codes + "t", conf)
                    _count_chars(left, right, conf, left_codes)
    return conf


def _count_aligned(codes: str, conf: Confusions) -> None:
    """Add aligned characters to their contexts' counts."""
    for code, n in Counter(codes).items():
        conf.chars[_NAMES[code]] += n


def _count_chars(left: str, right: str, conf: Confusions, codes: str | None = None) -> None:
    """Count the character edits that turn ``left`` (flowed) into ``right`` (OCR), each in
    the context of the flowed character it edits (an added one: of the character before
    it); ``codes`` are ``left``'s context codes (``contexts(left)`` if not given)."""
    codes = contexts(left) if codes is None else codes

    def at(k: int) -> tuple[Counter[str], Counter[tuple[str, str]]]:
        name = _NAMES[codes[min(max(k, 0), len(codes) - 1)]] if codes else "text"
        return conf.kinds[name], conf.pairs[name]

    chars = difflib.SequenceMatcher(None, left, right, autojunk=False)
    for op, i1, i2, j1, j2 in chars.get_opcodes():
        if _whole_words(left, i1, i2) or _whole_words(right, j1, j2):
            continue
        if op == "replace" and i2 - i1 == j2 - j1:
            for k, (c, d) in enumerate(zip(left[i1:i2], right[j1:j2], strict=True), i1):
                kinds, pairs = at(k)
                kind = ("space_dropped" if c == " " else "space_added" if d == " "
                        else "swap")
                kinds[kind] += 1
                if kind == "swap":
                    pairs[(c, d)] += 1
        elif op in ("delete", "replace"):
            for k, c in enumerate(left[i1:i2], i1):
                kinds, pairs = at(k)
                kinds["space_dropped" if c == " " else "char_dropped"] += 1
                if c != " ":
                    pairs[(c, "")] += 1
            kinds, pairs = at(i1)
            for d in right[j1:j2] if op == "replace" else "":
                kinds["space_added" if d == " " else "char_added"] += 1
                if d != " ":
                    pairs[("", d)] += 1
        elif op == "insert":
            kinds, pairs = at(i1 - 1)
            for d in right[j1:j2]:
                kinds["space_added" if d == " " else "char_added"] += 1
                if d != " ":
                    pairs[("", d)] += 1


def _whole_words(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is one or more whole words (an endnote number printed
    elsewhere, a word OCR put in another place): moved text, not damaged characters."""
    piece = text[start:end].strip()
    return (bool(piece) and (start == 0 or text[start - 1] == " " or text[start] == " ")
            and (end == len(text) or text[end] == " " or text[end - 1] == " ")
            and len(piece) > 1)


def write_confusions(conf: Confusions, path: Path = CONFUSIONS) -> None:
    """Write the learnt counts as CSV: context, kind, from, to, count (each context's aligned
    characters as kind ``chars``)."""
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(("context", "kind", "from", "to", "count"))
        for context in CONTEXTS:
            writer.writerow((context, "chars", "", "", conf.chars[context]))
            for kind in KINDS:
                writer.writerow((context, kind, "", "", conf.kinds[context][kind]))
            for (c, d), n in sorted(conf.pairs[context].items(), key=lambda x: (-x[1], x[0])):
                writer.writerow((context, "pair", c, d, n))


def read_confusions(path: Path = CONFUSIONS) -> Confusions:
    """Read counts written by ``write_confusions``."""
    conf = Confusions.empty()
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            context, n = row["context"], int(row["count"])
            if row["kind"] == "chars":
                conf.chars[context] = n
            elif row["kind"] == "pair":
                conf.pairs[context][(row["from"], row["to"])] = n
            else:
                conf.kinds[context][row["kind"]] = n
    return conf


def damage(text: str, level: float, conf: Confusions, rng: random.Random) -> str:
    """The text with ``level`` percent of its characters edited the way OCR edits them.

    The edits are shared among the contexts in proportion to each context's learnt rate
    times its characters in this text; in each, the kind of edit and the characters are drawn
    from what OCR did in that context."""
    chars = list(text)
    codes = contexts(text)
    edits = round(len(chars) * level / 100)
    where: dict[tuple[str, str], list[int]] = {}
    for k, (c, code) in enumerate(zip(chars, codes, strict=True)):
        where.setdefault((code, c), []).append(k)
        where.setdefault((code, ""), []).append(k)
        if c.isalnum():
            where.setdefault((code, "alnum"), []).append(k)
    present = Counter(codes)
    names = [n for n, code in CONTEXTS.items() if conf.edits(n) and present[code]]
    shares = [conf.rate(n) * present[CONTEXTS[n]] for n in names]
    plan: dict[int, tuple[str, str]] = {}
    for _ in range(edits * 20 if names else 0):
        if len(plan) >= edits:
            break
        name = rng.choices(names, shares)[0]
        code, kinds, pairs = CONTEXTS[name], conf.kinds[name], conf.pairs[name]
        kind = rng.choices(list(kinds), list(kinds.values()))[0]
        if kind == "space_dropped":
            spots, edit = where.get((code, " ")), ("set", "")
        elif kind == "space_added":
            spots, edit = where.get((code, "alnum")), ("after", " ")
        else:
            wanted = [p for p in pairs if bool(p[0]) == (kind != "char_added")
                      and bool(p[1]) == (kind != "char_dropped")]
            if not wanted:
                continue
            c, d = rng.choices(wanted, [pairs[p] for p in wanted])[0]
            spots = where.get((code, c))
            edit = ("after", d) if kind == "char_added" else ("set", d)
        if spots:
            plan.setdefault(rng.choice(spots), edit)
    for position in sorted(plan, reverse=True):
        how, what = plan[position]
        if how == "set":
            chars[position] = what
        else:
            chars.insert(position + 1, what)
    return "".join(chars)


def damage_folder(source: Path, target: Path, level: float, conf: Confusions,
                  limit: int | None) -> list[Path]:
    """Write damaged copies of a folder's texts (the first ``limit`` by name); return them."""
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for path in sorted(source.glob("*.txt"))[:limit]:
        rng = random.Random(SEED * 1_000_003 + zlib.crc32(f"{path.name}:{level}".encode()))
        text = path.read_text(encoding="utf-8")
        (target / path.name).write_text(damage(text, level, conf, rng), encoding="utf-8")
        written.append(target / path.name)
    return written


def clean_and_score(folder: str, level: float, conf: Confusions, work: Path,
                    limit: int | None) -> ScoreReport:
    """Damage one folder at one level, clean it, and score it against its key."""
    raw, out = work / f"{folder}-{level}" / "raw", work / f"{folder}-{level}" / "clean"
    damage_folder(CORPUS / folder, raw, level, conf, limit)
    for failure in clean_folder(raw, out):
        print(f"{folder} at {level}%: {failure}", file=sys.stderr)
    key = CORPUS / f"answers_{FOLDERS[folder]}.csv"
    if limit is not None:
        key = _key_for(key, [p.stem for p in sorted(raw.glob("*.txt"))], work / folder)
    return run_score(key, out, None, config.EVALUATE_DATA / "ilab_key_errata.csv",
                     root=CORPUS, evidence=CORPUS / folder)


def clean_folder(raw: Path, out: Path) -> list[str]:
    """Clean a folder with ``python -m analysis clean``; return what failed.

    When the run fails as a whole (one document's table failing validation stops the job),
    the failure is returned and the files are cleaned one by one, in this process, and their
    tables merged, so that the curve measures extraction and the files that fail are named.
    """
    done = subprocess.run([sys.executable, "-m", "analysis", "clean", "--raw", str(raw),
                           "--out", str(out), "--quiet", "--jobs", "2"], cwd=ROOT,
                          check=False, capture_output=True, text=True)
    if (out / "documents.csv").is_file():
        return []
    lines = done.stderr.strip().splitlines()
    failures = [f"the clean job wrote nothing: {lines[-1] if lines else done.returncode}"]
    from analysis.pipeline import clean

    parts = out.parent / "parts"
    for path in sorted(raw.glob("*.txt")):
        one = parts / path.stem
        (one / "raw").mkdir(parents=True, exist_ok=True)
        shutil.copy(path, one / "raw" / path.name)
        try:
            clean(one / "raw", one / "clean")
        except Exception as exc:  # any failure of one file is reported, the others go on
            failures.append(f"{path.name}: {str(exc).splitlines()[0][:160]}")
    _merge(sorted(parts.glob("*/clean")), out)
    return failures


def _merge(folders: Sequence[Path], out: Path) -> None:
    """Concatenate the tables and copy the texts of several clean folders into one."""
    import pandas as pd

    (out / "text").mkdir(parents=True, exist_ok=True)
    names = sorted({p.name for folder in folders for p in folder.glob("*.csv")})
    for name in names:
        frames = [pd.read_csv(f / name, dtype=str, keep_default_na=False)
                  for f in folders if (f / name).is_file()]
        pd.concat(frames).to_csv(out / name, index=False, lineterminator="\n")
    for folder in folders:
        for text in (folder / "text").glob("*.txt"):
            shutil.copy(text, out / "text" / text.name)


def _key_for(key: Path, countries: Sequence[str], work: Path) -> Path:
    """The key's rows for some countries only (a run on part of a folder)."""
    work.mkdir(parents=True, exist_ok=True)
    path = work / key.name
    wanted = set(countries)
    with key.open(encoding="utf-8", newline="") as src, path.open(
            "w", encoding="utf-8", newline="") as dst:
        reader = csv.DictReader(src)
        writer = csv.DictWriter(dst, reader.fieldnames or [], lineterminator="\n")
        writer.writeheader()
        writer.writerows(r for r in reader if r["country"] in wanted)
    return path


@dataclass(frozen=True)
class Point:
    """Agreement of one group at one damage level, in one folder or pooled ("all")."""

    folder: str
    level: float
    group: str
    agreed: int
    compared: int

    @property
    def pct(self) -> float:
        """Agreement in percent, two decimals."""
        return round(100 * self.agreed / self.compared, 2)


def results(folders: Sequence[str], levels: Sequence[float], conf: Confusions,
            limit: int | None, work: Path | None = None) -> list[Point]:
    """Agreement per folder, level and group; denominators from the undamaged run. The runs
    are made in ``work`` (kept) or in a temporary folder."""
    rows: list[Point] = []
    with contextlib.ExitStack() as stack:
        tmp = work or Path(stack.enter_context(tempfile.TemporaryDirectory()))
        for folder in folders:
            base: dict[str, int] = {}
            for level in sorted(set(levels)):
                groups = clean_and_score(folder, level, conf, tmp, limit).groups()
                if level == 0.0:
                    base = {g: groups.get(g, (0, 0, False))[1] for g in GROUPS}
                for group in GROUPS:
                    agreed = groups.get(group, (0, 0, False))[0]
                    if base[group]:
                        rows.append(Point(folder, level, group, agreed, base[group]))
                print(f"{folder} at {level}%: done", file=sys.stderr)
    return rows


def pooled(rows: list[Point]) -> list[Point]:
    """Agreement per level and group over all folders, and over the targeted groups."""
    sums: dict[tuple[float, str], list[int]] = {}
    for r in rows:
        for name in [r.group] + (["targeted"] if r.group in TARGETED else []):
            pair = sums.setdefault((r.level, name), [0, 0])
            pair[0] += r.agreed
            pair[1] += r.compared
    return [Point("all", level, group, a, c) for (level, group), (a, c) in sorted(sums.items())]


def write_outputs(rows: list[Point], out: Path) -> None:
    """Write the per-folder and pooled CSV and the chart of the pooled curve (SVG, offline)."""
    import altair as alt
    import pandas as pd

    out.mkdir(parents=True, exist_ok=True)
    points = rows + pooled(rows)
    frame = pd.DataFrame([{"folder": p.folder, "level": p.level, "group": p.group,
                           "agreed": p.agreed, "compared": p.compared, "pct": p.pct}
                          for p in points])
    frame.to_csv(out / "robustness.csv", index=False, lineterminator="\n")
    data = frame[(frame["folder"] == "all") & frame["group"].isin([*TARGETED, "targeted"])]
    chart = alt.Chart(data).mark_line(point=True).encode(
        x=alt.X("level:Q", title="characters damaged (%)"),
        y=alt.Y("pct:Q", title="agreement with the key (%)", scale=alt.Scale(domain=[0, 100])),
        color=alt.Color("group:N", title="group"),
    ).properties(width=360, height=220,
                 title="Agreement under learnt OCR damage (2014, 2015, 2016, 2019 texts)")
    target = alt.Chart(pd.DataFrame({"pct": [95]})).mark_rule(strokeDash=[4, 4]).encode(
        y="pct:Q")
    (chart + target).save(str(out / "robustness.svg"))


def main(argv: Sequence[str] | None = None) -> int:
    """Learn or read the confusions, damage, clean, score; print and write the curve."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--folders", nargs="+", default=list(FOLDERS), choices=list(FOLDERS))
    parser.add_argument("--levels", nargs="+", type=float, default=list(LEVELS[1:]),
                        help="percent of characters damaged (the undamaged run is always made)")
    parser.add_argument("--limit", type=int, default=None, help="first N profiles per folder")
    parser.add_argument("--learn", action="store_true",
                        help=f"relearn the confusions from the twins into {CONFUSIONS.name}")
    parser.add_argument("--work", type=Path, default=None,
                        help="keep the damaged texts and their clean outputs in this folder")
    parser.add_argument("--out", type=Path, default=None,
                        help="write robustness.csv and .svg here (default: docs/ on a full run)")
    args = parser.parse_args(argv)
    if not CORPUS.is_dir():
        print(f"development corpus not found at {CORPUS}", file=sys.stderr)
        return 1
    if args.learn or not CONFUSIONS.is_file():
        write_confusions(learn())
    conf = read_confusions()
    print(f"learnt from the OCR twins: {conf.edits()} edits in "
          f"{sum(conf.chars.values())} aligned characters ({conf.rate():.2%})")
    for name in CONTEXTS:
        print(f"  {name}: {conf.edits(name)} edits in {conf.chars[name]} characters "
              f"({conf.rate(name):.3%}); "
              + ", ".join(f"{k} {conf.kinds[name][k]}" for k in KINDS))
    rows = results(args.folders, [0.0, *(lv for lv in args.levels if lv > 0)], conf,
                   args.limit, args.work)
    print(f"{'level %':>8} {'group':<14} {'agreed':>8} {'of':>8} {'pct':>8}")
    for p in pooled(rows):
        print(f"{p.level:>8} {p.group:<14} {p.agreed:>8} {p.compared:>8} {p.pct:>7.2f}%")
    if args.out or (args.limit is None and set(args.folders) == set(FOLDERS)):
        write_outputs(rows, args.out or DOCS)
    return 0


if __name__ == "__main__":
    sys.exit(main())
