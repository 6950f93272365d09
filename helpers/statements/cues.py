"""Reporting verbs: which tokens are speech cues, who the speaker (subject) is and who was spoken to.

The cue lexicon and the verb-level rules of the parse (conjoined and participial verbs borrow
their head's subject, a passive cue's speaker is its "by" phrase, a relative pronoun stands for
its noun) live here; ``content`` finds what was said and ``extract`` builds the rows.
"""

from __future__ import annotations

from spacy.tokens import Token

from helpers.statements.antecedents import DOCUMENT_NOUNS
from helpers.statements.impersonal import impersonal_source
from helpers.statements.orphans import (gerund_clause_verb, joined_to_relative, name_after_quoted_cue, prompted_speaker_verb,
                                        shares_head_subject, subject_before_aside)
from helpers.statements.senses import PLEDGE_VERBS, SPEECH_ACT_VERBS, acted_not_said, named_thing, names_it, phoned, pledged_money, speech_act_object
from helpers.statements.stamps import is_clock, past_clock
from helpers.statements.subjects import misparsed_subject

CUE_VERBS = {
    "say", "tell", "warn", "accuse", "add", "state", "insist", "stress", "urge", "note", "claim",
    "deny", "announce", "reiterate", "emphasize", "emphasise", "underline", "underscore", "argue",
    "declare", "explain", "write", "tweet", "comment", "confirm", "caution", "threaten", "promise",
    "pledge", "vow", "assure", "describe", "characterize", "characterise", "criticize", "criticise",
    "denounce", "demand", "respond", "reply", "suggest", "indicate", "complain", "acknowledge",
    "admit", "predict", "conclude", "signal", "report", "allege", "dismiss", "scoff", "brief",
    "reassure", "remind", "inform", "accord", "ask", "reveal", "propose", "cite", "reject", "recall",
    "praise", "mention", "recount", "boast", "concede", "counter", "retort", "quip", "joke", "lament",
    "testify", "blast", "slam", "decry", "hail", "contend", "maintain", "point",
    "observe", "disclose", "rule", "exclaim", "charge", "question", "assert", "affirm", "advise", "tout",
    "label", "echo", "continue", "put", "remark", "condemn", "imply", "hint", "recommend", "brag", "express",
    "encourage", "convey", "reaffirm", "specify", "repeat",
}
# "express" reports speech with a stance as its object: "expressed hope that ...", not "expressed the parcel".
EXPRESSED_STANCES = {"hope", "concern", "support", "regret", "confidence", "doubt", "frustration", "disappointment",
                     "opposition", "gratitude", "sympathy", "condolence", "optimism", "skepticism", "scepticism",
                     "desire", "wish", "willingness", "readiness", "outrage", "anger", "dismay", "alarm", "solidarity",
                     "appreciation", "thanks", "thank", "determination", "commitment", "understanding", "grief",
                     "resolve", "respect", "satisfaction", "surprise", "indignation", "protest", "position",
                     "belief", "conviction", "fear", "worry", "sorrow", "shock", "admiration", "reservation"}
# Verbs that report speech only when what follows is a quotation: '"There is more," he continued',
# 'As the mayor put it, "nobody wants this"' -- not "continued to rise", "put the bill to a vote".
QUOTE_ONLY_VERBS = {"continue", "put"}
# Verbs that report speech only with a clause or a quotation as content, never an object:
# "he continued, 'We will win'" but not "continued the tour"; "pointed out that" but not "pointed".
CLAUSE_ONLY_VERBS = {"maintain", "contend", "counter", "recall", "reveal", "joke", "quip", "boast",
                     "concede", "retort", "mention", "testify", "point", "observe", "rule", "charge",
                     "exclaim", "question", "add", "remark", "imply", "hint", "brag", "specify", "repeat"}
# "call" reports speech with a complement or a clause: "called the plan a disaster", "called for talks".
CALL_COMPLEMENT_DEPS = {"oprd", "ccomp", "xcomp", "attr"}
# Verbs whose object is the person spoken to: "Biden told Putin", "warned his counterpart".
ADDRESSEE_VERBS = {"tell", "ask", "advise", "warn", "urge", "encourage", "assure", "inform", "remind", "caution", "brief", "reassure", "accuse"}
# Heads of "to say" that do not report saying: refusals, wishes, plans, attempts.
NOT_SAID_HEADS = {"decline", "refuse", "fail", "avoid", "refrain", "resist", "hesitate", "want", "plan", "hope", "expect", "try", "need", "seem",
                  "like", "love", "wish", "intend", "mean", "prefer", "dare", "forget", "have", "begin", "start"}
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
RELATIVE_PRONOUNS = {"who", "which", "that"}
SPEAKER_ENTITIES = {"PERSON", "ORG", "NORP", "GPE"}


def is_cue(token: Token) -> bool:
    """A reporting verb, including the phrasal "call on/for" ("Xi called on Germany to ...")."""
    if token.pos_ not in {"VERB", "AUX"} or token.dep_ == "amod":
        return False  # "pledged delegates", "the stated aim": a participle used as an adjective
    if token.tag_ in {"VBN", "VBD"} and token.i > 0 and token.doc[token.i - 1].like_num \
            and not any(c.dep_ in SUBJECT_DEPS for c in token.children):
        return False  # "by 271 pledged delegates", "300 reported cases" parsed as a verb
    lemma = token.lemma_.lower()
    if acted_not_said(token):
        return False  # "voters rejected the accord", "students marched demanding ..."
    if lemma == "call":
        if phoned(token) or named_thing(token):
            return False
        return any(c.dep_ in {"prep", "prt"} and c.lower_ in {"on", "for"} and _call_on_or_for(token, c) or c.dep_ in CALL_COMPLEMENT_DEPS
                   or c.dep_ == "dobj" and names_it(c) or _for_to_clause(c) for c in token.children)
    if lemma in PLEDGE_VERBS and pledged_money(token):
        return False  # "pledged $3 billion to Sudan": aid given, not words
    if lemma == "point":
        return any(c.dep_ == "prt" and c.lower_ == "out" for c in token.children)
    if lemma == "put":
        return any(c.dep_ == "dobj" and c.lower_ == "it" for c in token.children)  # "as X put it"
    if lemma == "continue":  # '"...," he continued', not "the ship would continue its work"
        return not any(c.dep_ in {"dobj", "xcomp"} for c in token.children)
    if lemma == "express":
        # "expressed concern", and in translated copy "has expressed that the Turkish side stands by ..."
        return any(c.dep_ == "dobj" and c.lemma_.lower() in EXPRESSED_STANCES or c.dep_ == "ccomp" and _has_mark_that(c)
                   for c in token.children)
    if lemma == "offer":  # "offered to host talks": an offer made in words, not "offered aid"
        return any(c.dep_ == "xcomp" and has_to(c) for c in token.children)
    if lemma == "request":  # "has requested the supply of grain", "requested that the council meet": an ask
        return any(c.dep_ in {"xcomp", "ccomp"} or c.dep_ == "dobj" and c.lower_ != "anonymity" for c in token.children)
    if lemma == "encourage":  # reported as said ("The minister encouraged both sides to ..."), not "trade encourages kidnapping"
        return token.tag_ in {"VBD", "VBN"}
    if lemma == "make":  # "made clear that ...", "made it clear that ..."
        return any(c.lower_ == "clear" and c.dep_ in {"ccomp", "acomp", "oprd", "xcomp"} for c in token.children)
    if lemma == "rule":
        return any(c.dep_ == "ccomp" for c in token.children)  # "the judge ruled that", not "ruled the country"
    if lemma in SPEECH_ACT_VERBS:
        return speech_act_object(token) is not None
    if lemma == "ask" and any(c.dep_ == "xcomp" and any(g.dep_ == "neg" for g in c.children) for c in token.children):
        return False  # "asked not to be named": a condition of anonymity, not a statement
    if lemma == "declare" and _self_proclaimed(token):
        return False  # "declared himself interim president": an act of taking office, reported as such
    return lemma in CUE_VERBS


TIME_ENTITIES = {"DATE", "TIME"}


def _call_on_or_for(verb: Token, prep: Token) -> bool:
    """"called for talks", "called on Lee to resign": a call in words; not "called each of them on the
    same day" (a date) nor "called on the prime minister at his office" (a visit: "on" with no "to"
    verb saying what was called for)."""
    target = next((g for g in prep.children if g.dep_ == "pobj"), None)
    if target is None or target.ent_type_ in TIME_ENTITIES:
        return prep.dep_ == "prt"
    if prep.lower_ == "for":
        return True
    return any(c.dep_ in {"xcomp", "ccomp", "advcl"} and c.i > prep.i for c in verb.children) \
        or any(t.pos_ == "VERB" and has_to(t) for t in target.subtree)


def _for_to_clause(clause: Token) -> bool:
    """"called for the president to resign" parsed as a clause marked by "for" with a "to" verb."""
    return clause.dep_ == "advcl" and clause.i > clause.head.i and any(c.dep_ == "mark" and c.lower_ == "for" for c in clause.children) \
        and has_to(clause)


def has_to(verb: Token) -> bool:
    """Whether a verb has the infinitive marker "to" ("to say", "to talk about")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _has_mark_that(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


REFLEXIVES = {"himself", "herself", "themselves", "itself"}


def _self_proclaimed(verb: Token) -> bool:
    """"declared herself the winner", parsed with the reflexive as object or as a clause's subject."""
    return any(c.lower_ in REFLEXIVES and c.dep_ == "dobj" for c in verb.children) or any(
        c.dep_ in {"ccomp", "oprd", "xcomp"} and any(g.lower_ in REFLEXIVES and g.dep_ == "nsubj" for g in c.children)
        for c in verb.children)


def find_subject(verb: Token) -> Token | None:
    """The subject of a reporting verb; a conjoined or adverbial verb borrows its head's."""
    if verb.lemma_.lower() == "ask" and not any(c.dep_ == "nsubj" for c in verb.children) \
            and (verb.tag_ == "VBN" or verb.dep_ == "advcl" and verb.i < verb.head.i) or asked_aside(verb):
        return None  # "Asked about the vote, he said ...": the question was put to him, by a reporter
    aside = _aside_before(verb)
    if aside is not None:
        return next(c for c in aside.children if c.dep_ == "nsubj")  # "Lee, asked about it, said ...": Lee said
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) > 1 and any(is_clock(c) for c in subjects):
        subjects = [c for c in subjects if not is_clock(c)]  # "0610 GMT: the agency says": the stamp is no subject
        return None if not subjects else subjects[0] if len(subjects) == 1 else find_subject_among(subjects, verb)
    if len(subjects) > 1:
        return find_subject_among(subjects, verb)
    named = _name_beside_quote(verb, subjects[0] if subjects else None)
    if named is not None:
        return named
    for child in verb.children:
        if child.dep_ == "nsubj" and child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            return _relative_antecedent(child, verb)
        if child.dep_ == "nsubjpass":
            # "Carson was asked whether ...": the subject was spoken to; "it was informed that ...": the source's own voice
            return passive_agent(verb) or impersonal_source(verb, child)
        if child.dep_ in SUBJECT_DEPS and child.lower_ not in {"it", "there"} | {"that", "which"}:
            return past_clock(misparsed_subject(child, verb))
        if child.dep_ == "nsubj" and child.lower_ == "it" and not _expletive(verb):
            return child  # "it said", "it also announced that" (an organisation, resolved later)
    after_quote = _subject_after_quote(verb)
    if after_quote is not None:
        return after_quote
    if verb.dep_ in {"conj", "advcl"} and verb.head != verb:
        # Coordinated and participial verbs share the subject: "thanked Scholz and said ...",
        # "raised its warning, saying ...".
        # Not from a verb inside another's content: "said an invasion could happen and urged ..."
        # gives "urged" to the speaker of "said", not to "an invasion".
        if verb.dep_ == "conj" and is_cue(verb.head) and verb.head.dep_ == "ccomp" and is_cue(verb.head.head):
            return find_subject(verb.head)  # "The statement said Lavrov urged restraint and warned ...": Lavrov warned
        if _joins_main_clause(verb):
            return find_subject(verb.head.head)  # "Lee phoned Kim, hours after the vote ended, and told him ...": Lee told
        if verb.dep_ == "conj" and _time_clause_with_subject(verb.head):
            return find_subject(verb.head)  # "when he brought up the bombing and later said, ...": he said
        if verb.head.pos_ not in {"VERB", "AUX"} or verb.head.dep_ in {"ccomp", "relcl", "acl", "advcl", "xcomp"}:
            clause = _reported_clause_of_participle(verb)
            reporting = clause.dep_ == "ccomp" and is_cue(clause.head)
            if reporting and clause.head.i > verb.i and verb.head.pos_ == "VERB":
                # "Lee met Kim and urged restraint, his spokesman said": the reported actor urged
                return find_subject(verb.head)
            if not reporting and (shares_head_subject(verb) or joined_to_relative(verb) or verb.dep_ == "conj" and is_cue(verb.head)):
                return find_subject(verb.head)  # "X went on the attack, saying ...", "Lee, who came and endorsed ..."
            return find_subject(clause.head) if reporting else None
        return find_subject(verb.head)
    if named_participle(verb):
        return verb.head  # "Ann Lee, the mayor, ..., saying she would ..." parsed as a phrase on the name
    inverted = _inverted_subject(verb)
    if inverted is not None:
        return inverted
    if verb.dep_ == "xcomp" and verb.head != verb and verb.head.lemma_.lower() in CUE_VERBS:
        return find_subject(verb.head)
    caused = _caused_speaker(verb)
    if caused is not None:
        return caused
    if verb.dep_ == "xcomp" and verb.head.pos_ == "VERB" and verb.head.lemma_.lower() not in NOT_SAID_HEADS \
            and not any(c.dep_ == "neg" for c in verb.head.children):
        return find_subject(verb.head)  # "interjected to say", "took to Twitter to say", "went on to say"
    owner = gerund_clause_verb(verb) or prompted_speaker_verb(verb)
    if owner is not None:
        return find_subject(owner)  # "responded by saying", "erred in saying", "was quick to add"
    return subject_before_aside(verb) or name_after_quoted_cue(verb)  # "Ann Lee, who ran the port, said"; '"...," said Lee'


def _reported_clause_of_participle(verb: Token) -> Token:
    """The clause a verb hangs on; for a participle after a comma ('said Kim will have to choose,
    saying ...'), climbed up through "to" verbs to the reported clause itself ("have", not "choose"),
    so that the participle goes with the reporter, as it does right under the clause."""
    clause = verb.head
    if verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.i > 0 and verb.doc[verb.i - 1].text == ",":
        while clause.dep_ == "xcomp" and clause.head != clause:
            clause = clause.head
    return clause


TIME_MARKERS = {"when", "after", "before", "as", "while", "once", "since", "until"}


def _time_clause_with_subject(head: Token) -> bool:
    """A time clause with a subject of its own ("when he arrived"), outside anyone's content:
    a verb joined to it by "and" shares that subject."""
    return head.dep_ == "advcl" and head.pos_ == "VERB" and any(c.dep_ == "nsubj" for c in head.children) \
        and any(c.dep_ in {"advmod", "mark"} and c.lower_ in TIME_MARKERS and c.i < head.i for c in head.children) \
        and not _embedded_in_content(head)


def _embedded_in_content(token: Token) -> bool:
    return any(t.dep_ in {"ccomp", "relcl", "acl", "pcomp", "xcomp"} for t in token.ancestors if t != t.head)


def _joins_main_clause(verb: Token) -> bool:
    """", and told him ..." hung by the parser on the clause just before it, a time clause ("hours after
    the talks ended") set off by commas: the verb goes with the sentence's main verb."""
    head = verb.head
    doc = verb.doc
    return verb.dep_ == "conj" and head.dep_ == "advcl" and head.head.dep_ == "ROOT" and head.head.pos_ == "VERB" \
        and any(c.dep_ == "mark" for c in head.children) and verb.i >= 2 and doc[verb.i - 1].lower_ == "and" \
        and doc[verb.i - 2].text == "," and doc[head.left_edge.i - 1].text == ","


def asked_aside(verb: Token) -> bool:
    """"A source, asked whether ..., declined to comment": "asked" between commas after its
    subject is a question put to the subject (parsed as the main verb, the real one as its clause)."""
    doc = verb.doc
    if verb.lemma_.lower() != "ask" or verb.i == 0 or doc[verb.i - 1].text != ",":
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None:
        return False
    if any(c.dep_ in {"ccomp", "conj"} and c.pos_ == "VERB" and c.i > verb.i and doc[c.left_edge.i - 1].text == ","
           for c in verb.children):
        return True  # the main verb hung on "asked"
    after = verb.right_edge.i + 1
    closed = doc[verb.right_edge.i].text == "," or after < len(doc) and doc[after].text == ","
    return closed and verb.dep_ in {"ccomp", "advcl", "parataxis"} and verb.head.i > verb.i and verb.head.pos_ == "VERB"


def _aside_before(verb: Token) -> Token | None:
    """The "asked" aside of this verb's subject, when the parser hung one on the other."""
    if any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    if verb.dep_ in {"ccomp", "conj"} and verb.head.i < verb.i and asked_aside(verb.head):
        return verb.head
    return next((c for c in verb.children if c.dep_ in {"ccomp", "advcl"} and c.i < verb.i and asked_aside(c)), None)


# Heads whose object is made to speak: "prompted the administration to warn", "led officials to say".
CAUSATIVE_HEADS = {"prompt", "lead", "force", "cause", "spur", "compel", "drive", "push", "move", "inspire", "provoke"}


def _caused_speaker(verb: Token) -> Token | None:
    """"The build-up prompted the administration to warn ...": the speaker is the object, not the cause."""
    if verb.dep_ != "xcomp" or verb.head.lemma_.lower() not in CAUSATIVE_HEADS:
        return None
    return next((c for c in verb.head.children if c.dep_ == "dobj"), None)


QUOTE_MARKS = {'"', "''", "\u201d", "\u201c", "``"}


FINITE_TAGS = {"VBD", "VBZ", "VBP"}


def _name_beside_quote(verb: Token, subject: Token | None) -> Token | None:
    """A name the parser lost between a closing quotation mark and the cue.

    '"It is a battle," said Ann Lee, who heads ...': "said" got no subject (the name went to a
    later verb); '"Very good," Trump, the front-runner, said': the subject taken is a word of the
    quotation, with the name in apposition.
    """
    doc = verb.doc
    if subject is not None and subject.i > verb.i:
        return None
    if verb.tag_ not in FINITE_TAGS:
        return None  # '"that person," telling Fox 35': a participle's next name is whom it told
    if subject is None and verb.i + 1 < len(doc) and verb.i > 0 and doc[verb.i - 1].text in QUOTE_MARKS:
        name = _name_head(doc[verb.i + 1])
        return name if name is not None and name.dep_ not in {"dobj", "dative", "pobj"} else None
    if subject is None or subject.i > verb.i:
        return None
    marks = [t.i for t in doc[subject.i:verb.i] if t.text in QUOTE_MARKS]
    if not marks or marks[-1] + 1 >= verb.i:
        return None
    return _name_head(doc[marks[-1] + 1]) if doc[marks[-1] - 1].text == "," or doc[marks[-1] - 1].is_punct else None


def _name_head(token: Token) -> Token | None:
    """The proper name starting at ``token`` ("David Brock" -> Brock), or None."""
    while token.dep_ == "compound" and token.head.i > token.i:
        token = token.head
    return token if token.pos_ == "PROPN" and token.ent_type_ not in {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY"} else None


def _subject_after_quote(verb: Token) -> Token | None:
    """'"...," Mr. Dalton, now 81 and retired, said': the parser hung "said" on the quotation's verb
    and gave the name to "retired"; the speaker is the subject between the closing mark and the cue."""
    if verb.dep_ != "conj" or verb.head.i >= verb.i:
        return None
    marks = [t.i for t in verb.doc[verb.head.i:verb.i] if t.text in QUOTE_MARKS]
    if not marks:
        return None
    between = [t for t in verb.doc[marks[-1] + 1:verb.i] if t.dep_ == "nsubj" and t.pos_ in {"PROPN", "NOUN"}]
    return between[0] if between else None


def find_subject_among(subjects: list[Token], verb: Token) -> Token:
    """Of two subjects, the speaker.

    '"Anybody who attacks him ...," said Ann Lee': the inverted one speaks; "Ankara (AFP) -
    Minister Lee urged ...": a dateline taken as a second subject, the nearer one speaks (but
    not the last item of a list or apposition: "voters in Ohio, Iowa and Utah said").
    """
    last = subjects[-1]
    joined = last.left_edge.i > 0 and verb.doc[last.left_edge.i - 1].lower_ in {",", "and", "or"}
    return last if last.i > verb.i or not joined else subjects[0]


def _inverted_subject(verb: Token) -> Token | None:
    """'"The risk," said Hal Moser, "is that ..."': the name right after the verb, parsed as the
    subject of the quotation's second half, is the speaker."""
    if verb.dep_ != "parataxis" or verb.i + 1 >= len(verb.doc):
        return None
    following = verb.doc[verb.i + 1]
    while following.dep_ == "compound" and following.head.i > following.i:
        following = following.head
    if following.dep_ == "nsubj" and following.head == verb.head and following.pos_ == "PROPN":
        return following
    return None


def named_participle(verb: Token) -> bool:
    """A reporting participle hanging on a named speaker: "Lee, a lawyer, saying she would ..."."""
    return verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.ent_type_ in SPEAKER_ENTITIES and verb.head.pos_ == "PROPN"


def _relative_antecedent(pronoun: Token, verb: Token) -> Token | None:
    """"said Ana Ruiz, who noted that ..." -> Ruiz; "a statement, which said ..." -> statement.

    "who" always stands for its noun; "which" and "that" only for a document or a named
    organisation or place ("the ministry, which said"), not for "the plan that said nothing".
    """
    head = verb.head
    if head.pos_ not in {"NOUN", "PROPN"}:
        return None
    if pronoun.lower_ == "who" or head.lemma_.lower() in DOCUMENT_NOUNS or head.ent_type_ in {"ORG", "GPE", "NORP"}:
        return head
    return None


def _expletive(verb: Token) -> bool:
    """"It is said that", "it appears that": a dummy "it" with no speaker behind it."""
    return verb.lemma_.lower() in {"be", "seem", "appear"} or any(c.dep_ in {"auxpass", "acomp"} for c in verb.children)


# Cues of an impersonal passive in translated official copy: "It was informed that ...", "it was stressed".
def passive_agent(verb: Token) -> Token | None:
    """The speaker of a passive cue is its "by" phrase: "was dismissed by the media" -> media."""
    for child in verb.children:
        if child.dep_ == "agent":
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None


def _is_addressee(token: Token, verb: Token) -> bool:
    """The person spoken to ("urged Moscow to ..."), not what was urged ("urged calm", "urged restraint")."""
    if token.head != verb or token.dep_ not in {"dobj", "dative", "iobj"} or verb.lemma_.lower() not in ADDRESSEE_VERBS:
        return False
    return not is_urged_thing(token, verb)


# Verbs whose bare common-noun object is the thing called for: "urged calm", "urged restraint".
THING_URGED_VERBS = {"urge", "advise", "encourage"}


def is_urged_thing(obj: Token, verb: Token) -> bool:
    """"urged restraint": a common noun with no name and no "to ..." after it is what was urged."""
    # ("calm" is often tagged an adjective: "urged calm and said ...")
    return verb.lemma_.lower() in THING_URGED_VERBS and obj.dep_ == "dobj" and obj.pos_ in {"NOUN", "ADJ"} and not obj.ent_type_ \
        and not any(c.dep_ in {"xcomp", "ccomp"} for c in verb.children)


def find_addressee(verb: Token) -> Token | None:
    """The person spoken to: object of tell/warn/urge..., or of "to" after say."""
    for child in verb.children:
        if _is_addressee(child, verb):
            return child
    return None
