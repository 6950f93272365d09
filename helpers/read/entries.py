"""The day of each entry of a live blog, from its entry headers.

A live page dated Tuesday keeps Monday's entries below Tuesday's, each headed by its clock
time and, for the earlier day, the day: "2040 GMT (Monday)", "18:15 (Monday 9 November)".
"Earlier in the day" or "this morning" in such an entry is that day, not the page's. An
entry whose header names no day takes the day of the last header above it that named one,
else the page's own day; a page with no such header has one day. The reader may have
set such headers aside as page chrome; they are then found in the raw file (``source``)
and placed in the text at the entry that follows them.
"""

from __future__ import annotations

import re

import pandas as pd

from helpers.calls.dates import EXPLICIT_RE, WEEKDAY_RE, WEEKDAYS, resolve
from helpers.read.clean import DAY_LINE

# "2040 GMT (Monday)", "18:15 BST (Monday 9 November)", "9.40am (Tuesday)": a header line alone
ENTRY_HEADER = re.compile(
    r"^[ \t]*(?:\d{1,2}[:.]?\d{2}|\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\.?)[ \t]*(?:[A-Z]{2,5}(?:[+-]\d{1,2})?|local(?: time)?)?"
    r"[ \t]*(?:\((?P<day>[^()\n]{3,40})\))?[ \t]*$", re.M | re.I)


SNIPPET = 60  # characters of an entry's first line that place it in the cleaned text


def entry_days(text: str, day, source: str | None = None) -> list[tuple[int, pd.Timestamp]]:
    """``(offset, day)`` from each entry header that names a day to the next one; empty when
    no header names a day (every entry is on the page's day). Headers are looked for in
    ``source`` (the raw file) when given, and placed in ``text`` by the line after them.
    A day line ("Tuesday 7 February") heads the entries under it; on a page whose newest
    entry comes first, a clock stamp hours later than the one above it starts the day before."""
    if not isinstance(text, str) or day is None or pd.isna(day):
        return []
    raw = source if isinstance(source, str) else text
    page_day = pd.Timestamp(day).normalize()
    headers = _headers(raw)
    newest_first = _newest_first([clock for _, _, _, clock in headers])
    found, current, searched, last_clock = [], page_day, 0, None
    for start, end, named, clock in headers:
        if named is not None:
            named = _header_day(named, page_day)
        elif newest_first and clock is not None and last_clock is not None and clock - last_clock > ROLLOVER_MINUTES:
            named = current - pd.Timedelta(days=1)  # past midnight, read downwards
        if clock is not None or named is not None:
            last_clock = clock  # a day line starts its day afresh
        at = start if raw is text else _placed(raw, end, text, searched)
        if at is None:
            continue
        searched = at
        if named is not None and named != current:
            found.append((at, named))
            current = named
    return found


# A clock stamp heading an entry, with its headline on the line or not: "00:12 CEST - Leaders
# agree", "2215 GMT: Blinken calls", "18:40 BST"; bare four digits only with a zone (not a year).
STAMP_LINE = re.compile(
    r"^[ \t]*(?:(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)|(?P<h4>[01]\d|2[0-3])(?P<m4>[0-5]\d)(?=[ \t]*[A-Z]{2,5}\b))"
    r"[ \t]*(?:[A-Z]{2,5}(?:[+-]\d{1,2})?|local(?: time)?)?[ \t]*(?:\((?P<day>[^()\n]{3,40})\))?"
    r"[ \t]*(?:[-:|\u2013\u2014][ \t]+\S[^\n]{0,120})?[ \t]*$", re.M)
# Clock stamps of one page may mix zones ("19:05 CEST" above "17:20 BST"): only a later stamp by
# more than this many minutes below an earlier one is a new (earlier) day.
ROLLOVER_MINUTES = 180


def _headers(raw: str) -> list[tuple[int, int, str | None, int | None]]:
    """``(start, end, day words, minutes after midnight)`` of the entry headers and day lines of
    a page, in page order."""
    found = {}
    for match in ENTRY_HEADER.finditer(raw):
        found[match.start()] = (match.start(), match.end(), match["day"], None)
    for match in STAMP_LINE.finditer(raw):
        hour, minute = (match["h"], match["m"]) if match["h"] is not None else (match["h4"], match["m4"])
        day_words = match["day"] or (found.get(match.start(), (0, 0, None))[2])
        found[match.start()] = (match.start(), match.end(), day_words, int(hour) * 60 + int(minute))
    if found and is_live_blog(raw):
        offset = 0
        for line in raw.splitlines(keepends=True):
            if DAY_LINE.match(line):
                found.setdefault(offset, (offset, offset + len(line.rstrip()), line.split("|")[0].strip(), None))
            offset += len(line)
    return [found[k] for k in sorted(found)]


def _newest_first(clocks: list) -> bool:
    """Whether a page's clock stamps mostly fall as one reads down (the newest entry first)."""
    stamps = [c for c in clocks if c is not None]
    pairs = list(zip(stamps, stamps[1:]))
    falling = sum(b < a for a, b in pairs)
    return len(stamps) >= 3 and falling > 2 * (len(pairs) - falling)


def _placed(raw: str, header_end: int, text: str, searched: int) -> int | None:
    """Where the entry after a raw header begins in the cleaned text."""
    following = raw[header_end:].lstrip()
    snippet = following.split("\n", 1)[0][:SNIPPET].strip()
    at = text.find(snippet, searched) if snippet else -1
    return None if at < 0 else at


def _header_day(words: str, page_day: pd.Timestamp) -> pd.Timestamp | None:
    """The day an entry header names: a weekday up to the page's day, or a date."""
    if not (EXPLICIT_RE.search(words) or WEEKDAY_RE.fullmatch(words.strip())
            or WEEKDAY_RE.match(words.strip()) and EXPLICIT_RE.search(words)):
        return None
    found = resolve(words, page_day, "happened")["date"]
    return None if found is None or found > page_day else found


def page_day_after_entries(text: str, day, source: str | None = None):
    """The page's own day for a live blog whose older entries are headed by a weekday
    ("2350 GMT (Monday)") and whose newer ones are not: the day after that weekday, the one
    nearest ``day`` (a day guessed from the page's content); else ``day``."""
    raw = source if isinstance(source, str) else text
    if not isinstance(raw, str) or day is None or pd.isna(day):
        return day
    headers = list(ENTRY_HEADER.finditer(raw))
    named = {m["day"].strip().lower() for m in headers if m["day"] and WEEKDAY_RE.fullmatch(m["day"].strip())}
    if len(named) != 1 or all(m["day"] for m in headers):
        return day
    weekday = WEEKDAYS.index(next(iter(named)).split()[-1])
    day = pd.Timestamp(day).normalize()
    options = [day + pd.Timedelta(days=k) for k in range(-3, 4) if (day + pd.Timedelta(days=k - 1)).weekday() == weekday]
    return min(options, key=lambda d: abs((d - day).days)) if options else day


# "1715 GMT - General X has left the villa ...": an entry stamped in UTC, on its own line or opening it
ENTRY_STAMP = re.compile(r"^[ \t]*(?P<h>[01]\d|2[0-3])[:.]?(?P<m>[0-5]\d)[ \t]*(?:GMT|UTC)\b", re.M)


def is_live_blog(text, source: str | None = None) -> bool:
    """Whether a page is a run of clock-stamped entries ("1405 GMT", "18:15 BST"): two or more."""
    for page in (text, source):
        if isinstance(page, str) and (len(ENTRY_HEADER.findall(page)) >= 2 or len(ENTRY_STAMP.findall(page)) >= 2
                                      or len(STAMP_LINE.findall(page)) >= 2):
            return True
    return False


def entry_stamps(text: str) -> list[tuple[int, int]]:
    """``(offset, minutes after midnight UTC)`` of each live-blog entry stamped in GMT/UTC."""
    if not isinstance(text, str):
        return []
    return [(m.start(), int(m["h"]) * 60 + int(m["m"])) for m in ENTRY_STAMP.finditer(text)]


def day_at(entries: list[tuple[int, pd.Timestamp]], offset, default):
    """The day of the entry holding character ``offset`` (``default`` before the first header
    that names a day, or for a page with none)."""
    if not entries or offset is None or pd.isna(offset):
        return default
    day = default
    for start, named in entries:
        if start > offset:
            break
        day = named
    return day


def raw_text(path) -> str | None:
    """The raw text of a plain-text article file, where the reader may have set lines aside."""
    if not isinstance(path, str) or not path.lower().endswith((".txt", ".md")):
        return None
    try:
        with open(path, encoding="utf-8", errors="replace") as handle:
            return handle.read()
    except OSError:
        return None
