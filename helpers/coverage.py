"""Comparisons across outlets: which actors, voices, figures and contacts each one carries.

Functions take a Corpus (or its tables) and return tidy frames; outlets appear under their
``articles.label`` (the outlet, or "unknown · <article_id>" when the outlet is unknown).
"""

from __future__ import annotations

import pandas as pd

DEFAULT_TOP_ACTORS = 20
ONE_OUTLET_COLUMNS = ["actor", "type", "label", "n_mentions", "example"]


def with_labels(table: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Add the articles' ``label`` and ``outlet`` columns to a table keyed by article_id."""
    labels = articles.set_index("article_id")[["label", "outlet"]]
    return table.drop(columns=["label", "outlet"], errors="ignore").join(labels, on="article_id")


def actor_outlet_matrix(corpus, top: int = DEFAULT_TOP_ACTORS, types: tuple[str, ...] | None = None) -> pd.DataFrame:
    """Mentions per actor (rows) and outlet label (columns), most mentioned actors first.

    Args:
        corpus: a loaded Corpus.
        top: keep the ``top`` actors by total mentions.
        types: keep only these actor types (person, organization, country, place, group).
    """
    mentions = with_labels(corpus.mentions, corpus.articles)
    if types:
        mentions = mentions[mentions["type"].isin(types)]
    matrix = mentions.pivot_table(index="actor", columns="label", values="start", aggfunc="count", fill_value=0)
    matrix = matrix.reindex(columns=sorted(corpus.articles["label"]), fill_value=0)
    order = matrix.sum(axis=1).sort_values(ascending=False).index[:top]
    return matrix.loc[order]


def top_actors_per_outlet(corpus, n: int = 5, types: tuple[str, ...] = ("person",)) -> pd.DataFrame:
    """The ``n`` most mentioned actors of each outlet: label, rank, actor, n_mentions, share."""
    mentions = with_labels(corpus.mentions, corpus.articles)
    mentions = mentions[mentions["type"].isin(types)]
    counts = mentions.groupby(["label", "actor"]).size().rename("n_mentions").reset_index()
    counts["share"] = counts["n_mentions"] / counts.groupby("label")["n_mentions"].transform("sum")
    counts = counts.sort_values(["label", "n_mentions", "actor"], ascending=[True, False, True])
    counts["rank"] = counts.groupby("label").cumcount() + 1
    return counts[counts["rank"] <= n][["label", "rank", "actor", "n_mentions", "share"]].reset_index(drop=True)


def actors_in_one_outlet(corpus, types: tuple[str, ...] = ("person", "organization")) -> pd.DataFrame:
    """Actors that only one outlet mentions, with an example sentence (ONE_OUTLET_COLUMNS)."""
    mentions = with_labels(corpus.mentions, corpus.articles)
    mentions = mentions[mentions["type"].isin(types)]
    n_labels = mentions.groupby("actor")["label"].nunique()
    only = mentions[mentions["actor"].isin(n_labels[n_labels == 1].index)]
    if only.empty:
        return pd.DataFrame(columns=ONE_OUTLET_COLUMNS)
    rows = only.groupby("actor").agg(type=("type", "first"), label=("label", "first"),
                                     n_mentions=("start", "size"), example=("sentence", "first"))
    return rows.reset_index().sort_values(["label", "n_mentions"], ascending=[True, False])[ONE_OUTLET_COLUMNS]


def actor_headline(matrix: pd.DataFrame) -> str:
    """A computed one-line finding for an actor × outlet matrix."""
    if matrix.empty:
        return "No actors found"
    leaders = matrix.idxmax(axis=0)
    top, count = leaders.value_counts().index[0], leaders.value_counts().iloc[0]
    return f"{top} is the most-mentioned actor in {count} of {matrix.shape[1]} sources"
