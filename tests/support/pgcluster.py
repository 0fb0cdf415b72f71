"""A throwaway PostgreSQL + PostGIS cluster for the tests and the bench (Debian packages).

``Cluster(folder).start()`` runs ``initdb`` into ``folder`` (as the ``postgres`` system user when this
process is root: PostgreSQL refuses to run as root), starts it with ``pg_ctl`` on a free port of
127.0.0.1 only (no Unix socket in a shared place, trust authentication on loopback), creates the database
``tracemob`` with the ``postgis`` extension; ``stop()`` stops it and removes the folder.
"""
import glob
import os
import pwd
import shutil
import socket
import subprocess
import time
from pathlib import Path

DB = "tracemob"


def pg_bin_dir():
    """The newest ``/usr/lib/postgresql/<version>/bin`` that has ``initdb``, or None."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                   key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0)
    return str(Path(found[-1]).parent) if found else None


def has_postgis(bin_dir):
    version = Path(bin_dir).parts[-2]
    return bool(glob.glob("/usr/share/postgresql/{}/extension/postgis.control".format(version)))


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Cluster:
    def __init__(self, folder):
        self.folder = Path(folder)
        self.bin = pg_bin_dir()
        self.port = None
        self.user = "postgres" if os.geteuid() == 0 else pwd.getpwuid(os.geteuid()).pw_name

    def _run(self, args, **kwargs):
        cmd = [os.path.join(self.bin, args[0])] + list(args[1:])
        if os.geteuid() == 0:
            cmd = ["runuser", "-u", "postgres", "--"] + cmd
        return subprocess.run(cmd, check=True, capture_output=True, text=True, **kwargs)

    def start(self):
        if self.bin is None:
            raise RuntimeError("PostgreSQL is not installed (initdb not found): run scripts/setup_env.sh")
        if not has_postgis(self.bin):
            raise RuntimeError("PostGIS is not installed for PostgreSQL in {}: run scripts/setup_env.sh".format(self.bin))
        self.folder.mkdir(parents=True, exist_ok=True)
        data = self.folder / "data"
        if os.geteuid() == 0:
            shutil.chown(self.folder, "postgres", "postgres")
            os.chmod(self.folder, 0o700)
            parent = self.folder.parent
            while parent != parent.parent:  # postgres must be able to reach its folder
                mode = parent.stat().st_mode
                if not mode & 0o001:
                    os.chmod(parent, mode | 0o001)
                parent = parent.parent
        self._run(["initdb", "-D", str(data), "-A", "trust", "-U", self.user, "-E", "UTF8", "--no-locale"])
        self.port = _free_port()
        opts = "-c listen_addresses=127.0.0.1 -c port={} -c unix_socket_directories='' -c fsync=off " \
               "-c synchronous_commit=off -c full_page_writes=off -c max_wal_size=2GB".format(self.port)
        self._run(["pg_ctl", "-D", str(data), "-o", opts, "-l", str(self.folder / "log.txt"), "-w", "start"])
        for _ in range(50):
            try:
                self.sql("SELECT 1", db="postgres")
                break
            except subprocess.CalledProcessError:
                time.sleep(0.2)
        self.sql("CREATE DATABASE {}".format(DB), db="postgres")
        self.sql("CREATE EXTENSION postgis")
        return self

    def stop(self):
        if self.port is not None:
            try:
                self._run(["pg_ctl", "-D", str(self.folder / "data"), "-m", "immediate", "-w", "stop"])
            except subprocess.CalledProcessError:
                pass
            self.port = None
        shutil.rmtree(self.folder, ignore_errors=True)

    def sql(self, statement, db=DB):
        out = self._run(["psql", "-h", "127.0.0.1", "-p", str(self.port), "-U", self.user, "-d", db, "-v",
                         "ON_ERROR_STOP=1", "-At", "-c", statement])
        return out.stdout.strip()

    # ------------------------------------------------------------ QGIS strings
    def conninfo(self):
        return "dbname='{}' host=127.0.0.1 port={} user='{}' sslmode=disable".format(DB, self.port, self.user)

    def source(self, schema, table, geom="geom"):
        """A QGIS ``postgres`` layer URI (input of an algorithm)."""
        return "postgres://{} table=\"{}\".\"{}\" ({})".format(self.conninfo(), schema, table, geom)

    def destination(self, schema, table, geom=True):
        """A Processing output destination writing a PostGIS table ``schema.table``."""
        return "postgres:{} table=\"{}\".\"{}\"{}".format(self.conninfo(), schema, table, " (geom)" if geom else "")


def throwaway_postgis(schema="study"):
    """A generator for a pytest fixture: ``yield from throwaway_postgis()`` gives a started :class:`Cluster` with
    ``schema`` created, stopped and removed afterwards. Without PostgreSQL + PostGIS (or when it cannot start) the
    test is skipped with the reason, or fails when ``TRACEMOB_REQUIRE_POSTGIS`` is set (the test command sets it:
    scripts/setup_env.sh installed PostGIS there)."""
    import tempfile

    import pytest

    required = os.environ.get("TRACEMOB_REQUIRE_POSTGIS", "") not in ("", "0")
    bin_dir = pg_bin_dir()
    if bin_dir is None or not has_postgis(bin_dir):
        message = "PostgreSQL with PostGIS is not installed (scripts/setup_env.sh installs it)"
        if required:
            pytest.fail(message)
        pytest.skip(message)
    # Not under pytest's basetemp: pytest makes /tmp/pytest-of-<user> 0700 at each start, and a root run
    # hands the cluster to the postgres user, who must reach it (another pytest starting meanwhile closed it).
    work = Path(tempfile.mkdtemp(prefix="tracemob-pg-"))
    os.chmod(work, 0o755)
    cluster = Cluster(work / "cluster")
    try:
        cluster.start()
    except Exception as err:  # noqa: BLE001 - the reason is the message
        cluster.stop()
        shutil.rmtree(work, ignore_errors=True)
        if required:
            pytest.fail("the throwaway PostGIS cluster did not start: {}".format(err))
        pytest.skip("the throwaway PostGIS cluster did not start: {}".format(err))
    cluster.sql("CREATE SCHEMA {}".format(schema))
    try:
        yield cluster
    finally:
        cluster.stop()
        shutil.rmtree(work, ignore_errors=True)
