"""Resume cache of server fetches: one SQLite file per server, plain JSON inside (no pickle).

File: ``<cache_dir>/<host>-<8 hex of the URL's hash>.sqlite``. Tables:

- ``participants(pkey, label, first_seen)``: ``pkey`` is a hash of the token (never the token);
- ``entries(pkey, entry_id, key, ts, body)``: one row per server entry (``_id``), ``ts`` its
  time on the key's time field, ``body`` the entry as JSON without the server's ``user_id``.
  Re-fetching an entry replaces it (a confirmed trip whose labels changed is updated);
- ``windows(pkey, key, start_ts, end_ts, fetched_at)``: the time windows fully fetched for a
  key; a window and its entries are written in one transaction, so a run that stops half-way
  keeps every complete window and the next run asks only for the rest.

The cache holds participants' location data: it is personal data. It lives where the user can
see and delete it (the Processing parameter CACHE_DIR, by default the QGIS profile folder
``tracemob/server_cache``).
"""
import hashlib
import json
import os
import sqlite3
import time
from pathlib import Path
from typing import Iterable, List, Sequence, Tuple
from urllib.parse import urlsplit

from ..errors import InputError
from ..i18n import tr

SCHEMA_VERSION = 1


def default_cache_dir() -> Path:
    """``$XDG_CACHE_HOME/tracemob/server_cache`` (``~/.cache/...``) outside QGIS."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "tracemob" / "server_cache"


def cache_path(cache_dir, server_url: str) -> Path:
    url = server_url.strip().rstrip("/")
    host = urlsplit(url).netloc or "server"
    safe = "".join(c if c.isalnum() or c in "-." else "_" for c in host)
    digest = hashlib.sha256(url.encode("utf-8")).hexdigest()[:8]
    return Path(cache_dir) / "{}-{}.sqlite".format(safe, digest)


def _entry_id(entry: dict) -> str:
    oid = entry.get("_id")
    if isinstance(oid, dict) and "$oid" in oid:
        return str(oid["$oid"])
    if oid not in (None, ""):
        return str(oid)
    body = json.dumps({k: entry.get(k) for k in ("metadata", "data")}, sort_keys=True)
    return "h" + hashlib.sha256(body.encode("utf-8")).hexdigest()[:24]


def _value(entry: dict, dotted: str):
    d = entry
    for part in dotted.split("."):
        if not isinstance(d, dict):
            return None
        d = d.get(part)
    return d


def merge_intervals(intervals: Iterable[Tuple[float, float]]) -> List[Tuple[float, float]]:
    out: List[List[float]] = []
    for a, b in sorted(intervals):
        if out and a <= out[-1][1]:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return [(a, b) for a, b in out]


def subtract_intervals(start: float, end: float, covered: Sequence[Tuple[float, float]]):
    """Parts of ``[start, end]`` not covered by the (merged) ``covered`` intervals."""
    out, cur = [], start
    for a, b in covered:
        if b <= cur:
            continue
        if a >= end:
            break
        if a > cur:
            out.append((cur, min(a, end)))
        cur = max(cur, b)
        if cur >= end:
            break
    if cur < end:
        out.append((cur, end))
    return out


class FetchStore:
    """The resume cache of one server. Use as a context manager or call :meth:`close`."""

    def __init__(self, cache_dir, server_url: str):
        self.server_url = server_url.strip().rstrip("/")
        self.host = urlsplit(self.server_url).netloc or "server"
        self.path = cache_path(cache_dir, self.server_url)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.conn = sqlite3.connect(str(self.path), timeout=30)
            self._init()
        except (OSError, sqlite3.Error) as err:
            raise InputError(tr("cannot open the server cache ({reason}).").format(reason=str(err)),
                             file=str(self.path), field="CACHE_DIR",
                             hint=tr("Choose a cache folder you can write to."))

    def _init(self):
        c = self.conn
        # WAL + synchronous=NORMAL: a window and its entries stay one atomic commit (a crash
        # keeps both or neither) without a disk sync per window.
        c.execute("PRAGMA journal_mode=WAL")
        c.execute("PRAGMA synchronous=NORMAL")
        with c:
            c.execute("CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT)")
            c.execute("CREATE TABLE IF NOT EXISTS participants (pkey TEXT PRIMARY KEY, label TEXT, "
                      "first_seen REAL)")
            c.execute("CREATE TABLE IF NOT EXISTS entries (pkey TEXT, entry_id TEXT, key TEXT, ts REAL, "
                      "body TEXT, PRIMARY KEY (pkey, entry_id))")
            c.execute("CREATE INDEX IF NOT EXISTS entries_time ON entries (pkey, key, ts)")
            c.execute("CREATE TABLE IF NOT EXISTS windows (pkey TEXT, key TEXT, start_ts REAL, end_ts REAL, "
                      "fetched_at REAL)")
            c.execute("CREATE INDEX IF NOT EXISTS windows_key ON windows (pkey, key)")
            c.execute("INSERT OR IGNORE INTO meta VALUES ('schema', ?)", (str(SCHEMA_VERSION),))
            c.execute("INSERT OR IGNORE INTO meta VALUES ('server_url', ?)", (self.server_url,))

    def close(self):
        self.conn.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # -- participants --------------------------------------------------------------------
    def register(self, person):
        with self.conn:
            self.conn.execute("INSERT OR IGNORE INTO participants VALUES (?, ?, ?)",
                              (person.key, person.label, time.time()))
            self.conn.execute("UPDATE participants SET label = ? WHERE pkey = ?", (person.label, person.key))

    # -- coverage ------------------------------------------------------------------------
    def covered(self, person, key: str) -> List[Tuple[float, float]]:
        rows = self.conn.execute("SELECT start_ts, end_ts FROM windows WHERE pkey = ? AND key = ?",
                                 (person.key, key)).fetchall()
        return merge_intervals(rows)

    def missing(self, person, keys: Sequence[str], start_ts: float, end_ts: float):
        """Union over ``keys`` of the parts of ``[start_ts, end_ts]`` never fully fetched."""
        parts = []
        for k in keys:
            parts.extend(subtract_intervals(start_ts, end_ts, self.covered(person, k)))
        return merge_intervals(parts)

    def covered_count(self, person, keys: Sequence[str], start_ts: float, end_ts: float) -> int:
        q = ("SELECT COUNT(*) FROM (SELECT DISTINCT start_ts, end_ts FROM windows WHERE pkey = ? "
             "AND key IN ({}) AND end_ts > ? AND start_ts < ?)".format(",".join("?" * len(keys))))
        return int(self.conn.execute(q, (person.key, *keys, start_ts, end_ts)).fetchone()[0])

    # -- writing -------------------------------------------------------------------------
    def save_window(self, person, keys: Sequence[str], time_key: str, start_ts: float, end_ts: float,
                    entries: Sequence[dict], complete: bool, fetched_at: float = None,
                    complete_end: float = None) -> int:
        """Store the entries of one window (and, if ``complete``, the window itself, up to
        ``complete_end`` when given) in one transaction. Returns how many entries were not in
        the cache before."""
        rows = []
        for e in entries:
            ts = _value(e, time_key)
            if not isinstance(ts, (int, float)):
                ts = _value(e, "metadata.write_ts")
            key = _value(e, "metadata.key") or ""
            body = {k: v for k, v in e.items() if k != "user_id"}
            rows.append((person.key, _entry_id(e), str(key),
                         float(ts) if isinstance(ts, (int, float)) else None,
                         json.dumps(body, separators=(",", ":"))))
        fetched_at = time.time() if fetched_at is None else fetched_at
        c = self.conn
        with c:
            before = c.execute("SELECT COUNT(*) FROM entries WHERE pkey = ?", (person.key,)).fetchone()[0]
            c.executemany("INSERT OR REPLACE INTO entries VALUES (?, ?, ?, ?, ?)", rows)
            after = c.execute("SELECT COUNT(*) FROM entries WHERE pkey = ?", (person.key,)).fetchone()[0]
            if complete:
                c.executemany("INSERT INTO windows VALUES (?, ?, ?, ?, ?)",
                              [(person.key, k, float(start_ts), float(end_ts if complete_end is None
                                                                        else min(end_ts, complete_end)),
                                fetched_at) for k in keys])
        return int(after - before)

    # -- reading -------------------------------------------------------------------------
    def entries(self, person, keys: Sequence[str], start_ts: float, end_ts: float) -> List[dict]:
        """Cached entries of ``keys`` with ``start_ts <= ts <= end_ts``, in time order."""
        q = ("SELECT body FROM entries WHERE pkey = ? AND key IN ({}) AND ts >= ? AND ts <= ? "
             "ORDER BY ts, entry_id".format(",".join("?" * len(keys))))
        return [json.loads(r[0]) for r in self.conn.execute(q, (person.key, *keys, start_ts, end_ts))]

    def count_between(self, person, key: str, start_ts: float, end_ts: float) -> int:
        """How many cached entries of ``key`` a participant has with ``start_ts <= ts <= end_ts``."""
        q = "SELECT COUNT(*) FROM entries WHERE pkey = ? AND key = ? AND ts >= ? AND ts <= ?"
        return int(self.conn.execute(q, (person.key, key, start_ts, end_ts)).fetchone()[0])

    def count(self, person=None, key: str = None) -> int:
        q, args = "SELECT COUNT(*) FROM entries WHERE 1=1", []
        if person is not None:
            q += " AND pkey = ?"
            args.append(person.key)
        if key is not None:
            q += " AND key = ?"
            args.append(key)
        return int(self.conn.execute(q, args).fetchone()[0])

    def forget(self, person=None):
        """Delete the cached data of one participant (or of everyone)."""
        with self.conn:
            for table in ("entries", "windows", "participants"):
                if person is None:
                    self.conn.execute("DELETE FROM {}".format(table))
                else:
                    self.conn.execute("DELETE FROM {} WHERE pkey = ?".format(table), (person.key,))
