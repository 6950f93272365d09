"""Statements carried by a noun or a preposition: "according to X", and "Russia's claim that ...", "Moscow's demands that ...",
"its call for calm", "his complaint that the vote was rigged".

The owner of the noun (a possessive) is the speaker and the clause or phrase the noun
governs is the content. A claim noun with no owner ("warnings that ...") names no speaker
and is left out: a statement row without a source is worth less than no row.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from helpers.statements.quotes import Quote

CLAIM_NOUNS = {
    "claim", "demand", "warning", "call", "accusation", "assertion", "insistence", "complaint", "denial",
    "pledge", "promise", "threat", "appeal", "allegation", "vow", "assurance", "remark", "suggestion",
    "argument", "contention", "proposal", "offer", "request", "charge", "criticism", "admission",
}
# Nouns whose "for"/"to" phrase is the content: "its call for calm", "Kiev's appeal to the West".
PHRASE_NOUNS = {"call", "demand", "appeal", "request", "proposal", "offer", "pledge", "promise", "vow", "threat"}
MIN_WORDS = 3


def nominal_statements(sent: Span, quotes: list[Quote]):
    """Statement items (as ``extract.cue_statements`` yields them) for claim nouns with an owner."""
    for token in sent:
        if token.pos_ != "NOUN" or token.lemma_.lower() not in CLAIM_NOUNS:
            continue
        if any(q.start <= token.idx < q.end for q in quotes):
            continue  # a claim noun inside a quotation is part of what was said
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        if owner is not None and owner.pos_ == "PRON":
            # "The embassy renewed its call for ...": the possessive is the clause's subject
            owner = next((c for c in token.head.children if c.dep_ == "nsubj"), owner)
        content = _content(token)
        if owner is None or content is None:
            continue
        yield {"cue": token.lemma_.lower(), "cue_token": token, "speaker": owner, "content": content,
               "addressee": None, "how": "nominal"}


def _content(noun: Token) -> tuple[int, int] | None:
    """The "that" clause of a claim noun, or its "for"/"to" phrase for a call or demand."""
    for child in noun.children:
        words = [t for t in child.subtree if not t.is_punct]
        if len(words) < MIN_WORDS:
            continue
        if child.dep_ in {"acl", "ccomp", "relcl", "appos"} and any(t.lower_ == "that" and t.dep_ == "mark" for t in child.children):
            return words[0].idx, words[-1].idx + len(words[-1].text)
        if noun.lemma_.lower() in PHRASE_NOUNS and (child.dep_ == "prep" and child.lower_ in {"for", "to"} or child.dep_ in {"acl", "xcomp"}):
            return words[0].idx, words[-1].idx + len(words[-1].text)
    return None


def according_to(sent: Span):
    """'..., according to a White House statement': speaker in the phrase, content the rest."""
    for token in sent:
        if token.lower_ == "according" and token.i + 1 < sent.end and token.nbor().lower_ == "to":
            objects = [c for c in token.nbor().children if c.dep_ == "pobj"]
            if not objects:
                continue
            phrase_start, phrase_end = token.i, objects[0].right_edge.i + 1
            before = [t for t in sent if t.i < phrase_start and not t.is_punct]
            after = [t for t in sent if t.i >= phrase_end and not t.is_punct]
            part = before if len(before) >= len(after) else after
            if len(part) < 3:
                continue
            yield {"cue": "according to", "cue_token": token, "speaker": objects[0],
                   "content": (part[0].idx, _end(part[-1])), "addressee": None, "how": "according to"}


def _end(token: Token) -> int:
    return token.idx + len(token.text)
