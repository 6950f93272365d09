"""A contact told as held twice in one clause: "briefed X on Saturday morning and again in the
evening", "met Y once in the morning and again after 10pm", "met Z on Monday and again on
Wednesday". The words after "and again" are a second contact of the same people: on the day
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
