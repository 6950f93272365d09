"""Who a pronominal count stands for: "the two agreed", "the three men" -> the persons (or states)
named just before ("men (Kerry, Lavrov)"). Used by ``extract``.
"""

from __future__ import annotations

from spacy.tokens import Token

from helpers.docarrays import doc_entities
from helpers.numbers import words as numwords

# "the two agreed", "the three would block", "the two men": who a pronominal count counts.
PERSON_HEADS = {"men", "women", "leaders", "presidents", "ministers"}
STATE_HEADS = {"countries", "nations", "governments"}
PRONOMINAL_HEADS = PERSON_HEADS | STATE_HEADS


def referents(tokens: list[Token], counted: str | None) -> str | None:
    """ "Cameron spoke to Erdogan ... the two agreed" -> "people (Cameron, Erdogan)": a count after
    "the" with no noun, or with a noun for persons ("the two men") or states ("the three
    countries"), lists the persons (or the states) the sentence and the one before it name, when
    they name exactly as many; else those the sentence and the two before it name."""
    doc, first = tokens[0].doc, tokens[0]
    if first.i == 0 or doc[first.i - 1].lower_ != "the" or counted not in PRONOMINAL_HEADS | {None}:
        return None
    value = numwords.parse_number(" ".join(t.text for t in tokens))
    if value is None or not 2 <= value <= 6 or value != int(value):
        return None
    nouns = [(noun, heads) for noun, heads in (("people", PERSON_HEADS), ("countries", STATE_HEADS))
             if counted is None or counted in heads]
    for n, start in enumerate(_windows(first)):
        if n and _unnamed_names(doc, start, first.i):
            break  # "Lula met Petro ...", "Lula" left untagged: further back, someone may go uncounted
        for noun, _ in nouns:
            if n and noun != "people":
                continue  # places named further back are the scenes of other events, not the states counted
            names = _names_between(doc, start, first.i - 1, noun)
            if len(names) == int(value):
                return f"{counted or noun} ({', '.join(names)})"
    return None


def _windows(first: Token) -> list[int]:
    """Where the named group may start: the sentence before the count's, else the two before it
    ("Xi told Biden ... Biden said ... The two men agreed")."""
    doc, starts = first.doc, [first.sent.start]
    for _ in range(2):
        if starts[-1] > 0:
            starts.append(doc[starts[-1] - 1].sent.start)
    return starts[1:] or starts


def _unnamed_names(doc, start: int, end: int) -> bool:
    """A proper noun no entity holds: the tagger missed a name, so the names it found may be too few."""
    return any(t.pos_ == "PROPN" and not t.ent_type_ and t.lower_ not in HONORIFICS for t in doc[start:end])


def _names_between(doc, start: int, end: int, noun: str) -> list[str]:
    """The distinct persons (or states) named from token ``start`` to ``end``, as first written."""
    persons = _person_names(doc)
    names: dict[str, str] = {}
    for ent in doc_entities(doc):
        if not (start <= ent.start and ent.end <= end) or _speaker_or_place(ent):
            continue
        key = ent[-1].text.removesuffix("'s")
        person = ent.label_ == "PERSON" or (key in persons and ent.label_ in MISTAKEN_PERSON_LABELS)
        if (person if noun == "people" else ent.label_ == "GPE"):
            names.setdefault(key, ent.text.removesuffix("'s"))
    return list(names.values())


# "Erdogan" tagged GPE or ORG in one sentence and PERSON in two others is a person in all
# ("Washington", a place in most sentences and a person in one, stays a place).
MISTAKEN_PERSON_LABELS = {"GPE", "ORG", "NORP", "PERSON"}
PERSONS_KEY = "numbers.person_names"
# "Mr Albanese" (tagged NORP): a courtesy title says the name is a person's.
HONORIFICS = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr."}


def _titled(ent) -> bool:
    before = ent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
    return ent[0].lower_ in HONORIFICS or before in HONORIFICS


def _person_names(doc) -> set[str]:
    """Surnames the article tags as a person more often than as anything else ("Kyriakos
    Mitsotakis" -> "Mitsotakis"), or writes after "Mr"."""
    found = doc.user_data.get(PERSONS_KEY)
    if found is None:
        votes: dict[str, int] = {}
        for ent in doc_entities(doc):
            if ent[-1].pos_ == "PROPN":
                key = ent[-1].text.removesuffix("'s")
                votes[key] = votes.get(key, 0) + (1 if ent.label_ == "PERSON" or _titled(ent) else -1)
        found = doc.user_data[PERSONS_KEY] = {key for key, vote in votes.items() if vote > 0}
    return found


def pronominal(tokens: list[Token]) -> bool:
    """ "The four agreed", "when the two met", "the 23 must leave": a count after "the" that
    stands for a noun said before (a small number word, or digits)."""
    doc, first, last = tokens[0].doc, tokens[0], tokens[-1]
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    bare = len(tokens) == 1 and (first.lower_ in {"two", "three", "four", "five", "six"} or first.text.isdigit())
    return bare and after_the(tokens) and (nxt is None or nxt.pos_ not in {"NOUN", "PROPN", "ADJ", "NUM"})


def after_the(tokens: list[Token]) -> bool:
    """ "the four leaders", "the two": a count after "the" names a group already known."""
    first = tokens[0]
    return first.i > 0 and first.doc[first.i - 1].lower_ == "the"


def _speaker_or_place(ent) -> bool:
    """ "John Kirby told reporters that ...", "met in Paris": who reports, or where, is none of those counted."""
    root = ent.root
    if root.dep_ == "nsubj" and root.head.lemma_ in {"say", "tell", "add", "report", "confirm", "announce"}:
        return not _tells_someone_named(root.head)  # "Mitsotakis told Erdogan that ...": a party, no reporter

    return ent.label_ != "PERSON" and root.dep_ == "pobj" and root.head.lower_ in {"in", "at", "from", "to", "near"}


def _tells_someone_named(verb: Token) -> bool:
    return verb.lemma_ == "tell" and any(c.dep_ == "dobj" and c.pos_ == "PROPN" for c in verb.children)
