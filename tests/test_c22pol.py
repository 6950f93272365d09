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


def test_a_participle_closing_a_reported_clause_is_the_reporters_statement():
    rows = statements('A party strategist said Ruiz will have to choose whose side she is on, saying, '
                      '"At some point she is going to have to say where she stands."')
    assert len(rows) == 2
    assert set(rows["speaker_surface"]) == {"a party strategist"}
    assert rows.iloc[0]["content"] == "Ruiz will have to choose whose side she is on"


def test_what_the_speaker_did_not_say_is_not_content():
    row = only_row('Ruiz said that she would offer "a prayer" for the eventual nominee but did not suggest '
                   'it would be Marsh, who has a big lead.')
    assert row["content"] == 'that she would offer "a prayer" for the eventual nominee'


@pytest.mark.parametrize("text, content", [
    ("Marsh has proposed closing the harbour at night and signaled support for a register of boat owners.",
     "closing the harbour at night"),
    ("Marsh proposed closing the harbour at night and opening a park.", "closing the harbour at night and opening a park"),
    ("Ruiz said she would call Marsh and ask him to resign.", "she would call Marsh and ask him to resign"),
])
def test_a_second_predicate_of_the_speaker_ends_the_content(text, content):
    assert only_row(text)["content"] == content


@pytest.mark.parametrize("text", [
    "Ivo Marsh tweeted on Friday to say he had proposed closing the port.",
    'The party released a statement on Wednesday evening, saying the remarks were "another example" of his temper.',
])
def test_no_row_for_the_lead_in_to_the_same_speakers_next_cue(text):
    assert len(statements(text)) == 1


def test_the_following_statement_is_the_block_after_the_colon():
    rows = statements('In response to the storm, Mayor Ivo Marsh issued the following statement:\n\n'
                      '"Our prayers are with all those affected by the flooding. This cannot continue."\n\n'
                      'The river rose again on Monday.')
    row = rows[rows["speaker_surface"].str.contains("Marsh")].iloc[0]
    assert row["content"].startswith("Our prayers") and "river" not in row["content"]


def test_according_to_between_a_quotation_and_an_adjunct_takes_the_quotation_side():
    rows = statements('"This is called good manners," the bishop told reporters, according to the Harbour Wire, '
                      'during an answer to a question aboard the plane returning from the island.')
    row = rows[rows["cue"] == "according to"].iloc[0]
    assert "good manners" in row["content"] and "plane" not in row["content"]
