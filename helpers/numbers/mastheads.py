"""The masthead of a live page: its date line and clock note, metadata rather than story.

A live blog opens with lines such as "Friday 30 April 1982." or "Thursday 6 April 2023 - all
times EDT (GMT minus four hours)" and "Times are GMT; Lisbon is one hour ahead, Ottawa five
hours behind." They say when the page was written and how to read its clock, like the header
date of a wire story; the figures in them ("one hour", "five hours") are not the story's.
"""

from __future__ import annotations

import re

from helpers.read.dates import MONTHS as CALENDAR_MONTHS

MONTHS = "|".join(month.capitalize() for month in CALENDAR_MONTHS)
WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+"
# A full date with its year, alone at the start of a line: "Friday 30 April 1982", "Monday, June 3, 1991".
DATE_LINE = re.compile(rf"(?:{WEEKDAY})?(?:\d{{1,2}}\s+(?:{MONTHS})|(?:{MONTHS})\s+\d{{1,2}},?)\s+\d{{4}}(?=\s*(?:[.;|\u2013\u2014-]|$))")
# "Times are GMT", "All times are Beijing time (GMT+8)", "all times EDT": how to read the page's clock.
CLOCK_NOTE = re.compile(r"\(?(?:all\s+)?times\s+(?:are|in|shown)?\s*(?:(?-i:[A-Z]{2,4})\b|\w+\s+time\b|local\b)", re.I)
SEPARATOR = re.compile(r"\s*[.;|\u2013\u2014-]?\s*")
# Only the opening lines can be a masthead; a date line further down is a day divider of the blog.
MASTHEAD_LINES = 3
LONGEST_MASTHEAD_LINE = 240


def masthead_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the masthead lines at the top of an article; none in a one-line text."""
    lines = _opening_lines(text)
    if len(lines) < 2:
        return []
    return [(start, end) for start, end in lines[:MASTHEAD_LINES] if _is_masthead_line(text[start:end])]


def outside_masthead(rows: list[dict], text: str) -> list[dict]:
    """Number rows that do not fall in the article's masthead lines."""
    spans = masthead_spans(text)
    return [row for row in rows if not any(start <= row["start"] < end for start, end in spans)]


def _opening_lines(text: str) -> list[tuple[int, int]]:
    lines, offset = [], 0
    for line in text.split("\n"):
        if line.strip():
            lines.append((offset, offset + len(line)))
        offset += len(line) + 1
    return lines


def _is_masthead_line(line: str) -> bool:
    """ "Friday 30 April 1982.", "Monday 3 May 2004 - all times BST", "Times are GMT; ..."."""
    line = line.strip()
    if len(line) > LONGEST_MASTHEAD_LINE:
        return False
    date = DATE_LINE.match(line)
    rest = line[date.end():] if date else line
    if date:
        rest = rest[SEPARATOR.match(rest).end():]
        if not rest:
            return True
    return bool(CLOCK_NOTE.match(rest))
