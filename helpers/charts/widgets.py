"""A small interactive explorer for the coverage notebook (ipywidgets), with a static fallback.

Each tab has its own control and its own page, so it is always clear which control drives
which output. Before the notebook runs (a committed notebook, ``make report``, GitHub) the
explorer shows the first outlet's page as plain HTML.
"""

from __future__ import annotations

import html

import pandas as pd

from helpers.compare.summary import outlet_page

STATIC_NOTE = "Static preview of the first outlet's page: run the notebook to pick another outlet or an actor."


def coverage_explorer(corpus, summary: pd.DataFrame):
    """Two tabs: "Outlet page" (a dropdown of outlets and its one-page summary) and "Actor
    page" (a dropdown of actors: who reports them, and how).

    Returns the widget; where widgets cannot run it renders as the first outlet's page.
    """
    import ipywidgets as widgets

    class Explorer(widgets.Tab):
        def _repr_mimebundle_(self, **kwargs):
            bundle = super()._repr_mimebundle_(**kwargs)
            first = summary["label"].iloc[0] if len(summary) else None
            static = outlet_html(summary, first) if first is not None else "<p>No outlets.</p>"
            bundle["text/html"] = f"<p style='color:#555'><em>{STATIC_NOTE}</em></p>{static}"
            return bundle

    outlet = widgets.Dropdown(options=list(summary["label"]), description="Outlet:")
    actor = widgets.Dropdown(options=list(corpus.actors["actor"].head(40)), description="Actor:")
    outlet_view, actor_view = widgets.HTML(), widgets.HTML()

    def show_outlet(change=None):
        outlet_view.value = outlet_html(summary, outlet.value) if outlet.value is not None else ""

    def show_actor(change=None):
        actor_view.value = actor_html(corpus, actor.value) if actor.value is not None else ""

    outlet.observe(show_outlet, names="value")
    actor.observe(show_actor, names="value")
    show_outlet()
    show_actor()
    tabs = Explorer(children=[widgets.VBox([outlet, outlet_view]), widgets.VBox([actor, actor_view])])
    tabs.titles = ("Outlet page", "Actor page")
    return tabs


def outlet_html(summary: pd.DataFrame, label: str) -> str:
    """The outlet's page (``compare.summary.outlet_page``) as HTML."""
    headline, sections = outlet_page(summary, label)
    body = "".join(f"<p style='margin:6px 0 2px'><b>{html.escape(title)}</b></p><ul style='margin:0'>"
                   + "".join(f"<li>{html.escape(str(item))}</li>" for item in items) + "</ul>"
                   for title, items in sections)
    return f"<div style='max-width:52em'><p><b>{html.escape(headline)}</b></p>{body}</div>"


def actor_html(corpus, name: str) -> str:
    """``describe_actor`` as HTML."""
    lines = describe_actor(corpus, name).split("\n")
    items = "".join(f"<li>{html.escape(line.strip())}</li>" for line in lines[1:])
    return f"<div style='max-width:52em'><p><b>{html.escape(lines[0])}</b></p><ul>{items}</ul></div>"


def describe_actor(corpus, name: str) -> str:
    """Plain text: mentions per outlet, statements by the actor, contacts the actor took part in."""
    from helpers.charts.style import plural
    from helpers.compare.coverage import with_labels

    mentions = with_labels(corpus.mentions[corpus.mentions["actor"] == name], corpus.articles)
    said = with_labels(corpus.statements[corpus.statements["speaker"] == name], corpus.articles)
    calls = corpus.calls[corpus.calls["participants"].map(lambda p: name in p)] if len(corpus.calls) else corpus.calls
    per_outlet = mentions.groupby("label").size().sort_values(ascending=False)
    lines = [f"{name}: {plural(len(mentions), 'mention')} in {plural(mentions['label'].nunique(), 'source')}"]
    lines += [f"  {label}: {plural(n, 'mention')}, {plural(int((said['label'] == label).sum()), 'statement')}"
              for label, n in per_outlet.items()]
    lines += [f"  contact: {' – '.join(c.participants)} ({c.channel.replace('_', ' ')}, {c.status}, "
              f"{plural(c.n_sources, 'source')})" for c in calls.itertuples()]
    return "\n".join(lines)
