"""Benchmarks: the app's own code path against the simplest fast floor, as ratios."""
