"""Where the date mentions spaCy's DATE entities miss or cut are: found by pattern.

"previous Wednesday", "Mon 13th", "1st Jan", "mar3", "two days from today", "3 weeks after
Christmas", "next week on Friday", "the first Friday of next month", "on 4/22", "on the 21st".
The long pattern is tried only at a word that can start a date with a date word ahead, so
the cost stays a small share of the parse. ``dates.resolve`` gives each its calendar date.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from helpers.numbers import persian
from helpers.numbers.dates import (
    _COUNT, _UNIT, _WEEKDAY_WORD, BARE_DAY, BARE_SLASH_DATE, NEXT_SLASH_DATE, DAY_OF_MONTH, HOLIDAY_NAMES, MONTH_PREFIX, MONTHS, NUMERIC_DATE,
    ORDINAL_DAY_HINT, WEEKDAY_ABBR, WEEKDAYS,
)

_ORD = r"\d{1,2}(?:st|nd|rd|th)"
_UNIT_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_SMALL = (rf"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ]{_UNIT_WORD})?|ten|eleven|twelve|thirteen"
          rf"|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|{_UNIT_WORD})")
_CENTURY = r"(?:eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)"
# A year in words ("in nineteen forty-five") or after a day and month: "nineteen seventy two", "seventeen hundred thirty three", "two thousand and eighteen".
_YEAR_WORDS = rf"(?:two thousand(?: and)?(?: {_SMALL})?|{_CENTURY} hundred(?: and)?(?: {_SMALL})?|{_CENTURY} {_SMALL})"
_YEAR = rf"(?:,? (?:in |of )?(?:(?:19|20)\d\d|{_YEAR_WORDS}))"
_ORD_UNIT = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
# A day of the month in words: "first", "twenty second", "thirty-first", "eleventh".
_ORD_WORDS = (rf"(?:(?:twenty|thirty)[- ](?:{_ORD_UNIT})|{_ORD_UNIT}|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth"
              rf"|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)")
_MONTH = rf"{MONTH_PREFIX}\.?"
# "April of 87": a two-digit year ends the mention (not "April of 25 countries").
_SHORT_YEAR_END = r"(?!\d|\s*%|\s+(?!(?:in|at|and|when|to|on|by|for|but)\b)[a-z])"
# "Thursday, the first such meeting", "January, the first since 2016": an ordinal word before a
# noun or adverb is no day of the month (a day ends its clause or goes on with a preposition).
_DAY_WORD_END = r"(?!\s+(?!(?:of|at|in|on|and|or|when|to|for|by|but|after|before|with)\b)[a-z])"
# Date mentions spaCy's DATE entities often miss or cut: "previous Wednesday", "Mon 13th",
# "1st Jan", "mar3", "two days from today", "3 weeks after Christmas", "next week on Friday".
# "3 weeks after Christmas", "two days from now": a date counted from another.
_OFFSET = (rf"{_COUNT} {_UNIT}(?:,? (?:and )?{_COUNT} {_UNIT})* (?:ago|from (?:now|today|tomorrow|tmrw|yesterday)|later"
           rf"|(?:before|after|from) (?:{'|'.join(re.escape(h) for h in HOLIDAY_NAMES)}|today|tomorrow|tmrw|yesterday"
           rf"|{MONTH_PREFIX}\.? \d{{1,2}}(?:st|nd|rd|th)?(?:,? (?:19|20)\d\d)?|\d{{1,2}}/\d{{1,2}}/\d{{4}}))")
EXTRA_DATES = re.compile(
    rf"\b(?:(?:{_WEEKDAY_WORD}),? {_OFFSET}|{_OFFSET},? on (?:{_WEEKDAY_WORD})|(?:(?:last|next|previous|following|this|coming|past) )?(?:{'|'.join(re.escape(h) for h in HOLIDAY_NAMES)})"
    rf"(?:,? (?:of |in )?(?:19|20)\d\d)?"
    rf"|{_MONTH}/\d{{1,4}}(?![\d/])|\d{{1,2}}[/-]{MONTH_PREFIX}[/-]\d{{2,4}}|\d{{4}}-{MONTH_PREFIX}-\d{{1,2}}"
    rf"|{MONTH_PREFIX}-\d{{4}}-\d{{1,2}}|\d{{1,2}}\. {_MONTH} \d{{4}}"
    rf"|(?:the )?{_ORD_WORDS} (?:of )?{_MONTH}{_YEAR}?|{_MONTH},? (?:the )?{_ORD_WORDS}(?:{_YEAR}|{_DAY_WORD_END})"
    rf"|(?:(?:{_WEEKDAY_WORD}),? )?{_MONTH} {_SMALL}{_YEAR}"  # "Jan twenty one two thousand and eighteen"
    rf"|(?:{_WEEKDAY_WORD}),? (?:the )?{_ORD_WORDS}{_DAY_WORD_END}|\d{{1,2}} of {_MONTH}{_YEAR}?"
    rf"|(?:the )?\d{{1,2}}(?:st|nd|rd|th)?(?: day)? of (?:next|last|this|the following|the previous) month"
    rf"|{_COUNT} (?:{_WEEKDAY_WORD})s? (?:ago|from (?:now|today)|later|hence)"
    rf"|next (?:(?:the )?{_ORD} (?:of )?{_MONTH}|{_MONTH} \d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}/\d{{1,2}})(?![\d/]|,? \d)"
    rf"|(?:\d{{1,2}}(?:st|nd|rd|th)? )?{_MONTH} of '?\d\d{_SHORT_YEAR_END}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)? {_MONTH},? 1[0-8]\d\d(?=\s*(?:[.,;:!?)]|$))"
    rf"|{_OFFSET}"
    rf"|in {_COUNT} {_UNIT}(?! (?:of|time))|(?:the )?(?:next|following|previous) day(?! (?:of|in)\b)"
    rf"|the day (?:after|before)(?= ?(?:$|[.,;:!?)]))"
    rf"|(?:next|last|previous|this|coming) week,?\s*(?:-\s*|on )?(?:{_WEEKDAY_WORD})"
    rf"|(?:{_WEEKDAY_WORD}),? (?:of )?(?:next|last|this|the following|the previous) week"
    rf"|(?:last|next|previous|this|coming|upcoming|this coming|past|following) (?:{_WEEKDAY_WORD})"
    rf"|(?:{_WEEKDAY_WORD}),? (?:the )?{_ORD}"
    rf"|(?:the )?(?:first|1st|second|2nd|third|3rd|fourth|4th|last) (?:{_WEEKDAY_WORD}) (?:of|in) (?:the )?"
    rf"(?:(?:next|last|previous|this|following) month|{MONTH_PREFIX}(?: (?:19|20)\d\d)?)"
    rf"|(?:the )?(?:first|1st|second|2nd|third|3rd|fourth|4th) (?:{_WEEKDAY_WORD})(?![a-z])(?! (?:of|in|since|after|before)\b)"
    rf"|{MONTH_PREFIX}-(?:\d{{4}}|\d{{1,2}})|\d{{4}}/{MONTH_PREFIX}/\d{{1,2}}"
    rf"|(?:the )?{_ORD} (?:of )?{_MONTH}{_YEAR}?"
    rf"|{_MONTH}\s?\d{{1,2}}(?:st|nd|rd|th)?(?: ?, ?(?:19|20)\d\d|,? {_YEAR_WORDS})?(?=\W|$)"
    rf"|\d{{1,2}}(?:st|nd|rd|th)? {_MONTH}{_YEAR}?)\b", re.I)


# "22/04", "4/22", "11/20, 12 of Nov", "08/12,2015": a day above 12 makes a slash pair a date
# without a lead word; it ends its clause or takes a year ("1/16 inch", "2/3 majority" are no dates).
_DAY_ONLY = r"(?:1[3-9]|2\d|3[01])"
_MONTH_NUM = r"(?:0?[1-9]|1[0-2])"
CLEAR_SLASH_DATE = re.compile(rf"(?<![\d/.,$])((?:{_DAY_ONLY}/{_MONTH_NUM}|{_MONTH_NUM}/{_DAY_ONLY})(?:,\s?(?:19|20)\d\d)?"
                              rf"|\d{{1,2}}/\d{{1,2}},\s?(?:19|20)\d\d)"
                              r"(?![\d/]|,\d)(?=\s*(?:[.,;:!?)]|$))")


def extra_date_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of date mentions found by pattern (see EXTRA_DATES)."""
    from helpers.numbers.spans import scan_words

    found, end = [], -1
    words = scan_words(text)
    triggers = [start for start, _, word in words if word in TRIGGER_WORDS or word.rstrip("0123456789") in TRIGGER_WORDS
                or (word[-2:] in ORDINAL_ENDINGS and word[0].isdigit())]
    for i in _near_triggers(words, triggers):  # the long pattern is tried only where a date can start
        start, _, word = words[i]
        if start < end or not _may_start(word) and not (word in LEAD_WORDS and _lead(words, i + 1)):
            continue
        if start > 1 and text[start - 1] in ".," and text[start - 2].isdigit():
            continue  # "6,107.31 August": the decimals of an amount, not a day
        m = EXTRA_DATES.match(text, start)
        if m and not m.group(0).startswith("may"):  # "they may 5"
            found.append(m.span())
            end = m.end()
    if "/" in text:
        for m in BARE_SLASH_DATE.finditer(text):
            found.append(m.span(1))
            while (m := NEXT_SLASH_DATE.match(text, m.end())) is not None:
                found.append(m.span(1))
        found += [m.span(1) for m in CLEAR_SLASH_DATE.finditer(text)]
    found += [m.span(1) for m in BARE_DAY.finditer(text)]
    if ORDINAL_DAY_HINT.search(text):
        found += [m.span(1) for m in DAY_OF_MONTH.finditer(text)]
    return found + [m.span() for m in NUMERIC_DATE.finditer(text)] + persian.persian_date_spans(text)


START_WORDS = frozenset([*WEEKDAYS, *WEEKDAY_ABBR, *MONTHS, "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
                         "sept", "oct", "nov", "dec", "next", "last", "previous", "this", "coming", "upcoming", "past", "following",
                         "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "twenty", "thirty", "eleventh", "twelfth",
                         "first", "second", "third", "fourth", "one", "two", "three", "four", "five", "six", "seven",
                         "eight", "nine", "ten", "eleven", "twelve"] + [h.split()[0].split("'")[0] for h in HOLIDAY_NAMES])
TRIGGER_WORDS = frozenset([*WEEKDAYS, *WEEKDAY_ABBR, *MONTHS, "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
                           "sept", "oct", "nov", "dec", "ago", "later", "now", "today", "tomorrow", "yesterday",
                           "week", "weeks", "month", "months", "day", "days", "year", "years", "fortnight"]
                          + [w.split("'")[0] for h in HOLIDAY_NAMES for w in h.split()])
ORDINAL_ENDINGS = frozenset(["st", "nd", "rd", "th"])
TRIGGER_REACH = 45  # characters from where a date starts to its date word ("two years, one month and 21 days ago")
UNIT_WORDS = frozenset(["day", "week", "fortnight", "month", "year", "few", "couple"])
LEAD_WORDS = frozenset(["the", "a", "an", "in"])  # "the first Friday", "a month ago", "in two weeks"


def _near_triggers(words, triggers: list[int]):
    """Indices of the words at most TRIGGER_REACH characters before a date word ("Saturday", "ago", "21st")."""
    i = 0
    for trigger in triggers:
        i = max(i, bisect_left(words, (trigger - TRIGGER_REACH,)))
        while i < len(words) and words[i][0] <= trigger:
            yield i
            i += 1


def _lead(words, i: int) -> bool:
    """ "a month ago", "in a week", "the first Friday": a lead word before a word that can start a date."""
    if i >= len(words):
        return False
    word = words[i][2]
    return _may_start(word) or word in UNIT_WORDS or (word in LEAD_WORDS and _lead(words, i + 1))


def _may_start(word: str) -> bool:
    return word[0].isdigit() or word in START_WORDS or word.rstrip("0123456789") in START_WORDS
