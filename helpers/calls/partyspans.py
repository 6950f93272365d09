"""One party's span from the head word the clause gives: a pronoun resolved to the sentence's
subject or an earlier one, a bare title to the person it stands for, a title to the name in
apposition or right after it ("his Russian counterpart, Sergei Shoigu", "Foreign Minister of
the Republic of Korea (ROK) Kim X"). Used by ``spans.py``.
"""

from __future__ import annotations

from spacy.tokens import Token

from helpers.calls.antecedents import (TITLE_HEADS, is_subject_at, of_pronoun_gender, owns_subject, reporter_of,
                                      role_antecedent, subject_pronoun_of_clause, title_subject_before, titled_subject)

CLAUSE_DEPS = {"relcl", "acl", "advcl", "ccomp", "xcomp", "parataxis"}
THIRD_PERSON = {"he", "she", "him", "her", "his", "hers"}


def in_person_mention(token: Token, mentions: list[dict]) -> bool:
    return any(m["type"] == "person" and m["label"] != "role" and m["start"] <= token.idx < m["end"] for m in mentions)


def is_named_person(span: tuple, mentions: list[dict]) -> bool:
    return any(m["start"] == span[0] and m["type"] == "person" for m in mentions)


def participant_span(head: Token, mentions: list[dict], taken: list[tuple]) -> tuple | None:
    if head.tag_ in {"WP", "WDT"} and head.head.dep_ == "relcl":
        head = head.head.head  # "Macron, who met with him": the noun the clause describes
    if head.pos_ == "PRON":
        if head.lower_ not in THIRD_PERSON:
            return None  # "I", "we", "it": no named party
        if reporter_of(head) is not None:
            return participant_span(reporter_of(head), mentions, taken)
        used = {t[0] for t in taken}
        people = of_pronoun_gender(head, [m for m in mentions if m["type"] == "person" and m["start"] not in used
                                          and m["end"] <= head.idx])
        if head.dep_ in {"nsubj", "nsubjpass", "poss"}:
            # "Scholz is due to visit Putin ..., a day after he goes to Kyiv", "Sunak phoned
            # Zelenskiy ahead of his meeting with Modi": the sentence's subject, not the nearest
            # name; with none ("Immediately after speaking with the Russian leader, he called
            # Zelensky"), the subject of an earlier sentence
            before = [m for m in people if m["start"] < head.sent.start_char]
            in_sentence = [m for m in people if m["start"] >= head.sent.start_char]
            # "X's call with Y ... was followed by his call to Z": with no subject named, the subject's owner
            subjects = [m for m in in_sentence if is_subject_at(head.doc, m)] \
                or [m for m in in_sentence if owns_subject(head.doc, m)]
            titled = titled_subject(head) if not subjects else None
            if titled is not None:
                # "The African Union chairperson then flew to Nairobi, where he met X": the titled subject
                return participant_span(titled, mentions, taken)
            if head.dep_ == "poss" and not subjects and any(
                    m["start"] in used and m["start"] >= head.sent.start_char and is_subject_at(head.doc, m)
                    for m in mentions if m["type"] == "person"):
                return None  # "Jaishankar is due in Beijing for his first visit": "his" is the subject
            if head.dep_ == "poss" and subject_pronoun_of_clause(head):
                return None  # "He is due at the White House for his first meeting with X": "his" is "he", taken
            # "Sharif's plane landed at Dulles. He was met by ...": the owner of the sentence before's subject
            previous = head.sent.start - 1 >= 0 and head.doc[head.sent.start - 1].sent.start_char
            earlier = [m for m in before if is_subject_at(head.doc, m)
                       or previous is not False and m["start"] >= previous and owns_subject(head.doc, m)]
            titled = None if subjects else title_subject_before(head, mentions, taken)
            if titled is not None and (not earlier or titled[0] > earlier[-1]["start"]):
                return mention_span(titled[1])  # "For now the emir's own telephone ... He flew to ...": the emir
            people = subjects or earlier or people
        return mention_span(people[-1]) if people else None
    left = head.left_edge.idx
    owners = [c for c in head.children if c.dep_ == "poss" and c.i < head.i and in_person_mention(c, mentions)] \
        if head.pos_ == "NOUN" else []
    if owners:  # "Duque's foreign minister, Carlos Holmes Trujillo": the owner of the title is someone else
        left = token_end(owners[-1].right_edge)
    span = best_mention(mentions, left, token_end(head))
    beside = _name_beside(head, mentions) if head.pos_ == "NOUN" and head.text.islower() else None
    if beside is not None and (span is None or span[3] != "named person"):
        return mention_span(beside)
    if span is None:  # "Adel al-Jubeir" split by the parser: the name the head word belongs to
        span = next((best_mention(mentions, m["start"], m["end"]) for m in mentions
                     if m["start"] <= head.idx < m["end"]), None)
    if (span is None or span[3] == "person") and head.pos_ == "PROPN":  # "Emir of the State of Qatar Sheikh X"
        named = [m for m in mentions if m["type"] == "person" and m["label"] != "role"
                 and left <= m["start"] and m["end"] <= token_end(head.right_edge)]
        span = mention_span(named[0]) + ("named person",) if named else span
    if (span is None or span[3] == "person") and head.tag_ in {"NN", "NNP"} and head.text.islower():
        # a bare title, alone or read as an unnamed role: "the emir spoke with ...", "The secretary will host ...";
        # with a name beside it ("the minister J. Roe met ...", "the UAE's foreign minister, Sheikh X"), that name
        apposed = [m for c in head.children if c.dep_ == "appos" and _right_after(head, c.left_edge)
                   for m in mentions if m["type"] == "person"
                   and m["label"] != "role" and c.left_edge.idx <= m["start"] < token_end(c.right_edge)]
        if apposed:
            return mention_span(apposed[0])
        found = role_antecedent(head, mentions, taken)
        if found or span is None:
            return mention_span(found) if found else None
    if (span is None or span[3] != "named person") and head.pos_ == "PROPN" and not head.ent_type_:
        following = _name_after(head, mentions)  # "Foreign Minister of the Republic of Korea (ROK) Kim X"
        if following is not None:
            return mention_span(following)
    if span is None or span[3] != "named person":
        # "his Russian counterpart, Sergei Shoigu": the name in apposition wins
        names = [c for c in head.children if c.dep_ == "appos"]
        if names:
            # up to the name, not into a clause after it ("X, who met Y and Z, ...": Z is no one's name here)
            span = best_mention(mentions, left, _name_end(names[0])) or span
    return span[:3] if span else None


def _name_beside(head: Token, mentions: list[dict]) -> dict | None:
    """"with Qatar's emir, Sheikh X, ...": the named person right after a title and its comma,
    when the parser hung the name elsewhere; not "with the president, Roe said" (a verb follows)."""
    doc = head.doc
    if head.lemma_.lower() not in TITLE_HEADS and head.lower_ not in TITLE_HEADS or head.i + 2 >= len(doc) \
            or doc[head.i + 1].text != ",":
        return None
    name = next((m for m in mentions if m["start"] == doc[head.i + 2].idx and m["type"] == "person"
                 and m["label"] != "role"), None)
    if name is None:
        return None
    after = next((t for t in doc[head.i + 2:] if t.idx >= name["end"]), None)
    return name if after is None or after.pos_ not in {"VERB", "AUX"} else None


def _name_end(appos: Token) -> int:
    """End of an apposed name: its subtree short of a clause, a comma or a conjunct after it."""
    end = appos
    for token in appos.subtree:
        if token.i > appos.i and (token.dep_ in CLAUSE_DEPS | {"cc", "conj", "punct", "prep"} or token.tag_ in {"WP", "WDT"}):
            break
        end = token if token.i >= end.i else end
    return token_end(end)


def _right_after(head: Token, token: Token) -> bool:
    """``token`` follows ``head`` directly or past one comma ("the foreign minister, Sheikh X")."""
    return token.i == head.i + 1 or (token.i == head.i + 2 and head.doc[head.i + 1].text == ",")


def _name_after(head: Token, mentions: list[dict]) -> dict | None:
    """A named person right after a title's phrase, past a parenthesis ("... of Korea (ROK) Kim X")."""
    doc = head.doc
    i, depth = head.right_edge.i + 1, 0
    while i < min(len(doc), head.right_edge.i + 6):
        token = doc[i]
        if token.text == "(":
            depth += 1
        elif token.text == ")":
            depth -= 1
        elif depth <= 0:
            break
        i += 1
    if i >= len(doc) or depth > 0:
        return None
    return next((m for m in mentions if m["start"] == doc[i].idx and m["type"] == "person" and m["label"] != "role"), None)


def best_mention(mentions: list[dict], left: int, right: int) -> tuple | None:
    """The last person mention in [left, right), else the last party of another type."""
    inside = [m for m in mentions if left <= m["start"] and m["end"] <= right
              and m["type"] in {"person", "country", "organization", "place"}]
    if not inside:
        return None
    named = [m for m in inside if m["type"] == "person" and m["label"] != "role"]
    person = [m for m in inside if m["type"] == "person"]
    best = (named or person or inside)[-1]
    kind = "named person" if named else best["type"]
    return (best["start"], best["end"], best["surface"], kind)


def mention_span(mention: dict) -> tuple:
    return (mention["start"], mention["end"], mention["surface"])


def token_end(token: Token) -> int:
    return token.idx + len(token.text)
