"""Detect: what a raw text is (layout, series, country, year, assessment, tier) and
whether it is whole."""
