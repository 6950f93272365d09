"""Session 8 classes: a range stays one figure, a day paired with a dated day, a group
with a member added ("P5+1"), a quotation mark after a number word.

Own sentences, other names and events than the dev data."""
import pytest

import helpers


def _rows(text, date="2024-03-06"):
    df = helpers.numbers_in_text(text, date=date)
    return [(r.surface, r.kind, r.value if r.value == r.value else None) for r in df.itertuples()]


@pytest.mark.parametrize("text, surface, low, high", [
    ("Between 40 and 60 lorries wait at the border each night.", "Between 40 and 60", 40, 60),
    ("Inflation of between 3 and 5 percent is forecast for Ghana.", "between 3 and 5 percent", 3, 5),
    ("The fund pledged between $2 billion and $3 billion to Lima.", "between $2 billion and $3 billion", 2e9, 3e9),
    ("Boats stayed from four to nine nautical miles offshore.", "from four to nine nautical miles", 4, 9),
])
def test_a_range_is_one_figure_with_its_bounds(text, surface, low, high):
    """Issue 15: one mention with low/high, so a range is never counted twice in a chart."""
    df = helpers.numbers_in_text(text, date="2024-03-06")
    assert df["surface"].tolist() == [surface] and (df.loc[0, "low"], df.loc[0, "high"]) == (low, high)


@pytest.mark.parametrize("text, dates", [
    ("The envoys met in Lusaka on 14 and 15 March.", ["2024-03-14", "2024-03-15"]),
    ("Ministers were in Quito on 2 and 3 February.", ["2024-02-02", "2024-02-03"]),
])
def test_a_day_paired_with_a_dated_day_is_a_date(text, dates):
    df = helpers.numbers_in_text(text, date="2024-03-20")
    assert [str(d.date()) for d in df["date"]] == dates and (df["kind"] == "date").all()


def test_a_day_pair_needs_a_month():
    assert ("14", "count", 14.0) in _rows("Of the 30 envoys, 14 and 15 more arrived in May.")


@pytest.mark.parametrize("text, row", [
    ("Tehran met the P5+1 negotiators in Geneva.", ("P5+1", "name", 6.0)),
    ("The G7 leaders met in Apulia.", ("G7", "name", 7.0)),
])
def test_a_group_with_a_member_added_is_one_name(text, row):
    assert _rows(text) == [row]


@pytest.mark.parametrize("text, row", [
    ('"This crisis is a serious one". the envoy said.', ("one", "count", 1.0)),
    ('The bolt is 3" long.', ('3"', "measure", 3.0)),
])
def test_a_quotation_mark_after_a_number_word_is_no_inch(text, row):
    assert row in _rows(text)


@pytest.mark.parametrize("text, row", [
    ("Mediators will try one last time to seat both sides.", ("one", "count", 1.0)),
    ("The envoy made one final appeal to Kigali.", ("one", "count", 1.0)),
])
def test_one_before_adjective_and_noun_counts_it(text, row):
    assert row in _rows(text)


@pytest.mark.parametrize("text", [
    "Letters go to the mission at 40 Elm Road, Dover, DE 19901 each week.",
    "The office moved to Austin, TX 78701 last year.",
])
def test_a_postal_code_is_no_figure(text):
    assert not any(r[0] in {"19901", "78701"} for r in _rows(text))
