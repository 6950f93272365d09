"""Contacts across the corpus: ``call_mentions`` linked to actors, merged into ``calls``.

Mentions of the same contact (same participants, same or unknown date) merge into one
``calls`` row that keeps every source and every disagreement (two durations, two
channels). Which mentions are one contact is decided in ``identity``, mentions that name
their contact only indirectly ("the call", "the two") are joined in ``linking``; ``order``
comes from :mod:`helpers.calls.order`.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

import pandas as pd

from helpers.calls.statementdays import drop_foreign_days, drop_statement_days, explain_statement_days
from helpers.calls.dating import (align_to_dated_contacts, corpus_anchors, date_by_offset, date_mentions, entry_refs,
                                  reference_days)
from helpers.calls.events import CAMEO, INTENT
from helpers.calls.groups import join_signings, rejoin_listed_calls, split_pair_groups
from helpers.calls.identity import MIN_GROUP, CHANNEL_SPECIFICITY, assign_events, event_keys, join_group_subsets
from helpers.calls.linking import attach_to_group_contacts, dated_by_anaphora, link_anaphora, visits_to_their_meetings
from helpers.calls.order import order_calls, utc_clock
from helpers.calls.parties import PartyResolver
from helpers.calls.variants import person_variants
from helpers.read.entries import day_at, entry_stamps
from helpers.tables import frame_records, is_missing

CALL_MENTION_COLUMNS = [
    "article_id", "sent_idx", "start", "end", "sentence", "event_id", "trigger", "participants", "group",
    "channel", "channel_stated", "visit", "status", "date_expr", "date", "date_approx", "date_source", "background",
    "time_expr", "start_time", "end_time", "timezone", "duration_min", "duration_approx", "relation", "relative_to",
]
CALL_COLUMNS = [
    "event_id", "date", "date_approx", "date_source", "participants", "participants_inferred", "group", "channel",
    "visit", "status", "background", "start_time", "end_time", "timezone", "start_time_utc", "duration_min",
    "duration_approx", "durations_reported", "channels_reported", "statuses_reported",
    "order", "order_note", "cameo", "cameo_label", "n_sources", "article_ids", "outlets",
]
SAME_DAY_ORDER = re.compile(r"\b(immediately|shortly|right|just|minutes) (after|before)\b", re.I)
STATUS_PRIORITY = ["happened", "planned", "expected"]  # "are expected to speak" and "will speak" are one plan


def unhosted_visit(people, group, kind) -> bool:
    """A trip to a country whose host is unknown and that joined no meeting: no contact."""
    return is_missing(group) and sorted(kind(p) or "" for p in people) == ["country", "person"]


def build_call_tables(rows: pd.DataFrame, mentions: pd.DataFrame, articles: pd.DataFrame,
                      actors: pd.DataFrame, gaz) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``(call_mentions, calls)`` from per-article contact rows and the resolved mentions."""
    empty = pd.DataFrame(columns=CALL_MENTION_COLUMNS), pd.DataFrame(columns=CALL_COLUMNS)
    if rows.empty:
        return empty
    spans = defaultdict(list)
    for m in mentions[["article_id", "start", "end", "actor"]].itertuples(index=False):
        spans[m.article_id].append(m)
    resolver = PartyResolver(actors, gaz, articles["date"] if "date" in articles else None)
    cm = rows.copy()
    for column, default in {"visit": False, "channel_stated": False, "background": False, "pair_anaphor": False, "group_size": 0, "told_later": False,
                            "reference": False, "place": None, "occasion": 1}.items():
        if column not in cm:
            cm[column] = default
    present = {a: {m.actor for m in found} for a, found in spans.items()}
    resolved = [resolver.resolve(_actors(a, s, spans, leaders=True), bool(v), present.get(a, set()))
                for a, s, v in zip(cm["article_id"], cm["participant_spans"], cm["visit"])]
    cm["participants"] = [r[0] for r in resolved]
    variant = person_variants({p for r in resolved for p in r[0]}, resolver.kind,
                              {a: float(n or 0) for a, n in zip(actors["actor"], actors["n_mentions"])})
    cm["participants"] = [sorted({variant.get(p, p) for p in people}) for people in cm["participants"]]
    cm["participants_inferred"] = [r[1] for r in resolved]
    cm["relative_to"] = [sorted({variant.get(p, p) for p in _actors(a, s, spans)})
                         for a, s in zip(cm["article_id"], cm["relative_spans"])]
    refs = reference_days(articles)
    entries = entry_refs(articles, refs)
    cm = explain_statement_days(date_mentions(drop_foreign_days(drop_statement_days(cm, articles), articles), refs, entries))
    # a country is no party on its own ("Greece and Turkey met"), except as the one host of a
    # visit ("Blinken will travel to Egypt"; "to Ankara or Athens" names no host)
    parties = [sum(resolver.kind(p) not in {"country", "place"} for p in people) for people in cm["participants"]]
    hosts = [sum(resolver.kind(p) == "country" for p in people) for people in cm["participants"]]
    parties = [n + (h == 1 and bool(v)) for n, h, v in zip(parties, hosts, cm["visit"].fillna(False))]
    complete = parties + cm["group"].notna().astype(int) >= 2
    anaphoric = cm[~complete & cm["definite"].fillna(False).astype(bool)]
    cm = cm[complete].reset_index(drop=True)
    if cm.empty:  # only one-party or anaphoric mentions ("the trip took three hours"): no contact
        return empty
    cm = join_signings(rejoin_listed_calls(split_pair_groups(cm)))
    cm["event_id"] = assign_events(cm)
    anchors = corpus_anchors(cm, refs)
    if anchors != refs:  # undated articles dated by the corpus: resolve their words again
        cm = explain_statement_days(date_mentions(cm, anchors, entries))
        anaphoric = date_mentions(anaphoric, anchors, entries) if len(anaphoric) else anaphoric
        cm["event_id"] = assign_events(cm)
    cm = align_to_dated_contacts(cm, event_keys(cm), anchors)
    cm = date_by_offset(cm, [sorted({variant.get(p, p) for p in _actors(a, s, spans)}) if isinstance(s, list) else []
                             for a, s in zip(cm["article_id"], cm.get("offset_spans", [None] * len(cm)))])
    cm["event_id"] = date_references(cm, assign_events(cm))
    cm["event_id"] = attach_to_group_contacts(cm)
    cm = visits_to_their_meetings(cm, resolver.kind)
    cm = date_from_event(cm)
    named = mentions.groupby(["article_id", "sent_idx"])["actor"].agg(set).to_dict() if len(mentions) else {}
    cm = date_from_event(dated_by_anaphora(pd.concat([cm, link_anaphora(anaphoric, cm, named)], ignore_index=True)))
    cm["event_id"] = join_group_subsets(cm)
    # a trip to a country whose host is unknown, that no meeting or other report joined, is no contact;
    # "the meeting", "the two ministers shook hands" linked to that trip name no host either
    unhosted = pd.Series([unhosted_visit(p, g, resolver.kind) for p, g in zip(cm["participants"], cm["group"])],
                         index=cm.index)
    cm = cm[cm["event_id"].isin(set(cm.loc[~unhosted, "event_id"]))].reset_index(drop=True)
    if cm.empty:  # only such trips: no contact (and no frame to merge)
        return empty
    cm["reported_by_utc"] = reported_by(cm, articles, entries, refs)
    calls = merge_calls(cm, articles)
    calls["reported_by_utc"] = calls["event_id"].map(cm.groupby("event_id")["reported_by_utc"].min())
    # ``order`` is the chronology; the table lists the article's current contacts first and
    # the earlier ones they recall ("since late December", "earlier this week") after them.
    calls = order_calls(calls, cm).sort_values(["background", "order"], kind="stable", ignore_index=True)
    calls["participants"] = with_group_counterpart(calls)
    return cm.reindex(columns=CALL_MENTION_COLUMNS), calls.reindex(columns=CALL_COLUMNS)


def with_group_counterpart(calls: pd.DataFrame) -> list[list[str]]:
    """Participants with the group counterpart's label last ("Clinton telephoned European
    leaders" -> [Bill Clinton, European leaders]): the group is a party of the contact. Done
    after ordering, so that matching contacts by their people never compares labels."""
    return [list(people) + ([group] if isinstance(group, str) and group not in people else [])
            for people, group in zip(calls["participants"], calls["group"])]


def date_references(cm: pd.DataFrame, ids: list[str]) -> list[str]:
    """"Immediately after speaking with Erdogan, Merkel called Mitsotakis": a contact named
    only as an ordering cue, whose people have contacts on several days, is the one on the
    day of the sentence's own contact."""
    known = set(ids)
    days: dict[tuple, set] = defaultdict(set)
    for event, article_id, sent_idx, reference in zip(ids, cm["article_id"], cm["sent_idx"], cm["reference"]):
        if event[:4].isdigit():
            days[(article_id, sent_idx, bool(reference))].add(event[:10])
    result = []
    for event, article_id, sent_idx, reference, sentence in zip(ids, cm["article_id"], cm["sent_idx"], cm["reference"],
                                                                cm["sentence"]):
        other = days.get((article_id, sent_idx, not reference), set())
        if event.startswith("undated ") and len(other) == 1:
            candidate = f"{next(iter(other))} {event.split(' ', 1)[1]}"
            # the cued contact is one of the days its people met; the main one, only when "immediately after"
            if candidate in known if reference else bool(SAME_DAY_ORDER.search(str(sentence))):
                event = candidate
        result.append(event)
    return result


def reported_by(cm: pd.DataFrame, articles: pd.DataFrame, entries: dict, refs: dict) -> list:
    """Minutes UTC of the live-blog entry that reports a contact on the entry's own day ("1715
    GMT - X has left the villa after debriefing Y"): the contact began before then."""
    stamps = {a: entry_stamps(t) for a, t in zip(articles["article_id"], articles["text"]) if isinstance(t, str)}
    found = []
    for article_id, start, date, status in zip(cm["article_id"], cm["start"], cm["date"], cm["status"]):
        page = refs.get(article_id, (None,))[0]
        day = day_at(entries.get(article_id, []), start, page)
        minutes = day_at(stamps.get(article_id, []), start, None)
        same_day = day is not None and pd.notna(day) and pd.notna(date) and pd.Timestamp(date) == day
        found.append(float(minutes) if minutes is not None and same_day and status == "happened" else None)
    return found


def date_from_event(cm: pd.DataFrame) -> pd.DataFrame:
    """An undated mention that joined a dated contact ("the call") takes that day."""
    cm = cm.copy()
    day = pd.to_datetime(cm["event_id"].str.extract(r"^(\d{4}-\d{2}-\d{2}) ")[0], errors="coerce")
    joined = cm["date"].isna() & day.notna()
    cm.loc[joined, "date"] = day[joined]
    cm.loc[joined, "date_source"] = "joined its dated contact"
    if "narrative_date" in cm:
        told = joined & (cm["narrative_date"] == day) & ~cm["event_id"].isin(set(cm.loc[~joined, "event_id"]))
        cm.loc[told, "date_source"] = "the day the article last named"
    return cm


def _actors(article_id: str, spans: list, index: dict, leaders: bool = False) -> list:
    """Actors of the spans, in order; with ``leaders``, (actor, stands-for-its-leader) pairs."""
    found = []
    for span in spans:
        start, end = span[0], span[1]
        actor = next((m.actor for m in index[article_id] if m.start < end and m.end > start), None)
        item = (actor, bool(span[3]) if len(span) > 3 else False) if leaders else actor
        if actor and item not in found:
            found.append(item)
    return found if leaders else sorted(found)


def merge_calls(cm: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """One row per event id, keeping every reported duration, channel and status."""
    label = articles.set_index("article_id")["label"].to_dict()
    events: dict[str, list[dict]] = defaultdict(list)
    for record in frame_records(cm):
        events[record["event_id"]].append(record)
    return pd.DataFrame([merge_event(event_id, part, label) for event_id, part in events.items()])


def merge_event(event_id: str, part: list[dict], label: dict) -> dict:
    """Merge the mentions of one contact."""
    def present(key):
        return [r[key] for r in part if not is_missing(r.get(key))]

    durations = sorted({d for r in part for d in (r.get("durations_reported") or [])} | set(present("duration_min")))
    channels, statuses = Counter(r["channel"] for r in part), Counter(r["status"] for r in part)
    stated = [r["channel"] for r in part if r.get("channel_stated")]
    channel = min(stated or list(channels), key=CHANNEL_SPECIFICITY.index)
    status = min(statuses, key=STATUS_PRIORITY.index)
    code, code_label = INTENT if status != "happened" else CAMEO.get("visit" if any(present("visit")) and channel == "in_person"
                                                                     else channel, CAMEO["unspecified"])
    timed = [r for r in part if not is_missing(r["start_time"])]
    dated = [r for r in part if not is_missing(r["date"])]
    articles = sorted({r["article_id"] for r in part})
    people = part[0]["participants"]
    if any(isinstance(g, str) for g in present("group")) or len(people) >= MIN_GROUP:  # a group contact: everyone any report lists
        people = sorted({p for r in part for p in r["participants"]})
    return {
        "event_id": event_id, "date": _event_day(event_id, dated),
        "date_approx": None if dated else next(iter(present("date_approx")), None),
        "date_source": _best_source(dated) if dated else next(iter(present("date_source")), None),
        "participants": people, "participants_inferred": sorted({n for r in part for n in r.get("participants_inferred") or []}),
        "group": next(iter(present("group")), None), "channel": channel, "visit": any(bool(v) for v in present("visit")),
        "status": status, "background": not dated and any(bool(r.get("background")) for r in part),
        "start_time": timed[0]["start_time"] if timed else None,
        "end_time": timed[0]["end_time"] if timed else None, "timezone": timed[0]["timezone"] if timed else None,
        "start_time_utc": utc_clock(timed[0]["start_time"], timed[0]["timezone"], _event_day(event_id, dated)) if timed else None,
        "duration_min": min(durations) if durations else None,
        "duration_approx": next(iter(present("duration_approx")), None),
        "durations_reported": durations, "channels_reported": sorted(channels),
        "statuses_reported": sorted(statuses, key=STATUS_PRIORITY.index),
        "cameo": code, "cameo_label": code_label, "n_sources": len(articles), "article_ids": articles,
        "outlets": sorted({label.get(a, a) for a in articles}),
    }


def _event_day(event_id: str, dated: list[dict]):
    """The day the contact was assigned (a mention joined to it keeps its own words' day in
    ``call_mentions``), else the earliest its mentions give."""
    day = pd.to_datetime(event_id[:10], format="%Y-%m-%d", errors="coerce")
    return day if pd.notna(day) else (min(r["date"] for r in dated) if dated else pd.NaT)


def _best_source(dated: list[dict]) -> str | None:
    """How the contact's day was found: a mention's own words before a joined dated contact."""
    own = [r["date_source"] for r in dated if isinstance(r.get("date_source"), str) and r["date_source"] != "joined its dated contact"]
    return Counter(own).most_common(1)[0][0] if own else "joined its dated contact"
