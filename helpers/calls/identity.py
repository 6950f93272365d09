"""Which contact mentions are the same contact: event keys and event ids.

Mentions with the same participants (a group counterpart counted as one party), the same kind
of channel (remote or in person) and the same day share an event id; an undated mention joins
the only dated contact of its participants (else the only one its own article dates, else the
only one of the channel it states), a vaguely dated one the only one inside its span.
"""

from __future__ import annotations

from collections import defaultdict

import pandas as pd

from helpers.calls.triggers import channel_class

CHANNEL_SPECIFICITY = ["video", "phone", "message", "in_person", "unspecified"]  # a contact's channel: its most specific stated one

def event_key(participants: list[str], group, channel: str) -> str:
    """Participants, a group counterpart ("world leaders", "transatlantic leaders": one
    label for any group) and the kind of channel (remote or in person)."""
    return " \u2013 ".join(participants) + (" + group" if isinstance(group, str) else "") + f" ({channel_class(channel)})"


def event_keys(cm: pd.DataFrame) -> list[str]:
    """Event keys; a mention whose channel the text does not state ("the Biden-Putin
    talks", "spoke with") takes the only channel kind stated for the same people."""
    people = [event_key(p, g, "") .rsplit(" (", 1)[0] for p, g in zip(cm["participants"], cm["group"])]
    kinds = [channel_class(c) for c in cm["channel"]]
    stated: dict[str, set] = defaultdict(set)
    for who, kind, said, past in zip(people, kinds, cm["channel_stated"], cm["background"]):
        if said and not past:  # "had spoken by phone in May" says nothing of today's channel
            stated[who].add(kind)
    keys = []
    for who, kind, said in zip(people, kinds, cm["channel_stated"]):
        if not said and kind not in stated[who] and len(stated[who]) == 1:
            kind = next(iter(stated[who]))
        keys.append(f"{who} ({kind})")
    return keys


def assign_events(cm: pd.DataFrame) -> list[str]:
    """Event id per mention: same participants, same kind of channel, same date.

    An undated mention joins the only dated event of its participants, a vaguely dated one
    ("last week") the only one inside its span; an earlier contact ("when they met in June",
    "since late December") otherwise keeps its own approximate span. A phone call and a meeting of the same two
    people are two contacts.
    """
    keys = event_keys(cm)
    dated: dict[str, set] = defaultdict(set)
    narrated: dict[str, set] = defaultdict(set)  # undated current contacts: the day the article was at
    spans: dict[str, list[str]] = defaultdict(list)
    told = cm["narrative_date"] if "narrative_date" in cm else pd.Series(pd.NaT, index=cm.index)
    current = (cm["status"] == "happened") & ~_cue_of_another_contact(cm)
    own: dict[tuple, set] = defaultdict(set)  # (article, key, status) -> the days that article gives them
    said: dict[tuple, set] = defaultdict(set)  # (key, day) -> the channels its reports state
    rows = list(zip(keys, cm["date"], cm["date_approx"], cm["background"], told, current, cm["article_id"], cm["status"]))
    for (key, date, approx, past, narrative, now, article, status), channel, stated in zip(rows, cm["channel"],
                                                                                         cm["channel_stated"]):
        if pd.notna(date) and not past:
            dated[key].add(date)
            own[(article, key, status)].add(date)
            if stated:
                said[(key, date)].add(channel)
        elif isinstance(approx, str) and approx not in spans[key]:
            spans[key].append(approx)
        elif now and not past and pd.notna(narrative):
            narrated[key].add(narrative)
    ids = []
    for (key, date, approx, past, narrative, now, article, status), channel, stated in zip(rows, cm["channel"],
                                                                                         cm["channel_stated"]):
        mine = own.get((article, key, status), set())
        # "Tinubu had spoken by phone with Faki": of a phone call and a video conference of theirs, the call
        same_channel = [d for d in dated[key] if stated and _channel_of(said[(key, d)]) == channel]
        if pd.notna(date):
            ids.append(f"{date:%Y-%m-%d} {key}")
        elif isinstance(approx, str) and len(inside := _days_within(approx, dated[key])) == 1:
            ids.append(f"{inside[0]:%Y-%m-%d} {key}")  # "spoke with Wang last week": the one dated call that week
        elif isinstance(approx, str):
            ids.append(f"~{_first_overlap(approx, spans[key])} {key}")
        elif past:
            ids.append(f"earlier {key}")
        elif len(dated[key]) == 1:
            ids.append(f"{next(iter(dated[key])):%Y-%m-%d} {key}")
        elif len(mine) == 1:  # "X phoned Y on Thursday and talked to him for 40 minutes": the article's own dated contact
            ids.append(f"{next(iter(mine)):%Y-%m-%d} {key}")
        elif not past and len(same_channel) == 1:
            ids.append(f"{same_channel[0]:%Y-%m-%d} {key}")
        elif not dated[key] and len(spans[key]) == 1:
            ids.append(f"~{spans[key][0]} {key}")
        elif not dated[key] and len(narrated[key]) == 1:  # "Speaking after talks with X, ...": the day the article is at
            ids.append(f"{next(iter(narrated[key])):%Y-%m-%d} {key}")
        elif now and pd.notna(narrative) and not dated[key]:
            ids.append(f"{narrative:%Y-%m-%d} {key}")
        else:
            ids.append(f"undated {key}")
    return ids


def _channel_of(stated: set) -> str | None:
    return min(stated, key=CHANNEL_SPECIFICITY.index) if stated else None


def _cue_of_another_contact(cm: pd.DataFrame) -> pd.Series:
    """Mentions named only as the ordering cue of another contact of their sentence ("After
    the talks, X called Y"); "Speaking after talks with X, Y said" has no other contact."""
    reference = cm["reference"].fillna(False).astype(bool)
    main = set(zip(cm.loc[~reference, "article_id"], cm.loc[~reference, "sent_idx"]))
    return reference & pd.Series([k in main for k in zip(cm["article_id"], cm["sent_idx"])], index=cm.index)


def _days_within(span: str, days: set) -> list:
    low, high = (pd.Timestamp(x) for x in span.split("/"))
    return sorted(d for d in days if low <= d <= high)


def _first_overlap(span: str, known: list[str]) -> str:
    """The first known span that overlaps this one ("earlier this week" in two articles)."""
    low, high = span.split("/")
    return next((k for k in known if k.split("/")[0] <= high and low <= k.split("/")[1]), span)
