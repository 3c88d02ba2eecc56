"""What the chart, the map and the report show, prepared without Qt.

A layer of its own between ``tracker.timeline`` (which draws) and ``tracker.io``: view
models (specs) built from the store's query API, with every word they write in
:mod:`tracker.present.words`.
"""
