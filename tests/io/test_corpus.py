"""The import corpus: every malformed or awkward file gets its expected outcome.

Rejected files leave the SQLite file byte-for-byte unchanged and fail with one
:class:`InputError` naming the file and, where it applies, the row and column; accepted
files import exactly the expected rows. Nothing may crash or hang (an alarm stops it).
"""

from __future__ import annotations

import hashlib
import json
import shutil
import signal
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.io import hostile
from tracker.domain.errors import InputError
from tracker.io.importing import import_file
from tracker.io.tables import ReadOptions
from tracker.store import frames, open_store

CORPUS = Path(__file__).parent / "corpus"
MANIFEST = json.loads((CORPUS / "manifest.json").read_text(encoding="utf-8"))
BY_FILE = {e["file"]: e for e in MANIFEST}
SECONDS = 30


def test_the_corpus_is_big_enough_and_complete():
    assert len(MANIFEST) >= 40
    assert sum(e["expect"]["outcome"] == "rejected" for e in MANIFEST) >= 30
    committed = {p.name for p in (CORPUS / "files").iterdir()}
    assert {e["file"] for e in MANIFEST if not e["options"].get("generated")} <= committed
    assert all(p.stat().st_size <= 200_000 for p in (CORPUS / "files").iterdir())


def _generator():
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_corpus", CORPUS / "make_corpus.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_committed_corpus_matches_its_generator():
    gen = _generator()
    gen.build()
    assert gen.ENTRIES == MANIFEST
    for name, data in gen.CONTENT.items():
        assert (CORPUS / "files" / name).read_bytes() == data, name


@pytest.fixture(scope="module")
def large_files(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("corpus-large")
    _generator().make_large(folder)
    return folder


@contextmanager
def time_limit(seconds: int):
    def expire(signum, frame):
        raise TimeoutError(f"no answer within {seconds} s: a hang")

    old = signal.signal(signal.SIGALRM, expire)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def fingerprint(db: Path) -> str:
    h = hashlib.sha256(db.read_bytes())
    for suffix in ("-wal", "-journal"):
        side = Path(str(db) + suffix)
        if side.exists():
            h.update(side.read_bytes())
    return h.hexdigest()


def run(db: Path, path: Path, options: dict):
    opts = dict(options)
    skip = opts.pop("skip_invalid", False)
    opts.pop("generated", None)
    store = open_store(str(db))
    try:
        return import_file(store, path, ReadOptions(**opts), skip_invalid=skip)
    finally:
        store.close()


def stored(db: Path, kind: str) -> list[dict]:
    store = open_store(str(db))
    try:
        frame = frames.series_points(store) if kind == "series" else getattr(frames, kind)(store)
    finally:
        store.close()
    return frame.to_dict("records")


def _matches(record: dict, want: dict) -> bool:
    return all(str(record.get(k)) == str(v) for k, v in want.items())


@pytest.mark.parametrize("entry", MANIFEST, ids=[e["file"] for e in MANIFEST])
def test_corpus_file(entry, empty_template, tmp_path, large_files):
    db = shutil.copyfile(empty_template, tmp_path / "corpus.sqlite")
    options = entry["options"]
    folder = large_files if options.get("generated") else CORPUS / "files"
    path = folder / entry["file"]
    for name in entry.get("setup", []):
        setup = run(db, CORPUS / "files" / name, BY_FILE[name]["options"])
        assert setup.written
    before = fingerprint(db)
    expect = entry["expect"]
    group = "import files (corpus)"
    with time_limit(SECONDS):
        try:
            report = run(db, path, options)
        except InputError as exc:
            refused = exc
        except Exception:
            hostile.record(group, traceback=True)
            raise
        else:
            refused = None
    lost = refused is not None and fingerprint(db) != before
    hostile.record(
        group,
        refused=refused is not None and expect["outcome"] == "rejected",
        handled=refused is None and expect["outcome"] == "accepted",
        data_lost=lost,
    )
    if expect["outcome"] == "rejected":
        assert refused is not None, f"accepted: {report.summary()}"
        info = pytest.ExceptionInfo.from_exception(refused)
    elif refused is not None:
        raise refused
    if expect["outcome"] == "rejected":
        exc = info.value
        message = str(exc)
        assert "\n" not in message, "one clear line"
        assert path.name in message or message.startswith(("unknown encoding", "the delimiter"))
        texts = [message, *(str(e) for e in exc.errors)]
        assert any(expect["message"] in t for t in texts), texts
        if "row" in expect:
            located = [
                e
                for e in exc.errors
                if e.row == expect["row"]
                and expect.get("column", e.column) == e.column
                and expect["message"] in e.reason
            ]
            assert located or f"row {expect['row']}" in message, texts
        assert fingerprint(db) == before, "a rejected file changed the database"
        return
    counts = (report.rows, report.new, report.updated, report.unchanged, report.rejected)
    assert counts == tuple(
        expect[k] for k in ("rows", "new", "updated", "unchanged", "rejected")
    ), report.summary()
    if "records" in expect:
        records = stored(db, report.kind)
        assert len(records) == len(expect["records"])
        for record, want in zip(records, expect["records"], strict=True):
            assert _matches(record, want), (record, want)
