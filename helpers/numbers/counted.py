"""What a number counts, weighs or measures (the ``counted`` column of the numbers table).

From the dependency parse: the noun a count modifies ("six landing craft", "killed more than
14,000 people"), the noun after "of" ("one of the gravest crises"), the noun a hyphen joins
("six-party talks"); the event a duration lasts ("the call lasted an hour"); the stuff a measure
weighs ("1,200 tonnes of aid"); votes in a tally ("voted 15-0"); and the people of a toll
("the death toll at 270", "2,600 wounded"). Used by ``extract``.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from helpers.numbers import spans, units, words as numwords
from helpers.parse import doc_text

COLLECTIVE_NOUNS = {"member", "people", "resident", "citizen", "personnel", "staff", "national", "employee"}
CASUALTY_WORDS = {"wounded", "injured", "dead", "killed", "missing", "displaced", "detained", "arrested", "evacuated"}
HARM_VERBS = {"kill", "injure", "wound", "displace", "arrest", "detain", "evacuate", "deploy", "withdraw", "send", "order"}


def what_lasted(doc: Doc, row: dict) -> str | None:
    """The event a duration measures: "hourlong conversation", "the call lasted about an hour"."""
    span = doc.char_span(row["start"], row["end"], alignment_mode="expand")
    if span is None:
        return None
    head = span.root.head
    while head.pos_ == "ADP" and head.head != head:
        head = head.head
    if head.pos_ in {"NOUN", "PROPN"} and head not in span:
        return head.lemma_.lower()
    if head.pos_ in {"VERB", "AUX"}:
        subject = next((c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if head.dep_ == "relcl" and (subject is None or subject.tag_ == "WDT"):
            return head.head.lemma_.lower()  # "the call, which lasted about an hour"
        return subject.lemma_.lower() if subject is not None and subject.pos_ == "NOUN" else head.lemma_.lower()
    return None


def what_is_measured(doc: Doc, row: dict) -> str | None:
    """The stuff a measure weighs or holds: "1,200 tonnes of humanitarian aid" -> "humanitarian aid"."""
    span = doc.char_span(row["start"], row["end"], alignment_mode="expand")
    if span is None or span.end >= len(doc) or doc[span.end].lower_ != "of":
        return None
    noun = next((c for c in doc[span.end].children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
    if noun is None:
        return None
    return " ".join([t.text for t in noun.lefts if t.dep_ in {"compound", "amod"}] + [noun.text])


def unit_as_written(text: str, phrase: spans.Phrase, row: dict) -> str | None:
    """What a measure with no "of" measures: its unit as the text writes it ("30 km" -> "km",
    "12 nautical miles" -> "nautical miles"), plural when joined by a hyphen ("a 1,500-kilometre
    border" -> "kilometres")."""
    written = text[phrase.end:row["end"]]
    unit = written.strip(" -\u2013")
    if not unit or not re.fullmatch(r"[^\W\d_]+(?: [^\W\d_]+)?", unit):
        return None
    hyphened = written.lstrip().startswith("-")
    return plural(unit) if hyphened and phrase.value != 1 and not unit.endswith("s") else unit


# "voted 15-0", "voted by 412 to 149", "passed 52-48": the two figures of a vote count votes.
TALLY = re.compile(r"\b(?:vot(?:e|ed|ing)|pass(?:ed|es)?|approved?|adopted?|rejected|backed|carried)\s+(?:by\s+)?"
                   r"(\d{1,3}(?:,\d{3})?)(?:\s*[-\u2013]\s*|\s+to\s+)(\d{1,3}(?:,\d{3})?|none|nil)\b", re.I)


def in_tally(text: str, phrase: spans.Phrase) -> bool:
    lead = text[max(0, phrase.start - 60):phrase.end + 30]
    offset = max(0, phrase.start - 60)
    return any(offset + m.start(1) <= phrase.start < offset + m.end(2) for m in TALLY.finditer(lead))


# "a three-way call" counts the parties to it, not ways; "a 60,000-strong force" its people.
HYPHEN_COUNTED = {"way": "parties", "strong": "people"}
# "ten members backed it and five abstained": a bare figure as the subject of "abstain" counts abstentions.
ELLIPTIC_VOTES = {"abstain": "abstentions"}  # stem -> what is counted
# "one of them", "two of those": a pronoun stands for a plural noun said before.
PARTITIVE_PRONOUNS = {"them", "those", "these"}
SPEECH_VERBS = {"say", "tell", "add", "confirm", "insist", "note", "explain", "write", "recall", "describe"}
# "the gravest", "the worst": a superlative ranks what is counted, it is no kind of it.
RANKING_TAGS = {"JJS", "RBS"}


def partitive(of: Token) -> str | None:
    """What "N of ..." counts: the plural noun after "of" with its modifiers ("one of the
    diplomats" -> "diplomats", "hundreds of ethnic Tigrayans" -> "ethnic Tigrayans"); after a
    superlative the one thing ranked ("one of the gravest crises" -> "crisis"); for "one of
    them", the plural noun "them" stands for."""
    obj = next((c for c in of.children if c.dep_ == "pobj"), None)
    if obj is None:
        return None
    if obj.lower_ in PARTITIVE_PRONOUNS:
        return _antecedent(of.head)
    people = obj.pos_ == "PROPN" and obj.tag_ == "NNPS" or obj.ent_type_ == "NORP"  # "hundreds of Kurds", "of Rohingya"
    if obj.lower_ in CASUALTY_WORDS:
        return obj.lower_  # "hundreds of dead", "dozens of wounded": the adjective stands for the people
    if obj.pos_ != "NOUN" and not people:
        return None
    ranked = [t for t in obj.lefts if t.dep_ == "amod" and t.tag_ in RANKING_TAGS]
    mods = [t.text for t in obj.lefts if t.dep_ in {"compound", "amod"} and t not in ranked]
    if ranked and of.head.lower_ == "one":  # "one of the gravest crises" is a crisis, ranked
        return " ".join([t.text for t in obj.lefts if t.dep_ == "compound"] + [obj.lemma_.lower()])
    return " ".join(mods + [obj.text])


def _antecedent(number: Token) -> str | None:
    """The group "one of them said" picks from: the last plural noun that spoke or was cited
    ("Two U.S. officials said ...; one of them said" -> "U.S. official"), in the sentence and
    the one before it. Only for speakers, where "them" must be persons who talk."""
    verb = number.head
    if number.dep_ not in {"nsubj", "nsubjpass"} or verb.lemma_ not in SPEECH_VERBS:
        return None
    sent = number.sent
    doc = number.doc
    start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    for token in reversed(doc[start:number.i]):
        cited = token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.i > 0 and doc[token.head.i - 1].lower_ == "according"
        if token.tag_ == "NNS" and (token.dep_ in {"nsubj", "nsubjpass"} or cited):
            mods = [t.text for t in token.lefts if t.dep_ in {"compound", "amod"}]
            return " ".join(mods + [token.lemma_.lower()])
    return None


def counted_phrase(tokens: list[Token]) -> str | None:
    """What a count counts: its noun with modifiers ("landing craft", "people killed"), the noun
    after "of" ("dozens of houses", "one of the worst incidents"), or the noun a hyphen joins
    to it ("six-party talks" counts parties, "a four-star general" stars)."""
    doc, last = tokens[0].doc, tokens[-1]
    if last.i + 2 < len(doc) and doc[last.i + 1].text == "-" and doc[last.i + 2].is_alpha and doc[last.i + 2].is_lower \
            and numwords.duration_unit(doc[last.i + 2].lower_) is None and units.measure_after(" " + doc[last.i + 2].text) is None:
        if doc[last.i + 2].lower_ in HYPHEN_COUNTED:
            return HYPHEN_COUNTED[doc[last.i + 2].lower_]
        return plural(re.sub(r"(?<=[aeiou])([b-df-hj-np-tv-z])\1$", r"\1", doc[last.i + 2].lower_[:-2])
                      if doc[last.i + 2].lower_.endswith("ed") else doc[last.i + 2].lower_)  # "three-pronged": prongs
    of = next((c for c in last.children if c.lower_ == "of" and c.i == last.i + 1), None)
    if of is not None:
        counted = partitive(of)
        if counted is not None:
            return counted
    counter = _counting_verb(tokens)
    if counter is not None:
        return counter
    if _majority_of(tokens[-1]):
        return "votes (majority)"
    head = tokens[-1].head
    while head.dep_ in {"quantmod", "nummod", "compound"} and head.pos_ == "NUM" and head.head != head:
        head = head.head
    if head.i < tokens[0].i and last.i + 1 < len(doc) and doc[last.i + 1].tag_ == "NNS":
        head = doc[last.i + 1]  # "said on Monday 40 people attended" (parsed "Monday 40"): the noun after counts
    vote = next((stem for stem in ELLIPTIC_VOTES if head.lower_.startswith(stem)), None)
    if tokens[-1].dep_ == "nsubj" and vote:
        return ELLIPTIC_VOTES[vote]  # the lemmatizer leaves "abstained" as it is: match the stem
    if head.pos_ not in {"NOUN", "PROPN"} or head in tokens or _day_or_month(head):
        return None
    mods = [t for t in head.lefts if t.dep_ in {"compound", "amod"} and t not in tokens and t.pos_ != "NUM"
            and t.lower_ not in {"more", "additional", "further", "other", "previous", "extra", "new"}]
    words = [t.text for t in mods] + [head.text]
    if head.lemma_.lower() in COLLECTIVE_NOUNS:
        words += [t.text for prep in head.rights if prep.lower_ == "of" for t in prep.subtree]
    if head.dep_ == "dobj" and head.head.lemma_ in HARM_VERBS:
        words.append(head.head.text)
    elif head.dep_ == "nsubjpass" and head.head.lemma_ in HARM_VERBS and head.head.tag_ == "VBN":
        words.append(head.head.text)  # "3,000 people were killed": people killed
    return " ".join(words)


def _day_or_month(noun: Token) -> bool:
    """ "40 on Wednesday and 74 on Thursday", "6,107.31 August 2019": a day or month named after a
    figure says when, it is not what the figure counts."""
    return noun.pos_ == "PROPN" and noun.ent_type_ in {"DATE", "TIME"}


# "the settlements, which number thirteen", "settlers numbering about 2,000", "arrests totalled 300":
# the verb says how many there are of its subject (the parser may tag "number" a noun).
COUNTING_VERBS = {"number", "total"}
APPROXIMATING_PREPS = {"about", "around", "some", "nearly", "almost", "over", "roughly"}


def _counting_verb(tokens: list[Token]) -> str | None:
    """What "X number N" / "X, numbering about N" counts: X, the verb's subject or the noun it describes."""
    verb = tokens[-1].head
    if verb.pos_ == "ADP" and verb.lower_ in APPROXIMATING_PREPS and tokens[-1].dep_ == "pobj":
        verb = verb.head
    if verb.lemma_.lower() not in COUNTING_VERBS or verb in tokens:
        return None
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    noun = verb.head if verb.dep_ in {"acl", "relcl"} else subject
    if noun is None or noun.pos_ not in {"NOUN", "PROPN"}:
        return None
    return _noun_phrase(noun)


def _majority_of(number: Token) -> bool:
    """ "voted it down by a majority of 13": a majority counts votes."""
    of = number.head
    return number.dep_ == "pobj" and of.lower_ == "of" and of.head.lemma_.lower() == "majority"


# "the death toll at 270", "the toll rose to 5,000"; "put the number of displaced at 100,000",
# "the number killed ... at 118" (but "the number could rise to 3,000" says nothing).
TOLL_BEFORE = re.compile(r"\btoll\b[^.;:]{0,40}$", re.I)
NUMBER_OF_BEFORE = re.compile(r"\bnumber (?:of ([a-z]+)|(" + "|".join(sorted(CASUALTY_WORDS)) + r"))\b[^.;:]{0,40}$", re.I)


def casualties(tokens: list[Token]) -> str | None:
    """What a bare figure of a toll counts: "2,600 wounded" (people wounded), "the death toll at
    270" (people killed), "the number of displaced at 100,000" (people displaced)."""
    doc, last = tokens[0].doc, tokens[-1]
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if nxt is not None and nxt.lower_ in CASUALTY_WORDS:
        return "people " + ("killed" if nxt.lower_ == "dead" else nxt.lower_)
    if last.dep_ == "dobj" and last.head.lemma_ in HARM_VERBS and not list(last.children):
        return "people " + _past_participle(last.head.lemma_)  # "killing dozens": people killed
    before = doc_text(doc)[tokens[0].sent.start_char:tokens[0].idx]
    of = NUMBER_OF_BEFORE.search(before)
    if of:
        word = (of.group(1) or of.group(2)).lower()
        return "people " + word if word in CASUALTY_WORDS else word
    return "people killed" if TOLL_BEFORE.search(before) else None


def _past_participle(verb: str) -> str:
    """ "kill" -> "killed", "injure" -> "injured"; "send" -> "sent" (the harm verbs' forms)."""
    irregular = {"send": "sent", "withdraw": "withdrawn"}
    return irregular.get(verb) or verb + ("d" if verb.endswith("e") else "ed")


def plural(noun: str) -> str:
    """ "party" -> "parties", "star" -> "stars", "match" -> "matches"."""
    if re.search(r"[^aeiou]y$", noun):
        return noun[:-1] + "ies"
    return noun + "es" if re.search(r"(?:s|x|z|ch|sh)$", noun) else noun + "s"


def refers_to(tokens: list[Token]) -> str | None:
    """Who or what a count is about: the acting subject and the places and groups around it.

    "Russia has massed about 130,000 troops close to Ukraine" -> "Russia · close to Ukraine".
    """
    noun = tokens[-1].head
    verb = noun.head if noun.dep_ in {"dobj", "nsubj", "nsubjpass", "pobj", "attr"} else None
    parts = []
    if verb is not None and verb.pos_ in {"VERB", "AUX"}:
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c != noun), None)
        if subject is not None and subject.pos_ != "PRON":
            parts.append(_phrase(subject))
    places = [c for c in list(noun.children) + (list(verb.children) if verb is not None else [])
              if c.dep_ == "prep" and c.lower_ in {"near", "to", "in", "along", "from", "into", "on", "at", "across"}]
    places += [c for c in noun.children if c.dep_ == "advmod" and c.lower_ in {"close", "near"}]
    parts += [_phrase(p) for p in places[:2]]
    return " · ".join(p for p in parts if p) or None


def _phrase(token: Token) -> str:
    words = [t for t in token.subtree if not t.is_punct][:8]
    return " ".join(t.text for t in words)


# "$100 million in humanitarian aid", "£5m of relief", "€2bn for reconstruction": what a sum pays for.
PURPOSE_PREPS = {"in", "of", "for"}
# "a total of $5m", "the sum of": words for an amount say nothing of what it is.
AMOUNT_NOUNS = {"total", "sum", "amount", "figure", "worth", "value"}


def what_money_is(doc: Doc, row: dict) -> str | None:
    """What a sum of money is: its currency in words, then what it pays for ("US dollars
    (humanitarian aid)" for "$100 million in humanitarian aid"), the thing it is the amount of
    ("US dollars (flash appeal)" for "an appeal of $397 million", "US dollars (aid)" for "aid
    worth $5m"), else the verb that moves it ("euros pledged" for "donors pledged €250m", "US
    dollars asked for" for "asked for $397 million"); the currency alone when none is said."""
    span = doc.char_span(row["start"], row["end"], alignment_mode="expand")
    if span is None or not row.get("unit"):
        return None
    rate = _rate(span)
    currency = units.currency_name(row["unit"]) + rate
    root = span.root
    thing = _purpose(root, span)
    while root.dep_ in {"conj", "appos"} and root.head.pos_ in {"NUM", "SYM"}:
        root = root.head  # "pledged €250m (about $298m)", "$397m for Syria and $1bn": the second shares the first's role
    thing = thing or _purpose(root, span) or _amount_of(root) or _modified_noun(root, span)
    if thing is not None:
        return f"{currency} ({thing})"
    verb = None if rate else _verb_of(root)  # a price says enough: "US dollars per barrel"
    return f"{currency} {verb}" if verb else currency


RATE_WORDS = {"a", "an", "per", "each"}


def _rate(span) -> str:
    """ " per barrel" for "$91.20 a barrel", " per year" for "$240 million per year": the sum is a price or a rate."""
    doc = span.doc
    if span.end + 1 < len(doc) and doc[span.end].lower_ in RATE_WORDS and doc[span.end + 1].pos_ == "NOUN":
        return " per " + doc[span.end + 1].lemma_.lower()
    return ""


def _noun_phrase(noun: Token) -> str:
    return " ".join([t.text for t in noun.lefts if t.dep_ in {"compound", "amod"} and t.pos_ != "NUM" and t.tag_ != "JJR"] + [noun.text])


def _purpose(root: Token, span) -> str | None:
    for prep in root.rights:
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if prep.dep_ == "prep" and prep.lower_ in PURPOSE_PREPS and obj is not None and obj.pos_ == "NOUN" and obj not in span:
            return _noun_phrase(obj)
    return None


def _modified_noun(root: Token, span) -> str | None:
    """ "a $3 billion deal" -> "deal", "the €40m aid package" -> "aid package": the noun the sum describes."""
    noun = root.head
    if root.dep_ in {"compound", "nummod", "amod", "quantmod"} and noun.pos_ == "NOUN" and noun.i > root.i and noun not in span:
        return _noun_phrase(noun)
    return None


def _amount_of(root: Token) -> str | None:
    """ "an appeal of $397 million" -> "flash appeal"; "aid worth 100 million dollars" -> "aid"."""
    link = root.head
    if link.lower_ == "worth":
        noun = link.head if link.head.pos_ == "NOUN" else next((c for c in link.head.children if c.dep_ == "dobj"), None)
    elif root.dep_ == "pobj" and link.lower_ == "of":
        noun = link.head
    else:
        return None
    if noun is None or noun.pos_ != "NOUN":
        return None
    if noun.lemma_.lower() in AMOUNT_NOUNS:
        return None
    return _noun_phrase(noun)


def _verb_of(root: Token) -> str | None:
    """The verb a sum is the object of, as written when past ("pledged", "raised"), else its
    lemma; with its preposition when the sum follows one ("asked for", "rose to")."""
    head, prep = root.head, None
    if root.dep_ == "pobj" and head.pos_ == "ADP":
        head, prep = head.head, head.lower_  # "asked for $397 million", "rose to $5m"
    if head.lemma_.lower() in AMOUNT_NOUNS and head.dep_ in {"dobj", "nsubjpass"}:
        head = head.head  # "pledged a total of €252.7m"
    if head.pos_ != "VERB" or root.dep_ not in {"dobj", "pobj", "nsubjpass", "nsubj", "attr"}:
        return None
    verb = head.lower_ if head.tag_ in {"VBD", "VBN"} else head.lemma_.lower()
    return f"{verb} {prep}" if prep else verb
