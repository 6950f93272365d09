"""Where a content clause starts and stops when the parse hangs it wrongly: a colon that parts two
statements or the writer's lead-in from a quotation, an object the parser took from the clause it
opens, and what the speaker did not say joined to what was said ("... but did not suggest ...").

Helpers of ``content.content_span``; they take tokens of the cue's sentence and return token
indices or tests.
"""

from __future__ import annotations

from spacy.tokens import Token

from helpers.statements.cues import CUE_VERBS, _is_addressee


CLAUSE_SUBJECT_DEPS = {"nsubj", "nsubjpass", "expl", "csubj"}


def clause_subject_as_object(verb: Token, clause: Token) -> int | None:
    """'argued the tunnel, which the unions back, "would not go 10 feet"' parsed with "the tunnel"
    as the cue's object and a subjectless clause after it: the object is the clause's subject, and
    the content starts there (token index), else None."""
    if clause.i < verb.i or any(c.dep_ in CLAUSE_SUBJECT_DEPS for c in clause.children):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < clause.left_edge.i), None)
    if obj is None or _is_addressee(obj, verb) or obj.pos_ not in {"NOUN", "PROPN"}:
        return None
    return obj.left_edge.i


def clause_before_colon(verb: Token, clause: Token, subject: Token) -> bool:
    """'Lee asserted that the town was lost: "It is gone," he claimed.' parsed with both clauses on
    "claimed": the one before the colon is the asserting (a statement of its own), not the claim.
    (Only with the cue's own clause after the colon: in "the sides disagree: three months, say the
    Israelis" the words before the colon are all the parse gives.)"""
    if clause.i > verb.i or clause.i > subject.i:
        return False
    later = [c for c in verb.children if c.dep_ in {"ccomp", "parataxis"} and clause.i < c.i < verb.i]
    return any(t.text == ":" for c in later for t in verb.doc[clause.i:c.left_edge.i])


def past_colon(clause: Token) -> int:
    """First token of a clause before its cue, past a colon that opens it: 'Lee asserted that the town
    was lost: "It is no longer the town," he claimed.' -> the claiming says the quotation (the parser
    hangs the asserting on it); the clause before the colon is another statement."""
    first = clause.left_edge.i
    if clause.i > clause.head.i:
        return first
    colons = [t.i for t in clause.doc[first:clause.i] if t.text == ":"]
    return colons[-1] + 1 if colons else first


REFUSAL_VERBS = {"decline", "refuse"}


def refused_report(verb: Token) -> bool:
    """"... but did not suggest it would be Lee", "... but declined to name him": the writer's
    report of what the speaker did not say, joined to what was said."""
    lemma = verb.lemma_.lower()
    negated = any(c.dep_ == "neg" for c in verb.children)
    return lemma in REFUSAL_VERBS or negated and lemma in CUE_VERBS


def before_joint(doc, i: int) -> int:
    """Index of the last token before ``i`` that is not the "and"/"but"/comma joining what follows."""
    i -= 1
    while i > 0 and (doc[i].dep_ == "cc" or doc[i].is_punct or doc[i].dep_ in {"aux", "neg"} and doc[i].head.i > i):
        i -= 1
    return i
