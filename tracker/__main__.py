"""``python -m tracker`` does what the ``vaccine-tracker`` script does."""

from tracker.cli import main

raise SystemExit(main())
