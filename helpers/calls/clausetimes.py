"""The time a contact's clause takes from the clause it hangs on.

A contact told in a "when" clause is at the time that clause describes: "a far cry from
August, when the two men met", "he was in Islamabad last September, when they met",
"the war two Novembers ago, when X flew to Cairo and met Y": the time words just before
", when" date it (an earlier contact, not the day the narrative is at).

A contact told in an "after"/"before" clause counted in days is that many days before or after
its main clause: "X's trip came a day after Y spoke to him" puts the call a day before the
trip (the narrative's day), whatever attachment the parser gave "a day".
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from helpers.calls.dates import DISTANT_WEEKDAY, MONTHS

LINKS = {"advcl", "xcomp", "conj"}  # "flew to Cairo to meet Y", "flew to Cairo and met Y": one clause
MONTHS_AGO = re.compile(rf"\b(?:two|three|four|five|\d)\s+(?:{'|'.join(MONTHS)})e?s\s+ago$", re.I)
COUNT_WORDS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}


def when_head(verb: Token) -> Token | None:
    """The "when" that opens the relative or adverbial clause of the contact's verb."""
    for clause in _clause_chain(verb):
        if clause.dep_ in {"relcl", "advcl"}:
            found = next((c for c in clause.children if c.lower_ == "when" and c.i < clause.i), None)
            if found is not None:
                return found
    return None


def _clause_chain(verb: Token, steps: int = 2) -> list[Token]:
    """The verb, and the verbs it is joined to as purpose or coordination ("flew ... to meet")."""
    chain = [verb]
    while len(chain) <= steps and chain[-1].dep_ in LINKS and chain[-1].head != chain[-1]:
        chain.append(chain[-1].head)
    return chain


def when_time(sent: Span, verb: Token, entities: list[Span]) -> str | None:
    """The time words that stand right before ", when" of the contact's clause, or None."""
    when = when_head(verb)
    if when is None or when.i <= sent.start:
        return None
    end = when.i - 1 if sent.doc[when.i - 1].is_punct else when.i
    for ent in entities:
        if ent.label_ == "DATE" and ent.end == end:
            lead = sent.doc[ent.start - 1] if ent.start > sent.start else None
            return f"{lead.text} {ent.text}" if lead is not None and lead.pos_ == "ADP" else ent.text
    before = sent.doc[max(sent.start, end - 4):end].text
    found = MONTHS_AGO.search(before)
    return found.group(0) if found else None


def days_before_main(verb: Token) -> tuple[str, Token] | None:
    """"X's trip came a day after Y spoke to him": the contact of the "after" clause is that many
    days before its main clause ("a day earlier"), of a "before" clause that many after; with
    the token of the amount ("day")."""
    if verb.dep_ != "advcl":
        return None
    for link in verb.children:
        if link.dep_ != "mark" or link.lower_ not in {"after", "before"}:
            continue
        # "came three days after Y hosted him": the parser may hang the amount on the verb itself
        for amount in [*link.children, *(c for c in verb.children if c.i < link.i)]:
            count = next((COUNT_WORDS[c.lower_] for c in amount.children if c.lower_ in COUNT_WORDS), None)
            if amount.dep_ == "npadvmod" and amount.lemma_.lower() == "day" and count:
                unit = "a day" if count == 1 else f"{count} days"
                return f"{unit} {'earlier' if link.lower_ == 'after' else 'later'}", amount
    return None


# "US officials said on Tuesday", "the talks would resume on Friday": a day of what is said or
# planned, not one the story has reached; a later contact told without a day is not on it
SAYING_VERBS = {"say", "tell", "add", "announce", "report", "state", "confirm", "note", "declare", "insist"}
PLAN_VERBS = {"expect", "plan", "schedule", "intend", "hope", "agree", "promise", "want"}
AHEAD_VERBS = {"expect", "schedule"}  # "is expected in Seoul on Thursday": the day itself is ahead


def told_or_planned(day: Span) -> bool:
    """Whether day words hang on a verb of saying, on a verb with a modal ("would resume on
    Friday"), on one a plan governs ("is due to meet on Monday") or on a participle that
    describes a noun ("the summit held on 12 June"); "agreed on Tuesday to send" is the day
    of the agreeing."""
    if day.root.dep_ in {"compound", "amod", "nmod"} and day.root.head.ent_type_ not in {"DATE", "TIME"} \
            and DISTANT_WEEKDAY.search(day.doc[max(day.start - 1, 0):day.end].text):
        return True  # "The Thursday session began at 3 p.m.": that day named again; "the January 3 strike" is a day
    verb = day.root.head.head if day.root.head.dep_ == "prep" else day.root.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    if verb.dep_ == "acl":  # "the meeting ... held in Singapore on 12 June": the day of a thing named
        return True
    # "said on Tuesday"; not "On Wednesday X briefed the envoys, a statement said" (the day of what was said)
    saying = verb.lemma_.lower() in SAYING_VERBS and day.start > verb.i
    if saying or verb.lemma_.lower() in AHEAD_VERBS or _planned(verb):
        return True
    for _ in range(2):  # "is due to meet", "will go on to Cairo to see X on Wednesday": the plan governs
        if verb.dep_ != "xcomp" and not _purpose(verb):
            return False
        verb = verb.head
        if verb.lemma_.lower() in PLAN_VERBS or _planned(verb):
            return True
    return False


def _purpose(verb: Token) -> bool:
    """An infinitive of purpose hanging on another verb ("went to Cairo to see X")."""
    return verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _planned(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children) \
        or any(c.dep_ == "acomp" and c.lower_ == "due" for c in verb.children)
