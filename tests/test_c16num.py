"""Session 16 (numbers on held-out coverage): codes are no figures, money counts its currency in
words, numbers in names say what they label, "twice" / "tens of" / Roman numerals in names, and
"the four" after "the four <noun>". Texts written for the tests."""
from functools import partial

import pytest

import helpers
from conftest import number_row

_row = partial(number_row, date="2024-03-06")


def _surfaces(text: str) -> list[str]:
    return list(helpers.numbers_in_text(text, date="2024-03-06")["surface"])


@pytest.mark.parametrize("text, code", [
    ("Relatives gathered at the airport after flight QZ85 vanished over the Andes.", "QZ85"),
    ("Passengers of LX41 were rebooked on a later service to Lima.", "LX41"),
    ("The ferry KT23 left Valparaiso two hours late.", "KT23"),
])
def test_letter_codes_glued_to_digits_are_no_figures(text, code):
    assert not any(code in s or s in code for s in _surfaces(text) if any(c.isdigit() for c in s))


@pytest.mark.parametrize("text, surface, value", [
    ("Envoys of the G7 met in Quito.", "G7", 7.0),  # one capital and a number still name a group
    ("The P5+1 resumed talks in Montevideo.", "P5+1", 6.0),
])
def test_group_designations_stay(text, surface, value):
    assert _row(text, surface)["value"] == value


@pytest.mark.parametrize("text, surface, counted", [
    ("The fund asked for $250 million for Bolivia.", "$250 million", "US dollars asked for"),
    ("Donors pledged €80 million on Friday.", "€80 million", "euros pledged"),
    ("The council approved £12 million in flood relief for Cumbria.", "£12 million", "pounds (flood relief)"),
    ("Copper fetched $9,100 a tonne in Santiago.", "$9,100", "US dollars per tonne"),
    ("Peru signed a $3 billion deal with Chile.", "$3 billion", "US dollars (deal)"),
])
def test_money_counts_its_currency_in_words(text, surface, counted):
    assert _row(text, surface)["counted"] == counted


@pytest.mark.parametrize("text, surface, counted", [
    ("The Security Council adopted Resolution 2401 on Saturday.", "2401", "resolution number"),
    ("Flight 306 landed safely in Asuncion.", "306", "flight number"),
    ("Uruguay invoked Article 5 of the pact.", "5", "article number"),
    ("The talks moved to Tallinn-2 airport on Monday.", "2", "airport name"),
    ("It was the worst flood since the Second World War.", "Second", "war"),
])
def test_numbers_in_names_say_what_they_label(text, surface, counted):
    row = _row(text, surface)
    assert (row["kind"], row["counted"]) == ("name", counted)


@pytest.mark.parametrize("text, surface, value, counted", [
    ("The envoy invoked Chapter VII of the charter.", "VII", 7.0, "chapter number"),
    ("King Harald IX received the envoys in Bergen.", "IX", 9.0, "regnal number"),
    ("Veterans of World War II marched in Lima.", "II", 2.0, "war"),
])
def test_roman_numerals_in_names(text, surface, value, counted):
    row = _row(text, surface)
    assert (row["kind"], row["value"], row["counted"]) == ("name", value, counted)


@pytest.mark.parametrize("text", [
    "I think the plan will hold, she said.",
    "The talks were held in Washington, DC on Monday.",
    "Section V: the annex.",
])
def test_roman_letters_elsewhere_are_no_numbers(text):
    assert not any(s in {"I", "DC", "V"} for s in _surfaces(text))


@pytest.mark.parametrize("text, surface, value", [
    ("The talks in Lusaka stalled twice over the border.", "twice", 2.0),
    ("The river rose thrice in a decade.", "thrice", 3.0),
])
def test_twice_counts_times(text, surface, value):
    row = _row(text, surface)
    assert (row["kind"], row["value"], row["counted"]) == ("count", value, "times")


def test_twice_as_many_is_no_count_of_times():
    surfaces = _surfaces("Twice as many refugees crossed, and the town is twice the size it was.")
    assert not {"Twice", "twice"} & set(surfaces)


def test_tens_of_is_a_vague_count():
    row = _row("Rebels fired tens of mortar rounds at the depot.", "tens")
    assert (row["kind"], row["approx"], row["counted"]) == ("count", "many", "mortar rounds")


def test_the_four_after_the_four_leaders():
    text = ("The four leaders met in Quito on Monday. Aides said the mood was tense. "
            "The four agreed to meet again in May.")
    rows = helpers.numbers_in_text(text, date="2024-03-06")
    fours = rows[rows["surface"] == "four"]
    assert list(fours["counted"]) == ["leaders", "leaders"]


def test_the_four_takes_no_noun_from_an_indefinite_count():
    text = "Officials said four ports were shut. The four agreed to meet again."
    rows = helpers.numbers_in_text(text, date="2024-03-06")
    assert rows[rows["surface"] == "four"]["counted"].tolist()[1] != "ports"


@pytest.mark.parametrize("text, offset", [
    ("All times are Andean Time (GMT-5) unless marked.", "GMT-5"),
    ("Nairobi keeps UTC+3 all year.", "UTC+3"),
])
def test_time_zone_offsets_are_no_designations(text, offset):
    assert not any(s in offset for s in _surfaces(text))


def test_the_two_takes_the_noun_not_the_names_of_an_earlier_pair():
    text = ("Ana Ruiz phoned Paul Moreau on Monday, and the two men agreed to meet. Aides said the mood was tense. "
            "The two met again in May.")
    rows = helpers.numbers_in_text(text, date="2024-03-06")
    assert rows[rows["surface"] == "two"]["counted"].tolist()[-1] == "men"
