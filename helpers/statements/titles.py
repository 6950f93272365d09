"""Speakers named by their title alone: "The Secretary encouraged ...", "the chancellor said".

A bare title ("the Secretary", "The President", "the chancellor") inside a readout or a
spokesperson's account stands for the article's holder of that title: the person whose
mentions carry the title word ("Secretary of State Rex Tillerson"), of the country of the
statement's outer source when several hold it (the Indian spokesman's "the minister" is the
Indian minister), else the one the article names most often.
"""

from __future__ import annotations

import re
from collections import Counter

import pandas as pd

from helpers.tables import frame_records

TITLE_ALONE = re.compile(r"^(?:the\s+)?(secretary|president|chancellor|minister|premier|emir|king|queen|"
                         r"prime\s+minister|foreign\s+minister|foreign\s+secretary|secretary\s+of\s+state)$", re.IGNORECASE)


def resolve_title_speakers(out: pd.DataFrame, mentions: pd.DataFrame) -> pd.DataFrame:
    """Fill rows whose speaker is a bare title with the article's holder of that title."""
    records = frame_records(out)
    wanted = {r["article_id"] for r in records if TITLE_ALONE.match(str(r["speaker_surface"] or "").strip())}
    if not wanted:
        return out
    people: dict[str, list[dict]] = {}
    for m in frame_records(mentions[mentions["article_id"].isin(wanted) & (mentions["type"] == "person")]):
        people.setdefault(m["article_id"], []).append(m)
    for r in records:
        match = TITLE_ALONE.match(str(r["speaker_surface"] or "").strip())
        if not match:
            continue
        title = match.group(1).lower().split()
        # not a person the same sentence names ("the emir spoke with Qatar's Emir Tamim": someone else)
        holders = [m for m in people.get(r["article_id"], []) if m["actor"] and m.get("label") != "role"
                   and m["sent_idx"] != r["sent_idx"] and _has_title(_titled_surface(m), title)]
        outer = {e["speaker_country"] for e in records if e is not r and e["article_id"] == r["article_id"]
                 and e["sent_idx"] == r["sent_idx"] and isinstance(e["speaker_country"], str)}
        same = [m for m in holders if m["country"] in outer]
        holders = same or holders
        if not holders or any(m["actor"] == r["speaker"] for m in holders):
            continue  # no holder known, or already the holder
        counts = Counter(m["actor"] for m in holders)
        best = max(counts, key=lambda a: (counts[a], max(m["start"] for m in holders if m["actor"] == a)))
        country = next((m["country"] for m in holders if m["actor"] == best and isinstance(m["country"], str)), None)
        r.update(speaker=best, speaker_type="person", speaker_country=country, speaker_how="title holder")
    return pd.DataFrame(records, index=out.index)


TITLE_CONTEXT_WORDS = 5  # words before a name searched for its title: "Secretary of State Rex Tillerson"


def _titled_surface(mention: dict) -> str:
    """A person mention with the words written just before it in its sentence."""
    surface, sentence = str(mention.get("surface") or ""), str(mention.get("sentence") or "")
    at = sentence.find(surface)
    before = sentence[:at].split()[-TITLE_CONTEXT_WORDS:] if at > 0 else []
    run: list[str] = []
    for word in reversed(before):  # only the title written right before the name: "U.S. Secretary of State"
        if not (word[:1].isupper() or word in {"of", "for"}):
            break
        run.insert(0, word)
    return " ".join(run + [surface])


def _has_title(surface: str, title: list[str]) -> bool:
    """"Secretary of State Rex Tillerson" carries "secretary"; "Prime Minister Kan" carries "prime minister"."""
    words = [w.lower().strip(".,") for w in surface.split()]
    n = len(title)
    # "the minister" is not the prime minister, nor "the president" a vice president
    return any(words[i:i + n] == title and (i == 0 or words[i - 1] not in DISTINCT_OFFICE_WORDS) for i in range(len(words) - n + 1))


DISTINCT_OFFICE_WORDS = {"prime", "vice", "deputy", "former", "press"}
