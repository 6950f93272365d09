"""Numbers classes of branch c11num: what a figure counts in partitives ("one of the envoys",
"one of them said"), hyphened counts ("a four-way call", "a 9,000-strong brigade"), abstentions,
tolls without a noun ("killing scores", "the number wounded"), measures' units and type
designations.

Own sentences, other names and events than the dev data."""
import pytest

import helpers


def _row(text, surface, date="2024-03-06"):
    df = helpers.numbers_in_text(text, date=date)
    hit = df[df["surface"] == surface]
    assert len(hit) == 1, df[["surface", "kind", "value", "counted"]].to_dict("records")
    return hit.iloc[0]


def _counted(row):
    return row["counted"] if isinstance(row["counted"], str) else None


@pytest.mark.parametrize("text, surface, counted", [
    ("The talks ran late into the night, one of the envoys said.", "one", "envoys"),
    ("Aid workers say thousands of displaced Rohingya have crossed since May.", "thousands", "displaced Rohingya"),
    ("It was one of the deadliest floods on record.", "one", "flood"),  # a flood, ranked
    ("Three Swedish diplomats were briefed on the plan. One of them said it would fail.", "One", "Swedish diplomat"),
    ('Two regional officials, speaking anonymously, described the meeting. "Nothing was settled," one of them said.',
     "one", "regional official"),
])
def test_partitives_count_the_group_named(text, surface, counted):
    assert _counted(_row(text, surface)) == counted


def test_one_of_them_about_things_is_not_guessed():
    row = _row("The ministers signed four accords. One of them covers fishing rights.", "One")
    assert _counted(row) != "minister"


@pytest.mark.parametrize("text, surface, counted", [
    ("The four-way call between the capitals lasted an hour.", "four", "parties"),
    ("A 9,000-strong brigade was moved to the frontier.", "9,000", "people"),
    ("Eleven members voted for the motion and four abstained.", "four", "abstentions"),
    ("Militia fighters stormed the market on Sunday, killing dozens.", "dozens", "people killed"),
    ("Medics put the number wounded at 240; the ministry says 95.", "240", "people wounded"),
    ("Medics put the number wounded at 240; the ministry says 95.", "95", "people wounded"),
])
def test_counts_without_a_noun_after_them(text, surface, counted):
    assert _counted(_row(text, surface)) == counted


def test_the_number_alone_is_no_toll():
    row = _row("About 40 engineers are on site and the number may grow to 700.", "700")
    assert _counted(row) == "engineers"


@pytest.mark.parametrize("text, surface, counted", [
    ("The village lies some 25 km (16 miles) from the border.", "25 km", "km"),
    ("The village lies some 25 km (16 miles) from the border.", "16 miles", "miles"),
    ("Patrols cover the 800-kilometre frontier.", "800-kilometre", "kilometres"),
    ("The convoy carried 300 tonnes of flour.", "300 tonnes", "flour"),
])
def test_measures_count_their_unit_or_their_stuff(text, surface, counted):
    assert _counted(_row(text, surface)) == counted


def test_model_codes_are_type_designations():
    row = _row("The air force grounded its Su-25s after the crash.", "Su-25s")
    assert (row["kind"], _counted(row)) == ("name", "type designation")
