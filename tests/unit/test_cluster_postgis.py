"""PostGIS in and out of the cluster (core/cluster/postgis.py, ``tracemob run`` with a PostGIS study file), against a
real throwaway PostgreSQL + PostGIS (tests/support/pgcluster.py) and a LocalCluster of 2 worker processes.

``scripts/run_tests.sh`` sets ``TRACEMOB_REQUIRE_POSTGIS=1``: the tests then fail loudly when PostgreSQL with PostGIS
is missing or does not start; elsewhere they are skipped with the reason.
"""
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

pytest.importorskip("distributed")

from tracemob.tracemob_plugin.core.cluster import ChainSpec, run_chain  # noqa: E402
from tracemob.tracemob_plugin.core.cluster import postgis  # noqa: E402
from tracemob.tracemob_plugin.core.errors import InputError  # noqa: E402
from tracemob.tracemob_plugin.core.ingest import read_traces  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "support"))
from pgcluster import throwaway_postgis  # noqa: E402

PASSWORD = "n0t-a-real-s3cret"     # trust authentication: the server ignores it; it must never be printed


@pytest.fixture(scope="module")
def pg():
    yield from throwaway_postgis()


@pytest.fixture(scope="module")
def truth_points(sample_dir, tmp_path_factory):
    """Simulated participants and the three real e-mission days (one participant each), read from one CSV file
    as the files path reads them."""
    from tracemob.tracemob_plugin.core.simulate.simulator import simulate

    sim = simulate(n_citizens=8, days=2, seed=3).points
    real = read_traces(str(sample_dir)).points
    real = real.assign(user_id="day_" + real["source_file"].str[9:19])
    cols = ["user_id", "time", "lat", "lon", "accuracy_m"]
    both = pd.concat([sim[cols], real[cols]], ignore_index=True)
    path = tmp_path_factory.mktemp("pgcsv") / "points.csv"
    both.assign(time=both["time"].dt.strftime("%Y-%m-%dT%H:%M:%S.%fZ")).to_csv(path, index=False)
    return read_traces(str(path)).points


def _load_points(pg, points, table="study.points"):
    """The points as importtraces writes them to PostGIS: a point geometry (no lon/lat columns), user_id,
    time (timestamptz), accuracy_m, speed_mps, source_file; a B-tree index on user_id."""
    pg.sql("CREATE TABLE {} (id serial PRIMARY KEY, geom geometry(Point, 4326), user_id text, "
           "time timestamptz, accuracy_m double precision, speed_mps double precision, source_file text)".format(table))
    con = postgis.connect(pg.conninfo())
    with con.cursor() as cur:
        data = {c: postgis.copy_values(points[c], "timestamp with time zone" if c == "time" else "")
                for c in ("user_id", "time", "accuracy_m", "speed_mps", "source_file")}
        data["geom"] = postgis.ewkb_points_hex(points["lon"], points["lat"], 4326)
        postgis.copy_frame(cur, table, pd.DataFrame(data))
    con.commit()
    con.close()
    pg.sql("CREATE INDEX ON {} (user_id)".format(table))


def _checksum(pg, table):
    return pg.sql("SELECT count(*) || ':' || md5(string_agg(t::text, '|' ORDER BY id)) FROM {} t".format(table))


def _study(tmp_path, pg, name, extra=""):
    conninfo = pg.conninfo() + " password='{}'".format(PASSWORD)
    path = tmp_path / "{}.toml".format(name)
    path.write_text(f"""
[inputs]
postgis = "{conninfo.replace('"', '')}"
table = "study.points"
[outputs]
folder = "{name}"
format = "postgis"
schema = "{name}"
points = true
{extra}
""", encoding="utf-8")
    return path


def _same(a, b, name):
    """Bit for bit: every column, floats included; times to the microsecond PostgreSQL keeps (the chain's carry
    float artefacts below it: 12:00:52.817999872 for .818, rounded when written)."""
    a = a.assign(**{c: a[c].dt.round("us") for c in a.columns if pd.api.types.is_datetime64_any_dtype(a[c])})
    pd.testing.assert_frame_equal(a.reset_index(drop=True), b.reset_index(drop=True), check_exact=True, obj=name)


def test_postgis_in_and_out_on_the_cluster_equals_one_process(pg, client, truth_points, tmp_path, capsys):
    """A PostGIS points table in, tables in a PostGIS schema out, on 2 worker processes that read their own
    participants and COPY their own rows: read back, every table is the one-process chain's on the same points
    read from a CSV file, bit for bit; indexes exist; the input table is untouched; running again into the same
    schema is a clear error that names the tables and does not show the password."""
    from tracemob.tracemob_plugin.cli import main

    _load_points(pg, truth_points)
    before = _checksum(pg, "study.points")
    n_users = truth_points["user_id"].nunique()
    assert n_users == 11 and len(truth_points) > 5000
    extra = "[cluster]\npartition_fixes = {}\n[privacy]\nmin_users = 2\n".format(len(truth_points) // 4)
    study = _study(tmp_path, pg, "results", extra)
    assert main(["run", str(study), "--scheduler", client.scheduler.address, "--quiet"]) == 0
    one = run_chain(truth_points, ChainSpec(geometry=True, keep_points=True, min_users=2))
    conninfo = pg.conninfo()
    for name in ("stays", "trips", "legs", "gaps", "points"):
        back = postgis.read_table(conninfo, "results", name)
        truth = getattr(one, name)
        assert len(back) == len(truth) and (len(truth) > 0 or name == "gaps"), name
        _same(truth, back[list(truth.columns)], name)
        assert list(back.columns) == list(truth.columns), name
    # 89 legs and 78 trips before these points' trips (no e-mission markers) ended at the arrival, 2026-12-03
    assert set(one.legs["mode"]) == {"car", "bike", "walk"} and len(one.legs) == 82 and len(one.trips) == 77
    # the reduced tables, written by the client, masked cells included (counts without a NULL come back int64)
    for name, truth in (("mode_summary", one.summary), ("mode_hour_medians", one.medians)):
        back = postgis.read_table(conninfo, "results", name)
        truth = truth.astype({c: "int64" for c in truth.columns
                              if str(truth[c].dtype) == "Int64" and truth[c].notna().all()})
        assert len(truth) and truth["masked"].any() == (name == "mode_hour_medians"), name
        _same(truth, back, name)
    # one partition per participant group: 4 or more, each COPYed by a worker (rows from every partition)
    assert int(pg.sql("SELECT count(DISTINCT user_id) FROM results.legs")) == n_users
    indexes = pg.sql("SELECT string_agg(indexdef, ' | ') FROM pg_indexes WHERE schemaname = 'results' "
                     "AND tablename = 'legs'")
    assert "USING gist (geom)" in indexes and "(user_id)" in indexes and "(leg_id)" in indexes \
        and "(trip_id)" in indexes
    assert "USING gist (geom)" in pg.sql("SELECT string_agg(indexdef, ' | ') FROM pg_indexes WHERE "
                                         "schemaname = 'results' AND tablename = 'stays'")
    assert pg.sql("SELECT GeometryType(geom) || ST_SRID(geom) FROM results.legs LIMIT 1") == "LINESTRINGM4326"
    assert int(pg.sql("SELECT count(*) FROM pg_stats WHERE schemaname = 'results' AND tablename = 'legs'")) > 0
    assert _checksum(pg, "study.points") == before                       # the input table is untouched
    # again into the same schema: a clear error before any work, the password masked
    capsys.readouterr()
    assert main(["run", str(study), "--scheduler", client.scheduler.address, "--quiet"]) == 1
    err = capsys.readouterr().err
    assert "already exist in the schema results" in err and "legs" in err and "overwrite = true" in err
    assert PASSWORD not in err and "password=***" in err
    assert int(pg.sql("SELECT count(*) FROM results.legs")) == len(one.legs)


def test_overwrite_replaces_the_outputs_but_never_the_input(pg, client, truth_points, tmp_path):
    """overwrite = true replaces existing output tables; the input table is never a target, even then."""
    from tracemob.tracemob_plugin.cli import main

    if not pg.sql("SELECT to_regclass('study.points')"):
        _load_points(pg, truth_points)
    before = _checksum(pg, "study.points")
    pg.sql("CREATE SCHEMA IF NOT EXISTS again; CREATE TABLE again.legs (x int); INSERT INTO again.legs VALUES (1)")
    study = _study(tmp_path, pg, "again", "overwrite = true\n[steps]\nrun = ['segment']\n[cluster]\n"
                   "partition_fixes = 3000\n")
    assert main(["run", str(study), "--scheduler", client.scheduler.address, "--quiet"]) == 0
    one = run_chain(truth_points, ChainSpec(steps=("segment",), geometry=True))
    _same(one.legs, postgis.read_table(pg.conninfo(), "again", "legs")[list(one.legs.columns)], "legs")
    target = postgis.PostgisTarget(pg.conninfo(), "study", overwrite=True, source="study.points")
    with pytest.raises(InputError, match="is the input table"):
        postgis.check_target(target, ["stays", "points"])
    assert _checksum(pg, "study.points") == before


def test_a_failed_write_leaves_the_previous_outputs_whole(pg):
    """Tables are written under staging names and replace the outputs in one transaction at the end: a write
    that fails half-way (here PostgreSQL refuses a NUL character in the second table) leaves the previous run's
    tables as they were, and no staging table behind; the next good run replaces them, indexes named as
    the outputs'."""
    target = postgis.PostgisTarget(pg.conninfo(), "atomic", overwrite=True)
    first = pd.DataFrame({"user_id": ["a", "b"], "km": [1.5, 2.25]})
    assert postgis.write_reduced(target, {"summary": first}) == ["atomic.summary"]
    _same(first, postgis.read_table(pg.conninfo(), "atomic", "summary"), "first")
    bad = {"summary": pd.DataFrame({"user_id": ["c"], "km": [9.0]}),
           "cells": pd.DataFrame({"user_id": ["x\x00y"], "n": [1]})}
    with pytest.raises(Exception, match="0x00|NUL"):
        postgis.write_reduced(target, bad)
    _same(first, postgis.read_table(pg.conninfo(), "atomic", "summary"), "kept")
    assert pg.sql("SELECT to_regclass('atomic.cells')") in ("", None)
    assert int(pg.sql("SELECT count(*) FROM pg_tables WHERE schemaname = 'atomic' "
                      "AND tablename LIKE '%tracemob_new'")) == 0
    second = pd.DataFrame({"user_id": ["c"], "km": [9.0]})
    postgis.write_reduced(target, {"summary": second})
    _same(second, postgis.read_table(pg.conninfo(), "atomic", "summary"), "second")
    assert pg.sql("SELECT string_agg(indexname, ',') FROM pg_indexes WHERE schemaname = 'atomic'") == \
        "summary_user_id_idx"


def test_a_missing_table_or_column_names_it(pg):
    source = postgis.PostgisSource(pg.conninfo(), "study.nothing_here")
    with pytest.raises(InputError, match="no table study.nothing_here"):
        postgis.source_select(source)
    pg.sql("CREATE TABLE study.no_time (user_id text, lon float8, lat float8)")
    with pytest.raises(InputError, match="no column time"):
        postgis.source_select(postgis.PostgisSource(pg.conninfo(), "study.no_time"))


def test_passwords_are_masked():
    assert postgis.mask("host=db password=abc user=me") == "host=db password=*** user=me"
    assert postgis.mask("dbname='x' password='a b\\'c' port=5") == "dbname='x' password=*** port=5"
    assert postgis.mask("postgresql://me:abc@db:5432/x") == "postgresql://me:***@db:5432/x"
    assert "abc" not in postgis.mask("PASSWORD = abc")


def test_column_types_merge_across_partitions():
    """A column without a value in one partition takes its type from the others (tables made once, no race)."""
    a = postgis.describe({"legs": pd.DataFrame({"mode_label": [None, None], "n": [1, 2]})}, ["legs"])
    b = postgis.describe({"legs": pd.DataFrame({"mode_label": [True, None], "n": [1.5, np.nan]})}, ["legs"])
    c = postgis.describe({"legs": pd.DataFrame({"mode_label": [None], "n": [3]})}, ["legs"])
    assert postgis.merge_layouts([a, b])["legs"] == [("mode_label", "boolean"), ("n", "double precision")]
    assert postgis.merge_layouts([a, c])["legs"] == [("mode_label", "text"), ("n", "bigint")]


def test_each_worker_reads_its_own_participants(pg, client, truth_points):
    """run_on_postgis: one GROUP BY on the client, whole participants packed under the budget, one task per
    partition that reads its rows itself (both workers); the tables come back equal to one process."""
    from distributed import get_task_stream

    from tracemob.tracemob_plugin.core.cluster.runner import run_on_postgis

    if not pg.sql("SELECT to_regclass('study.points')"):
        _load_points(pg, truth_points)
    scans = postgis.scan_source(postgis.PostgisSource(pg.conninfo(), "study.points"))
    assert [u[0] for u, _ in scans] == sorted(truth_points["user_id"].unique())
    assert [n for _, n in scans] == truth_points["user_id"].value_counts().sort_index().tolist()
    with get_task_stream(client) as ts:
        res = run_on_postgis(client, postgis.PostgisSource(pg.conninfo(), "study.points"),
                             ChainSpec(steps=("segment",)), budget=3000)
    runs = [t for t in ts.data if str(t.get("key", "")).startswith("run_users")]
    assert len(runs) >= 5 and len({t["worker"] for t in runs}) == 2
    one = run_chain(truth_points, ChainSpec(steps=("segment",)))
    for name in ("stays", "trips", "legs", "gaps"):
        pd.testing.assert_frame_equal(getattr(one, name), getattr(res, name), check_exact=True, obj=name)


@pytest.mark.parametrize("body,key,words", [
    ('[inputs]\npostgis = "host=db password=abc"\n', "inputs.table", "needs both"),
    ('[inputs]\ntable = "study.points"\n', "inputs.postgis", "needs both"),
    ('[inputs]\npaths = ["."]\npostgis = "host=db"\ntable = "s.p"\n', "inputs.paths", "not both"),
    ('[inputs]\npaths = ["."]\n[outputs]\nformat = "postgis"\nschema = "r"\n', "outputs.connection",
     "needs a connection string"),
    ('[inputs]\npostgis = "host=db"\ntable = "s.p"\n[outputs]\nformat = "postgis"\n', "outputs.schema",
     "needs a connection string and a schema"),
])
def test_a_bad_postgis_study_names_the_key(tmp_path, body, key, words):
    """No server needed: the study file is checked before anything connects."""
    from tracemob.tracemob_plugin.cli import StudyError, load_study

    study = tmp_path / "study.toml"
    study.write_text(body, encoding="utf-8")
    with pytest.raises(StudyError) as err:
        load_study(study)
    assert err.value.key == key and words in str(err.value) and "abc" not in str(err.value)


def test_a_postgis_study_parses_to_a_source_and_a_target(tmp_path):
    from tracemob.tracemob_plugin.cli import _spec, load_study

    study = tmp_path / "study.toml"
    study.write_text('[inputs]\npostgis = "host=db dbname=s password=abc"\ntable = "survey.points"\n'
                     '[outputs]\nformat = "postgis"\nschema = "results"\noverwrite = true\n', encoding="utf-8")
    s = load_study(study)
    assert s.inputs == [] and s.source == postgis.PostgisSource("host=db dbname=s password=abc", "survey.points")
    spec = _spec(s)
    assert spec.postgis == postgis.PostgisTarget("host=db dbname=s password=abc", "results", True, "survey.points")
    assert spec.geometry and "abc" not in repr(spec.postgis) and "abc" not in repr(s.source)
