"""Contacts whose parties are counted or listed rather than named one by one.

"The four leaders spoke again on Sunday", "the three ministers met for two hours": a subject
that counts its parties names the parties of the nearest earlier list of exactly that many
people ("A, B, C and D met in Minsk", "the leaders of A, B, C and D"); with no such list it
keeps the count, and ``linking`` joins it to the contact of that many parties the article,
else the corpus on the same day, reports. "The talks of A, B and C" and "the leaders of A, B
and C discussed ... by telephone" name their parties in the list itself.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from helpers.numbers.words import UNITS

# "the two", "both", ... "the ten": a group small enough to have been listed by name
COUNT_WORDS = {word: value for word, value in UNITS.items() if 2 <= value <= 10} | {"both": 2}
DEFINITE_WORDS = {"the", "all", "these", "those", "both"}
# Who a counted subject can be: "the four leaders", "the three ministers", "The four"; not
# "the two countries", "the three sides' proposals".
PARTY_NOUNS = {"leaders", "presidents", "ministers", "men", "women", "heads", "premiers", "chancellors", "envoys",
               "negotiators", "diplomats", "officials", "sides", "delegations", "counterparts"}
LEADER_OF_NOUNS = {"leaders", "presidents", "heads", "premiers"}  # "the leaders of A, B and C": their leaders
LOOK_BACK_SENTENCES = 12


def counted_subject(trigger: Token, verb: Token) -> int:
    """The number of parties a definite counted subject names: 4 for "the four leaders
    spoke", 2 for "both ministers met", 0 when the subject counts nothing or names a person."""
    # "The four leaders began talking": the subject of the verb the contact verb completes
    carrier = verb.head if verb.dep_ == "xcomp" and not any(c.dep_ == "nsubj" for c in verb.children) else verb
    subjects = [c for c in [*carrier.children, *trigger.children] if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subjects:
        return unparsed_count(carrier)
    for child in subjects:
        if any(t.ent_type_ == "PERSON" for t in child.subtree):
            continue
        words = [child, *child.children]
        count = next((COUNT_WORDS[t.lower_] for t in words if t.lower_ in COUNT_WORDS), 0)
        if not count:
            continue
        bare = child.lower_ in COUNT_WORDS  # "The four agreed", "the two met"
        if count == 2 or (bare or child.lower_ in PARTY_NOUNS) and any(t.lower_ in DEFINITE_WORDS for t in words):
            return count
    return 0


def unparsed_count(verb: Token) -> int:
    """"The four first met ...", read by the parser with "four" on "first": a subject-less
    verb right after "the" and a number word (and adverbs) counts its parties."""
    before = [t for t in verb.doc[verb.sent.start:verb.i]]
    while before and before[-1].pos_ == "ADV":
        before = before[:-1]
    if len(before) >= 2 and before[-2].lower_ in DEFINITE_WORDS and before[-1].lower_ in COUNT_WORDS:
        return COUNT_WORDS[before[-1].lower_]
    return 0


GAP_POS = {"PUNCT", "CCONJ", "DET", "PROPN", "ADJ", "NOUN", "ADP", "PART"}
MAX_GAP_WORDS = 7  # ", the Federal Chancellor of Germany " between two people of one list


def list_gap(tokens: list[Token]) -> str | None:
    """"," or "and" when the tokens between two mentions only join list items (", French
    President ", " of Norland, and the President of "); None when they do anything else."""
    words = [t for t in tokens if not t.is_space]
    if not any(t.lower_ in {",", "and"} for t in words) or any(t.pos_ not in GAP_POS for t in words):
        return None
    if len([t for t in words if not t.is_punct]) > MAX_GAP_WORDS or any(t.lower_ in {"(", ")", ";", ":"} for t in words):
        return None
    return "and" if any(t.lower_ == "and" for t in words) else ","


def mention_lists(sent: Span, mentions: list[dict], kind: str) -> list[list[dict]]:
    """Runs of mentions of one kind written as a list ("A, B, C and D"), each closed by "and"."""
    found = sorted((m for m in mentions if sent.start_char <= m["start"] < sent.end_char and m["type"] == kind
                    and m.get("label") != "role"), key=lambda m: m["start"])
    lists, run = [], []
    for mention in found:
        if run:
            gap = list_gap([t for t in sent if run[-1]["end"] <= t.idx < mention["start"]])
            if gap is None:
                run = []
            elif gap == "and":
                lists.append(run + [mention])
                run = []
                continue
        run = run + [mention] if run else [mention]
    return [items for items in lists if len({m["start"] for m in items}) == len(items)]


def leader_list(items: list[dict], sent: Span) -> bool:
    """A list of countries right after "the leaders of": they stand for their leaders."""
    before = [t for t in sent if t.idx < items[0]["start"]][-2:]
    return len(before) == 2 and before[0].lower_ in LEADER_OF_NOUNS and before[1].lower_ == "of"


def as_spans(items: list[dict], as_leader: bool) -> list[tuple]:
    return [(m["start"], m["end"], m["surface"], as_leader) for m in items]


def list_spans(sent: Span, mentions: list[dict], size: int, before: int | None = None) -> list[tuple]:
    """Spans of the last list of exactly ``size`` parties in ``sent`` (ending before char
    ``before``): people, or countries standing for their leaders."""
    found = [(items[0]["start"], as_spans(items, False)) for items in mention_lists(sent, mentions, "person")]
    found += [(items[0]["start"], as_spans(items, True)) for items in mention_lists(sent, mentions, "country")
              if leader_list(items, sent)]
    found = [(start, spans) for start, spans in found if len(spans) == size and (before is None or spans[-1][1] <= before)]
    return max(found)[1] if found else []


def previous_list(trigger: Token, mentions: list[dict], size: int) -> list[tuple]:
    """The parties of the nearest list of exactly ``size`` before the trigger, in its own
    sentence or the article's sentences before it; none when no such list is near."""
    spans = list_spans(trigger.sent, mentions, size, before=trigger.idx)
    sent = trigger.sent
    for _ in range(LOOK_BACK_SENTENCES):
        if spans or sent.start == 0:
            break
        sent = trigger.doc[sent.start - 1].sent
        spans = list_spans(sent, mentions, size)
    return spans


def own_list(trigger: Token, verb: Token, mentions: list[dict]) -> list[tuple]:
    """"The talks of A, B and C began", "the leaders of A, B and C discussed ... by phone":
    the parties listed right after the contact noun's "of" or the verb's plural subject's."""
    heads = [trigger] if trigger.pos_ == "NOUN" else []
    heads += [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in LEADER_OF_NOUNS]
    for head in heads:
        following = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
        if following is None or following.lower_ != "of":
            continue
        for kind in ("person", "country"):
            for items in mention_lists(head.sent, mentions, kind):
                gap = [t for t in head.sent if following.idx < t.idx < items[0]["start"]]
                if len(gap) <= 4 and items[0]["start"] > following.idx and (kind == "person" or head is not trigger):
                    return as_spans(items, kind == "country")
    return []


def names_several_parties(verb: Token) -> bool:
    """"The leaders of A and B discussed", "the four leaders discussed": a subject that is
    itself several parties, so that the verb can name a contact among them."""
    if counted_subject(verb, verb) >= 2:
        return True
    for child in (c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in LEADER_OF_NOUNS):
        lists = [p for c in child.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
        if any(p.conjuncts for p in lists):
            return True
    return False


INCLUDING_VERBS = {"include", "involve", "bring"}


def included_heads(trigger: Token) -> list[Token]:
    """"a telephone conversation on Sunday that would include Y": Y is a party too."""
    if trigger.pos_ != "NOUN":
        return []
    clauses = [c for c in trigger.children if c.dep_ in {"relcl", "acl"} and c.lemma_.lower() in INCLUDING_VERBS]
    return [g for clause in clauses for o in clause.children if o.dep_ == "dobj" for g in [o, *o.conjuncts]]


def whole_lists(spans: list[tuple], sent: Span, mentions: list[dict]) -> list[tuple]:
    """The spans with the rest of each people list one of them opens ("A, B and C agreed",
    with B read by the parser as an apposition of A and lost)."""
    extra = []
    for items in mention_lists(sent, mentions, "person"):
        starts = {m["start"] for m in items}
        if any(s[0] in starts for s in spans):
            extra += [s for s in as_spans(items, False) if s[0] not in {t[0] for t in spans + extra}]
    return extra
