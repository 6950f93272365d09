"""Speakers named by a role the article ties to one person: "the crown prince said", "The OAS
chief tells ...", "His Highness affirmed", "the spokesman told reporters".

The speaker's words are a role noun ("crown prince", "chief", "emir", "spokesman"), perhaps with
the body or nationality it serves ("OAS", "Arab League", "Saudi"). The holder is the person of
the article whose role (the actors table's ``role``, or the title written before one of their
names) carries that role noun and every qualifier. Runs after the bare-title pass
(``titles``); a row already naming a holder of the role is kept. It fills a row only when one
person fits among those named before the statement, or one is named at least twice as often
as every other that fits.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

import pandas as pd

from helpers.actors.gazetteer import TITLE_WORDS
from helpers.statements.titles import _titled_surface
from helpers.tables import frame_records

HEAD_OF_BODY = {"chief", "head", "secretary-general", "secretary general", "director", "director-general",
                "chairman", "chairwoman", "chairperson", "chair", "leader", "president", "commissioner"}
ROYAL = {"prince", "princess", "emir", "amir", "sheikh", "sultan", "king", "queen", "crown prince"}
# A role noun and the words a holder's role may carry for it.
ROLE_WORDS = {
    "chief": HEAD_OF_BODY, "highness": ROYAL, "majesty": {"king", "queen", "emperor", "empress", "sultan", "monarch"},
    "crown prince": {"crown prince"}, "prince": {"prince", "crown prince"}, "emir": {"emir", "amir"},
    "amir": {"emir", "amir"}, "king": {"king"}, "queen": {"queen"}, "sultan": {"sultan"}, "sheikh": {"sheikh"},
    "spokesman": {"spokesman", "spokesperson"}, "spokeswoman": {"spokeswoman", "spokesperson"},
    "spokesperson": {"spokesman", "spokeswoman", "spokesperson"}, "envoy": {"envoy"}, "mediator": {"mediator"},
    "ambassador": {"ambassador"}, "secretary-general": {"secretary-general", "secretary general"},
    "chairman": {"chairman", "chair"}, "chairperson": {"chairperson", "chairman", "chairwoman", "chair"},
    "commissioner": {"commissioner"}, "negotiator": {"negotiator"},
    # Military ranks written before a name: "Colonel Ali Hassan ... the colonel said". Not "general",
    # which also ends "Secretary-General" and "Attorney General".
    "colonel": {"colonel"}, "admiral": {"admiral"}, "brigadier": {"brigadier"}, "commander": {"commander"},
    "lieutenant": {"lieutenant"}, "captain": {"captain"},
}
DETERMINERS = {"the", "his", "her", "a", "an", "one", "another", "their", "its", "our"}
# Qualifiers that make another person of the role: "the former emir", "the deputy spokesman".
OTHER_HOLDER_WORDS = {"former", "deputy", "vice", "late", "acting", "assistant", "new", "then"}
QUALIFIER_FILLERS = {"of", "the", "for", "'s", "\u2019s"}
DOMINANCE = 2  # the holder chosen among several is named at least this many times as often as each other


def role_description(surface: str, determiner: str = "the") -> tuple[str, list[str]] | None:
    """(role noun, qualifier words) of a definite role description, else None.

    ``determiner`` is the word written before the surface ("" when none: translated copy drops
    articles). "OAS chief" -> ("chief", ["oas"]); "His Highness" -> ("highness", []); "spokesman"
    after "a" -> None (indefinite), after "his" -> None (someone's unnamed spokesman).
    """
    words = [w.lower().strip(".,") for w in re.sub(r"['\u2019]s\b", " 's", surface.strip()).split()]
    if words and words[0] in DETERMINERS:
        determiner, words = words[0], words[1:]
    if not words:
        return None
    if words[-1] in {"highness", "majesty"}:
        return (words[-1], words[:-1]) if determiner in {"his", "her"} else None
    if determiner not in {"the", ""}:
        return None
    if "of" in words[1:]:  # "the emir of Qatar", "the chief of the OAS"
        at = words.index("of", 1)
        words = words[at + 1:] + words[:at]
    for size in (2, 1):
        noun = " ".join(words[-size:])
        if noun in ROLE_WORDS and len(words) >= size:
            qualifiers = [w for w in words[:-size] if w not in QUALIFIER_FILLERS]
            if any(w in OTHER_HOLDER_WORDS for w in qualifiers):
                return None
            return noun, qualifiers
    return None


@lru_cache(maxsize=1 << 14)  # asked twice for each statement row
def determiner_before(surface: str, sentence: str) -> str:
    """The word written just before the speaker's words in its sentence, lower case ("" if none)."""
    match = re.search(rf"(?:^|(\w+)\s+){re.escape(surface)}\b", sentence)
    return (match.group(1) or "").lower() if match else "?"


def _described(row: dict) -> tuple[str, list[str]] | None:
    surface = str(row["speaker_surface"] or "")
    return role_description(surface, determiner_before(surface, str(row["sentence"] or "")))


def resolve_role_holders(out: pd.DataFrame, mentions: pd.DataFrame, role_of: dict, country_code) -> pd.DataFrame:
    """Fill rows whose speaker is a role description with the article's one holder of that role.

    ``role_of`` maps an actor to the actors table's role; ``country_code`` maps a nationality or
    country word to its code ("Saudi" -> SA).
    """
    records = frame_records(out)
    wanted = {r["article_id"] for r in records if _described(r)}
    if not wanted:
        return out
    people: dict[str, list[dict]] = {}
    for m in frame_records(mentions[mentions["article_id"].isin(wanted) & (mentions["type"] == "person")]):
        if m["actor"] and not set(str(m["actor"]).lower().split()) <= TITLE_WORDS | ROYAL:  # "Amir Sheikh": titles, no name
            people.setdefault(m["article_id"], []).append(m)
    fitting_cache: dict[tuple, list[dict]] = {}

    def fitting(article_id: str, noun: str, qualifiers: list[str]) -> list[dict]:
        # once per article and description: a long transcript has thousands of both
        key = (article_id, noun, tuple(qualifiers))
        if key not in fitting_cache:
            fitting_cache[key] = [m for m in people.get(article_id, [])
                                  if _fits(m, role_of.get(m["actor"]), ROLE_WORDS[noun], qualifiers, country_code)]
        return fitting_cache[key]

    for r in records:
        found = _described(r)
        if not found:
            continue
        holder = _holder(r, fitting(r["article_id"], *found))
        if holder and holder["actor"] != r["speaker"]:
            r.update(speaker=holder["actor"], speaker_type="person",
                     speaker_country=holder["country"] if isinstance(holder["country"], str) else None,
                     speaker_how="role holder")
    return pd.DataFrame(records, index=out.index)


def _holder(row: dict, holders: list[dict]) -> dict | None:
    """The one person of ``holders`` (the article's people fitting the row's role) the row's role names."""
    # a person the same sentence names is someone else ("the emir received Prince Faisal")
    fitting = [m for m in holders if m["sent_idx"] != row["sent_idx"]]
    if row["speaker_type"] == "person" and any(m["actor"] == row["speaker"] for m in fitting):
        return None  # already a holder of the role
    earlier = {m["actor"] for m in fitting if m["sent_idx"] < row["sent_idx"]}
    if len(earlier) == 1:  # the one holder the reader has met so far
        return next(m for m in fitting if m["actor"] in earlier)
    counts = Counter(m["actor"] for m in fitting)
    if not counts:
        return None
    ranked = counts.most_common()
    if len(ranked) > 1 and ranked[0][1] < DOMINANCE * ranked[1][1]:
        return None
    return next(m for m in fitting if m["actor"] == ranked[0][0])


APPOSITION_AFTER = re.compile(r"^,\s+(?:the\s+)?([^,;()]{3,80}?)(?:,|$)")


def _apposed_after(mention: dict) -> str:
    """The description set after a name: "Anna Keller, the secretary-general of the Danube Commission,"."""
    surface, sentence = str(mention.get("surface") or ""), str(mention.get("sentence") or "")
    at = sentence.find(surface)
    match = APPOSITION_AFTER.match(sentence[at + len(surface):]) if at >= 0 and surface else None
    return match.group(1) if match else ""


def _fits(mention: dict, role, role_words: set[str], qualifiers: list[str], country_code) -> bool:
    """The person's role, or the title before this mention, carries the role and every qualifier."""
    described = f" {role if isinstance(role, str) else ''} {_titled_surface(mention)} {_apposed_after(mention)} "
    described = re.sub(r"[-,.]", " ", described.lower())
    if not any(f" {w.replace('-', ' ')} " in described for w in role_words):
        return False
    code = mention["country"] if isinstance(mention["country"], str) else None
    return all(f" {q} " in described or (code and country_code(q.title()) == code) for q in qualifiers)


LEADER_WORDS = {"president", "prime minister", "premier", "chancellor", "king", "queen", "emir", "amir", "leader",
                "crown prince", "sultan"}
# Plural roles and the words each member's role may carry: "The presidents confirmed ...".
PLURAL_ROLE_WORDS = {"presidents": {"president"}, "leaders": LEADER_WORDS, "ministers": {"minister", "secretary"},
                     "foreign ministers": {"foreign minister", "secretary of state", "foreign secretary",
                                           "minister of foreign affairs"},
                     "prime ministers": {"prime minister", "premier"}, "mediators": {"mediator", "envoy"},
                     "envoys": {"envoy"}}
MEMBER_SENTENCES_BACK = 2  # the members are named in this sentence (before the speaker) or the two before
MIN_MEMBERS, MAX_MEMBERS = 2, 5


def plural_role(surface: str, determiner: str) -> tuple[str, list[str]] | None:
    """(plural role, qualifiers) of "the presidents", "the European leaders"; None for a count
    ("the two leaders", read by ``parties``), an "of" phrase, or an indefinite group."""
    words = [w.lower() for w in surface.split()]
    if words and words[0] == "the":
        determiner, words = "the", words[1:]
    if determiner != "the" or not words or "of" in words:
        return None
    for size in (2, 1):
        noun = " ".join(words[-size:])
        if noun in PLURAL_ROLE_WORDS and len(words) >= size:
            qualifiers = words[:-size]
            if any(w in OTHER_HOLDER_WORDS or w.isdigit() for w in qualifiers):
                return None
            return noun, qualifiers
    return None


def resolve_role_groups(out: pd.DataFrame, mentions: pd.DataFrame, role_of: dict, country_code) -> pd.DataFrame:
    """"The presidents confirmed ...": one row naming every holder of the role named just before."""
    records = frame_records(out)
    found = {i: plural_role(str(r["speaker_surface"] or ""), determiner_before(str(r["speaker_surface"] or ""), str(r["sentence"] or "")))
             for i, r in enumerate(records) if r["speaker_type"] != "person"}
    found = {i: f for i, f in found.items() if f}
    if not found:
        return out
    wanted = {records[i]["article_id"] for i in found}
    people: dict[str, list[dict]] = {}
    for m in frame_records(mentions[mentions["article_id"].isin(wanted) & (mentions["type"] == "person")]):
        if m["actor"]:
            people.setdefault(m["article_id"], []).append(m)
    for i, (noun, qualifiers) in found.items():
        r = records[i]
        near = [m for m in people.get(r["article_id"], [])
                if r["sent_idx"] - MEMBER_SENTENCES_BACK <= m["sent_idx"] < r["sent_idx"]
                or (m["sent_idx"] == r["sent_idx"] and pd.notna(r.get("speaker_start")) and m["end"] <= r["speaker_start"])]
        members = list(dict.fromkeys(m["actor"] for m in sorted(near, key=lambda m: m["start"])
                                     if _fits(m, role_of.get(m["actor"]), PLURAL_ROLE_WORDS[noun], qualifiers, country_code)))
        if MIN_MEMBERS <= len(members) <= MAX_MEMBERS:
            first = next(m for m in near if m["actor"] == members[0])
            r.update(speaker="; ".join(members), speaker_type="person",
                     speaker_country=first["country"] if isinstance(first["country"], str) else None,
                     speaker_how="role holders named before")
    return pd.DataFrame(records, index=out.index)
