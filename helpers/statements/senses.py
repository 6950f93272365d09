"""Which reading of a verb with several senses reports speech.

"called him a liar" (words) against "called the president to assure him" (a phone call);
"pledged that aid would flow" against "pledged $3 billion" (money); "attacked Rubio for ..."
against "forces attacked the town"; "welcomed the truce" against "welcomed the delegation".
"""

from __future__ import annotations

from spacy.tokens import Token

# Speech acts whose content is their object: "attacked Rubio for ...", "endorsed Clinton".
SPEECH_ACT_VERBS = {"attack", "endorse", "welcome", "defend", "blame", "applaud", "thank", "mock", "compare", "lash", "ridicule",
                    "chide", "scold", "rebuke", "commend", "congratulate", "fault", "belittle", "disparage", "berate",
                    "lambast", "lambaste", "excoriate", "chastise", "castigate", "deride", "denigrate"}
FORCE_AMBIGUOUS_VERBS = {"attack", "defend"}
# What one welcomes in words: a decision or an agreement, not guests.
WELCOMED_THINGS = {"truce", "ceasefire", "deal", "agreement", "accord", "decision", "move", "step", "announcement", "news",
                   "release", "vote", "ruling", "resolution", "report", "plan", "proposal", "initiative", "talks", "outcome",
                   "result", "progress", "election", "verdict", "commitment", "pledge", "offer", "efforts", "effort"}
# Objects that are someone's words or positions: "defended his remarks", "attacked her record".
SPEECH_OBJECTS = {"remark", "remarks", "comment", "comments", "statement", "record", "policy", "policies", "decision",
                  "position", "plan", "proposal", "claim", "claims", "view", "views", "stance", "speech", "tweet", "tweets",
                  "words", "rhetoric", "approach", "handling", "response", "commitment", "campaign"}


def speech_act_object(token: Token) -> Token | None:
    """The object of a speech act reported by its target: "attacked Rubio for ...", "endorsed
    Clinton", "thanked him for ...", "lashed out at Khan", "defended his remarks".

    "attack" and "defend" are also verbs of force ("forces attacked the town"), so they count
    only with a person, a pronoun or someone's words as object.
    """
    lemma = token.lemma_.lower()
    if lemma == "lash":
        if not any(c.dep_ == "prt" and c.lower_ == "out" for c in token.children):
            return None
        return next((g for c in token.children if c.dep_ == "prep" and c.lower_ == "at" for g in c.children if g.dep_ == "pobj"), None)
    obj = next((c for c in token.children if c.dep_ == "dobj"), None)
    if lemma == "compare" and obj is not None and obj.lower_ == "notes":
        return None  # "compared notes over a video link": a conversation, not a comparison said
    if lemma == "welcome":  # "welcomed the truce", not "welcomed Lee" or "welcomed the delegation" (a reception)
        return obj if obj is not None and obj.pos_ == "NOUN" and not obj.ent_type_ and obj.lemma_.lower() in WELCOMED_THINGS else None
    if obj is None or lemma not in FORCE_AMBIGUOUS_VERBS:
        return obj
    personal = obj.ent_type_ == "PERSON" or obj.pos_ == "PRON" or obj.lemma_.lower() in SPEECH_OBJECTS
    return obj if personal else None


PLEDGE_VERBS = {"pledge", "promise", "vow"}


def pledged_money(verb: Token) -> bool:
    """"pledged about $1 billion in aid": a sum as the only object, no clause of what was promised."""
    return any(c.dep_ == "dobj" and c.ent_type_ == "MONEY" for c in verb.children) \
        and not any(c.dep_ in {"ccomp", "xcomp"} for c in verb.children)


PERSON_OBJECT_POS = {"PROPN", "PRON"}


def phoned(verb: Token) -> bool:
    """"called the Georgian president to assure him ...", "called Dagalo, the paramilitary chief":
    a person rung up (with the call's purpose or the person's description), not "called him a liar"
    or "called on Lee to resign"."""
    if any(c.dep_ in {"prep", "prt"} and c.lower_ in {"on", "for"} for c in verb.children):
        return False
    if _person_rung_up(verb):
        return True
    # the person rung up, also when parsed as the predicate of "called" ("called Ann Lee, the envoy")
    obj = next((c for c in verb.children if c.dep_ in {"dobj", "oprd"} and (c.ent_type_ in {"PERSON", "GPE", "ORG"}
                or c.pos_ in PERSON_OBJECT_POS or c.lemma_.lower() in PERSON_ROLES)), None)
    if obj is None:
        return False
    # "called her to say they would not vote ...": a call whose words are reported is a statement
    purpose = any(c.dep_ == "xcomp" and c.lemma_.lower() not in {"say", "tell"}
                  and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in verb.children)
    # one description set off by a comma, and no name given after it ("called Lee, his rival, a 'fraud'")
    appositions = [c for c in obj.children if c.dep_ == "appos"]
    described = len(appositions) == 1 and obj.doc[appositions[0].left_edge.i - 1].text == "," \
        and not any(c.dep_ == "appos" for c in appositions[0].children) and not any(t.is_quote for t in obj.subtree)
    return (purpose or described) and not any(c.dep_ in {"oprd", "ccomp", "attr"} and c.i != obj.i for c in verb.children)


def _person_rung_up(verb: Token) -> bool:
    """"A year later, Mr. Lee called Ana Ruiz.": a name as the only complement, parsed as the
    predicate of "called" (not "called it Xanadu", "called him a liar")."""
    rest = [c for c in verb.children if c.dep_ in {"dobj", "oprd", "ccomp", "xcomp", "attr", "dative"}]
    if len(rest) != 1 or rest[0].dep_ != "oprd" or rest[0].pos_ != "PROPN" \
            or any(t.is_quote for t in verb.doc[verb.i:rest[0].right_edge.i + 2]) or rest[0].right_edge.i + 1 >= len(verb.doc):
        return False
    after = verb.doc[rest[0].right_edge.i + 1]
    # "called Ecevit at dawn and again at noon": the name, then when or where the call was made
    return after.is_punct or after.pos_ in {"ADP", "CCONJ", "ADV"} and not after.is_quote or after.ent_type_ in {"DATE", "TIME"}


def named_thing(verb: Token) -> bool:
    """"a group called Our Principles", "the so-called deal": "called" naming a thing, not a speaker calling it so."""
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        return True
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.i != verb.i - 1 or not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in subject.children):
        return False
    # the name as the predicate, or as the subject of the sentence's real verb ("a group called Our Future is ...")
    names = [c for c in verb.children if c.dep_ == "oprd"] + \
        [g for c in verb.children if c.dep_ == "ccomp" for g in c.children if g.dep_ == "nsubj" and g.left_edge.i == verb.i + 1]
    return any(n.pos_ == "PROPN" for n in names)


# Objects of "call" that are people: "called the president to ...".
PERSON_ROLES = {"president", "minister", "leader", "counterpart", "chancellor", "king", "premier", "secretary", "governor", "mayor"}


def names_it(obj: Token) -> bool:
    """"called his actions 'a crucial step'", "called him a liar": the object is given a name
    (an apposition or a quotation right after it), unlike "called the police"."""
    doc = obj.doc
    after = obj.right_edge.i + 1
    # the quoted name parsed into the object: "called her handling of the files 'extremely careless'"
    inside = any(t.is_quote and t.i > obj.i and t.i + 1 <= obj.right_edge.i and not doc[t.i + 1].is_punct for t in obj.subtree)
    return inside or any(c.dep_ == "appos" for c in obj.children) or _quote_opens(doc, after) \
        or _named_before_quote(obj) or _quote_after_aside(doc, after)


def _quote_opens(doc, i: int) -> bool:
    return i + 1 < len(doc) and doc[i].is_quote and not doc[i + 1].is_punct


def _named_before_quote(obj: Token) -> bool:
    """"called Lee “the chancellor of the free world”" misparsed with the name inside the object
    before the quotation: a name or pronoun right before an opening quote inside the object."""
    doc = obj.doc
    return any(t.is_quote and obj.left_edge.i < t.i < obj.right_edge.i and doc[t.i - 1].pos_ in {"PROPN", "PRON"}
               and _quote_opens(doc, t.i) for t in obj.subtree)


MAX_ASIDE_TOKENS = 5


def _quote_after_aside(doc, i: int) -> bool:
    """"calling him, among other things, “a failed candidate”": a short aside set off by commas,
    then the quoted name."""
    if i >= len(doc) or doc[i].text != ",":
        return False
    for j in range(i + 1, min(len(doc) - 1, i + MAX_ASIDE_TOKENS + 2)):
        if doc[j].pos_ in {"VERB", "AUX"} or doc[j].is_quote:
            return False
        if doc[j].text == ",":
            return _quote_opens(doc, j + 1)
    return False


# A ballot's result is an act of voting, not words: "voters rejected the accord", "the deal was
# rejected by 54,000 votes"; a demand carried by a march is a protest: "students marched demanding ...".
ELECTORATE_NOUNS = {"voter", "voters", "electorate", "electors", "referendum"}
VOTE_VERBS = {"reject", "approve", "back", "endorse", "support", "oppose", "choose", "elect", "deny"}
MARGIN_NOUNS = {"vote", "votes", "point", "points", "percent", "margin", "majority"}
PROTEST_VERBS = {"march", "rally", "protest", "demonstrate", "gather", "parade", "chant", "converge", "stream"}


def acted_not_said(verb: Token) -> bool:
    """The cue verb reports a vote or a street protest, not a statement."""
    lemma = verb.lemma_.lower()
    if lemma in VOTE_VERBS:
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if any(s.lower_ in ELECTORATE_NOUNS or s.ent_type_ == "NORP" and s.tag_ == "NNPS" for s in subjects):
            return True
        margins = (g for c in verb.children if c.dep_ in {"prep", "agent"} and c.lower_ == "by" for g in c.subtree)
        if any(g.lower_ in MARGIN_NOUNS for g in margins):
            return True
    if lemma in VOTE_VERBS and verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "vote":
        return True  # "the council voted to endorse the measures": a ballot
    return verb.tag_ == "VBG" and verb.dep_ in {"advcl", "xcomp", "conj"} and verb.head.lemma_.lower() in PROTEST_VERBS
