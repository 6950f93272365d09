"""A contact's status comes from its own predicate, not from a verb conjoined to it (invented texts)."""

from __future__ import annotations

import pytest

from helpers import analyze_text


def _statuses(text: str) -> set:
    calls = analyze_text(text, date="2031-05-08", outlet="Test Wire").calls
    return {(tuple(sorted(r.participants)), r.status) for r in calls.itertuples()}


@pytest.mark.parametrize("text, expected", [
    pytest.param("The palace says Raimo Kettunen and Joana Leal have begun a video conference and are expected to "
                 "sign the accord.", {(("Joana Leal", "Raimo Kettunen"), "happened")}, id="begun-and-expected-to-sign"),
    pytest.param("Raimo Kettunen met Joana Leal on Monday and is expected to sign a pact.",
                 {(("Joana Leal", "Raimo Kettunen"), "happened")}, id="met-and-expected-to-sign"),
    pytest.param("Raimo Kettunen is expected to travel to Oslo and meet Joana Leal on Monday.",
                 {(("Joana Leal", "Raimo Kettunen"), "expected")}, id="expected-to-travel-and-meet"),
    pytest.param("Raimo Kettunen will travel to Oslo and meet Joana Leal on Monday.",
                 {(("Joana Leal", "Raimo Kettunen"), "planned")}, id="will-travel-and-meet"),
])
def test_status_of_conjoined_predicates(text, expected):
    assert _statuses(text) == expected
