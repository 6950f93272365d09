"""Build the shareable report: every notebook executed, code hidden, charts embedded, one file.

    python scripts/build_report.py notebooks/*.ipynb --out exports/report.html [--no-execute]

The notebooks are executed in memory (the committed files are not changed), joined in order,
and written with nbconvert's HTML exporter without input cells. Images are data URIs; widgets
show their static HTML fallback (no widget JavaScript); scripts and styles that nbconvert would
load from a CDN are left out, so an editor opens the file without Jupyter or a network.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import nbformat

WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
# Scripts that load code from the network (MathJax, require.js, the mermaid module) and
# stylesheets linked from a CDN: the report needs none of them.
EXTERNAL = re.compile(r"<script[^>]*\bsrc=[\"']https?://[^>]*>\s*</script>|<link[^>]*\bhref=[\"']https?://[^>]*>"
                      r"|<script[^>]*>(?:(?!</script>).)*?\bimport\b[^<]*?https?://(?:(?!</script>).)*</script>", re.I | re.S)
TIMEOUT_SECONDS = 1200


def execute(path: Path) -> nbformat.NotebookNode:
    """The notebook executed top to bottom in its own folder (the file is not changed)."""
    from nbclient import NotebookClient

    nb = nbformat.read(path, as_version=4)
    NotebookClient(nb, timeout=TIMEOUT_SECONDS, kernel_name="python3", store_widget_state=False,
                   resources={"metadata": {"path": str(path.parent)}}).execute()
    return nb


def static_outputs(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """Outputs without widget views where a static HTML fallback exists; no widget state."""
    nb.metadata.pop("widgets", None)
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            if WIDGET_VIEW in data and "text/html" in data:
                del data[WIDGET_VIEW]
    return nb


def join(notebooks: list[nbformat.NotebookNode]) -> nbformat.NotebookNode:
    """One notebook with every cell of ``notebooks`` in order (kernel metadata of the first)."""
    combined = nbformat.v4.new_notebook(metadata=notebooks[0].metadata if notebooks else {})
    for nb in notebooks:
        combined.cells += nb.cells
    return combined


def to_html(nb: nbformat.NotebookNode, title: str = "Readout report") -> str:
    """Self-contained HTML: no input cells, no prompts, images inline, nothing fetched."""
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(template_name="lab", exclude_input=True, exclude_input_prompt=True,
                            exclude_output_prompt=True, embed_images=True)
    nb.metadata["title"] = title
    body, _ = exporter.from_notebook_node(nb)
    return EXTERNAL.sub("", body)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("notebooks", nargs="+", type=Path)
    parser.add_argument("--out", type=Path, default=Path("exports/report.html"))
    parser.add_argument("--no-execute", action="store_true", help="use the outputs saved in the notebooks")
    args = parser.parse_args(argv)
    notebooks = []
    for path in sorted(args.notebooks):
        print(f"{'reading' if args.no_execute else 'executing'} {path}", file=sys.stderr)
        nb = nbformat.read(path, as_version=4) if args.no_execute else execute(path)
        notebooks.append(static_outputs(nb))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(to_html(join(notebooks)), encoding="utf-8")
    print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
