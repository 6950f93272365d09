"""Names of venues and places the tagger took for people: "the Harrow pub", "Birchwood Lodge".

spaCy tags a pub's, a restaurant's, a lodge's or a border crossing's name PERSON often
enough; as a person it becomes a party of a contact ("people who visited the Harrow pub").
The parse shows the venue: a venue or place noun is the name's head ("the Harrow pub", "the
towns of Dessago and Kemberra", "the crossing of Tal Marun") or its last word ("Birchwood
Lodge"). Used by ``mentions`` (the flag) and ``canonical`` (the names dropped).
"""

from __future__ import annotations

import pandas as pd
from spacy.tokens import Span

from helpers.actors.names import is_given_name
from helpers.actors.spans import PLACE_NOUNS

# Nouns of a venue or a site written beside its name.
VENUE_NOUNS = {"pub", "restaurant", "bar", "cafe", "café", "hotel", "lodge", "inn", "crossing", "checkpoint",
               "resort", "camp", "stadium", "mosque", "church", "cathedral", "bridge", "mall", "refinery"}
SITE_NOUNS = VENUE_NOUNS | PLACE_NOUNS
# A venue word ending a name only when it names no one: "Birchwood Lodge"; not "Henry Cabot Lodge".
NAME_END_VENUES = {"lodge", "hotel", "inn", "restaurant", "pub", "crossing", "resort", "stadium"}


def names_venue(span: Span) -> bool:
    """The name is a venue's or a site's: a site noun is its head, through a list ("the
    towns of Dessago and Kemberra") or an "of" ("the crossing of Tal Marun"), or its last word."""
    inside = range(span.start, span.end)
    root = span.root
    while root.dep_ == "conj" and root.head.i not in inside and root.head != root:
        root = root.head  # "Dessago and Kemberra": the list's first name carries the relation
    head = root.head
    if root.dep_ in {"compound", "appos", "nmod"} and head.i not in inside and head.lemma_.lower() in SITE_NOUNS:
        return True
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in SITE_NOUNS:
        return True
    last = span[-1]
    return len(span) >= 2 and last.lower_ in NAME_END_VENUES and last.text[:1].isupper() \
        and not is_given_name(span[0].lower_)


def venue_names(m: pd.DataFrame) -> set[str]:
    """Person actors a mention shows are a venue's name, unless another mention shows a person
    ("the Trump hotel" beside "President Donald Trump": a title, the gazetteer or a given name)."""
    if "names_venue" not in m:
        return set()
    person = m["type"].eq("person") & m["actor"].notna()
    flagged = person & m["names_venue"].fillna(False).astype(bool)
    roles = m["person_role"] if "person_role" in m else pd.Series(None, index=m.index)
    given = pd.Series([isinstance(a, str) and bool(a.split()) and is_given_name(a.split()[0].lower()) for a in m["actor"]],
                      index=m.index)
    shown = person & ~flagged & (m["resolved_by"].eq("gazetteer") | roles.notna() | given)
    return set(m.loc[flagged, "actor"]) - set(m.loc[shown, "actor"])
