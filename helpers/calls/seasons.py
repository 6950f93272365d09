"""Seasons as date spans: "last summer", "earlier in the summer", "this spring", "winter 2019".

A season names no day, so a contact dated by one gets only ``date_approx`` (an ISO interval),
and a contact that happened in a season the article's day is not in is an earlier one (the
two "had met as recently as last summer"), never the day's contact. Seasons are the
meteorological ones of the northern hemisphere, where the reported capitals mostly lie.
"""

from __future__ import annotations

import re

import pandas as pd

SEASON_MONTHS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}  # first month of each
# "fall" is also a verb and a noun ("the fall of the city"): a season only after last/this/next.
# A bare season word needs a preposition or article before it ("a summer residence" is no time).
# "the summer palace", "the winter session": a season word that qualifies the next noun
_FOLLOWING = r"(?:of|and|or|in|at|on|to|before|after|when|while|as|that|with|for|by|the|this|last)"
_FALL = r"(?:(?<=last )|(?<=past )|(?<=this )|(?<=next ))fall"
SEASON_RE = re.compile(
    r"\b(?:(?P<rel>last|past|previous|this|next|coming)\s+|(?P<shift>earlier|later)\s+(?:in\s+the|this)\s+"
    r"|(?P<art>(?:(?:in|during|over|through|since)\s+)?the\s+)(?:(?:early|late|mid)[\s-]+)?"
    r"|(?:in|during)\s+(?:(?:early|late|mid)[\s-]+)?|(?:early|late|mid)[\s-]+)"
    rf"(?P<season>spring|summer|autumn|winter|{_FALL})(?:\s+(?:of\s+)?(?P<y>(?:19|20)\d\d))?\b"
    rf"(?(art)(?!\s+(?!{_FOLLOWING}\b)[a-z]))"
    rf"|\b(?P<season2>spring|summer|autumn|winter)\s+(?:of\s+)?(?P<y2>(?:19|20)\d\d)\b", re.I)


def names_a_season(text: str) -> bool:
    """Whether words name a season ("last summer", "in the spring of 2019")."""
    return bool(SEASON_RE.search(text))


def season_span(text: str, anchor: pd.Timestamp, ahead: bool = False) -> str | None:
    """ISO interval of the season the words name, against the reference day: "last summer"
    the latest summer over before the day, "this summer" / "earlier in the summer" the one
    the day is in (up to the day before it, for "earlier"), a bare season the latest begun
    (or for a plan, ``ahead``, the next one not over)."""
    match = SEASON_RE.search(text)
    if match is None:
        return None
    first_month = SEASON_MONTHS[(match["season"] or match["season2"]).lower()]
    year = match["y"] or match["y2"]
    rel, shift = (match["rel"] or "").lower(), (match["shift"] or "").lower()
    latest = _latest_begun(anchor, first_month)
    if year:
        start = _season_start(int(year), first_month)
    elif rel in {"last", "past", "previous"}:
        start = latest if _season_end(latest) < anchor else _season_start(latest.year - 1, first_month)
    elif rel in {"next", "coming"}:
        start = _next_begun_after(anchor, first_month)
    elif shift == "earlier" or not (ahead or shift == "later") or _season_end(latest) >= anchor:
        start = latest  # "earlier in the summer"; "in the summer" of a contact that happened
    else:
        start = _next_begun_after(anchor, first_month)  # "they will meet in the summer", said in the autumn
    end = _season_end(start)
    if shift == "earlier" and start <= anchor <= end:
        end = max(start, anchor - pd.Timedelta(days=1))
    return f"{start:%Y-%m-%d}/{end:%Y-%m-%d}"


def _season_start(year: int, first_month: int) -> pd.Timestamp:
    return pd.Timestamp(year=year, month=first_month, day=1)


def _season_end(start: pd.Timestamp) -> pd.Timestamp:
    return (start + pd.DateOffset(months=3)) - pd.Timedelta(days=1)


def _latest_begun(anchor: pd.Timestamp, first_month: int) -> pd.Timestamp:
    start = _season_start(anchor.year, first_month)
    return start if start <= anchor else _season_start(anchor.year - 1, first_month)


def _next_begun_after(anchor: pd.Timestamp, first_month: int) -> pd.Timestamp:
    start = _season_start(anchor.year, first_month)
    return start if start > anchor else _season_start(anchor.year + 1, first_month)
