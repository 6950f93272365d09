"""Every notebook reruns unchanged on another folder (here: the seeds plus a sixth article)."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from conftest import FIXTURES, ROOT, copy_seeds

NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))


@pytest.fixture(scope="module")
def six_articles(tmp_path_factory) -> Path:
    folder = copy_seeds(tmp_path_factory.mktemp("six") / "articles")
    (folder / "sixth.html").write_text((FIXTURES / "html" / "wire_story.html").read_text())
    return folder


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_runs_on_a_new_folder(path, six_articles, tmp_path, monkeypatch):
    exports = tmp_path / "exports"
    monkeypatch.setenv("READOUT_ARTICLES", str(six_articles))
    monkeypatch.setenv("READOUT_EXPORTS", str(exports))
    notebook = nbformat.read(path, as_version=4)
    NotebookClient(notebook, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}).execute()
    written = list(exports.rglob("*.png"))
    assert written, "the notebook exported no chart"
    assert {p.with_suffix(".svg").exists() for p in written} == {True}
    texts = [o.get("text", "") for c in notebook.cells for o in c.get("outputs", []) if o.get("output_type") == "stream"]
    assert not any("Traceback" in t for t in texts)
    if path.stem == "00_corpus":
        html = " ".join(str(o.get("data", {}).get("text/plain", "")) for c in notebook.cells for o in c.get("outputs", []))
        assert "examplewire.co.uk" in html  # the sixth article is in the tables
