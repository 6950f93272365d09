"""A count of times in "once": "met only once", "received him once, together with ...", "saw
him five times, once for two hours" count one occasion.

"Once" is mostly something else: a conjunction ("once the text is settled"), "formerly" before
its verb ("had once been", "once exceeded"), idioms ("at once", "for once", "once again", "once
in a generation", "more than once") and a negated "had not met once", which counts nothing. Only a "once" after
the verb it modifies, in none of these, is kept. Used by ``extract``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from helpers.parse import doc_text

IDIOM_BEFORE = {"at", "for", "all", "than"}  # "more than once" is vague
IDIOM_AFTER = {"again", "more", "upon"}


def once_counts(doc: Doc) -> list[dict]:
    """Count rows (value 1, counted "times") for each "once" that counts an occasion."""
    if "once" not in doc_text(doc).lower():
        return []
    return [{"start": t.idx, "end": t.idx + len(t.text), "surface": t.text, "value": 1.0, "kind": "count",
             "unit": None, "counted": "times"} for t in doc if t.lower_ == "once" and _counts_an_occasion(t)]


def _counts_an_occasion(word: Token) -> bool:
    doc = word.doc
    before = doc[word.i - 1].lower_ if word.i > 0 else ""
    after = doc[word.i + 1] if word.i + 1 < len(doc) else None
    if before in IDIOM_BEFORE or (after is not None and after.lower_ in IDIOM_AFTER):
        return False
    if after is not None and after.lower_ == "in" and word.i + 2 < len(doc) and doc[word.i + 2].lower_ in {"a", "an"}:
        return False  # "once in a generation", "once in a while"
    if word.dep_ == "mark" or (after is not None and after.dep_ in {"nsubj", "det"} and after.head.i > word.i):
        return False  # "once the text is settled": a conjunction
    verb = _verb_of(word)
    if verb is None or verb.i > word.i:
        return False  # "had once been", "once exceeded": formerly
    return not any(c.dep_ == "neg" for c in verb.children)  # "had not met once"


def _verb_of(word: Token) -> Token | None:
    """The verb "once" hangs on, through a noun or adverb a parse puts between ("twice, once in the morning")."""
    head = word.head
    for _ in range(3):
        if head.pos_ in {"VERB", "AUX"}:
            return head
        if head == head.head:
            return None
        head = head.head
    return None
