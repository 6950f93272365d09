"""The day of an occasion a contact is dated by ("spoke with Y shortly before the ceremony",
"met X after the signing"): the day the story was at where the article first told of that
occasion ("... agreed on Friday. ... in a ceremony that lasted 40 minutes"), not the day it
named last (``mentions``)."""

from __future__ import annotations

from spacy.tokens import Span, Token

# Occasions that are no contact themselves, which a contact is put before or after.
OCCASION_NOUNS = {"ceremony", "signing", "inauguration", "funeral", "parade", "vote", "referendum", "swearing"}
CUE_WORDS = {"before", "after"}


class OccasionDays:
    """Occasion noun -> the day words the story was at where the article first named it."""

    def __init__(self):
        self.days: dict[str, str] = {}

    def note(self, sent: Span, days: list[tuple[int, str, bool]], story_words: str | None) -> None:
        """Record the occasions a sentence names other than as a cue, with the day it is at."""
        for token in sent:
            noun = token.lemma_.lower()
            if noun in OCCASION_NOUNS and noun not in self.days and cue_of(token) is None:
                here = next((words for at, words, _ in reversed(days) if at < token.idx), None)
                if here or story_words:
                    self.days[noun] = here or story_words

    def day_of_cue(self, sent: Span, trigger: Token) -> str | None:
        """The day words of an occasion named earlier that the trigger's clause is put before or
        after ("spoke by telephone with Y shortly before the ceremony")."""
        for token in sent:
            cue = cue_of(token)
            if cue is not None and token.lemma_.lower() in self.days and trigger in cue.head.subtree:
                return self.days[token.lemma_.lower()]
        return None


def cue_of(noun: Token) -> Token | None:
    """The "before"/"after" a noun is the object of ("before the ceremony"), or None."""
    if noun.lemma_.lower() not in OCCASION_NOUNS or noun.dep_ != "pobj" or noun.head.lower_ not in CUE_WORDS:
        return None
    return noun.head
