"""Which plural group nouns name a counterpart of a contact.

"Met European leaders", "spoke with congressional leaders", "briefed G7 foreign ministers":
the words say whose group it is, and the group is one party. A bare plural ("the ministers
met Brahimi", "told allies", "calls with foreign leaders") says nobody in particular, and a
count with no names ("had spoken with nine foreign leaders since Saturday", "leaders of more
than 20 countries") tallies separate contacts; neither is a party of one contact.
"""

from __future__ import annotations

from spacy.tokens import Token

NAMING_DEPS = {"amod", "compound", "nmod", "poss"}  # "European", "G7", "Lebanon's"
DEFINITE_DETS = {"the", "these", "those", "all"}
# Words that say what kind of people, not whose: "foreign leaders", "other ministers"
VAGUE_MODIFIERS = {"foreign", "other", "several", "many", "some", "various", "fellow", "senior", "top", "key"}


def of_owners(head: Token) -> list[Token]:
    """The nouns of "of" phrases on ``head``: "Security Council" of "members of the Security Council"."""
    return [o for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]


def names_a_group(head: Token) -> bool:
    """Whether the plural group noun ``head`` says whose group it is, without tallying."""
    owners = of_owners(head)
    if any(is_tally(noun) for noun in [head, *owners]):
        return False
    return bool(owners) or any(c.dep_ in NAMING_DEPS and c.i < head.i and c.lower_ not in VAGUE_MODIFIERS
                               for c in head.children)


def is_tally(noun: Token) -> bool:
    """"nine foreign leaders", "more than 20 countries": counted without "the"; "the five
    permanent members" names a known set."""
    counted = any(c.dep_ == "nummod" or (c.like_num and c.i < noun.i) for c in noun.children)
    return counted and not any(c.dep_ == "det" and c.lower_ in DEFINITE_DETS for c in noun.children)
