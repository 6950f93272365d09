"""Charts of the corpus and of coverage across outlets: each takes a tidy frame, returns a Figure."""

from __future__ import annotations

import re

import matplotlib.ticker
import matplotlib.pyplot as plt
import pandas as pd

from matplotlib.colors import ListedColormap
from matplotlib.patches import Patch

from helpers.charts.style import _short, _wrap, add_source_line, apply_style, outlet_colors, plural

CARRIED_COLORS = ("#eeeeee", "#0072B2")  # not carried / carried: two categories, not a scale


def plot_corpus_overview(articles: pd.DataFrame) -> plt.Figure:
    """Bar chart of words per article, coloured by outlet, boilerplate removed beside it.

    Args:
        articles: the articles table with a ``label`` column (see ``source_labels``).
    """
    apply_style()
    data = articles.assign(removed=articles["boilerplate"].map(len)).sort_values("n_words")
    colors = outlet_colors(articles["label"])
    fig, ax = plt.subplots(figsize=(9, 0.55 * len(data) + 1.8))
    ax.barh(data["label"], data["n_words"], color=[colors[x] for x in data["label"]])
    for y, (words, removed) in enumerate(zip(data["n_words"], data["removed"])):
        ax.text(words, y, f"  {plural(words, 'word')} · {plural(removed, 'boilerplate line')} removed", va="center", fontsize=9)
    ax.set_xlabel("words of article text after cleaning")
    ax.set_xlim(0, data["n_words"].max() * 1.75 if len(data) else 1)
    longest = data.iloc[-1] if len(data) else None
    title = (f"{plural(len(data), 'article')}; longest: {longest['label']} ({plural(longest['n_words'], 'word')})"
             if longest is not None else "No articles")
    ax.set_title(_wrap(title, 80))
    ax.grid(axis="y", visible=False)
    add_source_line(fig, articles["label"])
    fig.tight_layout(rect=(0, 0.03, 1, 1))
    return fig


def plot_heatmap(matrix: pd.DataFrame, title: str, value_label: str, outlets=None) -> plt.Figure:
    """Heatmap of a rows × outlets matrix: counts written in each cell, or — for yes/no data
    (every cell 0 or 1) — two categorical colours with a legend instead of a colour scale.

    Args:
        matrix: numbers, rows = items (actors, claims, contacts), columns = outlet labels.
        title: the finding, stated (with true counts: say so when only some rows are shown).
        value_label: what a cell counts (colour-bar label), or what "yes" means for yes/no data.
        outlets: outlet names for the source line (default: the columns).
    """
    apply_style()
    binary = matrix.size > 0 and set(pd.unique(matrix.values.ravel())) <= {0, 1}
    yes = re.sub(r"\s*\(1\).*$", "", value_label)  # "reported (1) or not (0)" -> "reported"
    row_labels = [_wrap(str(i), 60, max_lines=2) for i in matrix.index]
    lines = sum(label.count("\n") + 1 for label in row_labels)
    fig, ax = plt.subplots(figsize=(1.25 * len(matrix.columns) + 6.5, 0.2 * lines + 0.1 * len(matrix) + 2.6))
    if binary:
        ax.imshow(matrix.values, aspect="auto", cmap=ListedColormap(CARRIED_COLORS), vmin=0, vmax=1)
        ax.legend(handles=[Patch(color=CARRIED_COLORS[1], label=yes), Patch(color=CARRIED_COLORS[0], label=f"not {yes}")],
                  loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)
    else:
        image = ax.imshow(matrix.values, aspect="auto", cmap="Blues")
        top = matrix.values.max() if matrix.size else 0
        for (y, x), value in pd.DataFrame(matrix.values).stack().items():
            if value:
                ax.text(x, y, f"{value:g}", ha="center", va="center", fontsize=9,
                        color="white" if value > top * 0.6 else "#222222")
        fig.colorbar(image, ax=ax, label=value_label, shrink=0.6)
    ax.set_xticks(range(len(matrix.columns)), [_wrap(c, 18) for c in matrix.columns], rotation=30, ha="right", fontsize=9)
    ax.set_yticks(range(len(matrix.index)), row_labels, fontsize=9)
    ax.set_xticks([x - 0.5 for x in range(1, len(matrix.columns))], minor=True)
    ax.set_yticks([y - 0.5 for y in range(1, len(matrix.index))], minor=True)
    ax.grid(which="minor", color="white", linewidth=1.5)
    ax.grid(which="major", visible=False)
    ax.tick_params(which="minor", length=0)
    ax.set_title(_wrap(title, 90))
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
        ax.barh(table.index, table[col], left=left, label=str(col).replace("_", " "), color=color)
        left += table[col]
    ax.set_xlim(0, 1)
    ax.xaxis.set_major_formatter(matplotlib.ticker.PercentFormatter(1.0, decimals=0))
    ax.set_xlabel("share of the outlet's attributed statements")
    ax.legend(title=category.replace("_", " "), bbox_to_anchor=(1.01, 1), loc="upper left", fontsize=9)
    ax.grid(axis="y", visible=False)
    ax.set_title(_wrap(title, 80))
    add_source_line(fig, table.index)
    fig.tight_layout(rect=(0, 0.03, 1, 1))
    return fig


def plot_outlet_bars(values: pd.Series, title: str, xlabel: str, percent: bool = False, outlets=None) -> plt.Figure:
    """One bar per outlet (index = outlet label), in each outlet's own colour.

    ``outlets`` (every label of the corpus) shows outlets missing from ``values`` as 0 and
    keeps their colours the same as in the other charts.
    """
    apply_style()
    if outlets is not None:
        values = values.reindex(sorted(set(outlets) | set(values.index)), fill_value=0)
    values = values.sort_values()
    colors = outlet_colors(values.index, outlets)
    fig, ax = plt.subplots(figsize=(9, 0.55 * len(values) + 1.8))
    ax.barh(values.index, values.values, color=[colors[v] for v in values.index])
    ax.set_xlim(0, (values.max() or 1) * 1.15)
    for y, v in enumerate(values.values):
        ax.text(v, y, f" {v:.0%}" if percent else f" {v:g}", va="center", fontsize=9)
    if percent:
        ax.xaxis.set_major_formatter(matplotlib.ticker.PercentFormatter(1.0, decimals=0))
    ax.set_xlabel(xlabel)
    ax.grid(axis="y", visible=False)
    ax.set_title(_wrap(title, 80))
    add_source_line(fig, values.index)
    fig.tight_layout(rect=(0, 0.03, 1, 1))
    return fig


def plot_disagreements(disagreements: pd.DataFrame, outlets=None) -> plt.Figure:
    """Dot plot: one row per disputed quantity, one dot per outlet's value (outlet colours;
    ``outlets``, every label of the corpus, keeps them the same as in the other charts)."""
    apply_style()
    quantities = list(dict.fromkeys(disagreements["quantity"]))
    colors = outlet_colors(disagreements["label"], outlets) if len(disagreements) else {}
    fig, axes = plt.subplots(len(quantities) or 1, 1, figsize=(9, 1.7 * max(1, len(quantities)) + 1.2), squeeze=False)
    for ax, quantity in zip(axes[:, 0], quantities):
        part = disagreements[disagreements["quantity"] == quantity]
        seen: dict[float, int] = {}
        for _, row in part.iterrows():
            stack = seen[row["value"]] = seen.get(row["value"], -1) + 1  # same value: label above the last
            marker = "o" if row["approx"] == "exact" else "D"
            # Outlets giving the same value sit one under the other, labelled on the right,
            # so no dot hides another ("100,000" and "more than 100,000").
            y = -0.55 * stack
            ax.scatter(row["value"], y, s=90, color=colors[row["label"]], marker=marker, label=row["label"], zorder=3)
            text = f"{row['approx'].replace('_', ' ')} {row['value']:,.0f}" if row["approx"] != "exact" else f"{row['value']:,.0f}"
            ax.annotate(text, (row["value"], y), textcoords="offset points", fontsize=9,
                        **({"xytext": (0, 9), "ha": "center"} if stack == 0 else {"xytext": (9, 0), "ha": "left", "va": "center"}))
        ax.set_yticks([])
        ax.set_ylim(-0.55 * max(seen.values()) - 0.5, 1.2)
        ax.set_title(_short(quantity, 90), fontsize=10, loc="left")
        low, high = part["value"].min(), part["value"].max()
        pad = (high - low) * 0.25 or high * 0.1 or 1
        ax.set_xlim(low - pad, high + pad)
        ax.xaxis.set_major_formatter(matplotlib.ticker.FuncFormatter(lambda x, _: f"{x:,.0f}"))
    handles = {l: h for ax in axes[:, 0] for h, l in zip(*ax.get_legend_handles_labels())}
    fig.legend(handles.values(), handles.keys(), loc="lower center", ncol=min(3, len(handles) or 1), fontsize=9,
               bbox_to_anchor=(0.5, 0.03))
    n = len(quantities)
    fig.suptitle(f"Outlets disagree on {plural(n, 'figure')} (diamond = approximate)" if n else "No disputed figures",
                 x=0.01, ha="left", fontweight="bold")
    add_source_line(fig, disagreements["label"] if len(disagreements) else [])
    fig.tight_layout(rect=(0, 0.12, 1, 0.95))
    return fig


def plot_framing_terms(terms: pd.DataFrame, per_outlet: int = 6, outlets=None) -> plt.Figure:
    """Small multiples: each outlet's most distinctive terms by log-odds z-score (bars in the
    outlet's colour; ``outlets``, every label of the corpus, keeps colours consistent)."""
    apply_style()
    labels = sorted(terms["label"].unique())
    colors = outlet_colors(labels, outlets)
    cols = min(3, len(labels)) or 1
    rows = -(-len(labels) // cols) or 1
    fig, axes = plt.subplots(rows, cols, figsize=(4.6 * cols, 2.6 * rows + 1.0), squeeze=False, sharex=True)
    for ax in axes.flat[len(labels):]:
        ax.axis("off")
    for i, (ax, label) in enumerate(zip(axes.flat, labels)):
        part = terms[terms["label"] == label].sort_values("z").tail(per_outlet)
        ax.barh(part["term"], part["z"], color=colors[label])
        ax.set_title(_wrap(label, 30), fontsize=10)
        ax.tick_params(axis="y", labelsize=9)
        if i + cols >= len(labels):  # no panel below: this one carries the shared x axis
            ax.tick_params(axis="x", labelbottom=True)
            ax.set_xlabel("z (weighted log-odds)", fontsize=9)
        ax.grid(axis="y", visible=False)
    fig.suptitle("Words and names that set each outlet apart (weighted log-odds, informative prior)", x=0.01, ha="left", fontweight="bold")
    add_source_line(fig, labels)
    fig.tight_layout(rect=(0, 0.03, 1, 0.95))
    return fig
