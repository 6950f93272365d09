"""Statements (issue 14, session 22): content boundaries. A clause that ends in a colon runs on into
the quotation it opens; the writer's closing comment ("..., an admission that ...") is not what was
said; a later quotation joins a row only when it opens on its own; an object the parser took from a
clause is that clause's subject."""
import pytest

from helpers import analyze_text


def statements(text: str):
    return analyze_text(text, date="2031-04-09", outlet="Test Wire").statements


def only_row(text: str):
    rows = statements(text)
    assert len(rows) == 1, list(rows["content"])
    return rows.iloc[0]


def test_a_clause_ending_in_a_colon_runs_on_into_its_quotation():
    row = only_row('He adds that the fishermen have two choices: "You either sell or you sink."')
    assert row["content"].endswith("you sink.")
    assert row["content"].startswith("that the fishermen")


def test_a_colon_at_the_end_of_a_paragraph_takes_the_quoted_paragraph_after_it():
    rows = statements('Ana Varga, a retired teacher, said that given the choice on offer:\n\n'
                      '"I will stay home this time. Nobody speaks for me."\n\nThe vote is on Sunday.')
    row = rows[rows["speaker"].str.contains("Varga")].iloc[0]
    assert "Nobody speaks for me" in row["content"]
    assert "Sunday" not in row["content"]


def test_a_quotation_after_the_colon_with_a_cue_of_its_own_stays_apart():
    rows = statements('Soon after the storm, Ivo Marsh asserted that the town had lost its way: '
                      '"The town is no longer the town," he claimed.')
    asserted = rows[rows["cue"] == "assert"].iloc[0]
    claimed = rows[rows["cue"] == "claim"].iloc[0]
    assert asserted["content"] == "that the town had lost its way"
    assert claimed["content"] == "The town is no longer the town"


@pytest.mark.parametrize("text, said", [
    ('Ruiz said that some fishermen would pay "slightly more" in fees, an admission that her rivals quickly seized on.',
     'that some fishermen would pay "slightly more" in fees'),
    ("Ruiz has also said that the ledger was not secret at the time - a point that auditors have disputed.",
     "that the ledger was not secret at the time"),
    ("Ruiz said the port would close, a move that would cut supplies to the north.", "the port would close"),
])
def test_the_writers_closing_comment_is_not_content(text, said):
    assert only_row(text)["content"] == said


def test_an_apposition_to_a_name_inside_the_content_stays():
    row = only_row("Ruiz said the ban applies to Lee, a lawyer who runs the port.")
    assert row["content"] == "the ban applies to Lee, a lawyer who runs the port"


@pytest.mark.parametrize("text", [
    '"The port was run so badly that nobody could fix it," said a former harbour official who worked there '
    'for years and described the budget as "a hopeless mess."',
    '"The tide is late this year," says the narrator of the film, going on to list other "surprises."',
])
def test_a_quotation_inside_the_writers_words_after_the_cue_does_not_join(text):
    rows = statements(text)
    first = rows[rows["cue"] == "say"].iloc[0]
    assert first["content"] in {"The port was run so badly that nobody could fix it", "The tide is late this year"}


@pytest.mark.parametrize("text, tail", [
    ('"There is resistance," said Mr. Lee, a broker. "Costs are high."', "Costs are high."),
    ('"The risk," said Hal Moser, "is that the port closes."', "the port closes."),
])
def test_a_quotation_that_goes_on_after_the_attribution_still_joins(text, tail):
    assert only_row(text)["content"].endswith(tail)


def test_an_object_the_parser_took_from_the_clause_is_its_subject():
    row = only_row('He also argued the harbour tunnel, which is widely supported by the unions, '
                   '"would not go 10 feet" without public money.')
    assert row["content"].startswith("the harbour tunnel")


def test_the_addressee_of_tell_is_not_content():
    assert only_row("Ivo Marsh told reporters the port would reopen.")["content"] == "the port would reopen"
