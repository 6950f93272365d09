"""A contact told as held twice in one clause: "briefed X on Saturday morning and again in the
evening", "met Y once in the morning and again after 10pm", "met Z on Monday and again on
Wednesday", "met Z on Monday and saw him again on Wednesday". The words after "and again" are a second contact of the same people: on the day
they name, else on the first one's day (a later time of that day: ``occasion`` 2, which
``identity`` never merges with the first).
"""

from __future__ import annotations

from spacy.tokens import Token

from helpers.calls.dates import names_a_fixed_day

CLOCK_FIELDS = ["time_expr", "start_time", "end_time", "timezone", "duration_min", "duration_approx"]


def again_words(verb: Token) -> str | None:
    """The time words of "and again <time>" hanging on the contact's verb, or None."""
    for again in (t for t in verb.subtree if t.lower_ == "again" and t.dep_ == "conj"):
        first = again.head  # "on Saturday morning" ... "again": a second time joined to the first
        if first.dep_ not in {"prep", "advmod"} or first.head.i != verb.i:
            continue
        if again.i == 0 or again.doc[again.i - 1].lower_ != "and":
            continue
        phrase = [t for c in again.children if c.dep_ == "prep" for t in c.subtree]
        following = again.doc[again.i + 1] if again.i + 1 < len(again.doc) else None
        if not phrase and following is not None and following.dep_ == "prep" and following.head.i == verb.i:
            phrase = list(following.subtree)  # "on Monday and again on Wednesday": the parser hangs it on the verb
        if phrase:
            return again.doc[phrase[0].i:phrase[-1].i + 1].text
    return repeated_verb_words(verb)


# "met X on Tuesday and saw him again on Wednesday": a second verb of the same contact
REPEAT_VERBS = {"see", "meet", "call", "phone", "telephone", "ring", "speak", "talk", "receive", "host", "visit"}


def repeated_verb_words(verb: Token) -> str | None:
    """The day words of a verb conjoined to the contact's that repeats it with "again" and no
    new subject or person ("met X on Tuesday and saw him again on Wednesday morning"), or None."""
    for second in verb.children:
        if second.dep_ != "conj" or second.lemma_.lower() not in REPEAT_VERBS \
                or not any(c.lower_ == "again" for c in second.children) \
                or any(c.dep_ in {"nsubj", "nsubjpass"} for c in second.children):
            continue
        people = [c for c in second.children if c.dep_ == "dobj"] + \
            [g for c in second.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj" and g.ent_type_ != "DATE"
             and g.ent_type_ != "TIME"]
        if any(p.pos_ != "PRON" for p in people):
            continue  # "and saw Z again on Wednesday": another person's contact
        for prep in (c for c in second.children if c.dep_ == "prep"):
            words = prep.doc[prep.left_edge.i:prep.right_edge.i + 1].text
            if names_a_fixed_day(words):
                return words
    return None


def second_occasions(rows: list[dict], words: str | None) -> list[dict]:
    """A second row for each current contact row when the clause says "and again <words>"."""
    if not words:
        return []
    found = []
    for row in rows:
        if row.get("background") or row.get("status") != "happened":
            continue
        own_day = names_a_fixed_day(words)  # "and again on Wednesday": its day tells it apart, and other reports join it
        found.append(row | {"occasion": 1 if own_day else 2, "date_expr": words if own_day else row.get("date_expr"),
                            **dict.fromkeys(CLOCK_FIELDS), "durations_reported": []})
    return found
