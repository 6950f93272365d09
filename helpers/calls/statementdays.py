"""A day the article last named that is not the day of the contact after it.

A statement's day:
"On 28 February, the ministry spokesman said at the regular press conference that ... .
Wang also met Swaraj on the sidelines": the narrative day carried into an undated contact
is the day of the briefing, not of the meeting. Such a day is dropped (the contact stays
undated, ``date_source`` says why) when its sentence reports what a spokesman or briefing said
and reports no contact of its own.

Another live-blog entry's day: "1620 GMT  The ministers will meet in Cairo on Wednesday ...
1405 GMT  X met Y in Jeddah": a day named in one entry is no day of the next one.

The day of the contact a cue is ordered against: "X held talks in Doha on Wednesday after
meeting Y in Jeddah" dates the talks, not the earlier meeting with Y.
"""

from __future__ import annotations

import re

import pandas as pd

from helpers.read.entries import ENTRY_HEADER, ENTRY_STAMP

STATEMENT = re.compile(r"\b(spokes(?:wo)?man|spokesperson|press (?:conference|briefing)|news conference|"
                       r"told reporters|told journalists|briefing)\b", re.I)
# "Peskov told reporters on Friday that Putin had held phone calls on Thursday": words that
# name a contact ("calls on Thursday") give the contact's day, not the statement's.
CONTACT_DAY = re.compile(r"^(?:phone |telephone )?(?:calls?|talks|meetings?|conversations?|spoke|met|phoned|called)\b", re.I)
WHY = "no day: the day the article last named is that of a statement, not of this contact"
SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")
SENTENCE_LOOKBACK = 3000  # characters: longer than any sentence a statement is reported in


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
    # only the stretch before the words: scanning from the text's start made a long
    # transcript quadratic in its mentions
    window = max(0, found - SENTENCE_LOOKBACK)
    starts = [m.end() for m in SENTENCE_END.finditer(text, window, found)]
    start = starts[-1] if starts else window
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


# the words just before a contact named as the point another is ordered against: "after
# meeting", "a day after speaking", "after holding talks", "before his call"
ORDER_CUE = re.compile(r"\b(?:after|before|following|ahead of)(?:\s+(?:having\s+)?\w+ing)?(?:\s+(?:his|her|their|the|its))?\s*$",
                       re.I)
CUE_REACH = 40  # characters before a trigger where its ordering word stands


def drop_foreign_days(cm: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Clear the narrative day of a mention named as an ordering cue when its own sentence
    names that day (it is the day of the contact ordered after or before it; a day named in an
    earlier sentence is the story's, and the cue's too) and of one whose day words stand in an
    earlier entry of a live blog. Linear in the mentions."""
    if "narrative_expr" not in cm or cm.empty:
        return cm
    cm = cm.copy()
    texts = dict(zip(articles["article_id"], articles["text"])) if "text" in articles else {}
    references = cm["reference"] if "reference" in cm else pd.Series(False, index=cm.index)
    starts = cm["start"] if "start" in cm else pd.Series(None, index=cm.index)
    column = cm.columns.get_loc("narrative_expr")
    for i, (article_id, words, sentence, reference, start) in enumerate(
            zip(cm["article_id"], cm["narrative_expr"], cm["sentence"], references, starts)):
        text = texts.get(article_id)
        if not isinstance(words, str) or not words or not isinstance(text, str):
            continue
        cue = (reference is True or is_order_cue(text, start)) and words in str(sentence)
        if cue or in_earlier_entry(text, words, str(sentence)):
            cm.iat[i, column] = None
    return cm


def is_order_cue(text: str, start) -> bool:
    """Whether the trigger at ``start`` follows "after", "before" or "ahead of"."""
    if start is None or pd.isna(start):
        return False
    start = int(start)
    return bool(ORDER_CUE.search(text[max(0, start - CUE_REACH):start]))


def in_earlier_entry(text: str, words: str, sentence: str) -> bool:
    """Whether the day words before the sentence stand in another live-blog entry: an entry
    header ("1405 GMT") lies between them and the sentence."""
    if words in sentence:
        return False
    at = text.find(sentence.strip()[:80])
    found = text.rfind(words, 0, at) if at > 0 else -1
    if found < 0:
        return False
    return bool(ENTRY_HEADER.search(text, found, at) or ENTRY_STAMP.search(text, found, at))
