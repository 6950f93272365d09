"""Figures written in two parts, joined into one row: ranges and compound amounts.

"between 100,000 and 130,000", "5-10 days", "from two to three hours", "two or three weeks" are one row with
``low``/``high`` (value empty, approx ``range``); "1 hour and 30 minutes", "5 feet 2
inches", "thirteen dollars and forty-five cents" are one row with the summed value. Rows
are the number rows of one article in text order; ``number`` is a row's number before its
unit was applied ("three hours" -> 3), so "two to three hours" gives low 120.
"""

from __future__ import annotations

import re

# "between 100,000 and 130,000", "from 5 to 10", "5-10", "two to three": one range.
RANGE_GAP = re.compile(r"^\s*(?:-|\u2013|\u2014|to|and|or)\s*$", re.I)
DURATION_GAP = re.compile(r"^(?:\s*,)?\s+(?:and\s+)?$")
INCHES_AFTER = re.compile(r"\s?(?:in\b\.?|\")")
PROPORTION_GAP = re.compile(r"^\s+(?:in|out of)\s+$", re.I)


def join_ranges(rows: list[dict], text: str) -> list[dict]:
    """ "between 100,000 and 130,000 troops" -> one row, value empty, low 100000, high 130000."""
    out: list[dict] = []
    for row in rows:
        prev = out[-1] if out else None
        if prev is not None and _is_range(prev, row, text):
            start = prev["start"]
            lead = re.search(r"\b(between|from)\s+$", text[max(0, start - 9):start], re.I)
            start -= len(lead.group(0)) if lead else 0
            factor = row["value"] / row["number"] if row.get("number") and row["value"] is not None else 1.0
            low = prev["value"] * factor if prev["kind"] != row["kind"] else prev["value"]
            out[-1] = row | {"start": start, "surface": text[start:row["end"]], "value": None, "low": low,
                             "high": row["value"], "approx": "range", "counted": row.get("counted") or prev.get("counted")}
            continue
        out.append(row)
    return out


def join_durations(rows: list[dict], text: str) -> list[dict]:
    """One figure written in two parts: "1 hour and 30 minutes" (90), "5 feet 2 inches" (5.17
    feet), "thirteen dollars and forty-five cents" (13.45)."""
    out: list[dict] = []
    for row in rows:
        prev = out[-1] if out else None
        joined = prev is not None and DURATION_GAP.match(text[prev["end"]:row["start"]]) and not _duration_list(prev, row, text)
        inches = INCHES_AFTER.match(text, row["end"]) if joined and prev["unit"] == "foot" and row["kind"] == "count" else None
        if inches:  # "12 ft 2 in": "in" after a count that follows feet is inches
            row = row | {"kind": "measure", "unit": "inch", "end": inches.end()}
        value = _joined_value(prev, row, text) if joined else None
        if value is not None:
            out[-1] = prev | {"end": row["end"], "surface": text[prev["start"]:row["end"]], "value": value}
            continue
        out.append(row)
    return out


def join_word_durations(rows: list[dict], text: str) -> list[dict]:
    """ "one week three days", "a year, two months": durations found by different readers, one
    figure when the larger unit comes first with only a space, comma or "and" between."""
    out: list[dict] = []
    for row in rows:
        prev = out[-1] if out else None
        if prev is not None and prev["kind"] == row["kind"] == "duration" and prev["value"] and row["value"] \
                and prev["value"] > row["value"] and prev.get("low") is None and row.get("low") is None \
                and DURATION_GAP.match(text[prev["end"]:row["start"]]) and not _duration_list(prev, row, text):
            out[-1] = prev | {"end": row["end"], "surface": text[prev["start"]:row["end"]], "value": prev["value"] + row["value"]}
            continue
        out.append(row)
    return out


def _duration_list(a: dict, b: dict, text: str) -> bool:
    """ "3 years, 2 months, 14 days": durations set off by commas are a list of figures, each
    one read alone ("1 year 1 month 21 days" and "1 hour and 30 minutes" are one figure)."""
    return a["kind"] == b["kind"] == "duration" and "," in text[a["end"]:b["start"]]


def _joined_value(a: dict, b: dict, text: str) -> float | None:
    if a["value"] is None or b["value"] is None:
        return None
    if a["kind"] == b["kind"] == "duration":
        return a["value"] + b["value"]
    if a["kind"] == b["kind"] == "measure" and (a["unit"], b["unit"]) == ("foot", "inch"):
        return a["value"] + b["value"] / 12
    if a["kind"] == "money" and a["unit"] in {"USD", "EUR", "GBP", "CAD", "AUD"} and 0 < b["value"] < 100 and a["value"] == int(a["value"]) \
            and b["value"] == int(b["value"]) and ("cents" in str(b["unit"]) or "pence" in str(b["unit"]) or _bare_cents(a, b, text)):
        return a["value"] + b["value"] / 100
    return None


def _bare_cents(a: dict, b: dict, text: str) -> bool:
    """ "thirteen dollars forty-five", "15 USD 50 more": a bare count right after a plain amount
    is its cents; not in "$3 million, one official said" (a comma, a noun after the count, an
    amount in millions)."""
    return b["kind"] == "count" and a["value"] < 1_000_000 and "," not in text[a["end"]:b["start"]] \
        and not SCALE_WORD.search(a["surface"]) and not NOUN_AFTER.match(text, b["end"])


NOUN_AFTER = re.compile(r"\s+(?!more\b|less\b|each\b|and\b|or\b|to\b|for\b|in\b|on\b|at\b)[A-Za-z]")
SCALE_WORD = re.compile(r"\d\s?(?:m|bn|k)\b|\b(?:thousand|million|billion|trillion)\b", re.I)


def _is_range(a: dict, b: dict, text: str) -> bool:
    gap = text[a["end"]:b["start"]]
    if not RANGE_GAP.match(gap) or a["value"] is None or b["value"] is None or a["kind"] not in {"count", b["kind"]}:
        return False
    if gap.strip().lower() == "and" and not re.search(r"\bbetween\s+\S*$", text[max(0, a["start"] - 9):a["start"]], re.I):
        return False  # "3,000 and 1,700" are two figures unless "between" opens the range
    if gap.strip().lower() == "or" and not _near_alternatives(a, b):
        return False
    if b["kind"] in {"year", "ordinal"}:
        return False
    if gap.strip() == "-" and (text[max(0, a["start"] - 1):a["start"]] == "-" or text[b["end"]:b["end"] + 1] == "-"):
        return False  # "three-nought-four": a chain of numbers, no range
    low = a["value"] * (b["value"] / b["number"] if b.get("number") and a["kind"] != b["kind"] else 1)
    return low < b["value"]


def _near_alternatives(a: dict, b: dict) -> bool:
    """ "two or three months", "one or two days", "three or four ministers": an estimate given as
    two close whole numbers is one figure with its bounds; "1 or 100", "7.5 or 9" stay two."""
    low, high = a["value"], b.get("number") or b["value"]
    return a["kind"] == "count" and low == int(low) and high == int(high) and 0 < low < high <= 2 * low + 1


def join_proportions(rows: list[dict], text: str) -> list[dict]:
    """ "one in three adults", "two out of five hundred": one row, the share (0.333, 0.004)."""
    out: list[dict] = []
    for row in rows:
        prev = out[-1] if out else None
        if prev is not None and _is_proportion(prev, row, text):
            out[-1] = row | {"start": prev["start"], "surface": text[prev["start"]:row["end"]],
                             "value": prev["value"] / row["value"], "approx": prev.get("approx") or "exact"}
            continue
        out.append(row)
    return out


def _is_proportion(a: dict, b: dict, text: str) -> bool:
    if a["kind"] != "count" or b["kind"] != "count" or not PROPORTION_GAP.match(text[a["end"]:b["start"]]):
        return False
    low, high = a["value"], b["value"]
    return low is not None and high is not None and low == int(low) and high == int(high) and 1 <= low <= high <= 1000
