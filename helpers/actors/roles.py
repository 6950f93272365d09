"""Role descriptions the sentence itself ties to a person or a country.

"Jane Roe, the UN secretary-general," names Jane Roe (an apposition); "Norway, for its part,
waited. Its foreign minister said ..." is Norway's foreign minister (``its`` stands for the
country named just before); "Peru's foreign minister" is a role of Peru, and the country
keeps its own mention. Read from the parse and the order of the mentions, so it holds for
any office and country. Used by ``mentions``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from helpers.docarrays import doc_entities
from helpers.actors.gazetteer import TITLE_WORDS, Gazetteer
from helpers.actors.offices import ROLE_NOUNS, _country_in

# Possessives that stand for a country or a body, not a person: "its foreign minister".
BODY_POSSESSIVES = {"its", "their"}
DEFINITE = {"the", "his", "her", "their", "its"}
SENTENCES_BACK = 1  # "its" looks for its country in its own sentence and the one before


def possessive_role(chunk: Span) -> Span | None:
    """"foreign minister" of "Peru's foreign minister": the office after a possessive
    country, as its own span (the country keeps its mention); None for other chunks."""
    for tok in chunk:
        if tok.tag_ == "POS" and tok.i + 1 < chunk.end and tok.head.dep_ == "poss":
            return chunk.doc[tok.i + 1:chunk.end]
    return None


def apposed_name(span: Span) -> tuple[int, int] | None:
    """Character range of the name a role description is set beside: "Jane Roe, the UN
    secretary-general" and "the UN secretary-general, Jane Roe"; None when there is none."""
    doc, root = span.doc, span.root
    if root.dep_ == "appos" and root.head.ent_type_ == "PERSON":
        head = root.head
    else:
        head = next((t for t in root.children if t.dep_ == "appos" and t.ent_type_ == "PERSON"), None)
    if head is None:
        return _name_before_comma(span)
    ent = next((e for e in doc_entities(doc) if e.start <= head.i < e.end), None)
    start, end = (ent.start, ent.end) if ent is not None else (head.i, head.i + 1)
    between = doc[span.end:start] if start >= span.end else doc[end:span.start]
    if [t.text for t in between if t.lower_.rstrip(".") not in TITLE_WORDS] not in ([], [","]):
        return None  # only a comma and titles between them ("his counterpart, Sheikh Jane Roe")
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1])


def _name_before_comma(span: Span) -> tuple[int, int] | None:
    """"Jane Roe, the UN secretary-general, has ...": a role set off by commas straight after
    a person's name (read from the tokens when the parse misses the apposition)."""
    doc = span.doc
    end = span.end
    while end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].is_alpha:
        end += 2  # the "-general" the tokenizer cut off
    if span.start < 2 or doc[span.start - 1].text != "," or end >= len(doc) or doc[end].text != ",":
        return None
    ent = next((e for e in doc_entities(doc) if e.end == span.start - 1 and e.label_ == "PERSON"), None)
    return (ent.start_char, ent.end_char) if ent is not None else None


def anchor_roles(rows: list[dict]) -> list[dict]:
    """Resolve the role rows the sentence ties down (see the module docstring): a role set
    beside a name is dropped (the name's own mention stands for the person, with the role's
    country), an "its" role takes the country named just before.

    ``rows`` carry the helper keys ``appos`` (range of an apposed name) and ``body_poss``
    (the role starts with "its"/"their"); both are removed here.
    """
    apposed = set()
    for i, row in enumerate(rows):
        appos, body = row.pop("appos", None), row.pop("body_poss", False)
        if row["resolved_by"] != "role description":
            continue
        person = _person_at(rows, appos) if appos else None
        if person is not None:  # the name beside it is the mention; the role adds no second one
            apposed.add(i)
            person["country"] = person["country"] or row["country"]
        elif body and not row["country"]:
            row["country"] = _country_before(rows[:i], row["sent_idx"])
    return [row for i, row in enumerate(rows) if i not in apposed]


def _person_at(rows: list[dict], span: tuple[int, int]) -> dict | None:
    """The resolved person mention inside a character range."""
    return next((r for r in rows if r["type"] == "person" and isinstance(r["actor"], str)
                 and r["resolved_by"] != "role description" and span[0] <= r["start"] < span[1]), None)


def _country_before(rows: list[dict], sent_idx: int) -> str | None:
    """Country of the last country mention in this sentence or the one before."""
    for r in reversed(rows):
        if r["sent_idx"] < sent_idx - SENTENCES_BACK:
            return None
        if r["type"] == "country" and isinstance(r["country"], str):
            return r["country"]
    return None


def is_role_description(chunk: Span) -> bool:
    """A definite noun phrase naming an office, not a name: "the Russian leader"."""
    return (
        chunk.root.lower_ in ROLE_NOUNS and chunk[0].lower_ in DEFINITE
        and chunk.root.tag_ in {"NN", "NNP"} and not any(t.ent_type_ == "PERSON" for t in chunk)
    )


def country_roles(doc: Doc, gaz: Gazetteer, chunks: list[Span] | None = None) -> list[Span]:
    """"foreign minister" of "Peru's foreign minister": the office after a possessive country
    is a role description of that country; the country keeps its own mention. ``chunks``: the
    doc's noun chunks when already listed."""
    found = []
    for chunk in doc.noun_chunks if chunks is None else chunks:
        role = possessive_role(chunk)
        owner = doc[role.start - 2] if role is not None and role.start >= 2 else None
        if owner is not None and gaz.country_code(owner.text) and role.root.lower_ in ROLE_NOUNS \
                and role.root.tag_ in {"NN", "NNP"} and not any(t.ent_type_ == "PERSON" for t in doc[role.start:role.end + 1]) \
                and apposed_name(role) is None:  # "Peru's foreign minister, Jane Roe": the name says it
            found.append(role)
    return found


# "the head of state", "the Head of Government": a leader's office written as a phrase, which the
# tagger often takes for a name ("Head" PERSON, "State" ORG) in translated state-media copy.
HEAD_OF_OFFICE_WORDS = {"state", "government"}
LEADER_PHRASE_HEAD = "head"


def leader_phrase_roles(doc: Doc) -> list[Span]:
    """"the Head of State", "the Belarusian head of government": role descriptions of a leader.

    Only with a definite word before (``DEFINITE``) and no name after: "Head of State Ivan Kos"
    is Kos's title, and "a head of state" or "heads of state" names no one.
    """
    found = []
    for tok in doc[:-2]:
        after = doc[tok.i + 2]
        if tok.lower_ != LEADER_PHRASE_HEAD or doc[tok.i + 1].lower_ != "of" or after.lower_ not in HEAD_OF_OFFICE_WORDS:
            continue
        start = tok.i
        while start > 0 and doc[start - 1].pos_ in {"ADJ", "PROPN"} and doc[start - 1].ent_type_ in {"NORP", "GPE", ""} \
                and doc[start - 1].lower_ not in DEFINITE:
            start -= 1  # "the Belarusian head of state"
        named_after = after.i + 1 < len(doc) and doc[after.i + 1].ent_type_ == "PERSON"
        if start > 0 and doc[start - 1].lower_ in DEFINITE and not named_after:
            found.append(doc[start - 1:after.i + 1])
    return found


def within_any(span: Span, outer: list[Span]) -> bool:
    """The span lies inside one of ``outer``: "Head" inside "the Head of State"."""
    return any(o.start <= span.start and span.end <= o.end for o in outer)


def role_family_of(span: Span) -> str | None:
    """Office family of a role description: "the prime minister" heads a government."""
    if span.root.lower_ == "minister" and any(t.lower_ == "prime" for t in span):
        return "leader"
    if span.root.lower_ == "secretary" and any(t.lower_ == "press" for t in span):
        return "spokesperson"  # "the press secretary" speaks for the office, holds no ministry
    if span.root.lower_ == LEADER_PHRASE_HEAD:
        return "leader"  # "the head of state" (``leader_phrase_roles``)
    return ROLE_NOUNS.get(span.root.lower_)


def role_words(span: Span, gaz: Gazetteer) -> str:
    """Office words of a role description: "the Chinese foreign minister" -> "foreign minister"."""
    return " ".join(t.lower_ for t in span if t.dep_ != "det" and t.pos_ != "PRON" and not gaz.country_code(t.text))


def role_country(span: Span, gaz: Gazetteer) -> str | None:
    """Country a role description points to: "the Russian leader", "his counterpart in Moscow"."""
    return _country_in(span.root.subtree, gaz)
