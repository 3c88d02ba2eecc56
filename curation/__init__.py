"""Curation of the bundled datasets: decisions and records as data, and the build that
turns them into ``sample_data/``. Not part of the installed app (``tracker``)."""
