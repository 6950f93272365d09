"""Statements sourced by a prepositional phrase other than "according to": "in the words of X",
"by X's account", "in the diplomat's words", "by the data of the ministry" (wire translations).

The phrase names the speaker (its possessive, else its "of" object when that can speak) and the
clause it is attached to is the content, as for "according to" (``nominal.according_to``).
A phrase with no source ("in other words", "by all accounts") gives no row.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from helpers.docarrays import tokens_passing
from helpers.statements.antecedents import DOCUMENT_NOUNS
from helpers.statements.cues import is_cue
from helpers.statements.impersonal import INSTITUTION_NOUNS
from helpers.statements.nominal import _attributed_side, _end

SOURCE_PREPOSITIONS = {"in", "by"}
SOURCE_NOUNS = {"words", "word", "account", "accounts", "data", "telling"}
SPEAKER_ENTITIES = {"PERSON", "ORG", "NORP", "GPE"}
MIN_CONTENT_WORDS = 3
# People who speak for others: "in the words of one official", "by the account of a diplomat".
SPEAKING_NOUNS = {"official", "diplomat", "spokesman", "spokeswoman", "spokesperson", "minister", "envoy", "ambassador",
                  "aide", "adviser", "advisor", "source", "officer", "leader", "president", "secretary", "participant"}


def sourced_statements(sent: Span):
    """Statement items (as ``extract.cue_statements`` yields them) for source phrases."""
    for noun in tokens_passing(sent, lambda a, i: a.lower[i] in SOURCE_NOUNS):
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ not in SOURCE_PREPOSITIONS or prep.i < sent.start:
            continue
        if prep.head.pos_ not in {"VERB", "AUX"}:
            continue  # "the messages in Lee's account": an account held, not one given
        if not _set_off(sent, prep):
            continue  # "can be summed up in the words of Lee": how it is put, not who said it
        speaker = _source(noun)
        if speaker is None:
            continue
        if speaker.pos_ == "PRON" and is_cue(prep.head):
            continue  # "The Kremlin, in its own account of the call, said ...": the cue's own row
        if speaker.pos_ == "PRON" and any(c.lower_ == "own" for c in noun.children):
            # "By his own account, Lee spent ...": the clause's subject (not "By his words, the delegation ...")
            speaker = next((c for c in prep.head.children if c.dep_ == "nsubj" and c.pos_ in {"PROPN", "NOUN"}), speaker)
        phrase_start, phrase_end = prep.i, prep.right_edge.i + 1
        before = [t for t in sent if t.i < phrase_start and not (t.is_punct or t.is_space)]
        after = [t for t in sent if t.i >= phrase_end and not (t.is_punct or t.is_space)]
        part = _attributed_side(before, after)
        clause = prep.head
        if clause.left_edge.i < phrase_start and clause.right_edge.i >= phrase_end:
            part = [t for t in clause.subtree if not (t.is_punct or phrase_start <= t.i < phrase_end)]  # "X was, in Lee's words, ..."
        if len(part) < MIN_CONTENT_WORDS:
            continue
        cue = sent.doc[prep.i:noun.i + 1].text.lower() + (" of" if speaker.head.head == noun else "")
        yield {"cue": cue, "cue_token": prep, "speaker": speaker,
               "content": (part[0].idx, _end(part[-1])), "addressee": None, "how": "according to"}


def _set_off(sent: Span, prep: Token) -> bool:
    """A sentence adverbial: the phrase opens the sentence or a clause ("and, by Lee's account, ...")
    or is closed by a comma."""
    doc = sent.doc
    before = doc[prep.i - 1] if prep.i > sent.start else None
    after = doc[prep.right_edge.i + 1] if prep.right_edge.i + 1 < sent.end else None
    return before is None or before.text in {",", "(", "—", "-", ";"} or before.is_quote \
        or after is not None and after.text in {",", ")", "—"}


def _source(noun: Token) -> Token | None:
    """Whose words or account: "his words", "the diplomat's account", "the words of the envoy";
    not "the account of the meeting" (a topic) nor "by all accounts" (nobody)."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None:
        return owner
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            source = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if source is not None and _can_speak(source):
                return source
    return None


def _can_speak(source: Token) -> bool:
    return source.ent_type_ in SPEAKER_ENTITIES or source.pos_ == "PROPN" \
        or source.lemma_.lower() in SPEAKING_NOUNS | INSTITUTION_NOUNS | DOCUMENT_NOUNS
