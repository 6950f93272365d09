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
