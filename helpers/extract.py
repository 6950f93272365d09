"""The order of extraction: per-article steps on a parsed Doc, then steps across articles.

Per-article steps see one Doc at a time (so Docs are never all held in memory); steps
across articles see only the tidy rows.
"""

from __future__ import annotations

import re
import warnings

import pandas as pd
from spacy.tokens import Doc

from helpers import parse
from helpers.actors import canonical, mentions as actor_mentions
from helpers.calls import mentions as contact_mentions, merge as contact_merge
from helpers.numbers import extract as number_extract, relative
from helpers.statements import extract as statement_extract, headlines, speakers
from helpers.actors.gazetteer import load_gazetteer
from helpers.actors.mentions import MENTION_COLUMNS
from helpers.parse import SENTENCE_COLUMNS
from helpers.statements.extract import STATEMENT_COLUMNS

ARTICLE_TABLES = ("sentences", "mentions", "statements", "numbers", "call_mentions", "title_mentions", "title_statements")
# Per-article tables only used inside the corpus step: the headline's mentions and statements before
# their speakers are resolved with the body's (``statements/headlines.py``).
TITLE_TABLES = ("title_mentions", "title_statements")
STEP_FAILURES = "step_failures"  # key of an article's failed steps in extract_article's result
CORPUS_PATH = "(all articles)"  # ``problems.path`` of a failed step across articles
# Longer articles are extracted in runs of sentences of about this size (see extract_article);
# news articles, long reads included, stay whole: runs lose article-wide context (a surname
# resolved to the full name given in an earlier run).
EXTRACT_CHUNK_CHARS = 60_000
OFFSET_KEY = re.compile(r"^(start|end)$|_(start|end)$")


def extract_article(doc: Doc, date: pd.Timestamp | None) -> dict[str, list[dict]]:
    """Every per-article table's rows for one parsed article body (without article_id); the
    headline's rows are added by ``add_title_rows``.

    A long article (a 2 MB transcript) is extracted in runs of whole sentences of about
    ``EXTRACT_CHUNK_CHARS``: some per-article steps compare each finding with the whole
    article, which on one Doc of 400,000 tokens took hours; offsets and sentence numbers
    are shifted back, so rows are those of the whole article.
    """
    if len(parse.doc_text(doc)) <= EXTRACT_CHUNK_CHARS:
        return _extract_doc(doc, date)
    found: dict[str, list[dict]] = {table: [] for table in ARTICLE_TABLES}
    for span in sentence_runs(doc, EXTRACT_CHUNK_CHARS):
        n_sentences = len(found["sentences"])
        for table, rows in _extract_doc(span.as_doc(), date).items():
            found.setdefault(table, []).extend(shift_row(row, span.start_char, n_sentences) for row in rows)
    return found


def add_title_rows(found: dict[str, list[dict]], title_doc: Doc, date: pd.Timestamp | None) -> dict[str, list[dict]]:
    """``found`` (an article's rows) with its headline's rows added: the headline's numbers join
    ``numbers``, its mentions and statements go to ``title_mentions``/``title_statements``, all with
    ``sent_idx`` -1 and offsets into the title (``extract_title``)."""
    for table, rows in extract_title(title_doc, date).items():
        found.setdefault(table, []).extend(rows)
    return found


def extract_title(doc: Doc, date: pd.Timestamp | None) -> dict[str, list[dict]]:
    """The headline's rows: numbers, and mentions and statements for the corpus step.

    Every row has ``sent_idx`` -1 and ``sentence`` the whole title; ``start``/``end`` are
    offsets into the title. A failed step is reported like a body step's.
    """
    title = parse.doc_text(doc)
    sentences = parse.sentence_rows(doc)
    mentions = actor_mentions.extract_mentions(doc, load_gazetteer(), sentences)
    failed: list[dict] = []
    said = _article_step("headline statements", failed, lambda: headlines.headline_statements(
        doc, statement_extract.extract_statements(doc, sentences, mentions)))
    figures = _article_step("headline numbers", failed, lambda: number_extract.extract_numbers(doc, date, sentences))
    found = {table: headlines.as_title_rows(rows, title)
             for table, rows in (("title_mentions", mentions), ("title_statements", said), ("numbers", figures))}
    if failed:
        found[STEP_FAILURES] = failed
    return found


def sentence_runs(doc: Doc, limit: int) -> list:
    """Consecutive spans of whole sentences, each about ``limit`` characters or one sentence."""
    runs, first, last = [], None, None
    for sent in doc.sents:
        if first is not None and sent.end_char - doc[first].idx > limit:
            runs.append(doc[first:last])
            first = None
        first = sent.start if first is None else first
        last = sent.end
    if first is not None:
        runs.append(doc[first:last])
    return runs


def shift_row(row: dict, offset: int, n_sentences: int) -> dict:
    """A row of a run as a row of the whole article: character offsets (``start``, ``end``,
    ``*_start``, ``*_end``; the first two items of each ``*_spans`` entry) plus ``offset``,
    ``sent_idx`` plus the sentences before the run. Clock times (``*_time``) are not offsets."""
    for key, value in row.items():
        if key == "sent_idx" and isinstance(value, int):
            row[key] = value + n_sentences
        elif OFFSET_KEY.search(key) and isinstance(value, int) and not isinstance(value, bool):
            row[key] = value + offset
        elif key.endswith("_spans") and isinstance(value, list):
            row[key] = [type(span)([span[0] + offset, span[1] + offset, *span[2:]]) for span in value]
    return row


def _extract_doc(doc: Doc, date: pd.Timestamp | None) -> dict[str, list[dict]]:
    gaz = load_gazetteer()
    sentences = parse.sentence_rows(doc)
    mentions = actor_mentions.extract_mentions(doc, gaz, sentences)
    failed: list[dict] = []
    said = _article_step("statements", failed, lambda: statement_extract.extract_statements(doc, sentences, mentions))
    figures = _article_step("numbers", failed, lambda: number_extract.extract_numbers(doc, date, sentences))
    contacts = _article_step("call mentions", failed,
                             lambda: contact_mentions.extract_call_mentions(doc, sentences, mentions, figures))
    found = {"sentences": sentences, "mentions": mentions, "statements": said, "numbers": figures,
             "call_mentions": contacts}
    if failed:
        found[STEP_FAILURES] = failed
    return found


def _article_step(name: str, failed: list[dict], run) -> list[dict]:
    """One extraction step of one article; when it fails, its rows are empty and the error is
    kept in ``failed``, so the article's other tables survive a bug in one step."""
    try:
        return run()
    except Exception as exc:  # noqa: BLE001 - reported as a problems row, never lost
        failed.append({"stage": f"extract {name}", "reason": f"{type(exc).__name__}: {exc}"})
        return []


def build_corpus_tables(articles: pd.DataFrame, per_article: dict[str, pd.DataFrame],
                        failures: list[dict] | None = None) -> dict[str, pd.DataFrame]:
    """Tables that need every article: canonical actors, statement groups, merged calls.

    Each step is guarded: when one fails its tables are empty (with their columns), a
    ``problems`` row naming the step and the error goes to ``failures`` (a warning when no
    list is given), and every other table is still produced.
    """
    failed: list[dict] = failures if failures is not None else []
    sentences = _step("sentences", failed, lambda: per_article["sentences"].reindex(columns=SENTENCE_COLUMNS),
                      lambda: _empty(SENTENCE_COLUMNS))
    mentions, actor_table = _step(
        "canonical actors", failed, lambda: canonical.resolve_mentions(per_article["mentions"], load_gazetteer()),
        lambda: (_empty(MENTION_COLUMNS), _empty(canonical.ACTOR_COLUMNS)))
    said = _step("speakers and statement groups", failed,
                 lambda: _statement_table(articles, per_article, mentions, actor_table),
                 lambda: _empty(STATEMENT_COLUMNS))
    figures, relative_dates = _step(
        "numbers", failed, lambda: relative.split_relative_dates(_number_table(per_article["numbers"])),
        lambda: (_empty(number_extract.NUMBER_COLUMNS), _empty(number_extract.NUMBER_COLUMNS)))
    call_mentions, call_table = _step(
        "merged calls", failed,
        lambda: contact_merge.build_call_tables(per_article["call_mentions"], mentions, articles, actor_table, load_gazetteer()),
        lambda: (_empty(contact_merge.CALL_MENTION_COLUMNS), _empty(contact_merge.CALL_COLUMNS)))
    if failures is None:
        for failure in failed:
            warnings.warn(f"{failure['stage']}: {failure['reason']}", stacklevel=2)
    return {"sentences": sentences, "mentions": mentions, "actors": actor_table, "statements": said,
            "numbers": figures, "relative_dates": relative_dates, "call_mentions": call_mentions, "calls": call_table}


def _statement_table(articles: pd.DataFrame, per_article: dict[str, pd.DataFrame], mentions: pd.DataFrame,
                     actor_table: pd.DataFrame) -> pd.DataFrame:
    """Body statements, then headline statements (speakers resolved with the body), one grouping."""
    gaz = load_gazetteer()
    body = speakers.resolve_speakers(per_article["statements"], mentions, actor_table, gaz, group=False)
    title_rows = per_article.get("title_statements", _empty(["article_id"]))
    headline = _empty(["article_id"])
    if not title_rows.empty:
        titles = dict(zip(articles["article_id"], articles["title"])) if "title" in articles else {}
        headline = headlines.resolve_headline_statements(
            title_rows, per_article.get("title_mentions", _empty(MENTION_COLUMNS)), per_article["mentions"], titles, gaz,
            group=False)
    said = pd.concat([body, headline], ignore_index=True) if len(headline) else body
    if len(said):
        said["group_id"] = speakers.group_statements(said)
    return said


def _number_table(rows: pd.DataFrame) -> pd.DataFrame:
    figures = rows.reindex(columns=number_extract.NUMBER_COLUMNS)
    figures["date"] = pd.to_datetime(figures["date"])
    figures[number_extract.FLOAT_COLUMNS] = figures[number_extract.FLOAT_COLUMNS].astype(float)  # None -> NaN
    return figures


def _step(name: str, failures: list[dict], run, empty):
    """``run()``, or ``empty()`` with a problem row naming the step when it raises."""
    try:
        return run()
    except Exception as exc:  # one step's failure never loses the other tables
        failures.append({"path": CORPUS_PATH, "stage": "corpus",
                         "reason": f"{name} failed ({type(exc).__name__}: {exc}); its tables are empty"})
        return empty()


def _empty(columns: list[str]) -> pd.DataFrame:
    return pd.DataFrame(columns=columns)
