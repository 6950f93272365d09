"""Charts: matplotlib figures from tidy frames, one shared style, and ``export_chart``.

``style`` holds the style, outlet colours and the export functions; ``plots`` the corpus and
coverage charts; ``calls`` the contact sequence and network; ``widgets`` the ipywidgets
explorer; ``evidence`` the sentence behind any row (``show_evidence``). Imports ``helpers.compare`` (widgets only) and ``helpers.paths``.
"""

from helpers.charts.calls import outlet_contact_matrix, plot_call_sequence, plot_contact_network, plot_outlet_contacts
from helpers.charts.plots import (
    plot_corpus_overview, plot_disagreements, plot_framing_terms, plot_heatmap, plot_outlet_bars, plot_stacked_shares,
)
from helpers.charts.evidence import finding, fit_table, readable, show_evidence
from helpers.charts.style import export_chart, export_table, flat_table, outlet_colors, plural
from helpers.charts.widgets import coverage_explorer, describe_actor

__all__ = [
    "coverage_explorer", "describe_actor", "export_chart", "export_table", "flat_table", "outlet_colors",
    "outlet_contact_matrix", "plot_call_sequence", "plot_contact_network", "plot_corpus_overview",
    "plot_disagreements", "plot_framing_terms", "plot_heatmap", "plot_outlet_bars", "plot_outlet_contacts",
    "plot_stacked_shares", "finding", "fit_table", "plural", "readable", "show_evidence",
]
