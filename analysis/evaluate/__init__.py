"""Evaluate: agreement of the clean tables with outside answer keys (not part of the clean job)."""
