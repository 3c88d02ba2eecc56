"""``python -m bench [--quick]``: run every workload, print ratios, write bench/results.json."""

from __future__ import annotations

import argparse
import os
import platform
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("--quick", action="store_true", help="small sizes (under three minutes)")
    parser.add_argument(
        "--only", metavar="B1,B1s,...", help="run only these workloads (no docs page written)"
    )
    args = parser.parse_args()
    only = set(args.only.split(",")) if args.only else None
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    def quiet(_mode, _context, message: str) -> None:
        # The offscreen platform says this of every shown window: not about the bench.
        if "propagateSizeHints" not in message:
            print(message, file=sys.stderr)

    qInstallMessageHandler(quiet)
    _app = QApplication.instance() or QApplication([])
    from bench.harness import write_results
    from bench.workloads import run_all

    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"{'quick' if args.quick else 'full'} sizes"
    )
    started = time.perf_counter()
    results = []
    for result in run_all(args.quick, only):
        print(result.line(), flush=True)
        results.append(result)
        write_results(results, Path(__file__).with_name("results.json"))  # kept if cut short
    out = Path(__file__).with_name("results.json")
    write_results(results, out)
    if not args.quick and only is None:
        from bench.report import write

        docs = Path(__file__).resolve().parent.parent / "docs" / "benchmarks.md"
        write(results, time.perf_counter() - started, docs)
        print(f"wrote {docs}")
    failed = [r.name for r in results if not r.passed]
    print(f"{len(results) - len(failed)} passed, {len(failed)} failed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
