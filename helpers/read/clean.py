"""Cleaning raw article text: Unicode normalisation and boilerplate removal.

Rules are general web-text rules (ad markers, subscription prompts, comment policies,
author boxes, related-story teasers, embedded social posts, video captions, credits, an
unrelated headline before the story). Every removed paragraph is returned with the rule
that removed it, so nothing vanishes silently.
"""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

# One character in, one character out, so offsets computed on the normalised text are
# the offsets users see in ``articles.text``.
PUNCTUATION_MAP = {
    "\u00a0": " ", "\u2007": " ", "\u2009": " ", "\u202f": " ", "\u200a": " ",
    "\u2002": " ", "\u2003": " ", "\u3000": " ",
    "\u201e": "\u201c", "\u201f": "\u201c", "\u00ab": "\u201c", "\u00bb": "\u201d",
    "\u2039": "\u2018", "\u203a": "\u2019", "\u201a": "\u2018", "\u2032": "'", "\u2033": '"',
    "\uff02": '"', "\uff07": "'", "\u2010": "-", "\u2011": "-", "\u2212": "-",
}
# Invisible characters that only break tokenisation ("Ukraine\u00adian").
DROPPED_CHARS = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
TRANSLATED_CHARS = re.compile("[" + re.escape(DROPPED_CHARS + "".join(PUNCTUATION_MAP)) + "]")

MAX_HEADLINE_WORDS = 25
UNRELATED_HEADLINE_OVERLAP = 0.2  # share of headline content words found in the body
SUBHEAD_MAX_WORDS = 8
WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
# A liveblog entry's own time stamp on its line ("18:40", "16:40 IST", "0320 GMT", "10.15am",
# "Updated 14:05 BST", "Thursday, 22:30 BST" for an entry of the day before): story text, a
# figure of the page, not a subheading.
TIMESTAMP_LINE = re.compile(r"^\s*(?:(?:updated|posted)\s*:?\s*)?"
                            rf"(?:{WEEKDAY},?\s+)?"
                            r"(?:\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?|\d{1,2}\s?[ap]\.?m\.?"
                            r"|\d{4}(?=\s+(?:GMT|UTC)))(?:\s+[A-Z]{2,5})?"
                            # the entry's day when it is not the page's ("2350 GMT (Monday)"), or the
                            # same time in another zone ("15:50 GMT (17:50 local)", "12:20 (04:20 GMT)")
                            rf"(?:\s*\({WEEKDAY}\)|\s*\((?:local|local time)\)"
                            r"|\s*\(\d{1,2}[:.]\d{2}(?:\s+[A-Za-z]+){0,2}\))?"
                            # and its own headline on the same line ("1420 GMT - Ministers meet")
                            r"(?:\s*:?\s*$|\s*(?:[-:|\u2013\u2014])\s+\S[^\n]{0,120}$)", re.IGNORECASE)
# A live page's day line ("Tuesday 14 July 2015", "Tuesday 10 November 2020 | All times GMT"):
# the entries below are of that day, so it is story text, not a subheading.
DAY_LINE = re.compile(rf"^\s*(?:{WEEKDAY},?\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH}|{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?)"
                      rf"(?:\s+\d{{4}})?(?:\s*[|\u2013\u2014-]\s*(?:all\s+)?times?\s+(?:are\s+)?(?:in\s+)?(?-i:[A-Z]{{2,5}})(?:[+-]\d{{1,2}})?)?\s*$",
                      re.IGNORECASE)

# (rule name, pattern over a whole paragraph); case-insensitive.
BOILERPLATE_RULES: list[tuple[str, re.Pattern]] = [
    (name, re.compile(pattern, re.IGNORECASE))
    for name, pattern in [
        ("ad marker", r"^\s*[\[(]?\s*(ad_?\d*|advertisement|sponsored( content)?|ad)\s*[\])]?\s*$"),
        ("source link", r"^\s*(source link|source|read more|read the full story|continue reading)\s*:?\s*$"),
        ("subscription prompt", r"\b(subscrib\w*|sign up for|newsletter|quality journalism|paywall|support our journalism)\b.{0,200}$"
                                r"|\bsign up (here|now|today)\b|\bin your inbox\b"),
        # readers' comments, not a news sentence about someone's comments ("Her comments on
        # child abuse drew criticism" stays): the site speaks of "our/your comments"
        ("comment policy", r"\b(our|your|readers'?) comments?\b.{0,120}\b(closed|policy|privilege|moderat\w*|community|abuse\w*|guidelines)\b"
                           r"|\bcomment on our (stories|articles)\b|\bcomments? (policy|section)\b|^\s*comments? are (closed|disabled)"
                           r"|^\s*comments?( on this (story|article|page))? (are|is|will be) (moderated|closed|reviewed)\b"
                           r"|\bsend us your (comments|views|thoughts|stories)\b"),
        # "(Reporting by Jane Roe in Ankara; Editing by John Doe)" closes wire copy
        ("credits", r"contributed (to )?this report|^\s*with (reports|reporting) (from|by)\b|information in this report came from"
                    r"|^\s*\(\s*(additional )?(reporting|editing|writing|compiled) by\b"
                    r"|^\s*(additional )?(reporting|editing|writing) by\b([^.]*(;|\b(editing|writing) by\b)|(\s+[^\s.]+){1,8}\s*$)"
                    r"|^[^.]{0,40}\b(writers?|reporters?|correspondents?)\b[^.]{0,120}\bcontributed\W*$"),
        # "By Jane Roe (jroe@example.com)": a byline with the writer's address
        ("byline", r"^\s*by\s+[^.]{1,60}?\(?[\w.+-]+@[\w-]+(\.[\w-]+)+\)?\s*$"),
        ("page tools", r"^\s*share (this|the) (story|article|page)\s*:?\s*(facebook|twitter|x|whatsapp|e-?mail|linkedin|telegram|reddit)"
                       r"(\s*[|\u2022\u00b7,]\s*(facebook|twitter|x|whatsapp|e-?mail|linkedin|telegram|reddit|copy link))*\s*$"
                       r"|^\s*(back to top|print|e-?mail( this (page|article|story))?|share( this( story| article)?)?)"
                       r"(\s*[|\u2022\u00b7]\s*(back to top|print|e-?mail( this (page|article|story))?|share( this( story| article)?)?|facebook|twitter|whatsapp))+\s*$"),
        # the agency's own footer and the republisher's note: "Our Standards: ...", "Originally published by X."
        ("publisher note", r"^\s*our standards\s*:|^\s*(originally|first) (published|appeared) (by|in|on)\b"
                           r"|^\s*republished (with|under|by)\b|^\s*this (story|article) (was|first) (originally )?(published|appeared)\b"
                           r"|^\s*this (story|article|report) (is|has been|was) (republished|reproduced|syndicated)\b"
                           r"|^\s*(this|the) (article|story|report|content|material) (may|must|can|cannot|can't) (not )?be (republished|reproduced|redistributed|copied)\b"),
        # a live page's own notes: "This blog has now closed.", "The views of contributors ... do
        # not necessarily reflect those of the broadcaster."
        ("disclaimer", r"^\s*(this|our) (live )?(blog|page|live page|coverage) (has )?(now )?(closed|ended)\b"
                       r"|^\s*the views (expressed )?(of|by|in) [^.]{0,60}\bdo(es)? not necessarily (reflect|represent)\b"
                       r"|^\s*(the )?(views|opinions) expressed (in|by) [^.]{0,60}\b(are not|do not|don't) (necessarily )?(those of|reflect|represent) (this|the|our) (publication|site|website|newspaper|page|broadcaster|publisher|editors?)\b"
                       r"|^\s*disclaimer\s*:|^\s*(this|our) (live )?(blog|page|live page|coverage) is (compiled|updated|based|written)\b"
                       # "... could not be independently verified. Times are GMT.": a page's own note on its entries
                       r"|\b(all )?times (are |in )+(?-i:[A-Z]{2,5})([+-]\d{1,2})?\.?\s*$"),
        ("tag line", r"^\s*(keywords|tags|topics|filed under)\s*:.{0,300}$|^\s*posted (by|in)\b[^.]{0,80}\|[^.]{0,80}$"
                     r"|^\s*source\s*:\s*(https?://)?[\w-]+(\.[\w-]+)+/?\S*\s*$"
                     # an aggregator's source tag: "Source: Capitol Wire | via NewsHub | August 14, 2008"
                     r"|^\s*source\s*:[^.|\n]{2,60}(\|[^|\n]{2,60}){1,3}$|^\s*source\s*:[^.|\n]{2,60}\bvia\b[^.|\n]{2,60}$"),
        ("related teaser", r"^\s*(check also|related( stories| articles| coverage)?|see also|more on this|recommended|you may also like|read also|also read)\s*:?\s*$"),
        ("author box", r"^\s*about (the author|[A-Z][\w'.-]+( [A-Z][\w'.-]+){0,3})\s*$"),
        ("caption", r"^\s*(watch|video|listen|photo|gallery|live briefing)\s*:"),
        ("social embed", r"pic\.twitter\.com|\bt\.co/\w+|\(@\w{1,15}\)\s+\w+ \d{1,2}, \d{4}|^\s*—\s*[^()]{1,60}\(@\w{1,15}\)"),
        ("promo", r"^\s*(consult|follow|download|click|tap|join|listen to|sign up|get|refresh|catch|track)\s.{0,200}"
                  r"\b(briefing|newsletter|podcast|app|live|updates?|coverage|channel|latest news|breaking news|headlines)\b"),
        ("cookie notice", r"\b(we|this (web)?site|our (web)?site) uses? cookies\b|\baccept (all )?cookies\b"),
        ("copyright", r"^\s*(©|\(c\)|copyright\b).{0,120}$|\ball rights reserved\b|^\s*[\w.&' -]{1,40}\s©\s*\d{4}\b.{0,120}$"),
        # a one-line teaser: "Also Read | Delhi shivers at 6.2 degrees", "Read more: ..."
        ("related teaser line", r"^\s*(also read|read also|read more|see also|related|watch|more from [\w -]{1,30})\s*[|:]\s*\S.{0,200}$"),
    ]
]
# Lower-case words without which a rule cannot match: a paragraph holding none of them skips
# that rule's (slow, case-blind) search. Exact only where lower() and IGNORECASE agree, i.e.
# without the few non-ASCII letters IGNORECASE also matches to ASCII ones (CASE_BLIND_EXTRAS).
RULE_WORDS = {
    "subscription prompt": ("subscrib", "sign up", "newsletter", "quality journalism", "paywall",
                            "support our journalism", "in your inbox"),
    "comment policy": ("comment", "send us your"),
    "credits": ("contributed", "report", "ing by", "compiled by"),
    "disclaimer": ("blog", "page", "coverage", "necessarily", "expressed", "disclaimer", "times"),
    "social embed": ("pic.twitter.com", "t.co/", "(@"),
    "cookie notice": ("cookies",),
    "copyright": ("\u00a9", "(c)", "copyright", "all rights reserved"),
}
CASE_BLIND_EXTRAS = re.compile("[\u0130\u0131\u017f\u212a]")  # İ ı ſ K (Kelvin): match i, i, s, k
# A teaser section ("Check Also", "Related") swallows everything after it.
TRAILING_SECTIONS = {"related teaser", "author box"}
SENTENCE_END = re.compile(r"[.!?\"'\u201d\u2019:)\]…]\s*$")
WORD = re.compile(r"[A-Za-z][A-Za-z'-]+")
STOPWORDS_SHORT = {
    "the", "and", "for", "with", "from", "that", "this", "into", "over", "after", "news",
    "says", "said", "will", "amid", "about", "their", "have", "has", "was", "are",
}


# A short text is kept when it is complete sentences: "Macron spoke with Putin by phone on
# Saturday, the Elysee said." is; "Home News World Sport" and "Share this article" are not.
MIN_SENTENCE_WORDS = 6
MIN_FUNCTION_WORDS = 2
COMPLETE_SHARE = 0.6  # of the words, in complete sentences
LOWERCASE_SHARE = 0.3  # of a sentence's words; menus are Title Case ("Contact Us About Us")
MENU_SEPARATORS = re.compile(r"\s[|•·»›/]\s|\s>\s")
SENTENCE_SPLIT = re.compile(r"(?<=[.!?])[\"'\u201d\u2019)]?\s+")
SENTENCE_SHAPE = re.compile(r"^[\"'\u201c\u2018(]?[A-Z0-9].*[.!?][\"'\u201d\u2019)]?$", re.DOTALL)
FUNCTION_WORDS = {
    "the", "a", "an", "of", "to", "in", "on", "at", "by", "for", "with", "from", "and", "or", "but",
    "that", "which", "who", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will",
    "would", "said", "says", "after", "before", "about", "over", "its", "his", "her", "their", "it",
    "he", "she", "they", "we", "not", "as", "than", "this", "these", "those",
}


class Removed(NamedTuple):
    """A paragraph removed from an article, and why."""

    rule: str
    text: str


def normalize_text(text: str) -> str:
    """Normalise Unicode spaces, exotic quote marks and dashes; drop invisible characters."""
    text = unicodedata.normalize("NFC", text)
    if TRANSLATED_CHARS.search(text):  # most texts have none; translate() reads every character
        text = text.translate({ord(c): None for c in DROPPED_CHARS})
        text = text.translate(str.maketrans(PUNCTUATION_MAP))
    return text.replace("\r\n", "\n").replace("\r", "\n")


def split_paragraphs(text: str) -> list[str]:
    """Split text into non-empty, whitespace-trimmed paragraphs (one per line)."""
    return [p.strip() for p in text.split("\n") if p.strip()]


def collapse_spaces(paragraph: str) -> str:
    """Collapse runs of spaces and tabs (left where emoji or links were stripped)."""
    return re.sub(r"[ \t]+", " ", paragraph)


def content_words(text: str) -> set[str]:
    """Lower-cased words of four or more letters that are not function words."""
    words = {w.lower().strip("'-") for w in WORD.findall(text.replace("-", " "))}
    return {w for w in words if len(w) > 3 and w not in STOPWORDS_SHORT}


def is_headline_like(paragraph: str) -> bool:
    """True for a short line without sentence-final punctuation (a title or subhead)."""
    n_words = len(paragraph.split())
    return 0 < n_words <= MAX_HEADLINE_WORDS and not SENTENCE_END.search(paragraph)


def is_unrelated_headline(headline: str, body: list[str]) -> bool:
    """True when almost none of a headline's content words occur in the body.

    Aggregator pages often paste the previous story's headline above the article
    ("Kyrgyz opposition politician ... transferred to house arrest" above a story about a
    phone call); a real headline shares most of its content words with its story.
    """
    words = content_words(headline)
    if len(words) < 2 or not body:
        return False
    body_words = content_words(" ".join(body))
    return len(words & body_words) / len(words) < UNRELATED_HEADLINE_OVERLAP


def match_rule(paragraph: str) -> str | None:
    """Name of the boilerplate rule a paragraph matches, or None."""
    lower = None if CASE_BLIND_EXTRAS.search(paragraph) else paragraph.lower()
    for name, pattern in BOILERPLATE_RULES:
        words = RULE_WORDS.get(name)
        if words and lower is not None and not any(word in lower for word in words):
            continue
        if pattern.search(paragraph):
            if name == "subscription prompt" and len(paragraph.split()) > 40:
                continue  # a long paragraph that mentions a newsletter is still news
            return name
    if is_stripped_embed(paragraph):
        return "social embed"
    return None


# "- Mr Ahern, at about 4am", "* Day two": an item of a list in the story, not a heading.
LIST_ITEM = re.compile(r"^\s*[-*\u2022\u2013]\s+\S")


def is_subheading(paragraph: str) -> bool:
    """A short line with no sentence punctuation inside a story ("The frenzy of diplomacy")."""
    # a lead-in ending in a colon introduces what follows ("The minister replied:"): story text
    return (len(paragraph.split()) <= SUBHEAD_MAX_WORDS and not re.search(r"[.!?]", paragraph)
            and not LIST_ITEM.match(paragraph)
            and not paragraph.rstrip().endswith(":") and not TIMESTAMP_LINE.match(paragraph)
            and not DAY_LINE.match(paragraph))


def is_stripped_embed(paragraph: str) -> bool:
    """An embedded post whose emoji or handles were stripped: lower-case start, gap.

    Example: "and  are close defence partners" (two flag emoji removed).
    """
    return bool(re.match(r"^[a-z]", paragraph)) and "  " in paragraph


def remove_boilerplate(paragraphs: list[str]) -> tuple[list[str], list[Removed]]:
    """Split paragraphs into kept body paragraphs and removed boilerplate.

    Args:
        paragraphs: article body paragraphs, header lines already taken off.

    Returns:
        (kept paragraphs, removed paragraphs with the rule that matched).
    """
    kept: list[str] = []
    removed: list[Removed] = []
    trailing = False
    for i, para in enumerate(paragraphs):
        rule = "after teaser" if trailing else match_rule(para)
        if rule in TRAILING_SECTIONS:
            trailing = True
        if rule is None and i + 1 < len(paragraphs) and is_headline_like(para):
            nxt = match_rule(paragraphs[i + 1])
            if nxt in {"promo", "caption"}:
                rule = "promo heading"
        after_stamp = i > 0 and TIMESTAMP_LINE.match(paragraphs[i - 1])  # a liveblog entry's headline
        if rule is None and is_subheading(para) and not after_stamp:
            rule = "subheading"
        if rule is None:
            kept.append(para)
        else:
            removed.append(Removed(rule, para))
    return kept, removed


def is_complete_sentences(text: str) -> bool:
    """True when most of ``text`` is complete English sentences: each of at least six words,
    capitalised, ending in ``.``/``!``/``?``, mostly lower-case, with function words and a
    lower-case content word ("spoke", "talks"), which menus and link lists ("Home | News |
    Contact Us") lack."""
    words = text.split()
    if not words:
        return False
    complete = 0
    for sentence in SENTENCE_SPLIT.split(" ".join(words)):
        tokens = [t.strip(".,;:!?\"'()\u201c\u201d\u2018\u2019") for t in sentence.split()]
        lowered = [t.lower() for t in tokens]
        if (len(tokens) >= MIN_SENTENCE_WORDS and SENTENCE_SHAPE.match(sentence) and not MENU_SEPARATORS.search(sentence)
                and sum(t[:1].islower() for t in tokens) >= LOWERCASE_SHARE * len(tokens)
                and sum(t in FUNCTION_WORDS for t in lowered) >= MIN_FUNCTION_WORDS
                and any(t.isalpha() and t.islower() and len(t) > 2 and t not in FUNCTION_WORDS for t in tokens)):
            complete += len(tokens)
    return complete >= COMPLETE_SHARE * len(words)
