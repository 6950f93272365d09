"""A weekday of some other week ("on a Friday two weeks ago") is not the last such weekday."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.calls.dates import resolve

REFERENCE = pd.Timestamp("2024-03-14")  # a Thursday


@pytest.mark.parametrize("expr", ["on a Friday almost two weeks ago", "one Tuesday in February", "every Monday"])
def test_a_weekday_of_another_week_gives_no_day(expr):
    assert resolve(expr, REFERENCE, "happened")["date"] is None


@pytest.mark.parametrize("expr, day", [("on Friday", "2024-03-08"), ("last Tuesday", "2024-03-12")])
def test_a_plain_weekday_is_still_the_last_one(expr, day):
    assert resolve(expr, REFERENCE, "happened")["date"] == pd.Timestamp(day)
