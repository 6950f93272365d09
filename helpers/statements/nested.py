"""Nested reports: a speech act reported inside another's content ("The Kremlin said Putin accused ...")
gets its own row (one row per level of a nested attribution)."""

from __future__ import annotations

from spacy.tokens import Token

from helpers.statements.cues import is_cue

# Cues that report a nested statement inside another's content: "The Kremlin said Putin accused ...".
NESTED_CUE_VERBS = {"call", "accuse", "warn", "urge", "deny", "criticize", "criticise", "denounce", "threaten",
                    "promise", "pledge", "vow", "dismiss", "reiterate", "emphasize", "emphasise", "stress", "encourage",
                    "underscore", "underline", "reaffirm"}
# Cues that are nested reports only as past speech under another cue: "The ministry said Lee had asked ...",
# not "said it would ask" (a plan) nor "knew he had asked" (no report).
REPORTED_REQUEST_VERBS = {"ask", "demand", "propose"}
SAME_PERSON_PRONOUNS = {"he", "she", "they", "i", "we", "it"}


def nested_report(verb: Token, subject: Token) -> bool:
    """A nested cue with a row of its own: "The Kremlin said Putin accused ...", "expressed" as the
    reported clause itself (not "a man who expressed sympathy"); a request only when already made
    under another cue and by a named or described party ("Lee said he had asked ...": one row)."""
    lemma = verb.lemma_.lower()
    if lemma in NESTED_CUE_VERBS or lemma == "express" and verb.dep_ == "ccomp":
        return True
    if lemma not in REPORTED_REQUEST_VERBS or not _past(verb):
        return False
    reporter = _reporting_verb(verb)
    if reporter is None:
        return False
    return subject.lower_ not in SAME_PERSON_PRONOUNS  # "The ministry said it had asked ...": mostly the reporter itself


def _past(verb: Token) -> bool:
    """Speech already made: "Lee urged", "Lee had urged", "Lee has asked"; not "Lee will ask" (a plan)."""
    return verb.tag_ in {"VBD", "VBN"} and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


def _reporting_verb(verb: Token) -> Token | None:
    """The cue whose content holds ``verb`` ("said" in "said Lee had urged X and asked Y"), if any."""
    token = verb
    while token.dep_ == "conj" and token.head != token:
        token = token.head
    head = token.head
    if head == token:
        return None
    return head if is_cue(head) else None
