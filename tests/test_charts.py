"""Charts: the call sequence reads as a calendar, names and source lines fit the figure."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")
import pandas as pd  # noqa: E402

from helpers.charts.calls import day_runs, family_name, plot_call_sequence, sequence_members  # noqa: E402
from helpers.charts.style import add_source_line  # noqa: E402


def _calls() -> pd.DataFrame:
    rows = [
        ("2031-03-03", None, ["Ana Vell", "Tomas Ruud"], "phone"),
        ("2031-03-04", None, ["Ana Vell", "Ines de la Cruz"], "video"),
        ("2031-03-04", None, ["Tomas Ruud", "Ines de la Cruz"], "phone"),
        (None, "2031-01-15", ["Ana Vell", "Tomas Ruud"], "in_person"),
        (None, None, ["Karim bin Said Al Nahri", "Tomas Ruud"], "phone"),
    ]
    return pd.DataFrame([{
        "order": i + 1, "date": pd.Timestamp(d) if d else pd.NaT, "date_approx": approx, "participants": p,
        "channel": ch, "status": "happened", "group": None, "start_time": float("nan"), "timezone": None,
        "start_time_utc": None, "durations_reported": [], "n_sources": 1, "outlets": ["Wire A"], "background": approx is not None,
    } for i, (d, approx, p, ch) in enumerate(rows)])


def test_contacts_are_grouped_into_day_bands_in_order():
    assert day_runs(_calls()) == [("Mon 03 Mar", 0, 0), ("Tue 04 Mar", 1, 2), ("~15 Jan", 3, 3), ("undated", 4, 4)]


def test_day_bands_are_drawn_and_labelled():
    fig = plot_call_sequence(_calls())
    labels = {t.get_text() for t in fig.axes[0].texts}
    assert {"Tue 04 Mar", "Mon\n03 Mar", "undated"} <= labels


def test_family_names_keep_their_particles():
    assert family_name("Karim bin Said Al Nahri") == "Al Nahri"
    assert family_name("Ines de la Cruz") == "de la Cruz"
    assert family_name("Tomas Ruud") == "Ruud"


def test_source_line_never_runs_off_the_figure():
    import matplotlib.pyplot as plt

    fig = plt.figure(figsize=(6, 4))
    add_source_line(fig, [f"Outlet number {i} of the world" for i in range(30)])
    text = fig.texts[-1].get_text()
    assert len(text) <= 6 * 15 and text.endswith("more · Readout")


def test_source_line_counts_articles_of_unknown_outlet_instead_of_listing_ids():
    import matplotlib.pyplot as plt

    fig = plt.figure(figsize=(8, 4))
    add_source_line(fig, ["Harbour Times", "unknown · 002_ab12", "unknown · 005_cd34", "Harbour Times"])
    assert fig.texts[-1].get_text() == "Source: Harbour Times, 2 articles of unknown outlet · Readout"
    fig = plt.figure(figsize=(8, 4))
    add_source_line(fig, ["unknown · 009_ff00"])
    assert fig.texts[-1].get_text() == "Source: 1 article of unknown outlet · Readout"


def test_one_off_members_of_a_group_call_share_a_labelled_group_lane():
    calls = _calls()
    summit = calls.iloc[0].copy()
    summit["participants"] = ["Ana Vell", "Tomas Ruud", "Lio Marr", "Canada", "Atlantic Council of States"]
    summit["group"] = "allied leaders"
    calls = pd.concat([calls, summit.to_frame().T], ignore_index=True)
    members = sequence_members(calls)[-1]
    assert members[:2] == ["Ana Vell", "Tomas Ruud"] and len(members) == 3
    assert members[2].startswith("group: allied leaders · Lio Marr, Canada,")
    lanes = [t.get_text() for t in plot_call_sequence(calls).axes[0].get_yticklabels()]
    assert "Canada" not in lanes and any(label.startswith("group: allied leaders") for label in lanes)
