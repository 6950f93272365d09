"""A small interactive explorer for the coverage notebook (ipywidgets; runs headless too)."""

from __future__ import annotations

import pandas as pd

from helpers.compare.summary import describe_outlet


def coverage_explorer(corpus, summary: pd.DataFrame):
    """Dropdowns to pick an outlet (its one-page summary) or an actor (who reports it, and how).

    Returns the widget; in a headless run it renders as its initial text output.
    """
    import ipywidgets as widgets

    out = widgets.Output()
    outlet = widgets.Dropdown(options=list(summary["label"]), description="Outlet")
    actor = widgets.Dropdown(options=list(corpus.actors["actor"].head(40)), description="Actor")

    def show_outlet(change=None):
        out.clear_output()
        with out:
            print(describe_outlet(summary, outlet.value))

    def show_actor(change=None):
        out.clear_output()
        with out:
            print(describe_actor(corpus, actor.value))

    outlet.observe(show_outlet, names="value")
    actor.observe(show_actor, names="value")
    show_outlet()
    return widgets.VBox([widgets.HBox([outlet, actor]), out])


def describe_actor(corpus, name: str) -> str:
    """Plain text: mentions per outlet, statements by the actor, contacts the actor took part in."""
    from helpers.compare.coverage import with_labels

    mentions = with_labels(corpus.mentions[corpus.mentions["actor"] == name], corpus.articles)
    said = with_labels(corpus.statements[corpus.statements["speaker"] == name], corpus.articles)
    calls = corpus.calls[corpus.calls["participants"].map(lambda p: name in p)] if len(corpus.calls) else corpus.calls
    per_outlet = mentions.groupby("label").size().sort_values(ascending=False)
    lines = [f"{name}: {len(mentions)} mentions in {mentions['label'].nunique()} sources"]
    lines += [f"  {label}: {n} mentions, {int((said['label'] == label).sum())} statements" for label, n in per_outlet.items()]
    lines += [f"  contact: {' – '.join(c.participants)} ({c.channel}, {c.status}, {c.n_sources} sources)" for c in calls.itertuples()]
    return "\n".join(lines)
