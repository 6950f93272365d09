"""The order of extraction: per-article steps on a parsed Doc, then steps across articles.

Per-article steps see one Doc at a time (so Docs are never all held in memory); steps
across articles see only the tidy rows.
"""

from __future__ import annotations

import pandas as pd
from spacy.tokens import Doc

from . import parse
from .parse import SENTENCE_COLUMNS

ARTICLE_TABLES = ("sentences",)


def extract_article(doc: Doc, date: pd.Timestamp | None) -> dict[str, list[dict]]:
    """Every per-article table's rows for one parsed article (without article_id)."""
    sentences = parse.sentence_rows(doc)
    return {"sentences": sentences}


def build_corpus_tables(articles: pd.DataFrame, per_article: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """Tables that need every article: canonical actors, statement groups, merged calls."""
    sentences = per_article["sentences"].reindex(columns=SENTENCE_COLUMNS)
    return {"sentences": sentences}
