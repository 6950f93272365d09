"""Person-name spans repaired before resolution: where the tagger cuts, pads or misses a name.

spaCy's small English model cuts long and foreign names ("Lee Hsien" for "Lee Hsien Loong",
"Moon Jae" for "Moon Jae-in"), drops regnal numbers ("Abdullah" for "King Abdullah II"),
starts a name with a sentence adverb ("Later Kassym-Jomart Tokayev"), tags a bare title as a
name ("Emir Sheikh" beside "Tamim bin Hamad Al Thani") and misses some titled names. The rules
read the parse: a name is a run of capitalised proper nouns joined by compound or flat
dependencies, so they hold for names no list knows.
"""

from __future__ import annotations

import numpy as np
from spacy.attrs import LOWER, POS, TAG
from spacy.strings import get_string_id
from spacy.symbols import PROPN
from spacy.tokens import Doc, Span, Token

from helpers.actors.gazetteer import TITLE_WORDS, Gazetteer
from helpers.docarrays import doc_arrays
from helpers.actors.honorifics import CLERICAL_RANKS, RANKS_THAT_OPEN_NAMES, leading_honorific
from helpers.actors.names import is_given_name as _known_given_name

# "King Abdullah II", "Pope Benedict XVI": a regnal number belongs to the name. A lone "I" is
# left out (it is far more often the pronoun mis-tagged than King Charles I).
REGNAL_NUMBERS = frozenset("II III IV V VI VII VIII IX X XI XII XIII XIV XV XVI".split())
NAME_DEPS = {"compound", "flat"}
HYPHEN_TAIL_MAX = 3  # lower-case syllable after a hyphen in a given name: "Jae-in", "Jong-un"
# Entity labels the tagger puts on a name word that names no actor ("Jaiswal" as PRODUCT).
STRAY_LABELS = {"", "PERSON", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "LANGUAGE"}
HEADLINE_SHARE = 0.5  # share of capitalised verbs and function words that marks headline case
HEADLINE_CLUE_POS = {"VERB", "AUX", "ADP", "DET", "CCONJ", "ADV", "PRON"}
# A clerical rank (``CLERICAL_RANKS``) goes with a person's name only. After a rank that also opens
# firm and venue names ("Cardinal Health") the name must open with a known given name; after the
# others it needs two words and none of these last ("Imam Khomeini Airport", "the Imam Reza Shrine").
PLACE_HEAD_WORDS = {"airport", "mosque", "shrine", "square", "street", "road", "hospital", "stadium", "university",
                    "college", "school", "seminary", "institute", "foundation", "center", "centre", "church",
                    "cathedral", "museum", "highway", "bridge", "dam", "port", "city"}
# Titles that are written straight before a person's name ("King Abdullah II", "Emir Tamim").
NAME_TITLES = frozenset({
    "president", "king", "queen", "prince", "princess", "emir", "sheikh", "sheikha", "sultan",
    "emperor", "empress", "minister", "chancellor", "premier", "pope", "ayatollah", "senator",
    "governor", "spokesman", "spokeswoman", "spokesperson", "ambassador", "envoy", "secretary",
    "councilor", "councillor", "commissioner", "speaker",
}) | CLERICAL_RANKS
# Office nouns after which an ORG span may go on with the holder's name (tagger's error).
OFFICE_WORDS = NAME_TITLES | {"adviser", "advisor", "aide", "counselor", "commissioner", "general"}
MAX_NAME_WORDS = 4
DASHES = {"-", "\u2013", "\u2014", "--"}
# Particles inside Arabic names: "bin"/"ibn"/"bint" (son or daughter of), "al-" (of the family).
PATRONYMICS = {"bin", "bint", "ibn"}
NAME_PARTICLES = PATRONYMICS | {"al", "el"}
# Nouns naming a vehicle, a storm or an operation: a "person" written beside one is its name
# ("the survey ship Jane Roe", "the Jane Roe research vessel").
THING_NOUNS = {"ship", "vessel", "frigate", "warship", "carrier", "destroyer", "submarine", "tanker",
               "freighter", "boat", "aircraft", "plane", "jet", "drone", "missile", "satellite", "rocket",
               "hurricane", "storm", "typhoon", "cyclone", "operation", "exercise", "pipeline"}
# Nouns of a place written before its name with "of": "the port of Jane Roe", "the town of ...".
PLACE_NOUNS = {"port", "city", "town", "village", "island", "province", "district", "county", "region",
               "governorate", "municipality", "harbour", "harbor", "airport", "oasis", "emirate"}
# Leading words the tagger sometimes pulls into a name: "Later Kassym-Jomart Tokayev said".
NOT_NAME_POS = {"ADV", "ADP", "DET", "CCONJ", "SCONJ", "AUX", "VERB", "PRON", "PART", "NUM"}


def tokens_where(doc: Doc, attr: int, values) -> list[int]:
    """Indices, in order, of the tokens whose ``attr`` is one of ``values`` (strings; or
    symbols for POS): the whole-article loops below visit only these, not every token. Each
    loop still tests its own condition; this only skips tokens that cannot pass it."""
    ids = [value if isinstance(value, int) else get_string_id(value) for value in values]
    return np.flatnonzero(np.isin(doc.to_array(attr), np.asarray(ids, dtype=np.uint64))).tolist()


def repair_person_span(span: Span, gaz: Gazetteer) -> Span:
    """A PERSON span trimmed of leading non-name words and extended over the rest of the name."""
    doc = span.doc
    span = extend_before_particle(trim_trailing_words(trim_leading_words(span)))
    start, end = span.start, _past_honorifics(span, gaz)
    # Only rightwards, and not in a title-cased headline ("Jane Roe Beats John Doe"): the
    # tagger's left edge is right far more often than a title next to it is part of the name.
    while end < len(doc) and not is_headline_case(span.sent):
        grown = _name_continues(doc, end, gaz)
        if not grown:
            break
        end += grown
    return doc[start:end]


def _past_honorifics(span: Span, gaz: Gazetteer) -> int:
    """End of a name the tagger cut after its honorifics: "Datuk Seri" of "Datuk Seri Ali Hassan"
    (the name words written straight after them belong to the span)."""
    doc, end = span.doc, span.end
    if leading_honorific([t.text for t in span]) != len(span):
        return end
    while end < len(doc) and end - span.end < MAX_NAME_WORDS and doc[end - 1].whitespace_ and _is_name_word(doc[end], gaz):
        end += 1
    return end


def trim_leading_words(span: Span) -> Span:
    """Drop leading adverbs, conjunctions and the like: no name starts with "Later"; and what
    stands before a spaced dash, a dateline or a live blog's clock ("GMT - Jane Roe")."""
    start = span.start
    dashes = [t.i for t in span[1:-1] if t.text in DASHES and t.whitespace_ and span.doc[t.i - 1].whitespace_]
    if dashes:
        start = dashes[-1] + 1
    while span.end - start > 1 and (span.doc[start].pos_ in NOT_NAME_POS and span.doc[start].lower_ not in {"the", "of"}
                                    or _stamp_word(span.doc, start)):
        start += 1
    if span.end - start > 2 and _ends_portfolio(span.doc, start):
        start += 1
    return span.doc[start:span.end]


PORTFOLIO_OFFICES = {"minister", "ministry", "secretary", "department", "commissioner"}


def _ends_portfolio(doc: Doc, i: int) -> bool:
    """``doc[i]`` is the last word of an office's portfolio the tagger ran into the name after it:
    "Minister of Foreign Affairs and Expatriates Jane Roe" (a word after "and", in an "of"
    phrase of an office word, that is no given name)."""
    if i < 3 or doc[i - 1].lower_ not in {"and", "&"} or _known_given_name(doc[i].text):
        return False
    for j in range(i - 2, max(-1, i - 8), -1):
        if doc[j].lower_ == "of":
            return j > 0 and doc[j - 1].lower_ in PORTFOLIO_OFFICES
        if not doc[j].text[:1].isupper():
            return False
    return False


def trim_trailing_words(span: Span) -> Span:
    """Drop trailing lower-case words the tagger ran into the name ("Vladimir Putin days after",
    "King Salman of"): a name ends on a capitalised word, or on a hyphen's syllable ("Jae-in")."""
    end = span.end
    while end - span.start > 1:
        last = span.doc[end - 1]
        hyphen_syllable = end - 2 >= span.start and span.doc[end - 2].text == "-" and not span.doc[end - 2].whitespace_
        if not (last.is_alpha and last.text[0].islower()) or hyphen_syllable:
            break
        end -= 1
    return span.doc[span.start:end]


# A live blog entry's stamp that the tagger pulls into the name after it: "1035 GMT Turkey's
# foreign ministry", "on Wednesday Jane Roe".
ZONE_WORDS = frozenset({"GMT", "UTC", "EST", "EDT", "CET", "CEST", "BST", "PST", "PDT", "MSK", "KST", "JST", "IST"})
WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})


def _stamp_word(doc: Doc, i: int) -> bool:
    """A time zone after a clock figure, or a weekday, at the start of a name span."""
    return doc[i].text in ZONE_WORDS and i > 0 and doc[i - 1].like_num or doc[i].lower_ in WEEKDAYS


def name_after_office(span: Span, gaz: Gazetteer) -> Span | None:
    """The person an ORG/GPE span ends with after an office: "National Security Advisor
    Jane Roe" -> "Jane Roe". None when the span does not end in a name after an office word."""
    words = list(span)
    for i in range(len(words) - 2, -1, -1):
        if words[i].lower_ in OFFICE_WORDS and (i > 0 or words[i].lower_ != "general"):  # not "General Motors"
            name = span.doc[words[i].i + 1:span.end]
            ok = 1 <= len(name) <= MAX_NAME_WORDS and all(_is_name_word(t, gaz) or t.text == "-" for t in name)
            return name if ok and name[0].text != "-" and _fits_title(words[i], name) else None
    return None


def _name_continues(doc: Doc, end: int, gaz: Gazetteer) -> int:
    """How many tokens after ``doc[:end]`` still belong to the name (0 when it ends there).

    "Moon Jae" + "-in" (no spaces around the hyphen), "Abdullah" + "II", and "Lee Hsien" +
    "Loong" when "Hsien" hangs on "Loong" as a compound.
    """
    last, nxt = doc[end - 1], doc[end]
    tail = doc[end + 1] if end + 1 < len(doc) else None
    if particle := _particle_continues(doc, end):
        return particle
    if not last.whitespace_ and nxt.text == "-" and not nxt.whitespace_ and tail is not None and tail.is_alpha \
            and (tail.is_title or len(tail) <= HYPHEN_TAIL_MAX):  # "Jae-in", not "Kremlin-friendly"
        return 2
    if nxt.text in REGNAL_NUMBERS and last.whitespace_:
        return 1
    if last.dep_ in NAME_DEPS and last.head.i == nxt.i and _joins_name(last, nxt, gaz):
        return 1
    return 0


def _particle_continues(doc: Doc, end: int) -> int:
    """Tokens of an Arabic name part after ``doc[:end]``: "bin Hamad", "al-Jaber", "Al Thani".

    The tagger often stops at the particle ("Tameem" of "Tameem bin Hamad Al-Thani"); the
    part counts only when a capitalised word follows the particle.
    """
    if doc[end].lower_ not in NAME_PARTICLES or not doc[end - 1].text[:1].isupper() or not doc[end - 1].is_alpha:
        return 0
    i = end + 1
    if i < len(doc) and doc[i].text == "-" and not doc[end].whitespace_:
        i += 1
    ok = i < len(doc) and doc[i].is_alpha and doc[i].text[:1].isupper() and doc[i].lower_ not in TITLE_WORDS
    return i + 1 - end if ok else 0


def extend_before_particle(span: Span) -> Span:
    """"bin Hamad Al-Thani" tagged without its given name: take the capitalised word before
    the particle ("Tameem bin Hamad Al-Thani"), never a title ("Sheikh")."""
    doc, start = span.doc, span.start
    if start > 0 and span[0].lower_ in PATRONYMICS:
        before = doc[start - 1]
        if before.is_alpha and before.text[:1].isupper() and before.lower_ not in TITLE_WORDS:
            return doc[start - 1:span.end]
    return span


def _joins_name(left, right, gaz: Gazetteer) -> bool:
    """The two tokens can be neighbouring words of one name (whichever is being added)."""
    return all(
        t.pos_ == "PROPN" and t.text[:1].isupper() and t.ent_type_ in STRAY_LABELS
        and t.lower_.rstrip(".") not in TITLE_WORDS and not gaz.country_code(t.text)
        for t in (left, right)
    ) and bool(left.whitespace_) and not left.text.endswith("'s")


def is_bare_title(span: Span) -> bool:
    """"Emir Sheikh", "Prime Minister": a PERSON span made only of titles names no one."""
    return all(t.lower_.rstrip(".") in TITLE_WORDS for t in span)


def titled_names(doc: Doc, taken: set[int], gaz: Gazetteer) -> list[Span]:
    """Names the tagger missed after a title: "King Abdullah II", "Foreign Minister Wang Yi".

    Only runs of untagged capitalised proper nouns written straight after a title word count.
    """
    found = []
    for title in (doc[i] for i in tokens_where(doc, LOWER, NAME_TITLES)):
        if title.lower_ not in NAME_TITLES or title.i + 1 >= len(doc) or is_headline_case(title.sent):
            continue
        end = title.i + 1
        while end < len(doc) and end not in taken and doc[end].ent_type_ in STRAY_LABELS - {"PERSON"} \
                and _is_name_word(doc[end], gaz) \
                and doc[end - 1].whitespace_:
            end += 1
        if end > title.i + 1 and _fits_title(title, doc[title.i + 1:end]):
            span = repair_person_span(doc[title.i + 1:end], gaz)
            if taken.isdisjoint(range(span.start, span.end)) and span.start > title.i:
                found.append(span)
    return found


def is_headline_case(sent: Span) -> bool:
    """A title-cased line ("Prime Minister Visits Beijing For Talks"), where capitals do not
    mark names: verbs and function words after the first word are capitalised too."""
    arrays = doc_arrays(sent.doc)
    words = [arrays.text[i] for i in range(sent.start + 1, sent.end) if arrays.is_alpha[i] and arrays.pos[i] in HEADLINE_CLUE_POS]
    upper = sum(word[:1].isupper() for word in words)
    return upper >= 1 and upper >= HEADLINE_SHARE * len(words)


def _fits_title(title: Token, name: Span) -> bool:
    """A clerical rank goes with a person's name only ("Rabbi David Roe", not "Cardinal Health")."""
    rank = title.lower_.rstrip(".")
    if rank not in CLERICAL_RANKS:
        return True
    if len(name) < 2:
        return False
    if rank in RANKS_THAT_OPEN_NAMES:
        return _known_given_name(name[0].text)
    return name[-1].lower_ not in PLACE_HEAD_WORDS | BODY_NAME_WORDS


def _is_name_word(token, gaz: Gazetteer) -> bool:
    return (token.pos_ == "PROPN" and token.text[:1].isupper() and token.is_alpha
            and token.lower_.rstrip(".") not in TITLE_WORDS and not gaz.country_code(token.text))


def names_thing(span: Span) -> bool:
    """The name is a ship's, a storm's or an operation's: a thing noun is its compound,
    apposition or head ("the survey ship Jane Roe", "the Jane Roe research vessel")."""
    doc = span.doc
    inside = range(span.start, span.end)
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.lemma_.lower() in THING_NOUNS and before.head.i in inside:
        return True
    head = span.root.head
    if span.root.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in PLACE_NOUNS:
        return True  # "the port of Jane Roe", "the town of Jane Roe": a place named after someone
    return span.root.dep_ in {"compound", "appos"} and head.i not in inside and head.lemma_.lower() in THING_NOUNS


def listed_among_people(span: Span) -> bool:
    """A name tagged ORG in a list of people, written as they are: "Germany's Jane Roe, France's
    Jean-Yves Le Drian and Britain's John Doe" (a conjunct of a person, a country's possessive
    before it, every word capitalised)."""
    root = span.root
    if not 2 <= len(span) <= MAX_NAME_WORDS + 1 or not all(t.text[:1].isupper() or t.text == "-" for t in span):
        return False
    neighbours = ([root.head] if root.dep_ == "conj" else []) + [c for c in root.children if c.dep_ == "conj"]
    owned = any(c.dep_ == "poss" and c.ent_type_ == "GPE" for c in root.children)
    return owned and any(n.ent_type_ == "PERSON" for n in neighbours)


# Last words of a body's name after which the tagger runs on into a person's: "the Contact
# Group Jane Roe, John Doe and ..." tagged as one ORG.
BODY_HEAD_WORDS = {"group", "council", "commission", "ministry", "committee", "federation", "union", "organisation",
                   "organization", "office", "agency", "bank", "fund", "court", "assembly", "parliament", "government",
                   "administration", "league", "alliance", "forum", "secretariat", "department", "service", "party"}


def name_after_body(span: Span, gaz: Gazetteer, is_given_name) -> Span | None:
    """The person an ORG span ends with after a body's name: "the Contact Group Jane Roe" ->
    "Jane Roe" (a given name ``is_given_name`` knows, then one or two name words)."""
    for i in range(span.start + 1, span.end - 1):
        before, tail = span.doc[i - 1], span.doc[i:span.end]
        if before.lower_ in BODY_HEAD_WORDS and is_given_name(span.doc[i].text) and len(tail) <= 3 \
                and all(_is_name_word(t, gaz) for t in tail):
            return tail
    return None


def listed_names(doc: Doc, taken: set[int], gaz: Gazetteer, is_given_name) -> list[Span]:
    """Untagged names in a list of tagged ones: "Jane Roe, Ivo Doe and John Poe" with "Ivo Doe"
    missed. Only runs of two or three capitalised proper nouns joined to a tagged person as a
    conjunct, the first a known given name or the run tagged as no actor (PRODUCT and the like)."""
    found = []
    for token in (doc[i] for i in tokens_where(doc, POS, [PROPN])):  # a name word is a PROPN
        if token.i in taken or token.ent_type_ not in STRAY_LABELS - {"PERSON"} or not _is_name_word(token, gaz):
            continue
        end = token.i + 1
        while end < min(len(doc), token.i + 3) and end not in taken and _is_name_word(doc[end], gaz) \
                and doc[end].ent_type_ in STRAY_LABELS - {"PERSON"}:
            end += 1
        span = doc[token.i:end]
        if not (is_given_name(token.text) or token.ent_type_) or len(span) < 2 or (end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper()):
            continue
        root = span.root
        neighbours = [root.head] * (root.dep_ in {"conj", "appos"}) + [c for c in root.children if c.dep_ in {"conj", "appos"}]
        if any(n.ent_type_ == "PERSON" for n in neighbours):
            found.append(span)
    return found


# Words that end or open a body's name, never a person's: "Turkey's Foreign Ministry", "Iran's Revolutionary Guards".
BODY_NAME_WORDS = {"ministry", "department", "office", "council", "commission", "union", "party", "bank", "army",
                   "navy", "guard", "guards", "forces", "force", "agency", "court", "parliament", "assembly",
                   "government", "news", "league", "committee", "organization", "organisation", "front", "group",
                   "sea", "river", "gulf", "coast", "island", "islands", "mountains", "republic", "kingdom", "state"}
LIST_OF_POSSESSED = 2  # "Senegal's A B, Ghana's C D and ...": at least two such names in one sentence


def possessed_names(doc: Doc, gaz: Gazetteer) -> list[Span]:
    """Names in a list of "<country>'s <name>" ("Senegal's Macky Sall, Ghana's Nana Akufo-Addo and
    Benin's Patrice Talon"): the tagger calls many of them places or bodies, or misses them. Two
    to four capitalised words after a country's possessive, no title or body word among them,
    and at least two such names in the sentence."""
    found: dict[int, list[tuple[Span, bool]]] = {}
    for token in (doc[i] for i in tokens_where(doc, TAG, ["POS"])):
        if token.tag_ != "POS" or token.i == 0 or doc[token.i - 1].pos_ != "PROPN":
            continue
        end = token.i + 1
        while end < min(len(doc), token.i + 1 + MAX_NAME_WORDS + 2) and _possessed_word(doc, end, gaz):
            end += 1
        words = [t for t in doc[token.i + 1:end] if t.text != "-"]
        if 2 <= len(words) <= MAX_NAME_WORDS and doc[end - 1].text != "-" \
                and not (end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha):
            found.setdefault(token.sent.start, []).append((doc[token.i + 1:end], _owned_by_country(doc, token.i, gaz)))
    # a list of such names where some owner is a known country ("Ivory Coast's" may be unknown)
    return [span for items in found.values() if len(items) >= LIST_OF_POSSESSED and any(c for _, c in items)
            for span, _ in items]


def _owned_by_country(doc: Doc, i: int, gaz: Gazetteer) -> bool:
    """The words right before the possessive at ``i`` name a country ("Ghana", "Ivory Coast", "Guinea-Bissau")."""
    return any(gaz.country_code(doc[first:i].text) for first in range(max(doc[i].sent.start, i - 3), i))


def _possessed_word(doc: Doc, i: int, gaz: Gazetteer) -> bool:
    token = doc[i]
    if token.text == "-":
        return i + 1 < len(doc) and doc[i + 1].text[:1].isupper()
    word = token.lower_.rstrip(".")
    return (token.pos_ == "PROPN" and token.text[:1].isupper() and token.is_alpha and word not in TITLE_WORDS
            and word not in OFFICE_WORDS and word not in BODY_NAME_WORDS and not gaz.country_code(token.text))
