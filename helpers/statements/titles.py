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

TITLES = (r"secretary|president|chancellor|minister|premier|emir|king|queen|prime\s+minister|foreign\s+minister|"
          r"foreign\s+secretary|secretary\s+of\s+state|head\s+of\s+state|head\s+of\s+government")
# "the Minister", "the Italian prime minister" (a nationality word before the title), "the head of
# the Kenyan state" (the translated order of "the Kenyan head of state")
TITLE_ALONE = re.compile(rf"^(?:the\s+)?(?:(?P<nat>[A-Z][\w'-]+)\s+)?(?P<title>{TITLES})$", re.IGNORECASE)
HEAD_OF_NATION = re.compile(r"^(?:the\s+)?head\s+of\s+the\s+(?P<nat>[A-Z][\w'-]+)\s+(?P<kind>state|government)$",
                            re.IGNORECASE)
# The titles a head of state or of government is written with before the name, the phrase itself
# first: "Head of State Ivan Kos ... the Head of State said" is Kos, not the "President" of another
# name ("the press secretary of the President Dmitry Peskov" in translated word order).
HOLDER_TITLES = {"head of state": [["head", "of", "state"], ["president"], ["king"], ["queen"], ["emir"], ["amir"]],
                 "head of government": [["head", "of", "government"], ["prime", "minister"], ["premier"], ["chancellor"]]}

LEADER_TITLES = {tuple(words) for forms in HOLDER_TITLES.values() for words in forms}


def title_of(surface: str, country_code) -> tuple[list[list[str]], str | None] | None:
    """(the title's word lists, the country code its nationality word gives) for a speaker named by a
    title alone, else None; None as well when the word before the title is no nationality."""
    surface = surface.strip()
    match = TITLE_ALONE.match(surface) or HEAD_OF_NATION.match(surface)
    if not match:
        return None
    nat = match.group("nat")
    code = country_code(nat) if nat else None
    if nat and not code:
        return None  # "the former minister", "the Deputy Minister": not a nationality
    title = " ".join(match.group("title").lower().split()) if "title" in match.groupdict() \
        else f"head of {match.group('kind').lower()}"
    return HOLDER_TITLES.get(title, [title.split()]), code


def resolve_title_speakers(out: pd.DataFrame, mentions: pd.DataFrame, country_code=lambda word: None,
                           country_of: dict | None = None, role_of: dict | None = None) -> pd.DataFrame:
    """Fill rows whose speaker is a bare title with the article's holder of that title.

    ``country_code`` maps a nationality word to its country code ("Italian" -> IT); ``country_of``
    maps an actor to the actors table's country (for a mention that carries none of its own);
    ``role_of`` to the actors table's role.
    """
    records = frame_records(out)
    wanted = {r["article_id"] for r in records if title_of(_title_phrase(r), country_code)}
    if not wanted:
        return out
    people: dict[str, list[dict]] = {}
    for m in frame_records(mentions[mentions["article_id"].isin(wanted) & (mentions["type"] == "person")]):
        people.setdefault(m["article_id"], []).append(m)
    for r in records:
        found = title_of(_title_phrase(r), country_code)
        if not found:
            continue
        titles, nation = found
        # not a person the same sentence names ("the emir spoke with Qatar's Emir Tamim": someone else),
        # unless as the possessor of the source ("Ferri's office said the prime minister ...")
        candidates = [m for m in people.get(r["article_id"], []) if m["actor"] and m.get("label") != "role"
                      and (m["sent_idx"] != r["sent_idx"] or _possessor(m))]
        holders = next((found for title in titles
                        if (found := [m for m in candidates if _has_title(_titled_surface(m), title)])), [])
        holders = holders or _principals(r, records, people.get(r["article_id"], []))
        if nation:
            holders = [m for m in holders if _of_nation(m, nation, country_code, country_of or {})] \
                or _holders_by_role(candidates, titles, nation, country_of or {}, role_of or {})
        outer = {e["speaker_country"] for e in records if e is not r and e["article_id"] == r["article_id"]
                 and e["sent_idx"] == r["sent_idx"] and isinstance(e["speaker_country"], str)}
        same = [m for m in holders if m["country"] in outer]
        holders = same or holders
        named = _named_after_title(r, people.get(r["article_id"], []))
        if not named and _resolved_as_role(r, people.get(r["article_id"], []), titles, role_of or {}):
            continue
        holders = named or holders
        if not holders or any(m["actor"] == r["speaker"] for m in holders):
            continue  # no holder known, or already the holder
        # the holders the reader has met so far ("... Minister Ali Kaya said. The Minister added"),
        # not one named only further down
        holders = [m for m in holders if m["start"] < r["start"]] or holders
        counts = Counter(m["actor"] for m in holders)
        best = max(counts, key=lambda a: (counts[a], max(m["start"] for m in holders if m["actor"] == a)))
        country = next((m["country"] for m in holders if m["actor"] == best and isinstance(m["country"], str)),
                       (country_of or {}).get(best))
        country = country if isinstance(country, str) else None
        r.update(speaker=best, speaker_type="person", speaker_country=country, speaker_how="title holder")
    _follow_title_holders(records)
    return pd.DataFrame(records, index=out.index)


def _holders_by_role(people: list[dict], titles: list[list[str]], nation: str, country_of: dict, role_of: dict) -> list[dict]:
    """"The Greek minister said" where the article writes no title beside the minister's name ("talks
    between Ana Ruiz, Jan Pieters and ..."): the one person of the article of that nation whose role,
    as the corpus gives it, carries the title."""
    found = [m for m in people if country_of.get(m["actor"]) == nation
             and any(_has_title(str(role_of.get(m["actor"]) or ""), title) for title in titles)]
    return found if len({m["actor"] for m in found}) == 1 else []


def _resolved_as_role(row: dict, people: list[dict], titles: list[list[str]], role_of: dict) -> bool:
    """The speaker is the holder the actors step found for this very description, and holds the
    title ("The President" after "President of the Republic of X Ivan Kos ... the President of Y Jan
    Roe called him"): that step weighed the office's nationality and whom the article has been
    naming, which a count of the people written with the title does not. (Not a leader found for
    "the Chancellor" that a foreign minister, written "Chancellor Ana Ruiz", holds.)"""
    start, end = row.get("speaker_start"), row.get("speaker_end")
    if start is None or pd.isna(start) or not row["speaker"] or not any(tuple(t) in LEADER_TITLES for t in titles):
        return False  # a leader's title; "the Minister" is left to the people written with it
    if not any(_has_title(str(role_of.get(row["speaker"]) or ""), title) for title in titles):
        return False
    return any(m.get("label") == "role" and m["actor"] == row["speaker"] and m["start"] < end and m["end"] > start
               for m in people)


def _follow_title_holders(records: list[dict]) -> None:
    """"The Head of State said ... He stressed ...": a pronoun that took the bare title of the
    speaker before it takes the holder found for that title."""
    for r in records:
        if not str(r.get("speaker_how") or "").startswith("pronoun") or r["speaker"] != r["speaker_surface"]:
            continue
        earlier = [e for e in records if e["article_id"] == r["article_id"] and e["start"] < r["start"]
                   and e["speaker_how"] == "title holder" and e["speaker_surface"] == r["speaker_surface"]]
        if earlier:
            r.update({f: earlier[-1][f] for f in ("speaker", "speaker_type", "speaker_country")},
                     speaker_how="pronoun, title holder before")


# Between a formal title and the name it is written with: "Minister| of Amiri Diwan Affairs Sheikh |Ali Kaya".
TITLE_TO_NAME = re.compile(r"^\s+of\s+(?:the\s+)?(?:[A-Z][\w'.-]*\s+){1,6}$")


def _named_after_title(row: dict, people: list[dict]) -> list[dict]:
    """The person named within the title's own phrase: "The Minister of Amiri Diwan Affairs Sheikh
    Ali Kaya said" (the parser kept only "Minister" as the speaker)."""
    surface, sentence = str(row["speaker_surface"] or ""), str(row["sentence"] or "")
    at = sentence.find(surface)
    if at < 0 or not surface:
        return []
    after = sentence[at + len(surface):]
    return [m for m in people if m["sent_idx"] == row["sent_idx"] and m["actor"]
            and (k := after.find(str(m["surface"]))) > 0 and TITLE_TO_NAME.match(after[:k])][:1]


AIDE_OF = re.compile(r"^(?P<principal>.+?)['\u2019]s\s+(?:office|spokesman|spokeswoman|spokesperson|aides?)$")


def _principals(row: dict, records: list[dict], people: list[dict]) -> list[dict]:
    """"Ferri's office said the prime minister stressed ...": the title stands for the principal of
    the office or spokesperson that reports it in the same sentence."""
    names = {m.group("principal") for e in records if e is not row and e["article_id"] == row["article_id"]
             and e["sent_idx"] == row["sent_idx"] for m in [AIDE_OF.match(str(e["speaker"] or ""))] if m}
    return [dict(m, principal=True) for m in people if m["actor"] in names]


HEAD_PHRASE = re.compile(r"\b(head\s+of\s+(?:the\s+[A-Z][\w'-]+\s+)?(?:state|government))\b", re.IGNORECASE)


def _title_phrase(row: dict) -> str:
    """The speaker's surface, whole when the parser kept only its head: "head" of "the head of state"."""
    surface = str(row["speaker_surface"] or "").strip()
    if surface.lower() != "head":
        return surface
    phrases = HEAD_PHRASE.findall(str(row.get("sentence") or ""))
    return phrases[0] if len(phrases) == 1 else surface


def _of_nation(mention: dict, nation: str, country_code, country_of: dict) -> bool:
    """The holder is of the nation: by the lists (the mention's, else the actor's country), else by
    the nationality written in their title."""
    country = mention["country"] if isinstance(mention["country"], str) else country_of.get(mention["actor"])
    if isinstance(country, str):
        return country == nation
    if mention.get("principal"):
        return True  # the principal of the office reporting, whose country the lists lack
    return any(country_code(word.strip(".,'")) == nation for word in _titled_surface(mention).split())


def _possessor(mention: dict) -> bool:
    """A person written with a possessive: "Ferri's office"."""
    surface, sentence = str(mention.get("surface") or ""), str(mention.get("sentence") or "")
    at = sentence.find(surface)
    return at >= 0 and sentence[at + len(surface):at + len(surface) + 2] in {"'s", "\u2019s"}


TITLE_CONTEXT_WORDS = 5  # words before a name searched for its title: "Secretary of State Rex Tillerson"


def _titled_surface(mention: dict) -> str:
    """A person mention with the words written just before it in its sentence."""
    surface, sentence = str(mention.get("surface") or ""), str(mention.get("sentence") or "")
    at = sentence.find(surface)
    before = sentence[:at].split()[-TITLE_CONTEXT_WORDS:] if at > 0 else []
    run = _capitalised_run(before)  # only the title written right before the name: "U.S. Secretary of State"
    if not run and before[-1:] == ["and"]:
        run = _shared_title(sentence[:at].split()[:-1])
    return " ".join(run + [surface])


def _capitalised_run(words: list[str]) -> list[str]:
    run: list[str] = []
    for word in reversed(words):
        if not (word[:1].isupper() or word in {"of", "for"}):
            break
        run.insert(0, word)
    return run


# Plural titles written once before two names: "Foreign Ministers Ana Ruiz and Jan Pieters".
PLURAL_TITLES = {"ministers": "Minister", "presidents": "President", "secretaries": "Secretary",
                 "premiers": "Premier", "chancellors": "Chancellor", "ambassadors": "Ambassador", "envoys": "Envoy"}


def _shared_title(before_and: list[str]) -> list[str]:
    """The title a plural written before the first of two joined names gives the second:
    "Foreign Ministers Ana Ruiz and" -> ["Foreign", "Minister"]."""
    run = _capitalised_run(before_and[-(TITLE_CONTEXT_WORDS + 2):])
    plural = next((k for k in range(len(run) - 1, -1, -1) if run[k].lower() in PLURAL_TITLES), None)
    if plural is None or plural == len(run) - 1:
        return []
    return run[:plural] + [PLURAL_TITLES[run[plural].lower()]]


def _has_title(surface: str, title: list[str]) -> bool:
    """"Secretary of State Rex Tillerson" carries "secretary"; "Prime Minister Kan" carries "prime minister"."""
    words = [w.lower().strip(".,") for w in surface.split()]
    n = len(title)
    # "the minister" is not the prime minister, nor "the president" a vice president
    return any(words[i:i + n] == title and (i == 0 or words[i - 1] not in DISTINCT_OFFICE_WORDS) for i in range(len(words) - n + 1))


DISTINCT_OFFICE_WORDS = {"prime", "vice", "deputy", "former", "press"}
