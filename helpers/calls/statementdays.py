"""A day the article last named in a statement, not in a contact.

"On 28 February, the ministry spokesman said at the regular press conference that ... .
Wang also met Swaraj on the sidelines": the narrative day carried into an undated contact
is the day of the briefing, not of the meeting. Such a day is dropped (the contact stays
undated, ``date_source`` says why) when its sentence reports what a spokesman or briefing said
and reports no contact of its own.
"""

from __future__ import annotations

import re

import pandas as pd

STATEMENT = re.compile(r"\b(spokes(?:wo)?man|spokesperson|press (?:conference|briefing)|news conference|"
                       r"told reporters|told journalists|briefing)\b", re.I)
# "Peskov told reporters on Friday that Putin had held phone calls on Thursday": words that
# name a contact ("calls on Thursday") give the contact's day, not the statement's.
CONTACT_DAY = re.compile(r"^(?:phone |telephone )?(?:calls?|talks|meetings?|conversations?|spoke|met|phoned|called)\b", re.I)
WHY = "no day: the day the article last named is that of a statement, not of this contact"
SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


def drop_statement_days(cm: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Mark (``statement_day``) and clear the narrative day of mentions whose day comes from an
    earlier sentence that only reports a statement. Linear in the mentions."""
    cm = cm.copy()
    cm["statement_day"] = False
    if "narrative_expr" not in cm or cm.empty:
        return cm
    texts = dict(zip(articles["article_id"], articles["text"])) if "text" in articles else {}
    contact_sentences: dict[str, set] = {}
    for article_id, sentence in zip(cm["article_id"], cm["sentence"]):
        contact_sentences.setdefault(article_id, set()).add(str(sentence).strip())
    for i, (article_id, words, sentence) in enumerate(zip(cm["article_id"], cm["narrative_expr"], cm["sentence"])):
        text, sentence = texts.get(article_id), str(sentence)
        if not isinstance(words, str) or not words or not isinstance(text, str) or words in sentence:
            continue
        if CONTACT_DAY.match(words.strip()):
            continue
        at = text.find(sentence.strip()[:80])
        source = statement_sentence(text, words, at)
        if source is not None and source not in contact_sentences.get(article_id, set()):
            cm.iat[i, cm.columns.get_loc("narrative_expr")] = None
            cm.iat[i, cm.columns.get_loc("statement_day")] = True
    return cm


def statement_sentence(text: str, words: str, before: int) -> str | None:
    """The last sentence before ``before`` naming ``words``, when it reports a statement."""
    if before <= 0:
        return None
    found = text.rfind(words, 0, before)
    if found < 0:
        return None
    starts = [m.end() for m in SENTENCE_END.finditer(text, 0, found)]
    start = starts[-1] if starts else 0
    end_match = SENTENCE_END.search(text, found)
    sentence = text[start:end_match.start() if end_match else len(text)].strip()
    return sentence if STATEMENT.search(sentence) else None


def explain_statement_days(cm: pd.DataFrame) -> pd.DataFrame:
    """Say why a mention whose carried day was a statement's has no date."""
    if "statement_day" not in cm:
        return cm
    cm = cm.copy()
    undated = cm["statement_day"].fillna(False).astype(bool) & cm["date"].isna() & cm["date_source"].isna()
    cm.loc[undated, "date_source"] = WHY
    return cm
