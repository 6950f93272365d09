"""Which ordinal words rank something: "a third term" is the third, "a third of voters" a
share; "telephoned Swaraj first", "at first" rank nothing. Used by ``extract``."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from helpers.numbers import spans, words as numwords

ARTICLE_ORDINAL = re.compile(r"(an?\s+)(\w+(?:[\s-]\w+)*)", re.I)
SHARE_COMPARATIVES = {"more", "less", "fewer", "larger", "smaller", "bigger", "higher", "lower", "as", "of"}


def rank_after_article(doc: Doc, tokens: list[Token], phrase: spans.Phrase) -> tuple[int, int, float] | None:
    """(start, end, rank) of an ordinal after "a" that ranks the noun after it ("seeking a third
    term", "entered a tenth day", "a fifth consecutive title"); None for a fraction ("a third of
    voters", "cut by a third", "a third said", "a fifth more")."""
    m = ARTICLE_ORDINAL.fullmatch(phrase.text)
    if m is None or m.group(2).lower().split()[-1].replace("-", " ").split()[-1] not in numwords.ORDINALS:
        return None
    nxt = doc[tokens[-1].i + 1] if tokens[-1].i + 1 < len(doc) else None
    if nxt is None or nxt.pos_ not in {"NOUN", "ADJ", "PROPN"} or nxt.lower_ in SHARE_COMPARATIVES:
        return None
    rank = numwords.parse_ordinal(m.group(2))
    start = phrase.start + m.end(1)
    return None if rank is None else (start, phrase.end, rank)


def first_after_verb(tokens: list[Token]) -> bool:
    """ "telephoned Swaraj first and then Qureshi", "would first have to disarm", "a vote, first
    pencilled in for Tuesday": "first" as an adverb of its verb says in what order things were
    done, no rank of anything. Before a verb in the past ("they first met in June": their first
    meeting), after a perfect ("had first phoned": the first call) and before a noun ("the
    first call") it ranks an occasion and stays."""
    word = tokens[0]
    adverb = word.pos_ == "ADV" or word.dep_ == "advmod"  # "saw the general first" may be tagged ADJ
    if not (len(tokens) == 1 and word.lower_ == "first" and adverb and word.head.pos_ in {"VERB", "AUX"}):
        return False
    verb = word.head
    if word.i + 1 < len(word.doc) and word.doc[word.i + 1].lower_ == "of":
        return False  # "first of them will take off": the first of several
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" and c.i < word.i for c in verb.children)
    occasion = word.i < verb.i and verb.tag_ == "VBD" and not any(c.dep_ == "aux" for c in verb.children)
    return word.i > verb.i or not (perfect or occasion)


def at_first(tokens: list[Token]) -> bool:
    """ "At first, the path seemed clear": "at first" means "initially", it ranks nothing
    ("at first light" keeps its noun and stays)."""
    word, doc = tokens[0], tokens[0].doc
    if len(tokens) != 1 or word.lower_ != "first" or word.i == 0 or doc[word.i - 1].lower_ != "at":
        return False
    return word.i + 1 == len(doc) or doc[word.i + 1].pos_ not in {"NOUN", "PROPN", "ADJ"}
