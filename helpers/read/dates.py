"""The reference date of every article (``articles.date``) and where it comes from (``date_source``).

Weekdays and year-less dates in an article ("on Saturday", "February 20") resolve against
its reference date, so every article gets one, from the best evidence it has:

- ``header`` / ``sidecar`` / ``record``: the date line of a text file's header, the
  ``metadata.csv`` sidecar, or the record's date field; ``given`` for a text passed with a date;
- ``url``: a date in the article's URL (".../2022/02/12/...", "...-20220212-...");
- ``dateline``: a date opening the body or one of its first lines ("KYIV, March 3, 2022 (Reuters) -",
  "Feb 12, 2022 -", "LAJES, Azores, March 16 -", "Valletta, 03.IV.2019 (MNA)." (``datelines``),
  "Lusaka, 14 March, ZANA.", "Riga, 2031 year 9 month 3 day (BNS)" (``otherdatelines``); a year-less one
  takes the year nearest the corpus date);
- ``header`` also for a weekday-named day in the headline or a subheading ("live updates,
  Tuesday 14 March", the weekday fixing the year), a posting stamp in the page chrome or an
  aggregator's source tag, else the latest of a live page's day dividers ("Tuesday 7 March"
  on its own line);
- ``text``: an explicit full date in the text ("on February 12, 2022"), preferring one whose
  weekday the text also names ("on Saturday ... February 12, 2022"), else the latest; none when
  the text reports a later day as happened (the full date is then background);
- ``corpus``: for an article with no date evidence at all, the day its own weekday and
  relative cues agree with the dates the dated articles give the same people
  (``contentdates``);
- ``same event``: failing that, the date of the dated article that reports the same event
  (the one sharing the most distinctive names, at least ``MIN_SHARED_NAMES``): the article
  may be days later, so its weekdays are not read against it (``helpers.calls.dating``); of
  dated articles sharing nearly as many names, the latest (news is written after the latest
  stage it reports). A ``corpus`` day that only the weaker support allows and that lies more
  than a week before that article's day is contradicted, and the same-event day is taken. An
  article about another event stays undated.

The run date is never a reference: an article with no evidence in a corpus with none stays
undated (NaT, ``date_source`` empty).
"""

from __future__ import annotations

import re

import pandas as pd

from helpers.actors.gazetteer import TITLE_WORDS
from helpers.read import contentdates
from helpers.read.clean import STOPWORDS_SHORT
from helpers.read.datelines import PLACE, line_starts, numeric_dateline
from helpers.read.entries import page_day_after_entries, raw_text
from helpers.read.otherdatelines import other_form_dateline

MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december")
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTH = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
# "February 12, 2022", "Feb. 12 2022", "12 February 2022", "12th of February, 2022",
# "12 of February of 2022 year" (translated agency copy), "2022-02-12".
FULL_DATE = re.compile(
    rf"\b(?:{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)"
    rf"|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH.replace('month', 'month2')},?\s+(?:of\s+)?"
    r"(?P<year2>(?:19|20)\d\d)"
    r"|(?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d))\b", re.I)
URL_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)[/_-]?([01]\d)[/_-]?([0-3]\d)(?!\d)")
# "KYIV, March 3 (Reuters) -", "Lusaka, 14 March, ZANA.", "Harare, 2 May (NAB) -",
# "Beijing, 14 June, Huaxia Press Agency.": a dateline
# with no year, month or day first, an agency after, takes the year that puts it nearest the corpus date.
_AGENCY_END = r"(?:\(|-|\u2013|\u2014|,\s*(?-i:[A-Z][A-Za-z]{1,20}(?:\s+[A-Z][A-Za-z]{1,20}){0,3})\s*(?:[.:(]|-|\u2013|\u2014))"
DATELINE_NO_YEAR = re.compile(
    rf"{PLACE},\s+(?:{_MONTH}\s+(?P<day>\d{{1,2}})|(?P<day2>\d{{1,2}})\s+"
    rf"{_MONTH.replace('month', 'month2')})\s*{_AGENCY_END}", re.I)
# "GENEVA, June 3, 2021 (Wire) -", "June 3, 2021 -": a full date opening the body.
DATELINE_START = re.compile(rf"(?:{PLACE},\s+)?(?=\S)")
DATELINE_END = re.compile(r"^\s*(?:\(|-|\u2013|\u2014|/|:|,\s*[A-Z][A-Za-z]{1,20}\s*[.:(])")  # ", ZANA." too
NAME_WORD = re.compile(r"\b[A-Z][a-z]{3,}\b")
MIN_SHARED_NAMES = 3  # an undated article takes a dated one's date only when they share names
MAX_NAME_SHARE = 0.5
NEAR_TIE_SHARE = 0.8  # a dated article sharing this share of the best one's name weight ties with it
FILE_SOURCES = {".json": "record", ".jsonl": "record", ".csv": "record"}


def date_source(path: str, meta: dict, raw_date: str | None) -> str | None:
    """Where a date read with the file came from: sidecar, record field, header or given."""
    if meta.get("date"):
        return "sidecar"
    if not raw_date:
        return None
    if path.startswith("<"):
        return "given"  # read_text(text, date=...)
    suffix = path[path.rfind("."):].lower() if "." in path else ""
    return FILE_SOURCES.get(suffix, "header")


def fill_reference_dates(articles: pd.DataFrame) -> pd.DataFrame:
    """Fill ``date`` and ``date_source`` for articles with no date from their file (see module doc)."""
    if "date_source" not in articles:
        articles["date_source"] = None
    articles["date_source"] = articles["date_source"].where(articles["date"].notna(), None).astype(object)
    for i in articles.index[articles["date"].isna()]:
        found, source = article_date(articles.at[i, "url"], articles.at[i, "text"],
                                     articles.at[i, "boilerplate"] if "boilerplate" in articles else None)
        if found is not None:
            articles.at[i, "date"], articles.at[i, "date_source"] = found, source
    undated = articles["date"].isna()
    in_text = articles["date_source"] == "text"
    own = ~undated & articles["duplicate_of"].isna() if "duplicate_of" in articles else ~undated
    if not (undated | in_text).any() or not own.any():
        return articles
    common = articles.loc[own, "date"].mode().iloc[0]
    for i in articles.index[undated | in_text]:  # a year-less dateline or a weekday-named day in the headline
        # "Vienna, 13 July, ZNA. ... a framework reached in Lausanne on 2 April 2015": the dateline is the article's day
        near = _dateline_near(articles.at[i, "text"], common)
        if in_text[i]:
            if near is not None:
                articles.at[i, "date"], articles.at[i, "date_source"] = near, "dateline"
            continue
        header = header_line_date(_headlines(articles, i),
                                  articles.at[i, "boilerplate"] if "boilerplate" in articles else None, common)
        header = header if header is not None else latest_day_divider(articles.at[i, "text"], common)
        if near is not None:
            articles.at[i, "date"], articles.at[i, "date_source"] = near, "dateline"
        elif header is not None:
            articles.at[i, "date"], articles.at[i, "date_source"] = header, "header"
    undated = articles["date"].isna()
    own = ~undated & articles["duplicate_of"].isna() if "duplicate_of" in articles else ~undated
    dated = articles.loc[own, "date"]
    same_event = _dates_of_same_event(articles.loc[dated.index, "text"], dated, articles.loc[undated, "text"])
    index = contentdates.corpus_index(articles.loc[dated.index, "text"], dated, articles["text"])
    for i in articles.index[undated]:
        text = articles.at[i, "text"]
        support = contentdates.MIN_SUPPORT if same_event.get(i) is None else contentdates.MIN_SUPPORT_SAME_EVENT
        content = contentdates.content_date(text, index, support) if isinstance(text, str) else None
        if content is not None and _weak_and_early(content, same_event.get(i), text, index):
            content = None
        if content is not None:  # the day its weekdays agree with the dated articles
            raw = raw_text(articles.at[i, "path"]) if "path" in articles else None
            articles.at[i, "date"], articles.at[i, "date_source"] = page_day_after_entries(text, content, raw), "corpus"
        elif same_event.get(i) is not None:  # the date of the dated article sharing most names
            articles.at[i, "date"], articles.at[i, "date_source"] = same_event[i], "same event"
    return articles


def _weak_and_early(content: pd.Timestamp, same_event, text: str, index) -> bool:
    """A day that only the weaker support allows and lies more than a week before the day of
    the article reporting the same event: its weekdays were read in the wrong week, since the
    text reports what that article dates (news is written after what it reports)."""
    if same_event is None or (same_event - content).days <= contentdates.WINDOW_DAYS:
        return False
    return contentdates.content_date(text, index, contentdates.MIN_SUPPORT) is None


# "Water talks: live updates, Tuesday 14 March", "our coverage, Thursday, March 16":
# a day named with its weekday in a headline or subheading; the weekday picks the year.
WEEKDAY_DATE = re.compile(
    rf"\b(?P<wd>{'|'.join(WEEKDAYS)}),?\s+(?:(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH.replace('month', 'month2')}"
    rf"|{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?)\b", re.I)
# "Last updated 16/03/2023 - 09:10 GMT": a posting stamp, read day-first or month-first,
# whichever is nearer the corpus date.
# "tag line: Source: Harbour Post | via NewsDesk | 09/11/2014": an aggregator's source tag ends with the day too.
STAMP_DATE = re.compile(r"(?:\b(?:posted|published|updated|dated)\b\D{0,12}|^tag line:\s*source\s*:[^|\n]{2,60}(?:\|[^|\n]{2,60})*\|\s*)"
                        r"(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)\b", re.I)
MAX_STAMP_DAYS = 45  # a stamp read either way must fall this near the corpus date
SKIPPED_CHROME = ("related", "share", "copyright")  # chrome lines that name other stories' days
DATED_CHROME = ("tag line:", "byline:")  # removed lines that carry the page's own full date


def _headlines(articles: pd.DataFrame, i) -> list[str]:
    """The headline, and the raw file's first line when the reader shortened it ("... live:
    pilot handed over - Friday 1 March" read as a headline and an outlet)."""
    title = articles.at[i, "title"] if "title" in articles else None
    raw = raw_text(articles.at[i, "path"]) if "path" in articles else None
    first = raw.lstrip().split("\n", 1)[0][:MAX_HEADLINE] if raw else None
    return [t for t in (title, first) if isinstance(t, str)]


MAX_HEADLINE = 200


def header_line_date(title, chrome, common: pd.Timestamp) -> pd.Timestamp | None:
    """A weekday-named day in the headline (or headlines) or a subheading, or a posting stamp
    in the page chrome the reader left out (``boilerplate`` lines, "kind: text")."""
    lines = [title] if isinstance(title, str) else [t for t in title or [] if isinstance(t, str)]
    if chrome is not None and not isinstance(chrome, str):
        lines += [str(line) for line in chrome if not str(line).lower().startswith(SKIPPED_CHROME)]
    for line in lines:
        m = WEEKDAY_DATE.search(line)
        if m:
            month = (m.group("month") or m.group("month2")).lower().rstrip(".")[:3]
            number = next(i + 1 for i, name in enumerate(MONTHS) if name.startswith(month))
            options = [_timestamp(common.year + k, number, m.group("day") or m.group("day2")) for k in (-1, 0, 1)]
            options = [d for d in options if d is not None]
            nearest = min(options, key=lambda d: abs(d - common)) if options else None
            if nearest is not None and WEEKDAYS[nearest.weekday()] == m.group("wd").lower():
                return nearest
        m = STAMP_DATE.search(line)
        if m:
            options = [d for d in (_timestamp(m[3], m[2], m[1]), _timestamp(m[3], m[1], m[2])) if d is not None]
            options = [d for d in options if abs((d - common).days) <= MAX_STAMP_DAYS]
            if options:
                return min(options, key=lambda d: abs(d - common))
    return None


# A live page's day dividers, each on its own line: "Tuesday 7 March", "Monday, March 6, 2023".
DAY_DIVIDER = re.compile(rf"\s*{WEEKDAY_DATE.pattern}(?:,?\s+(?P<year>(?:19|20)\d\d))?\s*", re.I)


def latest_day_divider(text, common: pd.Timestamp) -> pd.Timestamp | None:
    """The latest of a live page's day dividers (its last update), each read in the year it
    states or else the one nearest the corpus date, and kept only when its weekday agrees."""
    days = []
    for line in text.split("\n") if isinstance(text, str) else []:
        m = DAY_DIVIDER.fullmatch(line)
        if m is None:
            continue
        month = (m.group("month") or m.group("month2")).lower().rstrip(".")[:3]
        number = next(i + 1 for i, name in enumerate(MONTHS) if name.startswith(month))
        years = [int(m.group("year"))] if m.group("year") else [common.year + k for k in (-1, 0, 1)]
        options = [d for d in (_timestamp(y, number, m.group("day") or m.group("day2")) for y in years) if d is not None]
        nearest = min(options, key=lambda d: abs(d - common)) if options else None
        if nearest is not None and WEEKDAYS[nearest.weekday()] == m.group("wd").lower():
            days.append(nearest)
    return max(days, default=None)


def _dates_of_same_event(dated_texts: pd.Series, dates: pd.Series, undated_texts: pd.Series) -> dict:
    """For each undated article, the date of the dated article that reports the same event:
    the one sharing the most distinctive names (weighted by rarity), when it shares at least
    ``MIN_SHARED_NAMES``. An article about another event gets no date: a folder may mix events
    ("Modi spoke with Putin on Tuesday" beside coverage of a Singapore summit), and a corpus-wide
    date would make its weekdays wrong rather than unknown."""
    names = {i: _names(t) for i, t in dated_texts.items()}
    postings: dict[str, list] = {}
    for i, found in names.items():
        for name in found:
            postings.setdefault(name, []).append(i)
    common_cut = max(2, len(names) * MAX_NAME_SHARE)  # names in most articles tell nothing
    result = {}
    for j, text in undated_texts.items():
        scores: dict = {}
        for name in _names(text):
            owners = postings.get(name, [])
            if len(owners) > common_cut and len(names) > 2:
                continue
            for i in owners:
                scores.setdefault(i, [0, 0.0])
                scores[i][0] += 1
                scores[i][1] += 1 / len(owners)
        best = max(scores.items(), key=lambda kv: kv[1][1], default=None)
        if not best or best[1][0] < MIN_SHARED_NAMES:
            result[j] = None
            continue
        # news is written after the latest stage it reports: of articles sharing nearly as
        # many names as the best, the latest
        near = [i for i, (count, weight) in scores.items()
                if count >= MIN_SHARED_NAMES and weight >= NEAR_TIE_SHARE * best[1][1]]
        result[j] = max(dates[i] for i in near)
    return result


def _names(text) -> set[str]:
    """Capitalised words of four or more letters that are not function words, titles or
    calendar words (names, mostly: "Modi", "Kyiv", not "President" or "Tuesday")."""
    if not isinstance(text, str):
        return set()
    return {w for w in NAME_WORD.findall(text)
            if w.lower() not in STOPWORDS_SHORT | TITLE_WORDS and w.lower() not in WEEKDAYS and w.lower() not in MONTHS}


def _dateline_near(text, common: pd.Timestamp) -> pd.Timestamp | None:
    """The date of a year-less dateline ("KYIV, March 3 (Reuters) -") nearest the corpus date."""
    starts = line_starts(text) if isinstance(text, str) else []
    m = next((m for m in (DATELINE_NO_YEAR.match(text, start) for start in starts) if m), None)
    if m is None:
        return None
    month = (m.group("month") or m.group("month2")).lower().rstrip(".")[:3]
    number = next(i + 1 for i, name in enumerate(MONTHS) if name.startswith(month))
    options = [_timestamp(common.year + k, number, m.group("day") or m.group("day2")) for k in (-1, 0, 1)]
    options = [d for d in options if d is not None]
    return min(options, key=lambda d: abs(d - common)) if options else None


def article_date(url, text, chrome=None) -> tuple[pd.Timestamp | None, str | None]:
    """An article's own date evidence: URL, a full date on a page line the reader removed
    ("tag line: Posted by Desk | World | 27 Jan 2019", from ``boilerplate``), dateline, then
    full dates in its text."""
    if isinstance(url, str):
        for m in URL_DATE.finditer(url):
            found = _timestamp(m.group(1), m.group(2), m.group(3))
            if found is not None:
                return found, "url"
    if chrome is not None and not isinstance(chrome, str):
        posted = text_date(" \n".join(str(line) for line in chrome if str(line).startswith(DATED_CHROME)))
        if posted is not None:
            return posted, "header"
    if not isinstance(text, str):
        return None, None
    found = _full_dateline(text) or numeric_dateline(text) or other_form_dateline(text)
    if found is not None:
        return found, "dateline"
    found = text_date(text)
    if found is None or reports_later_event(text, found):
        return None, None
    return found, "text"


MAX_LATER_EVENT_DAYS = 60  # a year-less day read in the year nearest the full date, within two months after it


def reports_later_event(text: str, day: pd.Timestamp) -> bool:
    """Whether the text reports as happened a day after ``day``: then ``day`` is background,
    not the article's date ("the Beijing agreement of 10 March 2023 ... in the first call, on
    23 March, they agreed to meet": the article is written after 23 March)."""
    for expr, status, _, _, explicit in contentdates.cues(text, set()):
        if explicit and status == "happened":
            found = contentdates.resolve_cue(expr, day, "nearest")
            if found is not None and 0 < (found - day).days <= MAX_LATER_EVENT_DAYS:
                return True
    return False


def _full_dateline(text: str) -> pd.Timestamp | None:
    """A full date opening one of the first lines, as a dateline: "GENEVA, June 3, 2021 (Wire) -"."""
    for line_start in line_starts(text):
        start = DATELINE_START.match(text, line_start)
        first = FULL_DATE.match(text, start.end()) if start else None
        if first and DATELINE_END.match(text[first.end():first.end() + 25]):
            found = _from_match(first)
            if found is not None:
                return found
    return None


def text_date(text: str) -> pd.Timestamp | None:
    """The explicit full date of a text: one whose weekday the text names, else the latest."""
    dates = [d for d in (_from_match(m) for m in FULL_DATE.finditer(text)) if d is not None]
    if not dates:
        return None
    named = {w for w in WEEKDAYS if re.search(rf"\b{w}\b", text, re.I)}
    agreeing = [d for d in dates if WEEKDAYS[d.weekday()] in named]
    return max(agreeing or dates)


def _from_match(m: re.Match) -> pd.Timestamp | None:
    if m.group("iso"):
        return _timestamp(*m.group("iso").split("-"))
    month = m.group("month") or m.group("month2")
    day, year = m.group("day") or m.group("day2"), m.group("year") or m.group("year2")
    number = next(i + 1 for i, name in enumerate(MONTHS) if name.startswith(month.lower().rstrip(".")[:3]))
    return _timestamp(year, number, day)


def _timestamp(year, month, day) -> pd.Timestamp | None:
    try:
        return pd.Timestamp(int(year), int(month), int(day))
    except ValueError:
        return None
