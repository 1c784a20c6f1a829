"""Tidy, validated, provenance-carrying datasets from child-labour and trafficking reports.

The pipeline reads raw report texts (read), repairs them with a logged ledger (repair),
identifies what each document is (identify), extracts the figures (extract), validates
every table (validate) and writes data/clean (write).
"""

__version__ = "0.1.0"
