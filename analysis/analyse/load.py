"""Loading data/clean with the schema's dtypes, and checking notebook parameters.

Relative paths given to notebooks resolve against the notebooks folder, so a notebook
finds ``../data/clean`` whatever directory papermill or Jupyter starts the kernel in.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from analysis.config import NOTEBOOKS_DIR
from analysis.publish.write import unescape_formula
from analysis.schema import BY_NAME

FloatOrNone = float | None
"""Type of an optional number parameter, spelled so ``papermill --help-notebook`` reads it."""
IntOrNone = int | None
"""Type of an optional whole-number parameter, spelled so papermill reads it."""

_DTYPES = {"string": "string", "integer": "Int64", "number": "float64", "boolean": "boolean"}
_BOOLEANS = {"true": True, "false": False}


class ParameterError(ValueError):
    """A notebook or report parameter that cannot be used; the message says what can."""


def resolve_path(path: str | Path) -> Path:
    """An absolute path as given; a relative one from the folder the kernel runs in (a
    notebook's own folder) when it leads somewhere there, else from the notebooks folder
    (papermill started from elsewhere)."""
    path = Path(path).expanduser()
    if path.is_absolute():
        return path
    here = (Path.cwd() / path).resolve()
    return here if here.parent.is_dir() else (NOTEBOOKS_DIR / path).resolve()


def output_path(output_dir: str | Path, country: str) -> Path:
    """The chart folder: ``{country}`` in the parameter is replaced; created if missing."""
    out = resolve_path(str(output_dir).replace("{country}", country))
    out.mkdir(parents=True, exist_ok=True)
    return out


def _typed(df: pd.DataFrame, name: str) -> pd.DataFrame:


    """Cast text columns to the dtypes of the table's schema."""
    kinds = {f.name: f.type for f in BY_NAME[name].fields}
    out = {}
    for column in df.columns:
        kind = kinds.get(column, "string")
        text = df[column].astype("string").replace("", pd.NA)
        if kind == "boolean":
            out[column] = text.str.lower().map(_BOOLEANS).astype("boolean")
        elif kind in ("integer", "number"):
            out[column] = pd.to_numeric(text).astype(_DTYPES[kind])
        else:  # text as read: without the apostrophe that keeps a formula from running
            out[column] = text.map(unescape_formula, na_action="ignore").astype("string")
    return pd.DataFrame(out, index=df.index)


def load_table(data_dir: str | Path, name: str) -> pd.DataFrame:
    """Read one clean table with the dtypes its schema gives (missing cells as NA/NaN)."""
    path = resolve_path(data_dir) / f"{name}.csv"
    if not path.is_file():
        raise ParameterError(
            f"no {name}.csv in the data folder {Path(data_dir)}: run `make data` first, "
            "or pass data_dir pointing at a folder of clean tables"
        )
    raw = pd.read_csv(path, dtype=str, keep_default_na=False)
    columns = [c for c in BY_NAME[name].columns if c not in raw.columns]
    if columns:
        raise ParameterError(f"{name}.csv lacks the columns {', '.join(columns)}")
    return _typed(raw, name)


def available_countries(data_dir: str | Path) -> list[str]:
    """The countries documents.csv lists, sorted."""
    return sorted(load_table(data_dir, "documents")["country"].dropna().unique().tolist())


def check_country(country: str, available: Iterable[str]) -> str:
    """Return ``country`` if it has documents; else refuse, naming close and all choices."""
    choices = sorted(available)
    if country in choices:
        return country
    close = difflib.get_close_matches(country, choices, n=3)
    hint = f" Did you mean {' or '.join(close)}?" if close else ""
    raise ParameterError(
        f"unknown country {country!r}.{hint} Available: {', '.join(choices) or 'none'}"
    )


def check_countries(countries: Iterable[str], available: Iterable[str]) -> list[str]:
    """Return ``countries`` if every one has documents; else refuse once, naming each unknown
    one (with close matches) and all choices."""
    countries, choices = list(countries), sorted(available)
    unknown = [c for c in dict.fromkeys(countries) if c not in choices]
    if len(unknown) == 1:
        check_country(unknown[0], choices)
    if unknown:
        named = []
        for country in unknown:
            close = difflib.get_close_matches(country, choices, n=3)
            named.append(f"{country!r} (did you mean {' or '.join(close)}?)" if close
                         else repr(country))
        raise ParameterError(
            f"unknown countries {', '.join(named)}. Available: {', '.join(choices) or 'none'}")
    return countries


def check_year(year: int | None, available: Iterable[int], what: str) -> int | None:
    """Return ``year`` (or None) if it has data; else refuse, listing the years that do."""
    years = sorted({int(y) for y in available})
    if year is None or int(year) in years:
        return year
    listed = ", ".join(str(y) for y in years) or "none"
    raise ParameterError(f"no {what} for {year}. Years with {what}: {listed}")


def check_positive(value: float | None, name: str) -> float | None:
    """Return ``value`` (or None) if it is a positive number; else refuse with a reason."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not value > 0:
        raise ParameterError(f"{name} must be a number greater than 0, got {value!r}")
    return value


@dataclass(frozen=True)
class CountryData:
    """The clean tables of one country, each with the schema's dtypes."""

    country: str
    documents: pd.DataFrame
    prevalence: pd.DataFrame
    enforcement: pd.DataFrame
    workforce: pd.DataFrame


_COUNTRY_TABLES = ("documents", "prevalence", "enforcement", "workforce")


def load_country(data_dir: str | Path, country: str) -> CountryData:
    """Load the tables the notebooks use, keeping one country's rows (checked first)."""
    documents = load_table(data_dir, "documents")
    check_country(country, documents["country"].dropna().unique())
    tables = {name: load_table(data_dir, name) for name in _COUNTRY_TABLES[1:]}
    return CountryData(
        country,
        documents[documents["country"] == country].reset_index(drop=True),
        **{n: t[t["country"] == country].reset_index(drop=True) for n, t in tables.items()},
    )


def load_countries(data_dir: str | Path) -> dict[str, CountryData]:
    """Every country's tables, each table read once (for pages about all countries)."""
    tables = {name: load_table(data_dir, name) for name in _COUNTRY_TABLES}
    groups = {name: dict(tuple(t.groupby("country", sort=False))) for name, t in tables.items()}
    empty = {name: t.iloc[0:0] for name, t in tables.items()}
    return {
        country: CountryData(country, **{
            name: groups[name].get(country, empty[name]).reset_index(drop=True)
            for name in _COUNTRY_TABLES})
        for country in sorted(groups["documents"])
    }


def primary_documents(documents: pd.DataFrame) -> pd.DataFrame:
    """Documents that are not a second copy of another raw file's report."""
    return documents[documents["duplicate_of"].isna()]
