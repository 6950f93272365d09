"""Numbers classes of branch c22num: local currency signs, ages beside a name, what repeated
contacts count, "the 23" after "23 diplomats", "first" before a past verb, "once", and live-blog
stamps with a weekday and list items kept as story text.

Own sentences, other names and events than the dev data."""
import pytest

import helpers
from number_rows import number_row as _row, number_table as _table
from helpers.read.clean import is_subheading, remove_boilerplate


@pytest.mark.parametrize("text, surface, value, code", [
    ("The emirate wired Dh2.5 billion to the central bank.", "Dh2.5 billion", 2.5e9, "AED"),
    ("Each household will receive RM8,500 in compensation.", "RM8,500", 8500, "MYR"),
    ("Dublin set aside IR£6 million for the campaign.", "IR£6 million", 6e6, "IEP"),
    ("Lagos pledged ₦40bn to the fund.", "₦40bn", 4e10, "NGN"),
])
def test_local_currency_sign_glued_to_a_figure_is_money(text, surface, value, code):
    row = _row(text, surface)
    assert (row["kind"], row["value"], row["unit"]) == ("money", value, code)


def test_short_letter_sign_apart_from_a_figure_is_no_money():
    assert "money" not in set(_table("Route RM 4 was closed by the floods.")["kind"])


@pytest.mark.parametrize("text, surface", [
    ("Anton Varga, 71, and his son Milos, 40, were taken to hospital.", "71"),
    ("Anton Varga, 71, and his son Milos, 40, were taken to hospital.", "40"),
])
def test_ages_beside_names_joined_by_and(text, surface):
    assert _row(text, surface)["counted"] == "years of age"


@pytest.mark.parametrize("text, surface, counted", [
    ("The envoy made phone calls six times that night.", "six", "calls"),
    ("Rahimi placed seven calls to the capital. He spoke to the minister twice, an aide said.", "twice", "calls"),
])
def test_repeated_contacts_count_calls(text, surface, counted):
    assert _row(text, surface)["counted"] == counted


def test_spoke_twice_with_no_call_in_sight_stays_times():
    assert _row("The two delegations spoke twice at the summit in Accra.", "twice")["counted"] == "times"


def test_the_bare_number_takes_the_last_count_of_that_number():
    df = _table("Oslo expelled 17 Nordlandian diplomats on Monday. The 17 must leave within a week.")
    counts = df[df["surface"] == "17"]
    assert list(counts["counted"]) == ["Nordlandian diplomats", "Nordlandian diplomats"]


@pytest.mark.parametrize("text, has_first", [
    ("The two ministers first met in Lisbon in May.", True),
    ("The envoy saw the general first and the rebels afterwards.", False),
    ("The rebels would first have to disarm.", False),
])
def test_first_before_a_past_verb_ranks_an_occasion(text, has_first):
    assert ("first" in set(_table(text)["surface"])) == has_first


@pytest.mark.parametrize("text, counted", [
    ("The general received the envoy only once, in March.", "times"),
    ("The foreign ministers had met only once, in Geneva.", "meetings"),
])
def test_once_after_its_verb_counts_one_occasion(text, counted):
    row = _row(text, "once")
    assert (row["value"], row["counted"]) == (1.0, counted)


@pytest.mark.parametrize("text", [
    "The envoy will fly home once the text is agreed.",
    "Exports once exceeded $2 billion a year.",
    "The council had to act at once.",
    "The two leaders had not met once during the summit.",
])
def test_once_as_a_conjunction_formerly_or_idiom_is_no_count(text):
    assert "once" not in set(_table(text)["surface"])


@pytest.mark.parametrize("line", ["Thursday, 22:30 BST", "Monday 09:15", "- Ms Adeyemi, at about 3am"])
def test_weekday_stamps_and_list_items_are_no_subheadings(line):
    assert not is_subheading(line)


def test_a_short_heading_is_still_removed():
    kept, removed = remove_boilerplate(["The mood in the hall", "Delegates arrived at noon and sat down at once."])
    assert [r.rule for r in removed] == ["subheading"] and len(kept) == 1


@pytest.mark.parametrize("text", [
    "The strongman received him only once, together with the premier.",
    "The two envoys had met once before, in April, when she visited.",
])
def test_once_with_a_person_met_counts_meetings(text):
    assert _row(text, "once")["counted"] == "meetings"


def test_more_than_once_is_vague():
    assert "once" not in set(_table("We have come close to walking out more than once.")["surface"])
