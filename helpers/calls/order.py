"""The order of contacts: clock times (compared in UTC) and the text's cues ("before speaking
with Biden", "after the call"), combined across articles in a graph (networkx). The order of
paragraphs is never used; cues that contradict each other are reported in ``order_note``.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from datetime import datetime
from zoneinfo import ZoneInfo

import networkx as nx
import pandas as pd

from helpers.calls.dayparts import UNKNOWN_PART, event_parts
from helpers.calls.facts import CONTACT_NOUNS
from helpers.calls.triggers import channel_class
from helpers.numbers.times import CITY_ZONES, ZONE_OFFSETS
from helpers.tables import frame_records

SAME_DAY_CUE = re.compile(r"\s*(earlier|later)\b(?! this (week|month|year))", re.I)
CLOCK_COLUMNS = ["event_id", "date", "start_time", "timezone", "reported_by_utc"]  # what clock_edges reads


def utc_offset(zone, date=None) -> int | None:
    """Minutes east of UTC for "EST", "UTC+3", "GMT-5" or "Moscow time" (the city's IANA zone
    on ``date``, so summer time counts; its winter offset without a date); None if unknown."""
    if not isinstance(zone, str) or not zone.strip():
        return None
    text = zone.strip()
    if text.upper() in ZONE_OFFSETS:
        return round(ZONE_OFFSETS[text.upper()] * 60)
    match = re.fullmatch(r"(?:UTC|GMT)\s*([+\-−])\s*(\d{1,2})(?::?(\d\d))?", text, re.I)
    if match:
        sign = -1 if match[1] in "-−" else 1
        return sign * (int(match[2]) * 60 + int(match[3] or 0))
    city = re.sub(r"\s+time$", "", text.lower())
    if city not in CITY_ZONES:
        return None
    day = pd.Timestamp(date) if date is not None and pd.notna(date) else pd.Timestamp("2001-01-15")
    noon = datetime(day.year, day.month, day.day, 12, tzinfo=ZoneInfo(CITY_ZONES[city]))
    return round(noon.utcoffset().total_seconds() / 60)


def utc_clock(start, zone, date=None) -> str | None:
    """'16:04' for a local start of 664 minutes (11:04) EST; None without a known zone."""
    offset = utc_offset(zone, date)
    if start is None or pd.isna(start) or offset is None:
        return None
    minutes = int(start - offset) % (24 * 60)
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


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
        linked = [n for n in [*graph.successors(event), *graph.predecessors(event)] if not _day(info[n]["date"]).startswith("9999")]
        if _day(row["date"]).startswith("9999") and isinstance(row.get("date_approx"), str):
            # "this week" and "a day after speaking to Modi": the cued contact's day if the span holds it,
            # else the span's first day ("earlier this week")
            low, high = row["date_approx"].split("/")[0], row["date_approx"].split("/")[-1]
            inside = [_day(info[n]["date"]) for n in linked if low <= _day(info[n]["date"]) <= high]
            row["day"] = inside[0] if inside else low
        elif _day(row["date"]).startswith("9999"):
            if linked:
                row["day"] = _day(info[linked[0]]["date"])
                notes[event].append(f"day inferred from order cue ({row['day']})")
    parts = event_parts(cm) if "date_expr" in cm and "sentence" in cm else {}
    for event, row in info.items():  # "on Sunday night" after "early on Sunday", when no clock or cue tells
        row["part"] = parts.get(event, UNKNOWN_PART)
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
        # Contacts the text or a clock places come first; the rest by the part of the day their words
        # name, then in corpus support order.
        result += list(nx.lexicographical_topological_sort(
            sub, key=lambda e: (_utc(info[e]), info[e].get("part", UNKNOWN_PART), graph.degree(e) == 0,
                                -info[e]["n_sources"], e)))
    return result


def _day(date) -> str:
    return f"{date:%Y-%m-%d}" if pd.notna(date) else "9999-99-99"


def _utc(row) -> float:
    start = row["start_time"]
    if start is None or pd.isna(start):
        return float("inf")
    return start - (utc_offset(row["timezone"], row.get("date")) or 0)


def cue_edges(calls: pd.DataFrame, cm: pd.DataFrame) -> list[tuple[str, str, str]]:
    """Edges (earlier, later, why) from "before/ahead of/after" cues in the text."""
    day_of = dict(zip(calls["event_id"], calls["date"].map(_day)))
    support = dict(zip(calls["event_id"], calls["n_sources"]))
    with_actor: dict[str, set[str]] = defaultdict(set)
    for event, people in zip(calls["event_id"], calls["participants"]):
        for person in people:
            with_actor[person].add(event)
    kind_of = dict(zip(calls["event_id"], calls["channel"].map(channel_class)))
    article_rows = cm.groupby("article_id").indices  # each article's rows, cut out only where a cue needs them
    by_article: dict[str, pd.DataFrame] = {}
    edges = []
    for row in cm[cm["relation"].notna()].itertuples():
        if row.relative_to:
            other = _contact_with(row, with_actor, day_of, support)
        else:
            if row.article_id not in by_article:
                by_article[row.article_id] = cm.iloc[article_rows[row.article_id]]
            other, decided = _contact_named_by_noun(row, by_article[row.article_id])
            if other is None and not decided:
                other = _reported_elsewhere(row, with_actor, day_of, support, kind_of)
        if other is not None:
            why = f"{row.article_id}: {row.sentence[:80]}"
            edges.append((row.event_id, other, why) if row.relation == "before" else (other, row.event_id, why))
    return edges + same_day_edges(cm, day_of, support) + sequence_edges(cm, day_of)


# "He then spoke with Z", "and next met Z", "then held talks with Z": the verb's sequence adverb
THEN_BEFORE = r"\b(?:then|next|afterwards|subsequently)\s+(?:\w+\s+)?"
# "X had earlier met Z": before the contact just told (the adverb without day words of its own)
EARLIER_BEFORE = r"\b(?:had\s+)?earlier\s+(?:\w+\s+)?"


def sequence_edges(cm: pd.DataFrame, day_of: dict) -> list[tuple[str, str, str]]:
    """"X first spoke with Y. He then spoke with Z": a contact its sentence says came "then"
    is after the article's contact named just before it (in that sentence or the one before)
    that shares a participant, on the same day. Linear in the mentions of each article."""
    edges = []
    reference = cm["reference"].fillna(False).astype(bool) if "reference" in cm else pd.Series(False, index=cm.index)
    by_article: dict[str, list[tuple]] = defaultdict(list)
    for article, start, sent, event, people in zip(cm["article_id"], cm["start"], cm["sent_idx"], cm["event_id"],
                                                   cm["participants"]):
        by_article[article].append((start, sent, event, set(people)))
    for row, is_cue in zip(cm.itertuples(), reference):
        day = day_of.get(row.event_id, "9999")
        if is_cue or isinstance(row.relation, str) or not isinstance(row.trigger, str):
            continue
        then = not day.startswith("9999") and _adverb_before(THEN_BEFORE, row)
        earlier = not then and not row.background and not isinstance(row.date_expr, str) and _adverb_before(EARLIER_BEFORE, row)
        if not (then or earlier):
            continue
        prior = [(start, event) for start, sent, event, people in by_article[row.article_id]
                 if start < row.start and row.sent_idx - 1 <= sent <= row.sent_idx and event != row.event_id
                 and people & set(row.participants)
                 and (day_of.get(event) == day or earlier and day.startswith("9999") and not day_of.get(event, "9999").startswith("9999"))]
        if prior:
            why = f"{row.article_id}: {str(row.sentence)[:80]}"
            edges.append((max(prior)[1], row.event_id, why) if then else (row.event_id, max(prior)[1], why))
    return edges


def _adverb_before(pattern: str, row) -> bool:
    """Whether the sequence adverb stands just before the mention's trigger."""
    return bool(re.search(pattern + re.escape(row.trigger) + r"\b", str(row.sentence), re.I))


def same_day_edges(cm: pd.DataFrame, day_of: dict, support: dict) -> list[tuple[str, str, str]]:
    """"Earlier on Monday, Macron hosted Zelensky", "later in the day": before or after the
    contact the article is about (its most reported one that day)."""
    edges = []
    cued = cm[cm["relation"].isna() & cm["date_expr"].map(lambda e: isinstance(e, str) and bool(SAME_DAY_CUE.match(e)))]
    if cued.empty:
        return edges
    reports: dict[str, list[tuple[str, int]]] = defaultdict(list)  # per article: linear in the corpus
    for (article, event), n in cm.groupby(["article_id", "event_id"]).size().items():
        reports[article].append((event, n))
    for row in cued.itertuples():
        others = [(n, support.get(e, 0), e) for e, n in reports[row.article_id]
                  if e != row.event_id and day_of.get(e) == day_of.get(row.event_id)
                  and not day_of.get(e, "9999").startswith("9999")]
        if others:
            main = max(others)[2]
            why = f"{row.article_id}: {row.sentence[:80]}"
            earlier = row.date_expr.strip().lower().startswith("earlier")
            edges.append((row.event_id, main, why) if earlier else (main, row.event_id, why))
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


def _contact_named_by_noun(row, article_mentions: pd.DataFrame) -> tuple[str | None, bool]:
    """'after the talks': the article's other contact that shares a participant and whose
    kind matches the noun (talks and meetings are in person; calls are remote); and whether
    the article decided it (a cue whose sentence names only later contacts points at none)."""

    wanted = channel_class(CONTACT_NOUNS.get(row.relative_noun, "unspecified"))
    cm = article_mentions
    same = cm[(cm["event_id"] != row.event_id)
              & cm["participants"].map(lambda p: bool(set(p) & set(row.participants)))
              & (cm["channel"].map(channel_class) == wanted)]
    # "Blinken spoke with Faisal and, after that call, with Abdullah": the call of the same
    # sentence named before this one, else of the same day, before the article's most reported one
    in_sentence = same[same["sent_idx"] == row.sent_idx]
    if len(in_sentence):
        earlier = in_sentence[in_sentence["participant_spans"].map(_last_named) < _last_named(row.participant_spans)]
        return (earlier["event_id"].value_counts().index[0] if len(earlier) else None), True
    day = same[same["event_id"].str[:10] == str(row.event_id)[:10]]
    for nearer in (day, same):
        if len(nearer):
            return nearer["event_id"].value_counts().index[0], True
    return None, False


def _last_named(spans) -> int:
    """Where the last participant of a mention is named (its counterpart, in "spoke with A and then B")."""
    starts = [span[0] for span in spans] if isinstance(spans, (list, tuple)) else []
    return max(starts, default=-1)


def _reported_elsewhere(row, with_actor: dict, day_of: dict, support: dict, kind_of: dict) -> str | None:
    """'Earlier in the day, before the call with X, Erdogan spoke with Merkel' in an article
    that reports no such call: the same day's contact of that kind, reported by other
    articles, with one of the cued contact's people (the most reported one)."""
    wanted = channel_class(CONTACT_NOUNS.get(row.relative_noun, "unspecified"))
    day = day_of.get(row.event_id, "9999")
    pool = {e for p in row.participants for e in with_actor.get(p, set())
            if e != row.event_id and kind_of[e] == wanted and day_of[e] == day and not day.startswith("9999")}
    return max(pool, key=lambda e: (support[e], e)) if pool else None


def clock_edges(calls: pd.DataFrame) -> list[tuple[str, str, str]]:
    """Edges between timed contacts of the same day, by start time in UTC."""
    edges = []
    for rows in _rows_by_day(calls[calls["start_time"].notna()]):
        ordered = sorted(rows, key=_utc)
        edges += [(a["event_id"], b["event_id"], "clock times") for a, b in zip(ordered, ordered[1:])]
    return edges + reported_edges(calls)


def _rows_by_day(calls: pd.DataFrame) -> list[list[dict]]:
    """The rows (as records of the columns the clock edges read) of each day, days in order:
    one pass, as row tuples of each day's frame cost far more."""
    by_day: dict[str, list[dict]] = defaultdict(list)
    for row in frame_records(_clock_columns(calls)):
        by_day[_day(row["date"])].append(row)
    return [by_day[day] for day in sorted(by_day)]


def _clock_columns(calls: pd.DataFrame) -> pd.DataFrame:
    """The columns the clock edges read."""
    return calls[[c for c in CLOCK_COLUMNS if c in calls]]


def reported_edges(calls: pd.DataFrame) -> list[tuple[str, str, str]]:
    """An untimed contact a live blog reported at 17:15 UTC came before one of that day that
    began at 18:40 UTC."""
    if "reported_by_utc" not in calls:
        return []
    edges = []
    for rows in _rows_by_day(calls):
        timed = [(r["event_id"], _utc(r)) for r in rows
                 if pd.notna(r["start_time"]) and utc_offset(r["timezone"], r["date"]) is not None]
        for row in rows:
            if pd.isna(row["start_time"]) and pd.notna(row["reported_by_utc"]):
                edges += [(row["event_id"], other, "reported before the other began") for other, utc in timed
                          if utc != float("inf") and utc > row["reported_by_utc"]]
    return edges
