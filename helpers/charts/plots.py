"""Charts of the corpus and of coverage across outlets: each takes a tidy frame, returns a Figure."""

from __future__ import annotations

import matplotlib.ticker
import matplotlib.pyplot as plt
import pandas as pd

from helpers.charts.style import _short, _wrap, add_source_line, apply_style, outlet_colors


def plot_corpus_overview(articles: pd.DataFrame) -> plt.Figure:
    """Bar chart of words per article, coloured by outlet, boilerplate removed beside it.

    Args:
        articles: the articles table with a ``label`` column (see ``source_labels``).
    """
    apply_style()
    data = articles.assign(removed=articles["boilerplate"].map(len)).sort_values("n_words")
    colors = outlet_colors(articles["label"])
    fig, ax = plt.subplots(figsize=(8, 0.5 * len(data) + 1.6))
    ax.barh(data["label"], data["n_words"], color=[colors[x] for x in data["label"]])
    for y, (words, removed) in enumerate(zip(data["n_words"], data["removed"])):
        ax.text(words, y, f"  {words:,} words · {removed} boilerplate lines removed", va="center", fontsize=8)
    ax.set_xlabel("words of article text after cleaning")
    ax.set_xlim(0, data["n_words"].max() * 1.6 if len(data) else 1)
    longest = data.iloc[-1] if len(data) else None
    title = f"{len(data)} articles; longest: {longest['label']} ({longest['n_words']:,} words)" if longest is not None else "No articles"
    ax.set_title(title)
    ax.grid(axis="y", visible=False)
    add_source_line(fig, articles["outlet"])
    fig.tight_layout(rect=(0, 0.03, 1, 1))
    return fig


def plot_heatmap(matrix: pd.DataFrame, title: str, value_label: str, outlets=None) -> plt.Figure:
    """Heatmap of a rows × outlets matrix with the count written in each cell.

    Args:
        matrix: numbers, rows = items (actors, claims, contacts), columns = outlet labels.
        title: the finding, stated.
        value_label: what a cell counts (colour-bar label).
        outlets: outlet names for the source line (default: the columns).
    """
    apply_style()
    height = 0.32 * len(matrix) + 2.2
    fig, ax = plt.subplots(figsize=(1.3 * len(matrix.columns) + 4.5, height))
    image = ax.imshow(matrix.values, aspect="auto", cmap="Blues")
    ax.set_xticks(range(len(matrix.columns)), [_wrap(c) for c in matrix.columns], rotation=30, ha="right", fontsize=8)
    ax.set_yticks(range(len(matrix.index)), [_short(str(i), 55) for i in matrix.index], fontsize=8)
    ax.grid(False)
    top = matrix.values.max() if matrix.size else 0
    for (y, x), value in pd.DataFrame(matrix.values).stack().items():
        if value:
            ax.text(x, y, f"{value:g}", ha="center", va="center", fontsize=7,
                    color="white" if value > top * 0.6 else "#222222")
    fig.colorbar(image, ax=ax, label=value_label, shrink=0.6)
    ax.set_title(title)
    add_source_line(fig, outlets if outlets is not None else matrix.columns)
    fig.tight_layout(rect=(0, 0.03, 1, 1))
    return fig


def plot_stacked_shares(shares: pd.DataFrame, category: str, title: str, top: int = 7) -> plt.Figure:
    """Horizontal 100% bars, one per outlet, split by ``category`` (the ``top`` largest, rest 'other').

    Args:
        shares: tidy frame with label, <category>, n (e.g. ``coverage.voice_share``).
        category: the column that splits each bar.
        title: the finding, stated.
    """
    apply_style()
    totals = shares.groupby(category)["n"].sum().sort_values(ascending=False)
    keep = list(totals.index[:top])
    data = shares.assign(**{category: shares[category].where(shares[category].isin(keep), "other")})
    table = data.pivot_table(index="label", columns=category, values="n", aggfunc="sum", fill_value=0)
    table = table[[c for c in keep + ["other"] if c in table.columns]]
    table = table.div(table.sum(axis=1), axis=0)
    fig, ax = plt.subplots(figsize=(9, 0.55 * len(table) + 1.8))
    left = pd.Series(0.0, index=table.index)
    colors = plt.get_cmap("tab10").colors
    for i, col in enumerate(table.columns):
        color = {"other": "#bbbbbb", "unknown": "#dddddd"}.get(str(col), colors[i % 10])
        ax.barh(table.index, table[col], left=left, label=str(col), color=color)
        left += table[col]
    ax.set_xlim(0, 1)
    ax.xaxis.set_major_formatter(matplotlib.ticker.PercentFormatter(1.0))
    ax.set_xlabel("share of the outlet's attributed statements")
    ax.legend(title=category.replace("_", " "), bbox_to_anchor=(1.01, 1), loc="upper left", fontsize=8)
    ax.grid(axis="y", visible=False)
    ax.set_title(title)
    add_source_line(fig, table.index)
    fig.tight_layout(rect=(0, 0.03, 1, 1))
    return fig


def plot_outlet_bars(values: pd.Series, title: str, xlabel: str, percent: bool = False) -> plt.Figure:
    """One bar per outlet (index = outlet label), in each outlet's own colour."""
    apply_style()
    values = values.sort_values()
    colors = outlet_colors(values.index)
    fig, ax = plt.subplots(figsize=(8, 0.5 * len(values) + 1.6))
    ax.barh(values.index, values.values, color=[colors[v] for v in values.index])
    for y, v in enumerate(values.values):
        ax.text(v, y, f" {v:.0%}" if percent else f" {v:g}", va="center", fontsize=8)
    if percent:
        ax.xaxis.set_major_formatter(matplotlib.ticker.PercentFormatter(1.0))
    ax.set_xlabel(xlabel)
    ax.grid(axis="y", visible=False)
    ax.set_title(title)
    add_source_line(fig, values.index)
    fig.tight_layout(rect=(0, 0.03, 1, 1))
    return fig


def plot_disagreements(disagreements: pd.DataFrame) -> plt.Figure:
    """Dot plot: one row per disputed quantity, one dot per outlet's value (outlet colours)."""
    apply_style()
    quantities = list(dict.fromkeys(disagreements["quantity"]))
    colors = outlet_colors(disagreements["label"]) if len(disagreements) else {}
    fig, axes = plt.subplots(len(quantities) or 1, 1, figsize=(9, 1.7 * max(1, len(quantities)) + 1.2), squeeze=False)
    for ax, quantity in zip(axes[:, 0], quantities):
        part = disagreements[disagreements["quantity"] == quantity]
        seen: dict[float, int] = {}
        for _, row in part.iterrows():
            stack = seen[row["value"]] = seen.get(row["value"], -1) + 1  # same value: label above the last
            marker = "o" if row["approx"] == "exact" else "D"
            ax.scatter(row["value"], 0, s=90, color=colors[row["label"]], marker=marker, label=row["label"], zorder=3)
            ax.annotate(f"{row['approx'].replace('_', ' ')} {row['value']:,.0f}" if row["approx"] != "exact" else f"{row['value']:,.0f}",
                        (row["value"], 0), textcoords="offset points", xytext=(0, 9 + 11 * stack), ha="center", fontsize=8)
        ax.set_yticks([])
        ax.set_ylim(-0.5, 1.5)
        ax.set_title(_short(quantity, 80), fontsize=9, loc="left")
        low, high = part["value"].min(), part["value"].max()
        pad = (high - low) * 0.25 or high * 0.1 or 1
        ax.set_xlim(low - pad, high + pad)
        ax.xaxis.set_major_formatter(matplotlib.ticker.FuncFormatter(lambda x, _: f"{x:,.0f}"))
    handles = {l: h for ax in axes[:, 0] for h, l in zip(*ax.get_legend_handles_labels())}
    fig.legend(handles.values(), handles.keys(), loc="lower center", ncol=min(3, len(handles) or 1), fontsize=8,
               bbox_to_anchor=(0.5, 0.03))
    n = len(quantities)
    fig.suptitle(f"Outlets disagree on {n} figure{'s' if n != 1 else ''} (diamond = approximate)" if n else "No disputed figures",
                 x=0.01, ha="left", fontweight="bold")
    add_source_line(fig, disagreements["label"] if len(disagreements) else [])
    fig.tight_layout(rect=(0, 0.12, 1, 0.95))
    return fig


def plot_framing_terms(terms: pd.DataFrame, per_outlet: int = 6) -> plt.Figure:
    """Small multiples: each outlet's most distinctive terms by log-odds z-score."""
    apply_style()
    labels = sorted(terms["label"].unique())
    colors = outlet_colors(labels)
    cols = min(3, len(labels)) or 1
    rows = -(-len(labels) // cols) or 1
    fig, axes = plt.subplots(rows, cols, figsize=(4.2 * cols, 2.4 * rows + 0.8), squeeze=False)
    for ax in axes.flat[len(labels):]:
        ax.axis("off")
    for ax, label in zip(axes.flat, labels):
        part = terms[terms["label"] == label].sort_values("z").tail(per_outlet)
        ax.barh(part["term"], part["z"], color=colors[label])
        ax.set_title(_short(label, 34), fontsize=9)
        ax.tick_params(axis="y", labelsize=8)
        ax.set_xlabel("z (weighted log-odds)", fontsize=7)
        ax.grid(axis="y", visible=False)
    fig.suptitle("Words that set each outlet apart (Monroe et al. log-odds, informative prior)", x=0.01, ha="left", fontweight="bold")
    add_source_line(fig, labels)
    fig.tight_layout(rect=(0, 0.03, 1, 0.95))
    return fig
