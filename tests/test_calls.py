"""Diplomatic contacts: participants, dates, channels, status, merging, order; gold sample."""

from __future__ import annotations


import pandas as pd
import pytest

from helpers.calls import export_events

from conftest import FIXTURES, load_quietly
from gold import write_paragraph_articles, parse_gold_calls, score


@pytest.fixture(scope="module")
def gold_calls(tmp_path_factory):
    gold = parse_gold_calls(FIXTURES / "gold" / "calls.md") + parse_gold_calls(FIXTURES / "gold" / "calls_holdout.md")
    folder = write_paragraph_articles(gold, tmp_path_factory.mktemp("gold_calls"))
    corpus = load_quietly(folder)
    return gold, corpus


def contact_key(participants, date, channel, status):
    return (frozenset(participants), date, channel, status)


def contact_scores(gold, calls):
    """Strict (participants, date, channel, status) and participants-only scores."""
    # A visit is an in-person contact with ``visit`` set (the fixtures write channel "visit").
    predicted = {contact_key(r.participants, None if pd.isna(r.date) else f"{r.date:%Y-%m-%d}",
                             "visit" if r.visit else r.channel, r.status)
                 for r in calls.itertuples()}
    wanted = {contact_key(c["participants"], c["date"], c["channel"], c["status"]) for art in gold for c in art["contacts"]}
    loose_pred = {k[0] for k in predicted}
    loose_gold = {k[0] for k in wanted}
    strict = score(len(predicted & wanted), len(predicted - wanted), len(wanted - predicted))
    participants_only = score(len(loose_pred & loose_gold), len(loose_pred - loose_gold), len(loose_gold - loose_pred))
    return strict, participants_only, wanted - predicted, predicted - wanted


def test_contact_precision_recall_on_unseen_text(gold_calls):
    gold, corpus = gold_calls
    for name in ("calls", "calls_holdout"):
        part = [a for a in gold if a["name"].rsplit("_", 1)[0] == name]
        ids = {a["name"] for a in part}
        calls = corpus.calls[corpus.calls["article_ids"].map(lambda ids_: bool(set(ids_) & ids))]
        strict, loose, missed, extra = contact_scores(part, calls)
        print(f"\n{name}: strict {strict}\n{name}: participants only {loose}\nmissed {missed}\nextra {extra}")
    strict, loose, _, _ = contact_scores(gold, corpus.calls)
    assert loose["f1"] >= 0.8
    assert strict["f1"] >= 0.6


def test_order_accuracy_on_gold(gold_calls):
    gold, corpus = gold_calls
    position: dict = {}
    for r in corpus.calls[corpus.calls["status"] == "happened"].itertuples():
        key = frozenset(r.participants)
        position[key] = min(position.get(key, r.order), r.order)
    pairs = [(a, b) for art in gold for a, b in art["order"] if a in position and b in position]
    correct = sum(position[a] < position[b] for a, b in pairs)
    total = sum(len(art["order"]) for art in gold)
    print(f"\norder pairs correct: {correct}/{total}")
    assert correct >= total - 1


def test_seed_call_sequence_of_12_february(seed_corpus):
    calls = seed_corpus.calls

    def contact(*people, channel="phone"):
        found = calls[calls["participants"].map(lambda p: set(p) == set(people)) & (calls["channel"] == channel)]
        return found.iloc[0]

    biden_putin = contact("Joe Biden", "Vladimir Putin")
    macron_putin = contact("Emmanuel Macron", "Vladimir Putin")
    blinken_lavrov = contact("Antony Blinken", "Sergey Lavrov")
    assert f"{biden_putin['date']:%Y-%m-%d}" == "2022-02-12"
    assert macron_putin["order"] < biden_putin["order"]
    assert blinken_lavrov["order"] < biden_putin["order"]
    assert biden_putin["n_sources"] >= 3 and biden_putin["cameo"] == "041"
    assert {60.0, 62.0} <= set(biden_putin["durations_reported"])  # the disagreement stays visible
    assert biden_putin["timezone"] == "EST" and biden_putin["start_time"] == 664


def test_planned_and_expected_contacts_are_kept(seed_corpus):
    # "will discuss" and "are expected to speak" of one contact merge into one planned row;
    # the "expected" report stays in statuses_reported.
    statuses = set(seed_corpus.calls["status"])
    reported = {s for ss in seed_corpus.calls["statuses_reported"] for s in ss}
    assert "planned" in statuses and {"planned", "expected"} <= reported
    planned = seed_corpus.calls[seed_corpus.calls["status"] != "happened"]
    assert (planned["cameo"] == "036").all()


def test_gdelt_style_export(seed_corpus):
    events = export_events(seed_corpus.calls, seed_corpus.articles)
    assert {"date", "actor1", "actor2", "cameo", "source_urls"} <= set(events.columns)
    assert events["source_urls"].str.contains("shanghainews").any()


def test_call_mentions_point_at_their_trigger(seed_corpus):
    texts = seed_corpus.articles.set_index("article_id")["text"]
    cm = seed_corpus.call_mentions
    assert all(texts[r.article_id][r.start:r.end] == r.trigger for r in cm.itertuples())
    assert cm["event_id"].isin(seed_corpus.calls["event_id"]).all()


# ---------------------------------------------------------------------------------------------
# Single texts written for these tests (wire style; other events, years and leaders, most not
# in data/gazetteer.csv). Each case: text, reference date, the contacts expected as
# (participants, date or None, channel, status). A visit is channel "visit" here (in person
# with ``visit`` set).

from helpers import analyze_text  # noqa: E402
from helpers.actors.canonical import merge_name_variants  # noqa: E402
from helpers.calls.dates import resolve  # noqa: E402
from helpers.calls.order import utc_clock  # noqa: E402

SINGLE_TEXT_CASES = [
    pytest.param(
        "On Wednesday, Kenyan President Uhuru Kenyatta spoke by phone with Tanzanian President John Magufuli, "
        "State House said in a statement.", "2019-05-10",
        {(("John Magufuli", "Uhuru Kenyatta"), "2019-05-08", "phone", "happened")}, id="weekday-phone"),
    pytest.param(
        "Kremlin spokesman Dmitry Peskov told reporters that Russian President Vladimir Putin told Turkish President "
        "Recep Tayyip Erdogan during the call that grain exports could resume.", "2022-07-20",
        {(("Recep Tayyip Erdogan", "Vladimir Putin"), None, "phone", "happened")}, id="reporter-not-a-party"),
    pytest.param(
        "Indian Prime Minister Narendra Modi spoke with Japanese Prime Minister Fumio Kishida and with Australian "
        "Prime Minister Anthony Albanese on Monday.", "2023-05-24",
        {(("Fumio Kishida", "Narendra Modi"), "2023-05-22", "phone", "happened"),
         (("Anthony Albanese", "Narendra Modi"), "2023-05-22", "phone", "happened")}, id="one-to-many-split"),
    pytest.param(
        "Chinese President Xi Jinping and French President Emmanuel Macron held talks in Beijing on Thursday, "
        "their first meeting since November.", "2023-04-07",
        {(("Emmanuel Macron", "Xi Jinping"), "2023-04-06", "in_person", "happened"),
         (("Emmanuel Macron", "Xi Jinping"), None, "in_person", "happened")}, id="background-since"),
    pytest.param(
        "Ethiopian Prime Minister Abiy Ahmed will travel to Nairobi next week to meet Kenyan President William Ruto, "
        "his office said.", "2023-05-12",
        {(("Abiy Ahmed", "William Ruto"), None, "visit", "planned")}, id="planned-trip-next-week"),
    pytest.param(
        "Chilean President Marta Ulloa telephoned Peruvian President Luis Arce Quispe on Monday. Foreign Minister "
        "Ana Ruiz will hold a video conference with Foreign Minister Jorge Paz and Foreign Minister Lina Ortiz on "
        "Friday, the ministry told a press conference.", "2031-03-05",
        {(("Luis Arce Quispe", "Marta Ulloa"), "2031-03-03", "phone", "happened"),
         (("Ana Ruiz", "Jorge Paz", "Lina Ortiz"), "2031-03-07", "video", "planned")}, id="telephoned-video-conference"),
    pytest.param(
        "Oman's Sultan Haitham Salim arrived home on Monday. Later on Tuesday the sultan spoke by telephone with "
        "Yemen's President Ali Nasser Qasim, an official said. Chilean Foreign Minister Jorge Paz was in Lima. "
        "The minister will host Peruvian Foreign Minister Lina Ortiz in Santiago on Friday, the ministry added.",
        "2031-03-05", {(("Ali Nasser Qasim", "Haitham Salim"), "2031-03-04", "phone", "happened"),
                       (("Jorge Paz", "Lina Ortiz"), "2031-03-07", "in_person", "planned")}, id="bare-title-is-the-named-holder"),
    pytest.param(
        "BERLIN - Austrian Foreign Minister Anna Berg on Friday urged calm in the region. Speaking after talks with "
        "her Polish counterpart, Piotr Nowak, Berg said the crisis needed dialogue. Berg had spoken by telephone "
        "with Czech Foreign Minister Jan Dvorak a day earlier, a ministry spokesman said.", "2031-03-08",
        {(("Anna Berg", "Piotr Nowak"), "2031-03-07", "in_person", "happened"),
         (("Anna Berg", "Jan Dvorak"), "2031-03-06", "phone", "happened")}, id="the-day-the-story-is-at"),
    pytest.param(
        "NAIROBI, May 3 (Wire) - President of the Republic of Kenya William Ruto has made a telephone conversation "
        "with President of the Republic of Uganda Yoweri Museveni on Thursday, the sources informed. Later in the "
        "day, at 15:00 Nairobi time, President Ruto had also a phone call with the President of Tanzania John "
        "Magufuli.", "2031-05-03",
        {(("William Ruto", "Yoweri Museveni"), "2031-05-01", "phone", "happened"),
         (("John Magufuli", "William Ruto"), "2031-05-03", "phone", "happened")}, id="title-of-state-then-name"),
    pytest.param(
        "A video conference between French Foreign Minister Catherine Colonna, Italy's Foreign Minister Antonio "
        "Tajani and Spain's Foreign Minister Jose Manuel Albares began on Monday.", "2023-03-08",
        {(("Antonio Tajani", "Catherine Colonna", "Jose Manuel Albares"), "2023-03-06", "video", "happened")},
        id="names-in-titles-apposition"),
    pytest.param(
        "Kenyan President William Ruto spoke by phone with Ugandan President Yoweri Museveni on Monday. Ruto will "
        "speak with Tanzanian President John Magufuli in the coming days. The two leaders had met in Kampala on "
        "March 2.", "2031-05-07",
        {(("William Ruto", "Yoweri Museveni"), "2031-05-05", "phone", "happened"),
         (("William Ruto", "Yoweri Museveni"), "2031-03-02", "in_person", "happened"),
         (("John Magufuli", "William Ruto"), None, "phone", "planned")}, id="the-two-leaders-on-another-day"),
    pytest.param(
        "French Foreign Minister Catherine Colonna spoke by phone on Monday with Italy's foreign minister, Antonio "
        "Tajani, and then with her Spanish counterpart Jose Manuel Albares, the ministry said.", "2023-03-08",
        {(("Antonio Tajani", "Catherine Colonna"), "2023-03-06", "phone", "happened"),
         (("Catherine Colonna", "Jose Manuel Albares"), "2023-03-06", "phone", "happened")}, id="and-then-with"),
    pytest.param(
        "Here is a recap of Monday's video conference of foreign ministers, which lasted about an hour. French "
        "Foreign Minister Catherine Colonna, Italy's Antonio Tajani and Spanish Foreign Minister Jose Manuel Albares "
        "took part.", "2023-03-08",
        {(("Antonio Tajani", "Catherine Colonna", "Jose Manuel Albares"), "2023-03-06", "video", "happened")},
        id="group-took-part"),
    pytest.param(
        "Kenyan President William Ruto arrived in Kampala on Wednesday and held talks with Ugandan President Yoweri "
        "Museveni at State House, the agency reported, a day after he had met Tanzanian President John Magufuli in "
        "Dodoma.", "2031-05-08",
        {(("William Ruto", "Yoweri Museveni"), "2031-05-07", "visit", "happened"),
         (("John Magufuli", "William Ruto"), "2031-05-06", "in_person", "happened")}, id="a-day-after-he-had-met"),
    pytest.param(
        "Chinese Foreign Minister Wang Yi held telephone talks separately with U.S. Secretary of State Antony Blinken "
        "and Foreign Minister of the Republic of Indonesia (RI) Retno Marsudi on the situation in the region, the "
        "ministry said here Friday.", "2023-03-10",
        {(("Antony Blinken", "Wang Yi"), None, "phone", "happened"),
         (("Retno Marsudi", "Wang Yi"), None, "phone", "happened")}, id="title-parenthesis-then-name"),
    pytest.param(
        "Chinese Foreign Minister Wang Yi held telephone talks separately with U.S. Secretary of State Antony Blinken "
        "and Indonesian Foreign Minister Retno Marsudi, the ministry said here Friday. In the phone talks on Thursday "
        "evening, Retno Marsudi briefed on her country's position.", "2023-03-10",
        {(("Antony Blinken", "Wang Yi"), None, "phone", "happened"),
         (("Retno Marsudi", "Wang Yi"), "2023-03-09", "phone", "happened")}, id="anaphor-dates-its-contact"),
    pytest.param(
        "Kenyan opposition leader Raila Odinga arrived in Uganda on Monday. On Monday Odinga held talks with Yoweri "
        "Museveni at State House.", "2031-05-07",
        {(("Raila Odinga", "Yoweri Museveni"), "2031-05-05", "visit", "happened")}, id="a-visit-is-its-meeting"),
    pytest.param(
        "Oman's Sultan Haitham Salim received Yemen's President Ali Nasser Qasim on Sunday. A diplomat said Qasim "
        "carried a list of demands. For now the sultan's own telephone is the only working line. He phoned Kenyan "
        "President William Ruto on Monday.", "2031-05-07",
        {(("Ali Nasser Qasim", "Haitham Salim"), "2031-05-04", "in_person", "happened"),
         (("Haitham Salim", "William Ruto"), "2031-05-05", "phone", "happened")}, id="he-after-a-bare-title"),
    pytest.param(
        "On Friday, German Chancellor Olaf Scholz held a video call with European leaders.", "2022-03-05",
        # the group counterpart's label is a participant, as a contact ledger lists it (session 11)
        {(("European leaders", "Olaf Scholz"), "2022-03-04", "video", "happened")}, id="group-counterpart"),
    pytest.param(
        "NAIROBI, May 4, 2023 (Wire) - Kenyan President William Ruto met Ugandan President Yoweri Museveni "
        "on Tuesday.", None,
        {(("William Ruto", "Yoweri Museveni"), "2023-05-02", "in_person", "happened")}, id="dateline-date"),
    pytest.param(
        "Japanese Prime Minister Shinzo Abe met South Korean President Moon Jae-in on Friday. Later on Saturday, "
        "Abe is expected to meet Russian President Vladimir Putin.", "2017-07-08",
        {(("Moon Jae-in", "Shinzo Abe"), "2017-07-07", "in_person", "happened"),
         (("Shinzo Abe", "Vladimir Putin"), "2017-07-08", "in_person", "expected")}, id="hyphenated-name-expected"),
    pytest.param(
        "Ukrainian President Volodymyr Zelensky spoke to CNN on Sunday about the talks.", "2022-03-07", set(),
        id="no-news-outlet-party"),
    pytest.param(
        "Kremlin aide Yuri Ushakov told reporters that Russian President Vladimir Putin and French President "
        "Emmanuel Macron spoke for about two hours on Sunday.", "2022-03-07",
        {(("Emmanuel Macron", "Vladimir Putin"), "2022-03-06", "phone", "happened")}, id="aide-not-a-party"),
    pytest.param("The Kremlin said it had no plans for talks.", "2022-02-12", set(), id="no-kremlin-said"),
    pytest.param("Asked whether Kenyan President William Ruto would visit Ugandan President Yoweri Museveni, the "
                 "spokesman said he had no information.", "2031-05-07", set(), id="no-question-whether"),
    pytest.param("The prisoner release took place on Tuesday in the capital.", "2022-02-12", set(), id="no-prisoner-release"),
    pytest.param("For details, residents can call 555-0199 on weekdays.", "2022-02-12", set(), id="no-phone-number"),
    pytest.param("The ministry issued a statement on Monday condemning the strike.", "2022-02-12", set(), id="no-statement"),
]


def _contacts(calls: pd.DataFrame) -> set:
    return {(tuple(sorted(r.participants)), None if pd.isna(r.date) else f"{r.date:%Y-%m-%d}",
             "visit" if r.visit is True else r.channel, r.status) for r in calls.itertuples()}


@pytest.mark.parametrize("text, date, expected", SINGLE_TEXT_CASES)
def test_contacts_of_one_text(text, date, expected):
    calls = analyze_text(text, date=date, outlet="Test Wire").calls
    assert _contacts(calls) == expected


def test_order_cue_pronoun_and_bare_call():
    calls = analyze_text("U.S. President Joe Biden spoke with Russian President Vladimir Putin on Saturday. Immediately "
                         "after speaking with the Russian leader, he called Ukrainian President Volodymyr Zelensky. "
                         "The call lasted 30 minutes.", date="2022-02-13").calls
    order = {tuple(sorted(r.participants)): r.order for r in calls.itertuples()}
    assert order[("Joe Biden", "Vladimir Putin")] < order[("Joe Biden", "Volodymyr Zelenskyy")]
    zelensky = calls[calls["participants"].map(lambda p: "Volodymyr Zelenskyy" in p)].iloc[0]
    assert list(zelensky["durations_reported"]) == [30.0]  # "the call": the one just reported


def test_clock_times_in_other_zones_order_the_day():
    calls = analyze_text("Putin and Macron began their phone call at 15:00 Moscow time on Sunday. German Chancellor "
                         "Olaf Scholz spoke with Macron at 10:00 GMT on Sunday.", date="2022-03-07").calls
    utc = {tuple(sorted(r.participants)): (r.start_time_utc, r.order) for r in calls.itertuples()}
    assert utc[("Emmanuel Macron", "Vladimir Putin")][0] == "12:00"
    assert utc[("Emmanuel Macron", "Olaf Scholz")][1] < utc[("Emmanuel Macron", "Vladimir Putin")][1]


def test_background_contact_is_dated_approximately_and_kept_apart():
    calls = analyze_text("Chinese President Xi Jinping and French President Emmanuel Macron held talks in Beijing "
                         "on Thursday, their first meeting since November.", date="2023-04-07").calls
    earlier = calls[calls["background"]]
    assert len(earlier) == 1 and earlier["date"].isna().all()
    assert earlier["date_approx"].iloc[0] == "2022-11-01/2022-11-30"
    assert (calls.loc[~calls["background"], "date_source"] == "weekday + article date").all()


@pytest.mark.parametrize("text, durations", [
    ("Putin and Macron spoke by phone for an hour and a half on Sunday.", [90.0]),
    ("Putin and Macron spoke by phone for nearly 90 minutes on Sunday.", [90.0]),
    ("The call between Putin and Macron lasted more than two hours on Sunday.", [120.0]),
    ("Putin and Macron held a call on Sunday that lasted about an hour.", [60.0]),
])
def test_durations_reported(text, durations):
    calls = analyze_text(text, date="2022-03-07").calls
    assert len(calls) == 1 and list(calls.iloc[0]["durations_reported"]) == durations
    assert f"{calls.iloc[0]['date']:%Y-%m-%d}" == "2022-03-06"


@pytest.mark.parametrize("text", [
    "The European Union renewed its call on Russia to withdraw its troops.",
    "Macron repeated his call for a ceasefire on Sunday.",
])
def test_appeals_are_not_calls(text):
    assert analyze_text(text, date="2022-03-07").calls.empty


def test_clock_times_are_also_given_in_utc():
    calls = analyze_text("U.S. President Joe Biden and Chinese President Xi Jinping held a video call on Monday "
                         "from 7:46 p.m. EST to 11:20 p.m. EST.", date="2021-11-16").calls
    call = calls.iloc[0]
    assert call["start_time_utc"] == "00:46" and call["timezone"] == "EST"
    assert 214 in call["durations_reported"]


@pytest.mark.parametrize("expr, anchor, status, date, approx", [
    ("on Wednesday", "2022-02-12", "happened", "2022-02-09", None),
    ("on Tuesday", "2022-02-12", "planned", "2022-02-15", None),
    ("last Monday", "2022-02-12", "happened", "2022-02-07", None),
    ("a day earlier", "2022-02-12", "happened", "2022-02-11", None),
    ("later in the day", "2022-02-12", "expected", "2022-02-12", None),
    ("February 12", "2022-02-13", "happened", "2022-02-12", None),
    ("March 3, 2017", None, "happened", "2017-03-03", None),
    ("earlier this week", "2022-02-12", "happened", None, "2022-02-07/2022-02-11"),
    ("late December", "2022-02-12", "happened", None, "2021-12-21/2021-12-31"),
    ("in March", "2024-02-20", "expected", None, "2024-03-01/2024-03-31"),
    ("next week", "2023-05-12", "planned", None, "2023-05-15/2023-05-21"),
    ("the crisis", "2022-02-12", "happened", None, None),
])
def test_date_words_resolve_against_the_reference_day(expr, anchor, status, date, approx):
    found = resolve(expr, pd.Timestamp(anchor) if anchor else None, status)
    assert (None if found["date"] is None else f"{found['date']:%Y-%m-%d}", found["date_approx"]) == (date, approx)


@pytest.mark.parametrize("start, zone, utc", [
    (664, "EST", "16:04"), (900, "Moscow time", "12:00"), (600, "UTC+3", "07:00"), (30, "JST", "15:30"),
    (600, "local time", None), (600, None, None),
])
def test_utc_clock(start, zone, utc):
    assert utc_clock(start, zone) == utc


@pytest.mark.parametrize("start, zone, day, utc", [
    (1240, "Paris time", "2023-08-04", "18:40"),  # summer time: UTC+2
    (1240, "Paris time", "2023-01-04", "19:40"),
    (600, "Washington", "2022-07-01", "14:00"),
    (600, "Washington", "2022-02-01", "15:00"),
])
def test_utc_clock_of_a_city_time_follows_summer_time_on_the_contact_day(start, zone, day, utc):
    assert utc_clock(start, zone, pd.Timestamp(day)) == utc


@pytest.mark.parametrize("variant, canonical", [
    ("Volodymyr Zelenskiy", "Volodymyr Zelenskyy"), ("Sergei Lavrov", "Sergey Lavrov"),
    ("Tony Blinken", "Antony Blinken"), ("Joe Bidensaid", "Joe Biden"), ("Sergei Shoygu", "Sergei Shoigu"),
    # different people with a shared name part stay apart
    ("Hunter Biden", "Hunter Biden"), ("Kim Yong Chol", "Kim Yong Chol"), ("Andrew Johnson", "Andrew Johnson"),
])
def test_name_variants_merge(variant, canonical):
    people = ["Volodymyr Zelenskyy", "Sergey Lavrov", "Antony Blinken", "Joe Biden", "Sergei Shoigu", "Kim Jong Un",
              "Boris Johnson"]
    m = pd.DataFrame({"actor": people * 2 + [variant], "type": "person", "resolved_by": "ner"})
    assert merge_name_variants(m)[variant] == canonical


def test_other_event_sample_precision_recall(tmp_path):
    """The own sample of other events (fixtures/gold/calls_other_event.md): strict contact F1
    and no row whose participants include the reporting source."""
    gold = parse_gold_calls(FIXTURES / "gold" / "calls_other_event.md")
    corpus = load_quietly(write_paragraph_articles(gold, tmp_path / "other"))
    strict, _, missed, extra = contact_scores(gold, corpus.calls)
    print(f"\nother events: strict {strict}\nmissed {missed}\nextra {extra}")
    assert strict["precision"] >= 0.9 and strict["f1"] >= 0.85
    sources = {"Dmitry Peskov", "Steffen Seibert", "African Union", "Kremlin"}
    assert not any(set(p) & sources for p in corpus.calls["participants"])


def test_other_event_held_out_sample(tmp_path):
    """Held-out texts of other events (fixtures/gold/calls_other_event_holdout.md), scored
    once before the last fixes; the misses left are names the tagger cuts or misses ("Lee
    Hsien" for Lee Hsien Loong, a lone "Sisi", "King Abdullah II")."""
    gold = parse_gold_calls(FIXTURES / "gold" / "calls_other_event_holdout.md")
    corpus = load_quietly(write_paragraph_articles(gold, tmp_path / "held_out"))
    strict, _, missed, extra = contact_scores(gold, corpus.calls)
    print(f"\nother events, held out: strict {strict}\nmissed {missed}\nextra {extra}")
    assert strict["precision"] >= 0.75 and strict["recall"] >= 0.5


def test_spelling_variants_of_one_person_are_one_participant():
    from helpers.calls.variants import canonical_names

    weight = {"Tomas Ferreira Olmedo": 5, "Tomás Olmedo": 1, "Olmedo": 3, "Ana Olmedo": 2, "Piotr Wiśniewskii": 1,
              "Piotr Wisniewski": 4}
    variant = canonical_names(weight, weight)
    assert variant["Tomás Olmedo"] == "Tomas Ferreira Olmedo"  # accents folded, a middle name missing
    assert variant["Piotr Wiśniewskii"] == "Piotr Wisniewski"  # one letter off in a long surname
    assert "Ana Olmedo" not in variant and "Olmedo" not in variant  # another Olmedo: the bare surname is ambiguous


def test_family_names_with_particles_are_two_people_and_a_short_form_is_one():
    from helpers.calls.variants import canonical_names

    weight = {"Faisal bin Nasser Al Omari": 3, "Khalid bin Saeed Al Omari": 2, "Hamad al-Rashid al-Mansour": 2,
              "Hamad al-Rashid": 1, "Hamad al-Fahd al-Mansour": 1, "John Fitzgerald Kennedy": 2, "John F. Kennedy": 1}
    variant = canonical_names(weight, weight)
    assert "Hamad al-Fahd al-Mansour" not in variant  # another Hamad of the family
    assert variant["John F. Kennedy"] == "John Fitzgerald Kennedy"
    assert "Khalid bin Saeed Al Omari" not in variant and "Faisal bin Nasser Al Omari" not in variant
    assert variant["Hamad al-Rashid"] == "Hamad al-Rashid al-Mansour"  # the start of the fuller name


def test_one_contact_under_two_spellings_in_two_articles_is_one_row(tmp_path):
    (tmp_path / "one.txt").write_text("20310506\nBrazilian President Joaquim Ferreira Santos spoke by phone with "
                                      "Chilean President Marta Ulloa on Monday about the river treaty.")
    (tmp_path / "two.txt").write_text("20310506\nJoaquim Santos of Brazil spoke by phone with Chile's Marta Ulloa "
                                      "on Monday, officials in Brasilia said.")
    calls = load_quietly(tmp_path).calls
    assert len(calls) == 1 and calls["n_sources"].iloc[0] == 2


def test_weekday_that_happened_is_the_last_one_up_to_the_reference_day():
    from helpers.calls.dates import resolve

    tuesday = "2031-05-06"
    assert f"{resolve('on Friday', tuesday, 'happened')['date']:%Y-%m-%d}" == "2031-05-02"
    assert f"{resolve('on Monday', tuesday, 'happened')['date']:%Y-%m-%d}" == "2031-05-05"
    assert f"{resolve('on Friday', tuesday, 'planned')['date']:%Y-%m-%d}" == "2031-05-09"


def test_planned_contact_takes_the_coming_day_the_narrative_names():
    from helpers.calls.dating import story_day

    saturday = pd.Timestamp("2031-05-10")
    # "X is expected in Quito on Monday, where she hopes to meet Y": the Monday after, not before
    assert story_day("on Monday", saturday, "article date", "planned") == pd.Timestamp("2031-05-12")
    assert story_day("on Monday", saturday, "article date") == pd.Timestamp("2031-05-05")


def test_a_later_meeting_is_not_the_call_just_reported():
    from helpers import analyze_text

    calls = analyze_text("Brazilian President Joaquim Santos and Chilean President Marta Ulloa spoke by telephone on "
                         "Friday. He added that Ulloa had accepted a proposal for the two countries' foreign ministers "
                         "to meet in Lima on Monday.", date="2031-05-10").calls
    call = calls[calls["channel"] == "phone"]
    assert len(call) == 1 and f"{call['date'].iloc[0]:%Y-%m-%d}" == "2031-05-09"


def test_an_earlier_meeting_in_a_since_clause_is_kept_dated_and_a_denied_contact_is_none():
    from helpers import analyze_text

    calls = analyze_text("Brazilian President Joaquim Santos and Chilean President Marta Ulloa spoke by telephone on "
                         "Friday, their first talks since they met in Lima on May 2. Santos and Ulloa had not spoken "
                         "since they met on the sidelines of a summit in Quito on April 20.", date="2031-05-10").calls
    by_day = {f"{r.date:%Y-%m-%d}": r.channel for r in calls.itertuples()}
    assert by_day == {"2031-05-09": "phone", "2031-05-02": "in_person", "2031-04-20": "in_person"}


def test_before_the_call_another_article_reports_orders_the_day():
    from helpers.calls.order import _reported_elsewhere

    row = pd.Series({"event_id": "b", "participants": ["Ana Ruiz"], "relative_noun": "call"})
    found = _reported_elsewhere(row, {"Ana Ruiz": {"a", "b", "c"}}, {"a": "2031-05-09", "b": "2031-05-09", "c": "2031-05-01"},
                                {"a": 3, "b": 1, "c": 5}, {"a": "remote", "b": "remote", "c": "remote"})
    assert found == "a"  # same day, same kind, not itself; the contact of another day is not it


def test_countries_alone_are_no_contact_and_a_reporter_of_a_topic_is_no_party():
    from helpers import analyze_text

    calls = analyze_text("Peru and Bolivia have agreed to send their foreign ministers to Quito on Monday for talks "
                         "brokered by Ecuador. Regarding the visit of Chilean Foreign Minister Marta Ulloa to Paris "
                         "planned for Thursday, spokesman Pedro Lins said French Foreign Minister Ana Costa will "
                         "receive her Chilean counterpart.", date="2031-05-10").calls
    assert not any(set(p) <= {"Peru", "Bolivia"} for p in calls["participants"])
    assert not any("Pedro Lins" in p for p in calls["participants"])


def test_a_body_in_a_persons_title_is_that_person():
    from helpers.actors.gazetteer import load_gazetteer
    from helpers.calls.parties import PartyResolver

    actors = pd.DataFrame({"actor": ["Rafael Ortiz", "Andean Council", "Joaquim Santos"],
                           "type": ["person", "organization", "person"], "country": [None, None, "BR"],
                           "role": ["President of the Andean Council", None, "President"], "n_mentions": [2, 1, 3],
                           "aliases": [[], [], []]})
    resolver = PartyResolver(actors, load_gazetteer())
    people, _ = resolver.resolve([("Joaquim Santos", False), ("Andean Council", False)], False, set(actors["actor"]))
    assert people == ["Joaquim Santos", "Rafael Ortiz"]


def test_since_a_clash_dates_no_earlier_contact_and_his_visit_is_the_visitors_own():
    from helpers import analyze_text

    calls = analyze_text("Chilean President Marta Ulloa met Brazilian President Joaquim Santos in Lima on Friday, "
                         "their first encounter since a deadly clash on the border on Sunday. Peruvian Foreign "
                         "Minister Ana Costa is due in Santiago in June for her first visit since the clash.",
                         date="2031-05-10").calls
    assert len(calls[calls["background"]]) == 0  # the clash is no contact of theirs
    assert not any({"Ana Costa", "Marta Ulloa"} <= set(p) for p in calls["participants"])  # "her" is Costa


def test_day_of_month_without_a_month_and_a_spanned_contact_ordered_by_its_cue():
    from helpers.calls.dates import resolve

    assert f"{resolve('On the 2nd', '2031-05-03', 'happened')['date']:%Y-%m-%d}" == "2031-05-02"
    assert f"{resolve('on the 28th', '2031-05-03', 'happened')['date']:%Y-%m-%d}" == "2031-04-28"
    assert f"{resolve('on the 2nd', '2031-05-03', 'planned')['date']:%Y-%m-%d}" == "2031-06-02"


def test_time_entities_of_a_sentence_are_its_date_and_time_entities():
    from helpers.calls.facts import time_entities
    from helpers.parse import load_pipeline

    doc = load_pipeline()("Ulloa spoke with Santos on Saturday for 90 minutes, and on Monday, March 3, they met "
                          "again in Lima. Costa visited Quito last week.")
    for sent in doc.sents:
        wanted = [(e.start, e.end, e.label_) for e in sent.ents if e.label_ in {"DATE", "TIME"}]
        assert [(e.start, e.end, e.label_) for e in time_entities(sent)] == wanted


def test_earlier_contact_takes_its_own_nouns_channel_and_a_call_lasting_on_monday_is_dated():
    from helpers import analyze_text

    calls = analyze_text("Chilean President Marta Ulloa spoke by phone with Brazilian President Joaquim Santos on "
                         "Friday, their first conversation since the summit in Lima on March 3. Peruvian President "
                         "Ana Costa and Ulloa had discussed the dispute in a phone call lasting about an hour on "
                         "Monday.", date="2031-05-10").calls
    channel = {f"{r.date:%Y-%m-%d}": r.channel for r in calls.itertuples() if pd.notna(r.date)}
    assert channel.get("2031-03-03") == "in_person"  # the summit, not a call
    assert channel.get("2031-05-05") == "phone"  # "on Monday" hangs on "lasting", which describes the call


def test_immediately_after_a_dated_call_is_the_same_day_and_both_are_found():
    from helpers import analyze_text

    one = analyze_text("Brazilian President Joaquim Santos spoke by phone with Chilean President Marta Ulloa on "
                       "Monday. Immediately after speaking with Ulloa, Santos called Peruvian President Ana Costa, "
                       "a spokesman said.", date="2031-05-10").calls
    days = {tuple(r.participants): f"{r.date:%Y-%m-%d}" for r in one.itertuples() if pd.notna(r.date)}
    assert days == {("Joaquim Santos", "Marta Ulloa"): "2031-05-05", ("Ana Costa", "Joaquim Santos"): "2031-05-05"}
    two = analyze_text("Brazilian President Joaquim Santos spoke by phone with Chilean President Marta Ulloa on "
                       "Monday. They spoke again by phone on Thursday. On Thursday, shortly after speaking with Ulloa, "
                       "Santos called Peruvian President Ana Costa.", date="2031-05-10").calls
    assert two["date"].notna().all()  # the cued call is Thursday's, not a third, undated one


def test_a_vaguely_dated_mention_joins_the_one_dated_contact_inside_its_span():
    from helpers import analyze_text

    calls = analyze_text("Brazilian President Joaquim Santos spoke by phone with Chilean President Marta Ulloa on "
                         "Tuesday about the river treaty. The treaty was also discussed at a meeting of engineers. "
                         "Santos, who spoke by phone with Ulloa earlier this week, has not commented on the meeting.",
                         date="2031-05-09").calls
    pair = calls[calls["participants"].map(lambda p: set(p) == {"Joaquim Santos", "Marta Ulloa"})]
    assert len(pair) == 1 and f"{pair['date'].iloc[0]:%Y-%m-%d}" == "2031-05-06"


def test_a_visitor_of_unknown_office_is_not_given_the_host_countrys_leader():
    from helpers.actors.gazetteer import load_gazetteer
    from helpers.calls.parties import PartyResolver

    actors = pd.DataFrame({"actor": ["Rafael Ortiz", "China"], "type": ["person", "country"], "country": [None, "CN"],
                           "role": [None, None], "n_mentions": [2, 3], "aliases": [[], []]})
    people, notes = PartyResolver(actors, load_gazetteer()).resolve([("Rafael Ortiz", False), ("China", False)], True,
                                                                     set(actors["actor"]))
    assert people == ["China", "Rafael Ortiz"] and not notes  # no guess at whom he meets


def test_a_duration_range_never_loses_the_article():
    result = analyze_text("President Anna Lindqvist and Prime Minister Paul Moreau met on Monday for between two "
                          "and three hours.", date="2031-05-07", cache=False)
    assert result.problems.empty
    assert list(result.calls["participants"].iloc[0]) == ["Anna Lindqvist", "Paul Moreau"]


def test_a_headline_or_posting_stamp_dates_an_article_the_corpus_dates_only_roughly():
    from helpers.calls.dating import header_date

    assert f"{header_date('Border tensions: Live updates, Friday 14 March', [], 2031):%Y-%m-%d}" == "2031-03-14"
    assert f"{header_date(None, ['subheading: Posted on May 2, 2031 by Desk'], 2030):%Y-%m-%d}" == "2031-05-02"
    assert header_date("Talks resume", ["subheading: Share this"], 2031) is None


def test_and_then_with_orders_the_two_calls():
    calls = analyze_text("French Foreign Minister Catherine Colonna spoke by phone on Monday with Italy's foreign minister, "
                         "Antonio Tajani, and then with her Spanish counterpart Jose Manuel Albares, the ministry said.",
                         date="2023-03-08").calls
    order = {tuple(sorted(r.participants)): r.order for r in calls.itertuples()}
    assert order[("Antonio Tajani", "Catherine Colonna")] < order[("Catherine Colonna", "Jose Manuel Albares")]


@pytest.mark.parametrize("text, durations", [
    pytest.param("Italian Foreign Minister Marco Rossi had spoken by phone with Swedish Foreign Minister Anna Lindqvist a day earlier, a ministry spokesman said.", [], id="offset-a-day-earlier"),
    pytest.param("Italian Foreign Minister Marco Rossi held talks with Swedish Foreign Minister Anna Lindqvist in Oslo on Tuesday, a day after he had met French Foreign Minister Paul Moreau in Paris.", [],
                 id="offset-a-day-after"),
    pytest.param("Italian Foreign Minister Marco Rossi spoke by phone with Swedish Foreign Minister Anna Lindqvist on Tuesday, his second call to Oslo in less than 24 hours.", [],
                 id="window-in-less-than"),
    pytest.param("Italian Foreign Minister Marco Rossi spoke by phone with Swedish Foreign Minister Anna Lindqvist on Tuesday from 9 a.m. Rome time (0800 GMT), officials said.", [],
                 id="clock-conversion-is-no-span"),
    pytest.param("Italian Foreign Minister Marco Rossi arrived in Oslo on Tuesday to see Swedish Foreign Minister Anna Lindqvist. "
                 "The two ministers met for about three hours, officials said.", [180.0],
                 id="counted-parties"),
])
def test_durations_that_are_not_the_contacts_own_are_left_out(text, durations):
    calls = analyze_text(text, date="2023-05-17").calls
    assert not calls.empty
    assert all(list(c) == durations or (not durations and not len(c)) for c in calls["durations_reported"])


def test_a_party_who_spoke_to_both_ministers_had_the_two_calls_named_elsewhere():
    calls = analyze_text("UN Secretary-General Karl Brenner spoke by phone with Portuguese Prime Minister Luis Sousa on "
                         "Tuesday. Brenner also spoke by phone with Spanish Prime Minister Pedro Ortega on Tuesday. "
                         "Brenner, who spoke to both prime ministers on Tuesday, urged calm.", date="2023-05-17").calls
    assert _contacts(calls) == {(("Karl Brenner", "Luis Sousa"), "2023-05-16", "phone", "happened"),
                                (("Karl Brenner", "Pedro Ortega"), "2023-05-16", "phone", "happened")}


@pytest.mark.parametrize("text, expected", [
    pytest.param("The breakthrough owes much to Karl Brenner. The German chancellor spoke by phone with Greek Prime "
                 "Minister Nikos Pappas on Monday.", {(("Karl Brenner", "Nikos Pappas"), "2023-05-15", "phone", "happened")},
                 id="bare-title-is-the-untitled-person-just-named"),
    pytest.param("Spokesman Jan Olsen declined to comment. The German chancellor spoke by phone with Greek Prime Minister Nikos "
                 "Pappas on Monday.", set(), id="bare-title-is-not-a-titled-spokesman"),
    pytest.param("Greek Prime Minister Nikos Pappas spoke by phone with Turkish President Emre Kaya on Friday and has "
                 "kept up a stream of calls since. Kaya has held several meetings with Pappas.",
                 {(("Emre Kaya", "Nikos Pappas"), "2023-05-19", "phone", "happened")}, id="generic-plurals-are-no-contact"),
])
def test_bare_titles_and_generic_plurals(text, expected):
    assert _contacts(analyze_text(text, date="2023-05-20").calls) == expected


def test_a_day_after_speaking_to_a_third_is_the_day_after_that_call():
    calls = analyze_text("Singapore's Prime Minister Karl Brenner called Indian Prime Minister Ravi Menon on Wednesday. "
                         "Brenner held a half-hour call with Chinese President Li Wen, a day after speaking to Menon, "
                         "the ministry said.", date="2023-05-20").calls
    assert _contacts(calls) == {(("Karl Brenner", "Ravi Menon"), "2023-05-17", "phone", "happened"),
                                (("Karl Brenner", "Li Wen"), "2023-05-18", "phone", "happened")}
    later = calls[calls["participants"].map(lambda p: "Li Wen" in p)].iloc[0]
    assert later["date_source"] == "days from the dated contact it names"


def test_a_day_in_a_clock_time_conversion_is_not_the_contacts_day():
    calls = analyze_text("Italian Prime Minister Marco Rossi telephoned Japanese Prime Minister Ken Sato early on Wednesday. "
                         "The two leaders spoke for about 30 minutes from 7 a.m. Tokyo time (2200 GMT Tuesday), officials "
                         "said.", date="2023-05-18").calls
    assert _contacts(calls) == {(("Ken Sato", "Marco Rossi"), "2023-05-17", "phone", "happened")}
    assert list(calls.iloc[0]["durations_reported"]) == [30.0]


def test_the_two_ministers_in_a_named_place_are_the_pair_that_met_there():
    calls = analyze_text("Before meeting Swedish Foreign Minister Anna Lindqvist in Stockholm, Italian Foreign Minister Marco "
                         "Rossi held talks with his Danish counterpart Lars Holm in Copenhagen. Rossi told reporters after "
                         "the meeting with Holm that the situation was dangerous. In Stockholm, the two ministers met for "
                         "about three hours, a diplomatic source said.", date="2023-05-20").calls
    lengths = {tuple(sorted(r.participants)): list(r.durations_reported) for r in calls.itertuples()}
    assert lengths == {("Anna Lindqvist", "Marco Rossi"): [180.0], ("Lars Holm", "Marco Rossi"): []}


def test_a_duration_on_the_calls_second_verb_is_kept():
    calls = analyze_text("Greek Prime Minister Nikos Pappas and Turkish President Emre Kaya spoke by phone on Friday. The call "
                         "began at 15:00 Ankara time and lasted nearly 90 minutes, a spokesman said.", date="2023-05-20").calls
    assert len(calls) == 1 and list(calls.iloc[0]["durations_reported"]) == [90.0]


def test_undated_call_joins_the_dated_contact_of_its_own_channel(tmp_path):
    (tmp_path / "one.txt").write_text("20310507\nBrazilian President Joaquim Santos spoke by phone with Chilean President "
                                      "Marta Ulloa on Tuesday about the river treaty, officials said.")
    (tmp_path / "two.txt").write_text("20310509\nBrazilian President Joaquim Santos and Chilean President Marta Ulloa "
                                      "held a video conference on Thursday on the river treaty.")
    (tmp_path / "three.txt").write_text("Brazilian President Joaquim Santos has spoken by telephone with Chilean "
                                        "President Marta Ulloa about the river treaty, his office said.")
    calls = load_quietly(tmp_path).calls
    by_channel = {c: sorted(a) for c, a in zip(calls["channel"], calls["article_ids"])}
    assert len(calls) == 2 and by_channel["phone"] == ["one", "three"], calls[["date", "channel", "article_ids"]]


def test_weekday_in_an_article_with_a_borrowed_date_is_no_day_unless_another_article_confirms_it():
    from helpers.calls.dating import BORROWED, UNCONFIRMED, align_to_dated_contacts

    cm = pd.DataFrame({
        "article_id": ["wire", "analysis", "analysis", "analysis"],
        "date": pd.to_datetime(["2031-05-06", "2031-04-29", "2031-05-05", "2031-05-08"]),
        "date_source": ["weekday + article date", "weekday + " + BORROWED, "weekday + " + BORROWED,
                        "relative day + " + BORROWED],
        "background": [False] * 4})
    refs = {"wire": (pd.Timestamp("2031-05-07"), "article date"), "analysis": (pd.Timestamp("2031-05-02"), BORROWED)}
    keys = ["Santos – Ulloa (remote)", "Santos – Ulloa (remote)", "Kettunen – Ilves (remote)", "Kettunen – Ilves (remote)"]
    out = align_to_dated_contacts(cm, keys, refs)
    # "on Tuesday" in the analysis is the Tuesday the wire gives the same call; Monday's and
    # yesterday's contacts of other people have no day, and say why
    assert f"{out['date'][1]:%Y-%m-%d}" == "2031-05-06"
    assert out["date"][2:].isna().all() and list(out["date_source"][2:]) == [UNCONFIRMED, UNCONFIRMED]


def test_earlier_this_week_in_an_article_with_an_inferred_date_takes_that_day_in():
    from helpers.calls.dating import INFERRED, date_mentions

    cm = pd.DataFrame({"article_id": ["wire", "blog"], "date_expr": ["earlier in the week"] * 2,
                       "status": ["happened"] * 2, "background": [True] * 2})
    thursday = pd.Timestamp("2031-05-08")
    out = date_mentions(cm, {"wire": (thursday, "article date"), "blog": (thursday, INFERRED)})
    # the blog's date is the last day it reports; it may be written later, so Thursday may be "earlier"
    assert list(out["date_approx"]) == ["2031-05-05/2031-05-07", "2031-05-05/2031-05-08"]


@pytest.mark.parametrize("words, sentence, expected", [
    ("on Monday", "Deputy Secretary Ana Ruiz is expected in Quito on Monday, where she hopes to meet Noboa.", True),
    ("on Friday", "Ruiz is due to see Santos on Thursday in Brasilia, before flying on to Quito on Friday.", True),
    # a past report after the plan word: "would ..., adding that X had spoken to Y on Tuesday"
    ("on Tuesday", "The envoys would review the accord, adding that Ruiz had spoken to Noboa by phone on Tuesday.", False),
    ("on Tuesday", "Ruiz spoke to Noboa by phone on Tuesday.", False),
])
def test_a_day_announced_by_its_sentence_is_read_forward(words, sentence, expected):
    from helpers.calls.dating import announced

    assert announced(words, sentence) is expected


def test_contact_dated_by_an_announced_weekday_is_the_coming_one():
    from helpers.calls.dating import date_mentions

    sentence = "Ruiz is due to see Santos on Thursday in Brasilia, before flying on to Quito on Friday to meet Noboa."
    cm = pd.DataFrame({"article_id": ["wire"], "date_expr": ["on Friday"], "status": ["happened"],
                       "background": [False], "sentence": [sentence]})
    out = date_mentions(cm, {"wire": (pd.Timestamp("2031-05-07"), "article date")})  # a Wednesday
    assert f"{out['date'][0]:%Y-%m-%d}" == "2031-05-09"
