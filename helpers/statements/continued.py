""""He added", "she said" right after a statement: the speaker who was just speaking.

'"We will keep working," a government spokesman said. He added that ...' -- in the same
paragraph, a "he" or "she" that opens the next report goes on with the speaker of the statement
just before, named or not (an unnamed spokesman has no mention a pronoun could find), unless
another person became a subject in between or the speaker's gender is the other one. Across a
paragraph break nothing is assumed (copy arrives with paragraphs shuffled).
"""

from __future__ import annotations

from spacy.tokens import Token

from helpers.parse import doc_text
from helpers.statements.antecedents import GENDER_WORDS, PRONOUN_GENDER, _gender, _is_subject, person_key
from helpers.statements.surnames import _surname

# Unnamed single speakers a "he" or "she" can go on with.
SINGLE_SPEAKER_NOUNS = {"spokesman", "spokeswoman", "spokesperson", "official", "diplomat", "source", "aide",
                        "minister", "envoy", "ambassador", "adviser", "advisor", "analyst", "negotiator", "officer"}


def continued_speaker(item: dict, mentions: list[dict], context: dict) -> tuple | None:
    """speaker_span's answer (start, end, surface, how, mention) for a "he"/"she" cue subject that goes
    on with the statement just before, else None (``mentions``: the article's person mentions)."""
    pronoun: Token = item["speaker"]
    if pronoun.lower_ not in {"he", "she"} or pronoun.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    row = _statement_just_before(pronoun, context["previous"])
    if row is None or not _could_be(row, PRONOUN_GENDER[pronoun.lower_], context["genders"]):
        return None
    mention = row["speaker_mention"]
    if _new_subject_between(pronoun, row, mention) or _gendered_rival(pronoun, row, mentions, context["genders"]):
        return None
    if mention is not None:
        return mention["start"], mention["end"], pronoun.text, "pronoun, last speaker", mention
    return row["speaker_start"], row["speaker_end"], row["speaker_surface"], "pronoun, last speaker", None


def _statement_just_before(pronoun: Token, previous: list[dict]) -> dict | None:
    """The outer statement whose cue is in the pronoun's sentence (before it) or the one before,
    with no paragraph break between."""
    sent = pronoun.sent
    if sent.start == 0:
        return None
    since = pronoun.doc[sent.start - 1].sent.start_char
    rows = [r for r in previous if r.get("cue_start") is not None and since <= r["cue_start"] < pronoun.idx]
    if not rows:
        return None
    latest = [r for r in rows if r["last_sent_idx"] == rows[-1]["last_sent_idx"]]
    outer = [r for r in latest if not any(o is not r and o["start"] <= r["cue_start"] < o["end"] for o in latest)]
    row = (outer or latest)[-1]
    if "\n" in doc_text(pronoun.doc)[min(row["cue_start"], row["start"]):pronoun.idx]:
        return None
    return row


def _could_be(row: dict, gender: str, genders: dict[str, str]) -> bool:
    """A single person of a compatible gender: a person mention, a name, or an unnamed spokesperson."""
    mention = row["speaker_mention"]
    surface = str(row.get("speaker_surface") or "")
    if mention is not None:
        return mention["type"] == "person" and _gender(mention, genders) in {gender, None}
    words = surface.lower().split()
    if not words or row.get("speaker_start") is None:
        return False
    if words[-1] in SINGLE_SPEAKER_NOUNS:
        return GENDER_WORDS.get(words[-1], gender) == gender
    return _surname(surface) is not None


def _new_subject_between(pronoun: Token, row: dict, mention: dict | None) -> bool:
    """Another person made the subject between that statement's cue and the pronoun."""
    doc = pronoun.doc
    own = person_key(mention["surface"]) if mention is not None else None
    for token in doc[doc.char_span(row["cue_start"], row["cue_start"] + 1, alignment_mode="expand").start:pronoun.i]:
        if token.dep_ in {"nsubj", "nsubjpass"} and token.ent_type_ == "PERSON" and person_key(token.text) != own:
            return True
    return False


def _gendered_rival(pronoun: Token, row: dict, mentions: list[dict], genders: dict[str, str]) -> bool:
    """"Spokeswoman Lin Hua said ... Okafor added ... She added": a speaker of unknown gender does not
    take "she" from a person of that known gender named earlier in the same paragraph."""
    mention = row["speaker_mention"]
    if mention is not None and _gender(mention, genders) is not None:
        return False
    text = doc_text(pronoun.doc)
    paragraph = text.rfind("\n", 0, pronoun.idx) + 1
    gender = PRONOUN_GENDER[pronoun.lower_]
    return any(m["type"] == "person" and paragraph <= m["start"] < pronoun.idx and _gender(m, genders) == gender
               and (mention is None or person_key(m["surface"]) != person_key(mention["surface"])) for m in mentions)
