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
from helpers.statements.surnames import surname_form

# Unnamed single speakers a "he" or "she" can go on with.
# (not bare titles, "the Minister": whose title it is is resolved later, against the whole article)
SINGLE_SPEAKER_NOUNS = {"spokesman", "spokeswoman", "spokesperson", "official", "diplomat", "source", "aide",
                        "adviser", "advisor", "analyst", "negotiator", "officer"}


def continued_speaker(item: dict, mentions: list[dict], context: dict) -> tuple | None:
    """speaker_span's answer (start, end, surface, how, mention) for a "he"/"she" cue subject that goes
    on with the statement just before, else None (``mentions``: the article's person mentions)."""
    pronoun: Token = item["speaker"]
    if pronoun.lower_ not in {"he", "she"} or pronoun.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    row = _statement_just_before(pronoun, context["previous"])
    if row is None:
        return None
    found = _row_speaker(row, mentions)
    if found is None:
        return None
    mention = found[1]
    if not _could_be(row, mention, PRONOUN_GENDER[pronoun.lower_], context["genders"]) \
            or _new_subject_between(pronoun, row, mention, mentions, context["quotes"]) or _gendered_rival(pronoun, mention, mentions, context):
        return None
    if mention is not None:  # (the name as the surface: the span alone may not find the mention again)
        return mention["start"], mention["end"], mention["surface"], "pronoun, last speaker", mention
    return row["speaker_start"], row["speaker_end"], row["speaker_surface"], "pronoun, last speaker", None


def _row_speaker(row: dict, mentions: list[dict]) -> tuple[str, dict | None] | None:
    """("named", mention) or ("unnamed", None) for who made a statement, else None.

    A person named inside the speaker's span counts first ("The army's spokesman, Gen. Ali Kaya,");
    a role phrase linked to someone by coreference alone is not trusted.
    """
    start, end = row.get("speaker_start"), row.get("speaker_end")
    if start is None or end is None:
        return None
    named = [m for m in mentions if m["type"] == "person" and m.get("label") != "role" and start <= m["start"] < end]
    if named:
        return "named", named[-1]
    surface = str(row.get("speaker_surface") or "")
    words = surface.lower().split()
    if words and words[-1] in SINGLE_SPEAKER_NOUNS or surname_form(surface) is not None or _one_office_holder(row, words):
        return "unnamed", None
    mention = row.get("speaker_mention")
    if mention is not None and mention["type"] == "person" and mention.get("label") != "role":
        return "named", mention
    return None


# Offices one person holds at a time: '"...," the Prime Minister told lawmakers. He said ...' goes on
# with the Prime Minister (the pronoun row takes the title's span, resolved like the title's own row).
OFFICE_HOLDER_NOUNS = {"minister", "president", "prince", "princess", "king", "queen", "emir", "chancellor", "premier",
                       "secretary-general", "pope", "sheikh", "monarch", "sultan"}


def _one_office_holder(row: dict, words: list[str]) -> bool:
    """"the Prime Minister", "the crown prince" as the subject of the statement just before."""
    return len(words) >= 1 and words[-1] in OFFICE_HOLDER_NOUNS and str(row.get("cue_subject") or "") == words[-1]


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


def _could_be(row: dict, mention: dict | None, gender: str, genders: dict[str, str]) -> bool:
    """The speaker's gender, where known, is the pronoun's ("She said ... He said" is someone else)."""
    if PRONOUN_GENDER.get(str(row.get("cue_subject") or "").lower(), gender) != gender:
        return False
    if mention is not None:
        return _gender(mention, genders) in {gender, None}
    head = str(row.get("speaker_surface") or "").lower().split()[-1:]
    return not head or GENDER_WORDS.get(head[0], gender) == gender


def _new_subject_between(pronoun: Token, row: dict, mention: dict | None, mentions: list[dict], quotes=()) -> bool:
    """Another person made the subject between that statement's cue and the pronoun (not inside a
    quotation: '"Lee was bargaining with Kim," he told reporters' goes on with the speaker)."""
    near = [m for m in mentions if row["cue_start"] <= m["start"] < pronoun.idx]
    people = [m for m in near if m["type"] == "person"]
    others = [m for m in near if m["type"] != "person"]
    doc = pronoun.doc
    own = person_key(mention["surface"]) if mention is not None else None
    verb = pronoun.head
    if verb.dep_ == "conj" and any(c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ in {"PROPN", "NOUN"} for c in verb.head.children):
        return True  # "Ruiz disavowed the group, but he slammed ...": "he" is the first clause's subject
    for token in doc[doc.char_span(row["cue_start"], row["cue_start"] + 1, alignment_mode="expand").start:pronoun.i]:
        if row["speaker_start"] <= token.idx < row["speaker_end"] or any(q.start <= token.idx < q.end for q in quotes):
            continue  # '"...," said Ana Ruiz.': the speaker written after the cue
        if token.dep_ in {"nsubj", "nsubjpass"} and person_key(token.text) != own \
                and (token.ent_type_ == "PERSON" or any(m["start"] <= token.idx < m["end"] for m in people)
                     or token.pos_ == "PROPN" and not any(m["start"] <= token.idx < m["end"] for m in others)):
            return True
    return False


def _gendered_rival(pronoun: Token, mention: dict | None, mentions: list[dict], context: dict) -> bool:
    """"Spokeswoman Lin Hua said ... Okafor added ... She added": a speaker of unknown gender does not
    take "she" from a woman named earlier in the same paragraph, outside quotations (a man's gender
    is seldom marked, so "he" is not held back this way)."""
    genders = context["genders"]
    if pronoun.lower_ != "she" or mention is not None and _gender(mention, genders) is not None:
        return False
    text = doc_text(pronoun.doc)
    paragraph = text.rfind("\n", 0, pronoun.idx) + 1
    gender = PRONOUN_GENDER[pronoun.lower_]
    return any(m["type"] == "person" and paragraph <= m["start"] < pronoun.idx and _gender(m, genders) == gender
               and not any(q.start <= m["start"] < q.end for q in context["quotes"])
               and (mention is None or person_key(m["surface"]) != person_key(mention["surface"])) for m in mentions)
