"""Contact words: which nouns and verbs name a diplomatic contact, and the channel, status
and kind (visit or not) they give it.

"call", "talks", "met", "phoned", "received Biden", "travelled to Kyiv" are triggers; "a call
for restraint", "called on", "a press conference" are not. The channel comes from the trigger's
own modifiers ("video call", "by phone"), the status from the verb's auxiliaries ("will
visit", "are expected to speak"). ``mentions`` finds the contact's participants and facts.
"""

from __future__ import annotations

from spacy.tokens import Token

from helpers.calls.antecedents import TITLE_HEADS
from helpers.calls.attendance import joined_together
from helpers.calls.counted import names_several_parties
from helpers.calls.encounters import ENCOUNTER_VERBS, is_encounter
from helpers.calls.dates import DISTANT_WEEKDAY, EXPLICIT_RE, WEEKDAY_RE
from helpers.calls.facts import CONTACT_NOUNS, is_generic_plural
from helpers.calls.heads import object_after_day, seated_with, with_under_topic
from helpers.calls.messages import is_written_contact
from helpers.calls.spans import TRAVEL_VERBS, is_courtesy_call, is_owned_group
from helpers.calls.speeches import is_speech, is_vehicle_journey
from helpers.calls.spoken import SPEAKING_VERBS, said_over_channel

CONTACT_VERBS = {"speak": None, "talk": None, "meet": "in_person", "visit": "in_person", "phone": "phone",
                 "call": "phone", "telephone": "phone", "ring": "phone", "host": "in_person", "travel": "in_person", "discuss": None,
                 "go": "in_person", "fly": "in_person", "arrive": "in_person", "receive": "in_person",
                 "welcome": "in_person", "shake": "in_person",
                 "take": None, "participate": None, "brief": None, "debrief": None, "raise": None,
                 "sit": "in_person", "write": "message", "join": "in_person", **ENCOUNTER_VERBS,
                 **dict.fromkeys(SPEAKING_VERBS)}
BRIEFING_VERBS = {"brief", "debrief"}  # one person briefing another named one is a contact of the two
HOSTING_VERBS = {"receive", "welcome"}  # contacts only with a person received: "Modi received Biden"
VISIT_WORDS = {"visit", "trip", "travel", "go", "fly", "arrive"}
REMOTE_VERBS = {"speak", "talk", "discuss"}  # "spoke with X" with no place: a phone call
CHANNEL_WORDS = {"phone": "phone", "telephone": "phone", "telephonic": "phone", "video": "video",
                 "virtual": "video", "videoconference": "video", "online": "video", "secure": None, "person": "in_person"}
PLACE_ENTS = {"GPE", "LOC", "FAC"}
PLANNED_MARKERS = {"will", "would", "'ll", "shall", "plan", "due", "schedule"}
EXPECTED_MARKERS = {"expect", "likely"}
# Verbs whose "to" clause is a contact still to come: "is to visit", "agreed to meet", "hopes to meet"
PLAN_HEADS = {"be", "plan", "set", "due", "agree", "decide", "intend", "hope", "promise", "arrange"}
REMOTE_CONFERENCE = {"video", "telephone", "phone", "virtual", "online", "web"}
STATED_NOUNS = {"call", "conference", "teleconference", "meeting", "visit", "trip", "summit", "message", "letter", "videoconference"}


def is_definite_title(noun: Token) -> bool:
    """"the Egyptian president", "his Israeli counterpart": an office held by one person the
    article names elsewhere (its name is found in ``antecedents``)."""
    return noun.pos_ == "NOUN" and noun.tag_ == "NN" and noun.lemma_.lower() in TITLE_HEADS and \
        any(c.dep_ in {"det", "poss"} and c.lower_ not in {"a", "an", "any", "every"} for c in noun.children)


def may_be_trigger(arrays, i: int) -> bool:
    """``is_trigger``'s first test on the Doc's lists (``docarrays``): only these tokens can be
    triggers (a contact or meal noun, "phone" of "on the phone to", a contact verb)."""
    pos, lemma = arrays.pos[i], arrays.lemma[i]
    if pos == "NOUN":
        return lemma in MEAL_NOUNS or lemma in CONTACT_NOUNS or arrays.lower[i] in CONTACT_NOUNS or arrays.lower[i] in PHONE_NOUNS
    return pos == "VERB" and lemma in CONTACT_VERBS


def is_trigger(token: Token) -> bool:
    """A noun or verb that names a diplomatic contact."""
    lemma = token.lemma_.lower()
    if on_the_phone_to(token):
        return True
    if token.pos_ == "NOUN" and lemma in MEAL_NOUNS:
        return is_shared_meal(token)
    if token.pos_ == "NOUN" and (lemma in CONTACT_NOUNS or token.lower_ in CONTACT_NOUNS):
        if token.dep_ == "compound" or is_generic_plural(token):
            return False  # "summit hysteria", "call centre"; "a stream of calls since"
        if lemma == "conference":  # "a video conference", "a conference call"; never "a press conference"
            return any(c.dep_ in {"compound", "amod"} and c.lower_ in REMOTE_CONFERENCE for c in token.children)
        # "a call for restraint", "its call on Moscow to pull back" are appeals; "a call on Sunday" is a contact
        return not (lemma == "call" and any(c.lower_ == "for" or (c.lower_ == "on" and not _dated(c)) for c in token.children))
    if token.pos_ == "VERB" and lemma in CONTACT_VERBS:
        if lemma in TRAVEL_VERBS:  # "goes to Kyiv", "arrived in Seoul"; not "went ahead"
            if any(c.dep_ == "auxpass" for c in token.children) or is_vehicle_journey(token):
                return False  # "before being flown to Delhi": someone carried there, no visit
            # the parser tags some capitals as people ("travel to Kiev"): a proper noun is enough here,
            # the place itself is checked against the actor mentions in ``contact``
            return any(c.dep_ == "prep" and c.lower_ in {"to", "in"} and any(g.ent_type_ in PLACE_ENTS or g.pos_ == "PROPN"
                                                                          for g in c.subtree) for c in token.children)
        if lemma == "write":  # "wrote to Putin"; not "wrote in an op-ed"
            return is_written_contact(token)
        if lemma in ENCOUNTER_VERBS:  # "spent two hours with X", "summoned Ambassador X", "saw X"
            return is_encounter(token)
        if lemma == "shake":  # "Xi and Ma shook hands in Singapore"
            return any(c.dep_ == "dobj" and c.lemma_.lower() == "hand" for c in token.children)
        if lemma in {"take", "participate"}:  # "A, B and C took part" (in the contact named just before)
            return takes_part(token)
        if lemma in SPEAKING_VERBS:  # "assured him in person", "told X by phone"; not "told X that"
            return said_over_channel(token) is not None
        if lemma in BRIEFING_VERBS:  # "briefed Tinubu by phone", "after debriefing President X"; not "briefed reporters"
            return any(c.dep_ == "dobj" and (c.ent_type_ == "PERSON" or is_owned_group(c)) for c in token.children)
        if lemma in HOSTING_VERBS:  # "received Biden", "was received by President X"; not "received a letter"
            # "received two of its envoys, A and B": the names hang on the number as its conjuncts
            received = [c for c in token.children if c.dep_ == "dobj"] + object_after_day(token)
            return any(c.ent_type_ == "PERSON" or is_definite_title(c) or counted_names(c)
                       or titled_name(c) for c in received) \
                or any(c.dep_ == "agent" and any(g.dep_ == "pobj" and named_host(g) for g in c.children)
                       for c in token.children)
        if is_courtesy_call(token):
            return True
        if is_speech(token):  # "spoke to the parliamentary group", "speaking for the Community"
            return False
        if lemma in {"call", "telephone", "ring"}:  # "called on", "called for", "called it absurd" are not contacts
            if names_something(token):
                return False
            objects = [c for c in token.children if c.dep_ == "dobj"] or [c for c in token.children if c.dep_ == "oprd"] \
                or [c for c in token.children if c.dep_ == "nsubj" and c.i > token.i  # "rang X" read as a second subject
                    and any(s.dep_ == "nsubj" and s.i < token.i for s in token.children)]
            # "oprd": "called Prime Minister X" misparsed; a proper noun the tagger calls a place or a
            # building ("telephoned Mevlut Cavusoglu" read as FAC) is still the person or body called
            return any(c.ent_type_ in {"PERSON", "ORG", "GPE"} or (c.pos_ == "PROPN" and c.ent_type_ in {"", "FAC", "LOC", "NORP"})
                       or is_office_holder(c) or (lemma != "call" and is_owned_group(c)) for c in objects) \
                or called_a_person(token, objects)
        if lemma == "join":  # "A and B were joined by C and D"; not "joined the talks", "X was joined by aides"
            return joined_together(token)
        if lemma == "sit":  # "sat down with X", "sat across the table from X"; not "sat in parliament"
            return any(o.ent_type_ == "PERSON" for o in seated_with(token))
        if lemma == "raise":  # "raised the issue with Y by telephone"; not "raised taxes", "raised it with reporters"
            partners = [o for c in token.children if c.dep_ == "prep" and c.lower_ == "with"
                        for o in c.children if o.dep_ == "pobj"] + with_under_topic(token)
            return any(o.ent_type_ == "PERSON" or is_definite_title(o) for o in partners)
        if lemma == "discuss":  # "X and Y discussed", "X will discuss the crisis with Y"
            return any(c.dep_ == "nsubj" and any(cc.dep_ == "conj" for cc in c.children) for c in token.children) \
                or names_several_parties(token) \
                or any(c.dep_ == "prep" and c.lower_ == "with" for c in token.children) \
                or bool(with_under_topic(token))  # "discussed the crisis with Y by phone"
        return True
    return False


def titled_name(noun: Token) -> bool:
    """"China's foreign minister, Y", "the Ambassador of X, Y": an office with its holder's name in
    apposition ("the first call, from X" is no office)."""
    return noun.lemma_.lower() in TITLE_HEADS and any(a.dep_ == "appos" and a.ent_type_ == "PERSON"
                                                      for a in noun.children)


def named_host(agent: Token) -> bool:
    """"was received by President X", "received by China's foreign minister, Y", "received by the
    Egyptian president": the host is a named person, or an office with its holder's name."""
    return agent.ent_type_ == "PERSON" or is_definite_title(agent) or titled_name(agent)


def counted_names(number: Token) -> bool:
    """"two of its envoys, A and B": a number of people whose names follow it."""
    return number.ent_type_ == "CARDINAL" and any(c.dep_ == "prep" and c.lower_ == "of" for c in number.children) \
        and any(c.ent_type_ == "PERSON" for c in number.conjuncts)


MEAL_NOUNS = {"lunch", "dinner", "breakfast", "luncheon", "supper"}
PHONE_NOUNS = {"phone", "telephone"}  # "was on the phone to"
MEAL_VERBS = {"have", "host", "give", "offer", "share", "attend"}


def is_shared_meal(noun: Token) -> bool:
    """"X had lunch with Y", "Y gave X lunch", "hosted X for dinner": a meal with a named
    person is a meeting; "a working lunch", "until breakfast", "over dinner" are not one."""
    verb = noun.head if noun.dep_ == "dobj" else noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "for" else None
    if verb is None or verb.lemma_.lower() not in MEAL_VERBS or any(c.dep_ == "amod" for c in noun.children):
        return False
    guests = [o for c in [*noun.children, *verb.children] if c.dep_ == "prep" and c.lower_ == "with"
              for o in c.children if o.dep_ == "pobj"]
    guests += [c for c in verb.children if c.dep_ in {"dative", "dobj"} and c is not noun]
    guests += [c for c in noun.children if c.dep_ == "compound"]  # "gave X lunch" parsed as "X lunch"
    return any(g.ent_type_ == "PERSON" for g in guests)


PERSON_OBJECT_PRONOUNS = {"him", "her"}
NAMING_DEPS = {"oprd", "xcomp", "ccomp", "acomp", "attr"}  # "called him a liar", "called her brave"


def called_a_person(verb: Token, objects: list[Token]) -> bool:
    """"X said Y telephoned him at 4 a.m.": a person called, named before; not "called him a
    liar", "called her back to say" (a complement or a particle names something else)."""
    return any(o.lower_ in PERSON_OBJECT_PRONOUNS and o.dep_ == "dobj" for o in objects) \
        and not any(c.dep_ in NAMING_DEPS | {"prt"} for c in verb.children)


def names_something(verb: Token) -> bool:
    """"called the group 'a pivotal force'", "called the plan naive": an object and what it is
    called (a common noun or adjective complement, or a quotation right after the object)."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    quoted = any(o.right_edge.i + 1 < len(verb.doc) and verb.doc[o.right_edge.i + 1].is_quote for o in objects)
    return bool(objects) and (quoted or any(c.dep_ in {"oprd", "xcomp", "acomp"} and c.pos_ in {"NOUN", "ADJ"}
                                            for c in verb.children))


def on_the_phone_to(token: Token) -> bool:
    """"X was on the phone to Y (and then to Z)": the phone noun under "on", a form of "be" or
    "get" above it with a "to"/"with" phrase naming the other party."""
    if token.pos_ != "NOUN" or token.lower_ not in PHONE_NOUNS or token.dep_ != "pobj":
        return False
    prep, verb = token.head, token.head.head
    return prep.lower_ == "on" and verb.lemma_.lower() in {"be", "get"} \
        and any(c.dep_ in {"prep", "conj"} and c.lower_ in {"to", "with"} for c in [*verb.children, *token.children])


def is_office_holder(noun: Token) -> bool:
    """"called the Georgian president", "phoned his counterpart": a person named by office."""
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in TITLE_HEADS and any(c.dep_ in {"det", "poss"} for c in noun.children)


def takes_part(verb: Token) -> bool:
    """"A, B and C took part", "also participating were ...": several named people join a
    contact named in the sentence or the two before; "took part in the talks" is the talks'."""
    if verb.lemma_.lower() == "take" and not any(c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "in" for c in verb.children):
        return False
    subject = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return bool(subject and subject[0].conjuncts and antecedent_contact(verb) is not None)


def antecedent_contact(verb: Token) -> Token | None:
    """The nearest contact noun before ``verb`` in its sentence or the two before it."""
    doc = verb.doc
    first = verb.sent.start
    for _ in range(2):
        first = doc[first - 1].sent.start if first > 0 else first
    return next((t for t in reversed(doc[first:verb.i]) if t.pos_ == "NOUN" and is_trigger(t)), None)


def _dated(prep: Token) -> bool:
    return any(t.ent_type_ in {"DATE", "TIME"} for t in prep.subtree)


def is_visit(trigger: Token, verb: Token) -> bool:
    """A trip to a place ("will travel to Kiev", "visit Putin in Moscow", "his trip to Seoul")."""
    lemma = trigger.lemma_.lower()
    return lemma in VISIT_WORDS or (verb.lemma_.lower() in VISIT_WORDS and trigger.pos_ == "NOUN")


# "held a call", "the call was held between ...": the noun's way up to its verb
GOVERNED_DEPS = {"dobj", "pobj", "prep", "compound", "nsubj", "nsubjpass", "attr", "appos", "conj"}


def governing_verb(trigger: Token) -> Token:
    """The verb a contact noun hangs on ("held a call" -> held); a verb trigger is its own."""
    if trigger.pos_ == "VERB":
        return trigger
    head = trigger
    while head.pos_ != "VERB" and head.head != head and head.dep_ in GOVERNED_DEPS:
        head = head.head
    return head if head.pos_ in {"VERB", "AUX"} else trigger


def channel_of(trigger: Token, verb: Token) -> tuple[str, bool]:
    """(channel, stated): phone, video, in_person, message or unspecified.

    Only the trigger's modifiers and "by/on/via" phrases count: in "Ahead of the call with
    Blinken, Qin spoke with Hayashi" the call belongs to another contact. Unstated, "spoke
    with X" is a phone call and "talks in Geneva" are in person (stated False).
    """
    near = [*trigger.children, *verb.children]
    words = [t.lower_ for t in near if t.dep_ in {"compound", "amod", "nmod", "dobj"}]
    words += [g.lower_ for t in near if t.dep_ == "prep" and t.lower_ in {"by", "on", "via", "over"} for g in t.subtree]
    for word in words:
        if CHANNEL_WORDS.get(word):
            return CHANNEL_WORDS[word], True
    lemma = trigger.lemma_.lower()
    placed = any(t.dep_ == "prep" and t.lower_ in {"in", "at"} and any(g.ent_type_ in PLACE_ENTS for g in t.subtree)
                 for t in near) or (verb.dep_ == "relcl" and any(c.lower_ == "where" for c in verb.children))
    # "he went straight to the presidential administration, where the two men talked": talks at a place
    # "arrived in Doha and held talks with X at the Emiri Diwan": talks at a named place, or on arrival, are met in person
    arrived = verb.dep_ == "conj" and verb.head.lemma_.lower() in TRAVEL_VERBS
    at_named = any(t.dep_ == "prep" and t.lower_ == "at" and any(g.pos_ == "PROPN" and g.ent_type_ not in {"DATE", "TIME"}
                                                                 for g in t.subtree) for t in near)
    if trigger.pos_ == "NOUN":
        channel = CONTACT_NOUNS.get(lemma) or CONTACT_NOUNS.get(trigger.lower_, "in_person")
        if channel in {"unspecified", "in_person"} and (placed or arrived or at_named):
            return "in_person", channel == "in_person" and (arrived or at_named) or lemma in STATED_NOUNS
        return channel, lemma in STATED_NOUNS
    if is_courtesy_call(trigger):
        return "in_person", True
    if said_over_channel(trigger):
        return said_over_channel(trigger), True
    if CONTACT_VERBS.get(lemma):
        return CONTACT_VERBS[lemma], True
    if lemma in REMOTE_VERBS:
        return ("in_person", False) if placed else ("phone", False)
    return ("phone", True) if any(w in {"call", "phone"} for w in words) else ("unspecified", False)


def status_of(verb: Token, trigger: Token) -> str:
    """happened, planned ("will travel", "plan a call", "is due to visit") or expected ("are expected to speak")."""
    # a conjoined verb is its own predicate: "have begun a video conference and are expected to sign"
    if verb.dep_ == "relcl":
        # "Obama, who spoke with Sarkozy on Tuesday, is expected to ...": a relative clause has its own tense
        chain = [verb, *verb.children, *(a for a in list(trigger.ancestors)[:3] if a.i != verb.i and verb in a.ancestors)]
        lemmas = {t.lemma_.lower() for t in chain if not topic_of(t, verb)} | {t.lower_ for t in chain if not topic_of(t, verb)}
        return "expected" if lemmas & EXPECTED_MARKERS else "planned" if lemmas & PLANNED_MARKERS else "happened"
    chain = [verb, *(c for c in [*verb.children, verb.head, *verb.head.children] if c.dep_ != "conj")]
    chain += list(trigger.ancestors)[:3]
    # "is due to see X ..., before flying on to Tbilisi (to meet Y)": the main clause's plan
    cue = next((a for a in list(verb.ancestors)[:4] if a.dep_ == "prep" and a.lower_ in {"before", "after"}), None)
    if cue is not None:
        chain += list(cue.head.children)
    lemmas = {t.lemma_.lower() for t in chain if not topic_of(t, verb)} | {t.lower_ for t in chain if not topic_of(t, verb)}
    if lemmas & EXPECTED_MARKERS:
        return "expected"
    if lemmas & PLANNED_MARKERS or (verb.tag_ == "VB" and "to" in lemmas and verb.head.lemma_ in PLAN_HEADS) \
            or any(being_prepared(t) for t in chain):
        return "planned"
    return "happened"


def topic_of(token: Token, verb: Token) -> bool:
    """"discussed the plan with Y", "went over the schedule": a plan noun that is what the
    contact was about (the verb's object) marks no plan of the contact itself."""
    return token.pos_ == "NOUN" and token.head.i == verb.i and token.dep_ in {"dobj", "pobj"}


PRESENT_TENSE = {"VBZ", "VBP"}
PRESENT_AUX = {"is", "are", "'s", "'re", "am", "'m"}


def told_in_present(verb: Token, date_expr) -> bool:
    """"On Monday she flies to Washington for talks", "Ruto is hosting Tshisekedi on Friday":
    a contact told in the present tense, simple or progressive, with a bare weekday is a plan
    for the coming weekday; one already held would be told in the past tense."""
    if not isinstance(date_expr, str) or EXPLICIT_RE.search(date_expr) or DISTANT_WEEKDAY.search(date_expr):
        return False
    weekday = WEEKDAY_RE.search(date_expr)
    if weekday is None or (weekday["rel"] or "").lower() == "last":
        return False
    while verb.tag_ == "VB" and verb.dep_ in {"xcomp", "advcl"} and any(c.lower_ == "to" for c in verb.children):
        verb = verb.head  # "is flying to Ottawa on Monday to meet Varga": the tense of the trip
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if verb.tag_ == "VBG":
        return bool(auxes) and all(a.lower_ in PRESENT_AUX for a in auxes)
    return verb.tag_ in PRESENT_TENSE and not auxes


PREPARING_VERBS = {"prepare", "arrange", "organize", "organise", "plan", "schedule", "set", "work"}


def being_prepared(verb: Token) -> bool:
    """"A call between X and Y is being prepared for Wednesday", "talks are being arranged":
    a contact still being readied (progressive passive of a preparing verb) is a plan."""
    return verb.lemma_.lower() in PREPARING_VERBS and any(c.dep_ == "auxpass" and c.lower_ == "being" for c in verb.children)


def channel_class(channel: str) -> str:
    """remote (phone, video, message, unspecified) or in person (meeting, visit)."""
    return "in person" if channel in {"in_person", "visit"} else "remote"
