"""Topic cues: statements reported by what they were about, not by a clause.

"Lee talked about the budget", "she spoke of her childhood", "he boasted of his record",
"Kim mentioned the strike", "the senator pointed to the poll", "he referred to the plan":
the cue has no "that" clause and no quotation, and what was said is the noun phrase it
names. The speaker is the cue's subject, found as for any reporting verb (``cues.find_subject``).

Not a topic cue: a conversation's purpose ("met to talk about trade" is what a meeting was
for), a refusal ("declined to talk about it", "did not mention him"), a topic named inside
someone else's statement ("Lee said Kim spoke of ..."), or a time ("spoke for about an hour").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from helpers.statements.cues import NOT_SAID_HEADS, find_subject, has_to, is_cue
from helpers.docarrays import tokens_passing
from helpers.statements.quotes import Quote

# Verbs of speaking or writing with the preposition that names their topic.
TOPIC_PREPOSITIONS = {
    "talk": {"about", "of"}, "speak": {"about", "of"}, "boast": {"about", "of"}, "brag": {"about", "of"},
    "write": {"about", "of"}, "tweet": {"about"}, "testify": {"about"}, "complain": {"about", "of"},
    "joke": {"about"}, "rant": {"about"}, "muse": {"about"}, "reminisce": {"about"}, "rail": {"against"},
    "refer": {"to"}, "point": {"to"}, "allude": {"to"}, "comment": {"on"}, "apologize": {"for"}, "apologise": {"for"},
}
# Verbs whose direct object is the topic: "mentioned the strike", "referenced the report".
TOPIC_OBJECT_VERBS = {"mention", "reference", "cite", "detail", "outline"}  # "outlined her plan", "detailed the proposals"
# "talked up his plans", "talked down the risk": a particle that makes the object the topic.
TOPIC_PARTICLES = {"talk": {"up", "down"}, "speak": {"out"}}
NOT_TOPIC_ENTITIES = {"DATE", "TIME", "CARDINAL", "QUANTITY", "PERCENT"}
TOPIC_POS = {"NOUN", "PROPN", "VERB", "NUM"}
# Dependencies by which a verb is part of what its head said: "said Kim spoke of ...".
CONTENT_DEPS = {"ccomp", "parataxis", "xcomp"}
# Pronouns that stand for a thing here: "it points to a change", "this refers to ...".
THING_PRONOUNS = {"it", "this", "that", "which"}
# People described by what they are, who may talk about things ("the lawyers pointed to ..."),
# besides the names, roles and institutions any statement accepts.
TOPIC_SPEAKER_NOUNS = {"lawyer", "attorney", "advocate", "critic", "supporter", "opponent", "voter", "activist", "protester",
                       "lawmaker", "candidate", "delegate", "adviser", "advisor", "strategist", "campaign", "economist",
                       "scientist", "researcher", "doctor", "judge", "prosecutor", "mayor", "organizer", "resident", "worker"}


def topic_statements(sent: Span, quotes: list[Quote]):
    """Rows for topic cues in one sentence: cue = the verb's lemma, content = the topic phrase."""
    for verb in tokens_passing(sent, lambda a, i: a.pos[i] == "VERB"):
        if verb.pos_ != "VERB" or any(c.dep_ == "neg" for c in verb.children):
            continue
        if any(q.start <= verb.idx < q.end for q in quotes) or not _reported_by_narrator(verb):
            continue
        topic = topic_of(verb)
        if topic is None or not (reported_as_past(verb) or _simple_present(verb)) or _conversation(verb):
            continue
        subject = find_subject(verb)
        if subject is None:
            continue
        end = _with_as_phrase(verb, topic).right_edge
        yield {"cue": verb.lemma_.lower(), "cue_token": verb, "speaker": subject,
               "content": (topic.left_edge.idx, end.idx + len(end.text)), "addressee": None, "how": "subject",
               "topic": True}


def topic_of(verb: Token) -> Token | None:
    """The head of what ``verb`` was about: the object of its topic preposition, or its object."""
    lemma = verb.lemma_.lower()
    if lemma in TOPIC_OBJECT_VERBS:
        return next((c for c in verb.children if c.dep_ == "dobj" and _is_topic(c)), None)
    if lemma in TOPIC_PARTICLES and any(c.dep_ == "prt" and c.lower_ in TOPIC_PARTICLES[lemma] for c in verb.children):
        obj = next((c for c in verb.children if c.dep_ == "dobj" and _is_topic(c)), None)
        if obj is not None:
            return obj  # "talked up his plans"
    wanted = TOPIC_PREPOSITIONS.get(lemma)
    if not wanted:
        return None
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in wanted:
            obj = next((g for g in prep.children if g.dep_ in {"pobj", "pcomp"}), None)
            if obj is not None and _is_topic(obj):
                return prep if obj.dep_ == "pcomp" and obj.tag_ != "VBG" else obj
    return None


def _is_topic(token: Token) -> bool:
    """A phrase that can be talked about: not a time or an amount ("spoke for about an hour"),
    not a bare pronoun ("mentioned him") or an adverb ("talks about most")."""
    return token.ent_type_ not in NOT_TOPIC_ENTITIES and token.pos_ in TOPIC_POS or token.lower_ in {"what", "how", "whether"}


def _with_as_phrase(verb: Token, topic: Token) -> Token:
    """"referred to the plan as ''a disgrace''": the "as" phrase is part of what was said."""
    phrase = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" and c.i > topic.i), None)
    return phrase if phrase is not None else topic


MODALS = {"will", "would", "'ll", "shall", "may", "might", "could", "can", "should", "must"}
MAX_HEAD_STEPS = 3


def reported_as_past(verb: Token) -> bool:
    """Told as something already said: "talked about", "has spoken of", "was pointing to", and a
    participle on such a verb ("..., speaking of the attacks"). Not "will speak about Libya" (not
    yet said), nor the present tense, which in news copy is mostly a quotation whose marks were
    stripped ('The envoys agree, the diplomat said. They are talking about the first step.')."""
    verb = _reporter_of_participle(verb) or verb
    for _ in range(MAX_HEAD_STEPS):
        auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
        if any(a.lower_ in MODALS for a in auxes):
            return False
        if verb.tag_ == "VBD" or any(a.tag_ == "VBD" or a.lemma_ == "have" for a in auxes):
            return True
        open_form = verb.tag_ == "VBG" and not auxes or verb.tag_ == "VB" and any(a.lower_ == "to" for a in auxes)
        if not open_form or verb.head is verb or verb.dep_ not in {"advcl", "conj", "xcomp", "pcomp", "acl"}:
            return False
        verb = verb.head if verb.dep_ != "pcomp" else verb.head.head  # "opened by talking about": "opened"
    return False


def _simple_present(verb: Token) -> bool:
    """"Ruiz talks about a revolution", "the lawyers point to the ruling": the present of what a
    speaker keeps saying, told in the writer's voice (a main clause, no auxiliary). Not the
    progressive ("They are talking about a first step"), mostly a quotation whose marks were stripped."""
    return verb.tag_ in {"VBZ", "VBP"} and verb.dep_ in {"ROOT", "conj"} and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)


def _reporter_of_participle(verb: Token) -> Token | None:
    """"Lee said the focus on trade is hurting Kim, pointing to the vote": a participle closing a
    reported clause is the reporter's act, told in the tense of the cue ("said"), not of the clause."""
    head = verb.head
    if verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.i > head.i and head.dep_ == "ccomp" and is_cue(head.head) \
            and head.head.i < head.i and verb.doc[verb.i - 1].text == ",":
        return head.head
    return None


def _conversation(verb: Token) -> bool:
    """"spoke with Lavrov about the crisis": a conversation (a contact), whose topic is not a statement."""
    return any(c.dep_ == "prep" and c.lower_ == "with" and any(g.dep_ == "pobj" for g in c.children) for c in verb.children)


def _reported_by_narrator(verb: Token) -> bool:
    """The cue is the article's own report, not inside another cue's content ("Lee said Kim spoke
    of ..."), nor what a meeting or a refusal was about ("met to talk about", "declined to talk about")."""
    if verb.tag_ == "VB" and not any(c.dep_ == "aux" for c in verb.children):
        return False  # "have him speak about ...": a wish or an order, not something said
    child = verb
    while child.dep_ in CONTENT_DEPS | {"conj"} and child.head is not child:
        if child.dep_ in CONTENT_DEPS and is_cue(child.head):
            return False
        child = child.head
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in NOT_SAID_HEADS:
        return False
    if verb.dep_ == "advcl" and verb.tag_ == "VB" and has_to(verb):
        return False  # "met with Lee to talk about trade": a purpose
    return True
