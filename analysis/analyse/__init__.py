"""Analyses behind the notebooks: loading data/clean, prevalence, enforcement trends,
inspector ratios and charts. Notebooks stay thin and call these tested functions."""
