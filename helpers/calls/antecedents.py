"""Who a title or a pronoun stands for in a contact's clause: "the emir", "Qatar's emir", "the
German chancellor" (the person named before with that title), "The AU chairperson then flew to
Nairobi, where he met X" (the pronoun is the titled subject), and which person mention is a
clause's subject ("Blinken rang Prince Faisal" read with Faisal as a second subject is not).
Used by ``spans``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from helpers.actors.gazetteer import load_gazetteer
from helpers.actors.names import name_gender
from helpers.actors.offices import OFFICE_HEADS, ROLE_NOUNS

# Nouns with a determiner that are never a title ("the call included ...", "the talks").
NOT_TITLES = {"call", "talk", "talks", "meeting", "visit", "trip", "summit", "conference", "conversation", "message",
              "letter", "statement", "country", "government", "side", "office", "ministry", "official", "source",
              "spokesman", "spokeswoman", "spokesperson", "aide", "agency", "delegation"}


# Head nouns of a subject named by office alone ("the AU chairperson", "the Saudi minister").
TITLE_HEADS = set(ROLE_NOUNS) | OFFICE_HEADS | {"chairperson", "chair", "chief", "secretary-general", "mediator"}


# The subject of these reports the contact and takes no part in it.
REPORTING_VERBS = {"say", "tell", "add", "announce", "report", "state", "confirm", "note", "remind", "write", "tweet",
                   "claim", "explain", "insist", "stress", "declare"}


def reporter_of(pronoun: Token) -> Token | None:
    """"She said X telephoned her at 4 a.m.": the object pronoun of a reported clause is the
    reporter named before it (the subject of "said"), not the nearest name."""
    clause = pronoun.head
    if pronoun.dep_ not in {"dobj", "dative"} or clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in REPORTING_VERBS:
        return None
    subject = [c for c in clause.head.children if c.dep_ == "nsubj" and c.i < clause.i]
    return subject[0] if subject and (subject[0].pos_ != "PRON" or subject[0].lower_ in {"he", "she"}) else None


def titles_a_body(head: Token, span: tuple, mentions: list[dict]) -> bool:
    """A title noun whose only name is a body's or a country's before it ("the UN chief",
    "Russia's president"): the holder of that office, not the body, is the party."""
    if head.lemma_.lower() not in TITLE_HEADS or head.tag_ != "NN" or not head.text.islower() or span[0] >= head.idx:
        return False  # "EU leaders" is a group, not the EU's head
    doc = head.doc
    beside = head.i + 2 < len(doc) and doc[head.i + 1].text == "," and any(
        m["type"] == "person" and m["label"] != "role" and doc[head.i + 2].idx <= m["start"] < _end_of(doc[min(head.i + 4, len(doc) - 1)])
        for m in mentions)
    if beside or any(t.ent_type_ == "PERSON" for t in head.subtree):
        return False  # "Qatar's emir, Sheikh X": the name written beside the title is the party
    body = next((m for m in mentions if m["start"] == span[0] and m["end"] == span[1]), None)
    return body is not None and body["type"] in {"organization", "country"} and head.left_edge.idx <= span[0]


LEADING_VERBS = {"lead", "head"}


def led_by(noun: Token) -> Token | None:
    """"the rebel delegation headed by X", "a mission led by X": the body's named leader
    stands for it (the person named, not the group)."""
    if noun.pos_ != "NOUN":
        return None
    return next((p for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in LEADING_VERBS
                 for a in c.children if a.dep_ == "agent" for p in a.children
                 if p.dep_ == "pobj" and p.ent_type_ == "PERSON"), None)


def titled_subject(pronoun: Token) -> Token | None:
    """The subject named by office alone ("the chairperson", "the Saudi minister") of a clause
    the pronoun's clause hangs on, when that is the nearest subject before the pronoun."""
    for verb in list(pronoun.ancestors)[:6]:
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i != pronoun.i), None)
        if subject is None:
            continue
        if subject.i < pronoun.i and subject.pos_ == "NOUN" and subject.lemma_.lower() in TITLE_HEADS \
                and not any(t.ent_type_ == "PERSON" for t in subject.subtree):
            return subject
        return None
    return None


def title_subject_before(head: Token, mentions: list[dict], taken: list[tuple]) -> tuple[int, dict] | None:
    """(offset, person) of a bare title that is the subject or possessor in the sentence before
    ("the emir's own telephone is ..."), resolved to the person named before with that title."""
    if head.sent.start == 0:
        return None
    previous = head.doc[head.sent.start - 1].sent
    for token in reversed(list(previous)):
        if token.dep_ in {"nsubj", "nsubjpass", "poss"} and token.tag_ in {"NN", "NNP"} and token.text.islower():
            found = role_antecedent(token, [m for m in mentions if m["end"] <= token.idx], taken)
            if found is not None:
                return token.idx, found
    return None


def role_antecedent(head: Token, mentions: list[dict], taken: list[tuple]) -> dict | None:
    """The person a bare title stands for ("the emir", "the secretary", "Qatar's emir"): the
    latest person named before it with that title in front of the name ("Kuwait's Emir
    Sheikh X", "U.S. Secretary of State Y") or in apposition ("X, the UAE's minister"),
    and of the country a possessive or adjective names ("Qatar's emir"); none when the
    title is used for no one named before."""
    qualifiers = {c.lower_ for c in head.children if c.dep_ in {"poss", "amod", "compound"} and c.pos_ == "PROPN"
                  or c.ent_type_ in {"GPE", "NORP"}}
    if not any(c.dep_ in {"det", "poss"} for c in head.children) or head.lemma_.lower() in NOT_TITLES:
        return None  # "a minister", bare "minister", "the call"
    used = {t[0] for t in taken}
    doc = head.doc
    for mention in reversed([m for m in mentions if m["type"] == "person" and m["end"] <= head.idx]):
        if mention["start"] in used:
            continue
        window = _title_words(doc, mention)
        if head.lower_ in window and _office_words_fit(head, window) \
                and all(q in window or _same_country(q, window, mention) for q in qualifiers):
            return mention
    # only a title a country qualifies ("the German chancellor") is surely a person's
    return _untitled_just_before(head, mentions, used, qualifiers) if qualifiers else None


# Words before a title that say nothing of which office it is ("the new foreign minister").
NON_OFFICE_MODIFIERS = {"new", "former", "then", "late", "own", "current", "outgoing", "incoming", "visiting",
                        "top", "powerful", "veteran", "embattled", "elderly", "young", "first", "same", "other"}


def _office_words_fit(head: Token, window: set[str]) -> bool:
    """The office words written with the title are the named person's too: "the Egyptian
    foreign minister" is not the person named as "the Egyptian prime minister", nor is "the
    minister" a prime minister, nor "the chief of protocol" a chief minister."""
    # "the chief of protocol" is not "X, chief minister of Punjab": the office's "of" object counts too
    objects = [o for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    words = {c.lower_ for c in [*head.children, *objects] if (c.dep_ in {"amod", "compound"} or c in objects)
             and c.text.islower() and c.ent_type_ not in {"GPE", "NORP"} and c.lower_ not in NON_OFFICE_MODIFIERS}
    if head.lower_ == "minister" and ("prime" in window) != ("prime" in words):
        return False
    return words <= window


def _same_country(qualifier: str, window: set[str], mention: dict) -> bool:
    """"the Egyptian president" for "President X of Egypt" or for a president the gazetteer
    places in Egypt: the qualifier's country is the person's."""
    gaz = load_gazetteer()
    code = gaz.country_code(qualifier)
    if code is None:
        return False
    own = mention.get("country")
    return own == code if isinstance(own, str) and own else any(gaz.country_code(w) == code for w in window)


def _country_fits(mention: dict, qualifiers: set[str]) -> bool:
    """No qualifier names a country other than the one the person is known to be of."""
    own = mention.get("country")
    if not (isinstance(own, str) and own):
        return True
    codes = {load_gazetteer().country_code(q) for q in qualifiers} - {None}
    return codes <= {own}


def _untitled_just_before(head: Token, mentions: list[dict], used: set[int], qualifiers: set[str]) -> dict | None:
    """"The breakthrough owes much to X. The German chancellor spoke to ...": a country's title
    used for no one named with it stands for the one person the sentence before names, when
    that person is named there without any title of their own; "X arrived that evening, and
    Roe met the Israeli prime minister": the one other person named before it in its own sentence."""
    doc = head.doc
    sent = head.sent
    def named_in(low: int, high: int) -> list[dict]:
        return [m for m in mentions if m["type"] == "person" and m["label"] != "role" and low <= m["start"] < high]
    own = named_in(sent.start_char, head.idx)
    if own:
        others = [m for m in own if m["start"] not in used]
        if len({m["actor"] for m in others}) != 1 or len({m["actor"] for m in own}) != 2:
            return None
        people = others
    elif sent.start == 0:
        return None
    else:
        before = doc[sent.start - 1].sent
        people = named_in(before.start_char, before.end_char)
        if len({m["surface"] for m in people}) != 1 or people[0]["start"] in used:
            return None
    return people[0] if not _title_words(doc, people[0]) and _country_fits(people[0], qualifiers) else None


def _title_words(doc: Doc, mention: dict) -> set[str]:
    """Lower-case words of the title run right before a name ("Kuwait's Emir Sheikh",
    "Qatar's foreign minister,") and of an apposition right after it (", the UAE's minister
    of state"): nouns, adjectives, "of" and possessives, no verb or clause."""
    span = doc.char_span(mention["start"], mention["end"], alignment_mode="expand")
    if span is None:
        return set()
    sent = span.sent
    words = []
    i = span.start - 1
    if i >= sent.start and doc[i].text == ",":
        i -= 1  # "Qatar's foreign minister, Sheikh X"
    while i >= max(sent.start, span.start - 9) and _title_token(doc[i]):
        words.append(doc[i])
        i -= 1
    i = span.end
    if i + 1 < sent.end and doc[i].lower_ == "of" and doc[i + 1].ent_type_ == "GPE":
        words += [doc[i], doc[i + 1]]  # "President X of Egypt"
    elif i < sent.end and doc[i].text == ",":
        i += 1
        while i < min(sent.end, span.end + 10) and (_title_token(doc[i]) or doc[i].lower_ in {"the", "a"}):
            words.append(doc[i])
            i += 1
    return {t.lower_ for t in words} | {t.text.lower().removesuffix("'s") for t in words}


def _title_token(token: Token) -> bool:
    return token.pos_ in {"PROPN", "NOUN", "ADJ"} or token.lower_ in {"of", "'s", "for", "state"} or token.dep_ == "case"


def is_subject_at(doc: Doc, mention: dict) -> bool:
    span = doc.char_span(mention["start"], mention["end"], alignment_mode="expand")
    # "Kuwait's ruler, Sheikh X, arrived ...": the name in apposition to the subject is the subject
    return span is not None and (span.root.dep_ in {"nsubj", "nsubjpass"} and not _second_subject(span.root)
                                 or span.root.dep_ == "appos" and span.root.head.dep_ in {"nsubj", "nsubjpass"})


def _second_subject(token: Token) -> bool:
    """"Blinken rang Prince Faisal": the parser reads the object after the verb as a second
    subject; a subject after its verb when another stands before it is that object."""
    verb = token.head
    return token.i > verb.i and any(c.dep_ in {"nsubj", "nsubjpass"} and c.i < verb.i for c in verb.children)


SAME_PERSON_PRONOUNS = {"his": "he", "her": "she"}


def subject_pronoun_of_clause(possessive: Token) -> bool:
    """The clause the possessive is in has "he"/"she" of the same person as its subject."""
    pronoun = SAME_PERSON_PRONOUNS.get(possessive.lower_)
    for verb in list(possessive.ancestors)[:5]:
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None:
            return subject.lower_ == pronoun
    return False


def owns_subject(doc: Doc, mention: dict) -> bool:
    """The person owns a clause's subject ("X's call ... was followed by ...")."""
    span = doc.char_span(mention["start"], mention["end"], alignment_mode="expand")
    return span is not None and span.root.dep_ == "poss" and span.root.head.dep_ in {"nsubj", "nsubjpass"}


def _end_of(token: Token) -> int:
    return token.idx + len(token.text)


PRONOUN_GENDERS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}


def of_pronoun_gender(pronoun: Token, people: list[dict]) -> list[dict]:
    """The people "he" or "she" may stand for: not one whose first name says the other gender, and
    for "she" the women the text marks as such before anyone it says nothing of ("Omar Haddad
    welcomed Anna Lind ... her talks with X" is Lind, whoever was named last)."""
    gender = PRONOUN_GENDERS.get(pronoun.lower_)
    if gender is None:
        return people
    genders = [_gender_of(m, people) for m in people]
    fits = [m for m, g in zip(people, genders) if g in {gender, None}]
    marked = [m for m, g in zip(people, genders) if g == gender]
    return marked if gender == "f" and marked else fits


def _gender_of(mention: dict, people: list[dict]) -> str | None:
    """A person's gender by first name, for a surname alone by the full name it shortens."""
    name = str(mention.get("actor") or mention["surface"])
    if len(name.split()) == 1:
        name = next((str(m.get("actor") or m["surface"]) for m in people
                     if len(str(m.get("actor") or m["surface"]).split()) > 1
                     and str(m.get("actor") or m["surface"]).split()[-1] == name), name)
    return name_gender(name)
