"""Publish: validate every table and write data/clean byte-stably."""
