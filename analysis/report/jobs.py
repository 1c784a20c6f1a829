"""What a batch runs: one job per notebook and country, and when a job's outputs are fresh.

A run is redone only when its inputs changed: a stamp file beside the outputs holds a hash of
the notebook, the data files, the package modules the notebook runs (derived from its
imports) and the package data, and the parameters.
"""

from __future__ import annotations

import ast
import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from analysis.config import ROOT

STAMPS = ".stamps"
ERROR_FILE = "error.txt"
#: Package data read by the analyses (vocabularies, territory names): any change reruns.
DATA_GLOBS = ("analysis/data/*.csv",)


@dataclass(frozen=True)
class Job:
    """One notebook to run: for one country, or (country None) once for all of them."""

    country: str | None
    notebook: Path
    data_dir: Path
    out_dir: Path

    @property
    def label(self) -> str:
        """The country, or what a cross-country run is called in messages."""
        return self.country or "all countries"

    @property
    def output(self) -> Path:
        """The executed notebook."""
        return self.out_dir / self.notebook.name

    @property
    def html(self) -> Path:
        """The executed notebook rendered as HTML without code."""
        return self.output.with_suffix(".html")

    @property
    def stamp(self) -> Path:
        """The file holding the hash of the inputs of the last successful run."""
        return self.out_dir / STAMPS / f"{self.notebook.stem}.sha256"

    @property
    def parameters(self) -> dict[str, object]:
        """The papermill parameters of the job."""
        params: dict[str, object] = {"data_dir": str(self.data_dir),
                                     "output_dir": str(self.out_dir)}
        return {"country": self.country, **params} if self.country else params


@dataclass(frozen=True)
class Outcome:
    """What happened to a job: ``ran``, ``fresh`` (skipped, up to date) or ``failed``."""

    country: str
    notebook: str
    status: str
    message: str = ""


def country_slug(country: str) -> str:
    """A folder name for a country: ASCII letters, digits, ``-`` and ``_`` only."""
    ascii_name = unicodedata.normalize("NFKD", country).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z0-9-]+", "_", ascii_name).strip("_") or "country"


def plan(countries: list[str], notebooks: list[Path], data_dir: Path, out_root: Path,
         across: list[Path] = ()) -> list[Job]:
    """Every (country, notebook) job, then each cross-country notebook once, in a stable
    order; cross-country outputs go to the top of ``out_root``."""
    jobs = [Job(c, nb, data_dir, out_root / country_slug(c)) for c in countries
            for nb in notebooks]
    return jobs + [Job(None, nb, data_dir, out_root) for nb in across]


def one_line(error: BaseException) -> str:
    """An error as one line: the notebook's exception name and message, no traceback."""
    name = getattr(error, "ename", None) or type(error).__name__
    value = getattr(error, "evalue", None)
    text = str(error) if value is None else value
    return f"{name}: {' '.join(str(text).split())}"


def _imported_modules(source: str) -> set[str]:
    """Names of the ``analysis`` modules a piece of Python source imports (a name imported
    from a package may be a submodule, so both are returned)."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return set()
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module)
            names.update(f"{node.module}.{a.name}" for a in node.names)
    return {n for n in names if n == "analysis" or n.startswith("analysis.")}


def _module_file(name: str, root: Path) -> Path | None:
    """The source file of a package module, or None when the name is not a module."""
    base = root.joinpath(*name.split("."))
    for path in (base.with_suffix(".py"), base / "__init__.py"):
        if path.is_file():
            return path
    return None


def code_dependencies(notebook: Path, root: Path = ROOT) -> list[Path]:
    """Every package module a notebook runs: those its code cells import, the modules they
    import in turn, and the packages above each; derived from the code, never listed."""
    cells = json.loads(notebook.read_text(encoding="utf-8")).get("cells", [])
    source = "\n".join(
        line for cell in cells if cell.get("cell_type") == "code"
        for line in "".join(cell.get("source", "")).splitlines()
        if not line.lstrip().startswith(("%", "!"))
    )
    todo = sorted(_imported_modules(source))
    seen: dict[str, Path] = {}
    while todo:
        name = todo.pop()
        parts = name.split(".")
        for i in range(1, len(parts) + 1):
            module = ".".join(parts[:i])
            path = _module_file(module, root)
            if module in seen or path is None:
                continue
            seen[module] = path
            todo.extend(_imported_modules(path.read_text(encoding="utf-8")))
    return sorted(seen.values())


@cache
def _file_hash(path: Path, mtime_ns: int, size: int) -> bytes:
    """SHA-256 of a file's bytes, remembered per version so a batch hashes each file once."""
    return hashlib.sha256(path.read_bytes()).digest()


def inputs_digest(notebook: Path, data_dir: Path, params: dict[str, object],
                  root: Path = ROOT) -> str:
    """Hash of everything a run depends on: notebook, data files, the package modules it
    runs and the package data, parameters."""
    files = [notebook, *data_dir.glob("*.csv"), *data_dir.glob("*.json")]
    files += code_dependencies(notebook, root)
    files += [p for pattern in DATA_GLOBS for p in root.glob(pattern)]
    digest = hashlib.sha256(json.dumps(params, sort_keys=True, default=str).encode())
    base = root.resolve()
    for path in sorted({p.resolve() for p in files if p.is_file()}):
        name = path.relative_to(base) if path.is_relative_to(base) else path
        digest.update(f"{name}\0".encode())
        stat = path.stat()
        digest.update(_file_hash(path, stat.st_mtime_ns, stat.st_size))
    return digest.hexdigest()


def is_fresh(job: Job, digest: str) -> bool:
    """True when the outputs exist and were made from inputs with this hash."""
    return (job.output.is_file() and job.html.is_file() and job.stamp.is_file()
            and job.stamp.read_text().strip() == digest)
