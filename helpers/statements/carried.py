"""Speakers carried from one statement to another of the same article: "The statement concluded"
takes the holder of the article's written statement, "the official said" and "it added" the source
the article meant (an earlier named body, the same described source, the institution just before).
"""

from __future__ import annotations

import re
from collections import defaultdict

import pandas as pd

from helpers.tables import frame_records

INSTITUTION_NOUNS = {"office", "ministry", "government", "presidency", "embassy", "administration", "department", "command"}

WRITTEN_MEDIA = {"statement", "readout", "press release"}
DEFINITE_SOURCE = re.compile(r"^(the|this|that)\s+\w+$", re.IGNORECASE)
SPEAKER_FIELDS = ("speaker", "speaker_type", "speaker_country")
IT_LOOKBACK_SENTENCES = 2  # "The Kremlin said ... It added": the institution speaking just before


def inherit_document_speakers(out: pd.DataFrame) -> pd.DataFrame:
    """'The statement concluded ...': the holder of the article's written statement.

    Paragraph order is not evidence (copy arrives shuffled), so only a statement that was
    itself written (a statement, readout, release) is taken, never just the previous one.
    """
    records = frame_records(out)
    for rows in _by_article(records, lambda r: not isinstance(r["speaker"], str)):
        written = [r for r in rows if isinstance(r["speaker"], str)
                   and (r["medium"] in WRITTEN_MEDIA or r["speaker_how"] == "holder of statement")]
        for r in rows:
            if isinstance(r["speaker"], str):
                continue
            # the nearest written statement before this one, else the institution speaking just
            # before ("Russia's foreign ministry says ... The statement said"), else the first after it
            # (never a statement reported inside this one: "The statement said Lee urged ...")
            others = [w for w in written if w["sent_idx"] != r["sent_idx"]]
            before = [w for w in others if w["start"] < r["start"]]
            just_before = [e for e in rows if isinstance(e["speaker"], str) and e["sent_idx"] == r["sent_idx"] - 1
                           and e["speaker_type"] == "institution"]
            if before and before[-1]["sent_idx"] >= r["sent_idx"] - IT_LOOKBACK_SENTENCES or not just_before:
                source = _outer(before, before[-1]["sent_idx"]) if before else next(iter(others), None)
            else:
                source = _outer(just_before, r["sent_idx"] - 1)
            if source is not None:
                r.update({f: source[f] for f in SPEAKER_FIELDS}, speaker_how="earlier written statement")
            else:
                r["speaker"] = "unattributed statement"
    return pd.DataFrame(records, index=out.index)


def _outer(rows: list[dict], sent_idx) -> dict:
    """Of the statements in one sentence, the outer one: "The ministry said in a statement that Lee
    stressed ..." is the ministry's statement, not Lee's (whose content starts later)."""
    return min((r for r in rows if r["sent_idx"] == sent_idx), key=lambda r: r["start"])


def resolve_definite_sources(out: pd.DataFrame, mentions: dict[str, list[dict]]) -> pd.DataFrame:
    """'The official said', 'the ministry said', 'it said': the source the article meant.

    "A senior State Department official said ... The official said ..." -> both rows get
    the label "senior State Department official"; "Japan's Foreign Ministry advised ...
    the ministry said" -> Japanese Foreign Ministry (the latest organisation named with
    that noun); "The Kremlin said ... It added" -> Kremlin (an institution's statement
    just before).
    """
    records = frame_records(out)

    def definite(r) -> bool:
        # the surface is kept without its article: "the ministry said" -> "ministry"
        surface = str(r["speaker_surface"] or "")
        return r["speaker_type"] == "anonymous" and (bool(DEFINITE_SOURCE.match(surface)) or surface.isalpha() and surface.islower())

    def pronoun(r) -> bool:  # (also one no antecedent was found for in its own sentence: "unidentified (it)")
        return str(r["speaker_surface"]).lower() in {"it", "they", "unidentified (it)", "unidentified (they)"}

    for rows in _by_article(records, lambda r: definite(r) or pronoun(r)):
        for i, r in enumerate(rows):
            if pronoun(r):
                recent = [e for e in rows[:i] if e["sent_idx"] >= r["sent_idx"] - IT_LOOKBACK_SENTENCES]
                # "Western officials said ... They stressed": an unnamed group goes on speaking too
                wanted = {"institution", "country"} | ({"anonymous"} if "they" in str(r["speaker_surface"]).lower() else set())
                if recent and recent[-1]["speaker_type"] in wanted:
                    r.update({f: recent[-1][f] for f in SPEAKER_FIELDS}, speaker_how="pronoun, last speaker")
                continue
            if not definite(r):
                continue
            noun = r["speaker_surface"].split()[-1].lower()
            named = [m for m in mentions.get(r["article_id"], []) if m["start"] < r["start"] and m["type"] == "organization"
                     and noun in str(m["actor"]).lower().split() and noun in INSTITUTION_NOUNS | {"ministry"}]
            earlier = [e for e in rows[:i] if not definite(e) and (str(e["speaker_surface"] or "").lower().endswith(noun)
                                                                  or introduced_as(e, noun))]
            if named:
                r.update(speaker=named[-1]["actor"], speaker_type="institution", speaker_country=named[-1]["country"],
                         speaker_how="earlier mention")
            elif earlier:
                r.update({f: earlier[-1][f] for f in SPEAKER_FIELDS}, speaker_how="earlier source")
    return pd.DataFrame(records, index=out.index)


SPOKESPERSON_WORDS = {"spokesman", "spokeswoman", "spokesperson"}


def introduced_as(row: dict, noun: str) -> bool:
    """A named person's statement written with the role before the name: "The presidential spokesman
    Ali Kaya said", "The spokesman of the Foreign Ministry Ali Kaya said" -- whom a later "the
    spokesman" goes on with."""
    surface, sentence = str(row["speaker_surface"] or ""), str(row["sentence"] or "")
    at = sentence.find(surface)
    if noun not in SPOKESPERSON_WORDS or row["speaker_type"] != "person" or at <= 0:
        return False
    return bool(re.search(rf"\b{noun}(?:\s+(?:of|for|the|[A-Z][\w.'-]*))*[\s,]*$", sentence[:at], flags=re.IGNORECASE))


def _by_article(records: list[dict], needs_work) -> list[list[dict]]:
    """The records of each article that has at least one record needing work."""
    groups: dict[str, list[dict]] = defaultdict(list)
    for r in records:
        groups[r["article_id"]].append(r)
    return [rows for rows in groups.values() if any(needs_work(r) for r in rows)]
