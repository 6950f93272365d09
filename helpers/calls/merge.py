"""Contacts across the corpus: ``call_mentions`` linked to actors, merged into ``calls``.

Mentions of the same contact (same participants, same or unknown date) merge into one
``calls`` row that keeps every source and every disagreement (two durations, two
channels); ``order`` comes from :mod:`helpers.calls.order`.
"""

from __future__ import annotations

from collections import Counter, defaultdict

import pandas as pd

from helpers.calls.events import CAMEO, INTENT
from helpers.calls.mentions import channel_class
from helpers.calls.order import order_calls
from helpers.tables import frame_records, is_missing

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
CHANNEL_SPECIFICITY = ["video", "phone", "visit", "message", "in_person", "unspecified"]


def build_call_tables(rows: pd.DataFrame, mentions: pd.DataFrame, articles: pd.DataFrame,
                      actors: pd.DataFrame, gaz) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``(call_mentions, calls)`` from per-article contact rows and the resolved mentions."""
    empty = pd.DataFrame(columns=CALL_MENTION_COLUMNS), pd.DataFrame(columns=CALL_COLUMNS)
    if rows.empty:
        return empty
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
    if cm.empty:  # only one-party or anaphoric mentions ("the trip took three hours"): no contact
        return empty
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
        return [r[key] for r in part if not is_missing(r[key])]

    durations = sorted(set(present("duration_min")))
    channels, statuses = Counter(r["channel"] for r in part), Counter(r["status"] for r in part)
    channel = min(channels, key=CHANNEL_SPECIFICITY.index)
    status = "happened" if statuses["happened"] else statuses.most_common(1)[0][0]
    code, code_label = INTENT if status != "happened" else CAMEO.get(channel, CAMEO["unspecified"])
    timed = [r for r in part if not is_missing(r["start_time"])]
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
