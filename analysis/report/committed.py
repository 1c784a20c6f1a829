"""Executing the committed notebooks in place (``make notebooks``), whose outputs nbval checks."""

from __future__ import annotations

from pathlib import Path

from analysis.config import NOTEBOOKS_DIR


def execute_in_place(notebook: Path, timeout: int = 600) -> Path:
    """Execute a committed notebook from its paired .py with default parameters; save it.

    The reviewed .py source gives the cells; the .ipynb keeps the outputs. Cell ids are kept
    from the existing .ipynb where the cell is unchanged, no timing metadata is written and
    a cell's printed text is one output per stream however the kernel sent it (see
    ``run.run_job``), so re-running on unchanged data rewrites the same file.
    """
    import jupytext
    import nbformat
    from nbclient import NotebookClient

    ipynb, source = notebook.with_suffix(".ipynb"), notebook.with_suffix(".py")
    nb = jupytext.read(source if source.is_file() else ipynb)
    old = nbformat.read(ipynb, as_version=4).cells if ipynb.is_file() else []
    for index, cell in enumerate(nb.cells):
        match = old[index] if index < len(old) and old[index].source == cell.source else None
        cell["id"] = match["id"] if match and "id" in match else f"cell-{index}"
    NotebookClient(nb, timeout=timeout, record_timing=False, coalesce_streams=True,
                   resources={"metadata": {"path": str(ipynb.parent)}}).execute()
    jupytext.write(nb, ipynb)
    return ipynb


def execute_committed(notebooks_dir: Path = NOTEBOOKS_DIR) -> list[Path]:
    """Execute every paired notebook in ``notebooks_dir`` in place (``make notebooks``)."""
    return [execute_in_place(nb) for nb in sorted(notebooks_dir.glob("*.py"))]


