"""Every path the package uses, built from the project root."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE_DATA = Path(__file__).resolve().parent / "data"
#: Data of the evaluation tools: the answer-key field map and the checked key errata.
EVALUATE_DATA = Path(__file__).resolve().parent / "evaluate" / "data"
RAW_DIR = ROOT / "data" / "raw"
CLEAN_DIR = ROOT / "data" / "clean"
NOTEBOOKS_DIR = ROOT / "notebooks"
REPORTS_DIR = ROOT / "reports"
MANIFEST_NAME = "manifest.csv"
RAW_SUFFIXES = (".txt", ".md", ".text", ".pdf")
