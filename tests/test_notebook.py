"""The tutorial notebook runs from top to bottom, and is stored clean."""

from __future__ import annotations

import time
from pathlib import Path

import nbformat
from conftest import ROOT
from nbclient import NotebookClient

NOTEBOOK = ROOT / "docs" / "tutorial.ipynb"


def test_notebook_is_valid_nbformat_4_and_stored_without_outputs() -> None:
    nb = nbformat.read(NOTEBOOK, as_version=nbformat.NO_CONVERT)  # type: ignore[no-untyped-call]  # nbformat is untyped
    nbformat.validate(nb)
    assert nb.nbformat == 4
    code = [cell for cell in nb.cells if cell.cell_type == "code"]
    assert len(code) >= 10
    assert all(cell.outputs == [] and cell.execution_count is None for cell in code)
    # Shell escapes depend on the shell; the notebook calls the CLI through sys.executable.
    assert not any(
        line.lstrip().startswith("!") for cell in code for line in cell.source.split("\n")
    )


def test_notebook_executes_without_error(tmp_path: Path) -> None:
    nb = nbformat.read(NOTEBOOK, as_version=4)  # type: ignore[no-untyped-call]  # nbformat is untyped
    client = NotebookClient(
        nb,
        kernel_name="python3",
        timeout=60,
        resources={"metadata": {"path": str(tmp_path)}},  # run away from the checkout
    )
    started = time.perf_counter()
    client.execute()  # raises CellExecutionError, with the cell and traceback, on any error
    assert time.perf_counter() - started < 60
    outputs = [out for cell in nb.cells if cell.cell_type == "code" for out in cell.outputs]
    assert not [out for out in outputs if out.output_type == "error"]
    # The extraction result is shown as HTML with its evidence marked.
    html = [out["data"]["text/html"] for out in outputs if "text/html" in out.get("data", {})]
    assert any('title="meetings[0].weekday"' in page for page in html)
