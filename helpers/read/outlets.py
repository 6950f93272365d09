"""Which outlet an article comes from when no URL, sidecar or record says so.

The article's own text often names its outlet, in forms every outlet uses:

- a correspondent's affiliation: "said Al Jazeera's Mike Hanna, reporting from Washington",
  "the Herald's Moscow correspondent Ann Lee";
- a promo or credit line, often removed by the cleaner as boilerplate: "Consult the RFE/RL
  new live briefing on ...", "Sign up for the Courier newsletter";
- a self-reference: "Reuters could not independently verify the footage";
- a site footer: "© 2022 The Daily Example. All rights reserved", "This article first
  appeared on The Conversation";
- a title suffix: "Talks fail | Northern Ledger" (but not a topic tag: "| Vladimir Putin news");
- a dateline agency: "MOSCOW (Reuters) -". That is wire copy: the agency wrote it, and the
  site that ran it may be another one, so it is labelled as wire copy and never overrides
  a URL or a self-reference.

Credit lines ("With reports from Reuters, AFP and AP", "The Associated Press contributed to
this report") name wire agencies whose copy was used, never the outlet. The patterns are
general (shapes of text, not names of outlets), so they work for outlets never seen. Names
that are countries, capitals, governments or gazetteer actors ("Russia's Vladimir Putin")
are never outlets.
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache

from helpers import paths

OUTLET_SOURCES = ("sidecar", "url", "record", "inferred")  # in order of precedence
INFERRED_SUFFIX = " (inferred)"
WIRE_SUFFIX = " (wire copy, inferred)"
# Weight of each kind of evidence; a name needs the strongest total, twice the runner-up's.
OWN_WEIGHTS = {"correspondent": 2, "promo": 2, "self-reference": 2, "footer": 2, "source line": 2, "title suffix": 1}
SNIPPET_CHARS = 90

APOS = r"(?:['’]s?)"
# An outlet name as printed: capitalised words or acronyms, with inner "of"/"and"/"&"
# ("Al Jazeera", "RFE/RL", "The Japan Times", "Radio Free Europe/Radio Liberty").
# Words are joined by spaces only (never a line break) and a dot only inside a word ("U.S.").
WORD = r"[A-Z](?:[\w&/\-]|\.(?=\w))*"
NAME = rf"(?<![\w'’&/.\-])(?:The[ \t]+)?{WORD}(?:[ \t]+(?:(?:of|and|for|&)[ \t]+)?{WORD}){{0,4}}"
PERSON = r"[A-Z][\w.\-]+(?:[ \t]+[A-Z][\w.\-]+){1,2}"
STAFF_ROLES = r"(?:correspondent|reporter|editor|bureau chief|producer|journalist|presenter|anchor)"
PROMO_VERBS = r"(?:Consult|Subscribe to|Follow|Sign up (?:for|to)|Download|Get|Listen to|Support|Join)"
PROMO_NOUNS = r"(?:live briefing|live blog|live page|newsletters?|app|podcasts?|live coverage|YouTube channel|journalism)"

OWN_PATTERNS = [
    ("correspondent", re.compile(rf"(?P<name>{NAME}){APOS}\s+{PERSON},?\s+(?:who is\s+|who was\s+)?reporting\s+from")),
    ("correspondent", re.compile(rf"(?P<name>{NAME}){APOS}\s+(?:[\w\-]+\s+){{0,3}}?{STAFF_ROLES}\s+{PERSON}")),
    ("promo", re.compile(rf"\b{PROMO_VERBS}\s+(?:the\s+)?(?P<name>{NAME}){APOS}?\s+(?:[a-z\-]+\s+){{0,2}}{PROMO_NOUNS}\b")),
    ("self-reference", re.compile(rf"(?P<name>{NAME})\s+(?:could not|cannot|can't|was unable to|has not been able to|is unable to)\s+independently\s+(?:verify|confirm)")),
    ("self-reference", re.compile(rf"(?P<name>{NAME})\s+(?:has|had|have)\s+(?:contacted|reached out to|approached|asked)\s+[^.\n]{{0,60}}?\bfor\s+(?:a\s+)?comment")),
    ("footer", re.compile(rf"(?:(?:©|\([cC]\))\s*(?:Copyright\s*)?(?:\d{{4}}(?:\s*[-–]\s*\d{{4}})?\s*)?|Copyright\s*©?\s*\d{{4}}(?:\s*[-–]\s*\d{{4}})?\s*)(?P<name>{NAME})")),
    # a related-links header naming the site: "More from Harborview Daily: How the crisis began"
    ("promo", re.compile(rf"^More (?:from|on) (?:the\s+)?(?P<name>{NAME}):", re.M)),
    ("footer", re.compile(rf"(?:first|originally)\s+(?:appeared|published|ran)\s+(?:on|in|by)\s+(?:the\s+)?(?P<name>{NAME})")),
    # an aggregator's source tag: "Source: Lahore Ledger newsdesk | via NewsHub Asia | March 1, 2019"
    ("source line", re.compile(rf"^Source\s*:\s*(?:the\s+)?(?P<name>{NAME})(?:[ \t]+(?:newsdesk|news desk|desk|staff))?"
                               rf"(?:[ \t]*\|?[ \t]*via[ \t]+(?P<via>{NAME}))?", re.M)),
]
# Words without which an own-outlet pattern cannot match (the patterns are case-sensitive): a
# text holding none of them skips that pattern's search, slow because a name may start anywhere.
STAFF_ROLE_WORDS = ("correspondent", "reporter", "editor", "bureau chief", "producer", "journalist", "presenter", "anchor")
OWN_PATTERN_WORDS = {OWN_PATTERNS[0][1]: ("reporting",), OWN_PATTERNS[1][1]: STAFF_ROLE_WORDS,
                     OWN_PATTERNS[3][1]: ("independently",), OWN_PATTERNS[4][1]: ("comment",)}
# "KYIV, Ukraine (AP) —", "MOSCOW, Feb 12 (Reuters) -", "(AFP) -" at the start of a paragraph.
# State-media style puts the agency after a day-first date: "Baku, 11 October, AZERTAC."
DATELINE = re.compile(rf"^[A-Z][A-Za-z .'\-]{{1,30}}(?:,\s*[\w .]{{1,30}})?\s*\((?P<name>{NAME})\)\s*[-–—]"
                      rf"|^\((?P<alone>{NAME})\)\s*[-–—]"
                      rf"|^[A-Z][A-Za-z .'\-]{{1,30}},\s*\d{{1,2}}\s+[A-Z][a-z]{{2,8}}\.?(?:\s+\d{{4}})?,\s*(?P<dayfirst>{NAME})\.(?=\s|$)", re.M)
# "With reports from Reuters, AFP and AP", "Additional reporting by Reuters",
# "The Associated Press contributed to this report", "Some information ... came from X and Y."
CREDITS = [
    re.compile(r"\b(?:[Ww]ith|[Aa]dditional)\s+(?:reports?|reporting)\s+(?:from|by)\s+(?P<names>[^.\n]{2,120})"),
    re.compile(r"(?:^|[.!?]\s+)(?P<names>[^.\n]{2,80}?)\s+contributed\s+to\s+this\s+(?:report|story|article)"),
    re.compile(r"[Ss]ome information in this (?:report|story|article) came from\s+(?P<names>[^\n]{2,120}?)(?:\.\s|\.$|$)"),
]
TITLE_SUFFIX = re.compile(r"\s+[|\u2013\u2014]\s+(?P<name>[^|\u2013\u2014]{2,40})$|\s+-\s+(?P<dash>[^|\u2013\u2014-]{2,40})$")
# Title-suffix words that name a section or a topic, not an outlet ("| World News", "- Europe").
SECTION_WORDS = frozenset({
    "news", "world", "politics", "opinion", "analysis", "live", "latest", "breaking", "business", "video",
    "videos", "sport", "sports", "home", "international", "national", "local", "europe", "asia", "africa",
    "americas", "middle", "east", "update", "updates", "explainer", "features", "the", "and", "of",
})
MEDIA_ROLE = re.compile(r"\b(?:agency|broadcaster|newspaper|news|radio|television|magazine|outlet|channel|wire|media)\b", re.I)
NAME_STOPWORDS = frozenset({"the", "this", "that", "it", "its", "our", "we", "he", "she", "they", "his", "her", "their"})


def decide_outlet(sidecar: str | None, url_outlet: str | None, record: str | None,
                  title: str | None, text: str, boilerplate: list[str]) -> dict:
    """``outlet``, ``outlet_source`` and ``outlet_evidence`` of one article.

    A sidecar, URL or record outlet always wins (``outlet_evidence`` then only notes wire
    credits); otherwise the outlet is inferred from the title, text and removed boilerplate
    ("rule: text" strings), or stays "unknown" with ``outlet_source`` None.
    """
    given = {"sidecar": sidecar, "url": url_outlet, "record": record}
    texts = [text] + [item.split(": ", 1)[-1] for item in boilerplate]
    own, wire, credits = find_evidence(title, "\n\n".join(texts))
    for source in OUTLET_SOURCES[:3]:
        if given[source]:
            note = _wire_note(wire, credits, ran_in=given[source])
            return {"outlet": given[source], "outlet_source": source, "outlet_evidence": note}
    choice = choose(own, set(credits) | {_key(name) for name in wire})
    if choice:
        evidence = [f"{kind}: “{snippet}”" for kind, name, snippet in own if _key(name) == _key(choice)]
        note = _wire_note(wire, credits, ran_in=choice)
        return {"outlet": choice, "outlet_source": "inferred", "outlet_evidence": " · ".join(evidence + [note] * bool(note))}
    if wire:
        agency, snippet = next(iter(wire.items()))
        return {"outlet": agency, "outlet_source": "inferred",
                "outlet_evidence": f"dateline: “{snippet}” (wire copy by {agency}; the site that ran it is unknown)"}
    return {"outlet": "unknown", "outlet_source": None, "outlet_evidence": _wire_note(wire, credits, ran_in=None)}


def find_evidence(title: str | None, text: str) -> tuple[list[tuple[str, str, str]], dict[str, str], dict[str, str]]:
    """(own-outlet evidence as (kind, name, snippet), wire agencies from datelines {name:
    snippet}, names credited as sources {key: name})."""
    own = []
    for kind, pattern in OWN_PATTERNS:
        if not any(word in text for word in OWN_PATTERN_WORDS.get(pattern, ("",))):
            continue
        for match in pattern.finditer(text):
            name = clean_name(match.group("name"), at_start=_starts_sentence(text, match.start("name")))
            if name and is_outlet_name(name):
                via = clean_name((match.groupdict().get("via") or ""), at_start=False)
                name = f"{name} via {via}" if via and is_outlet_name(via) else name
                own.append((kind, name, _snippet(text, match)))
    suffix = title_suffix(title)
    if suffix:
        own.append(("title suffix", suffix, title.strip()[-SNIPPET_CHARS:]))
    wire = {}
    for match in DATELINE.finditer(text):
        name = clean_name(match.group("name") or match.group("alone") or match.group("dayfirst"), at_start=False)
        if name and is_outlet_name(name) and len(name.split()) <= 4:
            wire.setdefault(name, _snippet(text, match))
    credits = {_key(n): n for pattern in CREDITS for m in pattern.finditer(text) for n in split_names(m.group("names"))}
    return own, wire, credits


def choose(own: list[tuple[str, str, str]], wire_keys: set[str]) -> str | None:
    """The name the own-outlet evidence points to: the largest weight, at least twice the
    runner-up's. A name the article credits as a wire source is not its outlet (wire copy
    repeats the agency's "Reuters could not independently verify"), unless a promo or a
    footer names it."""
    totals: dict[str, int] = {}
    shown: dict[str, str] = {}
    for kind, name, _ in own:
        key = _key(name)
        if {key, _initials(key)} & wire_keys and kind not in ("promo", "footer"):
            continue
        totals[key] = totals.get(key, 0) + OWN_WEIGHTS[kind]
        shown.setdefault(key, name)
    ranked = sorted(totals.items(), key=lambda kv: -kv[1])
    if not ranked or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
        return None
    return shown[ranked[0][0]]


def title_suffix(title: str | None) -> str | None:
    """The outlet named by a title's " | Outlet" or " - Outlet" suffix, or None.

    A suffix counts when every word is capitalised or an acronym ("BBC News", "Northern
    Ledger"), not every word is a section word ("World News"), and it is not a known actor or
    place; a topic tag with a lower-case word ("| Vladimir Putin news") does not count.
    """
    match = TITLE_SUFFIX.search(title or "")
    if not match:
        return None
    name = (match.group("name") or match.group("dash")).strip()
    words = name.split()
    if not 1 <= len(words) <= 5 or any(not w[0].isupper() and w.lower() not in {"of", "and", "&"} for w in words):
        return None
    if all(w.lower().strip(".") in SECTION_WORDS for w in words):
        return None
    return clean_name(name, at_start=False) if is_outlet_name(name) else None


def clean_name(name: str | None, at_start: bool) -> str | None:
    """Name without possessive or trailing punctuation; a sentence-initial "The" is dropped
    ("The BBC's ..." -> "BBC"), one inside a name kept ("© The Japan Times")."""
    if not name:
        return None
    name = re.sub(r"['’]s?$", "", name.strip()).strip(" .,;:-–—")
    if at_start and name.startswith("The "):
        name = name[4:]
    return name or None


def is_outlet_name(name: str) -> bool:
    """False for what cannot be an outlet: pronouns, places, governments, gazetteer actors,
    section or region words ("More from Asia:", "| World News"), a bare year, or text too
    long to be a name."""
    key = _key(name)
    if not key or key in NAME_STOPWORDS or len(name) > 50 or re.fullmatch(r"[\d\W]+", key):
        return False
    if all(w.strip(".") in SECTION_WORDS for w in key.split()):
        return False
    return key not in non_outlet_names() and _without_section_words(key) not in non_outlet_names()


def split_names(names: str) -> list[str]:
    """"Reuters, AFP and AP" -> ["Reuters", "AFP", "AP"]."""
    parts = [clean_name(p, at_start=True) for p in re.split(r",\s*|\s+and\s+", names.strip().rstrip("."))]
    return [p for p in parts if p and re.fullmatch(NAME, p) and is_outlet_name(p)]


@lru_cache(maxsize=1)
def non_outlet_names() -> frozenset[str]:
    """Lower-cased names of countries, their capitals and governments, and gazetteer actors
    other than media organisations (the gazetteer lists "Al Jazeera, broadcaster" too)."""
    names: set[str] = set()
    for file, columns in (("countries.csv", ("country", "aliases", "adjectives", "capital", "government")),
                          ("gazetteer.csv", ("actor", "aliases"))):
        path = paths.DATA_DIR / file
        if not path.exists():
            continue
        with path.open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                if MEDIA_ROLE.search(row.get("role") or ""):
                    continue
                for column in columns:
                    names |= {_key(v) for v in (row.get(column) or "").split(";") if v.strip()}
    return frozenset(names - {""})


def outlet_label(outlet: str, source: str | None, article_id: str, evidence: str | None = None) -> str:
    """Name shown in charts: "BBC", "Al Jazeera (inferred)", "Reuters (wire copy, inferred)",
    or "unknown · <article_id>" (unknown sources are never pooled into one "unknown")."""
    if outlet == "unknown" or not outlet:
        return f"unknown · {article_id[:12]}"
    if source == "inferred":
        return outlet + (WIRE_SUFFIX if (evidence or "").startswith("dateline:") else INFERRED_SUFFIX)
    return outlet


def _wire_note(wire: dict[str, str], credits: dict[str, str], ran_in: str | None) -> str | None:
    """"wire copy by AFP (dateline); credits Reuters, AP (wire sources, not the outlet)"."""
    agencies = [name for name in wire if ran_in is None or _key(name) != _key(ran_in)]
    notes = [f"wire copy by {', '.join(agencies)} (dateline)"] if agencies else []
    credited = [name for key, name in credits.items() if ran_in is None or key != _key(ran_in)]
    notes += [f"credits {', '.join(credited)} (wire sources, not the outlet)"] if credited else []
    return "; ".join(notes) or None


def _key(name: str) -> str:
    return re.sub(r"^the\s+", "", name.strip().lower())


def _initials(key: str) -> str:
    # "associated press" -> "ap": the acronym a dateline uses for the agency a credit spells out
    return "".join(w[0] for w in key.split() if w not in {"of", "and", "for", "&"})


def _without_section_words(key: str) -> str:
    # "vladimir putin news" -> "vladimir putin": a topic tag, not an outlet
    words = key.split()
    while words and words[-1].strip(".") in SECTION_WORDS:
        words.pop()
    return " ".join(words)


def _starts_sentence(text: str, start: int) -> bool:
    before = text[max(0, start - 3):start]
    return start == 0 or before.endswith("\n") or bool(re.search(r"[.!?:“\"]\s*$", before))


def _snippet(text: str, match: re.Match) -> str:
    start = text.rfind("\n", 0, match.start()) + 1
    start = max(start, match.start() - 30)
    end = min(len(text), max(match.end(), start + SNIPPET_CHARS))
    end = min([i for i in (text.find("\n", match.end()),) if i != -1] + [end])
    piece = text[start:end]
    if start > 0 and text[start - 1] not in "\n":
        piece = "…" + piece.split(" ", 1)[-1]
    if end < len(text) and text[end] not in "\n":
        piece = piece.rsplit(" ", 1)[0] + "…"
    return piece.strip()
