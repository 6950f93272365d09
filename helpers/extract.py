"""The order of extraction: per-article steps on a parsed Doc, then steps across articles.

Per-article steps see one Doc at a time (so Docs are never all held in memory); steps
across articles see only the tidy rows.
"""

from __future__ import annotations

import pandas as pd
from spacy.tokens import Doc

from helpers import parse
from helpers.actors import canonical, mentions as actor_mentions
from helpers.calls import mentions as contact_mentions, merge as contact_merge
from helpers.numbers import extract as number_extract
from helpers.statements import extract as statement_extract, speakers
from helpers.actors.gazetteer import load_gazetteer
from helpers.parse import SENTENCE_COLUMNS

ARTICLE_TABLES = ("sentences", "mentions", "statements", "numbers", "call_mentions")


def extract_article(doc: Doc, date: pd.Timestamp | None) -> dict[str, list[dict]]:
    """Every per-article table's rows for one parsed article (without article_id)."""
    gaz = load_gazetteer()
    sentences = parse.sentence_rows(doc)
    mentions = actor_mentions.extract_mentions(doc, gaz, sentences)
    said = statement_extract.extract_statements(doc, sentences, mentions)
    figures = number_extract.extract_numbers(doc, date, sentences)
    contacts = contact_mentions.extract_call_mentions(doc, sentences, mentions, figures)
    return {"sentences": sentences, "mentions": mentions, "statements": said, "numbers": figures,
            "call_mentions": contacts}


def build_corpus_tables(articles: pd.DataFrame, per_article: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """Tables that need every article: canonical actors, statement groups, merged calls."""
    gaz = load_gazetteer()
    sentences = per_article["sentences"].reindex(columns=SENTENCE_COLUMNS)
    mentions, actor_table = canonical.resolve_mentions(per_article["mentions"], gaz)
    said = speakers.resolve_speakers(per_article["statements"], mentions, actor_table, gaz)
    figures = per_article["numbers"].reindex(columns=number_extract.NUMBER_COLUMNS)
    figures["date"] = pd.to_datetime(figures["date"])
    figures[number_extract.FLOAT_COLUMNS] = figures[number_extract.FLOAT_COLUMNS].astype(float)  # None -> NaN
    call_mentions, call_table = contact_merge.build_call_tables(per_article["call_mentions"], mentions, articles, actor_table, gaz)
    return {"sentences": sentences, "mentions": mentions, "actors": actor_table, "statements": said,
            "numbers": figures, "call_mentions": call_mentions, "calls": call_table}
