"""Every path the package uses, built from the project root."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE_DATA = Path(__file__).resolve().parent / "data"
#: Data of the evaluation tools: the answer-key field map and the checked key errata.
EVALUATE_DATA = Path(__file__).resolve().parent / "evaluate" / "data"
RAW_DIR = ROOT / "data" / "raw"
CLEAN_DIR = ROOT / "data" / "clean"
NOTEBOOKS_DIR = ROOT / "notebooks"
REPORTS_DIR = ROOT / "reports"
#: The development corpus (profiles and ILAB's answer keys), which is not part of the project:
#: ``../shared/corpus`` beside it, or the folder the ANALYSIS_CORPUS variable names. Used by the
#: corpus tests and the benchmark only.
CORPUS_DIR = Path(os.environ.get("ANALYSIS_CORPUS") or ROOT.parent / "shared" / "corpus")
MANIFEST_NAME = "manifest.csv"
RAW_SUFFIXES = (".txt", ".md", ".text", ".pdf")
