"""Sources added by an import: bulk-inserted, yet exactly what one-by-one inserts give."""

from __future__ import annotations

import sqlalchemy as sa

from tests.factories import link_source_lists
from tracker.io.importing import import_file
from tracker.io.tables import ReadOptions
from tracker.store import frames
from tracker.store.models import SourceRow
from tracker.store.sources import host as _host
from tracker.store.sources import hosts as _hosts


def _sources(store) -> list[tuple[int, str, str]]:
    t = SourceRow.__table__
    with store.read() as conn:
        return [
            tuple(r)
            for r in conn.execute(sa.select(t.c.id, t.c.url, t.c.publisher).order_by(t.c.id))
        ]


def test_new_sources_get_ids_in_file_order_publishers_from_the_host_and_are_stored_once(
    empty_store, tmp_path
):
    first = tmp_path / "first.csv"
    first.write_text(
        "date,donor,recipient,vaccine,doses,source\n"
        "2021-03-28,USA,MEX,astrazeneca,1500000,https://www.gob.mx/salud/prensa/1\n",
        encoding="utf-8",
    )
    import_file(empty_store, first, ReadOptions(kind="deliveries"))
    (existing_id, existing_url, _),  = _sources(empty_store)  # fmt: skip

    urls = [
        "https://www.gob.mx/salud/prensa/1",  # already stored: reused, not added
        "https://Example.ORG/a?x=1",  # upper-case host: the careful path
        "https://apnews.com/article/b",
        "https://apnews.com/article/b",  # cited twice: stored once
        "http://user:pw@[2001:db8::1]:8080/c",  # an IPv6 host
        "https://www.reuters.com/world/d",
    ]
    rows = [f"2021-04-{i + 1:02d},USA,MEX,moderna,{1000 + i},{u}" for i, u in enumerate(urls)]
    second = tmp_path / "second.csv"
    second.write_text("date,donor,recipient,vaccine,doses,source\n" + "\n".join(rows) + "\n",
                      encoding="utf-8")  # fmt: skip
    import_file(empty_store, second, ReadOptions(kind="deliveries"))

    stored = _sources(empty_store)
    assert stored[0] == (existing_id, existing_url, "gob.mx")
    new = stored[1:]
    expected_new = list(dict.fromkeys(urls[1:]))
    assert [u for _, u, _ in new] == expected_new  # file order, each once
    assert [i for i, _, _ in new] == sorted(i for i, _, _ in new)
    assert [p for _, _, p in new] == [_host(u) for u in expected_new]
    # every delivery links the source its row names
    d = frames.deliveries(empty_store)
    linked = {(n, u) for n, u in zip(d["doses"], d["source"], strict=True) if n < 2000}
    assert linked == {(1000 + i, u) for i, u in enumerate(urls)}


def test_the_vectorised_host_is_the_url_parsers():
    urls = [
        "https://www.who.int/news/item/1",
        "http://EXAMPLE.com/x",
        "https://a.b.c.gov.br:443/p?q#f",
        "https://user@host.example/z",
        "ftp://files.example.net/f",
        "not a url",
        "https://[::1]/ipv6",
        "https://xn--mxico-bsa.example/",
    ]
    assert _hosts(urls) == [_host(u) for u in urls]


def test_a_file_read_in_chunks_finds_duplicates_written_by_an_earlier_chunk_or_import(
    empty_store, tmp_path, monkeypatch
):
    """Natural keys are cached per transaction: nothing from a rolled-back import counts."""
    import pytest

    from tracker.domain.errors import InputError
    from tracker.io import tables

    monkeypatch.setattr(tables, "CHUNK_ROWS", 2)
    body = "".join(
        f"2021-04-{d:02d},USA,MEX,moderna,{d},https://a.example/{d}\n" for d in range(1, 8)
    )
    src = tmp_path / "d.csv"
    src.write_text("date,donor,recipient,vaccine,doses,source\n" + body, encoding="utf-8")
    first = import_file(empty_store, src, ReadOptions(kind="deliveries"))
    assert (first.new, first.unchanged) == (7, 0)
    again = import_file(empty_store, src, ReadOptions(kind="deliveries"))
    assert (again.new, again.unchanged) == (0, 7)
    # A failing import rolls back; the next one must not believe what it had read.
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "date,donor,recipient,vaccine,doses,source\n"
        "2021-05-01,USA,GTM,moderna,5,https://a.example/x\n"
        "2021-05-02,USA,GTM,moderna,0,https://a.example/y\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError):
        import_file(empty_store, bad, ReadOptions(kind="deliveries"))
    good = tmp_path / "good.csv"
    good.write_text(
        "date,donor,recipient,vaccine,doses,source\n2021-05-01,USA,GTM,moderna,5,https://a.example/x\n",
        encoding="utf-8",
    )
    assert import_file(empty_store, good, ReadOptions(kind="deliveries")).new == 1
    assert len(frames.deliveries(empty_store)) == 8


def test_the_one_source_column_path_writes_what_the_general_path_writes(empty_template, tmp_path):
    """A file with only a source column takes a shorter path (one list per distinct URL,
    one link per row, INSERT OR IGNORE of the cited URLs); the same rows with an
    other_sources column (blank but not empty, so the general path runs) give the same
    sources, ids, publishers and links, including a stored source reused, a cell with
    spaces, a formula-guarded one and a row without a source."""
    import shutil

    from tracker.store import open_store

    cells = [
        "https://www.gob.mx/salud/prensa/1",  # stored before the import: reused
        "  https://apnews.com/article/b  ",  # spaces around: stripped
        "https://apnews.com/article/b",  # the same source again
        "'=https://odd.example/f",  # not our export's header: the user's text, kept
        "",  # no source: no link
        "https://WWW.Example.ORG/a",  # upper case: the careful host path
    ]
    rows = [f"2021-04-{i + 1:02d},USA,MEX,moderna,{1000 + i},{u}" for i, u in enumerate(cells)]
    stores = {}
    for name, header, tail in (
        ("fast", "date,donor,recipient,vaccine,doses,source", ""),
        ("general", "date,donor,recipient,vaccine,doses,source,other_sources", ", "),
    ):
        db = tmp_path / f"{name}.sqlite"
        shutil.copyfile(empty_template, db)
        store = open_store(str(db))
        seed = tmp_path / f"{name}-seed.csv"
        seed.write_text(
            "date,donor,recipient,vaccine,doses,source\n"
            "2021-03-28,USA,MEX,astrazeneca,1500000,https://www.gob.mx/salud/prensa/1\n",
            encoding="utf-8",
        )
        import_file(store, seed, ReadOptions(kind="deliveries"))
        src = tmp_path / f"{name}.csv"
        src.write_text(header + "\n" + "".join(f"{r}{tail}\n" for r in rows), encoding="utf-8")
        assert import_file(store, src, ReadOptions(kind="deliveries")).new == len(cells)
        d = frames.deliveries(store)
        stores[name] = (
            _sources(store),
            sorted(zip(d["doses"], d["source"], d["other_sources"], strict=True)),
        )
        store.close()
    assert stores["fast"] == stores["general"]
    sources, links = stores["fast"]
    assert [u for _, u, _ in sources] == [
        "https://www.gob.mx/salud/prensa/1",
        "https://apnews.com/article/b",
        "'=https://odd.example/f",
        "https://WWW.Example.ORG/a",
    ]
    assert [p for _, _, p in sources] == ["gob.mx", "apnews.com", _host("'=https://odd.example/f"),
                                          "example.org"]  # fmt: skip
    assert (1004, "", "") in links


def test_a_source_the_database_refuses_is_an_error_not_a_silently_missing_link(empty_store):
    """INSERT OR IGNORE would skip a row for any constraint: such a row is inserted again
    plainly, so the import fails with the database's own error."""
    import sqlite3

    import pytest

    from tracker.domain.records import SourceRef
    from tracker.store.sources import source_ids as _source_ids

    # The driver's error, as for any bulk insert through the raw cursor.
    with (
        pytest.raises((sa.exc.IntegrityError, sqlite3.IntegrityError)),
        empty_store.write() as conn,
    ):
        _source_ids(conn, [SourceRef("https://a.example/1", title=None)])


def _links(store) -> list[tuple[object, ...]]:
    with store.read() as conn:
        return [
            tuple(r)
            for r in conn.exec_driver_sql(
                "SELECT id, kind, record_id, source_id, position FROM record_sources ORDER BY id"
            )
        ]


def test_a_run_of_records_citing_one_list_is_linked_as_row_by_row(empty_template, tmp_path):
    """New records numbered in a row that all cite one list take one INSERT ... SELECT
    (ids as a ``range``); the same call with the ids as a list takes the row-by-row
    insert. Both write the same links with the same ids, for one source, for several
    (a repeated one linked once, at its first place; one without a URL left out), for a
    stored source reused, and for a list with no URL at all."""
    import shutil

    from tracker.domain.records import SourceRef
    from tracker.store import open_store
    from tracker.store.sources import link_many

    one, several = link_source_lists()
    none = [SourceRef("")]
    calls = [(one, 1, 40), (several, 41, 7), (none, 48, 3), (one, 51, 5), (several, 56, 2)]
    written = {}
    for name, as_ids in (
        ("run", lambda a, n: range(a, a + n)),
        ("rows", lambda a, n: list(range(a, a + n))),
    ):
        db = tmp_path / f"{name}.sqlite"
        shutil.copyfile(empty_template, db)
        store = open_store(str(db))
        try:
            for cited, first, n in calls:
                with store.write() as conn:
                    link_many(conn, "deliveries", as_ids(first, n), [cited] * n)
            written[name] = (_links(store), _sources(store))
        finally:
            store.close()
    assert written["run"] == written["rows"]
    links, sources = written["run"]
    assert len(links) == 40 + 7 * 3 + 5 + 2 * 3
    assert [u for _, u, _ in sources] == [
        "https://www.gob.mx/salud/prensa/1", "https://apnews.com/article/b", "https://Example.ORG/c"
    ]  # fmt: skip
    assert [(r[2], r[3], r[4]) for r in links if r[2] == 41] == [(41, 2, 0), (41, 1, 2), (41, 3, 4)]


def test_an_import_citing_one_source_throughout_writes_what_the_row_by_row_path_writes(
    empty_template, tmp_path, monkeypatch
):
    """B1's shape (every row cites one URL), read in chunks, once as the app writes it
    and once with the new ids handed on as a list (the row-by-row link insert): the same
    deliveries, ids, sources, links and audit rows."""
    import shutil

    from tracker.io import tables
    from tracker.store import open_store, upsert
    from tracker.store import sources as sources_module

    monkeypatch.setattr(tables, "CHUNK_ROWS", 4)
    body = "".join(
        f"D{d},2021-04-{d:02d},USA,MEX,moderna,{1000 + d},https://www.gob.mx/salud/prensa/1\n"
        for d in range(1, 12)
    )
    src = tmp_path / "d.csv"
    src.write_text("id,date,donor,recipient,vaccine,doses,source\n" + body, encoding="utf-8")
    fast_insert_new = upsert.insert_new
    runs = []
    link_run = sources_module._link_run
    monkeypatch.setattr(sources_module, "_link_run", lambda *a: runs.append(a[2]) or link_run(*a))
    written = {}
    for name in ("run", "rows"):
        if name == "rows":
            monkeypatch.setattr(upsert, "insert_new", lambda *a: list(fast_insert_new(*a)))
        db = tmp_path / f"{name}.sqlite"
        shutil.copyfile(empty_template, db)
        store = open_store(str(db))
        try:
            report = import_file(store, src, ReadOptions(kind="deliveries"))
            assert report.new == 11
            with store.read() as conn:
                deliveries = conn.exec_driver_sql(
                    "SELECT id, ref, doses, version FROM deliveries ORDER BY id"
                ).all()
                audit = conn.exec_driver_sql(
                    "SELECT id, kind, record_id, action, detail FROM audit_log ORDER BY id"
                ).all()
            written[name] = (deliveries, _links(store), _sources(store), audit)
        finally:
            store.close()
    assert runs == [range(1, 5), range(5, 9), range(9, 12)]  # "run" only, chunk by chunk
    assert written["run"] == written["rows"]
    deliveries, links, sources, _ = written["run"]
    assert [r[1] for r in deliveries] == [f"D{d}" for d in range(1, 12)]
    assert [(r[2], r[3]) for r in links] == [(i, sources[0][0]) for i, *_ in deliveries]
    assert sources == [(1, "https://www.gob.mx/salud/prensa/1", "gob.mx")]
