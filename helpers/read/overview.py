"""Per-article overview of a corpus: what was read, how much text, what was removed."""

from __future__ import annotations

import pandas as pd

OVERVIEW_COLUMNS = [
    "article_id", "label", "outlet", "date", "title", "n_words", "n_sentences",
    "n_boilerplate", "duplicate_of",
]
BOILERPLATE_COLUMNS = ["article_id", "label", "rule", "text"]


def summarize_articles(corpus) -> pd.DataFrame:
    """One row per article: OVERVIEW_COLUMNS (sentences counted from ``corpus.sentences``)."""
    articles = corpus.articles
    n_sentences = corpus.sentences.groupby("article_id").size()
    return articles.assign(
        n_sentences=articles["article_id"].map(n_sentences).fillna(0).astype(int),
        n_boilerplate=articles["boilerplate"].map(len),
    )[OVERVIEW_COLUMNS].sort_values(["label", "article_id"]).reset_index(drop=True)


def boilerplate_table(articles: pd.DataFrame) -> pd.DataFrame:
    """One row per removed paragraph: BOILERPLATE_COLUMNS (rule that removed it, its text)."""
    rows = [
        {"article_id": a.article_id, "label": a.label, "rule": item.split(": ", 1)[0], "text": item.split(": ", 1)[-1]}
        for a in articles.itertuples() for item in a.boilerplate
    ]
    return pd.DataFrame(rows, columns=BOILERPLATE_COLUMNS)


def describe_corpus(corpus) -> str:
    """A one-paragraph, computed description of the corpus for a notebook's finding."""
    a = corpus.articles
    if a.empty:
        return "No article could be read; see corpus.problems."
    known = a[a["outlet"] != "unknown"]
    dates = a["date"].dropna()
    span = f"dated {dates.min():%d %B %Y}" if dates.nunique() == 1 else (
        f"dated {dates.min():%d %b %Y} to {dates.max():%d %b %Y}" if len(dates) else "with no dates")
    removed = int(a["boilerplate"].map(len).sum())
    return (
        f"{len(a)} article{'s' * (len(a) != 1)} ({a['n_words'].sum():,} words, {len(corpus.sentences):,} sentences); "
        f"{len(known)} with a known outlet ({known['outlet'].nunique()} outlets{_inferred(known)}), {len(a) - len(known)} unknown; "
        f"{len(dates)} {span}. The cleaner removed {removed} boilerplate paragraph{'s' * (removed != 1)}; "
        f"{_n(int(a['duplicate_of'].notna().sum()), 'duplicate')}; {_n(len(corpus.problems), 'file')} with problems."
    )


def _inferred(known: pd.DataFrame) -> str:
    """", 2 of them inferred from the article's text" (see ``outlets.decide_outlet``)."""
    n = int(known["outlet_source"].eq("inferred").sum()) if "outlet_source" in known else 0
    return f", {n} of them inferred from the article's text" if n else ""


def _n(n: int, noun: str) -> str:
    return f"{n:,} {noun}" + ("" if n == 1 else "s")
