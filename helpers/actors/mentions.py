"""Actor mentions in one article (the per-article half of the ``mentions`` table).

Candidates come from spaCy's NER, a case-sensitive PhraseMatcher over the gazetteer's
aliases, and role descriptions ("the Russian leader", "his French counterpart"). Each is
resolved to a canonical actor where the article alone allows it; surnames and role
descriptions it cannot resolve are finished across the corpus by ``canonical.py``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.attrs import ORTH
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from helpers.docarrays import doc_entities, noun_chunks
from helpers.actors.gazetteer import TITLE_WORDS, Entry, Gazetteer
from helpers.actors.given_names import first_family_names, is_patronymic_end
from helpers.actors.honorifics import is_honorific_only, strip_honorifics
from helpers.actors.names import HONORIFIC_GENDER, is_given_name, name_gender
from helpers.actors.offices import _country_in, describe_person
from helpers.actors.organisations import agency_name, agency_spans, names_a_medium, names_no_organisation, qualified_body, qualify_bare_bodies
from helpers.actors.venues import names_venue
from helpers.actors.salience import bearers_in_either_order, one_person as _one_person, to_nearest_bearers, written_as_head
from helpers.actors.roles import (BODY_POSSESSIVES, anchor_roles, apposed_name, country_roles, is_role_description,
                                  leader_phrase_roles, role_country, role_family_of, role_words, within_any)
from helpers.actors.formaltitles import formal_titled_names
from helpers.actors.spans import (is_bare_title, listed_among_people, listed_names, name_after_body,
                                  name_after_office, names_thing, possessed_names, repair_person_span, titled_names,
                                  tokens_where, trim_leading_words)

MENTION_COLUMNS = [
    "article_id", "sent_idx", "start", "end", "sentence", "surface", "label", "actor", "type",
    "country", "resolved_by",
]
LABEL_TYPES = {"PERSON": "person", "ORG": "organization", "GPE": "place", "LOC": "place", "FAC": "place", "NORP": "group"}
PLACE_DEPS = {"compound", "nmod", "amod", "appos", "npadvmod", "attr"}
LOCATIVE_PREPS = {"in", "to", "from", "at", "near", "into", "outside", "around", "via", "across",
                  "through", "inside", "toward", "towards", "on", "over", "of", "between"}
MOTION_VERBS = {"visit", "leave", "reach", "enter", "attack", "evacuate", "flee", "strike", "shell", "capture", "bomb"}
# Portfolios that name an office, not an actor: "Secretary of State", "Defense Secretary".
PORTFOLIOS = {"state", "defense", "defence", "foreign", "interior", "justice", "treasury", "finance",
              "health", "commerce", "trade", "energy", "home", "war", "security", "economy"}
OFFICE_NOUNS = {"ministry", "department", "secretariat", "office"}
GLUED_NAME = re.compile(r"(?<=[a-z]{2})(?=[A-Z][a-z]{2})")  # "DmytroKuleba" after stripping
GLUED_INITIAL = re.compile(r"(?<=\b[A-Z])\.(?=[A-Z][a-z]{2})")  # "J.Roe", as official copy writes it: "J. Roe"
# "(Reporting by Jane Roe in Ankara; Editing by ...)", "AP writer Jane Roe contributed to this report."
CREDIT_LINE = re.compile(r"(?:^|[(;]\s*)(?:additional\s+)?(?:reporting|writing|editing)\s+by\b"
                         r"|\bcontributed\s+(?:reporting\s+)?to\s+(?:this|the)\s+(?:report|story|article)"
                         r"|\b(?:writers?|reporters?|correspondents?)\b[^.]*\bcontributed\W*$", re.I)
LEADING_ARTICLE = re.compile(r"^(the|The|THE)\s+")
TRAILING_POSSESSIVE = re.compile(r"['\u2019]s?$")
PARTICLE_START = re.compile(r"^(?:al|el|ad|ash|as|at|az|ar|an)-[A-Z]")  # "al-Jubeir said": a name, lower-case particle first
PRIORITY = {"PERSON": 0, "gazetteer": 1, "ORG": 2, "GPE": 2, "LOC": 3, "FAC": 3, "NORP": 4, "role": 5}


@lru_cache(maxsize=8)
def _phrase_matcher(vocab, aliases: tuple[str, ...]) -> PhraseMatcher:
    from spacy.lang.en import English

    make = English().tokenizer
    matcher = PhraseMatcher(vocab, attr="ORTH")
    matcher.add("ALIAS", [make(a) for a in aliases])
    return matcher


def candidate_spans(doc: Doc, gaz: Gazetteer) -> list[tuple[Span, str]]:
    """Non-overlapping candidate mentions with their source (NER label, gazetteer, role)."""
    return candidates_and_surnames(doc, gaz)[0]


def candidates_and_surnames(doc: Doc, gaz: Gazetteer) -> tuple[list[tuple[Span, str]], dict[str, str | None]]:
    """``candidate_spans`` and the article's surnames (``local_surnames`` of them)."""
    chunks = noun_chunks(doc)  # the parse's noun chunks are rebuilt on every access
    found = [found for ent in doc_entities(doc)
             if ent.label_ in LABEL_TYPES and "\n" not in ent.text and not is_name_pair(ent, gaz)
             and not (ent.label_ == "PERSON" and is_bare_title(ent)) for found in entity_candidates(ent, gaz)]
    matcher = _phrase_matcher(doc.vocab, tuple(gaz.aliases()))
    found += [(doc[s:e], "gazetteer") for _, s, e in matcher(doc)]
    found += [(chunk, "role") for chunk in chunks if is_role_description(chunk)]
    found += [(role, "role") for role in country_roles(doc, gaz, chunks)]
    found += [(span, "ORG") for span in agency_spans(doc)]
    leaders = leader_phrase_roles(doc)
    found = [(span, source) for span, source in found if not within_any(span, leaders)] + [(s, "role") for s in leaders]
    found.sort(key=lambda item: (-(item[0].end - item[0].start), PRIORITY[item[1]], item[0].start))
    taken: set[int] = set()
    kept = []
    for start, name in formal_titled_names(doc, gaz):
        # "the Minister of Foreign Affairs of the Republic of X Jane Roe": the name is the person;
        # the office before it is her title (no body, no second role), the country keeps its mention
        found = [(span, source) for span, source in found if not (
            start <= span.start < name.start and source not in {"gazetteer", "GPE"} or span.start < name.end and span.end > name.start)]
        if taken.isdisjoint(range(name.start, name.end)):
            taken.update(range(name.start, name.end))
            kept.append((name, "PERSON"))
    for name in possessed_names(doc, gaz):
        # "Senegal's Macky Sall, Ghana's Nana Akufo-Addo and ...": people, whatever the tagger called them
        overlapping = [(span, source) for span, source in found if span.start < name.end and span.end > name.start]
        if any(source == "gazetteer" for _, source in overlapping) or not taken.isdisjoint(range(name.start, name.end)):
            continue
        found = [item for item in found if item not in overlapping]
        taken.update(range(name.start, name.end))
        kept.append((name, "PERSON"))
    for span, source in found:
        if taken.isdisjoint(range(span.start, span.end)):
            taken.update(range(span.start, span.end))
            kept.append((span, source))
    kept += [(span, "PERSON") for span in titled_names(doc, taken, gaz)]
    taken.update(i for span, _ in kept for i in range(span.start, span.end))
    kept += [(span, "PERSON") for span in listed_names(doc, taken, gaz, is_given_name)]
    taken.update(i for span, _ in kept for i in range(span.start, span.end))
    # The bare surnames found next are one word each and add no full name, so the surnames
    # of the spans so far (in text order) are the article's.
    surnames = local_surnames(sorted(kept, key=lambda item: item[0].start), gaz)
    kept += missed_surnames(doc, kept, gaz, taken, surnames)
    return sorted(kept, key=lambda item: item[0].start), surnames


def is_name_pair(span: Span, gaz: Gazetteer) -> bool:
    """"the Putin-Biden talks": two known names joined by a hyphen are two mentions, not one.

    The pair is dropped here; the PhraseMatcher and surname passes find each name.
    """
    parts = [t for t in span if t.text not in {"-", "\u2013", "the", "The"}]
    return "-" in span.text and len(parts) == 2 and all(gaz.lookup(t.text) for t in parts)


def entity_candidates(ent: Span, gaz: Gazetteer) -> list[tuple[Span, str]]:
    """(span, source) for one entity: "National Security Adviser Jane Roe" tagged ORG is
    the person named after the office; "the Contact Group Jane Roe" the body and the person."""
    if ent.label_ == "PERSON":
        person = repair_entity(ent, gaz)
        return [] if is_honorific_only([t.text for t in person], TITLE_WORDS) else [(person, ent.label_)]
    person = name_after_office(ent, gaz)
    if person is not None:
        return [(person, "PERSON")]
    person = name_after_body(ent, gaz, is_given_name)
    if person is not None:
        return [(person, "PERSON"), (repair_entity(ent.doc[ent.start:person.start], gaz), ent.label_)]
    return [(repair_entity(ent, gaz), ent.label_)]


def repair_entity(span: Span, gaz: Gazetteer) -> Span:
    """An entity span as the actor it names: a person's whole name, a country without its
    stripped possessive."""
    if span.label_ == "PERSON":
        return repair_person_span(span, gaz)
    return split_stripped_possessive(trim_leading_words(span), gaz)


def split_stripped_possessive(span: Span, gaz: Gazetteer) -> Span:
    """Keep only the country of "Chinas foreign ministry" (apostrophe stripped in transit)."""
    first = span[0].text
    if len(span) > 1 and first.endswith("s") and (entry := gaz.lookup(first[:-1])) and entry.type == "country":
        return span[:1]
    return span


def missed_surnames(doc: Doc, spans: list[tuple[Span, str]], gaz: Gazetteer, taken: set[int],
                    names: dict[str, str | None] | None = None) -> list:
    """Surnames of people named in full in the article that NER did not tag ("Cassis spoke");
    ``names``: ``local_surnames(spans, gaz)`` when already known."""
    names = local_surnames(spans, gaz) if names is None else names
    return [(doc[t.i:t.i + 1], "PERSON") for t in (doc[i] for i in tokens_where(doc, ORTH, names))
            if t.i not in taken and (t.pos_ == "PROPN" or t.is_title) and t.text in names]


@lru_cache(maxsize=1 << 16)
def clean_surface(text: str) -> str:
    """Drop a leading article, a trailing possessive and outer punctuation."""
    text = LEADING_ARTICLE.sub("", text.strip())
    text = TRAILING_POSSESSIVE.sub("", text)
    return text.strip(" .,;:'\"\u2019\u201c\u201d-")


@lru_cache(maxsize=1 << 16)  # asked for the same surfaces thousands of times per corpus
def strip_titles(name: str) -> str:
    """Drop honorifics and offices in front of a name ("Mr Biden", "President Joe Biden")."""
    words = name.split()
    while len(words) > 1 and words[0].lower().rstrip(".") in TITLE_WORDS:
        words = words[1:]
    # "Prime Minister Datuk Seri Ali Tun Hassan", "Sheikh Sayyed Ali Hassan": titles and honorifics in any order
    bare = strip_honorifics(" ".join(words))
    if bare and bare != " ".join(words):
        return strip_titles(bare)
    return GLUED_INITIAL.sub(". ", GLUED_NAME.sub(" ", " ".join(words)))


def is_title_fragment(span: Span) -> bool:
    """Not an actor: the object of an office ("Secretary of State", "Minister of Defence")
    or a capitalised common word NER took for a name ("Routine consular services")."""
    doc = span.doc
    if len(span) != 1:
        return False
    if span[0].pos_ not in {"PROPN", "NOUN"}:
        return True
    before = doc[max(0, span.start - 2):span.start]
    after = doc[span.end] if span.end < len(doc) else None
    office_of = len(before) == 2 and before[1].lower_ == "of" and before[0].lower_ in TITLE_WORDS | OFFICE_NOUNS
    office_after = after is not None and after.lower_ in TITLE_WORDS | OFFICE_NOUNS
    return span[0].lower_ in PORTFOLIOS and (office_of or office_after)


def acts(span: Span) -> bool:
    """True when a capital stands for its government rather than the city.

    "Moscow would respond soon", "urged Washington to stop", "relations with Beijing" act;
    "arrived in Beijing", "the capital, Kyiv", "the Kyiv embassy", a WASHINGTON dateline
    and "will travel to Kiev" are the city.
    """
    root = span.root
    while root.dep_ == "conj" and root.head != root:
        root = root.head
    if span.text.isupper() or root.dep_ in PLACE_DEPS:
        return False
    if root.dep_ == "pobj":
        return root.head.lower_ not in LOCATIVE_PREPS
    if root.dep_ == "dobj":
        return root.head.lemma_ not in MOTION_VERBS
    return True


def resolve_local(span: Span, source: str, gaz: Gazetteer, surnames: dict[str, str]) -> tuple | None:
    """(actor, type, country, resolved_by) for one candidate, or None for a non-actor.

    ``actor`` is None for role descriptions and surnames left to the corpus pass.
    """
    if source == "role":
        return None, "person", role_country(span, gaz), "role description"
    text = clean_surface(span.text)
    if not text or not (text[0].isupper() or PARTICLE_START.match(text)) or is_title_fragment(span) or names_a_medium(text):
        return None
    entry = gaz.lookup(text) or gaz.lookup(strip_titles(text))
    if entry is None and text.endswith("s") and len(text) > 3:
        # Apostrophes stripped in transit: "Ukraines borders", "Natos flank", "Bidens adviser".
        stem = text[:-1]
        stripped = gaz.lookup(stem) or (_surname_entry(stem, surnames))
        if stripped:
            return _from_entry(stripped, span, gaz, "possessive without apostrophe")
    if entry is not None:
        return _from_entry(entry, span, gaz, "gazetteer")
    if source == "PERSON" and len(text.split()) == 1 and gaz.country_code(text) and not gaz.lookup(text):
        return None  # a nationality adjective tagged PERSON ("Azerbaijani")
    if source != "PERSON" and (is_named_by_office(span, gaz) or listed_among_people(span)):
        source = "PERSON"  # "the Swiss foreign minister, Ignazio Cassis" tagged ORG
    if source == "PERSON" or text in surnames:
        before = span.doc[span.start - 1].lower_.rstrip(".") if span.start > 0 else ""
        honorific = span[0].lower_.rstrip(".") if span[0].lower_.rstrip(".") in HONORIFIC_GENDER else before
        gendered = surnames.get(f"{strip_titles(text)}|{HONORIFIC_GENDER.get(honorific)}")
        return (gendered, "person", None, "surname and honorific") if gendered else resolve_person(text, gaz, surnames)
    if source == "NORP":
        is_group = span.root.tag_ in {"NNPS", "NNS"} or (span.root.pos_ in {"NOUN", "PROPN"} and text.endswith("s"))
        return (text, "group", gaz.country_code(text.rstrip("s")), "ner") if is_group else None
    if source == "ORG" and names_no_organisation(span):
        return None
    body = qualified_body(span, text, gaz) if source == "ORG" else None
    if body is not None:  # "Turkey's Foreign Ministry" -> "Turkish Foreign Ministry"
        entry = gaz.lookup(body[0])
        return (entry.actor if entry else body[0]), "organization", body[1], "country written before"
    kind = LABEL_TYPES.get(source, "organization")
    agency = agency_name(text) if source == "ORG" and not gaz.country_code(text.split()[0]) else None
    if agency is not None:  # "Xinhua news agency" is Xinhua
        entry = gaz.lookup(agency)
        return (entry.actor if entry else agency), "organization", entry.country if entry else None, "agency name"
    return text, kind, _country_in(span, gaz), "ner"


def _from_entry(entry: Entry, span: Span, gaz: Gazetteer, how: str) -> tuple:
    if entry.type == "place" and entry.role.startswith("capital of") and acts(span):
        country = gaz.countries[entry.country]
        return country.name, "country", country.code, "metonymy (capital for government)"
    return entry.actor, entry.type, entry.country or None, how


def _surname_entry(stem: str, surnames: dict[str, str | None]) -> Entry | None:
    return Entry(surnames[stem], "person", "", "") if surnames.get(stem) else None


def resolve_person(text: str, gaz: Gazetteer, surnames: dict[str, str]) -> tuple | None:
    """Resolve a person's name: full names as written, surnames via the article's full names."""
    name = strip_titles(text)
    words = name.split()
    if len(words) >= 2:
        last = gaz.lookup(words[-1])
        # "Ukraines Kremlin" tagged PERSON is the Kremlin; "Kim Jong Un" stays a person: only
        # country words may stand before the institution.
        if last is not None and last.type != "person" and all(_is_country_word(w, gaz) for w in words[:-1]):
            return last.actor, last.type, last.country or None, "label corrected"
        entry = gaz.lookup(name)
        return (entry.actor, "person", entry.country or None, "gazetteer") if entry else (name, "person", None, "full name")
    if name in surnames:
        return surnames[name], "person", None, "surname in article" if surnames[name] else "surname of several people"
    entry = gaz.lookup(name)
    if entry is not None:
        return entry.actor, entry.type, entry.country or None, "gazetteer"
    return None, "person", None, "surname"


def _is_country_word(word: str, gaz: Gazetteer) -> bool:
    return bool(gaz.country_code(word) or (word.endswith("s") and gaz.country_code(word[:-1])))


def is_named_by_office(span: Span, gaz: Gazetteer) -> bool:
    """A two- or three-word capitalised name with an office written beside it."""
    words = span.text.split()
    return 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words) \
        and not gaz.lookup(span.text) and describe_person(span, gaz)[0] is not None


def local_surnames(spans: list[tuple[Span, str]], gaz: Gazetteer) -> dict[str, str | None]:
    """Surname -> full name for the people named in full in this article.

    A surname shared by different people ("Chris Murphy" and "Stephanie Murphy") maps to the
    one the gazetteer knows by it or to the one the article names far more often, else to None:
    which one a bare "Murphy" means would be a guess.
    Spellings of one person count once. A father's name after "bin" is no surname.
    """
    by_surname: dict[str, list[str]] = {}
    firsts: dict[str, list[str]] = {}
    officials: set[str] = set()  # written with an office: "Sen. Chris Murphy", "Emir Sheikh Tamim ..."
    heads: set[str] = set()  # titled as a head of state or government: "North Korean leader Kim Jong Un"
    for span, source in spans:
        if source in {"PERSON", "gazetteer"} or (source == "ORG" and is_named_by_office(span, gaz)):
            name = strip_titles(clean_surface(span.text))
            entry = gaz.lookup(name)
            if entry is not None and entry.type != "person":
                continue
            if len(name.split()) >= 2:
                full = entry.actor if entry else name
                office = describe_person(span, gaz)[0]
                if name != clean_surface(span.text) or office is not None:
                    officials.add(full)
                if written_as_head(span, office or (entry.role if entry else None)):
                    heads.add(full)
                if not is_patronymic_end(name):  # "Salman" of "Mohammed bin Salman" is his father
                    by_surname.setdefault(name.split()[-1], []).append(full)
                firsts.setdefault(name.split()[0], []).append(full)
    by_surname |= bearers_in_either_order(by_surname, {w: f for w, f in firsts.items() if w not in TITLE_WORDS})
    surnames = {last: _one_person(last, fulls, gaz, officials, heads) for last, fulls in by_surname.items()}
    for last, fulls in first_family_names(by_surname).items():  # "Jane Roe Poe" is also "Roe"
        surnames.setdefault(last, _one_person(last, fulls, gaz, officials))
    for last, fulls in by_surname.items():  # "Mr. Trump" beside Donald and Ivana Trump
        for gender in {"m", "f"}:
            fits = {f for f in fulls if name_gender(f) == gender}
            if surnames[last] is None and len(fits) == 1:
                surnames[f"{last}|{gender}"] = next(iter(fits))
    # Family name first ("Qin Gang" -> "Qin"): a first word that names one person only.
    for first, fulls in firsts.items():
        person = _one_person(first, fulls, gaz, officials)
        if first not in TITLE_WORDS:
            surnames.setdefault(first, person)
    return surnames


def extract_mentions(doc: Doc, gaz: Gazetteer, sentences: list[dict]) -> list[dict]:
    """Actor mentions of one article, resolved as far as the article allows.

    Args:
        doc: the parsed article.
        gaz: actor and country lists.
        sentences: the article's sentence rows (``parse.sentence_rows``).

    Returns:
        Rows with MENTION_COLUMNS except article_id, plus ``role_family`` for role
        descriptions, ``person_role`` (office learned from the text) for names and
        ``names_thing`` for a name written as a ship's or a storm's, ``names_venue`` for a
        venue's or a site's ("the Harrow pub").
    """
    spans, surnames = candidates_and_surnames(doc, gaz)
    locate = sentence_locator(sentences)
    rows = []
    for span, source in spans:
        resolved = resolve_local(span, source, gaz, surnames)
        if resolved is None:
            continue
        actor, kind, country, how = resolved
        sent = locate(span.start_char)
        if kind == "person" and CREDIT_LINE.search(sent["text"]):
            continue  # the reporters of the story, not its actors
        role = describe_person(span, gaz) if kind == "person" and source != "role" else (None, None)
        rows.append({
            "sent_idx": sent["sent_idx"], "start": span.start_char, "end": span.end_char,
            "sentence": sent["text"], "surface": span.text, "label": source, "actor": actor,
            "type": kind, "country": country or role[1], "resolved_by": how,
            "role_family": role_family_of(span) if source == "role" else None,
            "role_words": role_words(span, gaz) if source == "role" else None,
            "person_role": role[0],
            "names_thing": kind == "person" and source != "role" and names_thing(span),
            "names_venue": kind == "person" and source != "role" and names_venue(span),
            "appos": apposed_name(span) if source == "role" else None,
            "body_poss": source == "role" and span[0].lower_ in BODY_POSSESSIVES,
        })
    return qualify_bare_bodies(anchor_roles(to_nearest_bearers(rows, gaz)))


def sentence_locator(sentences: list[dict]):
    """Function from a character offset to the sentence row containing it."""
    import bisect

    starts = [s["start"] for s in sentences]

    def locate(offset: int) -> dict:
        i = max(0, bisect.bisect_right(starts, offset) - 1)
        return sentences[i] if sentences else {"sent_idx": 0, "text": ""}

    return locate
