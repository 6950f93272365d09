"""Who "he", "she" and "it" are when they report speech: gender and salience, not recency.

"Sanders criticized Clinton on Monday. She said his plan would cost too much." -- "She" is
Clinton: the latest person of the pronoun's gender, and among several, the one who was the
subject (or the speaker of the latest statement), never someone named only inside a
quotation. Gender comes from the article itself: titles ("Mr.", "Ms."), gendered role words
("spokeswoman Maria Zakharova") and a list of given names (``data/first_names.csv``). With
no candidate of a compatible gender, or two equally salient ones, the pronoun stays
unresolved rather than guessed (copy often arrives with its paragraphs shuffled).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from helpers.parse import doc_text
from helpers.statements.genders import GENDER_WORDS, PRONOUN_GENDER, first_names, person_genders, person_key  # noqa: F401
from helpers.statements.quotes import Quote
from helpers.statements.rolenames import holder_after_role, name_after_opening_role
from helpers.statements.phrases import INDEFINITE_DETS, doc_first, np_start as _np_start, np_text as _np_text, \
    proper_of_phrase as _proper_of_phrase, token_end as _end  # noqa: F401 (_np_text: used by extract)
from helpers.statements.stamps import entry_span, entry_starts

# Nouns that stand for a written or relayed statement: "A White House statement said".
DOCUMENT_NOUNS = {"statement", "readout", "release", "communique", "summary", "transcript", "tweet", "post", "letter", "reading", "advert", "advisory"}
HOLDER_ENTITY_RANK = {"ORG": 0, "PERSON": 1, "GPE": 2, "NORP": 3}
# possessives, and the object forms a source takes after "according to" ("According to him, ...")
POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "its": "it", "their": "they", "him": "he", "them": "they"}
OFFICE_NOUNS = {"office", "ministry", "spokesman", "spokeswoman", "spokesperson", "aides", "campaign", "administration"}
MEMBER_HEADS = {"ministers", "leaders", "members", "representatives", "envoys", "delegates", "delegations"}
PLACED_HEADS = {"ministry", "office", "department", "embassy", "government", "presidency", "mission", "consulate"}
GROUP_HEADS = {"countries", "nations", "allies", "governments", "states", "string", "number", "group", "capitals"}
INSTITUTION_TYPES = {"organization", "country", "group"}
MAX_LOOKBACK_SENTENCES = 3
REPORTER_NOUNS = {"correspondent", "reporter", "editor", "journalist", "producer"}


def resolve_pronoun(pronoun: Token, mentions: list[dict], genders: dict[str, str], quotes: list[Quote],
                    previous: list[dict]) -> tuple[dict | None, str]:
    """(antecedent mention or None, speaker_how) for a pronoun subject of a cue."""
    word = POSSESSIVE_PRONOUNS.get(pronoun.lower_, pronoun.lower_)
    sent_idx = next((m["sent_idx"] for m in reversed(mentions) if m["start"] <= pronoun.idx), 0)
    if word in {"he", "she"}:
        return _person(pronoun, mentions, genders, quotes, [r for r in previous if r["sent_idx"] >= sent_idx - MAX_LOOKBACK_SENTENCES])
    if word in {"it", "they"}:
        wanted = INSTITUTION_TYPES | ({"person"} if word == "they" else set())
        found = _candidates(pronoun, mentions, quotes, wanted)
        return (found[-1], "pronoun") if found else (None, "pronoun unresolved")
    return None, "pronoun unresolved"


def _candidates(pronoun: Token, mentions: list[dict], quotes: list[Quote], wanted: set[str]) -> list[dict]:
    """Mentions of the wanted types in the last few sentences before the pronoun, outside quotes."""
    sent_idx = next((m["sent_idx"] for m in reversed(mentions) if m["start"] <= pronoun.idx), 0)
    entry, _ = entry_span(doc_text(pronoun.doc), pronoun.idx)
    return [m for m in mentions if entry <= m["start"] < pronoun.idx and m["type"] in wanted
            and m["sent_idx"] >= sent_idx - MAX_LOOKBACK_SENTENCES
            and not any(q.start <= m["start"] < q.end for q in quotes)]


def _person(pronoun: Token, mentions: list[dict], genders: dict[str, str], quotes: list[Quote],
            previous: list[dict]) -> tuple[dict | None, str]:
    """The salient person of the pronoun's gender: last speaker, else subject, else the only one."""
    gender = PRONOUN_GENDER[POSSESSIVE_PRONOUNS.get(pronoun.lower_, pronoun.lower_)]
    # A role description of unknown gender ("the Russian leader") is no evidence for "she" or "he".
    found = [m for m in _candidates(pronoun, mentions, quotes, {"person"})
             if _gender(m, genders) == gender or _gender(m, genders) is None and m.get("label") != "role"]
    # "According to him, Putin agreed": the source is not the person its own sentence reports on
    reported = _named_later_in_sentence(pronoun, mentions)
    found = [m for m in found if person_key(m["surface"]) not in reported]
    if not found:
        main, how = _main_person(pronoun, mentions, genders, quotes, gender)
        return (main, how) if main is None or person_key(main["surface"]) not in reported else (None, "pronoun unresolved")
    # "spokeswoman Mao Ning ... She added": a person the article gives that gender before one it says nothing of
    # (only for "she": a man's gender is seldom marked, so an unmarked name stays a candidate for "he")
    known = [m for m in found if _gender(m, genders) == gender] if gender == "f" else []
    if gender == "f" and not known:
        # "Spokeswoman Mao Ning ... Wang said ... Doval said ... She added": the woman the article
        # names further back before a nearby name of unknown gender
        main, how = _main_person(pronoun, mentions, genders, quotes, gender)
        if main is not None:
            return main, how
    found = known or found
    keys = {person_key(m["surface"]) for m in found}
    if len(keys) == 1:
        return found[-1], "pronoun"
    # "A reporter asked Lee whether ... He replied ...": the person asked answers, unless someone
    # else became the subject since
    asked = [m for m in found if _was_asked(pronoun.doc, m) and m["sent_idx"] >= found[-1]["sent_idx"] - 1]
    if asked and not any(m["start"] > asked[-1]["end"] and _is_subject(pronoun.doc, m)
                         and person_key(m["surface"]) != person_key(asked[-1]["surface"]) for m in found):
        return asked[-1], "pronoun, person asked"
    row = _last_speaker(previous, pronoun)
    speaker = row["speaker_mention"] if row is not None else None
    # a subject inside that statement's own content ("Lee said Kim had told him ...") does not take over
    later_subjects = [m for m in found if speaker is not None and m["start"] > speaker["end"]
                      and not row["start"] <= m["start"] < row["end"]
                      and person_key(m["surface"]) != person_key(speaker["surface"]) and _is_subject(pronoun.doc, m)]
    known_speaker = speaker is not None and (person_key(speaker["surface"]) in keys or _described(speaker, gender, row, found))
    if known_speaker and not later_subjects:
        return speaker, "pronoun, last speaker"
    nearest = [m for m in found if m["sent_idx"] == found[-1]["sent_idx"]]
    subjects = [m for m in nearest if _is_subject(pronoun.doc, m)]
    if len({person_key(m["surface"]) for m in subjects}) == 1:
        return subjects[-1], "pronoun, subject"
    if len({person_key(m["surface"]) for m in nearest}) == 1 and _gender(nearest[0], genders) == gender:
        return nearest[-1], "pronoun"
    return _main_person(pronoun, mentions, genders, quotes, gender)


def _described(mention: dict, gender: str, row: dict, people: list[dict]) -> bool:
    """A speaker named by office ("The Kremlin spokesman says ... He says") whom "he"/"she" may go
    on with: the office word gives the gender, or says nothing and the pronoun is "he" (the
    corpus step names the holder of the office). Not when a name follows the office before the
    cue ("The Ambassador of X in Y Ivan Kos has declared"): that name is the speaker."""
    if mention.get("label") != "role":
        return False
    cue = row.get("cue_start")
    if cue is None or any(mention["start"] <= m["start"] < cue for m in people):
        return False
    said = GENDER_WORDS.get(person_key(mention["surface"]))
    return said == gender or said is None and gender == "m"


def _named_later_in_sentence(pronoun: Token, mentions: list[dict]) -> set[str]:
    """Surnames of the people the pronoun's own sentence names after it."""
    end = pronoun.sent.end_char
    return {person_key(m["surface"]) for m in mentions if m["type"] == "person" and pronoun.idx < m["start"] < end}


MAIN_PERSON_MARGIN = 2  # the main person is named at least twice as often as anyone else of the gender


def _main_person(pronoun: Token, mentions: list[dict], genders: dict[str, str], quotes: list[Quote],
                 gender: str) -> tuple[dict | None, str]:
    """With no antecedent nearby (shuffled paragraphs): the article's only person of that gender,
    or the one it names far more often than anyone else who could be meant, wherever named (in a
    live blog, ``_main_person_of_entry``)."""
    people = [m for m in mentions if m["type"] == "person" and not any(q.start <= m["start"] < q.end for q in quotes)
              and (_gender(m, genders) == gender or _gender(m, genders) is None and gender == "m" and m.get("label") != "role")]
    if entry_starts(doc_text(pronoun.doc)):
        return _main_person_of_entry(pronoun, people)
    counts: dict[str, int] = {}
    for m in people:
        counts[person_key(m["surface"])] = counts.get(person_key(m["surface"]), 0) + 1
    ranked = sorted(counts.values(), reverse=True)
    if not ranked or len(ranked) > 1 and ranked[0] < MAIN_PERSON_MARGIN * ranked[1]:
        return None, "pronoun unresolved"
    top = max(counts, key=counts.get)
    before = [m for m in people if person_key(m["surface"]) == top and m["start"] < pronoun.idx]
    return (before or [m for m in people if person_key(m["surface"]) == top])[-1], "pronoun, main person of the article"


def _main_person_of_entry(pronoun: Token, people: list[dict]) -> tuple[dict | None, str]:
    """A live blog's pronoun: the one person of its gender named before it in its entry, else the
    blog's only person of that gender; the blog's most named man is no antecedent ("20:55 The
    audio message is out. He says ..." in a blog naming the president in every other entry)."""
    entry, _ = entry_span(doc_text(pronoun.doc), pronoun.idx)
    in_entry = [m for m in people if entry <= m["start"] < pronoun.idx]
    pool = in_entry or people
    if len({person_key(m["surface"]) for m in pool}) != 1:
        return None, "pronoun unresolved"
    before = [m for m in pool if m["start"] < pronoun.idx]
    return (before or pool)[-1], "pronoun, main person of the article"


def _gender(mention: dict, genders: dict[str, str]) -> str | None:
    """A person's gender from the article: by canonical name when known, else by surname."""
    return genders.get(mention.get("actor") or "") or genders.get(person_key(mention["surface"]))


def _last_speaker(previous: list[dict], pronoun: Token) -> dict | None:
    """The latest statement before the pronoun (its row), if a person made it.

    Of the statements in that sentence the outer one counts: after "Lee said Kim had told him
    ...", "He added" goes on with Lee, not with Kim, whose cue lies inside Lee's content.
    """
    entry, _ = entry_span(doc_text(pronoun.doc), pronoun.idx)
    rows = [r for r in previous if r.get("speaker_mention") is not None
            and entry <= r["speaker_mention"]["start"] < pronoun.idx]
    if not rows:
        return None
    latest = [r for r in rows if r["sent_idx"] == rows[-1]["sent_idx"]]
    outer = [r for r in latest if not any(o is not r and o["start"] <= (r.get("cue_start") or -1) < o["end"] for o in latest)]
    row = (outer or latest)[-1]
    return row if row["speaker_mention"]["type"] == "person" else None


QUESTIONER_NOUNS = {"reporter", "reporters", "journalist", "journalists", "correspondent", "interviewer", "questioner", "host"}


def _was_asked(doc: Doc, mention: dict) -> bool:
    """The person a reporter put a question to: "A reporter asked Lee whether ..." (Lee)."""
    span = doc.char_span(mention["start"], mention["end"], alignment_mode="expand")
    if span is None or span.root.dep_ != "dobj" or span.root.head.lemma_.lower() != "ask":
        return False
    return any(c.dep_ == "nsubj" and c.lower_ in QUESTIONER_NOUNS for c in span.root.head.children)


def _is_subject(doc: Doc, mention: dict) -> bool:
    span = doc.char_span(mention["start"], mention["end"], alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    # "Mr. Haddad and Mr. Rahimi arrived": both subjects; "His spokesman, Ali Kaya, said": the named one too
    while root.dep_ in {"conj", "appos"} and root.head != root:
        root = root.head
    if root.dep_ in {"nsubj", "nsubjpass"}:
        return True
    # "The official representative of the Committee Ivan Kos has refrained ...": the name closing
    # the subject's title is the subject, though the parser hangs it on the body
    return any(t.dep_ in {"nsubj", "nsubjpass"} and (name := holder_after_role(t, first_names()))
               and span.start <= name[-1].i < span.end for t in span.sent if t.i < span.start)


SPOKESPERSON_HEADS = {"spokesman", "spokeswoman", "spokesperson"}


def _spokesperson_label(head: Token) -> str:
    """"A spokeswoman for the city council" -> "city council spokeswoman": whom an unnamed spokesperson speaks for."""
    own = _np_text(head)
    body = next((g for c in head.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children if g.dep_ == "pobj"), None)
    if body is None:
        return own
    words = [t for t in body.subtree if not (t.dep_ == "det" and t.head == body)]
    if len(words) > 6 or any(t.dep_ in {"relcl", "acl"} for t in words):
        return own
    name = doc_text(head.doc)[words[0].idx:_end(words[-1])]
    return f"{name}'s {head.lower_}" if body.ent_type_ == "PERSON" else f"{name} {head.lower_}"


def _self_named_issuer(cue: Token | None) -> list[Token]:
    """"An updated travel advisory said the State Department had ordered ...": an unowned document
    whose report is about an organisation's own acts was issued by that organisation."""
    if cue is None:
        return []
    clauses = [c for c in cue.children if c.dep_ == "ccomp"]
    return [s for c in clauses for s in c.children if s.dep_ in {"nsubj", "nsubjpass"} and s.ent_type_ == "ORG"
            and s.lemma_.lower() in BODY_NOUNS]


def speaker_span(item: dict, mentions: list[dict], context: dict) -> tuple:
    """(start, end, surface, speaker_how, mention) naming the speaker: the subject phrase, a
    pronoun's antecedent, or the holder of a statement ("A White House statement" -> "White House")."""
    head: Token = _served_body(item["speaker"])
    if head.lemma_.lower() in DOCUMENT_NOUNS:
        holders = [c for c in head.children if c.dep_ in {"poss", "compound", "nmod", "amod"}] + \
                  [g for c in head.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        holders = [t for t in holders if t.ent_type_ or t.pos_ in {"PROPN", "PRON"} or t.dep_ == "poss"]  # not "an updated travel advisory"
        if not holders:
            holders = _self_named_issuer(item.get("cue_token"))
        if not holders and head.dep_ == "dobj":
            # "The airline issued a statement, which said ...": whoever issued it
            holders = [c for c in head.head.children if c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"}]
        if holders:
            holder = min(holders, key=lambda t: (HOLDER_ENTITY_RANK.get(t.ent_type_, 9), -t.i))
            start, end = holder.left_edge.idx, _end(holder)
            return start, end, _np_text(holder), "holder of statement", _mention_in(mentions, start, end)
    if head.lower_ == "it" and head.dep_ == "nsubjpass":
        return None, None, "impersonal source", "impersonal", None  # "It was informed that ...": filled per article
    if head.pos_ == "PRON":
        # "Rice is expected to attend, he said": a person named in what was said is not who said it
        unsaid = context["quotes"] + [Quote(*item["content"], True)] if item.get("content") else context["quotes"]
        found, how = resolve_pronoun(head, mentions, context["genders"], unsaid, context["previous"])
        body = _body_of(head.doc, found) if found is not None and head.lower_ == "it" else None
        if body is not None:  # "China's foreign ministry released a readout. It said": the ministry, not China
            return body.left_edge.idx, _end(body), _np_text(body), how, found
        if found is not None:
            return found["start"], found["end"], head.text, how, found
        return None, None, f"unidentified ({head.lower_})", how, None
    # "the spokesman, Ali Kaya, said": the name in the apposition; not "Ali Kaya, spokesman for the president"
    # (not a list the parser hung on the noun: "According to the spokesman, Prime Minister Ana Ruiz and ... met")
    listed = any(c.dep_ == "appos" and any(g.dep_ == "conj" for g in c.children) for c in head.children)
    named = [c for c in head.children if c.dep_ == "appos" and any(t.ent_type_ == "PERSON" for t in c.subtree)] \
        if head.ent_type_ != "PERSON" and not listed else []
    if not named and head.pos_ == "NOUN" and head.lower_ in REPORTER_NOUNS:
        # "Our correspondent in Doha, Reem Haddad, says": the name hangs on the place
        named = [a for a in head.children if a.dep_ == "appos" and a.pos_ == "PROPN"] + \
            [a for c in head.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"
             for a in g.children if a.dep_ == "appos" and a.ent_type_ == "PERSON"]
    formal = _formal_name(head) or holder_after_role(head, first_names()) or name_after_opening_role(head, first_names()) \
        if not named and head.ent_type_ != "PERSON" else None
    if formal is not None:  # "The Minister of Foreign Affairs, Ali Kaya, ...": a name no tagger knew
        start = formal[0].idx
        return start, _end(formal[-1]), doc_text(head.doc)[start:_end(formal[-1])], "name in apposition", \
            _mention_in(mentions, start, _end(formal[-1]))
    owner = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS), None)
    if owner is not None and head.lower_ in OFFICE_NOUNS and not named:
        # "his office said": the office of the person "his" stands for (but "his spokesman Ali Kaya" is Kaya)
        found, how = _reported_person(owner, item.get("cue_token"), mentions, context["genders"]), "pronoun, person reported on"
        if found is None:
            found, how = resolve_pronoun(owner, mentions, context["genders"], context["quotes"], context["previous"])
        if found is not None:
            return found["start"], found["end"], _np_text(head), how, found
    end = _end(named[0].right_edge) if named else _end(head)
    place = [c for c in head.children if c.dep_ == "prep" and c.lower_ in {"in", "of"}]
    body = [c for c in place if c.lower_ == "of" and any(g.dep_ == "pobj" and g.ent_type_ in {"ORG", "GPE"} for g in c.children)]
    if body and head.lower_ in MEMBER_HEADS:
        end = max(end, _end(body[0].right_edge))  # "foreign ministers of the Group of Seven": the body speaks
    if place and head.lower_ in PLACED_HEADS:
        end = max(end, _end(place[0].right_edge))  # "the Foreign Ministry in Ankara", "the mayor's office in Kyiv"
    if any(c.dep_ == "conj" for c in head.children) or head.lower_ in GROUP_HEADS and head.pos_ != "PROPN":
        end = max(end, _end(head.right_edge))  # "Germany and the Netherlands", "a string of countries including ..."
    start = named[0].left_edge.idx if named else doc_first(head).idx  # not the possessor of "Lee's spokesman, Ali Kaya"
    surface = _np_text(head) if named or head.lower_ not in SPOKESPERSON_HEADS else _spokesperson_label(head)
    if not named and head.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in INDEFINITE_DETS for c in head.children):
        surface = f"a {surface}"  # "A minister said": someone unnamed, never the article's holder of the title
    name_end = _proper_of_phrase(head) if not named else None
    if name_end is not None:  # "the Group of Eight", "the Organization of American States": one name
        end = max(end, _end(name_end))
        surface = doc_text(head.doc)[doc[_np_start(head)].idx:_end(name_end)] if (doc := head.doc) else surface
    return start, end, surface, item["how"], _mention_in(mentions, head.idx, _end(head)) or _mention_in(mentions, start, end)


def _reported_person(owner: Token, cue: Token | None, mentions: list[dict], genders: dict[str, str]) -> dict | None:
    """Whose office "his office" is when the sentence says: "Kim, who, according to his office,
    briefed ..." (the relative clause's person), "Lee will take part, her office confirmed" (the
    person the office reports on, subject of the reported clause), if of the pronoun's gender."""
    if cue is None:
        return None
    gender = PRONOUN_GENDER.get(owner.lower_)
    relative = next((a for a in owner.ancestors if a.dep_ == "relcl"), None)
    if relative is not None:
        subjects = [relative.head]
    else:
        clauses = [c for c in cue.children if c.dep_ in {"ccomp", "parataxis"}]
        if cue.dep_ in {"ccomp", "parataxis"} and cue.head.i < cue.i:
            clauses.append(cue.head)
        subjects = [g for c in clauses for g in c.children if g.dep_ == "nsubj"]
    people = [m for t in subjects for m in [_mention_in(mentions, t.idx, _end(t))]
              if m is not None and m["type"] == "person" and _gender(m, genders) in {gender, None}]
    return people[0] if len(people) == 1 else None


FORMAL_TITLES = {"minister", "chairperson", "chairman", "chairwoman", "president", "secretary", "head", "spokesman",
                 "spokeswoman", "spokesperson", "representative", "ambassador", "envoy", "commissioner", "director", "chief"}
HONORIFIC_WORDS = {"his", "her", "excellency", "highness", "majesty"}


def _formal_name(head: Token) -> list[Token] | None:
    """The name set off after a formal title: "The Minister of Foreign Affairs, Ali Kaya," ->
    Ali Kaya; "The Chairperson of the Commission, His Excellency Ali Kaya," -> Ali Kaya."""
    if head.lower_ not in FORMAL_TITLES or not head.text[:1].isupper():
        return None
    for appos in (c for c in head.children if c.dep_ == "appos"):
        for name in [appos] + [g for g in appos.children if g.dep_ == "appos"]:
            words = [t for t in head.doc[name.left_edge.i:name.i + 1] if t.lower_ not in HONORIFIC_WORDS]
            if 2 <= len(words) <= 4 and all(t.pos_ == "PROPN" and t.is_title and t.lower_ not in FORMAL_TITLES for t in words) \
                    and not any(t.ent_type_ in {"ORG", "GPE", "NORP", "DATE"} for t in words):
                return words
    return None


def _served_body(head: Token) -> Token:
    """"the press service of the Foreign Ministry" -> the ministry: a press office speaks for its body."""
    if head.lower_ not in {"service", "office"} or not any(c.dep_ == "compound" and c.lower_ == "press" for c in head.children):
        return head
    return next((g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                 if g.dep_ == "pobj" and g.ent_type_ in {"ORG", "GPE"}), head)


BODY_NOUNS = {"ministry", "office", "government", "presidency", "embassy", "department", "agency", "military", "command"}


def _body_of(doc: Doc, mention: dict) -> Token | None:
    """The body a country mention owns: "China" in "China's foreign ministry" -> "ministry"."""
    span = doc.char_span(mention["start"], mention["end"], alignment_mode="expand")
    if span is None or span.root.dep_ != "poss" or span.root.head.lower_ not in BODY_NOUNS:
        return None
    return span.root.head


def _mention_in(mentions: list[dict], start: int, end: int) -> dict | None:
    hits = [m for m in mentions if m["start"] < end and m["end"] > start]
    return hits[-1] if hits else None
