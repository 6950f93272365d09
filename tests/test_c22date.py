"""Session 22, dates of contacts: datelines in other forms, days of the month named alone."""

import pytest


@pytest.mark.parametrize("text, expected", [
    # a slashed date with words after it, the weekday telling day-first from month-first
    ("Talks in Riga\n\nRiga, 3/9/2031 y., Wednesday (BNS).\nThe envoys met.", "2031-09-03"),
    ("Riga, Wednesday 3/9/2031 AD corresponding to 14 Rabi 1453 AH (BNS).\nThe envoys met.", "2031-09-03"),
    # a dotted date after another calendar's day, in parentheses or after "="
    ("Riga, 12 Tir 1410 (03.09.2031) / BNS.\nThe envoys met.", "2031-09-03"),
    ("Riga, Wednesday 12 Tir 1410 = 3.9.2031 (BNS).\nThe envoys met.", "2031-09-03"),
    ("Riga, 3.IX.31 (BNS). The envoys met.", "2031-09-03"),
    ("Riga, 3.XI.88 (BNS). The envoys met.", "1988-11-03"),
    # the year, month and day words of a literal translation, also on the line after a headline
    ("Envoys meet\nBaltic Agency Riga, 2031 year 9 month 3 day (reporter Ann Lee). The envoys met.", "2031-09-03"),
    # a named month in parentheses, in another language too
    ("RIGA, Rabu 7 Ramadan 1453 (3 Septembre 2031) - Baltic News", "2031-09-03"),
    ("RIGA, Rabu 7 Ramadan 1453 (3 Julai 2031) - Baltic News", "2031-07-03"),
    # the Ethiopian calendar: Meskerem 1, 2010 E.C. was 11 September 2017
    ("Adama, Meskerem 1/2010 E.C. (ENS) - The envoys met.", "2017-09-11"),
    ("Adama, Hamle 8/2010 E.C. (ENS) - The envoys met.", "2018-07-15"),
    # no dateline: the date stands in a sentence, or the line opens with no place
    ("The envoys met in Riga. Sales rose 3.9.2031 (BNS) - no dateline.", None),
    ("Figures for 2031 year 9 month 3 day (BNS) were published.", None),
    ("Riga, where the talks of (3 March 2031) ended, was calm.", None),
])
def test_a_dateline_in_another_form_gives_the_article_day(text, expected):
    from helpers.read.otherdatelines import other_form_dateline

    found = other_form_dateline(text)
    assert (None if found is None else f"{found:%Y-%m-%d}") == expected


def test_an_article_with_such_a_dateline_takes_its_day_as_its_date():
    from helpers.read.dates import article_date

    found, source = article_date(None, "Riga, 2031 year 9 month 3 day (BNS) - Premier Vaheri met Taavet today.")
    assert (f"{found:%Y-%m-%d}", source) == ("2031-09-03", "dateline")


def test_ethiopian_leap_years_move_the_new_year():
    from helpers.read.otherdatelines import ethiopian_to_gregorian

    # the year after an Ethiopian leap year (whose Pagume has six days) begins on 12 September
    assert f"{ethiopian_to_gregorian(2011, 13, 6):%Y-%m-%d}" == "2019-09-11"
    assert f"{ethiopian_to_gregorian(2012, 1, 1):%Y-%m-%d}" == "2019-09-12"
    assert ethiopian_to_gregorian(2012, 13, 7) is None


def _rows(text: str, date: str) -> set:
    from helpers import analyze_text

    calls = analyze_text(text, date=date, outlet="Test Wire").calls
    return {(tuple(sorted(r.participants)), f"{r.date:%Y-%m-%d}" if r.date == r.date else None)
            for r in calls.itertuples()}


def test_a_day_of_the_month_named_alone_dates_the_contact_in_the_reference_month():
    # an article of 12 September 2031 in the style of a translated agency report
    text = ("Before the banquet, Premier Oskar Vaheri in the afternoon of 10 in the State Hall held talks with "
            "President Lumi Taavet. On the same day, Chancellor Ines Marquart and Minister Arvo Kesk held talks.")
    rows = _rows(text, "2031-09-12")
    assert (("Lumi Taavet", "Oskar Vaheri"), "2031-09-10") in rows
    assert (("Arvo Kesk", "Ines Marquart"), "2031-09-10") in rows


@pytest.mark.parametrize("words, expected", [
    ("on 10th", "2031-09-10"), ("in the morning of 29", "2031-08-29"), ("during the night of 9th to 10th", "2031-09-10"),
])
def test_a_day_of_the_month_resolves_to_the_latest_such_day(words, expected):
    from helpers.calls.dates import resolve

    assert f"{resolve(words, '2031-09-12', 'happened')['date']:%Y-%m-%d}" == expected


@pytest.mark.parametrize("text", ["the afternoon of 28 countries", "on 3 issues", "on 22nd of May", "the evening of 5 June"])
def test_numbers_that_are_no_day_of_the_month_alone(text):
    from helpers.calls.monthdays import month_day

    assert month_day(text) is None


def test_a_second_verb_with_again_and_its_own_day_is_a_second_contact():
    # an article of Thursday 18 September 2031
    text = ("Premier Oskar Vaheri met President Lumi Taavet in Narva late on Tuesday for two hours and saw him "
            "again on Wednesday morning, then flew home.")
    rows = _rows(text, "2031-09-18")
    assert {(("Lumi Taavet", "Oskar Vaheri"), "2031-09-16"), (("Lumi Taavet", "Oskar Vaheri"), "2031-09-17")} <= rows


def test_a_second_verb_with_again_and_another_person_is_no_second_contact_of_the_first_pair():
    text = ("Premier Oskar Vaheri met President Lumi Taavet in Narva on Tuesday and saw Chancellor Ines Marquart "
            "again on Wednesday.")
    rows = _rows(text, "2031-09-18")
    assert (("Lumi Taavet", "Oskar Vaheri"), "2031-09-17") not in rows


@pytest.mark.parametrize("words, status, expected", [
    ("in the coming days", "planned", "2031-09-19/2031-09-25"),  # Thursday 18 September 2031
    ("before the weekend", "planned", "2031-09-18/2031-09-19"),
    ("this weekend", "planned", "2031-09-20/2031-09-21"),
])
def test_a_span_ahead_gives_no_day(words, status, expected):
    from helpers.calls.dates import resolve

    found = resolve(words, "2031-09-18", status)
    assert (found["date"], found["date_approx"]) == (None, expected)


def test_a_plan_for_the_coming_days_does_not_take_the_day_the_story_is_at():
    text = ("Premier Oskar Vaheri met Chancellor Ines Marquart in Narva on Tuesday. A spokesman said Vaheri "
            "planned to call President Lumi Taavet in the coming days.")
    rows = _rows(text, "2031-09-18")
    assert (("Lumi Taavet", "Oskar Vaheri"), "2031-09-16") not in rows


def test_a_contact_counted_in_days_before_the_main_clause_with_the_amount_on_its_verb():
    # Wednesday 17 September 2031: the call on Monday 15th, the visit three days before it
    text = ("Premier Oskar Vaheri spoke with President Lumi Taavet by phone on Monday evening. The call came "
            "three days after Vaheri hosted Taavet in Narva, where the two toured the port.")
    rows = _rows(text, "2031-09-17")
    assert (("Lumi Taavet", "Oskar Vaheri"), "2031-09-12") in rows


@pytest.mark.parametrize("sentence, words, expected", [
    ("They met on Saturday evening for two hours.", "on Saturday", 5),
    ("She called him early on Sunday.", "early on Sunday", 0),
    ("He saw him again on Sunday night.", "on Sunday night", 6),
    ("They met on Sunday in Narva.", "on Sunday", None),
])
def test_the_part_of_the_day_of_a_contacts_words(sentence, words, expected):
    from helpers.calls.dayparts import part_of_day

    assert part_of_day(sentence, words) == expected


def test_contacts_of_one_day_without_clock_or_cue_follow_the_part_of_the_day():
    # Monday 15 September 2031; the night contact is told first, and its people sort first by name
    text = ("Premier Oskar Vaheri met President Anna Berg in Narva on Sunday night. Vaheri and Berg "
            "talked for two hours, officials said. Chancellor Ines Marquart had phoned Minister "
            "Tom Kesk early on Sunday.")
    from helpers import analyze_text

    calls = analyze_text(text, date="2031-09-15", outlet="Test Wire").calls
    order = {tuple(sorted(r.participants)): r.order for r in calls.itertuples()}
    assert order[("Ines Marquart", "Tom Kesk")] < order[("Anna Berg", "Oskar Vaheri")]


@pytest.mark.parametrize("year, month, day, expected", [
    (1389, 1, 1, "2010-03-21"), (1399, 1, 1, "2020-03-20"), (1403, 1, 1, "2024-03-20"), (1388, 9, 1, "2009-11-22"),
    (1401, 12, 28, "2023-03-19"),
])
def test_solar_hijri_days_as_gregorian_days(year, month, day, expected):
    from helpers.numbers.persian import to_gregorian as solar_hijri_to_gregorian

    assert f"{solar_hijri_to_gregorian(year, month, day):%Y-%m-%d}" == expected


def test_a_solar_hijri_day_beside_a_weekday_decides_the_day():
    from helpers.calls.dates import resolve
    from helpers.calls.solarhijri import with_solar_day

    sentence = "The envoy met the minister on Sunday, 26 Ordibehesht, in Tehran."
    words = with_solar_day("on Sunday", sentence)
    # an article of Tuesday 25 May 2010: not the last Sunday (23 May) but 16 May
    assert f"{resolve(words, '2010-05-25', 'happened')['date']:%Y-%m-%d}" == "2010-05-16"


def test_a_day_of_a_purpose_under_a_plan_is_no_day_the_story_reached():
    # Tuesday 16 September 2031: the planned Wednesday is no day the undated talk is on
    text = ("Premier Oskar Vaheri flew to Riga on Tuesday. She will go on to Narva to see President Lumi Taavet "
            "on Wednesday. Vaheri made the decision after a conversation with Chancellor Ines Marquart in Riga.")
    rows = _rows(text, "2031-09-16")
    assert (("Ines Marquart", "Oskar Vaheri"), "2031-09-10") not in rows
