"""A meal shared with a named person is a meeting; a meal named as a time or as part of talks is not (invented texts)."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers import analyze_text


def _contacts(text: str) -> set:
    calls = analyze_text(text, date="2031-05-08", outlet="Test Wire").calls
    return {(tuple(sorted(r.participants)), None if pd.isna(r.date) else f"{r.date:%Y-%m-%d}", r.channel)
            for r in calls.itertuples()}


@pytest.mark.parametrize("text, expected", [
    pytest.param("Raimo Kettunen had lunch with Portugal's Prime Minister Joana Leal at the palace on Monday.",
                 {(("Joana Leal", "Raimo Kettunen"), "2031-05-05", "in_person")}, id="had-lunch-with"),
    pytest.param("Raimo Kettunen hosted Joana Leal for dinner on Tuesday.",
                 {(("Joana Leal", "Raimo Kettunen"), "2031-05-06", "in_person")}, id="hosted-for-dinner"),
    pytest.param("Raimo Kettunen met Joana Leal on Monday. That was followed by a working lunch with both "
                 "delegations. Nobody knew until breakfast whether there would be a deal.",
                 {(("Joana Leal", "Raimo Kettunen"), "2031-05-05", "in_person")}, id="working-lunch-and-time"),
    pytest.param("On Sunday Joana Leal received Erik Lund Berg at the palace, and a day later she gave Raimo "
                 "Kettunen lunch there.",
                 {(("Erik Lund Berg", "Joana Leal"), "2031-05-04", "in_person"),
                  (("Joana Leal", "Raimo Kettunen"), "2031-05-05", "in_person")}, id="gave-a-guest-lunch"),
])
def test_shared_meal(text, expected):
    assert _contacts(text) == expected
