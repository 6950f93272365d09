"""Contact mentions that name their contact only indirectly, joined to it.

"The call lasted about an hour", "the two spoke for nearly two hours", "In addition to Biden,
the call included ...", "X arrived in Doha": definite, pair-anaphoric, group-listing and visit
mentions take the event id (and the participants) of the article's contact they refer to.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

import pandas as pd

from helpers.calls.dates import NUMBER_WORDS
from helpers.calls.identity import event_key, reachable
from helpers.calls.triggers import channel_class
from helpers.tables import frame_records, is_missing

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
    written = cm["reference_day"] if "reference_day" in cm else pd.Series(pd.NaT, index=cm.index)
    # an article written before that day reported another contact of the pair
    cm["event_id"] = [rename[e] if e in rename and reachable({pd.Timestamp(rename[e][:10])}, day, status) else e
                      for e, day, status in zip(cm["event_id"], written, cm["status"])]
    return cm


def visits_to_their_meetings(cm: pd.DataFrame, kind) -> pd.DataFrame:
    """"X arrived in Doha (and held talks with Y)": a visit of one person to a country whose
    host is not known is the visitor's one in-person meeting with a person that day (in the
    article when the visit is undated), not a contact of its own; so is a visit whose host was
    only guessed from the visitor's office when the sentence names whom the visitor met."""
    meetings: dict[tuple, set] = defaultdict(set)
    people_of = dict(zip(cm["event_id"], cm["participants"]))
    days = [e[:10] if e[:4].isdigit() else None for e in cm["event_id"]]  # the day assigned, also from the story's day
    for event, people, channel, day, article, sent in zip(cm["event_id"], cm["participants"], cm["channel"], days,
                                                          cm["article_id"], cm["sent_idx"]):
        if channel_class(channel) == "in person" and len(people) == 2 and all(kind(p) == "person" for p in people):
            for person in people:
                meetings[(person, day)].add(event)
                meetings[(person, article)].add(event)
                meetings[(person, article, sent)].add(event)
    ids, parties = list(cm["event_id"]), list(cm["participants"])
    inferred = [n if isinstance(n, list) else [] for n in cm.get("participants_inferred", pd.Series([None] * len(cm)))]
    for i, (people, visit, day, article, sent) in enumerate(zip(cm["participants"], cm["visit"], days, cm["article_id"],
                                                                cm["sent_idx"])):
        kinds = sorted(kind(p) or "" for p in people)
        guessed = {n.split(" (host in")[0] for n in inferred[i] if "(host in" in n} & set(people)
        if visit and guessed and len(people) == 2:
            # "flew to Baku, where he met President X": the host guessed from the visitor's office is
            # the one the sentence names meeting him
            fits = {e for e in meetings.get((next(p for p in people if p not in guessed), article, sent), set()) - {ids[i]}
                    if (e[:10] if e[:4].isdigit() else None) == day}  # "goes to Kyiv a day before meeting Putin": two trips
            if len(fits) == 1:
                ids[i] = next(iter(fits))
                parties[i] = people_of[ids[i]]
            continue
        if not visit or kinds != ["country", "person"]:
            continue
        person = next(p for p in people if kind(p) == "person")
        fits = meetings.get((person, day), set()) if day else meetings.get((person, article), set())
        if len(fits) > 1:  # "flew to X and met both A and B": the trip is those meetings, the first of them stands for it
            fits = {min(fits & meetings.get((person, article, sent), set()), default=None)} - {None} or fits
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
    by_day: dict[pd.Timestamp, list[dict]] = defaultdict(list)
    for contact in frame_records(cm[["article_id", "event_id", "participants", "group", "channel", "start", "background",
                                     "sent_idx", "date", "status", "place"]]):
        by_article[contact["article_id"]].append(contact)
        if not is_missing(contact["date"]):
            by_day[contact["date"]].append(contact)
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
            # "Tuesday's meeting was his second with Y. When the two met in June, X said ...": the
            # pair named in this sentence and the one before
            recent = here | named.get((row["article_id"], row["sent_idx"] - 1), set())
            earlier = [c for c in earlier if set(c["participants"]) <= recent] or earlier
            if not earlier:
                continue
            same = [max(earlier, key=lambda c: c["start"])]
        elif not row["participants"] and row.get("group_size", 0) > 2:
            same = counted_reference(row, every, by_day.get(row.get("date"), []))
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
        earlier = earlier_contact_of(row, target)
        if earlier is not None:
            linked.append(row | {"event_id": earlier, "participants": target["participants"], "group": target["group"]})
            continue
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


def counted_reference(row: dict, article: list[dict], same_day: list[dict]) -> list[dict]:
    """The contact "the four leaders spoke by phone" names when no list of four came before:
    the article's last earlier contact of four (on any day: "spoke again on Sunday"), else
    the one contact of four on that day that the corpus reports; same kind of channel."""
    def fits(contact):
        return len(contact["participants"]) == row["group_size"] and not contact["background"] and (
            row["channel"] == "unspecified" or channel_class(contact["channel"]) == channel_class(row["channel"]))
    earlier = [c for c in article if fits(c) and c["start"] < row["start"]]
    if earlier:
        return [max(earlier, key=lambda c: c["start"])]
    on_the_day = {c["event_id"]: c for c in same_day if fits(c) and c["status"] == row["status"]}
    return list(on_the_day.values()) if len(on_the_day) == 1 else []


COUNTED_FROM_STORY = re.compile(r"\b(\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten)\s+weeks?\s+(?:earlier|before)\b", re.I)


def earlier_contact_of(row: dict, target: dict) -> str | None:
    """"The two men had last met in Geneva four weeks earlier": a recalled contact of the pair
    the anaphor names is no part of their current one; counted back from its day when the words
    count weeks "earlier" (from the story's day), else kept as its span or as "earlier"."""
    if not (row.get("pair_anaphor") and row.get("background")) or target["background"] or not is_missing(row.get("date")):
        return None
    key = event_key(target["participants"], target["group"], row["channel"])
    counted = COUNTED_FROM_STORY.search(str(row.get("date_expr") or ""))
    if counted and not is_missing(target["date"]):
        weeks = int(counted[1]) if counted[1].isdigit() else NUMBER_WORDS[counted[1].lower()]
        return f"{target['date'] - pd.Timedelta(weeks=weeks):%Y-%m-%d} {key}"
    approx = row.get("date_approx")
    return f"~{approx} {key}" if isinstance(approx, str) else f"earlier {key}"


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
