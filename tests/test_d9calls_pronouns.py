"""Who a possessive pronoun on a contact noun stands for (invented texts)."""

from __future__ import annotations

import pandas as pd

from helpers import analyze_text


def _contacts(text: str) -> set:
    calls = analyze_text(text, date="2031-05-08", outlet="Test Wire").calls
    return {(tuple(sorted(r.participants)), None if pd.isna(r.date) else f"{r.date:%Y-%m-%d}")
            for r in calls.itertuples()}


def test_his_is_the_owner_of_the_subject_not_an_earlier_speaker():
    text = ("Carlos Ibarra Soto said the ceasefire held. Raimo Kettunen's call with Joana Leal on Tuesday lasted "
            "about 45 minutes, according to the palace, and it was immediately followed by his call to Norway's "
            "Erik Lund Berg.")
    assert _contacts(text) == {(("Joana Leal", "Raimo Kettunen"), "2031-05-06"),
                               (("Erik Lund Berg", "Raimo Kettunen"), "2031-05-06")}
