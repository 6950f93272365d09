"""Contact days and statuses: plans being readied, purpose trips (invented texts)."""

from __future__ import annotations

import pytest

from helpers import analyze_text


def _rows(text: str, date: str = "2031-05-16") -> set:
    calls = analyze_text(text, date=date, outlet="Test Wire").calls
    return {(tuple(sorted(r.participants)), f"{r.date:%Y-%m-%d}" if r.date == r.date else None, r.status)
            for r in calls.itertuples()}


@pytest.mark.parametrize("text, expected", [
    pytest.param("An aide to Raimo Kettunen says a telephone conversation between Raimo Kettunen and Joana Leal "
                 "is being prepared for Wednesday.",
                 {(("Joana Leal", "Raimo Kettunen"), "2031-05-21", "planned")}, id="being-prepared-for-weekday"),
    pytest.param("Pavel Orlov and Ines Duarte will return to Lisbon on Monday to meet Tomas Berg "
                 "again, the ministry said.",
                 {(("Ines Duarte", "Pavel Orlov", "Tomas Berg"), "2031-05-19", "planned")}, id="return-to-meet"),
])
def test_contact_days(text, expected):
    assert _rows(text) == expected

