"""The SQLite bulk path: literals only where they store exactly what binding would."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa

from tracker.store.bulk import before_bulk_insert, bulk_load, insert_columns, sql_literal
from tracker.store.models import DeliveryRow

CELLS = sa.Table(
    "cells", sa.MetaData(), sa.Column("id", sa.Integer, primary_key=True), sa.Column("v")
)


@pytest.fixture
def engine(tmp_path: Path):
    """A real SQLite file with a column of no type affinity: it keeps what it is given."""
    path = tmp_path / "cells.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE cells (id INTEGER PRIMARY KEY, v)")
    conn.close()
    engine = sa.create_engine(f"sqlite:///{path}")
    yield engine
    engine.dispose()


def _insert(engine: sa.Engine, values: list) -> None:
    with engine.begin() as conn:
        insert_columns(conn, CELLS, ["v"], [values])


def _stored(engine: sa.Engine) -> list[tuple[str, object]]:
    with engine.connect() as conn:
        return [
            tuple(r) for r in conn.exec_driver_sql("SELECT typeof(v), v FROM cells ORDER BY id")
        ]


def test_one_true_and_one_point_zero_are_not_merged_into_one_literal(engine) -> None:
    _insert(engine, [1, True, 1.0])
    assert _stored(engine) == [("integer", 1), ("integer", 1), ("real", 1.0)]


def test_a_column_of_one_float_stays_real_and_of_one_int_stays_integer(engine) -> None:
    _insert(engine, [1.0, 1.0, 1.0])
    _insert(engine, [7, 7])
    assert _stored(engine) == [("real", 1.0)] * 3 + [("integer", 7)] * 2


def test_two_to_the_63_is_never_stored_as_real(engine) -> None:
    with pytest.raises(OverflowError):
        _insert(engine, [2**63, 2**63])
    assert _stored(engine) == []  # nothing written, rather than 9.223372036854776e18


def test_the_ends_of_64_bits_round_trip_exactly(engine) -> None:
    _insert(engine, [2**63 - 1, 2**63 - 1])
    _insert(engine, [-(2**63), -(2**63)])
    assert _stored(engine) == [("integer", 2**63 - 1)] * 2 + [("integer", -(2**63))] * 2


def test_text_literals_are_quoted_and_kept(engine) -> None:
    _insert(engine, ["it's", "it's"])
    _insert(engine, ["a\x00b", "a\x00b"])  # bound: a literal cannot hold NUL
    assert [v for _, v in _stored(engine)] == ["it's", "it's", "a\x00b", "a\x00b"]


@pytest.mark.parametrize("value", [True, False, 1.0, 2**63, -(2**63) - 1, b"x", "x" * 201])
def test_only_plain_ints_and_short_strings_are_literals(value: object) -> None:
    assert sql_literal(value) is None


def test_literals() -> None:
    assert sql_literal(None) == "NULL"
    assert sql_literal(-5) == "-5"
    assert sql_literal("o'k") == "'o''k'"


def _indexes(conn: sa.Connection) -> set[tuple[str, str]]:
    rows = conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'deliveries'"
    )
    return {tuple(r) for r in rows}


def test_bulk_load_drops_indexes_of_a_table_it_fills_and_builds_them_again(empty_store) -> None:
    with empty_store.write() as conn:
        before = _indexes(conn)
        with bulk_load(conn):
            before_bulk_insert(conn, DeliveryRow.__table__, 10)
            assert {n for n, sql in _indexes(conn) if sql} == set()  # plain ones deferred
        assert _indexes(conn) == before
    with empty_store.read() as conn:
        assert _indexes(conn) == before


def test_a_rolled_back_bulk_load_leaves_the_schema_as_it_was(empty_store) -> None:
    with empty_store.read() as conn:
        before = _indexes(conn)
    with pytest.raises(RuntimeError), empty_store.write() as conn, bulk_load(conn):
        before_bulk_insert(conn, DeliveryRow.__table__, 10)
        raise RuntimeError("stop")
    with empty_store.read() as conn:
        assert _indexes(conn) == before
