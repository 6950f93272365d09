"""Contacts with a pair counterpart ("X spoke to both foreign ministers", "the two leaders"),
summaries of one person's separate contacts, and lists split by default that another report
names as one call of them all.

A mention that names one party and gives the other as a pair ("Guterres, who spoke to both
foreign ministers on Tuesday"; "the chancellor spoke to both leaders on Monday") reports the
party's two one-to-one contacts the corpus names elsewhere, not a contact with a group: it is
split into those two contacts. Linear: one pass to collect the two-party contacts, one to split.
"""

from __future__ import annotations

import re
from collections import defaultdict

import pandas as pd

from helpers.calls.triggers import channel_class
from helpers.tables import is_missing

PAIR_GROUP = re.compile(r"^(?:both|the two|two)\b", re.I)  # "both foreign ministers", "the two leaders"
NEAR_DAYS = 7  # a guessed article date may put the pair's day a few days off


def split_pair_groups(cm: pd.DataFrame) -> pd.DataFrame:
    """Replace each one-party mention with a pair group by one mention per counterpart,
    when the corpus names exactly two one-to-one contacts of that party with the same kind
    of channel (on its day or undated, else within a week); other rows are left as they are."""
    if cm.empty or "group" not in cm:
        return cm
    cm = split_summaries(cm)
    pairs: dict[str, list[tuple]] = defaultdict(list)  # party -> (counterpart, day, channel class)
    for people, group, channel, date in zip(cm["participants"], cm["group"], cm["channel"], cm["date"]):
        if len(people) == 2 and is_missing(group):
            for one, other in (people, people[::-1]):
                pairs[one].append((other, date, channel_class(channel)))
    order, people, groups = [], [], []
    for i, row in enumerate(cm[["participants", "group", "channel", "date"]].to_dict("records")):
        counterparts = _pair_of(row, pairs) if _is_pair_group(row) else None
        for other in counterparts or [None]:
            order.append(i)
            people.append(sorted([row["participants"][0], other]) if other else row["participants"])
            groups.append(None if other else row["group"])
    if len(order) == len(cm):
        return cm
    split = cm.iloc[order].reset_index(drop=True)  # positions repeated: the columns keep their types
    split["participants"], split["group"] = people, groups
    return split


def _is_pair_group(row: dict) -> bool:
    return len(row["participants"]) == 1 and isinstance(row.get("group"), str) and bool(PAIR_GROUP.match(row["group"]))


def _pair_of(row: dict, pairs: dict[str, list[tuple]]) -> list[str] | None:
    """The two counterparts the party's one-to-one contacts name, or None."""
    known = [p for p in pairs.get(row["participants"][0], []) if p[2] == channel_class(row["channel"])]
    day = row.get("date")
    same_day = {o for o, d, _ in known if is_missing(day) or is_missing(d) or d == day}
    if len(same_day) == 2:
        return sorted(same_day)
    near = {o for o, d, _ in known if is_missing(day) or is_missing(d) or abs((d - day).days) <= NEAR_DAYS}
    return sorted(near) if len(near) == 2 else None


def split_summaries(cm: pd.DataFrame) -> pd.DataFrame:
    """"Deby, who met Tchiani and Bazoum in Niamey on Sunday, ...": a mention of three or more
    people is a summary of one person's separate contacts when the corpus reports that
    person's one-to-one contact with every other of them on that day (or undated) and with the
    same kind of channel; it is split into those contacts. A meeting of all, reported with
    one-to-one talks of only some of them (or with one-to-one plans), stays one contact."""
    if "participants" not in cm or cm.empty:
        return cm
    bilateral: set[tuple] = set()  # (one, other, day, channel class)
    statuses = cm["status"] if "status" in cm else pd.Series("happened", index=cm.index)
    for people, group, channel, date, status in zip(cm["participants"], cm["group"], cm["channel"], cm["date"], statuses):
        # a one-to-one only planned ("is expected to see Y") tells nothing of how a meeting went
        if len(people) == 2 and is_missing(group) and status == "happened":
            day = None if is_missing(date) else date
            for one, other in (people, people[::-1]):
                bilateral.add((one, other, day, channel_class(channel)))
    order, people = [], []
    for i, (party, group, channel, date) in enumerate(zip(cm["participants"], cm["group"], cm["channel"], cm["date"])):
        hub = _hub(party, None if is_missing(date) else date, channel_class(channel), bilateral) \
            if len(party) >= 3 and is_missing(group) else None
        for other in [p for p in party if p != hub] if hub else [None]:
            order.append(i)
            people.append(sorted([hub, other]) if hub else party)
    if len(order) == len(cm):
        return cm
    split = cm.iloc[order].reset_index(drop=True)
    split["participants"] = people
    return split


def _hub(party: list[str], day, kind: str, bilateral: set[tuple]) -> str | None:
    """The one person of ``party`` with a one-to-one contact with each of the others, or None."""
    def reported(one: str, other: str) -> bool:
        return (one, other, day, kind) in bilateral or (day is not None and (one, other, None, kind) in bilateral)
    hubs = [p for p in party if all(reported(p, o) for o in party if o != p)]
    return hubs[0] if len(hubs) == 1 else None



def rejoin_listed_calls(cm: pd.DataFrame) -> pd.DataFrame:
    """"Biden will speak to the leaders of France, Germany and Britain", split by default into
    three calls, is the one call of the four that another report names on that day with the
    same kind of channel ("Biden spoke with Macron, Scholz and Sunak. The four leaders agreed
    ..."): the split rows become one row of all of them again. A list split because the text
    said "separately" or "then" is never joined."""
    if cm.empty or "split_by_default" not in cm:
        return cm
    records = cm[["article_id", "sent_idx", "start", "participants", "channel", "date", "background",
                  "split_by_default"]].to_dict("records")
    groups = {(frozenset(r["participants"]), _day(r["date"]), channel_class(r["channel"]))
              for r in records if len(r["participants"]) >= 3 and r["split_by_default"] is not True}
    splits: dict[tuple, list[int]] = defaultdict(list)
    for i, r in enumerate(records):
        if r["split_by_default"] is True and not r["background"] and len(r["participants"]) == 2:
            splits[(r["article_id"], r["sent_idx"], r["start"])].append(i)
    keep, joined = list(range(len(cm))), {}
    for rows in (rows for rows in splits.values() if len(rows) >= 2):
        people = frozenset(p for i in rows for p in records[i]["participants"])
        first = records[rows[0]]
        if (people, _day(first["date"]), channel_class(first["channel"])) in groups:
            joined[rows[0]] = sorted(people)
            keep = [i for i in keep if i not in rows[1:]]
    if not joined:
        return cm
    cm = cm.copy()
    cm["participants"] = [joined.get(i, p) for i, p in enumerate(cm["participants"])]
    return cm.iloc[keep].reset_index(drop=True)


def _day(date):
    return None if is_missing(date) else pd.Timestamp(date).normalize()


SIGNING_TRIGGER = re.compile(r"^(?:sign|initial)", re.I)  # "signed", "initialled"


def join_signings(cm: pd.DataFrame) -> pd.DataFrame:
    """"A and B signed two agreements at the White House" beside "signed on Sunday night by B, A
    and C": signings of one day whose signers are all among a larger signing's are that one
    ceremony, with all its signers."""
    if cm.empty or "trigger" not in cm:
        return cm
    signing = [bool(SIGNING_TRIGGER.match(str(t))) and not is_missing(d) for t, d in zip(cm["trigger"], cm["date"])]
    signers = [(set(p), _day(d)) for p, d, s in zip(cm["participants"], cm["date"], signing) if s]
    people = []
    for party, date, is_signing in zip(cm["participants"], cm["date"], signing):
        wider = [p for p, d in signers if is_signing and d == _day(date) and set(party) < p]
        widest = [p for p in wider if not any(p < q for q in wider)]
        people.append(sorted(widest[0]) if len(widest) == 1 else party)
    cm = cm.copy()
    cm["participants"] = people
    return cm
