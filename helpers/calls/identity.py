"""Which contact mentions are the same contact: event keys and event ids.

Mentions with the same participants (a group counterpart counted as one party), the same kind
of channel (remote or in person) and the same day share an event id; an undated mention joins
the only dated contact of its participants (else the only one its own article dates, else the
only one of the channel it states), a vaguely dated one the only one inside its span.
"""

from __future__ import annotations

from collections import defaultdict

import pandas as pd

from helpers.calls.dates import EXPLICIT_RE
from helpers.calls.monthdays import month_day
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
    occasions = cm["occasion"] if "occasion" in cm else pd.Series(1, index=cm.index)
    for who, kind, said, occasion in zip(people, kinds, cm["channel_stated"], occasions.fillna(1)):
        if not said and kind not in stated[who] and len(stated[who]) == 1:
            kind = next(iter(stated[who]))
        # "briefed X in the morning and again in the evening": the second is another contact
        keys.append(f"{who} ({kind})" + (f" #{int(occasion)}" if occasion > 1 else ""))
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
    reference, written_on = written_days(cm)
    story = cm["story_date"] if "story_date" in cm else pd.Series(pd.NaT, index=cm.index)
    later = cm["told_later"].fillna(False).astype(bool) if "told_later" in cm else pd.Series(False, index=cm.index)
    ids = []
    told_words = cm["narrative_expr"] if "narrative_expr" in cm else pd.Series(None, index=cm.index)
    for (key, date, approx, past, narrative, now, article, status), channel, stated, written, story_day, after, page, words in zip(
            rows, cm["channel"], cm["channel_stated"], reference, story, later, written_on, told_words):
        # "(On the afternoon of Tuesday, 5 September ...) Carter met Begin": a month and day the story reached
        explicit = isinstance(words, str) and (bool(EXPLICIT_RE.search(words)) or month_day(words) is not None)
        if pd.notna(date):
            ids.append(f"{date:%Y-%m-%d} {key}")
            continue
        days, told_days = reachable(dated[key], written, status), narrated[key]
        if after and pd.notna(story_day):  # "X later telephoned Y": not their contact of days before
            days, told_days = {d for d in days if d >= story_day}, {d for d in told_days if d >= story_day}
        mine = own.get((article, key, status), set()) & days
        if now and not past and pd.notna(narrative) and (mine or explicit) and narrative not in days:
            # "(On Monday night ...) X met Y for two hours. ... X met Y again on Wednesday": the article
            # itself tells two days apart; the mention is on the day it is told at, not the other one
            ids.append(f"{narrative:%Y-%m-%d} {key}")
            continue
        # "Tinubu had spoken by phone with Faki": of a phone call and a video conference of theirs, the call
        same_channel = [d for d in days if stated and _channel_of(said[(key, d)]) == channel]
        day = _undated_day(approx, past, days, mine, same_channel, spans[key], told_days, narrative if now else None)
        if day is None and (now or status in PLANS) and not past and dated[key] and not days and pd.notna(story_day) \
                and not (status in PLANS and pd.notna(page) and story_day < page):  # "yesterday" dates no plan
            # "(On Thursday ...) After speaking with X, Y called Z": every dated contact of theirs is later;
            # "X is due in Seoul on Thursday to brief Y": every dated contact of theirs is before the plan was written
            day = story_day
        ids.append(f"{day:%Y-%m-%d} {key}" if isinstance(day, pd.Timestamp) else f"{day or 'undated'} {key}")
    return on_the_day_of_their_cue(cm, ids, keys, story)


def on_the_day_of_their_cue(cm: pd.DataFrame, ids: list[str], keys: list[str], story: pd.Series) -> list[str]:
    """"(On Tuesday he spoke with Y.) After speaking with Y, X called Z": an undated contact
    ordered after or before another takes the day its own article gives that contact, when that
    is also the day the story is at (another article may date X and Z a day apart). Linear."""
    if "relation" not in cm or "relative_to" not in cm:
        return ids
    contacts: dict[str, list[tuple]] = defaultdict(list)
    for article, people, event, past in zip(cm["article_id"], cm["participants"], ids, cm["background"]):
        if event[:4].isdigit() and not past:
            contacts[article].append((set(people), pd.Timestamp(event[:10])))
    ids, dated = list(ids), set()
    for i, (article, people, relation, others, date, story_day) in enumerate(zip(
            cm["article_id"], cm["participants"], cm["relation"], cm["relative_to"], cm["date"], story)):
        if relation not in {"after", "before"} or pd.notna(date) or pd.isna(story_day) or not isinstance(others, list) \
                or not others:
            continue
        cue_days = {day for who, day in contacts[article] if set(others) <= who and who & set(people) - set(others)}
        if cue_days == {story_day}:
            ids[i] = f"{story_day:%Y-%m-%d} {keys[i]}"
            dated.add(keys[i])
    return _join_newly_dated(ids, keys, cm["background"], dated)


def _join_newly_dated(ids: list[str], keys: list[str], background, dated: set) -> list[str]:
    """Undated and vaguely dated mentions ("last week") of people whose only dated contact was
    just dated by its cue join it, as they would have had it been dated before (an undated
    earlier contact, "had met", stays apart)."""
    days: dict[str, set] = defaultdict(set)
    for event, key in zip(ids, keys):
        if event[:4].isdigit() and key in dated:
            days[key].add(event[:10])
    result = []
    for event, key, past in zip(ids, keys, background):
        only = pd.Timestamp(next(iter(days[key]))) if len(days[key]) == 1 else None
        vague = only is not None and event.startswith("~") and bool(_days_within(event[1:].split(" ", 1)[0], {only}))
        if vague or only is not None and not past and event.startswith("undated "):
            event = f"{only:%Y-%m-%d} {key}"
        result.append(event)
    return result


def _undated_day(approx, past, days, mine, same_channel, spans, narrated, narrative):
    """The day (or "~span", "earlier", "undated") of a mention with no day of its own."""
    if isinstance(approx, str):
        inside = _days_within(approx, days)  # "spoke with Wang last week": the one dated call that week
        return inside[0] if len(inside) == 1 else f"~{_first_overlap(approx, spans)}"
    if past:
        return "earlier"
    for choice in (days, mine, same_channel):  # "X phoned Y on Thursday and talked to him ...": the article's own contact
        if len(choice) == 1:
            return next(iter(choice))
    if not days and len(spans) == 1:
        return f"~{spans[0]}"
    if not days and len(narrated) == 1:  # "Speaking after talks with X, ...": the day the article is at
        return next(iter(narrated))
    if narrative is not None and pd.notna(narrative) and not days:
        return narrative
    return None


def written_days(cm: pd.DataFrame) -> tuple[list, list]:
    """Per mention: the first day its article can have been written on, for ``reachable`` (a
    plan in an article whose day is only inferred was written no earlier than a few days
    before that day), and the article's day, firm or inferred."""
    reference = cm["reference_day"] if "reference_day" in cm else pd.Series(pd.NaT, index=cm.index)
    guessed = cm["guessed_day"] if "guessed_day" in cm else pd.Series(pd.NaT, index=cm.index)
    earliest = [r if pd.notna(r) or pd.isna(g) or status not in PLANS else g - GUESS_SLACK
                for r, g, status in zip(reference, guessed, cm["status"])]
    return earliest, [r if pd.notna(r) else g for r, g in zip(reference, guessed)]


def reachable(days: set, written, status: str) -> set:
    """The contact's dated days an article could report as done: not after the day it was
    written ("the call" in a story of 10 October is not the pair's call of 9 November)."""
    if written is None or pd.isna(written):
        return days
    if status in PLANS:  # "X is due in Seoul to brief Y" is no contact of theirs before the day it was written
        return {d for d in days if d >= written}
    if status != "happened":
        return days
    return {d for d in days if d <= written + LATE_REPORT}


PLANS = {"planned", "expected"}
GUESS_SLACK = pd.Timedelta(days=3)  # an inferred article day may be this many days late (``dating.story_day``)


LATE_REPORT = pd.Timedelta(days=1)  # a report filed across midnight, or in a zone behind the contact's


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


MIN_GROUP = 3  # participants that make a contact a group meeting or conference


def join_group_subsets(cm: pd.DataFrame) -> list[str]:
    """"The video conference of Guterres, Faki and Aboul Gheit" beside "Guterres, Faki, Aboul
    Gheit and Gebeyehu met by video": a group contact whose people are all in the one larger
    (or equal) group contact of the same day is that contact, whatever channel word a report used."""
    people = {e: set(p) for e, p in zip(cm["event_id"], cm["participants"]) if len(p) >= MIN_GROUP}
    size = cm["event_id"].value_counts().to_dict()
    by_day: dict[str, list[str]] = defaultdict(list)
    for event in people:
        if event[:4].isdigit():
            by_day[event[:10]].append(event)
    target = {}
    for events in by_day.values():
        # the same people under two channel words: the contact most mentions name
        same = {e: max((o for o in events if people[o] == people[e]), key=lambda o: (size[o], o)) for e in events}
        for event in events:
            wider = {same[o] for o in events if people[event] < people[o]}
            widest = {o for o in wider if not any(people[o] < people[w] for w in wider)}
            if len(widest) == 1:
                target[event] = next(iter(widest))
            elif same[event] != event:
                target[event] = same[event]
    return [target.get(e, e) for e in cm["event_id"]]
