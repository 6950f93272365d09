"""Charts of the diplomatic call sequence: sequence diagram, contact network, outlet matrix."""

from __future__ import annotations

import textwrap

import matplotlib.pyplot as plt
import networkx as nx
import pandas as pd

from helpers.charts.plots import plot_heatmap
from helpers.charts.style import _short, add_source_line, apply_style

STATUS_STYLE = {"happened": "-", "planned": "--", "expected": ":"}
CHANNEL_COLOR = {"phone": "#0072B2", "video": "#009E73", "in_person": "#D55E00", "visit": "#CC79A7",
                 "message": "#E69F00", "unspecified": "#777777"}


GROUP_LANE = "group: {}"  # the lane of an unnamed counterpart ("group: world leaders")


def contact_label(call) -> str:
    """'11:04 EST = 16:04 UTC · 60–62 min' for a calls row ('' when neither is reported)."""
    parts = []
    if pd.notna(call["start_time"]):
        minutes = int(call["start_time"])
        local = f"{minutes // 60:02d}:{minutes % 60:02d}" + (f" {call['timezone']}" if isinstance(call["timezone"], str) else "")
        utc = call.get("start_time_utc")
        parts.append(local + (f" = {utc} UTC" if isinstance(utc, str) and call.get("timezone") not in {"UTC", "GMT"} else ""))
    durations = list(call["durations_reported"] or [])
    if durations:
        parts.append(("–".join(f"{d:g}" for d in (min(durations), max(durations))) if len(durations) > 1 else f"{durations[0]:g}") + " min")
    return " · ".join(parts)


def named_parties(call) -> list[str]:
    """The contact's participants without its group counterpart's label (``participants``
    lists it last; the chart draws it on its own group lane)."""
    group = call.get("group")
    return [p for p in call["participants"] if p != group]


def contact_members(call) -> list[str]:
    """Lane names of a contact: its participants and, for a group counterpart, the group lane."""
    group = call.get("group")
    return named_parties(call) + ([GROUP_LANE.format(_short(group, 26))] if isinstance(group, str) else [])


GROUP_MIN_MEMBERS = 4  # a contact of this many parties is drawn as a group
GROUP_LANE_NAMES = 3  # members named on a folded group lane before "+N"


def sequence_members(calls: pd.DataFrame) -> list[list[str]]:
    """Lane names of each contact on the sequence diagram, in row order.

    A group contact's members who take part in no other contact (the other leaders of a
    summit video call) share one group lane that names them ("group: G7 leaders · Canada,
    Italy, Japan +3"), instead of a lane each with a single dot.
    """
    seen_in = pd.Series([p for _, call in calls.iterrows() for p in set(named_parties(call))]).value_counts()
    members = []
    for _, call in calls.iterrows():
        parties = named_parties(call)
        once = [p for p in parties if seen_in.get(p, 0) == 1] if len(parties) >= GROUP_MIN_MEMBERS else []
        if len(once) < 2:
            members.append(contact_members(call))
            continue
        named = ", ".join(_short(p, 20) for p in once[:GROUP_LANE_NAMES]) + (
            f" +{len(once) - GROUP_LANE_NAMES}" if len(once) > GROUP_LANE_NAMES else "")
        group = call.get("group")
        lane = GROUP_LANE.format((_short(group, 26) + " · " if isinstance(group, str) else "") + named)
        members.append([p for p in parties if p not in once] + [lane])
    return members


def lanes(members: list[list[str]], max_lanes: int) -> list[str]:
    """Actors in order of first appearance in the sequence (the busiest kept when cut);
    group lanes go last, and are never cut (a group contact is never a lone dot)."""
    seen: list[str] = []
    for contact in members:
        for p in contact:
            if p not in seen:
                seen.append(p)
    groups = [a for a in seen if a.startswith(GROUP_LANE.format(""))]
    people = [a for a in seen if a not in groups]
    if len(people) + len(groups) > max_lanes:
        counts = pd.Series([p for contact in members for p in contact]).value_counts()
        keep = set(counts[counts.index.isin(people)].index[:max(2, max_lanes - len(groups))])
        people = [a for a in people if a in keep]
    return people + groups


def lane_label(lane: str) -> str:
    """A lane's y label: a person's name, or a group lane wrapped on two lines at most."""
    if not lane.startswith(GROUP_LANE.format("")):
        return _short(lane, 34)
    return "\n".join(textwrap.wrap(lane, 36, break_on_hyphens=False)[:2])


def day_key(call) -> str:
    """The day a contact belongs to on the time axis: 'Sat 12 Feb', '~21 Dec' (approximate) or 'undated'."""
    if pd.notna(call["date"]):
        return f"{call['date']:%a %d %b}"
    if isinstance(call.get("date_approx"), str):
        return "~" + pd.Timestamp(call["date_approx"][:10]).strftime("%d %b")
    return "undated"


def day_runs(calls: pd.DataFrame) -> list[tuple[str, int, int]]:
    """(day, first x, last x) for each run of consecutive contacts on one day, in plotting order."""
    runs: list[tuple[str, int, int]] = []
    for x, (_, call) in enumerate(calls.iterrows()):
        day = day_key(call)
        if runs and runs[-1][0] == day:
            runs[-1] = (day, runs[-1][1], x)
        else:
            runs.append((day, x, x))
    return runs


def tick_label(i: int, call) -> str:
    """'3 (planned) · 2 outlets' over the contact's time and duration; the day is on the band above."""
    status = "" if call["status"] == "happened" else f" ({call['status']})"
    outlets = f"{call['n_sources']} outlet{'s' if call['n_sources'] != 1 else ''}"
    facts = contact_label(call)
    return f"{i + 1}{status} · {outlets}" + (f"\n{facts}" if facts else "")


def draw_day_bands(ax, calls: pd.DataFrame, top: float) -> None:
    """Shade alternate days and write each day over its contacts: the axis reads as a calendar."""
    for k, (day, first, last) in enumerate(day_runs(calls)):
        if k % 2 == 0:
            ax.axvspan(first - 0.5, last + 0.5, color="#f4f4f4", zorder=-1, lw=0)
        ax.text((first + last) / 2, top, day.replace(" ", "\n", 1) if last == first else day,
                ha="center", va="bottom", fontsize=8.5, color="#444444", fontweight="bold")


def plot_call_sequence(calls: pd.DataFrame, max_lanes: int = 20, max_calls: int = 30) -> plt.Figure:
    """Sequence diagram: one lane per actor (and per unnamed group), one connector per contact.

    The x axis is a calendar: one shaded band per day, labelled above its contacts
    ('~' marks an approximate date of a recalled contact, 'undated' those with none). Within
    a day contacts run in reconstructed order: UTC clock times where the text gives them
    (each label shows the local time and UTC), else the text's before/after cues. Solid = happened, dashed = planned, dotted = expected, faded = an earlier contact
    recalled in the background; colour = channel. Labels are tick labels under the axis,
    one per contact, so they never overlap the lanes or each other. Members of a group
    contact seen in no other contact share its labelled group lane (``sequence_members``).
    """
    apply_style()
    calls = calls.sort_values("order").head(max_calls).reset_index(drop=True)
    members_of = sequence_members(calls)
    actors = lanes(members_of, max_lanes)
    row = {a: i for i, a in enumerate(actors)}
    width = min(24, max(8, 0.55 * len(calls) + 3))
    fig, ax = plt.subplots(figsize=(width, 0.45 * len(actors) + 4.2))
    for y, actor in enumerate(actors):
        ax.axhline(y, color="#eeeeee" if actor.startswith("group:") else "#dddddd", lw=6 if actor.startswith("group:") else 1, zorder=0)
    for x, (_, call) in enumerate(calls.iterrows()):
        members = [row[p] for p in members_of[x] if p in row]
        if len(members) < 2:
            continue
        color = CHANNEL_COLOR.get(call["channel"], "#777777")
        alpha = 0.45 if call.get("background") is True else 1.0
        ax.plot([x, x], [min(members), max(members)], ls=STATUS_STYLE.get(call["status"], "-"), color=color, lw=2.2, alpha=alpha)
        people = [m for m in members if not actors[m].startswith("group:")]
        ax.scatter([x] * len(people), people, color=color, s=40, zorder=3, alpha=alpha)
        groups = [m for m in members if actors[m].startswith("group:")]
        ax.scatter([x] * len(groups), groups, color=color, s=70, marker="s", zorder=3, alpha=alpha)
    ax.set_yticks(range(len(actors)), [lane_label(a) for a in actors], fontsize=9)
    ax.invert_yaxis()
    ax.set_xticks(range(len(calls)), [tick_label(i, c) for i, c in calls.iterrows()], fontsize=9, rotation=90)
    ax.set_xlim(-0.7, len(calls) - 0.3)
    ax.set_ylim(len(actors) - 0.5, -1.6)
    draw_day_bands(ax, calls, top=-0.75)
    ax.set_xlabel(textwrap.fill("contacts day by day (shaded bands); within a day in reconstructed order: "
                                "UTC clock times where reported, else the text's before/after cues", width=int(width * 10)))
    ax.grid(False)
    handles = [plt.Line2D([], [], color=c, lw=2, label=k.replace("_", " ")) for k, c in CHANNEL_COLOR.items()
               if k in set(calls["channel"])]
    handles += [plt.Line2D([], [], color="#333333", ls=s, lw=2, label=k) for k, s in STATUS_STYLE.items() if k in set(calls["status"])]
    ax.legend(handles=handles, loc="lower left", bbox_to_anchor=(0, 1.0), fontsize=9, ncol=8, frameon=False)
    # wrapped to the figure's width (about 8 bold title characters per inch): never cut off
    ax.set_title(textwrap.fill(sequence_headline(calls), width=int(width * 8), break_on_hyphens=False), pad=22)
    add_source_line(fig, [o for outs in calls["outlets"] for o in outs])
    fig.tight_layout(rect=(0, 0.03, 1, 1))
    return fig


NAME_PARTICLES = {"al", "el", "bin", "ibn", "bint", "de", "da", "del", "der", "di", "du", "la", "le", "van", "von"}


def family_name(name: str) -> str:
    """The last word of a name with the particles before it: 'Al Thani', 'von der Leyen', 'Putin'."""
    words = name.split()
    start = len(words) - 1
    while start > 0 and words[start - 1].lower() in NAME_PARTICLES:
        start -= 1
    return " ".join(words[start:])


def sequence_headline(calls: pd.DataFrame, shown: int = 4) -> str:
    """Computed title: the busiest day's contacts in order ("12 Feb: A–B, then C–D, ...")."""
    dated = calls[calls["date"].notna() & calls["status"].eq("happened")]
    if dated.empty:
        return "No dated diplomatic contacts found" if len(calls) else "No diplomatic contacts found"
    day = dated["date"].value_counts().index[0]
    ordered = dated[dated["date"] == day].sort_values("order")
    names = ["–".join([family_name(p) for p in named_parties(c)] + ([c["group"]] if isinstance(c.get("group"), str) else []))
             for _, c in ordered.head(shown).iterrows()]
    more = f" (+{len(ordered) - shown} more)" if len(ordered) > shown else ""
    return f"Diplomatic contacts in order · {day:%d %b}: " + ", then ".join(names) + more


def plot_contact_network(calls: pd.DataFrame) -> plt.Figure:
    """Network of actors; an edge per pair in contact, thicker when more outlets reported it."""
    apply_style()
    graph = nx.Graph()
    for _, call in calls.iterrows():
        people = contact_members(call)
        for i, a in enumerate(people):
            for b in people[i + 1:]:
                weight = graph.get_edge_data(a, b, {"weight": 0})["weight"] + call["n_sources"]
                graph.add_edge(a, b, weight=weight)
    fig, ax = plt.subplots(figsize=(9, 7))
    if graph.number_of_nodes():
        # A circle, grouped by connected component and busiest first: no overlapping labels.
        order = [n for comp in sorted(nx.connected_components(graph), key=len, reverse=True)
                 for n in sorted(comp, key=lambda n: (-graph.degree(n), n))]
        pos = nx.circular_layout(order)
        widths = [1 + 1.2 * d["weight"] for _, _, d in graph.edges(data=True)]
        nx.draw_networkx_edges(graph, pos, ax=ax, width=widths, edge_color="#9ab")
        sizes = [300 + 120 * graph.degree(n) for n in graph.nodes]
        nx.draw_networkx_nodes(graph, pos, ax=ax, node_size=sizes, node_color="#56B4E9", alpha=0.9)
        nx.draw_networkx_labels(graph, pos, ax=ax, labels={n: _short(n, 28) for n in graph.nodes}, font_size=9,
                                bbox={"facecolor": "white", "edgecolor": "none", "alpha": 0.7, "pad": 1})
        hub = max(graph.degree, key=lambda x: x[1])
        ax.set_title(f"{hub[0]} is in contact with {hub[1]} of {graph.number_of_nodes() - 1} other actors")
    ax.axis("off")
    add_source_line(fig, [o for outs in calls["outlets"] for o in outs])
    return fig


def outlet_contact_matrix(calls: pd.DataFrame, labels) -> pd.DataFrame:
    """1 where an outlet reported a contact, else 0 (rows = contacts, columns = outlets)."""
    rows = {}
    for _, call in calls.sort_values("order").iterrows():
        name = f"{call['order']}. " + " – ".join(named_parties(call)) + (f" + {call['group']}" if isinstance(call["group"], str) else "")
        name += f" ({call['status']})" if call["status"] != "happened" else ""
        rows[name] = {label: int(label in call["outlets"]) for label in sorted(set(labels))}
    return pd.DataFrame.from_dict(rows, orient="index")


def plot_outlet_contacts(calls: pd.DataFrame, labels) -> plt.Figure:
    """Heatmap of which outlet reported which contact."""
    matrix = outlet_contact_matrix(calls, labels)
    only_one = int((matrix.sum(axis=1) == 1).sum()) if len(matrix) else 0
    title = f"{only_one} of {len(matrix)} contacts were reported by a single outlet"
    return plot_heatmap(matrix, title, "reported (1) or not (0)")
