"""Names written after a formal title that ends in a country, as official and translated copy
writes them ("the Minister of Foreign Affairs of the Republic of Azerbaijan Jane Roe"): the
country phrase ends the title, so the capitalised words straight after it are the name.
"""

from __future__ import annotations

import re

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span

from helpers.actors.gazetteer import TITLE_WORDS, Gazetteer
from helpers.actors.spans import MAX_NAME_WORDS, NAME_TITLES, tokens_where

# Office words that open a formal title written before a name, as official and translated copy
# writes it: "the Minister of Foreign Affairs of the Republic of Azerbaijan Jane Roe".
FORMAL_TITLE_HEADS = NAME_TITLES | {"head", "chairman", "chairwoman", "chairperson", "chief", "director", "leader"}
FORMAL_TITLE_REACH = 10  # tokens from the office word to its "of <country>"
COUNTRY_PHRASE_MAX = 5  # "the Republic of the Union of Myanmar" is about the longest
GLUED_INITIAL_WORD = re.compile(r"^(?:[A-Z]\.){1,2}[A-Z][a-z]+(?:-[A-Z][a-z]+)?$")  # "J.Roe", "A.B.Doe"
NOT_NAME_ENTS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "GPE", "NORP", "LOC"}


def formal_titled_names(doc: Doc, gaz: Gazetteer) -> list[tuple[int, Span]]:
    """(first token of the title, name) for names written after a formal title that ends in a
    country: "the Minister of Foreign Affairs of the Republic of Azerbaijan Jane Roe", "the
    President of Ruritania J.Roe". The tagger often misses such a name or merges it into the
    office or the country ("the Ruritanian Federation Jane Roe" tagged ORG); the country
    phrase ends the title, so the capitalised words straight after it are the name."""
    found = []
    for title in (doc[i] for i in tokens_where(doc, LOWER, FORMAL_TITLE_HEADS)):
        if title.lower_ not in FORMAL_TITLE_HEADS:
            continue
        i = title.i + 1
        while i < min(len(doc), title.i + FORMAL_TITLE_REACH):
            token = doc[i]
            if token.lower_ == "of":
                name = _name_after_country(doc, i + 1, gaz)
                if name is not None:
                    start = title.i - 1 if title.i > 0 and doc[title.i - 1].lower_ == "the" else title.i
                    found.append((start, name))
                    break
            elif not (token.text[:1].isupper() or token.lower_ in {"the", "and", "-"}):
                break
            i += 1
    return found


def _name_after_country(doc: Doc, start: int, gaz: Gazetteer) -> Span | None:
    """The name written straight after the country phrase that starts at ``start``."""
    for n in range(COUNTRY_PHRASE_MAX, 0, -1):
        end = start + n
        if end >= len(doc) or not gaz.country_code(doc[start:end].text) or doc[end - 1].lower_ == "the":
            continue
        stop = end
        while stop < min(len(doc), end + MAX_NAME_WORDS + 1) and _formal_name_word(doc[stop], gaz) \
                and doc[stop - 1].whitespace_:
            stop += 1
        if end < stop <= end + MAX_NAME_WORDS and (stop - end >= 2 or GLUED_INITIAL_WORD.match(doc[end].text)
                                                   or doc[end].ent_type_ == "PERSON"):
            return doc[end:stop]
        return None
    return None


def _formal_name_word(token, gaz: Gazetteer) -> bool:
    if token.ent_type_ in NOT_NAME_ENTS or not token.text[:1].isupper() or token.lower_.rstrip(".") in TITLE_WORDS:
        return False
    if GLUED_INITIAL_WORD.match(token.text):
        return True
    return token.pos_ == "PROPN" and (token.is_alpha or "-" in token.text) and not gaz.country_code(token.text)
