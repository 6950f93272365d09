"""Offices written next to a person's name: "Kremlin foreign policy aide Yuri Ushakov",
"U.S. Secretary of State Jane Roe", "Mr Biden's national security adviser, Jake Sullivan".

Read from the parse (compounds, modifiers, possessives, an "of" phrase inside the office, an
apposition), so it holds for offices no list names. Used by ``mentions``.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span

from helpers.actors.gazetteer import TITLE_WORDS, Gazetteer

# Head nouns of descriptions that name one person by office; value = the office family.
ROLE_NOUNS = {
    "president": "leader", "leader": "leader", "chancellor": "leader", "premier": "leader",
    "counterpart": "counterpart", "minister": "minister", "secretary": "minister",
    "aide": "aide", "adviser": "aide", "advisor": "aide", "spokesman": "spokesperson",
    "spokeswoman": "spokesperson", "spokesperson": "spokesperson", "envoy": "envoy",
    "ambassador": "envoy", "king": "leader", "monarch": "leader", "councilor": "minister", "councillor": "minister",
}
NAME_BLOCK_DEPS = {"compound", "amod", "nmod", "npadvmod", "poss"}  # words of an office before a name
# Heads of an office with an "of" phrase: "Secretary of State", "Minister of Defence".
OFFICE_HEADS = {"secretary", "minister", "emir", "king", "president", "prime", "chief", "head", "director",
                "commissioner", "governor", "chairman", "ambassador", "envoy", "queen", "sultan", "leader"}


def describe_person(span: Span, gaz: Gazetteer) -> tuple[str | None, str | None]:
    """Office and country written next to a name.

    "Kremlin foreign policy aide Yuri Ushakov" -> ("Kremlin foreign policy aide", "RU");
    "Mr Biden's national security adviser, Jake Sullivan" -> ("national security adviser", "US").
    """
    doc = span.doc
    i = span.start - 1
    block: list = []
    attached = set(range(span.start, span.end))
    while i >= 0:
        office = _office_of_start(doc, i, attached)  # "Secretary of State", "Emir of Qatar"
        if office is not None:
            block[:0] = list(doc[office + 1:i + 1])
            attached.update(range(office + 1, i + 1))
            i = office
        if doc[i].dep_ == "case" and i > 0 and doc[i].head.i == i - 1 and doc[i - 1].head.i in attached:
            i -= 1  # the "'s" of "China's State Councilor Jane Roe"
        hyphen = doc[i].tag_ == "HYPH" and i > 0 and doc[i - 1].head.i in attached  # "Secretary-General"
        if not hyphen and (doc[i].head.i not in attached or doc[i].is_punct or doc[i].dep_ not in NAME_BLOCK_DEPS):
            break
        block.insert(0, doc[i])
        attached.add(i)
        i -= 1
    titles = [t for t in span[:-1] if t.lower_.rstrip(".") in TITLE_WORDS]  # "Councilor" of "Councilor Dai Bingguo"
    if span[0].ent_type_ == "PERSON" and len(titles) == next((k for k, t in enumerate(span) if t not in titles), 0):
        block += titles
    head = span.root.head
    # "Peru's foreign minister, Sheikh Jane Roe"; not a name set beside another name ("with Chair A, Secretary B")
    if span.root.dep_ == "appos" and not _is_name_word(head) and all(_is_honorific(t) for t in block):
        block = [t for t in doc[head.left_edge.i: head.i + 1] if t.dep_ != "det"]
    words = [t for t in block if t.text.lower().rstrip(".") not in {"mr", "mrs", "ms", "dr"}]
    if not words or not any(t.lower_ in ROLE_NOUNS or t.lower_.rstrip(".") in TITLE_WORDS for t in words):
        return None, _country_in(block, gaz)
    role = "".join(t.text if t.tag_ == "HYPH" or (t.i + 1 < len(doc) and doc[t.i + 1].tag_ == "HYPH") else t.text_with_ws
                   for t in words if t.dep_ != "poss" and t.tag_ != "POS").strip()
    return role or None, _country_in(block, gaz)


def _is_name_word(tok) -> bool:
    """A proper noun that is no title or office word: part of a name ("Mahamat", not "Minister")."""
    word = tok.lower_.rstrip(".")
    return tok.pos_ == "PROPN" and word not in TITLE_WORDS and word not in ROLE_NOUNS and word not in OFFICE_HEADS


def _is_honorific(tok) -> bool:
    """A title that names no office: "Sheikh", "Mr", "Dr" (not "Minister")."""
    word = tok.lower_.rstrip(".")
    return word in TITLE_WORDS and word not in ROLE_NOUNS and word not in OFFICE_HEADS


def _office_of_start(doc: Doc, i: int, attached: set[int]) -> int | None:
    """Where an office with an "of" phrase ending at ``doc[i]`` starts: the index of
    "Secretary" in "Secretary of State Jane Roe"; None when ``doc[i]`` ends no such phrase."""
    prep = doc[i].head
    office = prep.head
    if doc[i].dep_ == "pobj" and prep.lower_ == "of" and office.i < prep.i and office.head.i in attached \
            and office.dep_ in NAME_BLOCK_DEPS and office.lower_ in TITLE_WORDS | OFFICE_HEADS:
        return office.i
    return None


def _country_in(tokens, gaz: Gazetteer) -> str | None:
    tokens = list(tokens)
    for n in (3, 2, 1):
        for i in range(len(tokens) - n + 1):
            code = gaz.country_code(" ".join(t.text for t in tokens[i:i + n]))
            if code:
                return code
    return None


ROLE_FAMILY_WORDS = {
    "leader": ("president", "prime minister", "chancellor", "leader", "premier", "king", "queen", "emir",
               "sultan", "emperor", "ruler", "monarch", "head of state", "head of government"),
    "minister": ("minister", "secretary", "councilor", "councillor"),
    "aide": ("aide", "adviser", "advisor"),
    "spokesperson": ("spokesman", "spokeswoman", "spokesperson"),
    "envoy": ("ambassador", "envoy"),
}


# Offices that speak for others though their head noun names a minister's rank ("White House press secretary").
SPOKESPERSON_OFFICES = ("press secretary", "press officer", "press attache", "press attaché")


def role_family(role: str | None) -> set[str]:
    """Office families a role text belongs to ("Foreign Minister" -> {"minister"})."""
    return set(_role_families(role.lower() if isinstance(role, str) else ""))


@lru_cache(maxsize=1 << 14)  # a few hundred role texts, asked for thousands of times per corpus
def _role_families(text: str) -> frozenset[str]:
    if "prime minister" in text:  # a head of government, not one of the ministers
        text = text.replace("prime minister", "premier")
    for office in SPOKESPERSON_OFFICES:  # a press secretary reports contacts, holds no ministry
        text = text.replace(office, "spokesperson")
    return frozenset(family for family, words in ROLE_FAMILY_WORDS.items() if any(w in text for w in words))
