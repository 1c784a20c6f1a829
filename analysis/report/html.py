"""Executed notebooks as self-contained HTML pages: code hidden, nothing fetched from a network.

The template (``templates/offline``) is JupyterLab's page without its require.js, MathJax,
mermaid and widget scripts, which come from a CDN, and with a short inline stylesheet; charts
are images embedded in the page. So a report opens offline, as it was rendered.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

TEMPLATES = Path(__file__).resolve().parent / "templates"


@cache
def exporter():
    """The HTML exporter, built once per process (loading its templates takes a while)."""
    from nbconvert import HTMLExporter

    return HTMLExporter(template_name="offline", extra_template_basedirs=[str(TEMPLATES)],
                        exclude_input=True, exclude_input_prompt=True,
                        exclude_output_prompt=True)


def render_html(notebook: Path, target: Path, title: str) -> None:
    """Write the executed notebook as standalone HTML with code cells hidden."""
    import nbformat

    body, _ = exporter().from_notebook_node(nbformat.read(notebook, as_version=4),
                                            resources={"metadata": {"name": title}})
    target.write_text(body, encoding="utf-8")
