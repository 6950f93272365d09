"""Reading figures: number words, fractions, multipliers, ranges, vague amounts, clock times,
durations, measures, date mentions and article reference dates. Every snippet here was
written for these tests."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from helpers import numbers_in_text
from helpers.compare.figures import values_disagree
from helpers.numbers import dates, times, words
from helpers.read import dates as read_dates

REF = pd.Timestamp("2023-03-18")  # a Saturday


@pytest.mark.parametrize("text, value", [
    ("one hundred and sixteen", 116), ("twenty-one trillion", 21e12), ("three dozens", 36),
    ("two thirds", 2 / 3), ("a half", 0.5), ("one and a half", 1.5), ("five and a half million", 5.5e6),
    ("-9.23", -9.23), (".08", 0.08), ("2bn", 2e9), ("10k", 1e4), ("2.33 k", 2330), ("minus seven", -7),
    ("half a dozen", 6), ("two thousand and nine", 2009), ("forty two and a third", 42 + 1 / 3),
    ("3 million and a half", 3.5e6), ("nought point five", 0.5), ("2 1/2", 2.5),
    ("fifty sixty", None), ("third", None), ("seven two", None), ("3 hundred and 4 hundred", None),
])
def test_parse_number(text, value):
    got = words.parse_number(text)
    assert got == pytest.approx(value) if value is not None else got is None


@pytest.mark.parametrize("text, value", [
    ("twenty-fifth", 25), ("one hundred twenty first", 121), ("two hundredth", 200), ("44th", 44),
    ("one fifth", None), ("a third", None),
])
def test_parse_ordinal(text, value):
    assert words.parse_ordinal(text) == value


def _one(text: str, date=REF) -> pd.Series:
    rows = numbers_in_text(text, date=date)
    assert len(rows) == 1, rows[["surface", "value", "kind"]]
    return rows.iloc[0]


@pytest.mark.parametrize("text, surface, value, kind, unit", [
    ("Officials said one hundred and sixteen drones were shot down.", "one hundred and sixteen", 116, "count", None),
    ("The ministry wants $2bn for repairs.", "$2bn", 2e9, "money", "USD"),
    ("The grant was worth 30 MUSD in the end.", "30 MUSD", 3e7, "money", "USD"),
    ("Exports fell by 4.5 per cent last quarter.", "4.5 per cent", 4.5, "percent", "percent"),
    ("The convoy drove 29 km before it stopped.", "29 km", 29, "measure", "kilometre"),
    ("Crews cleared 400 tonnes of rubble.", "400 tonnes", 400, "measure", "tonne"),
    ("The suspect is 5 feet 2 inches tall.", "5 feet 2 inches", 5 + 2 / 12, "measure", "foot"),
    ("The talks lasted an hour and a half.", "an hour and a half", 90, "duration", "minutes"),
    ("They waited one and a half hours outside.", "one and a half hours", 90, "duration", "minutes"),
    ("The summit ran 1 hour and 20 minutes over time.", "1 hour and 20 minutes", 80, "duration", "minutes"),
    ("The envoy, 61 years old, arrived early.", "61 years old", 61, "age", "years"),
])
def test_figures(text, surface, value, kind, unit):
    row = _one(text)
    assert (row["surface"], row["kind"], row["unit"]) == (surface, kind, unit)
    assert row["value"] == pytest.approx(value)


@pytest.mark.parametrize("text, surface, low, high", [
    ("The army massed between 100,000 and 130,000 troops.", "between 100,000 and 130,000", 1e5, 1.3e5),
    ("Each round takes 5-10 days to plan.", "5-10 days", 5 * 1440, 10 * 1440),
    ("The vote needs from two to three hours.", "from two to three hours", 120, 180),
    ("Growth of between 4 and 6 percent is forecast.", "between 4 and 6 percent", 4, 6),
])
def test_ranges_are_one_mention(text, surface, low, high):
    row = _one(text)
    assert (row["surface"], row["approx"]) == (surface, "range")
    assert math.isnan(row["value"]) and (row["low"], row["high"]) == (low, high)


@pytest.mark.parametrize("text, surface", [
    ("Dozens of protesters gathered outside.", "Dozens"),
    ("The flood displaced hundreds of thousands of people.", "hundreds of thousands"),
    ("Several thousand volunteers signed up.", "Several thousand"),
])
def test_vague_amounts_have_no_value(text, surface):
    row = _one(text)
    assert (row["surface"], row["approx"]) == (surface, "many") and math.isnan(row["value"])


@pytest.mark.parametrize("text", [
    "Call the press office on 555-201-7788 for details.",
    "Goods re-exported through third countries were seized.",
    "A few diplomats stayed behind.",
    "This one is harder to judge, one may say.",
    "The COVID-19 rules were lifted.",
])
def test_not_numbers(text):
    assert numbers_in_text(text, date=REF).empty


@pytest.mark.parametrize("text, minutes, zone, utc", [
    ("The vote closes at 7 p.m. sharp.", 1140, None, None),
    ("Polls open at 7 p. m tomorrow.", 1140, None, None),
    ("Talks resumed at noon Paris time.", 720, "Paris", 660),  # CET in March before the switch
    ("The curfew starts at midnight.", 0, None, None),
    ("The ferry leaves at a quarter to 8.", 465, None, None),
    ("The strike began at 15:00 Moscow time.", 900, "Moscow", 720),
    ("Markets closed at 1600 GMT on the day.", 960, "GMT", 960),
    ("The call began at 9:30 a.m. EDT.", 570, "EDT", 810),
    ("He landed at half past seven in the evening.", 1170, None, None),
])
def test_clock_times(text, minutes, zone, utc):
    rows = [r for r in times.clock_times(text, REF)]
    assert len(rows) == 1
    row = rows[0]
    assert (row["value"], row["timezone"], row["utc_time"]) == (minutes, zone, utc)


@pytest.mark.parametrize("text", ["The score was 4:3 after extra time.", "The rate was 4.25 last year.",
                                  "Friday night two people died.", "They spent two to three hours there."])
def test_not_clock_times(text):
    assert times.clock_times(text, REF) == []


@pytest.mark.parametrize("mention, expected", [
    ("Saturday", "2023-03-18"), ("last Monday", "2023-03-13"), ("next Friday", "2023-03-24"),
    ("March 2", "2023-03-02"), ("late December", "2022-12-01"), ("Feb. 20, 2021", "2021-02-20"),
    ("tomorrow", "2023-03-19"), ("two days ago", "2023-03-16"), ("three weeks from tomorrow", "2023-04-09"),
    ("in two weeks", "2023-04-01"), ("Christmas", "2022-12-25"), ("14/07/2022", "2022-07-14"),
    ("2019-05-06", "2019-05-06"), ("the spring", None), ("a while ago", None),
])
def test_resolve_dates(mention, expected):
    got = dates.resolve(mention, REF)
    assert (str(got.date()) if got is not None else None) == expected


def test_every_date_mention_is_kept_undated_when_unknown():
    rows = numbers_in_text("The minister flew out on Thursday and returned in late May.", date=None)
    mentions = rows[rows["kind"] == "date"]
    assert list(mentions["surface"]) == ["Thursday", "late May"]
    assert mentions["date"].isna().all()


@pytest.mark.parametrize("url, text, date, source", [
    ("https://example.org/2021/07/04/world/story.html", "Talks went on.", "2021-07-04", "url"),
    (None, "GENEVA, June 3, 2021 (Wire) - Talks went on.", "2021-06-03", "dateline"),
    (None, "The envoy spoke on Tuesday. The pact of March 1, 2016 and the talks of June 8, 2021 stand.",
     "2021-06-08", "text"),
    (None, "On Monday, a day after the vote of 5 April 2020, and on 12 April 2020, talks went on.", "2020-04-12", "text"),
    (None, "Talks went on without a date.", None, None),
])
def test_article_date(url, text, date, source):
    found, where = read_dates.article_date(url, text)
    assert (str(found.date()) if found is not None else None, where) == (date, source)


def test_corpus_date_for_undated_articles_of_the_same_event_only():
    same_event = "Boluarte met Noboa in Tumbes, where Peruvian and Ecuadorian officials signed the accord."
    articles = pd.DataFrame({
        "article_id": ["a", "b", "c", "d", "e"], "url": [None] * 5, "duplicate_of": [None] * 5,
        "date": pd.to_datetime(["2024-05-02", "2024-05-06", None, None, None]),
        "date_source": ["header", "header", None, None, None],
        "text": [same_event, "Ruto and Museveni opened the Malaba border post.",
                 "On Thursday Boluarte told Noboa in Tumbes that the accord would hold.",
                 "LIMA, May 1 (Wire) - Talks went on.", "Orban phoned Fico about the Danube bridge."]})
    out = read_dates.fill_reference_dates(articles)
    assert list(out["date_source"][:4]) == ["header", "header", "same event", "dateline"]
    assert list(out["date"][:4].dt.strftime("%Y-%m-%d")) == ["2024-05-02", "2024-05-06", "2024-05-02", "2024-05-01"]
    # an article about another event is not dated by the corpus: its weekdays stay unresolved
    assert pd.isna(out.loc[4, "date"]) and pd.isna(out.loc[4, "date_source"])


def test_no_reference_date_without_evidence():
    articles = pd.DataFrame({"article_id": ["a"], "url": [None], "duplicate_of": [None], "date": pd.to_datetime([None]),
                             "date_source": [None], "text": ["Talks went on."]})
    out = read_dates.fill_reference_dates(articles)
    assert out["date"].isna().all() and out["date_source"].isna().all()  # never the run date


@pytest.mark.parametrize("rows, disagree", [
    ([(120000, None, None), (None, 100000, 130000)], False),  # a figure inside a range agrees
    ([(150000, None, None), (None, 100000, 130000)], True),
    ([(None, None, None), (3000, None, None)], False),  # "dozens of" never disagrees
    ([(150, None, None), (160, None, None)], True),
    ([(None, 1, 5), (None, 4, 9)], False),
])
def test_values_disagree(rows, disagree):
    part = pd.DataFrame(rows, columns=["value", "low", "high"])
    assert values_disagree(part) == disagree


@pytest.mark.parametrize("text, value", [
    ("40 000", 4e4), ("1 234 567", 1234567), ("70\u202f500", 70500), ("12,34,567.89", 1234567.89),
    ("1.5e6", 1.5e6), ("-12e-1", -1.2), ("4.1x10^3", 4100), ("3^2", 9), ("six point forty-two", 6.42),
    ("nought point nought seven", 0.07), ("a billionth", 1e-9), ("a first", None), ("8 100", None),
])
def test_parse_number_grouped_scientific_decimal_words(text, value):
    got = words.parse_number(text)
    assert got == pytest.approx(value) if value is not None else got is None


@pytest.mark.parametrize("text, surface, value, kind", [
    ("The regional budget grew to 58 000 euros.", "58 000 euros", 58000, "money"),
    ("The ferry will be back at 8.", "8", 480, "clock_time"),
    ("Shall the envoys meet at 5.15?", "5.15", 315, "clock_time"),
    ("The shuttle returns around 10-ish.", "10-ish", 600, "clock_time"),
    ("The crew worked for 6h without a break.", "6h", 360, "duration"),
    ("The inspectors stayed 2.5years in the zone.", "2.5years", 2.5 * 525600, "duration"),
    ("The 4th regiment moved north.", "4th", 4, "ordinal"),
    ("One in five voters stayed home.", "One in five", 0.2, "count"),  # a share, one row
    ("Two out of three bridges were closed.", "Two out of three", 2 / 3, "count"),
])
def test_more_figures(text, surface, value, kind):
    row = _one(text)
    assert (row["surface"], row["kind"]) == (surface, kind)
    assert row["value"] == pytest.approx(value)


@pytest.mark.parametrize("text", [
    "Unemployment stood at 8.",       # a level after "stood at", not a time
    "The fund closed at 4.35.",
    "He bought a 5p stamp.",         # pence, not 5 p.m.
    "The pass lies at 4,000 metres, above the tree line.",
])
def test_levels_are_not_clock_times(text):
    assert not (numbers_in_text(text, date=REF)["kind"] == "clock_time").any()


@pytest.mark.parametrize("text", [
    "The league plans a second season.",           # "a second" before a noun is an ordinal
    "The form rejects 2011-45 as a date.",          # no 45th month
    "Fans queued for the 9th Gate concert.",        # an ordinal before its noun, not a day
    "The outage costs $3.1 billion a day.",         # a rate after an amount, not a duration
])
def test_no_duration_or_impossible_date(text):
    assert not numbers_in_text(text, date=REF)["kind"].isin(["duration", "date"]).any()


def test_no_numbers_inside_links():
    assert numbers_in_text("Read more at https://example.org/item?id=4471 or www.example.org/a/17 later.", date=REF).empty


@pytest.mark.parametrize("text, surface, expected", [
    ("They married on 4 June nineteen eighty one.", "4 June nineteen eighty one", "1981-06-04"),
    ("The deal ends on March the twenty-first.", "March the twenty-first", "2023-03-21"),
    ("Delegates will leave on the second of May.", "the second of May", "2023-05-02"),
    ("Delegates left on the second of May.", "the second of May", "2022-05-02"),  # past tense: the May before
    ("The form is due 14/Jun/2021.", "14/Jun/2021", "2021-06-14"),
    ("Ballots are counted the 10th of next month.", "the 10th of next month", "2023-04-10"),
    ("The law changed on 7. Feb. 2020.", "7. Feb. 2020", "2020-02-07"),
    ("The office opened on 2014.6.9 in the capital.", "2014.6.9", "2014-06-09"),
    ("Prices rose before last Christmas.", "last Christmas", "2022-12-25"),
    ("On the evening of the 12th, troops withdrew.", "the 12th", "2023-03-12"),
    ("The truce ends 3 weeks from March 1.", "3 weeks from March 1", "2023-03-22"),
    ("The ballot is set for monday of the following week.", "monday of the following week", "2023-03-20"),
    ("Pilgrims gathered for Eid al-Adha.", "Eid al-Adha", "2023-06-28"),  # tabular Islamic calendar
    ("Sales rose in the week to March 5.", "March 5", "2023-03-05"),  # the date inside a longer phrase
])
def test_more_date_forms(text, surface, expected):
    row = _one(text)
    assert (row["surface"], row["kind"], str(row["date"].date())) == (surface, "date", expected)


def test_a_comma_after_a_number_is_punctuation_not_part_of_it():
    numbers = numbers_in_text("Turnover for fiscal 2031, published on Friday, fell to 4,250 units, the firm said.",
                              date="2032-03-05")
    assert "2031" in set(numbers["surface"]) and "4,250" in set(numbers["surface"])
    assert not any(s.endswith(",") for s in numbers["surface"])
