"""Charts: one shared style, consistent outlet colours, and ``export_chart`` for all of them.

Plotting functions take tidy frames and return a matplotlib Figure; ``export_chart`` writes
it as PNG and SVG (and the plotted data as CSV) under ``exports/``.
"""

from __future__ import annotations

import re
from pathlib import Path

import matplotlib
import matplotlib.ticker
import matplotlib.pyplot as plt
import pandas as pd

from helpers import paths

PNG_DPI = 200
STYLE = {
    "figure.dpi": 80,
    "font.size": 10,
    "xtick.labelsize": 9,
    "ytick.labelsize": 9,
    "legend.fontsize": 9,
    "axes.titlesize": 12,
    "axes.titleweight": "bold",
    "axes.titlelocation": "left",
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "grid.alpha": 0.3,
    "svg.fonttype": "none",
}
# Colour-blind safe (Okabe-Ito) first, then tab20 for large corpora.
OUTLET_PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"]


def apply_style() -> None:
    """Apply the shared chart style to matplotlib."""
    plt.rcParams.update(STYLE)


def outlet_colors(labels, outlets=None) -> dict[str, str]:
    """A stable colour per outlet label: the same outlet has the same colour in every chart.

    Colours follow the sorted order of ``outlets`` (every label of the corpus, e.g.
    ``corpus.articles["label"]``) when given, so a chart of a few outlets colours each one
    as the charts of all of them do; else the sorted order of ``labels``.
    """
    ordered = sorted(set(labels) | set(outlets if outlets is not None else []))
    extra = [matplotlib.colors.to_hex(c) for c in plt.get_cmap("tab20").colors]
    palette = OUTLET_PALETTE + extra
    return {label: palette[i % len(palette)] for i, label in enumerate(ordered)}


UNKNOWN_LABEL = "unknown \u00b7 "  # ``articles.label`` of an article whose outlet is unknown


def add_source_line(fig, outlets) -> None:
    """Add a one-line 'Source:' naming the outlets at the bottom of a figure, never wider than it
    (outlets that do not fit are counted: 'and 3 more'; articles of unknown outlet are counted,
    not listed by id: '2 articles of unknown outlet')."""
    names = sorted({o for o in outlets if not str(o).startswith(UNKNOWN_LABEL)})
    unknown = len({o for o in outlets if str(o).startswith(UNKNOWN_LABEL)})
    tail = f"{unknown} article{'s' if unknown != 1 else ''} of unknown outlet" if unknown else ""
    room = int(fig.get_figwidth() * 15) - len("Source:  · Readout and 99 more, ") - len(tail)  # ~15 characters per inch at 9 pt
    shown: list[str] = []
    for name in names:
        if len(", ".join(shown + [name])) > room:
            break
        shown.append(name)
    rest = len(names) - len(shown)
    listed = ", ".join(shown) + (f" and {rest} more" if rest else "")
    text = "Source: " + (f"{listed}, {tail}" if listed and tail else listed or tail)
    fig.text(0.01, 0.005, text + " · Readout", fontsize=9, color="#555555", ha="left", va="bottom")


def export_chart(fig, name: str, data: pd.DataFrame | None = None, folder: Path | None = None) -> list[Path]:
    """Write a figure as ``<exports>/<name>.png`` and ``.svg`` (plus ``.csv`` of ``data``).

    Args:
        fig: matplotlib Figure.
        name: "<notebook>/<chart>", e.g. "04_call_sequence/timeline".
        data: the tidy frame the chart plots, saved beside it for readers to check.
        folder: exports folder; default ``paths.exports_dir()``.

    Returns:
        Paths written.
    """
    base = Path(folder or paths.exports_dir()) / name
    base.parent.mkdir(parents=True, exist_ok=True)
    written = []
    for suffix in (".png", ".svg"):
        target = base.with_suffix(suffix)
        fig.savefig(target, dpi=PNG_DPI, bbox_inches="tight", metadata=_metadata(suffix))
        written.append(target)
    if data is not None:
        data.to_csv(base.with_suffix(".csv"), index=False)
        written.append(base.with_suffix(".csv"))
    return written


def export_table(table: pd.DataFrame, name: str, folder: Path | None = None) -> Path:
    """Write a table as ``<exports>/<name>.csv`` (list cells joined with ';')."""
    target = (Path(folder or paths.exports_dir()) / name).with_suffix(".csv")
    target.parent.mkdir(parents=True, exist_ok=True)
    flat_table(table).to_csv(target, index=False)
    return target


def flat_table(table: pd.DataFrame) -> pd.DataFrame:
    """Copy of a table with list/tuple/set cells joined by ';' (for CSV)."""
    out = table.copy()
    for col in out.columns:
        if out[col].dtype == object and any(isinstance(v, (list, tuple, set)) for v in out[col]):
            out[col] = out[col].map(lambda v: ";".join(map(str, v)) if isinstance(v, (list, tuple, set)) else v)
    return out


def _metadata(suffix: str) -> dict:
    # Fixed metadata keeps exported files byte-stable between runs.
    return {"Software": "Readout"} if suffix == ".png" else {"Creator": "Readout", "Date": None}


def plural(n: int, noun: str, plural_form: str | None = None) -> str:
    """"1 statement", "2 statements", "3 countries" (pass ``plural_form`` when not noun + s)."""
    return f"{n:,} {noun if n == 1 else plural_form or noun + 's'}"


def _wrap(text: str, width: int = 22, max_lines: int | None = None) -> str:
    """Wrap at word boundaries, never inside a word; with ``max_lines``, end with "…"."""
    import textwrap

    # A long domain breaks before its suffix ("burnhamandhighbridgeweeklynews" / ".co.uk").
    words = [re.sub(r"^([^.\s]{6,})(\.\S+)$", "\\1 \\2", w) if len(w) > width else w for w in str(text).split()]
    lines = textwrap.wrap(" ".join(words), width, break_long_words=False, break_on_hyphens=False) or [str(text)]
    if max_lines and len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = lines[-1].rstrip(" ,;:") + "…"
    return "\n".join(lines)


def _short(text: str, width: int) -> str:
    """Shorten at a word boundary: "a Statement from the White House…", never "a Sta"."""
    text = str(text)
    if len(text) <= width:
        return text
    cut = text[: width - 1]
    if " " not in cut:  # one long word: keep it whole, up to a domain's suffix
        return text.split()[0] if len(text.split()[0]) <= width else text.split()[0].split(".")[0] + "…"
    return cut.rsplit(" ", 1)[0].rstrip(" ,;:") + "…"
