"""Figure classes fixed in session 5: narrative relative days, nth weekdays, bare days of
the month, glued currency codes, feet and inches, shares written "half", ordinal-denominator
fractions, listed slash dates, day pairs, labels and pronouns that are no figures. Every
snippet was written for these tests."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers import numbers_in_text
from helpers.numbers import words
from helpers.read import clean

REF = "2023-03-15"  # a Wednesday


def rows(text: str, date: str = REF) -> list[tuple]:
    n = numbers_in_text(text, date=date)
    return [(r.surface, r.kind, r.value if r.kind != "date" else (None if pd.isna(r.date) else str(r.date.date())))
            for r in n.itertuples()]


@pytest.mark.parametrize("text, want", [
    ("The envoy left the next day.", ("the next day", "date", "2023-03-16")),
    ("Talks began on March 3 and the ministers left the following day.", ("the following day", "date", "2023-03-04")),
    ("Nobody saw him the day before.", ("the day before", "date", "2023-03-14")),
    ("The vote is set for the second Sunday.", ("the second Sunday", "date", "2023-03-12")),
    ("The summit was moved to the 27.", None),
    ("They will return on the 27.", ("the 27", "date", "2023-03-27")),
    ("Aid of this September was late.", ("this September", "date", "2023-09-01")),
    ("Polls open on 18 and 19 June.", ("19 June", "date", "2023-06-19")),
    ("Polls open on 18 and 19 June.", ("18", "date", "2023-06-18")),
    ("Meet on 4/20, 4/22 or 4/25 please.", ("4/25", "date", "2023-04-25")),
    ("The memo dated 06/01/71 surfaced.", ("06/01/71", "date", "1971-06-01")),
])
def test_date_classes(text, want):
    got = rows(text)
    if want is None:
        assert not [r for r in got if r[1] == "date"]
    else:
        assert want in got


@pytest.mark.parametrize("text, want", [
    ("Tickets sold for USD115 each.", ("USD115", "money", 115.0)),
    ("Tickets sold for 99.5EUR each.", ("99.5EUR", "money", 99.5)),
    ("The firm lost 40 USD million.", ("40 USD million", "money", 40e6)),
    ("It costs $3.10 and 12 people paid.", ("$3.10", "money", 3.1)),
    ("The wall is 9 ft 4 in high.", ("9 ft 4 in", "measure", 9 + 4 / 12)),
    ("More than half of the ships left.", ("half", "count", 0.5)),
    ("The valley was emptied 322 hundred times.", ("322 hundred", "count", 32200.0)),
    ("Output reached 1\u202f234\u202f567.5 units.", ("1 234 567.5", "count", 1234567.5)),
    ("The crew must deliver 2000 crates.", ("2000", "count", 2000.0)),
])
def test_amount_classes(text, want):
    assert want in rows(text)


@pytest.mark.parametrize("text", [
    "Call Tel: +33 1040-2030-55 now", "See part ab3-214m here",
    "The first half of the season was dull.",
])
def test_no_figure(text):
    assert rows(text) == []


@pytest.mark.parametrize("text, value", [
    ("three twenty-firsts", 3 / 21), ("one twenty-fifth", 1 / 25), ("one one hundred fifth", 1 / 105),
    ("seven seconds", None), ("twenty first", None),
])
def test_ordinal_denominators(text, value):
    got = words.parse_number(text)
    assert got == pytest.approx(value) if value is not None else got is None


def test_liveblog_stamps_and_entry_headlines_kept():
    kept, removed = clean.remove_boilerplate(["17:05", "Ministers end talks after six hours", "0930 GMT:", "10.15am",
                                              "The frenzy of diplomacy ends"])
    assert kept[:4] == ["17:05", "Ministers end talks after six hours", "0930 GMT:", "10.15am"]
    assert [r.text for r in removed] == []
    kept, removed = clean.remove_boilerplate(["The frenzy of diplomacy", "Ministers met on Monday."])
    assert [r.rule for r in removed] == ["subheading"]


@pytest.mark.parametrize("text, counted", [
    ("The four-nation talks resumed.", "nations"), ("Rockets hit dozens of villages.", "villages"),
])
def test_counted_after_hyphen_and_of(text, counted):
    assert counted in numbers_in_text(text, date=REF)["counted"].tolist()


def test_two_year_span_is_one_year_row():
    n = numbers_in_text("Output fell in the 2018-19 season.", date=REF)
    row = n[n.kind == "year"].iloc[0]
    assert (row.surface, row.low, row.high) == ("2018-19", 2018, 2019) and len(n) == 1


@pytest.mark.parametrize("line, rule", [
    ("Acme News © 2011 Acme is not responsible for external sites.", "copyright"),
    ("Also Read | Rain floods the old town, 40 homes hit", "related teaser line"),
])
def test_footer_and_teaser_lines_removed(line, rule):
    kept, removed = clean.remove_boilerplate(["The minister spoke on Monday.", line])
    assert kept == ["The minister spoke on Monday."] and [r.rule for r in removed] == [rule]


@pytest.mark.parametrize("text, want", [
    ("Trade doubled in the 1970s.", ("1970s", "year", 1970.0)),
    ("Its output is $1.5T a year.", ("$1.5T", "money", 1.5e12)),
])
def test_decades_and_trillions(text, want):
    assert want in rows(text)


def test_no_glued_money_inside_links():
    assert rows("Open https://shop.example/p?q=a%20EUR%20100%20GBP5 now") == []


@pytest.mark.parametrize("text", ["Write to Ann Roe, 77 Quarry Lane, Eastham.", "Acme Ltd, Dover. P: 555.0199"])
def test_addresses_and_contact_lines_are_no_figures(text):
    assert rows(text) == []


@pytest.mark.parametrize("text, want", [
    ("A ticket cost 4 dollars 25 cents.", ("4 dollars 25 cents", "money", 4.25)),
    ("Fees were gbp 10 eur 12 in all.", ("eur 12", "money", 12.0)),
])
def test_currency_word_before_a_number(text, want):
    assert want in rows(text)


def test_lone_signed_number_is_a_count_even_if_tagged_as_a_name():
    assert ("-1", "count", -1.0) in rows("The index fell to -1.")


@pytest.mark.parametrize("text", ["She flew first class to Rome.", "Take bus route 05 north."])
def test_idioms_and_zero_led_labels_are_no_figures(text):
    assert rows(text) == []
