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


def voice_share(corpus, by: str = "speaker_country") -> pd.DataFrame:
    """Share of each outlet's statements by speaker attribute: label, <by>, n, share.

    Args:
        corpus: a loaded Corpus.
        by: a statements column, e.g. "speaker_country", "speaker_type" or "speaker".
    """
    said = with_labels(corpus.statements, corpus.articles)
    said = said.assign(**{by: said[by].fillna("unknown")})
    counts = said.groupby(["label", by]).size().rename("n").reset_index()
    counts["share"] = counts["n"] / counts.groupby("label")["n"].transform("sum")
    return counts.sort_values(["label", "n"], ascending=[True, False]).reset_index(drop=True)


def anonymous_share(corpus) -> pd.DataFrame:
    """Per outlet: statements, how many from anonymous sources, and their share."""
    said = with_labels(corpus.statements, corpus.articles)
    table = said.groupby("label").agg(n_statements=("speaker_type", "size"),
                                      n_anonymous=("speaker_type", lambda s: int((s == "anonymous").sum())))
    table["share"] = table["n_anonymous"] / table["n_statements"]
    return table.reindex(sorted(corpus.articles["label"]), fill_value=0).reset_index()


def shared_statements(corpus, min_outlets: int = 2) -> pd.DataFrame:
    """The same statement as each outlet worded it: group_id, speaker, label, content, similarity.

    ``similarity`` (0-100) compares each wording with the group's first, so drift from
    translation or paraphrase shows as a low score.
    """
    from rapidfuzz import fuzz

    said = with_labels(corpus.statements, corpus.articles)
    n_outlets = said.groupby("group_id")["label"].nunique()
    shared = said[said["group_id"].isin(n_outlets[n_outlets >= min_outlets].index)]
    shared = shared.sort_values(["group_id", "label"])
    first = shared.groupby("group_id")["content"].transform("first")
    shared = shared.assign(similarity=[round(fuzz.ratio(a.lower(), b.lower())) for a, b in zip(shared["content"], first)])
    return shared[["group_id", "speaker", "label", "cue", "kind", "content", "similarity"]].reset_index(drop=True)


def voice_headline(shares: pd.DataFrame, category: str) -> str:
    """Computed one-line finding for a voice-share table: the leading group overall and where."""
    if shares.empty:
        return "No attributed statements found"
    overall = shares.groupby(category)["n"].sum().sort_values(ascending=False)
    leader = overall.index[0]
    per_outlet = shares[shares[category] == leader].set_index("label")["share"]
    text = (f"{str(leader).replace('_', ' ')} voices lead overall ({overall.iloc[0] / overall.sum():.0%}); "
            f"from {per_outlet.min():.0%} to {per_outlet.max():.0%} by source")
    return text[0].upper() + text[1:]  # "person voices" starts a title: "Person voices"


def key_figures(corpus, kinds: tuple[str, ...] = ("count", "duration", "money", "percent"), top: int = 15) -> pd.DataFrame:
    """The figures most outlets report, as a (figure × outlet) table of values.

    A figure is a (kind, counted) pair; cells show the value(s) each outlet gives.
    """
    numbers = with_labels(corpus.numbers, corpus.articles)
    numbers = numbers[numbers["kind"].isin(kinds) & numbers["counted"].notna()]
    numbers = numbers.assign(figure=numbers["kind"] + ": " + numbers["counted"].str.lower())
    spread = numbers.groupby("figure")["label"].nunique().sort_values(ascending=False)
    keep = spread.index[:top]
    cells = numbers[numbers["figure"].isin(keep)].groupby(["figure", "label"])["value"].agg(
        lambda v: ", ".join(f"{x:,.0f}" for x in sorted(set(v))))
    return cells.unstack(fill_value="").reindex(keep)
