"""Sources added by an import: bulk-inserted, yet exactly what one-by-one inserts give."""

from __future__ import annotations

import sqlalchemy as sa

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
