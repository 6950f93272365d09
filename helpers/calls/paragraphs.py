"""How far back the story named a day, in paragraphs: a day named several paragraphs back no
longer dates an undated contact (``mentions``)."""

from __future__ import annotations

import re

from helpers.calls.dates import NARRATIVE_OFFSETS


STALE_PARAGRAPHS = 3  # paragraphs on from the last that named a day


class ParagraphCount:
    """Paragraphs (blank lines) passed since the last one that named a day: a day named three
    paragraphs back ("Holbrooke met him in Belgrade on Monday. / NATO said ... / Ivanov said
    ... / Blair telephoned Chirac after the talks ended") is no longer the day the story is at.
    Counted incrementally (linear in the text)."""

    def __init__(self, text: str):
        self.text, self.at, self.count, self.day_at = text, 0, 0, None

    def _advance(self, offset: int) -> None:
        if offset > self.at:
            self.count += self.text.count("\n\n", self.at, offset)
            self.at = offset

    def dated(self, offset: int) -> None:
        self._advance(offset)
        self.day_at = self.count

    def stale(self, offset: int) -> bool:
        self._advance(offset)
        return self.day_at is not None and self.count - self.day_at >= STALE_PARAGRAPHS


def counts_from_story(sentence: str) -> bool:
    """Words that count from the day the story last named ("On the same day", "a day later")."""
    text = sentence.lower()
    return any(re.search(pattern, text) for pattern in NARRATIVE_OFFSETS) or bool(COUNTED_FROM_STORY.search(text))


COUNTED_FROM_STORY = re.compile(r"\b(?:two|three|four|five|[2-5]) days (?:earlier|later)\b")
