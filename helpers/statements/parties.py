"""Speakers that are several named parties: "Both countries have said ...", "the two leaders
agreed ...", "the three European leaders issued a joint statement".

A subject that counts its members names no one by itself; the members are the parties the
article named just before (two coordinated countries, the last N people). The row keeps one
speaker naming all of them, separated by "; ".
"""

from __future__ import annotations

import re

import pandas as pd

from helpers.tables import frame_records

PARTY_TYPES = {"country": "country", "place": "country", "organization": "institution", "person": "person"}
PAIR_SOURCE = re.compile(r"\b(both|the two)\s+(countries|nations|governments|capitals|sides)\b(?!\s+of\b)", re.IGNORECASE)
MAX_PAIR_GAP = 6  # characters between two coordinated names: "Russia and Belarus"
COUNT_WORDS = {"both": 2, "two": 2, "three": 3, "four": 4}
# "the two leaders", "both men", "the three European leaders", "the two foreign ministers"
GROUP_OF_PEOPLE = re.compile(
    r"^(?:the\s+)?(both|two|three|four)\s+(?:[A-Za-z-]+\s+)?(leaders|presidents|men|women|ministers|premiers|chancellors"
    r"|statesmen|counterparts|heads\s+of\s+state)$", re.IGNORECASE)
PEOPLE_LOOKBACK = 400  # characters before the subject where its members are named (this and the last sentence)


def resolve_pairs(out: pd.DataFrame, mentions: dict[str, list[dict]]) -> pd.DataFrame:
    """'Both countries have said ...': the two countries the article named together just before
    ("Russia and Belarus began joint drills ... Both countries have said ...")."""
    for pos, r in enumerate(frame_records(out)):
        surface = str(r["speaker_surface"] or "").lower()
        match = PAIR_SOURCE.search(str(r["sentence"]))
        if not match or not surface.endswith(match.group(2).lower()) or pd.isna(r.get("speaker_start")):
            continue
        countries = [m for m in mentions.get(r["article_id"], []) if PARTY_TYPES.get(m["type"]) == "country" and m["actor"]
                     and m["end"] <= r["speaker_start"]]
        pairs = [(a, b) for a, b in zip(countries, countries[1:]) if 0 < b["start"] - a["end"] <= MAX_PAIR_GAP and a["actor"] != b["actor"]]
        if pairs:
            a, b = pairs[-1]
            out.iloc[pos, [out.columns.get_loc(c) for c in ("speaker", "speaker_type", "speaker_country")]] = \
                [f"{a['actor']}; {b['actor']}", "country", a["country"] if isinstance(a["country"], str) else None]
            out.iloc[pos, out.columns.get_loc("speaker_how")] = "earlier mention"
    return out


def _definite(surface: str, sentence: str) -> bool:
    """"the two leaders", "both men" point back to people already named; "two ministers said" does not."""
    if surface.lower().startswith(("both ", "the ")):
        return True
    return re.search(rf"\b(?:the|both\s+of\s+the)\s+{re.escape(surface)}", sentence, re.IGNORECASE) is not None


def group_members(surface: str, start, mentions: list[dict], sentence: str = "") -> list[dict] | None:
    """The people a definite counted group stands for: the N distinct people named last before
    it, in reading order ("Erdogan hosted Putin, where the two leaders called ..." -> Erdogan, Putin)."""
    match = GROUP_OF_PEOPLE.match(surface.strip())
    if not match or start is None or pd.isna(start) or not _definite(surface.strip(), sentence):
        return None
    count = COUNT_WORDS[match.group(1).lower()]
    before = sorted((m for m in mentions if m["type"] == "person" and m["actor"] and start - PEOPLE_LOOKBACK <= m["start"]
                     and m["end"] <= start), key=lambda m: m["start"])
    members: dict[str, dict] = {}
    for m in reversed(before):
        if len(members) == count:
            break
        members.setdefault(m["actor"], m)
    if len(members) < count:
        return None
    return sorted(members.values(), key=lambda m: m["start"])


def resolve_group_people(out: pd.DataFrame, mentions: dict[str, list[dict]]) -> pd.DataFrame:
    """"The two leaders said", "both men agreed": the people named just before, one row naming all."""
    columns = [out.columns.get_loc(c) for c in ("speaker", "speaker_type", "speaker_country", "speaker_how")]
    for pos, r in enumerate(frame_records(out)):
        members = group_members(str(r["speaker_surface"] or ""), r.get("speaker_start"), mentions.get(r["article_id"], []),
                                str(r["sentence"] or ""))
        if members:
            country = members[0]["country"] if isinstance(members[0]["country"], str) else None
            out.iloc[pos, columns] = ["; ".join(m["actor"] for m in members), "person", country, "earlier mention"]
    return out
