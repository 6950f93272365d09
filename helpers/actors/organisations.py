"""Organisation mentions: which ORG spans name no organisation, and whose body a generic one is.

The tagger labels as ORG an office written before a name ("Turkish Presidential Spokesman",
"External Affairs" of "External Affairs Minister"), a time zone after a clock time ("1400 GMT"),
and a country's ministry without its country ("Turkey's Foreign Ministry" -> "Foreign
Ministry"). These rules read the neighbouring tokens, so they hold for any country or office.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from helpers.actors.gazetteer import TITLE_WORDS, Gazetteer
from helpers.parse import doc_text

# Office nouns: an ORG span ending in one names an office ("Presidential Spokesman"), and one
# followed by a holder noun names a portfolio ("External Affairs" Minister).
OFFICE_END_WORDS = {"spokesman", "spokeswoman", "spokesperson", "minister", "secretary", "adviser",
                    "advisor", "aide", "envoy", "ambassador", "president", "chancellor", "premier"}
PORTFOLIO_HOLDERS = {"minister", "ministers", "secretary", "secretaries"}
# Head nouns of a government body that is one country's: "the Foreign Ministry", "its Navy".
STATE_BODY_NOUNS = {"ministry", "department", "presidency", "army", "navy", "embassy", "office",
                    "parliament", "government", "military", "coast guard", "air force", "command"}

STATE_BODY_WORDS = {w for noun in STATE_BODY_NOUNS for w in noun.split()} | {"of", "the", "for"}
PORTFOLIO_WORDS = {"foreign", "external", "affairs", "defence", "defense", "interior", "home", "justice",
                   "finance", "treasury", "trade", "commerce", "health", "energy", "economy", "state",
                   "national", "security", "information", "presidential", "prime", "minister's"}


# Platforms a statement is posted on, not actors ("said on Twitter"); the tagger calls them
# people as often as organisations. "X" is left out: far too many other uses.
MEDIA_PLATFORMS = {"twitter", "facebook", "instagram", "youtube", "telegram", "whatsapp", "weibo", "wechat",
                   "tiktok", "linkedin", "threads", "bluesky", "truth social", "vkontakte", "snapchat"}


CLOCK = re.compile(r"^\d{1,2}[:.]\d{2}$|^\d{4}$")  # "11:05", "0900"
TIME_ZONES = {"GMT", "UTC", "EST", "EDT", "CET", "CEST", "BST", "PST", "PDT", "MSK", "KST", "JST", "IST"}


AGENCY_TAIL = re.compile(r"\s+news\s+agency$", re.I)


def agency_name(text: str) -> str | None:
    """"Xinhua" for "Xinhua news agency", "KCNA" for "KCNA news agency": a one-word name
    before "news agency" is the agency's own name (None for other text)."""
    head = AGENCY_TAIL.sub("", text)
    return head if head != text and len(head.split()) == 1 and head[:1].isupper() else None


def agency_spans(doc) -> list[Span]:
    """"KCNA news agency" of "The North's KCNA news agency": a proper noun compounded with
    "news agency" (the tagger leaves it untagged or tags the name alone)."""
    found = []
    if "news agency" not in doc_text(doc).lower():  # the common case: no token walk
        return found
    for tok in doc:
        if tok.lower_ == "agency" and tok.i >= 2 and doc[tok.i - 1].lower_ == "news":
            name = doc[tok.i - 2]
            if name.tag_ == "NNP" and name.head.i == tok.i and name.ent_type_ in {"", "ORG"}:
                found.append(doc[name.i:tok.i + 1])
    return found


def names_a_medium(text: str) -> bool:
    """"Twitter", "Telegram": a platform a statement is posted on, no actor."""
    return text.lower() in MEDIA_PLATFORMS


def names_no_organisation(span: Span) -> bool:
    """True for an ORG span that is an office, a portfolio or a time zone, not a body."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    before = doc[span.start - 1] if span.start > 0 else None
    if all(t.lower_ in TITLE_WORDS or _office_plural(t.lower_) for t in span):
        return True  # "Supreme" of "Supreme Leader"; "Special Representatives", "Foreign Ministers"
    if span[-1].lower_ in OFFICE_END_WORDS:
        return True  # "Turkish Presidential Spokesman Jane Roe"
    if after is not None and after.lower_ in PORTFOLIO_HOLDERS:
        return True  # "External Affairs Minister Jane Roe"
    # "at 1400 GMT", "11:05 GMT - ...": one capitalised token straight after a clock time is its zone.
    return len(span) == 1 and span[0].is_upper and before is not None and (
        before.like_num or CLOCK.match(before.text) is not None or span[0].text in TIME_ZONES)


def _office_plural(word: str) -> bool:
    """"representatives", "ministers", "envoys": people named by their office, no body."""
    return word.endswith("s") and word[:-1] in TITLE_WORDS | OFFICE_END_WORDS


def qualified_body(span: Span, text: str, gaz: Gazetteer) -> tuple[str, str] | None:
    """("Turkish Foreign Ministry", "TR") for "Turkey's Foreign Ministry", ("Ministry of
    Defence (Greece)", "GR") for "Greece's Ministry of Defence"; None when the span is not a
    bare government body or no country is written before it."""
    words = text.lower().split()
    body_first = len(words) > 2 and words[0] in STATE_BODY_NOUNS and words[1] == "of"  # "Ministry of Defence"
    if not words or gaz.country_code(words[0]) or not (body_first or any(" ".join(words[-n:]) in STATE_BODY_NOUNS for n in (1, 2))):
        return None
    if not set(words) <= PORTFOLIO_WORDS | STATE_BODY_WORDS:
        return None  # a body with a name of its own ("Western Theatre Command") keeps it
    if not all((t.pos_ in {"PROPN", "NOUN", "ADJ", "DET"} or t.lower_ == "of") and not gaz.country_code(t.text) for t in span):
        return None
    code = _owner_country(span, gaz)
    if code is None or code not in gaz.countries:
        return None
    country = gaz.countries[code]
    if body_first:
        return f"{text} ({country.name})", code
    adjective = country.adjectives[0] if country.adjectives else country.name
    return f"{adjective} {text}", code


def _owner_country(span: Span, gaz: Gazetteer) -> str | None:
    """Country written as a possessive or adjective just before the span ("Turkey's", "Greek")."""
    doc = span.doc
    i = span.start - 1
    if i >= 1 and doc[i].tag_ == "POS":
        i -= 1
    if i < 0 or doc[i].head.i not in range(span.start, span.end) and doc[i].dep_ != "poss":
        return None
    return gaz.country_code(doc[i].text) or (gaz.country_code(doc[i].text[:-1]) if doc[i].text.endswith("s") else None)


def qualify_bare_bodies(rows: list[dict]) -> list[dict]:
    """A later bare "the Foreign Ministry" is the article's one qualified "Turkish Foreign
    Ministry" (left alone when the article names two countries' ministries)."""
    qualified = {r["actor"]: r["country"] for r in rows if r["resolved_by"] == "country written before"}
    for r in rows:
        if r["type"] == "organization" and r["resolved_by"] == "ner" and isinstance(r["actor"], str):
            fits = [q for q in qualified if q.endswith(" " + r["actor"]) or q.startswith(r["actor"] + " (")]
            if len(fits) == 1:
                r.update(actor=fits[0], country=qualified[fits[0]], resolved_by="body named earlier")
    return rows
