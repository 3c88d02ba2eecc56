"""The newest migration's id, so opening an up-to-date database needs no Alembic import.

A test checks this equals Alembic's own head; a new migration must update it.
"""

SCHEMA_HEAD = "0004"
