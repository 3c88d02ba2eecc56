"""No automatic garbage collection while a chart is read, built, painted or written.

Building a chart allocates hundreds of thousands of objects that live until it is done
(rows read, pyqtgraph's per-marker records, scene items): enough to start CPython's
full collections, each a walk over every object of the process. Measured on a database
of 100,000 deliveries: four full collections, 0.4 s of the 2 s the window took to
redraw the timeline; one (0.1 s) in each export of a 20,000-delivery chart. Little of
it is garbage: reference counting frees the chart's objects when it is done.

:func:`collection_paused` turns automatic collection off for such a step and back on
after the last step that paused it ends, whatever the threads (a step in a worker
thread cannot turn it back on under a step still running in another). Collection
resumes as usual afterwards; nothing is collected by hand.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0
_was_enabled = False


@contextmanager
def collection_paused() -> Iterator[None]:
    """Automatic collection off inside (nested and overlapping uses count)."""
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()
