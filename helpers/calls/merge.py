"""Contacts across the corpus: ``call_mentions`` linked to actors, merged into ``calls``.

Mentions of the same contact (same participants, same or unknown date) merge into one
``calls`` row that keeps every source and every disagreement (two durations, two
channels); ``order`` comes from :mod:`helpers.calls.order`.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

import pandas as pd

from helpers.calls.dating import align_to_dated_contacts, corpus_anchors, date_by_offset, date_mentions, reference_days
from helpers.calls.events import CAMEO, INTENT
from helpers.calls.groups import split_pair_groups
from helpers.calls.mentions import channel_class
from helpers.calls.order import order_calls, utc_clock
from helpers.calls.parties import PartyResolver
from helpers.calls.variants import person_variants
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
CHANNEL_SPECIFICITY = ["video", "phone", "message", "in_person", "unspecified"]
STATUS_PRIORITY = ["happened", "planned", "expected"]  # "are expected to speak" and "will speak" are one plan


def build_call_tables(rows: pd.DataFrame, mentions: pd.DataFrame, articles: pd.DataFrame,
                      actors: pd.DataFrame, gaz) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``(call_mentions, calls)`` from per-article contact rows and the resolved mentions."""
    empty = pd.DataFrame(columns=CALL_MENTION_COLUMNS), pd.DataFrame(columns=CALL_COLUMNS)
    if rows.empty:
        return empty
    spans = defaultdict(list)
    for m in mentions[["article_id", "start", "end", "actor"]].itertuples(index=False):
        spans[m.article_id].append(m)
    resolver = PartyResolver(actors, gaz)
    cm = rows.copy()
    for column, default in {"visit": False, "channel_stated": False, "background": False, "pair_anaphor": False,
                            "reference": False, "place": None}.items():
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
    cm = date_mentions(cm, refs)
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
    cm = split_pair_groups(cm)
    cm["event_id"] = assign_events(cm)
    anchors = corpus_anchors(cm, refs)
    if anchors != refs:  # undated articles dated by the corpus: resolve their words again
        cm = date_mentions(cm, anchors)
        anaphoric = date_mentions(anaphoric, anchors) if len(anaphoric) else anaphoric
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
    calls = merge_calls(cm, articles)
    # ``order`` is the chronology; the table lists the article's current contacts first and
    # the earlier ones they recall ("since late December", "earlier this week") after them.
    calls = order_calls(calls, cm).sort_values(["background", "order"], kind="stable", ignore_index=True)
    return cm.reindex(columns=CALL_MENTION_COLUMNS), calls.reindex(columns=CALL_COLUMNS)


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


def attach_to_group_contacts(cm: pd.DataFrame) -> list[str]:
    """"In addition to Biden, the call included the leaders of Canada, France, ...": an
    undated definite mention that lists the named party of the article's contact with a
    group ("a video call with world leaders") and more is that contact, not a new one."""
    groups: dict[str, list[tuple]] = defaultdict(list)
    for article_id, event, people, group, channel in zip(cm["article_id"], cm["event_id"], cm["participants"],
                                                          cm["group"], cm["channel"]):
        if isinstance(group, str):
            groups[article_id].append((event, set(people), channel_class(channel)))
    ids = list(cm["event_id"])
    for i, row in enumerate(frame_records(cm[["article_id", "participants", "group", "definite", "date", "channel"]])):
        if isinstance(row["group"], str) or not row["definite"] or pd.notna(row["date"]) or len(row["participants"]) < 3:
            continue
        fits = [e for e, people, kind in groups.get(row["article_id"], [])
                if people < set(row["participants"]) and kind == channel_class(row["channel"])]
        if len(set(fits)) == 1:
            ids[i] = fits[0]
    return ids


def dated_by_anaphora(cm: pd.DataFrame) -> pd.DataFrame:
    """An undated contact that exactly one dated anaphoric mention names takes that mention's day."""
    if "dates_event" not in cm:
        return cm
    names: dict[str, set] = defaultdict(set)
    for undated, event in zip(cm["dates_event"], cm["event_id"]):
        if isinstance(undated, str):
            names[undated].add(event)
    cm = cm.drop(columns="dates_event")
    rename = {old: next(iter(new)) for old, new in names.items() if len(new) == 1}
    cm["event_id"] = cm["event_id"].map(lambda e: rename.get(e, e))
    return cm


def visits_to_their_meetings(cm: pd.DataFrame, kind) -> pd.DataFrame:
    """"X arrived in Doha (and held talks with Y)": a visit of one person to a country whose
    host is not known is the visitor's one in-person meeting with a person that day (in the
    article when the visit is undated), not a contact of its own."""
    meetings: dict[tuple, set] = defaultdict(set)
    people_of = dict(zip(cm["event_id"], cm["participants"]))
    days = [e[:10] if e[:4].isdigit() else None for e in cm["event_id"]]  # the day assigned, also from the story's day
    for event, people, channel, day, article in zip(cm["event_id"], cm["participants"], cm["channel"], days,
                                                    cm["article_id"]):
        if channel_class(channel) == "in person" and len(people) == 2 and all(kind(p) == "person" for p in people):
            for person in people:
                meetings[(person, day)].add(event)
                meetings[(person, article)].add(event)
    ids, parties = list(cm["event_id"]), list(cm["participants"])
    for i, (people, visit, day, article) in enumerate(zip(cm["participants"], cm["visit"], days, cm["article_id"])):
        kinds = sorted(kind(p) or "" for p in people)
        if not visit or kinds != ["country", "person"]:
            continue
        person = next(p for p in people if kind(p) == "person")
        fits = meetings.get((person, day), set()) if day else meetings.get((person, article), set())
        if len(fits) == 1:
            ids[i] = next(iter(fits))
            parties[i] = people_of[ids[i]]
    cm = cm.copy()
    cm["event_id"], cm["participants"] = ids, parties
    return cm


def link_anaphora(anaphoric: pd.DataFrame, cm: pd.DataFrame, named: dict) -> pd.DataFrame:
    """'The call lasted about an hour': attach a definite mention to the article's contact
    with that participant; "the two spoke for nearly two hours, Macron's office said" to
    the last pair named before it that includes someone the sentence names (Macron)."""
    linked = []
    reach = cm.groupby("event_id")["article_id"].nunique().to_dict()
    by_article: dict[str, list[dict]] = defaultdict(list)
    for contact in frame_records(cm[["article_id", "event_id", "participants", "group", "channel", "start", "background",
                                     "sent_idx", "date", "status", "place"]]):
        by_article[contact["article_id"]].append(contact)
    for row in frame_records(anaphoric):
        # "meet in Berlin on Monday" is not the call of Friday, whoever takes part
        every = by_article.get(row["article_id"], [])
        contacts = [c for c in every if is_missing(row.get("date")) or is_missing(c["date"]) or c["date"] == row["date"]]
        if not row["participants"] and row.get("pair_anaphor"):
            # "The two leaders had met at the G20 summit on Nov. 11": the pair is named whatever the day
            earlier = [c for c in every if c["start"] < row["start"] and len(c["participants"]) == 2 and not c["background"]]
            earlier = [c for c in earlier if channel_class(c["channel"]) == channel_class(row["channel"])] or earlier
            earlier = [c for c in earlier if c["status"] == row["status"]] or earlier  # "had met": a pair that did meet
            here = named.get((row["article_id"], row["sent_idx"]), set())
            earlier = [c for c in earlier if here & set(c["participants"])] or earlier
            # "Before meeting Y in Ankara, X held talks with Z in Athens. In Ankara, the two ministers met ...": X and Y
            earlier = [c for c in earlier if isinstance(row.get("place"), str) and c["place"] == row["place"]] or earlier
            if not earlier:
                continue
            same = [max(earlier, key=lambda c: c["start"])]
        elif not row["participants"]:
            same = [c for c in [bare_reference(row, contacts)] if c]
        else:
            wanted = set(row["participants"])
            same = [c for c in contacts if wanted <= set(c["participants"]) and not c["background"]
                    and (row["channel"] == "unspecified" or channel_class(c["channel"]) == channel_class(row["channel"]))
                    and (row["status"] != "happened" or c["status"] == "happened")]  # "briefed on the conference" is no plan
        if not same:
            continue
        # The contact most outlets report, and the smallest one that fits, is the likeliest "the call".
        target = max(same, key=lambda c: (reach[c["event_id"]], -len(c["participants"]), c["event_id"]))
        if not is_missing(row.get("date")) and (is_missing(target["date"]) or target["date"] != row["date"]):
            # the pair's own contact on another day ("they had met on Nov. 11"), or the day of an undated
            # contact ("In the phone talks on Thursday, X briefed ..."): an event of that day
            key = event_key(target["participants"], target["group"], row["channel"])
            linked.append(row | {"event_id": f"{row['date']:%Y-%m-%d} {key}", "participants": target["participants"],
                                 "dates_event": target["event_id"] if str(target["event_id"]).startswith("undated ") else None})
            continue
        linked.append(row | {"event_id": target["event_id"], "participants": target["participants"], "group": target["group"],
                             "channel": target["channel"] if row["channel"] in {"unspecified", "in_person"} else row["channel"]})
    return pd.DataFrame(linked)


def bare_reference(row: dict, contacts: list[dict]) -> dict | None:
    """The contact a bare "the call" / "the talks" names: one reported in the same or the
    sentence before ("... he called Zelensky. The call lasted 30 minutes."), else the
    contact the article is about (reported more often than any other), else none."""
    current = [c for c in contacts if not c["background"]
               and (row["channel"] == "unspecified" or channel_class(c["channel"]) == channel_class(row["channel"]))]
    near = [c for c in current if row["sent_idx"] - 1 <= c["sent_idx"] <= row["sent_idx"] and c["start"] < row["start"]]
    if near:
        return max(near, key=lambda c: c["start"])
    counts = Counter(c["event_id"] for c in current).most_common(2)
    if counts and counts[0][1] >= 2 and (len(counts) == 1 or counts[0][1] > counts[1][1]):
        return next(c for c in current if c["event_id"] == counts[0][0])
    return None


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
    for key, date, approx, past, narrative, now in zip(keys, cm["date"], cm["date_approx"], cm["background"], told, current):
        if pd.notna(date) and not past:
            dated[key].add(date)
        elif isinstance(approx, str) and approx not in spans[key]:
            spans[key].append(approx)
        elif now and not past and pd.notna(narrative):
            narrated[key].add(narrative)
    ids = []
    for key, date, approx, past, narrative, now in zip(keys, cm["date"], cm["date_approx"], cm["background"], told, current):
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
        elif not dated[key] and len(spans[key]) == 1:
            ids.append(f"~{spans[key][0]} {key}")
        elif not dated[key] and len(narrated[key]) == 1:  # "Speaking after talks with X, ...": the day the article is at
            ids.append(f"{next(iter(narrated[key])):%Y-%m-%d} {key}")
        elif now and pd.notna(narrative) and not dated[key]:
            ids.append(f"{narrative:%Y-%m-%d} {key}")
        else:
            ids.append(f"undated {key}")
    return ids


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
    if any(isinstance(g, str) for g in present("group")):  # a group contact: everyone any report lists
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
        "start_time_utc": utc_clock(timed[0]["start_time"], timed[0]["timezone"]) if timed else None,
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
