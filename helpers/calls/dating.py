"""The day of every contact mention, and how it was found (``date_source``).

The reference day of an article is its own date (or the one ``helpers.read.dates`` inferred
from the corpus: the day its cues agree with, else the date of another report of the same
event, which only dates its weekdays where other articles confirm them), else its wire dateline
("KYIV, March 3 (Reuters) -", the year taken from the corpus), else (an undated article) the day
the other articles give its main contact: an undated article that says Biden and Putin spoke
"on Saturday" is dated by the articles that date that call. Each mention's words
("on Tuesday", "a day earlier", "late December") are then resolved against that day.
"""

from __future__ import annotations

import re
from collections import Counter

import pandas as pd

from helpers.calls.dates import EXPLICIT_RE, dateline_date, interval_contains, names_a_day, narrative_offset, resolve
from helpers.calls.solarhijri import with_solar_day
from helpers.calls.storycount import (AHEAD_OF_REPORT, FOLLOWING_WEEKDAY, NO_FOLLOWING_DAY, SPAN_BOUND, ahead_of_report,
                                      following_weekday, names_weekday_and_date, past_story_day)
from helpers.read.contentdates import FUTURE_CUE, FUTURE_REACH
from helpers.read.entries import day_at, entry_days, is_live_blog, raw_text


INFERRED = "article date inferred from the corpus"
BORROWED = "date of the article reporting the same event"
ANCHORED = "corpus date of the article's main contact"
GUESSED = {INFERRED, BORROWED, ANCHORED}  # reference days that may be days off
# A weekday read against a borrowed date, that no other article gives the contact, is no day.
ENTRY = "day of its live-blog entry"
UNCONFIRMED = "no day: a weekday or relative day read against the date of another article, and no article dates this contact"
STORY_CUE_ON_GUESS = "no day: a day counted from the story's day ('the next day') in an article whose own day is guessed"


def reference_days(articles: pd.DataFrame) -> dict[str, tuple]:
    """article_id -> (reference day or None, how it was found)."""
    dates = pd.to_datetime(articles["date"], errors="coerce") if "date" in articles else pd.Series(pd.NaT, index=articles.index)
    years = Counter(d.year for d in dates.dropna())
    year_hint = years.most_common(1)[0][0] if years else None
    texts = articles["text"] if "text" in articles else pd.Series("", index=articles.index)
    guessed = articles["date_source"] if "date_source" in articles else pd.Series(None, index=articles.index)
    refs = {}
    titles = articles["title"] if "title" in articles else pd.Series(None, index=articles.index)
    chrome = articles["boilerplate"] if "boilerplate" in articles else pd.Series(None, index=articles.index)
    for article_id, date, text, guess, title, lines in zip(articles["article_id"], dates, texts, guessed, titles, chrome):
        first = text.split("\n", 1)[0] if isinstance(text, str) else ""
        title = title if isinstance(title, str) else (first if len(first) <= 120 else None)  # a headline left in the text
        guess = {"corpus": INFERRED, "same event": BORROWED}.get(guess)
        header = header_date(title, lines, year_hint) if guess or pd.isna(date) else None
        if header is not None:  # "Live updates, Friday 26 November", "Posted on June 9, 2017 by ..."
            refs[article_id] = (header, "header date")
            continue
        if pd.notna(date):
            refs[article_id] = (date.normalize(), guess or "article date")
            continue
        line = dateline_date(text, year_hint)
        refs[article_id] = (line, "dateline") if line is not None else (None, None)
    return refs


STAMP_WORDS = re.compile(r"\b(posted|published|updated|dated)\b", re.I)


def header_date(title, lines, year_hint: int | None) -> pd.Timestamp | None:
    """A day and month in the headline ("Live updates, Friday 26 November") or in a posting
    stamp the reader left out as page chrome ("Posted on June 9, 2017 by World Desk")."""
    texts = [title] if isinstance(title, str) else []
    if lines is not None and not isinstance(lines, str):
        texts += [str(line) for line in lines if STAMP_WORDS.search(str(line))]
    for text in texts:
        match = EXPLICIT_RE.search(text)
        if match is None or (match["y"] is None and year_hint is None):
            continue
        day = resolve(match.group(0), pd.Timestamp(year=int(match["y"] or year_hint), month=7, day=1), "happened")["date"]
        if day is not None:
            return day if match["y"] else day.replace(year=int(year_hint))
    return None


def entry_refs(articles: pd.DataFrame, refs: dict[str, tuple]) -> dict[str, list]:
    """article_id -> the live-blog entries that name a day of their own ("2040 GMT (Monday)"), or
    for a live blog whose entries name none, its one day from the start of the page."""
    texts = articles["text"] if "text" in articles else pd.Series("", index=articles.index)
    paths = articles["path"] if "path" in articles else pd.Series(None, index=articles.index)
    found = {}
    for article_id, text, path in zip(articles["article_id"], texts, paths):
        day, how = refs.get(article_id, (None, None))
        raw = raw_text(path)
        found[article_id] = entry_days(text, day, raw)
        if day is not None and pd.notna(day) and how not in GUESSED and is_live_blog(text, raw) \
                and not any(start == 0 for start, _ in found[article_id]):
            # entries stamped by the clock alone ("1405 GMT"): every one is on the page's day, up to
            # the first that names another ("23:50 GMT (Tuesday)" below the newest ones)
            found[article_id] = [(0, pd.Timestamp(day).normalize()), *found[article_id]]
    return {a: e for a, e in found.items() if e}


def date_mentions(cm: pd.DataFrame, refs: dict[str, tuple], entries: dict[str, list] | None = None) -> pd.DataFrame:
    """Add ``date``, ``date_approx``, ``date_source`` and the final ``background`` flag; in a
    live blog (``entries``) the reference day of a mention is that of its entry."""
    cm = cm.copy()
    entries = entries or {}
    starts = cm["start"] if "start" in cm else pd.Series(None, index=cm.index)
    for column, default in {"narrative_expr": None, "narrative_default": False}.items():
        if column not in cm:
            cm[column] = default
    found, narrative_days, story_days, reference, guesses = [], [], [], [], []
    sentences = cm["sentence"] if "sentence" in cm else pd.Series("", index=cm.index)
    triggers = cm["trigger"] if "trigger" in cm else pd.Series(None, index=cm.index)
    for article_id, expr, status, earlier, told, default, sentence, start, trigger in zip(
            cm["article_id"], cm["date_expr"], cm["status"], cm["background"], cm["narrative_expr"],
            cm["narrative_default"], sentences, starts, triggers):
        day, how_ref = refs.get(article_id, (None, None))
        entry_day = day_at(entries.get(article_id, []), start, day)
        if entry_day is not day:
            day, how_ref = entry_day, ENTRY
        expr = with_solar_day(expr, sentence) if isinstance(expr, str) and not clock_taken_for_year(expr, sentence) else None
        result = resolve(expr, day, _direction(expr, sentence, status))
        if how_ref in GUESSED and expr and EARLIER_THIS_WEEK.search(expr) and result["date_approx"]:
            result["date_approx"] = up_to(result["date_approx"], day)
        how = result["how"]
        source = None if how is None else (how if how == "explicit date" else f"{how} + {how_ref}")
        narrative = None if several(trigger) else story_day(told, day, how_ref,
                                                             "planned" if announced(told, sentence) else status)
        # a day weeks back counts in a retrospective: "On 5 May X met Y. ... The next day ..."
        counted_from = narrative if narrative is not None or several(trigger) \
            else past_story_day(told, day, how_ref in GUESSED)
        if FOLLOWING_WEEKDAY.search(expr or "") and FOLLOWING_WEEKDAY.search(told or ""):
            counted_from = None  # "The following Monday, X called Y": its own words, no day before them
        if not earlier:
            result, source = _from_story_or_entry(result, source, expr, sentence, (narrative, counted_from), day,
                                                  how_ref, status)
        if ahead_of_report(result, source, status, day, how_ref in GUESSED or how_ref == ENTRY):
            result, source = {"date": None, "date_approx": None}, AHEAD_OF_REPORT
        # weeks back, only a day told with its weekday ("on the afternoon of Tuesday, 5 September")
        # is the story's: "agreed in Moscow on 10 October" may be of something else
        far = status == "happened" and names_weekday_and_date(told)
        narrative_days.append(counted_from if default is True and (narrative is not None or far) else None)
        story_days.append(narrative)
        reference.append(day if how_ref not in GUESSED else None)
        guesses.append(day if how_ref in GUESSED else None)
        # "earlier this week", "in June": an earlier contact, unless the span holds the reference day
        past = bool(earlier) or (status == "happened" and result["date_approx"] is not None
                                 and not interval_contains(result["date_approx"], day))
        found.append((result["date"], result["date_approx"], source, past))
    cm["date"], cm["date_approx"], cm["date_source"], cm["background"] = (
        [f[0] for f in found], [f[1] for f in found], [f[2] for f in found], [f[3] for f in found])
    cm["date"] = pd.to_datetime(cm["date"])
    cm["narrative_date"] = pd.to_datetime(pd.Series(narrative_days, index=cm.index, dtype="object"))
    cm["story_date"] = pd.to_datetime(pd.Series(story_days, index=cm.index, dtype="object"))
    cm["reference_day"] = pd.to_datetime(pd.Series(reference, index=cm.index, dtype="object"))
    cm["guessed_day"] = pd.to_datetime(pd.Series(guesses, index=cm.index, dtype="object"))
    return cm


def _from_story_or_entry(result: dict, source, expr, sentence, story: tuple, day, how_ref, status) -> tuple[dict, str]:
    """The day of a current mention counted from the story's day ("He met X on Friday. He had
    spoken with Y a day earlier", "The next morning X briefed Y"), or the day of its live-blog
    entry ("2040 GMT (Monday) - Putin and Aliyev have begun a video conference"). ``story`` is
    (the day the narrative is at, the day a cue counts from: also a day weeks before the
    article's, "They met on 6 May. The next day, ...")."""
    narrative, counted_from = story
    offset = narrative_offset(expr)
    if offset is None and not (expr and names_a_day(expr)):
        offset = narrative_offset(leading_words(sentence))
    # "a day earlier" with the story weeks back may count from the article's day; "the next day" may not
    if counted_from is not None and offset is not None and (narrative is not None or offset > 0):
        return ({"date": counted_from + pd.Timedelta(days=offset), "date_approx": None},
                f"relative day + the day the article last named + {how_ref}")
    if how_ref in GUESSED and narrative_offset(expr) is not None:  # "The next day, X called Y", the day unknown
        return {"date": None, "date_approx": None}, STORY_CUE_ON_GUESS
    following = following_weekday(expr, counted_from)
    if following is not None:
        return following, f"weekday + the day the article last named + {how_ref}" if following["date"] is not None \
            else NO_FOLLOWING_DAY
    if how_ref == ENTRY and status == "happened" and narrative is None and not names_a_day(expr or ""):
        return {"date": day, "date_approx": None}, ENTRY
    return result, source


# "The video call began at 23:00 Moscow time (2000 GMT)": a four-digit clock time, not a year
CLOCK_NUMBER = re.compile(r"\b(?:[01]\d|2[0-3])[0-5]\d\s*(?:GMT|UTC|Z|hrs|hours|[A-Z]{2,4}T)\b")


def clock_taken_for_year(expr: str, sentence) -> bool:
    """Whether the only 'year' in a date expression is a clock time its sentence gives a zone."""
    found = re.search(r"\s*".join(map(re.escape, expr.split())), sentence) if isinstance(sentence, str) else None
    if found is None:
        return False
    window = sentence[found.start():found.end() + 8]  # the tagger's words are tokens joined by spaces: "time ( 2000"
    clock = CLOCK_NUMBER.search(window)
    return clock is not None and not names_a_day(expr.replace(clock.group(0).split()[0].strip(), ""))


def leading_words(sentence, count: int = 4) -> str | None:
    """The first words of a sentence, where a cue scoping all of it stands: "The next morning
    Kerry briefed Obama ...", "A day later the two met again"."""
    if not isinstance(sentence, str):
        return None
    return " ".join(sentence.split()[:count]).split(",")[0]


def _direction(expr, sentence, status: str) -> str:
    """The status that orients a mention's day words: a happened contact in a sentence that
    names a plan before them is read ahead for a weekday ("is expected in Niamey on Monday,
    where she hopes to meet Y"); a month and day there ("It is to be recalled that they met on
    8 May") is only the nearest, as the cue may be no plan at all."""
    if status != "happened" or not announced(expr, sentence):
        return status
    return "announced" if EXPLICIT_RE.search(expr) else "planned"


def announced(words, sentence) -> bool:
    """Whether the sentence names the narrative's day as a plan: "X is expected in Niamey on
    Monday, where she hopes to meet Y", "will fly to Kyiv on Tuesday and meet Z"."""
    if not isinstance(words, str) or not isinstance(sentence, str) or words not in sentence:
        return False
    before = sentence[max(0, sentence.index(words) - FUTURE_REACH):sentence.index(words)]
    cue = None
    for found in FUTURE_CUE.finditer(before):
        cue = cue if plan_as_topic(before, found) else found
    # "... would review the situation, adding that X had spoken to Y on Tuesday": a past report after the plan
    return cue is not None and not PAST_WORDS.search(before[cue.end():])


# "Macron's calls to Putin were about mercenaries": several contacts, which no one day the
# narrative is at can date.
SEVERAL_CONTACTS = {"calls", "meetings", "conversations", "contacts", "visits", "phone calls"}


def several(trigger) -> bool:
    """Whether the trigger names several contacts at once ("calls", "meetings")."""
    return isinstance(trigger, str) and trigger.lower() in SEVERAL_CONTACTS


# "discussed the plan with Y on Tuesday", "a peace plan": a plan that is the talks' topic;
# "the plan to meet Y on Monday" is a plan of the contact
TOPIC_DETERMINER = re.compile(r"\b(?:the|a|an|this|that|his|her|their|its|peace)\s+$", re.I)


def plan_as_topic(text: str, cue: re.Match) -> bool:
    """Whether a cue is the noun "plan" after a determiner and before no "to"/"for"."""
    return cue.group(0).lower() in {"plan", "plans"} and bool(TOPIC_DETERMINER.search(text[:cue.start()])) \
        and not re.match(r"\s+(?:to|for)\b", text[cue.end():])


PAST_WORDS = re.compile(r"\b(had|has|have|was|were|did|said|says|told|added|adding)\b", re.I)


EARLIER_THIS_WEEK = re.compile(r"\bearlier (this|in the) week\b", re.I)


def up_to(interval: str, day) -> str:
    """"Earlier this week" in an article whose date is inferred: the inferred day is the last
    one the article reports, and it may have been written later, so the span takes that day in."""
    first, last = interval.split("/")
    return f"{first}/{max(last, f'{pd.Timestamp(day):%Y-%m-%d}')}"


def story_day(words: str | None, day, how_ref: str | None, status: str = "happened") -> pd.Timestamp | None:
    """The day the narrative is at from the last day words before a contact, when it lies in
    the week up to the reference day (a date of something long before is background); for a
    planned contact ("X is expected in Niamey on Monday, where she hopes to meet Y") the week
    after it."""
    if not isinstance(words, str) or day is None or pd.isna(day) or how_ref == BORROWED or SPAN_BOUND.search(words):
        return None
    ahead = status in {"planned", "expected"}
    found = resolve(words, day, status if ahead else "happened")["date"]
    early = -3 if how_ref in GUESSED else 0  # a guessed reference day may be a few days early
    if found is None:
        return None
    return found if early <= ((found - day) if ahead else (day - found)).days <= 7 else None


def corpus_anchors(cm: pd.DataFrame, refs: dict[str, tuple]) -> dict[str, tuple]:
    """For articles without a reference day: the date of the article's most reported
    contact, when other articles date it (one pass over the mentions: linear)."""
    event_day = cm[cm["date"].notna()].groupby("event_id")["date"].min().to_dict()
    counts: dict[str, Counter] = {}
    for article_id, event in zip(cm["article_id"], cm["event_id"]):
        if refs.get(article_id, (None,))[0] is None and event in event_day:
            counts.setdefault(article_id, Counter())[event] += 1
    anchors = dict(refs)
    for article_id, events in counts.items():
        best = max(events, key=lambda e: (events[e], e))
        anchors[article_id] = (event_day[best], ANCHORED)
    return anchors


def align_to_dated_contacts(cm: pd.DataFrame, keys: list[str], refs: dict[str, tuple]) -> pd.DataFrame:
    """A weekday in an article whose own date is only inferred ("on Wednesday" in an undated
    wire story) is resolved against a guess that may be days off: when other articles date
    the same contact (same participants and channel) to a day of that weekday within a week,
    the mention takes that day. In an article that only borrowed the date of another report
    of its event, a weekday or "yesterday" no other article confirms gets no day
    (``UNCONFIRMED``); a "yesterday" in one whose day is inferred takes the one day within a
    week that other articles give the contact. Linear: one pass to collect the dated contacts, one to align."""
    firm: dict[str, set] = {}
    events = cm["event_id"] if "event_id" in cm else pd.Series(None, index=cm.index)
    told = cm["narrative_date"] if "narrative_date" in cm else pd.Series(pd.NaT, index=cm.index)
    traced = "status" in cm and "narrative_date" in cm  # else every event day counts
    statuses = cm["status"] if "status" in cm else pd.Series("happened", index=cm.index)
    for key, article_id, date, past, event, status, narrative in zip(keys, cm["article_id"], cm["date"], cm["background"],
                                                                     events, statuses, told):
        # an undated mention that only joined another article's day is no report of that day
        own = not traced or status in {"planned", "expected"} or pd.notna(narrative) and narrative == planned_day(event)
        date = date if pd.notna(date) else planned_day(event) if own else None
        if pd.notna(date) and not past and refs.get(article_id, (None, None))[1] not in GUESSED:
            firm.setdefault(key, set()).add(date)
    cm = cm.copy()
    for i, (key, article_id, date, how) in enumerate(zip(keys, cm["article_id"], cm["date"], cm["date_source"])):
        ref = refs.get(article_id, (None, None))[1]
        weekday = str(how).startswith("weekday")
        if pd.isna(date) or ref not in GUESSED or not (weekday or counted_from_guess(how, ref)):
            continue
        days = firm.get(key, set())
        fits = {d for d in days if abs((d - date).days) <= 7 and (d.weekday() == date.weekday() or not weekday)}
        if date not in days and len(fits) == 1:
            cm.iat[i, cm.columns.get_loc("date")] = next(iter(fits))
            cm.iat[i, cm.columns.get_loc("date_source")] = f"{'weekday' if weekday else 'relative day'} + the day other articles give this contact"
        elif date not in days and ref == BORROWED:  # "on Monday", "yesterday" said on a day not known
            cm.iat[i, cm.columns.get_loc("date")] = pd.NaT
            cm.iat[i, cm.columns.get_loc("date_source")] = UNCONFIRMED
    return cm


def counted_from_guess(how, ref: str | None) -> bool:
    """A relative day ("yesterday") counted from a reference day the corpus only guessed: an
    inferred article day is the last day the article reports, at times days before it was
    written, so the day other articles give the contact within a week is taken; a borrowed day
    is that of another article. A day counted from a day the article names is left to it."""
    relative = str(how).startswith("relative day")
    return relative and (ref == BORROWED or ref == INFERRED and str(how) == f"relative day + {INFERRED}")


def planned_day(event_id) -> pd.Timestamp | None:
    """The day ``identity`` gave a mention with no day words of its own ("X is due in Seoul
    on Thursday to brief Y": the story's day), read from its event id "2031-11-13 key"."""
    found = re.match(r"(\d{4}-\d\d-\d\d) ", event_id) if isinstance(event_id, str) else None
    return pd.Timestamp(found[1]) if found else None


def date_by_offset(cm: pd.DataFrame, offset_to: list) -> pd.DataFrame:
    """An undated contact "a day after speaking to Z" takes the day after the one day the
    corpus gives its party's contact with Z (linear: one pass to collect, one to date)."""
    if "offset_days" not in cm:
        return cm
    earlier = cm["background"].fillna(False).astype(bool)
    dated = [(set(p), d) for p, d, past in zip(cm["participants"], cm["date"], earlier) if pd.notna(d) and not past]
    cm = cm.copy()
    for i, (people, date, days, others, past) in enumerate(zip(cm["participants"], cm["date"], cm["offset_days"],
                                                                 offset_to, earlier)):
        if pd.notna(date) or past or pd.isna(days) or not set(others) & set(people):
            continue
        found = {d for p, d in dated if p == set(others)} if len(others) > 1 else set()
        if len(found) == 1:
            cm.iat[i, cm.columns.get_loc("date")] = next(iter(found)) + pd.Timedelta(days=int(days))
            cm.iat[i, cm.columns.get_loc("date_source")] = "days from the dated contact it names"
    return cm
