"""Contacts across the corpus: ``call_mentions``, merged ``calls``, their order and CAMEO codes.

Mentions of the same contact (same participants, same or unknown date) merge into one
``calls`` row that keeps every source and every disagreement (two durations, two
channels). The order of contacts comes from clock times and from the text's cues ("before
speaking with Biden"), combined across articles in a graph (networkx); the order of
paragraphs is never used, and cues that contradict each other are reported.
"""

from __future__ import annotations

from collections import Counter, defaultdict

import networkx as nx
import pandas as pd

from .rows import frame_records

CALL_MENTION_COLUMNS = [
    "article_id", "sent_idx", "start", "end", "sentence", "event_id", "trigger", "participants", "group",
    "channel", "status", "date_expr", "date", "time_expr", "start_time", "end_time", "timezone",
    "duration_min", "duration_approx", "relation", "relative_to",
]
CALL_COLUMNS = [
    "event_id", "date", "participants", "group", "channel", "status", "start_time", "end_time", "timezone",
    "duration_min", "duration_approx", "durations_reported", "channels_reported", "statuses_reported",
    "order", "order_note", "cameo", "cameo_label", "n_sources", "article_ids", "outlets",
]
# CAMEO codes (Gerner et al.): 036 express intent to meet or negotiate, 040 consult,
# 041 discuss by telephone, 042 make a visit, 043 host a visit.
CAMEO = {"phone": ("041", "discuss by telephone"), "video": ("040", "consult"), "in_person": ("040", "consult"),
         "visit": ("042", "make a visit"), "message": ("040", "consult"), "unspecified": ("040", "consult")}
INTENT = ("036", "express intent to meet or negotiate")
UTC_OFFSET_MIN = {"EST": -300, "EDT": -240, "CST": -360, "CDT": -300, "PST": -480, "PDT": -420, "GMT": 0, "UTC": 0,
                  "BST": 60, "CET": 60, "CEST": 120, "EET": 120, "EEST": 180, "MSK": 180, "IST": 330, "JST": 540}
CHANNEL_SPECIFICITY = ["video", "phone", "visit", "message", "in_person", "unspecified"]


def build_call_tables(rows: pd.DataFrame, mentions: pd.DataFrame, articles: pd.DataFrame,
                      actors: pd.DataFrame, gaz) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``(call_mentions, calls)`` from per-article contact rows and the resolved mentions."""
    if rows.empty:
        return pd.DataFrame(columns=CALL_MENTION_COLUMNS), pd.DataFrame(columns=CALL_COLUMNS)
    spans = defaultdict(list)
    for m in mentions[["article_id", "start", "end", "actor"]].itertuples(index=False):
        spans[m.article_id].append(m)
    info = actors.set_index("actor")[["type", "country"]].to_dict("index")
    cm = rows.copy()
    cm["participants"] = [parties(_actors(a, s, spans), ch, info, gaz)
                          for a, s, ch in zip(cm["article_id"], cm["participant_spans"], cm["channel"])]
    cm["relative_to"] = [_actors(a, s, spans) for a, s in zip(cm["article_id"], cm["relative_spans"])]
    cm["date"] = pd.to_datetime(cm["date"])
    complete = cm["participants"].map(len) + cm["group"].notna().astype(int) >= 2
    anaphoric = cm[~complete & cm["definite"].fillna(False).astype(bool)]
    cm = cm[complete].reset_index(drop=True)
    cm["event_id"] = assign_events(cm)
    cm = pd.concat([cm, link_anaphora(anaphoric, cm)], ignore_index=True)
    calls = merge_calls(cm, articles)
    calls = order_calls(calls, cm)
    return cm.reindex(columns=CALL_MENTION_COLUMNS), calls.reindex(columns=CALL_COLUMNS)


def parties(names: list[str], channel: str, info: dict, gaz) -> list[str]:
    """Participants as canonical actors: a visited capital stands for its country; other
    places are not parties; a country is dropped when one of its people already takes part
    ("Putin and Biden discussed Russia's build-up" is a Putin-Biden contact)."""
    result = []
    for name in names:
        kind, code = info.get(name, {}).get("type"), info.get(name, {}).get("country")
        if kind == "place":
            if channel == "visit" and isinstance(code, str) and code in gaz.countries:
                result.append(gaz.countries[code].name)
            continue
        result.append(name)
    people = [n for n in result if info.get(n, {}).get("type") == "person"]
    people_countries = {info.get(n, {}).get("country") for n in people}
    result = [n for n in result if not (info.get(n, {}).get("type") == "country"
                                        and (len(people) >= 2 or info.get(n, {}).get("country") in people_countries))]
    return sorted(dict.fromkeys(result))


def link_anaphora(anaphoric: pd.DataFrame, cm: pd.DataFrame) -> pd.DataFrame:
    """'The call lasted about an hour': attach a definite mention to the article's contact
    with that participant (or, with none named, the article's most reported contact)."""
    linked = []
    reach = cm.groupby("event_id")["article_id"].nunique().to_dict()
    by_article: dict[str, list[dict]] = defaultdict(list)
    for contact in frame_records(cm[["article_id", "event_id", "participants", "group", "channel"]]):
        by_article[contact["article_id"]].append(contact)
    for row in frame_records(anaphoric):
        if not row["participants"]:
            continue  # "the call" with no one named: too ambiguous in multi-call stories
        wanted = set(row["participants"])
        same = [c for c in by_article.get(row["article_id"], []) if wanted <= set(c["participants"])
                and (row["channel"] == "unspecified" or channel_class(c["channel"]) == channel_class(row["channel"]))]
        if not same:
            continue
        # The contact most outlets report, and the smallest one that fits, is the likeliest "the call".
        target = max(same, key=lambda c: (reach[c["event_id"]], -len(c["participants"]), c["event_id"]))
        linked.append(row | {"event_id": target["event_id"], "participants": target["participants"], "group": target["group"],
                             "channel": target["channel"] if row["channel"] in {"unspecified", "in_person"} else row["channel"]})
    return pd.DataFrame(linked)


def _actors(article_id: str, spans: list, index: dict) -> list[str]:
    found = []
    for start, end, _surface in spans:
        actor = next((m.actor for m in index[article_id] if m.start < end and m.end > start), None)
        if actor and actor not in found:
            found.append(actor)
    return sorted(found)


def assign_events(cm: pd.DataFrame) -> list[str]:
    """Event id per mention: same participants, same kind of channel, same date (an undated
    mention joins the only dated event of its participants, if there is exactly one).

    A phone call and an in-person meeting of the same two people are two contacts.
    """
    keys = [" \u2013 ".join(p) + (f" + {g}" if isinstance(g, str) else "") + f" ({channel_class(c)})"
            for p, g, c in zip(cm["participants"], cm["group"], cm["channel"])]
    dated: dict[str, set] = defaultdict(set)
    for key, date in zip(keys, cm["date"]):
        if pd.notna(date):
            dated[key].add(date)
    ids = []
    for key, date in zip(keys, cm["date"]):
        if pd.isna(date) and len(dated[key]) == 1:
            date = next(iter(dated[key]))
        ids.append(f"{date:%Y-%m-%d} {key}" if pd.notna(date) else f"undated {key}")
    return ids


def channel_class(channel: str) -> str:
    """remote (phone, video, message, unspecified) or in person (meeting, visit)."""
    return "in person" if channel in {"in_person", "visit"} else "remote"


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
        return [r[key] for r in part if not _missing(r[key])]

    durations = sorted(set(present("duration_min")))
    channels, statuses = Counter(r["channel"] for r in part), Counter(r["status"] for r in part)
    channel = min(channels, key=CHANNEL_SPECIFICITY.index)
    status = "happened" if statuses["happened"] else statuses.most_common(1)[0][0]
    code, code_label = INTENT if status != "happened" else CAMEO.get(channel, CAMEO["unspecified"])
    timed = [r for r in part if not _missing(r["start_time"])]
    dates = present("date")
    articles = sorted({r["article_id"] for r in part})
    return {
        "event_id": event_id, "date": min(dates) if dates else pd.NaT, "participants": part[0]["participants"],
        "group": next(iter(present("group")), None), "channel": channel, "status": status,
        "start_time": timed[0]["start_time"] if timed else None,
        "end_time": timed[0]["end_time"] if timed else None, "timezone": timed[0]["timezone"] if timed else None,
        "duration_min": min(durations) if durations else None,
        "duration_approx": next(iter(present("duration_approx")), None),
        "durations_reported": durations, "channels_reported": sorted(channels), "statuses_reported": sorted(statuses),
        "cameo": code, "cameo_label": code_label, "n_sources": len(articles), "article_ids": articles,
        "outlets": sorted({label.get(a, a) for a in articles}),
    }


def order_calls(calls: pd.DataFrame, cm: pd.DataFrame) -> pd.DataFrame:
    """Add ``order`` (1..n) and ``order_note`` from dates, clock times and textual cues."""
    graph = nx.DiGraph()
    graph.add_nodes_from(calls["event_id"])
    notes: dict[str, list[str]] = defaultdict(list)
    for a, b, why in cue_edges(calls, cm) + clock_edges(calls):
        if graph.has_edge(b, a):
            notes[a].append(f"conflicting order with {b} ({why})")
            notes[b].append(f"conflicting order with {a} ({why})")
            continue
        graph.add_edge(a, b, why=why)
    while not nx.is_directed_acyclic_graph(graph):
        cycle = nx.find_cycle(graph)
        for u, v in cycle:
            notes[u].append(f"order cue cycle: {u} before {v}")
        graph.remove_edge(*cycle[0])
    info = calls.set_index("event_id").to_dict("index")
    for event, row in info.items():  # an undated contact ordered against a dated one shares its day
        if _day(row["date"]).startswith("9999"):
            linked = [n for n in [*graph.successors(event), *graph.predecessors(event)] if not _day(info[n]["date"]).startswith("9999")]
            if linked:
                row["day"] = _day(info[linked[0]]["date"])
                notes[event].append(f"day inferred from order cue ({row['day']})")
    position = {e: i + 1 for i, e in enumerate(_stable_within_days(list(graph.nodes), graph, info))}
    calls = calls.copy()
    calls["order"] = calls["event_id"].map(position)
    for e in calls["event_id"]:
        edges = [f"before {v}" for v in graph.successors(e)] + [f"after {u}" for u in graph.predecessors(e)]
        notes[e] = edges + notes[e]
    day_sizes = Counter(info[e].get("day") or _day(info[e]["date"]) for e in info)
    for e in calls["event_id"]:
        if graph.degree(e) == 0 and day_sizes[info[e].get("day") or _day(info[e]["date"])] > 1:
            notes[e].append("no time or cue: position within its day is not known")
    calls["order_note"] = calls["event_id"].map(lambda e: "; ".join(notes[e]) or None)
    return calls.sort_values("order").reset_index(drop=True)


def _stable_within_days(nodes: list[str], graph: nx.DiGraph, info: dict) -> list[str]:
    """Topological order inside each day (cues and clock times), days in calendar order, undated last."""
    days: dict[str, list[str]] = defaultdict(list)
    for e in nodes:
        days[info[e].get("day") or _day(info[e]["date"])].append(e)
    result = []
    for day in sorted(days):
        sub = graph.subgraph(days[day])
        # Contacts the text or a clock places come first; the rest keep corpus support order.
        result += list(nx.lexicographical_topological_sort(
            sub, key=lambda e: (_utc(info[e]), graph.degree(e) == 0, -info[e]["n_sources"], e)))
    return result


def _missing(value) -> bool:
    return value is None or (not isinstance(value, (list, tuple, str)) and pd.isna(value))


def _day(date) -> str:
    return f"{date:%Y-%m-%d}" if pd.notna(date) else "9999-99-99"


def _utc(row) -> float:
    start = row["start_time"]
    if start is None or pd.isna(start):
        return float("inf")
    zone = row["timezone"] if isinstance(row["timezone"], str) else "UTC"
    return start - UTC_OFFSET_MIN.get(zone, 0)


def cue_edges(calls: pd.DataFrame, cm: pd.DataFrame) -> list[tuple[str, str, str]]:
    """Edges (earlier, later, why) from "before/ahead of/after" cues in the text."""
    day_of = dict(zip(calls["event_id"], calls["date"].map(_day)))
    support = dict(zip(calls["event_id"], calls["n_sources"]))
    with_actor: dict[str, set[str]] = defaultdict(set)
    for event, people in zip(calls["event_id"], calls["participants"]):
        for person in people:
            with_actor[person].add(event)
    by_article = {a: part for a, part in cm.groupby("article_id")}
    edges = []
    for row in cm[cm["relation"].notna()].itertuples():
        if row.relative_to:
            other = _contact_with(row, with_actor, day_of, support)
        else:
            other = _contact_named_by_noun(row, by_article[row.article_id])
        if other is not None:
            why = f"{row.article_id}: {row.sentence[:80]}"
            edges.append((row.event_id, other, why) if row.relation == "before" else (other, row.event_id, why))
    return edges


def _contact_with(row, with_actor: dict, day_of: dict, support: dict) -> str | None:
    """The contact a cue names by its people ("before speaking with Biden"): it includes them
    and shares a participant with the cued contact; the same day first, else any day."""
    wanted = set(row.relative_to)
    candidates = set.intersection(*(with_actor.get(p, set()) for p in wanted)) - {row.event_id}
    if len(wanted) == 1:
        candidates &= set().union(*(with_actor.get(p, set()) for p in row.participants))
    same_day = {c for c in candidates if day_of[c] == day_of[row.event_id]}
    pool = same_day or candidates
    return max(pool, key=lambda c: (support[c], c)) if pool else None


def _contact_named_by_noun(row, article_mentions: pd.DataFrame) -> str | None:
    """'after the talks': the article's other contact that shares a participant and whose
    kind matches the noun (talks and meetings are in person; calls are remote)."""
    from .calls import CONTACT_NOUNS

    wanted = channel_class(CONTACT_NOUNS.get(row.relative_noun, "unspecified"))
    cm = article_mentions
    same = cm[(cm["event_id"] != row.event_id)
              & cm["participants"].map(lambda p: bool(set(p) & set(row.participants)))
              & (cm["channel"].map(channel_class) == wanted)]
    return same["event_id"].value_counts().index[0] if len(same) else None


def clock_edges(calls: pd.DataFrame) -> list[tuple[str, str, str]]:
    """Edges between timed contacts of the same day, by start time in UTC."""
    timed = calls[calls["start_time"].notna()]
    edges = []
    for _, day in timed.groupby(timed["date"].map(_day)):
        ordered = sorted(day.itertuples(), key=lambda r: _utc(r._asdict()))
        edges += [(a.event_id, b.event_id, "clock times") for a, b in zip(ordered, ordered[1:])]
    return edges


def export_events(calls: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """GDELT/PLOVER-style event rows: date, actor1, actor2, cameo, status, source URLs."""
    urls = articles.set_index("article_id")["url"]
    rows = []
    for call in calls.itertuples():
        people = list(call.participants) + ([call.group] if isinstance(call.group, str) else [])
        for other in people[1:]:
            rows.append({"date": call.date, "actor1": people[0], "actor2": other, "cameo": call.cameo,
                         "event": call.cameo_label, "channel": call.channel, "status": call.status,
                         "n_sources": call.n_sources, "outlets": ";".join(call.outlets),
                         "source_urls": ";".join(u for u in urls.reindex(call.article_ids).dropna())})
    return pd.DataFrame(rows)
