"""Statements in an article's headline ("Erdogan tells Putin Turkey must have a seat at the table").

The headline (``articles.title``) is parsed as its own small Doc, so the body's rows keep
their sentence numbers and offsets. Its rows carry ``sent_idx`` ``TITLE_SENT_IDX`` (-1),
``start``/``end`` as offsets into ``articles.title`` and the whole title as ``sentence``.

A headline names its speaker the way the body does later, often more briefly ("Blinken",
"Pakistan says ..."), so its speakers are resolved together with the body's mentions: the
headline's mentions are resolved with the article's (a surname alone in the headline goes
to the full name of the body), then the headline's rows are resolved as a first sentence
placed before the body. Headlines are telegraphic and often misparsed, so a headline row is
kept only when its speaker is a named actor or an unnamed source noun ("..., officials say");
"X calls Y" in a headline is a phone call, not speech, unless "calls for"/"calls on".
"""

from __future__ import annotations

import pandas as pd
from spacy.tokens import Doc

from helpers.actors import canonical
from helpers.actors.gazetteer import Gazetteer
from helpers.statements.extract import STATEMENT_COLUMNS
from helpers.statements.speakers import ANONYMOUS_NOUNS, resolve_speakers

TITLE_SENT_IDX = -1
TITLE_BODY_GAP = 2  # the title placed before the body as if "title\n\nbody" while its speakers are resolved
# "declares Kuwait annexed", "declares the talks a failure": a clause or predicate follows the verb
DECLARED_CLAUSE_DEPS = {"ccomp", "oprd", "xcomp"}
CALL_SPEECH_WORDS = {"for", "on"}  # "calls for calm", "calls on Iran to": speech; "Macron calls Tinubu": a phone call


def title_text(title) -> str:
    """An article's title as parsed: empty when it has none (None, NaN)."""
    return title.strip() if isinstance(title, str) else ""


def as_title_rows(rows: list[dict], title: str) -> list[dict]:
    """Rows of the title's own Doc as rows of the article's title: sentence number and sentence."""
    for row in rows:
        row["sent_idx"] = TITLE_SENT_IDX
        if "sentence" in row:
            row["sentence"] = title
    return rows


def headline_statements(doc: Doc, rows: list[dict]) -> list[dict]:
    """The statement rows of a headline Doc that are speech, not a telephone call nor a
    performative act ("Jammeh declares state of emergency"; "Iraq declares Kuwait annexed" is said)."""
    return [row for row in rows if (row.get("cue") != "call" or _calls_for(doc))
            and (row.get("cue") != "declare" or _declares_that(doc))]


def _calls_for(doc: Doc) -> bool:
    return any(token.lemma_.lower() == "call" and token.i + 1 < len(doc)
               and doc[token.i + 1].lower_ in CALL_SPEECH_WORDS for token in doc)


def _declares_that(doc: Doc) -> bool:
    return any(token.lemma_.lower() == "declare" and any(c.dep_ in DECLARED_CLAUSE_DEPS for c in token.rights)
               for token in doc)


def resolve_headline_statements(rows: pd.DataFrame, title_mentions: pd.DataFrame, body_mentions: pd.DataFrame,
                                titles: dict[str, str], gaz: Gazetteer, group: bool = True) -> pd.DataFrame:
    """The ``statements`` rows of the headlines, speakers resolved with each article's body.

    Args:
        rows: per-article headline statement rows (``sent_idx`` -1, offsets into the title).
        title_mentions: the headlines' unresolved mention rows (``sent_idx`` -1).
        body_mentions: the bodies' unresolved mention rows.
        titles: article_id -> title, as parsed.
        gaz: actor and country lists.
        group: fill ``group_id`` among these rows (False: 0, for a caller that groups them with the body's).

    Returns:
        STATEMENT_COLUMNS rows; those whose speaker is no named actor or unnamed source dropped.
    """
    if rows.empty:
        return pd.DataFrame(columns=STATEMENT_COLUMNS)
    mentions, actors = canonical.resolve_mentions(pd.concat([body_mentions, title_mentions], ignore_index=True), gaz)
    placed = _title_before_body(mentions, titles)
    first = rows.assign(sent_idx=0)
    out = resolve_speakers(first, placed, actors, gaz, group).assign(sent_idx=TITLE_SENT_IDX)
    named = set(mentions["actor"]) if len(mentions) else set()
    keep = [_named_speaker(r, named) for r in out.itertuples(index=False)]
    return out[keep].reset_index(drop=True)


def _title_before_body(mentions: pd.DataFrame, titles: dict[str, str]) -> pd.DataFrame:
    """Resolved mentions as if each title were the first sentence and the body came after it."""
    placed = mentions.copy()
    in_title = placed["sent_idx"].eq(TITLE_SENT_IDX)
    shift = placed["article_id"].map(lambda a: len(title_text(titles.get(a))) + TITLE_BODY_GAP)
    placed.loc[~in_title, ["start", "end"]] = placed.loc[~in_title, ["start", "end"]].add(shift[~in_title], axis=0)
    placed["sent_idx"] = placed["sent_idx"].where(in_title, placed["sent_idx"] + 1).where(~in_title, 0)
    return placed


def _named_speaker(row, named: set[str]) -> bool:
    speaker = row.speaker
    if not isinstance(speaker, str) or "pronoun" in str(row.speaker_how or ""):
        return False
    if row.speaker_type != "anonymous":
        return True
    head = str(row.speaker_surface or "").split()[-1:] or [""]
    return speaker in named or head[0].lower() in ANONYMOUS_NOUNS
