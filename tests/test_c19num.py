"""Session 19 number classes (issue 15): a live page's masthead, hyphenated durations with any
number word, dollars with a country prefix and a scale word.

Own sentences, other names and events than the dev data."""
import pytest

import helpers


def _rows(text, date="2024-03-06"):
    df = helpers.numbers_in_text(text, date=date)
    return [(r.surface, r.kind, r.value if r.value == r.value else None) for r in df.itertuples()]


@pytest.mark.parametrize("masthead, leaked", [
    ("Monday 3 May 2004", "Monday 3 May 2004"),
    ("Monday 3 May 2004.\nTimes are GMT; Lisbon is one hour ahead, Ottawa five hours behind.", "one hour"),
    ("Monday 3 May 2004. Times are GMT; Lisbon is one hour ahead, Ottawa five hours behind.", "five hours"),
    ("Tuesday 9 June 1987 - all times EDT (GMT minus four hours) unless stated", "minus four hours"),
    ("All times are Lima time (GMT-5); Quito is two hours ahead.", "two hours"),
])
def test_a_live_page_masthead_is_no_figure(masthead, leaked):
    """The date line and clock note under a live page's title are metadata, like a header date."""
    text = f"{masthead}\n10:20 GMT\nThe envoy met three ministers in Lisbon."
    surfaces = [surface for surface, _, _ in _rows(text, date="2004-05-03")]
    assert leaked not in surfaces and "three" in surfaces


@pytest.mark.parametrize("text, surface", [
    ("Times are hard: 5 million people are out of work.\nThe minister said so.", "5 million"),
    ("The minister arrived late.\nMonday 3 May 2004 was the day the talks began.", "Monday 3 May 2004"),
    ("Monday 3 May 2004 saw the talks begin.\nThe minister said so.", "Monday 3 May 2004"),
    ("Monday 3 May 2004. Times are GMT; Lisbon is one hour ahead.", "one hour"),
])
def test_story_lines_and_one_line_texts_keep_their_figures(text, surface):
    assert surface in [s for s, _, _ in _rows(text, date="2004-05-03")]


@pytest.mark.parametrize("text, surface, minutes", [
    ("After an eleven-hour session the envoys left Quito.", "eleven-hour", 660),
    ("The forty-eight-hour truce held in Tigray.", "forty-eight-hour", 2880),
    ("She began a nineteen-day tour of the Andes.", "nineteen-day", 19 * 1440),
    ("A twenty-minute call followed.", "twenty-minute", 20),
])
def test_any_number_word_makes_a_hyphenated_duration(text, surface, minutes):
    assert (surface, "duration", minutes) in _rows(text)


@pytest.mark.parametrize("text, surface, value, unit", [
    ("Lima pledged US$4 billion to the fund.", "US$4 billion", 4e9, "USD"),
    ("The port deal is worth S$20 million.", "S$20 million", 2e7, "SGD"),
    ("Taipei approved NT$1.3 billion for drills.", "NT$1.3 billion", 1.3e9, "TWD"),
    ("The ticket cost US$40, a sum few could pay.", "US$40", 40, "USD"),
])
def test_a_glued_dollar_amount_takes_its_scale_word(text, surface, value, unit):
    df = helpers.numbers_in_text(text, date="2024-03-06")
    row = df[df["surface"] == surface]
    assert len(row) == 1 and row.iloc[0]["value"] == pytest.approx(value)
    assert (row.iloc[0]["kind"], row.iloc[0]["unit"]) == ("money", unit)


@pytest.mark.parametrize("text", [
    "The ministers held a one-on-one session in Accra.",
    "The envoy greeted the freed sailors one by one.",
    "The foreign ministers of Peru and Chile praised one another.",
    "At one point the Nairobi talks nearly collapsed.",
    "Delegates left the hall one after the other.",
])
def test_one_in_a_fixed_phrase_counts_nothing(text):
    assert _rows(text) == []


@pytest.mark.parametrize("text, surface", [
    ("One envoy met the ministers one after another.", "One"),
    ("Only one delegate spoke to another reporter.", "one"),
])
def test_one_outside_a_fixed_phrase_stays(text, surface):
    assert (surface, "count", 1) in _rows(text)


@pytest.mark.parametrize("text, surface, low, high", [
    ("Talks in Lusaka may need two or three weeks.", "two or three weeks", 2 * 10080, 3 * 10080),
    ("The audit will take one or two days.", "one or two days", 1440, 2880),
    ("Three or four envoys argued for a pause.", "Three or four", 3, 4),
])
def test_close_alternatives_are_one_estimate_with_bounds(text, surface, low, high):
    df = helpers.numbers_in_text(text, date="2024-03-06")
    assert df["surface"].tolist() == [surface] and (df.loc[0, "low"], df.loc[0, "high"]) == (low, high)


@pytest.mark.parametrize("text, surfaces", [
    ("Voters could pick 1 or 100 on the ballot.", ["1", "100"]),
])
def test_distant_alternatives_stay_two_figures(text, surfaces):
    assert [s for s, _, _ in _rows(text)] == surfaces


@pytest.mark.parametrize("text", [
    "May spoke by telephone with the Irish taoiseach.",
    "The taoiseach told May he would not block the deal.",
    "After May's statement, sterling rose.",
    "Prime Minister Theresa May left Dublin.",
])
def test_may_the_person_is_no_month(text):
    assert [s for s, kind, _ in _rows(text) if kind == "date"] == []


@pytest.mark.parametrize("text", [
    "The Lima talks began in May.",
    "Since May, the envoys have met twice.",
    "May was the wettest month in Quito.",
])
def test_may_the_month_stays(text):
    assert "May" in [s for s, kind, _ in _rows(text) if kind == "date"]


def test_a_month_before_its_noun_stays_after_a_participle():
    assert "August" in [s for s, kind, _ in _rows("Nobody has talked to him since the contested August vote.") if kind == "date"]


def test_at_one_point_keeps_the_figure_after_it():
    assert [s for s, _, _ in _rows("At one point one envoy walked out of the Accra talks.")] == ["one"]
