"""Numbers classes of branch c9num: what a figure counts (ages, tallies, tolls, measured stuff,
group names), adverbial "first", a weekday with its date, years that are labels, stamps.

Own sentences, other names and events than the dev data."""
import pytest

from number_rows import number_row as _row, number_table as _table


def _counted(row):
    return row["counted"] if isinstance(row["counted"], str) else None


@pytest.mark.parametrize("text, surface", [
    ("Okafor, 72, also urged the assembly to reconvene.", "72"),
    ("On Friday Maria Lindqvist, 41, resigned as party leader.", "41"),
    ("The talks were chaired by Aziz Rahimi, 58.", "58"),
])
def test_number_after_a_name_between_commas_is_an_age(text, surface):
    row = _row(text, surface)  # a count of years, as the annotation of ages marks it
    assert (row["kind"], row["unit"], _counted(row)) == ("count", "years", "years of age")


@pytest.mark.parametrize("text, surface", [
    ("Delivery points were Lyon, 14, Turin, 9.", "14"),  # a list of places and figures
    ("The office is at Harbour Road, 12, Quay Street.", "12"),
])
def test_lists_after_names_are_no_ages(text, surface):
    assert _counted(_row(text, surface)) != "years of age"


def test_hyphenated_age_counts_years():
    assert _counted(_row("The 64-year-old governor stepped down.", "64-year-old")) == "years of age"


@pytest.mark.parametrize("text, surfaces", [
    ("The assembly voted 120-31 to suspend the mayor.", ["120", "31"]),
    ("Lawmakers voted by 287 to 206 on Tuesday night.", ["287", "206"]),
])
def test_figures_of_a_vote_count_votes(text, surfaces):
    for surface in surfaces:
        assert _counted(_row(text, surface)) == "votes"


@pytest.mark.parametrize("text, surface, counted", [
    ("Health officials put the death toll at 84 by Sunday, with 310 wounded.", "84", "people killed"),
    ("Health officials put the death toll at 84 by Sunday, with 310 wounded.", "310", "people wounded"),
    ("The agency put the number of displaced at 45,000.", "45,000", "people displaced"),
    ("Officials said the toll had risen to 1,300.", "1,300", "people killed"),
])
def test_bare_figures_of_a_toll_count_people(text, surface, counted):
    assert _counted(_row(text, surface)) == counted


def test_measure_of_stuff_names_the_stuff():
    row = _row("A convoy brought 300 tonnes of medical supplies to the port.", "300 tonnes")
    assert (row["kind"], _counted(row)) == ("measure", "medical supplies")


@pytest.mark.parametrize("text, surface", [
    ("Finance ministers of the Group of Twenty met in Lima.", "Twenty"),
    ("A G8 statement followed.", "G8"),
    ("They met at the Group of 20 summit in Osaka.", "20"),
])
def test_group_names_count_member_states(text, surface):
    row = _row(text, surface)
    assert (row["kind"], _counted(row)) == ("name", "member states")


@pytest.mark.parametrize("text, has_first", [
    ("Ortega first spoke with the envoy on Monday.", True),  # their first conversation
    ("Ortega phoned the envoy first and the minister later.", False),  # in what order, no rank
    ("A summit, first planned for June, was put off.", False),
    ("The rebels would first have to lay down arms.", False),
    ("Ortega had first phoned the envoy on Monday.", True),  # the first call
    ("It was their first meeting since the election.", True),
    ("Ten trucks were loaded, and first of them left on Friday.", True),  # the first of several
])
def test_first_as_an_adverb_of_its_verb_is_no_ordinal(text, has_first):
    assert ("first" in set(_table(text)["surface"])) == has_first


@pytest.mark.parametrize("text, surface, day", [
    ("The envoy arrived on Thursday, 9 May 2024, with a letter.", "Thursday, 9 May 2024", "2024-05-09"),
    ("Voters go to the polls on Sunday, June 2.", "Sunday, June 2", "2024-06-02"),
])
def test_weekday_and_its_date_are_one_mention(text, surface, day):
    row = _row(text, surface)
    assert str(row["date"])[:10] == day
    assert len(_table(text)) == 1


def test_a_weekday_then_another_clause_stays_apart():
    df = _table("He left on Monday, and on March 9 he returned.")
    assert list(df["surface"]) == ["Monday", "March 9"]


@pytest.mark.parametrize("text, surface", [
    ("The council adopted resolution 2140 unanimously.", "2140"),
    ("Passengers of flight 1820 were safe.", "1820"),
])
def test_a_number_that_labels_a_document_is_no_year(text, surface):
    assert _row(text, surface)["kind"] != "year"


def test_year_under_a_date_line_is_no_clock_time():
    df = _table("Tuesday 12 March 2024\nAll times CET. Updates through the day.")
    # a live page's date line is its masthead (metadata): no row for it, and its year is never a clock time
    assert "clock_time" not in set(df["kind"])


def test_military_time_with_a_city_zone_stays():
    row = _row("The strikes began at 1730 Kyiv time.", "1730 Kyiv time")
    assert (row["kind"], row["value"]) == ("clock_time", 1050.0)


@pytest.mark.parametrize("text, surface, counted", [
    ("President William Ruto phoned President Yoweri Museveni on Friday. The two agreed to meet in Nairobi.", "two",
     "people (William Ruto, Yoweri Museveni)"),
    ("Aide Sara Holm told reporters that William Ruto and Yoweri Museveni met, and that the two men would talk again.",
     "two", "men (William Ruto, Yoweri Museveni)"),  # who reports is none of those counted
    ("Envoys of Chile, Peru and Bolivia met in Lima, and the three would sign the pact.", "three",
     "countries (Chile, Peru, Bolivia)"),  # where they met is none of them
])
def test_pronominal_count_lists_whom_it_counts(text, surface, counted):
    assert _counted(_row(text, surface)) == counted


@pytest.mark.parametrize("text, surface, counted", [
    ("William Ruto, Yoweri Museveni and Paul Kagame spoke. The two agreed to meet.", "two", None),  # which two?
    ("The two sides met in Arusha.", "two", "sides"),  # no names to list
])
def test_pronominal_count_without_as_many_names_stays(text, surface, counted):
    assert _counted(_row(text, surface)) == counted
