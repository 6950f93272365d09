"""Numbers classes of branch c17num: an ordinal after "a" before a noun ranks ("a third term"),
compound ordinals with "and" ("one hundred and fifth"), number words set off by a comma after a
scale word ("two million, three hundred thousand"), spoken zeros after "point", "a baker's
dozen", "a quarter of" as a share, numbers chained by hyphens, no cents read into "$3 million,
one official said", phone numbers with an area code, and liveblog stamps giving a second zone.

Own sentences, other names and events than the dev data."""
import pytest

import helpers
from helpers.read.clean import TIMESTAMP_LINE


def _rows(text, date="2024-03-06"):
    df = helpers.numbers_in_text(text, date=date)
    return {r["surface"]: (r["kind"], r["value"]) for r in df.to_dict("records")}


@pytest.mark.parametrize("text, surface, rank", [
    ("The governor is seeking a third term in office.", "third", 3),
    ("Strikes at the port entered a tenth day on Monday.", "tenth", 10),
    ("The cyclists won a fifth consecutive title in Lyon.", "fifth", 5),
    ("The club celebrated a twentieth anniversary last week.", "twentieth", 20),
    ("Villagers marked the one hundred and fifth anniversary of the flood.", "one hundred and fifth", 105),
])
def test_ordinal_before_a_noun_ranks_it(text, surface, rank):
    rows = _rows(text)
    assert rows.get(surface) == ("ordinal", rank), rows


@pytest.mark.parametrize("text, surface, value", [
    ("A third of the dock workers joined the strike.", "A third", 1 / 3),
    ("Grain exports fell by a fifth.", "a fifth", 0.2),
    ("A tenth said they would leave the island.", "A tenth", 0.1),
    ("Turnout was one hundred and two and a thirtieth, the clerk joked.", "one hundred and two and a thirtieth", 102 + 1 / 30),
])
def test_fractions_stay_fractions(text, surface, value):
    kind, got = _rows(text)[surface]
    assert kind == "count" and got == pytest.approx(value)


@pytest.mark.parametrize("text, surface, value", [
    ("The fund raised two million, three hundred thousand crates.", "two million, three hundred thousand", 2_300_000),
    ("The ledger listed four thousand, six hundred & twelve crates.", "four thousand, six hundred & twelve", 4612),
    ("The inflation index stood at two point o seven.", "two point o seven", 2.07),
    ("The jobless rate stood at four point five.", "four point five", 4.5),  # not the idiom "at one point"
    ("The bakery sold a baker's dozen of buns to each school.", "a baker's dozen", 13),
    ("Chile sells roughly a quarter of its copper to Korea.", "a quarter", 0.25),
])
def test_written_out_numbers(text, surface, value):
    kind, got = _rows(text)[surface]
    assert kind == "count" and got == pytest.approx(value)


def test_third_country_is_no_rank_nor_share():
    assert _rows("The bloc condemned a third country's blockade of the strait.") == {}


def test_comma_after_a_scale_word_before_a_bare_number_ends_it():
    rows = _rows("The dam cost $4 million, one engineer said.")
    assert rows["$4 million"] == ("money", 4_000_000) and rows["one"][0] == "count"


def test_cents_still_join_a_plain_amount():
    assert _rows("The ferry ticket cost twelve dollars forty.")["twelve dollars forty"] == ("money", 12.4)


def test_numbers_chained_by_hyphens_are_each_read():
    rows = _rows("The radio code was two-nought-six.")
    assert {s: v for s, (k, v) in rows.items()} == {"two": 2, "nought": 0, "six": 6}


def test_a_number_glued_to_a_bracket_is_read():
    assert _rows("The parcel weighed 38(kg) at customs.")["38"] == ("count", 38)


def test_phone_number_with_area_code_is_no_figure():
    assert _rows("Relatives can call the hotline on 04-3155 2290 at any hour.") == {}


@pytest.mark.parametrize("line", ["09:40 GMT (11:40 local)", "07:05 (23:05 GMT) - The summit opens", "16:20 GMT (19:20 Ankara time)"])
def test_liveblog_stamp_with_a_second_zone_is_a_stamp(line):
    assert TIMESTAMP_LINE.match(line)


def test_bracketed_words_after_a_time_are_no_stamp():
    assert not TIMESTAMP_LINE.match("10:15 GMT (talks resume after lunch)")


@pytest.mark.parametrize("text, surface, minutes", [
    ("The truce takes effect from 00 hours 00 minutes on 3 May.", "00 hours 00 minutes", 0),
    ("The vote was held at 17 hours 40 minutes.", "17 hours 40 minutes", 17 * 60 + 40),
    ("The statement was read on state radio at 19 hours Ankara time.", "19 hours Ankara time", 19 * 60),
])
def test_hours_and_minutes_as_a_time_of_day(text, surface, minutes):
    assert _rows(text)[surface] == ("clock_time", minutes)


@pytest.mark.parametrize("text, surface", [
    ("The debate lasted 17 hours 40 minutes.", "17 hours 40 minutes"),
    ("The convoy arrived at 10 hours later than planned.", "10 hours"),
])
def test_hours_and_minutes_of_a_duration_stay_a_duration(text, surface):
    assert _rows(text)[surface][0] == "duration"


@pytest.mark.parametrize("text, surface, day", [
    ("Sofia, 3.XI.2019 (BTA).", "3.XI.2019", "2019-11-03"),
    ("Riga, 9.3.2021 (LETA).", "9.3.2021", "2021-03-09"),
    ("The filing is dated 5.13.2015.", "5.13.2015", "2015-05-13"),
])
def test_dotted_dates_are_day_first(text, surface, day):
    assert _days_of(text, surface) == [day]


@pytest.mark.parametrize("text, surface, day", [
    ("Tehran, Saturday 12 Mehr 1399 (IRNA).", "Saturday 12 Mehr 1399", "2020-10-03"),
    ("The revolution's leaders returned on 12 Bahman 1357.", "12 Bahman 1357", "1979-02-01"),
    ("Relations were cut in Aban 1390.", "Aban 1390", "2011-11-01"),
])
def test_persian_calendar_dates(text, surface, day):
    assert _days_of(text, surface) == [day]


def _days_of(text: str, surface: str) -> list[str]:
    """The resolved days (YYYY-MM-DD) of the rows whose surface is ``surface``."""
    df = helpers.numbers_in_text(text, date="2024-03-06")
    return [str(d)[:10] for d in df.loc[df["surface"] == surface, "date"]]


def test_persian_month_name_alone_is_no_date():
    assert _rows("The Mehr news agency said 40 people attended.") == {"40": ("count", 40)}


@pytest.mark.parametrize("text, surface, counted", [
    ("Officials said on Tuesday 300 people were hurt.", "300", "people"),
    ("Police said on Friday 12 protesters were held.", "12", "protesters"),
])
def test_count_after_a_weekday_is_no_day_of_the_month(text, surface, counted):
    df = helpers.numbers_in_text(text, date="2024-03-06")
    hit = df[df["surface"] == surface]
    assert len(hit) == 1 and hit.iloc[0]["kind"] == "count" and hit.iloc[0]["counted"] == counted
