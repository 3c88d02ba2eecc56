"""Vaccine Diplomacy Tracker: commitments and deliveries of vaccine doses beside policy events."""

__version__ = "0.1.0"
APP_NAME = "Vaccine Diplomacy Tracker"
#: The folder name of the app's data, settings and backups (``platformdirs``).
APP_DIR_NAME = "vaccine-tracker"
