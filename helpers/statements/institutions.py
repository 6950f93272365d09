"""Unnamed and country-less institutions as speakers: what "the government", "the Foreign
Ministry", "KCNA" or "the South Korean military" stand for.

A body named by a common noun ("the military", "the news agency") is an institution, not an
anonymous person; a national government is its country ("the Japanese government" ->
Japan); and a ministry or government the sentence gives no country takes the country the
article is written from (its dateline, "TOKYO -") or the country of the latest
mention of the same body ("Seoul's foreign ministry ... the ministry said").
"""

from __future__ import annotations

import re

import pandas as pd

from helpers.actors.gazetteer import Gazetteer
from helpers.tables import frame_records

# Heads of a phrase that names an organisation, not a person: "the military", "state television".
BODY_HEADS = {
    "office", "ministry", "government", "presidency", "embassy", "administration", "department", "command",
    "agency", "military", "army", "navy", "television", "tv", "broadcaster", "radio", "police", "council",
    "parliament", "court", "cabinet", "chancellery", "coastguard", "committee", "commission", "newspaper",
    "service",
}
# Words of a local, not national, office: "the mayor's office in Kyiv" is Kyiv's, not Ukraine's.
LOCAL_WORDS = {"mayor", "mayor's", "mayor\u2019s", "city", "municipal", "governor", "governor's", "governor\u2019s",
               "regional", "provincial", "county", "local"}
# Heads of a national body that need no qualifier to be specific: "Turkey's presidency".
SPECIFIC_HEADS = {"presidency", "chancellery", "government", "cabinet", "parliament", "military", "army", "navy"}
DROP_WORDS = {"the", "in", "of", "'s", "\u2019s", "its", "their"}
NATIONAL_BARE = re.compile(r"^(?:the\s+)?(government|(?:foreign|defen[cs]e|interior|trade|finance)\s+ministry|ministry"
                           r"|state\s+(?:media|television|tv|radio))$", re.IGNORECASE)
# Heads that name a body only after "state": "Chinese state media said" is the state's outlets, "local media" people.
STATE_OUTLET_HEADS = {"media"}
DATELINE_CHARS = 2  # a dateline city starts the text


def country_body(surface: str, head: str, hits: list[dict], gaz: Gazetteer) -> tuple[str, str, str] | None:
    """"China's foreign ministry", "Seoul's foreign ministry", "Ukraine's government", "the
    mayor's office in Kyiv" -> Chinese Foreign Ministry, South Korean Foreign Ministry, Ukraine
    (a government is its country), Kyiv Mayor's Office: a body written in lower case after
    the place it belongs to."""
    places = [m for m in hits if m["type"] in {"country", "place"}]
    if not (head in BODY_HEADS or _state_outlet(surface, head)) or len(places) != 1 or len(hits) != 1:
        return None
    place = places[0]
    code = place["country"]
    if not isinstance(code, str) or code not in gaz.countries:
        return None
    own = {w.replace("'s", "").replace("\u2019s", "") for w in str(place.get("surface") or place["actor"]).split()}
    words = [w for w in surface.split() if w.replace("'s", "").replace("\u2019s", "") not in own and w.lower() not in DROP_WORDS]
    if not words or words[-1].lower() != head or any(w[:1].isupper() for w in words):
        return None  # capitalised names are for national_institution
    country = gaz.countries[code]
    if words == ["government"]:
        return country.name, "country", code
    if len(words) < 2 and head not in SPECIFIC_HEADS:
        return None  # "the ministry in Moscow" names no office
    label = " ".join(w[:1].upper() + w[1:] for w in words)
    if place["type"] == "place" and {w.lower() for w in words} & LOCAL_WORDS:
        return f"{place['actor']} {label}", "institution", code
    adjective = country.adjectives[0] if country.adjectives else country.name
    return f"{adjective} {label}", "institution", code


# Heads that stand for a country or body, not for an unnamed person: "the Russian side", "Western capitals".
NOT_PERSON_HEADS = BODY_HEADS | {"side", "sides", "capital", "capitals", "countries", "nations", "allies", "governments",
                                 "states", "powers", "leaders", "leadership", "regime", "authorities", "forces", "media"}


def _state_outlet(surface: str, head: str) -> bool:
    """"Chinese state media", "the North's state media": the state's outlets, a body."""
    words = surface.lower().split()
    return head in STATE_OUTLET_HEADS and len(words) >= 2 and words[-2] == "state"


def national_government(surface: str, gaz: Gazetteer) -> tuple[str, str, str] | None:
    """"the Japanese government", "Peru's government" -> Japan, Peru: a national government is its country."""
    words = [w for w in surface.split() if w.lower() != "the"]
    if len(words) != 2 or words[1].lower() != "government":
        return None
    code = gaz.country_code(re.sub(r"['\u2019]s$", "", words[0]))
    return (gaz.countries[code].name, "country", code) if code and code in gaz.countries else None


def side_country(surface: str, gaz: Gazetteer) -> tuple[str, str, str] | None:
    """"the Russian side", "the Chadian side" -> Russia, Chad: a country named as a party to
    talks (a common wording of official and translated readouts) speaks as the country."""
    words = [w for w in surface.split() if w.lower() != "the"]
    if len(words) != 2 or words[1].lower() != "side" or not words[0][:1].isupper():
        return None
    code = gaz.country_code(words[0])
    return (gaz.countries[code].name, "country", code) if code and code in gaz.countries else None


def described_person(surface: str, head: str, hits: list[dict]) -> tuple[str, str, str | None] | None:
    """"Our Seoul correspondent", "a Doha food importer": an unnamed person described by a place,
    not the place's country speaking."""
    if not head.isalpha() or head in NOT_PERSON_HEADS or not surface.split()[-1].islower():
        return None
    if not hits or any(m["type"] not in {"country", "place"} for m in hits):
        return None
    if any(head in str(m.get("surface") or "").lower().split() for m in hits):
        return None
    country = next((m["country"] for m in hits if isinstance(m["country"], str)), None)
    label = re.sub(r"^(a|an|the|our|one)\s+", "", surface.strip(), flags=re.IGNORECASE)
    return label, "anonymous", country


def unnamed_body(surface: str, head: str, gaz: Gazetteer) -> tuple[str, str, str | None] | None:
    """"KCNA", "the South Korean military", "the local government" with no actor of the lists:
    an institution (an acronym, or a body's head noun), with the country its adjective gives."""
    words = surface.split()
    acronym = len(words) == 1 and words[0].isupper() and len(words[0]) >= 2 and words[0].isalpha()
    if not (acronym or head in BODY_HEADS or _state_outlet(surface, head) or _qualified_body(words, head)) or not words:
        return None
    if words[0].lower() in {"a", "an", "one", "another"}:
        return None
    code = next((gaz.country_code(w) for w in words[:-1] if gaz.country_code(w)), None)
    if head == "government" and code and code in gaz.countries and len(words) == 2:
        return gaz.countries[code].name, "country", code  # "the Japanese government" is Japan
    label = re.sub(r"^(the)\s+", "", surface, flags=re.IGNORECASE)
    return label, "institution", code


# Heads that name a body only with a name or nationality before them: "the Chinese delegation",
# "the General Staff", "the Group of Eight" (a bare "the delegation" is resolved from the article).
QUALIFIED_BODY_HEADS = {"delegation", "delegations", "staff", "group", "organization", "organisation", "league", "alliance"}


def _qualified_body(words: list[str], head: str) -> bool:
    """A body head after a capitalised name or nationality word ("the Jordanian-Palestinian delegation"),
    or a capitalised body head named by its "of" phrase ("the Group of Eight")."""
    named = [w for w in words if w.lower() not in {"the", "of"}]
    if len(named) < 2 or not named[0][:1].isupper():
        return False
    return head in QUALIFIED_BODY_HEADS or named[0].lower() in QUALIFIED_BODY_HEADS and "of" in words


def dateline_country(mentions: list[dict]) -> str | None:
    """The country of an article's dateline: "TOKYO - ..." -> JP (a place in capitals opening the text)."""
    first = min(mentions, key=lambda m: m["start"], default=None)
    if first is None or first["start"] > DATELINE_CHARS or first["type"] not in {"place", "country"}:
        return None
    surface = str(first.get("surface") or "")
    return first["country"] if surface.isupper() and isinstance(first["country"], str) else None


def qualify_bare_bodies(out: pd.DataFrame, mentions: dict[str, list[dict]], gaz: Gazetteer) -> pd.DataFrame:
    """"The government said", "the Foreign Ministry said" with no country in the sentence: the
    latest body of the same noun the article named with its country, else the dateline's
    country ("TOKYO - ... the Foreign Ministry said" -> Japanese Foreign Ministry)."""
    records = frame_records(out)
    for r in records:
        surface = str(r["speaker_surface"] or "")
        match = NATIONAL_BARE.match(surface)
        if not match or isinstance(r["speaker_country"], str) or r["speaker_how"] in {"earlier mention", "earlier source"}:
            continue
        if str(r["speaker"]).lower() not in {surface.lower(), surface.lower().removeprefix("the ")}:
            continue  # resolved to a named body ("the Ministry of External Affairs")
        noun = match.group(1).lower()
        earlier = [e for e in records if e["article_id"] == r["article_id"] and e["start"] < r["start"]
                   and isinstance(e["speaker_country"], str) and str(e["speaker"]).lower().endswith(noun.split()[-1])
                   and e["speaker_type"] == "institution"]
        if earlier:
            src = earlier[-1]
            r.update(speaker=src["speaker"], speaker_type=src["speaker_type"], speaker_country=src["speaker_country"],
                     speaker_how="earlier source")
            continue
        code = dateline_country(mentions.get(r["article_id"], []))
        if not code or code not in gaz.countries:
            continue
        country = gaz.countries[code]
        if noun == "government":
            r.update(speaker=country.name, speaker_type="country", speaker_country=code, speaker_how="dateline")
        else:
            adjective = country.adjectives[0] if country.adjectives else country.name
            label = " ".join(w.capitalize() for w in surface.split() if w.lower() != "the")
            r.update(speaker=f"{adjective} {label}", speaker_type="institution", speaker_country=code, speaker_how="dateline")
    return pd.DataFrame(records, index=out.index)


IMPERSONAL_SOURCE_CUES = {"inform", "report", "according to"}


def impersonal_sources(out: pd.DataFrame) -> pd.DataFrame:
    """"It was informed that ...": the institution that informs or reports elsewhere in the same
    article ("it was informed by the press service of the ministry", "the ministry reported"),
    the nearest before else the first after; with no such institution the row is dropped (no source)."""
    if not (out["speaker_how"] == "impersonal").any():
        return out
    records = frame_records(out)
    keep = []
    for r in records:
        if r["speaker_how"] != "impersonal":
            keep.append(True)
            continue
        sources = [e for e in records if e["article_id"] == r["article_id"] and e["speaker_how"] != "impersonal"
                   and e["speaker_type"] in {"institution", "country"} and e["cue"] in IMPERSONAL_SOURCE_CUES
                   and isinstance(e["speaker"], str)]
        before = [e for e in sources if e["start"] < r["start"]]
        source = before[-1] if before else next(iter(sources), None)
        if source is not None:
            r.update(speaker=source["speaker"], speaker_type=source["speaker_type"], speaker_country=source["speaker_country"])
        keep.append(source is not None)
    return pd.DataFrame(records, index=out.index)[keep]


# A leader's role word -> the name of the leader's office (the country's adjective or name filled in).
LEADER_OFFICE_LABELS = (("prime minister", "Office of the Prime Minister of {name}"), ("premier", "Office of the Prime Minister of {name}"),
                        ("president", "{adjective} Presidency"), ("chancellor", "{adjective} Chancellery"))
# Roles that are not the leader's own: the deputy's office is not the prime minister's office.
NOT_LEADER_WORDS = {"deputy", "vice", "former", "ex", "acting", "first", "late"}


def leader_office_label(role: str, code: str | None, gaz: Gazetteer) -> str | None:
    """"Iraqi Prime Minister" (IQ) -> "Office of the Prime Minister of Iraq", "President of Turkey"
    (TR) -> "Turkish Presidency": the office of a head of government or state as one institution,
    however the article names it ("his office", "Abdul Mahdi's office", "the prime minister's office")."""
    words = re.sub(r"[^a-z ]+", " ", role.lower()).split()
    if not code or code not in gaz.countries or set(words) & NOT_LEADER_WORDS:
        return None
    text = " ".join(words)
    template = next((label for key, label in LEADER_OFFICE_LABELS if re.match(rf"^(?:\w+ )?{key}\b", text)), None)
    if template is None or ("president" in text and " of " in f" {text} " and not text.startswith("president of")):
        return None  # "president of the European Commission", "vice president": not a country's presidency
    country = gaz.countries[code]
    adjective = country.adjectives[0] if country.adjectives else country.name
    return template.format(name=country.name, adjective=adjective)

