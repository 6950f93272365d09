"""Statements carried by a noun or a preposition: "according to X", and "Russia's claim that ...", "Moscow's demands that ...",
"its call for calm", "his complaint that the vote was rigged".

The owner of the noun (a possessive) is the speaker and the clause or phrase the noun
governs is the content. A claim noun with no owner ("warnings that ...") names no speaker
and is left out: a statement row without a source is worth less than no row.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from helpers.docarrays import doc_entities, tokens_passing
from helpers.statements.quotes import Quote

CLAIM_NOUNS = {
    "claim", "demand", "warning", "call", "accusation", "assertion", "insistence", "complaint", "denial",
    "pledge", "promise", "threat", "appeal", "allegation", "vow", "assurance", "remark", "suggestion",
    "argument", "contention", "proposal", "offer", "request", "charge", "criticism", "admission",
    "statement", "prediction", "declaration", "announcement", "message", "reminder", "concession", "attack",
}
# Nouns that name a speech act only with a "that" clause: "his earlier statements that ...", not "a statement".
# ("attack" too: "pressing her attack that the mayor is unfit", never "the attack on the town")
CLAUSE_ONLY_NOUNS = {"statement", "prediction", "declaration", "announcement", "message", "reminder", "concession", "attack"}
# Nouns whose "for"/"to" phrase is the content: "its call for calm", "Kiev's appeal to the West".
PHRASE_NOUNS = {"call", "demand", "appeal", "request", "proposal", "offer", "pledge", "promise", "vow", "threat"}
MIN_WORDS = 3


# Light verbs that make a speech act of their object: "issued a warning that", "made an appeal".
LIGHT_VERBS = {"issue", "release", "make", "renew", "repeat", "send", "deliver", "publish", "reiterate"}
ISSUED_NOUNS = CLAIM_NOUNS - CLAUSE_ONLY_NOUNS | {"statement", "advisory", "communique", "ultimatum"}
# Things sent or put out that carry words only when a reporting participle says which:
# "sent out a press release saying ...", "posted a video urging ..." (not "sent a letter to Lee").
CARRIER_NOUNS = {"release", "tweet", "letter", "email", "memo", "message", "post", "video", "note"}
CARRIER_VERBS = LIGHT_VERBS | {"post", "put", "fire", "tweet"}


def nominal_statements(sent: Span, quotes: list[Quote]):
    """Statement items (as ``extract.cue_statements`` yields them) for claim nouns with an owner,
    and for speech nouns a subject issued ("Washington issued its direst warning yet that ...")."""
    yield from issued_statements(sent, quotes)
    for token in tokens_passing(sent, lambda a, i: a.pos[i] == "NOUN" and a.lemma[i] in CLAIM_NOUNS):
        if token.pos_ != "NOUN" or token.lemma_.lower() not in CLAIM_NOUNS:
            continue
        if any(q.start <= token.idx < q.end for q in quotes):
            continue  # a claim noun inside a quotation is part of what was said
        if token.dep_ == "dobj" and token.head.lemma_.lower() in LIGHT_VERBS and _subject_of(token.head) is not None:
            continue  # "issued its warning that ...": ``issued_statements`` gives the row
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        if owner is not None and owner.pos_ == "PRON":
            # "The embassy renewed its call for ...": the possessive is the clause's subject
            owner = next((c for c in token.head.children if c.dep_ == "nsubj"), owner)
        owner = owner if owner is not None else _source_from(token)
        content = _content(token)
        if owner is None or content is None:
            continue
        yield {"cue": token.lemma_.lower(), "cue_token": token, "speaker": owner, "content": content,
               "addressee": None, "how": "nominal"}


SOURCE_ENTITIES = {"PERSON", "ORG", "NORP", "GPE"}


def _source_from(noun: Token) -> Token | None:
    """"criticism from rivals that ...", "calls from Kim to ...": the speaker in a "from" phrase on
    the noun (a name, an institution or people), not a place or time ("warnings from 2019")."""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "from":
            source = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if source is not None and (source.ent_type_ in SOURCE_ENTITIES or source.pos_ == "PROPN"
                                       or source.pos_ == "NOUN" and not source.ent_type_):
                return source
    return None


def _content(noun: Token) -> tuple[int, int] | None:
    """The "that" clause of a claim noun, or its "for"/"to" phrase for a call or demand."""
    for child in noun.children:
        words = [t for t in child.subtree if not t.is_punct]
        if len(words) < MIN_WORDS:
            continue
        if child.dep_ in {"acl", "ccomp", "relcl", "appos"} and any(t.lower_ == "that" and t.dep_ == "mark" for t in child.children):
            return words[0].idx, words[-1].idx + len(words[-1].text)
        if noun.lemma_.lower() in PHRASE_NOUNS and (child.dep_ == "prep" and child.lower_ in {"for", "to"} or child.dep_ in {"acl", "xcomp"}) \
                and not _rung_up(noun, child):
            return words[0].idx, words[-1].idx + len(words[-1].text)
    return None


def _rung_up(noun: Token, prep: Token) -> bool:
    """"seven calls to Belfast and London", "a call to the president": a telephone call placed to a
    place or a person, not "a call to end the war"."""
    if noun.lemma_.lower() != "call" or prep.dep_ != "prep" or prep.lower_ != "to":
        return False
    target = next((g for g in prep.children if g.dep_ == "pobj"), None)
    return target is not None and (target.ent_type_ in SOURCE_ENTITIES or target.pos_ in {"PROPN", "PRON"})


def according_to(sent: Span):
    """'..., according to a White House statement': speaker in the phrase, content the rest."""
    for token in tokens_passing(sent, lambda a, i: a.lower[i] == "according"):
        if token.lower_ == "according" and token.i + 1 < sent.end and token.nbor().lower_ == "to":
            objects = [c for c in token.nbor().children if c.dep_ == "pobj"]
            if not objects:
                continue
            phrase_start, phrase_end = token.i, objects[0].right_edge.i + 1
            before = [t for t in sent if t.i < phrase_start and not (t.is_punct or t.is_space)]
            after = [t for t in sent if t.i >= phrase_end and not (t.is_punct or t.is_space)]
            part = _attributed_side(before, after)
            if len(part) < 3:
                continue
            yield {"cue": "according to", "cue_token": token, "speaker": _author(objects[0]),
                   "content": (part[0].idx, _end(part[-1])), "addressee": None, "how": "according to"}


MIN_CLAUSE_WORDS = 3  # "since, according to officials." ends its clause; it opens none


def _attributed_side(before: list[Token], after: list[Token]) -> list[Token]:
    """The clause "according to X" belongs to: the one it opens ("because, according to X, the
    plan would fail"; "while - according to the emails - knowing ..."), the one it closes
    ("Lee leads by 30 votes, according to a count, but Kim ..."), else the longer side."""
    if before and before[-1].pos_ in {"SCONJ", "CCONJ"} and len(after) >= MIN_CLAUSE_WORDS:
        return after
    if after and before and after[0].pos_ == "CCONJ" and after[0].i > 0 and after[0].nbor(-1).is_punct:
        return before
    if after and len(before) >= MIN_CLAUSE_WORDS and after[0].pos_ == "ADP" and after[0].i > 0 and after[0].nbor(-1).is_punct:
        return before  # '"...," Lee told reporters, according to Reuters, during a flight to ...': the rest is an adjunct
    return before if len(before) >= len(after) else after


def _author(source: Token) -> Token:
    """Who stands behind a cited work: "according to a poll published by the daily Kathimerini" ->
    the daily (its "by" phrase), else the work itself."""
    for child in source.children:
        if child.dep_ == "prep" and child.lower_ == "by" or child.dep_ == "acl":
            agents = [child] if child.dep_ == "prep" else [g for g in child.children if g.dep_ in {"agent", "prep"} and g.lower_ == "by"]
            objects = [o for a in agents for o in a.children if o.dep_ == "pobj" and o.pos_ in {"NOUN", "PROPN"}]
            if objects:
                return objects[0]
    return source


def _end(token: Token) -> int:
    return token.idx + len(token.text)


def issued_statements(sent: Span, quotes: list[Quote]):
    """"The ministry issued a statement urging ...", "Washington issued a warning that ...":
    the subject of the light verb speaks; the content is the noun's clause or what follows it."""
    for noun in tokens_passing(sent, lambda a, i: a.dep[i] == "dobj"):
        if noun.dep_ != "dobj":
            continue
        verb = noun.head
        carried = _carried_words(noun) if verb.lemma_.lower() in CARRIER_VERBS else None
        if carried is not None:
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subject is not None:
                yield {"cue": noun.lemma_.lower(), "cue_token": noun, "speaker": subject, "content": carried,
                       "addressee": None, "how": "subject"}
            continue
        if noun.lemma_.lower() not in ISSUED_NOUNS or verb.lemma_.lower() not in LIGHT_VERBS:
            continue
        if any(q.start <= noun.idx < q.end for q in quotes) or _has_relative_clause(noun):
            continue  # "issued a statement, which said ...": the relative clause's verb carries it
        subject = _subject_of(verb)
        after = [t for t in sent if t.i > noun.i and not t.is_punct]
        if noun.lemma_.lower() == "call" and not any(c.dep_ == "prep" and c.lower_ == "for" or c.dep_ in {"acl", "xcomp"}
                                                     for c in noun.children):
            continue  # "made seven calls to the capitals": telephone calls, no call for anything
        content = _content(noun) or ((after[0].idx, _end(after[-1])) if len(after) >= MIN_WORDS else None) \
            or _block_after_colon(noun, sent)
        if subject is not None and content is not None:
            yield {"cue": noun.lemma_.lower(), "cue_token": noun, "speaker": subject, "content": content,
                   "addressee": None, "how": "subject"}


def _subject_of(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _block_after_colon(noun: Token, sent: Span) -> tuple[int, int] | None:
    """'Lee issued the following statement:' closing its sentence: the statement is what follows
    (the next sentence, often a quoted paragraph; a quotation runs on in ``join_continuations``)."""
    doc = sent.doc
    last = next((t for t in reversed(sent) if not t.is_space), None)
    if last is None or last.text != ":" or noun.i > last.i or sent.end >= len(doc):
        return None
    words = [t for t in doc[sent.end].sent if not t.is_space and not t.is_quote]
    return (words[0].idx, _end(words[-1])) if len(words) >= MIN_WORDS else None


def _carried_words(noun: Token) -> tuple[int, int] | None:
    """What a sent thing says: the words after "saying", "urging" hung on a release or a tweet."""
    if noun.lemma_.lower() not in CARRIER_NOUNS:
        return None
    for child in noun.children:
        if child.dep_ == "acl" and child.tag_ == "VBG" and child.lemma_.lower() in CARRIER_CUES:
            words = [t for t in child.subtree if t.i > child.i and not t.is_punct and not t.is_space]
            if len(words) >= MIN_WORDS:
                return words[0].idx, _end(words[-1])
    return None


CARRIER_CUES = {"say", "urge", "warn", "accuse", "call", "claim", "argue", "announce", "ask", "demand", "promise", "declare"}


def _has_relative_clause(noun: Token) -> bool:
    return any(c.dep_ == "relcl" and any(g.dep_ == "nsubj" and g.lower_ in {"which", "that"} for g in c.children)
               for c in noun.children)


MAX_LABEL_WORDS = 6  # "Rep. Trey Gowdy (R-S.C.):", "Former Secretary of State Hillary Clinton:"


def speaker_labels(sent: Span):
    """Transcript and Q&A lines: 'KATE BOULDUAN: Why not debate?', 'Clinton: "Our goal is ..."'.

    A paragraph that opens with a person's name and a colon gives that person the rest of
    the paragraph. The name must be a person the parser recognises, or a capitalised word
    the article names as a person elsewhere ("CLINTON" after "Hillary Clinton"), so that
    "The result:" or "UPDATE:" are not speakers.
    """
    doc = sent.doc
    if sent.start > 0 and "\n" not in doc[sent.start - 1].text and not _opens_with_label(doc[sent.start - 1].sent):
        return  # not the start of a paragraph, nor the next turn after a labelled one
    colon = next((t for t in sent[:MAX_LABEL_WORDS * 2] if t.text in {":", "):"}), None)
    if colon is None or colon.i == sent.start:
        return
    label = [t for t in doc[sent.start:colon.i] if not t.is_punct]
    words = _outside_brackets(doc[sent.start:colon.i])
    if not words or len(label) > MAX_LABEL_WORDS or not all(t.text[:1].isupper() or t.lower_ in {"of", "the"} for t in words):
        return
    head = words[-1]
    # a person's name, not a common word the tagger took for one ("Background: the talks began ...")
    if not (head.ent_type_ == "PERSON" and head.pos_ == "PROPN" or head.text.isupper() and (head.text.title() in _person_words(doc) or _in_dialogue(head, doc))):
        return
    body = [t for t in doc[colon.i + 1:_turn_end(sent)] if not t.is_space]
    # 'Clinton: "..." Bush: "..."' parsed as one sentence: the turn stops before the next name
    cut = next((k for k in range(1, len(body) - 1) if body[k + 1].text in {":", "):"} and body[k].text[:1].isupper()
                and body[k - 1].is_punct), None)
    body = body[:cut] if cut else body
    if len([t for t in body if not t.is_punct]) < MIN_WORDS:
        return
    yield {"cue": ":", "cue_token": colon, "speaker": head, "content": (body[0].idx, _end(body[-1])),
           "addressee": None, "how": "subject"}


def _turn_end(sent: Span) -> int:
    """Token index where a speaker's turn ends: the end of the paragraph, or the next sentence
    that opens with a label of its own ('Clinton: "..." Bush: "..."' on one line)."""
    end = sent.end
    for later in sent.doc[sent.end:].sents:
        if _opens_with_label(later) or "\n" in sent.doc[end - 1].text:
            break
        end = later.end
    while end > sent.start and sent.doc[end - 1].is_space:
        end -= 1
    return end


def _opens_with_label(sent: Span) -> bool:
    return any(t.text in {":", "):"} for t in sent[:MAX_LABEL_WORDS + 1])


def _outside_brackets(tokens) -> list[Token]:
    depth, out = 0, []
    for t in tokens:
        depth += t.text == "("
        if depth == 0 and not t.is_punct:
            out.append(t)
        depth -= t.text == ")"
    return out


def _person_words(doc) -> set[str]:
    return {t.text.title() for ent in doc_entities(doc) if ent.label_ == "PERSON" for t in ent}


MIN_DIALOGUE_VOICES = 2  # a transcript has turns by at least two labelled people
MIN_CAPITAL_NAME = 3  # "Q:" and "A:" name no one


def _in_dialogue(head: Token, doc) -> bool:
    """'BOULDUAN: Why not debate?' in a transcript: a capitalised surname the parser did not
    tag, counted as a speaker when the article gives turns to two or more such labels (so that a
    lone "UPDATE:" or "NOTE:" is no speaker)."""
    if not head.text.isalpha() or len(head.text) < MIN_CAPITAL_NAME:
        return False
    labels = _capital_labels(doc)
    return len(labels) >= MIN_DIALOGUE_VOICES and head.text in labels


def _capital_labels(doc) -> set[str]:
    """Last words of the all-capital labels that open the article's lines ("JOEL BENENSON:")."""
    labels = set()
    for sent in doc.sents:
        if sent.start > 0 and "\n" not in doc[sent.start - 1].text:
            continue
        colon = next((t for t in sent[:MAX_LABEL_WORDS + 1] if t.text == ":"), None)
        words = [t for t in doc[sent.start:colon.i] if not t.is_space] if colon is not None else []
        if words and all(t.text.isupper() and t.text.isalpha() for t in words):
            labels.add(words[-1].text)
    return labels
