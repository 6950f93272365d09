"""The date of an article with no date of its own, read from what it reports.

An undated article still says when things happened: "Okonkwo called Valdivieso on
Saturday", "the call this morning", "returns to Lima on Monday". The dated articles of the
corpus say when the same things happened ("LIMA, March 11 - ... Okonkwo is expected to
speak with Valdivieso later on Saturday"). Each candidate reference day D gives every
weekday or relative cue of the undated article one date (``helpers.calls.dates.resolve``, the
rule the contact table uses); D is scored by how many of those dates agree with a date the
dated articles give to a sentence sharing at least ``MIN_SHARED_KEYS`` names, minus the cues
D contradicts (an explicit past date after D, a cue the corpus dates on another day). The
best-supported D wins; on a tie the one under which most past cues the corpus does not date
fall among the confirmed days or run on from them day by day (news is written after the
latest thing it reports: "on Saturday" in a story confirmed on Thursday and Friday is that
week's Saturday), then the one nearest the agreeing dates, then the earliest.
Weak or conflicting evidence gives no date, and the caller falls back: two agreeing cues
are needed, one when the names the article shares with a dated one already say it reports
the same event. A cue counts against D only where the corpus dates its names on one other day
(names met together every day, "Peru and Bolivia", say nothing against it).

Names are compared by their first ``KEY_LETTERS`` letters, so transliterations of one name
("Okonkwo"/"Okonkvo", "Valdivieso"/"Valdiviezo") meet. The corpus index maps
name pairs to dates, so the step stays linear in the number of articles.
"""

from __future__ import annotations

import re
from collections import defaultdict
from itertools import combinations
from typing import NamedTuple

import pandas as pd

from helpers.actors.gazetteer import TITLE_WORDS
from helpers.calls.dates import DAY_OFFSETS, DISTANT_WEEKDAY, EXPLICIT_RE, NARRATIVE_OFFSETS, WEEKDAY_RE, resolve
from helpers.read.clean import STOPWORDS_SHORT

KEY_LETTERS = 5
MIN_SHARED_KEYS = 2  # a cue agrees with a dated sentence naming two of its names on the same day
MIN_SUPPORT = 2.0  # agreeing cues needed before the content decides the date
MIN_SUPPORT_SAME_EVENT = 1.0  # when the shared names already say it reports the same event
INHERITED_WEIGHT = 0.5  # a sentence with no cue of its own, read on its paragraph's last named day
MAX_PAIRS = 45  # name pairs indexed per sentence (ten names), to keep long lists cheap
WINDOW_DAYS = 7  # candidate days around each confirmed date
# A sentence ends after a lower-case word or a quote, not after "U.S." or "Mr.".
SENTENCE_SPLIT = re.compile(r"(?:(?<=[a-z0-9)][.!?])|(?<=[.!?][\"\u201d]))(?<!\bMr\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bMrs\.)(?<!\bSt\.)"
                            r"\s+(?=[A-Z\"\u201c])")
NAME_WORD = re.compile(r"\b[A-Z][\w\u00c0-\u024f'\u2019-]{3,}")
WEEKDAY_NAMES = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
CALENDAR_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
                  "march", "april", "june", "july", "august", "september", "october", "november", "december", "today"}
RELATIVE_RE = re.compile("|".join(DAY_OFFSETS), re.I)
# "a day earlier", "later that day": a day counted from another event's, not the article's
NARRATIVE_RE = re.compile("|".join(NARRATIVE_OFFSETS) + r"|\b(earlier|later) (in the|the) (day|evening|morning)\b", re.I)
# Words before a cue that make its day a plan: "will meet ... on Monday", "expected to speak
# ... later on Saturday", "invited them to Lima on Friday", "the deadline runs out on Sunday",
# "returns to Lima on Monday", "a call is being prepared for Wednesday".
FUTURE_CUE = re.compile(r"\b(will|'ll|\u2019ll|would|shall|expected|due|scheduled|plans?|planned|planning|set to|going to"
                        r"|intends?|invit\w*|is to|are to|deadline|ultimatum|expires?|runs? out|returns?|travels?"
                        r"|upcoming|next|being (?:prepared|arranged|organi[sz]ed))\b", re.I)
FUTURE_REACH = 160  # characters of the sentence before the cue searched for those words


def name_keys(sentence: str, inner: set[str] | None = None) -> set[str]:
    """First letters of the capitalised words of a sentence that may be names. A sentence's
    first word counts only when the text also capitalises it inside a sentence (``inner``):
    "Okonkwo said" yes, "During the call" no."""
    keys = set()
    for m in NAME_WORD.finditer(sentence):
        low = m.group(0).lower().rstrip("'\u2019s")
        if low in STOPWORDS_SHORT or low in TITLE_WORDS or low in CALENDAR_WORDS:
            continue
        if m.start() == 0 and inner is not None and low not in inner:
            continue
        keys.add(low[:KEY_LETTERS])
    return keys


def inner_names(texts) -> set[str]:
    """Words the texts capitalise inside a sentence: names, not "During" or "Asked"."""
    found = set()
    for text in texts:
        for paragraph in (text if isinstance(text, str) else "").split("\n"):
            for sentence in SENTENCE_SPLIT.split(paragraph.strip()):
                found.update(m.group(0).lower().rstrip("'\u2019s") for m in NAME_WORD.finditer(sentence) if m.start() > 0)
    return found


def cues(text: str, inner: set[str]) -> list[tuple[str, str, frozenset, bool, bool]]:
    """``(expression, status, name keys, inherited, explicit)`` for each day cue of a text.

    A sentence with no cue of its own inherits its paragraph's last one (``inherited``):
    "By Sunday afternoon the accord was fraying. Quiroga protested to Okonkwo by phone."
    """
    found = []
    paragraphs = [SENTENCE_SPLIT.split(p.strip()) for p in (text or "").split("\n")]
    for sentences in paragraphs:
        last = None
        for sentence in sentences:
            keys = frozenset(name_keys(sentence, inner))
            own = list(_sentence_cues(sentence))
            for expr, status, explicit in own:
                found.append((expr, status, keys, False, explicit))
            days = [c for c in own if not c[2]]
            if days:
                last = days[-1]
            elif last is not None and not own and keys:
                found.append((last[0], last[1], keys, True, False))
    return found


def _sentence_cues(sentence: str):
    explicit = list(EXPLICIT_RE.finditer(sentence))
    spans = [(m.start(), m.group(0), True) for m in explicit]
    taken = [(m.start(), m.end()) for m in explicit]
    for m in list(WEEKDAY_RE.finditer(sentence)) + list(RELATIVE_RE.finditer(sentence)):
        if not any(a <= m.start() < b for a, b in taken) and not NARRATIVE_RE.fullmatch(m.group(0).strip()) \
                and not (m.re is WEEKDAY_RE and _distant(sentence, m)):
            week = LAST_WEEK_AFTER.match(sentence, m.end()) if m.re is WEEKDAY_RE else None
            spans.append((m.start(), m.group(0) + (" last week" if week else ""), False))
    for start, expr, explicit in sorted(spans):
        before = sentence[max(0, start - FUTURE_REACH):start]
        status = ("planned" if FUTURE_CUE.search(before) or re.match(r"(?i)next|coming", expr)
                  or _future_verb_after(sentence, start, expr) else "happened")
        if DEADLINE_BEFORE.search(before) or ASKED_TO_BEFORE.search(before):
            status = "planned"
        if LATER_SAME_DAY.search(before):
            status = "planned today"
        if PAST_BY_ITS_WORDS.match(expr):
            status = "happened"
        yield expr.strip(), status, explicit


def _distant(sentence: str, weekday: re.Match) -> bool:
    """"On a Thursday two weeks ago", "On the Saturday, in Munich, ...": a weekday of another
    week or of the week the story is at, which says nothing about the reference day."""
    window = sentence[max(0, weekday.start("wd") - len("every ")):weekday.end("wd")]
    return DISTANT_WEEKDAY.search(window) is not None


# "On Monday Obama is due to hold ...", "On Tuesday, Hague will host ...": a cue opening its
# clause takes the tense of the verb that follows it (not of one after a past verb: "On Monday he
# signed what he will defend").
CLAUSE_OPENING = re.compile(r"(?:^|[,;:\u2014(]|\b(?:and|but|then|while|whereas))"
                            r"(?:\s*\b(?:and|but|then|so|by|on|late|early|until|from|as of))*\s*$", re.I)
FUTURE_AFTER = re.compile(r"^\s*(?:,\s*)?(?:(?!\w+ed\s)[\w'\u2019.-]+\s+){0,6}?(?:will|'ll|\u2019ll|shall|(?:is|are) (?:due|expected|scheduled"
                          r"|set|going|slated) to|(?:is|are) to|plans? to|intends? to)\b", re.I)


def _future_verb_after(sentence: str, start: int, expr: str) -> bool:
    """Whether a cue opening its clause is followed, within the clause, by a verb of the future."""
    if not CLAUSE_OPENING.search(sentence[:start]):
        return False
    after = sentence[start + len(expr):]
    clause = re.split(r"(?<=\w)[,;:]|\b(?:said|says|told|added)\b", after, maxsplit=1)[0]
    return bool(FUTURE_AFTER.search(clause))


# "last Friday", "yesterday", "last night" name a past day whatever verb comes before: "the talks
# will show whether the states that condemned it in Cairo last Friday go further".
PAST_BY_ITS_WORDS = re.compile(r"(?i)\s*(?:last\b|yesterday\b)")
LATER_SAME_DAY = re.compile(r"\blater\s*$", re.I)  # "expected to speak with him later on Saturday"
# "must leave the country before 5 April", "talks run until Friday": a limit, not the day something happened
DEADLINE_BEFORE = re.compile(r"\b(?:before|until|till|no later than)\s*$", re.I)
# "demanded to convene the council on 4 April", "agreed to meet again on Friday": the day of what was asked for
ASKED_TO_BEFORE = re.compile(r"\b(?:demand|request|ask|call|urg|propos|agree|decide|want)\w*\s+to\s+[a-z]+"
                             r"(?:\s+[\w'\u2019-]+){0,4}?\s+on\s*$", re.I)


# "on Thursday last week", "Thursday of last week": that weekday in the calendar week before
LAST_WEEK_AFTER = re.compile(r",?\s+(?:of\s+)?last week\b", re.I)
WEEKDAY_LAST_WEEK = re.compile(rf"(?i)(?:on\s+)?(?P<wd>{'|'.join(WEEKDAY_NAMES)}) last week$")


def resolve_cue(expr: str, day: pd.Timestamp, status: str) -> pd.Timestamp | None:
    """The date of a cue read against ``day``: a plan for a bare weekday is after that day
    ("will meet on Monday" is not said on the Monday), one "later on Saturday" may be that day;
    "Thursday last week" is the Thursday of the calendar week before ``day``'s."""
    last_week = WEEKDAY_LAST_WEEK.search(expr)
    if last_week:
        monday = day - pd.Timedelta(days=day.weekday() + 7)
        return monday + pd.Timedelta(days=WEEKDAY_NAMES.index(last_week["wd"].lower()))
    if status == "planned" and WEEKDAY_RE.fullmatch(expr) and not EXPLICIT_RE.search(expr):
        return resolve(expr, day + pd.Timedelta(days=1), status)["date"]
    return resolve(expr, day, "planned" if status == "planned today" else status)["date"]


class CorpusDays(NamedTuple):
    """What the dated articles say: name pair -> dates, and the corpus's inner names."""

    pairs: dict
    inner: set


def corpus_index(texts: pd.Series, dates: pd.Series, all_texts=None) -> CorpusDays:
    """Name pair -> the dates the dated articles give to sentences naming both; names are
    words that some text of ``all_texts`` (default: ``texts``) capitalises inside a sentence."""
    inner = inner_names(texts if all_texts is None else all_texts)
    index: dict[tuple, set] = defaultdict(set)
    for i, text in texts.items():
        anchor = dates[i]
        for expr, status, keys, inherited, _ in cues(text if isinstance(text, str) else "", inner):
            if inherited or len(keys) < MIN_SHARED_KEYS:
                continue
            day = resolve_cue(expr, anchor, status)
            if day is None:
                continue
            for pair in list(combinations(sorted(keys), 2))[:MAX_PAIRS]:
                index[pair].add(day)
    return CorpusDays(dict(index), inner)


EPOCH = pd.Timestamp("2000-01-03")  # a Monday: day numbers modulo 7 are weekdays


def content_date(text: str, corpus: CorpusDays, min_support: float = MIN_SUPPORT) -> pd.Timestamp | None:
    """The best-supported reference day of an undated text, or None (see module doc).

    A weekday or relative cue moves with the reference day's weekday only, so each is read
    against one week of days once and then shifted, which keeps the scan of candidate days
    cheap; an explicit date is read once (only its year depends on the day)."""
    weekly, explicit_cues, loose = [], [], []
    for expr, status, keys, inherited, explicit in cues(text, corpus.inner):
        if explicit:
            explicit_cues.append((expr, status))
            continue
        confirmed: dict = {}  # day number -> weight: a pair the corpus dates on fewer days tells more
        for pair in list(combinations(sorted(keys), 2))[:MAX_PAIRS]:
            days = corpus.pairs.get(pair, ())
            for day in days:
                number = (day - EPOCH).days
                confirmed[number] = max(confirmed.get(number, 0.0), 1 / len(days))
        shifts = [_shift(expr, status, k) for k in range(7)] if confirmed or not inherited else None
        if confirmed:
            weekly.append((shifts, confirmed, inherited))
        if not inherited and status == "happened":
            loose.append((shifts, confirmed))
    candidates = sorted({day + k for _, confirmed, _ in weekly for day in confirmed
                         for k in range(-WINDOW_DAYS, WINDOW_DAYS + 1)})
    if not candidates:
        return None
    middle = EPOCH + pd.Timedelta(days=candidates[len(candidates) // 2])
    fixed = [((found - EPOCH).days, status) for expr, status in explicit_cues
             for found in [resolve_cue(expr, middle, status)] if found is not None]
    best, best_key = None, None
    for day in candidates:
        score, against, spread = _score(day, weekly, fixed)
        if score < min_support or against >= score:
            continue
        key = (score - against, _coverage(day, weekly, loose), -spread, -day)
        if best_key is None or key > best_key:
            best, best_key = day, key
    return None if best is None else EPOCH + pd.Timedelta(days=best)


def _coverage(day: int, weekly: list, loose: list) -> int:
    """How many of the text's past cues that no corpus date confirms fall among the days its
    confirmed cues name, or run on from them day by day: a text is written after the last
    thing it reports, so "on Saturday" in a story confirmed on Thursday and Friday is that
    week's Saturday, not the one before."""
    agreeing = [day + shifts[day % 7] for shifts, confirmed, _ in weekly
                if shifts[day % 7] is not None and day + shifts[day % 7] in confirmed]
    if not agreeing:
        return 0
    first, reach = min(agreeing), max(agreeing)
    days = sorted(day + shifts[day % 7] for shifts, confirmed in loose
                  if shifts[day % 7] is not None and day + shifts[day % 7] >= first and day + shifts[day % 7] not in confirmed)
    covered = 0
    for found in days:  # the story's days run on from its confirmed ones without a gap
        if found > reach + 1:
            break
        covered, reach = covered + 1, max(reach, found)
    return covered


def _shift(expr: str, status: str, weekday: int) -> int | None:
    """Days from a reference day on ``weekday`` to the day a cue names."""
    day = EPOCH + pd.Timedelta(days=weekday)
    found = resolve_cue(expr, day, status)
    return None if found is None else (found - day).days


def _score(day: int, weekly: list, fixed: list) -> tuple[float, float, int]:
    """(agreeing cues, contradicted cues, days between ``day`` and the agreeing dates) of the
    text's cues read against ``day`` (a day number)."""
    score, against, spread = 0.0, 0.0, 0
    for found, status in fixed:  # "On 11 October ... was held": a day after D contradicts it
        if (status == "happened" and found > day) or (status != "happened" and found < day):
            against += 1
    for shifts, confirmed, inherited in weekly:
        shift = shifts[day % 7]
        if shift is None:
            continue
        if day + shift in confirmed:
            score += confirmed[day + shift] * (INHERITED_WEIGHT if inherited else 1.0)
            spread += abs(shift)
        elif not inherited and len(confirmed) == 1:  # the corpus dates these names on one other day
            against += 0.5 * max(confirmed.values())
    return score, against, spread
