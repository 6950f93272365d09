"""The part of the day a contact's words put it in ("early on Sunday", "on Saturday evening",
"late on Tuesday", "on Sunday night"): an order within a day for contacts without a clock time
or a cue. A contact whose words name no part of the day stands between the morning and the
evening ones.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

import pandas as pd

PARTS = [  # the first that matches decides: "late on Sunday night" is night
    (re.compile(r"\b(?:before dawn|at dawn|dawn|small hours|early hours|overnight|early on)\b", re.I), 0),
    (re.compile(r"\bmorning\b", re.I), 1),
    (re.compile(r"\b(?:midday|noon|lunch(?:time)?)\b", re.I), 2),
    (re.compile(r"\bafternoon\b", re.I), 3),
    (re.compile(r"\b(?:evening|dinner|tonight)\b", re.I), 5),
    (re.compile(r"\b(?:night|late on|late-night|late in the day|midnight)\b", re.I), 6),
]
UNKNOWN_PART = 4  # between the afternoon and the evening: an untold part of the day
REACH = 14  # characters around the day words where "morning" or "early on" still belongs to them


def part_of_day(sentence, words) -> int | None:
    """Rank of the part of the day the words (with the few words around them) name, or None."""
    if not isinstance(words, str) or not words.strip() or not isinstance(sentence, str):
        return None
    at = sentence.find(words)
    window = words if at < 0 else sentence[max(0, at - REACH):at + len(words) + REACH]
    return next((rank for pattern, rank in PARTS if pattern.search(window)), None)


def event_parts(cm: pd.DataFrame) -> dict[str, int]:
    """event_id -> the part of the day most of its mentions' day words name."""
    found: dict[str, Counter] = defaultdict(Counter)
    references = cm["reference"] if "reference" in cm else pd.Series(False, index=cm.index)
    for event, sentence, words, reference in zip(cm["event_id"], cm["sentence"], cm["date_expr"], references):
        rank = None if reference is True else part_of_day(sentence, words)
        if rank is not None:
            found[event][rank] += 1
    return {event: max(ranks, key=lambda r: (ranks[r], -r)) for event, ranks in found.items()}
