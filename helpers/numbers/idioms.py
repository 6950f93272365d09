"""Number words that are part of a fixed phrase and count nothing.

"a one-on-one session", "met the crew one by one", "spoke to one another", "at one point the
talks stalled": the phrase says how or when, not how many, so no figure is read from it
("at one point five percent" is a decimal).
"""

from __future__ import annotations

import re

# Each phrase with the span of its number word: "one-on-one" drops both "one"s.
ONE_IDIOMS = re.compile(r"(?<![\w-])(?:one-(?:on|to)-one|one by one|one another|one after (?:the other|another)|at one point(?!\s+(?:zero|oh|two|three|four|five|six|seven|eight|nine|\d)))(?![\w-])",
                        re.I)


def outside_idioms(rows: list[dict], text: str) -> list[dict]:
    """Number rows that do not lie inside a fixed phrase such as "one by one"."""
    spans = [m.span() for m in ONE_IDIOMS.finditer(text)]
    if not spans:
        return rows
    return [row for row in rows if not any(start <= row["start"] < end for start, end in spans)]
