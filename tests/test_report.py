"""make report: one self-contained HTML file (no code cells, images inline, nothing fetched)."""

from __future__ import annotations

import base64
import re
from pathlib import Path

import nbformat

from conftest import load_script

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "build_report.py"
PNG_1PX = base64.b64encode(bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000" "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082")).decode()


def load_builder():
    return load_script(SCRIPT)


def test_report_is_one_self_contained_file_without_code():
    build = load_builder()
    chart = nbformat.v4.new_output("display_data", data={"image/png": PNG_1PX, "text/plain": "<Figure>"})
    widget = nbformat.v4.new_output("display_data", data={
        build.WIDGET_VIEW: {"model_id": "x", "version_major": 2, "version_minor": 0},
        "text/html": "<p>Static outlet page</p>", "text/plain": "Tab(...)"})
    nb = nbformat.v4.new_notebook(cells=[
        nbformat.v4.new_markdown_cell("# What is in the corpus?"),
        nbformat.v4.new_code_cell("secret_code_line = 1", outputs=[chart, widget]),
    ])
    page = build.to_html(build.join([build.static_outputs(nb)]))
    assert "What is in the corpus?" in page and "Static outlet page" in page
    assert "secret_code_line" not in page
    assert "data:image/png;base64," in page
    assert not re.search(r"<(script|link|img)[^>]+(src|href)=[\"']https?://", page)
    assert "cdnjs" not in page and build.WIDGET_VIEW not in page
