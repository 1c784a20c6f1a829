"""Extractors of the DOL Findings profiles: tables, lists, boxes and prose."""
