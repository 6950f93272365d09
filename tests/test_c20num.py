"""Session 20 number classes (issue 15): what a count of times repeats ("met twice" counts
meetings), who "the two men" are when the parser mislabels a name, and a day named after a
figure ("74 on Thursday") that is no thing counted.

Own sentences, other names and events than the dev data."""
import pytest

import helpers


def _counted(text, surface, date="2024-03-06"):
    df = helpers.numbers_in_text(text, date=date)
    rows = df[df.surface == surface]
    assert len(rows) == 1, list(df.surface)
    return rows.iloc[0].counted


@pytest.mark.parametrize("text, surface, counted", [
    ("The envoy met the rebel commander twice on Friday.", "twice", "meetings"),
    ("Rebels have violated the truce at least 30 times since dawn.", "30", "violations"),
    ("The deadline was extended three times, to May 2 and May 9.", "three", "extensions"),
    ("The mediator has visited Maputo twice this month.", "twice", "visits"),
    ("They spoke twice by phone before the summit in Dakar.", "twice", "calls"),
    ("She has spoken to Lula by telephone roughly 25 times since June.", "25", "calls"),
    ("He said he had been on the telephone to the premier twice during the night.", "twice", "calls"),
    ("The council has gathered in Nairobi four times so far.", "four", "meetings"),
    ("Garcia saw Ruto at least four times in the last week.", "four", "meetings"),
])
def test_a_count_of_times_counts_the_event_its_verb_repeats(text, surface, counted):
    assert _counted(text, surface) == counted


@pytest.mark.parametrize("text, surface", [
    ("The talks in Lusaka stalled twice over the border.", "twice"),
    ("It says so twice.", "twice"),
    ("The foreign minister spoke to Ruto three times last week.", "three"),  # by phone or face to face?
    ("Prices rose three times faster than wages.", "three"),
])
def test_a_verb_with_no_event_noun_keeps_times(text, surface):
    assert _counted(text, surface) == "times"


@pytest.mark.parametrize("text, names", [
    # "Museveni" is tagged a place where he is called, a person where he is told
    ("Kenyan Prime Minister Amos Kiprono telephoned Museveni early on Monday, spokesman Joseph Otieno said. "
     "Otieno said Kiprono told Museveni that Kenya was ready to help. It is the first call between the two men "
     "since the row.", ("Kiprono", "Museveni")),
    # the pair is named two sentences back; "Mr" makes "Albanese" a person
    ("According to the Indian readout, Mr Modi told Mr Albanese that trade mattered. Mr Albanese said Australia "
     "wanted more, according to his office. The two men agreed their teams would meet.", ("Modi", "Albanese")),
])
def test_the_two_men_are_the_persons_named_before(text, names):
    counted = _counted(text, "two")
    assert counted.startswith("men (") and all(name in counted for name in names)


def test_the_two_men_stay_unnamed_when_a_name_further_back_went_untagged():
    """Two sentences back the tagger misses a name: the names it found may be too few."""
    text = ("Lula met Petro and Boric in Brasilia on Monday. Arce joined them later. "
            "The two men then left for the airport.")
    assert _counted(text, "two") == "men"


def test_states_are_named_from_the_sentence_before_only():
    text = "Peru, Chile and Bolivia signed the pact in Lima. Talks resumed on Monday. The three countries will meet again."
    assert _counted(text, "three") == "countries"


def test_a_day_after_a_figure_is_not_what_it_counts():
    text = "The port has received 90 containers on two days of shipping: 50 on Monday and 40 on Tuesday."
    assert _counted(text, "40") == "containers"
