"""Extractors of the TIP country narratives."""
