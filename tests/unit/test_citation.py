"""The package is citable and licensed: LICENSE, CITATION.cff and the data package agree."""

from __future__ import annotations

import json
import tomllib

import yaml

from analysis import config


def test_code_licence_is_the_same_everywhere() -> None:
    citation = yaml.safe_load((config.ROOT / "CITATION.cff").read_text(encoding="utf-8"))
    project = tomllib.loads((config.ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert citation["cff-version"] == "1.2.0"
    assert citation["license"] == project["project"]["license"]["text"] == "MIT"
    assert (config.ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")
    assert citation["version"] == project["project"]["version"]


def test_the_data_package_names_its_sources_and_licence() -> None:
    citation = yaml.safe_load((config.ROOT / "CITATION.cff").read_text(encoding="utf-8"))
    package = json.loads((config.CLEAN_DIR / "datapackage.json").read_text(encoding="utf-8"))
    assert [lic["name"] for lic in package["licenses"]] == ["CC0-1.0"]
    cited = {r["url"] for r in citation["references"]}
    assert {s["path"] for s in package["sources"]} == cited
