"""Group counterparts of contacts (issue 13): the group's label is a participant."""
import pytest

from helpers import analyze_text


@pytest.mark.parametrize("text, expected", [
    ("On Tuesday Chancellor Greta Varn telephoned Nordic leaders about the pipeline.",
     {("Greta Varn", "Nordic leaders")}),
    ("On Monday Foreign Minister Tomas Ellery briefed members of the Arctic Council by video link.",
     {("Tomas Ellery", "members of the Arctic Council")}),
    ("On Monday Foreign Minister Tomas Ellery briefed reporters in the capital.", set()),
    ("On Monday Foreign Minister Tomas Ellery called members of his staff.", set()),
])
def test_group_counterpart_is_a_participant(text, expected):
    calls = analyze_text(text, date="2031-04-02", outlet="Test Wire").calls
    found = {tuple(p) for p in calls["participants"]} if len(calls) else set()
    assert found == expected
