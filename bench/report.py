"""``docs/benchmarks.md`` from a full run: the machine, the versions, one row per workload."""

from __future__ import annotations

import datetime as dt
import os
import platform
from importlib import metadata
from pathlib import Path

from bench.harness import Result

PACKAGES = ("PySide6-Essentials", "pyqtgraph", "pandas", "numpy", "SQLAlchemy", "openpyxl")


def machine() -> str:
    """CPU model, cores, memory and OS, as far as this platform tells."""
    cpu = platform.processor() or platform.machine()
    memory = ""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            cpu = next(
                (line.split(":", 1)[1].strip() for line in fh if line.startswith("model name")),
                cpu,
            )
        with open("/proc/meminfo", encoding="utf-8") as fh:
            kib = int(next(line.split()[1] for line in fh if line.startswith("MemTotal:")))
            memory = f", {kib / 1024 / 1024:.0f} GiB RAM"
    except (OSError, StopIteration, ValueError):
        pass
    return f"{cpu}, {os.cpu_count()} cores{memory}, {platform.system()} {platform.release()}"


def _version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "not installed"


def markdown(results: list[Result], seconds: float) -> str:
    passed = sum(r.passed for r in results)
    lines = [
        "# Benchmarks",
        "",
        "Written by `make bench` (full sizes); `make bench-quick` runs small sizes and does",
        "not touch this page. Each workload runs the app's own code path and a floor (the",
        "simplest fast way to do the same work with the same libraries) on the same generated",
        "data (fixed seed), interleaved, median of at least 5 runs. The definitions are in",
        "`bench/workloads.py` and `bench/timeline_workloads.py`.",
        "",
        f"- Run: {dt.datetime.now().strftime('%Y-%m-%d %H:%M')}, {seconds / 60:.0f} min",
        f"- Machine: {machine()}",
        f"- Python {platform.python_version()}; "
        + ", ".join(f"{p} {_version(p)}" for p in PACKAGES),
        f"- Result: {passed} of {len(results)} workloads meet their target",
        "",
        "| workload | app | floor | ratio | target | result | note |",
        "|---|---:|---:|---:|---|---|---|",
    ]
    for r in results:
        lines.append(
            f"| {r.name} | {r.app_s * 1000:,.1f} ms | {r.floor_s * 1000:,.1f} ms | "
            f"{r.ratio:.2f} | {r.target} | {'pass' if r.passed else '**FAIL**'} | {r.note} |"
        )
    return "\n".join(lines) + "\n"


def write(results: list[Result], seconds: float, path: Path) -> None:
    path.write_text(markdown(results, seconds), encoding="utf-8")
