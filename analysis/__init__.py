"""Tidy, validated, provenance-carrying datasets from child-labour and trafficking reports.

The pipeline reads raw report texts (``read``), detects what each one is (``detect``),
repairs it with a logged ledger (``repair``), extracts the figures (``extract``), then
validates every table and writes data/clean (``publish``); ``pipeline`` runs the stages.
"""

__version__ = "0.1.0"
