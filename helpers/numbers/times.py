"""Clock times: "7 p.m.", "11:04 a.m. EST", "noon", "midnight", "a quarter to 8",
"half past seven", "15:00 Moscow time", "at 1600 GMT", "8 in the evening".

Pure string functions. Each time is minutes after midnight (seconds as a fraction), with the
zone as written ("EST", "Moscow") and, where the zone is known, the same time in UTC
(``utc_time``, minutes after midnight UTC). City zones use the IANA database on the
article's date, so "15:00 Kyiv time" is 13:00 UTC in February and 12:00 UTC in July.
"""

from __future__ import annotations

import re
from datetime import datetime
from zoneinfo import ZoneInfo

import pandas as pd

from helpers.numbers import words as numwords

# Fixed offsets (hours) of zone abbreviations news copy writes.
ZONE_OFFSETS = {"GMT": 0, "UTC": 0, "Z": 0, "BST": 1, "CET": 1, "CEST": 2, "EET": 2, "EEST": 3, "MSK": 3,
                "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7,
                "IST": 5.5, "JST": 9, "KST": 9, "AEST": 10, "AEDT": 11, "HKT": 8, "SGT": 8, "WIB": 7,
                "WET": 0, "WEST": 1, "WAT": 1, "CAT": 2, "SAST": 2, "EAT": 3, "TRT": 3, "IRST": 3.5, "GST": 4,
                "AFT": 4.5, "PKT": 5, "NPT": 5.75, "MMT": 6.5, "ICT": 7, "PHT": 8, "AWST": 8, "NZST": 12,
                "NZDT": 13, "AKST": -9, "HST": -10, "ART": -3, "BRT": -3}
# "15:00 Moscow time", "noon Paris time": the city's IANA zone.
CITY_ZONES = {
    "moscow": "Europe/Moscow", "kyiv": "Europe/Kyiv", "kiev": "Europe/Kyiv", "minsk": "Europe/Minsk",
    "paris": "Europe/Paris", "berlin": "Europe/Berlin", "london": "Europe/London", "brussels": "Europe/Brussels",
    "geneva": "Europe/Zurich", "warsaw": "Europe/Warsaw", "rome": "Europe/Rome", "madrid": "Europe/Madrid",
    "vienna": "Europe/Vienna", "ankara": "Europe/Istanbul", "istanbul": "Europe/Istanbul",
    "washington": "America/New_York", "new york": "America/New_York", "eastern": "America/New_York",
    "pacific": "America/Los_Angeles", "central": "America/Chicago", "beijing": "Asia/Shanghai",
    "tokyo": "Asia/Tokyo", "seoul": "Asia/Seoul", "delhi": "Asia/Kolkata", "tehran": "Asia/Tehran",
    "jerusalem": "Asia/Jerusalem", "tel aviv": "Asia/Jerusalem", "riyadh": "Asia/Riyadh",
    "dubai": "Asia/Dubai", "tbilisi": "Asia/Tbilisi", "baku": "Asia/Baku", "greenwich": "Etc/GMT",
}
_NUM_WORDS = "|".join(sorted([*numwords.UNITS, *numwords.TENS], key=len, reverse=True))
HOUR = rf"(?:\d{{1,2}}|(?:{_NUM_WORDS})(?:[- ](?:{_NUM_WORDS})){{0,2}})"
MERIDIEM = r"(?P<mer>[ap]\s?\.?\s?m\b(?:\s?\.)?|(?<=\d)[ap]\b(?![.'’]?\w))"
# Abbreviations that are also words ("WEST", "EAT", "CAT", "ART") count only in capitals.
WORD_LIKE_ZONES = ("WET", "WEST", "WAT", "CAT", "SAST", "EAT", "TRT", "IRST", "GST", "AFT", "PKT", "NPT", "MMT", "ICT",
                   "PHT", "AWST", "NZST", "NZDT", "AKST", "HST", "ART", "BRT")
_ZONE_NAMES = "|".join(sorted((z for z in ZONE_OFFSETS if z not in WORD_LIKE_ZONES), key=len, reverse=True))
_CAPITAL_ZONES = "(?-i:%s)" % "|".join(sorted(WORD_LIKE_ZONES, key=len, reverse=True))
ZONE = (r"(?P<zone>%s|%s)\b|(?P<city>%s)\s+time\b|(?P<local>local)\s+time\b"
        % (_ZONE_NAMES, _CAPITAL_ZONES, "|".join(n.title() for n in sorted(CITY_ZONES, key=len, reverse=True))))
PERIOD = (r"(?P<period>in the (?:morning|afternoon|evening|night)|at night|tonight|this (?:morning|afternoon|evening)"
          r"|(?:morning|afternoon|evening|lunchtime)\b)")
# "in the morning at 7", "afternoon 7:00", "tonight at 9": the part of day written first.
PRE_PERIOD = r"(?:(?P<pre>(?:in the |this )?(?:morning|afternoon|evening|night)|tonight)\s(?:at\s)?)?"
TAIL = rf"(?:\s?{MERIDIEM})?(?:\s*(?P<oclock>o'clock|o’clock|oclock|-?ish)\b|\s*(?:hours|hrs|h)\b)?(?:\s+{PERIOD})?(?:,?\s*(?:{ZONE}))?"
CLOCK = re.compile(
    rf"(?<![\w:.]){PRE_PERIOD}(?:(?:12\s)?(?P<special>noon|midday|mid-day|mid day|midnight)"
    rf"|(?P<rel>(?:a\s|three\s)?quarters?|half|{HOUR}(?:\s(?:minutes?|mins?))?)\s(?P<dir>past|after|to|before|till)\s(?P<rh>{HOUR})"
    rf"|(?P<h>\d{{1,2}})\s?[:.hH]\s?(?P<m>\d{{2}})(?::(?P<s>\d{{2}}))?"
    rf"|(?P<hhmm>[01]\d|2[0-3]|(?<!\d)\d)(?P<mm>[0-5]\d)(?=[ \t]*(?:GMT|UTC|Z\b|hours|hrs|local time|[A-Z][a-z]+ time\b|[ap]\.?m\b|{_CAPITAL_ZONES}\b))"
    rf"|(?P<bare>{HOUR}))(?=[^\w:]|[ap]\.?\s?m\b|[ap]\b|ish\b|$)" + TAIL, re.I)
# Every clock time has one of these near it; windows without one are skipped (the full pattern is slow).
CLOCK_HINT = re.compile(r"\d\s?[:.hH]\s?\d\d|[ap]\s?\.?\s?m\b|\d[ap]\b|o['’]?clock|\dish\b|-ish\b|\b(?:at|by|until|around) \w+\s*(?:$|[.,;!?])|noon|midnight|midday|mid[- ]day|\b(?:past|to|till|before|after)\b"
                        r"|\d{4}\s*(?:gmt|utc|z\b|hours|hrs|local|[a-z]+ time|(?-i:[A-Z]{3,4})\b)|morning|afternoon|evening|night|lunchtime", re.I)
BARE_HOURS = re.compile(r"\s*(?:hours|hrs)\b", re.I)
CLOCK_WORDS = frozenset([*numwords.UNITS, *numwords.TENS, "noon", "midday", "midnight", "mid"])
MORNING_WORDS = ("morning",)
EVENING_WORDS = ("afternoon", "evening", "night", "tonight")


def clock_times(text: str, date: pd.Timestamp | None = None) -> list[dict]:
    """Clock times in ``text`` (rows with start, end, surface, value, kind, unit, timezone, utc_time)."""
    from helpers.numbers.spans import number_windows

    rows = []
    near = [(a, b) for a, b in number_windows(text) if CLOCK_HINT.search(text, a, b)]
    for m in (m for start, end in near for m in CLOCK.finditer(text, start, end)):
        if UTC_OFFSET_BEFORE.search(text, max(0, m.start() - 6), m.start()):
            continue  # "India is GMT+5:30": an offset, not a time of day
        if m.group("bare") and BARE_HOURS.match(text, m.end("bare")) and not AT_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue  # "for about two hours this evening": a duration, not 14:00
        minutes = _minutes(m, _after_at(text, m))
        if minutes is None:
            continue
        zone = m.group("zone") or m.group("city") or m.group("local")
        end = m.end()
        while end > m.start() and text[end - 1] in " ,":
            end -= 1
        start = m.start("pre") if m.group("pre") else m.start()
        rows.append({"start": start, "end": end, "surface": text[start:end], "value": float(minutes),
                     "kind": "clock_time", "unit": "minutes after midnight",
                     "timezone": zone.upper() if m.group("zone") else zone.title() if zone else None,
                     "utc_time": utc_minutes(minutes, m.group("zone"), m.group("city"), date)})
    return rows + hours_minutes_times(text, date)


# "at 16 hours 55 minutes", "from 00 hours 00 minutes on 15 May": a time of day as translated
# official texts write it (two-digit minutes, after "at" or with zero-padded hours); "talks
# lasted 16 hours 55 minutes" stays a duration.
# "at 17 hours Moscow time": whole hours the same way, with the zone.
HOURS_MINUTES = re.compile(r"(?<![\w.])(?P<at>at\s+)?(?P<h>[01]?\d|2[0-3])\s+hours?(?:\s+(?:and\s+)?(?P<m>[0-5]\d)\s+minutes?\b)?"
                           rf"(?:,?\s*(?:{ZONE}))?", re.I)


def hours_minutes_times(text: str, date: pd.Timestamp | None = None) -> list[dict]:
    """Clock times written "16 hours 55 minutes" or "at 17 hours Moscow time" (see HOURS_MINUTES)."""
    rows = []
    for m in HOURS_MINUTES.finditer(text) if "hour" in text else ():
        zoned = m.group("zone") or m.group("city") or m.group("local")
        if not (m.group("at") and (m.group("m") or zoned) or m.group("m") and m.group("h").startswith("0") and len(m.group("h")) == 2):
            continue
        start, minutes = m.start("h"), int(m.group("h")) * 60 + int(m.group("m") or 0)
        rows.append({"start": start, "end": m.end(), "surface": text[start:m.end()], "value": float(minutes),
                     "kind": "clock_time", "unit": "minutes after midnight",
                     "timezone": m.group("zone").upper() if m.group("zone") else zoned.title() if zoned else None,
                     "utc_time": utc_minutes(minutes, m.group("zone"), m.group("city"), date)})
    return rows


UTC_OFFSET_BEFORE = re.compile(r"\b(?:GMT|UTC)\s?[+\-\u2212]$")
AT_BEFORE = re.compile(r"(?<![\w'])(?:at|by|until|till|around)\s+$", re.I)
# "stood at 7.", "closed at 6.45": a level, not a time of day.
LEVEL_BEFORE = re.compile(r"\b(?:stood|stands?|closed|closes|remained|remains?|peaked|ranked|ranks?|is|was|were|are|be|been"
                          r"|estimated|put|pegged|valued|capped|set|fixed|priced|traded|ended|opened|rate[sd]?|aged?)\s+\S+\s+$", re.I)
AT_END = re.compile(r"\s*(?:$|[;!?)]|[,.](?!\d)|\s(?:or|and|tonight|sharp)\b)", re.I)


def _after_at(text: str, m: re.Match) -> bool:
    """ "back at 7", "leave at 6.45?", "by ten forty five.": a bare number after "at" that ends
    the clause is a time of day (but "inflation stood at 7." is a level)."""
    before = text[max(0, m.start() - 30):m.start()]
    return bool(AT_BEFORE.search(before)) and not LEVEL_BEFORE.search(before) and bool(AT_END.match(text, m.end()))


def _minutes(m: re.Match, at_time: bool = False) -> float | None:
    """Minutes after midnight of a match, or None when it is not clearly a clock time."""
    mer = (m.group("mer") or "").lower().replace(" ", "").replace(".", "")
    period = (m.group("period") or m.group("pre") or "").lower()
    zoned = bool(m.group("zone") or m.group("city") or m.group("local"))
    if mer in {"a", "p"} and not (m.group("h") or at_time):
        return None  # "a 5p coin": pence; "7p" is a time only after "at" ("back at 7p") or as "9:00a"
    if m.group("special"):
        return 0.0 if m.group("special").lower() == "midnight" else 720.0
    if m.group("rel"):
        hour = _hour(m.group("rh"))
        rel = re.sub(r"^a |\s(minutes?|mins?)$", "", m.group("rel").lower())
        past = {"quarter": 15, "half": 30, "three quarters": 45}.get(rel) or _hour(rel, limit=59)
        tail = m.group(0)[m.end("rh") - m.start():].lower()
        if hour is None or past is None or hour > 12 or re.search(r"\bh(ou)?rs?\b|\bh$", tail):
            return None  # "two to three hours" is a duration
        if rel not in {"quarter", "half", "three quarters"} and past % 5 and "min" not in m.group("rel").lower():
            return None
        total = hour * 60 + (past if m.group("dir").lower() in {"past", "after"} else -past)
        return _meridiem(total, mer, period)
    if m.group("h"):
        hour, minute = int(m.group("h")), int(m.group("m"))
        sep_dot = re.search(r"\d\.\s?\d", m.group(0)) and not (mer or zoned or period or at_time)
        if hour > 23 or minute > 59 or sep_dot:
            return None  # "4.22" and "12.5" are not times without a.m./p.m. or a zone
        seconds = int(m.group("s") or 0) / 60
        return _meridiem(hour * 60 + minute, mer, period) + seconds
    if m.group("hhmm"):
        return _meridiem(int(m.group("hhmm")) * 60 + int(m.group("mm")), mer, period)
    hour, minute = _word_clock(m.group("bare"))
    tail = m.group(0)[len(m.group("bare")):].lower()
    if hour is None or hour > 12 or not (mer or m.group("period") or m.group("oclock") or at_time
                                         or (m.group("pre") and " at " in m.group(0) + " ")):
        return None  # "Friday night two people died": a part of day alone does not make "two" a time
    return _meridiem(hour * 60 + minute, mer, period)


def _word_clock(text: str) -> tuple[int | None, int]:
    """ "seven" -> (7, 0); "seven thirty" -> (7, 30); "ten forty five" -> (10, 45)."""
    hour = _hour(text)
    if hour is not None or not re.search(r"[a-z]", text, re.I):
        return hour, 0
    first, _, rest = re.sub(r"-", " ", text).partition(" ")
    hour, minute = _hour(first), _hour(rest, limit=59)
    return (hour, minute) if hour is not None and minute is not None and minute >= 10 else (None, 0)


def _hour(text: str, limit: int = 23) -> int | None:
    value = numwords.parse_number(text)
    if value is None or value != int(value) or not 0 <= value <= limit:
        return None
    return int(value)


def _meridiem(total: float, mer: str, period: str) -> float:
    """12-hour clock to minutes after midnight: "7 p.m." -> 1140, "12 at night" -> 0."""
    hour = int(total // 60) % 24
    evening = mer.startswith("p") or any(w in period for w in EVENING_WORDS) or ("lunch" in period and hour < 6)
    if (mer or period) and hour <= 12:
        if evening and hour < 12 and not ("night" in period and hour >= 12):
            total += 720
        elif (mer.startswith("a") or "night" in period) and hour == 12:
            total -= 720
    return float(total % 1440)


def utc_minutes(minutes: float, zone: str | None, city: str | None, date: pd.Timestamp | None) -> float | None:
    """The same clock time in UTC (minutes after midnight), or None when the zone is unknown."""
    if zone:
        return float((minutes - ZONE_OFFSETS[zone.upper()] * 60) % 1440)
    if city and date is not None and not pd.isna(date):
        day = pd.Timestamp(date).to_pydatetime()
        local = datetime(day.year, day.month, day.day, int(minutes // 60), int(minutes % 60),
                         tzinfo=ZoneInfo(CITY_ZONES[city.lower()]))
        offset = local.utcoffset().total_seconds() / 60
        return float((minutes - offset) % 1440)
    return None
