"""``tracemob``: the command line of the pipeline on a Dask cluster (for technicians; no QGIS needed).

``tracemob run study.toml`` runs the chain a study file declares (import -> segment -> modes -> emissions
-> indicators) by partitions of whole participants, on a local Dask cluster (``LocalCluster``, the default)
or on a running scheduler, and writes the tables as CSV, a GeoPackage, GeoParquet or PostGIS tables (the
inputs: trace files, GeoParquet points, or a PostGIS points table). The study file is documented in
``docs/study.example.toml`` and ``docs/cluster.md``. From a clone: ``.venv/bin/python scripts/tracemob``.
Messages are English on purpose: they are not shown inside QGIS.
"""
import argparse
import json
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import List, Optional

from .core.errors import Cancelled, InputError, TracemobError

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2
FORMATS = ("csv", "gpkg", "parquet", "postgis")
PRESETS = ("default", "trackintel")


class StudyError(Exception):
    """A study file that cannot be run: names the file, the key and what to do."""

    def __init__(self, file, key: Optional[str], problem: str, hint: str = ""):
        self.file, self.key, self.problem, self.hint = str(file), key, problem, hint
        where = str(file) + (f", key '{key}'" if key else "")
        super().__init__(f"{where}: {problem}" + (f"\n  what to do: {hint}" if hint else ""))


@dataclass
class Study:
    """A study file, checked: absolute paths, known values."""
    file: Path
    inputs: List[Path]
    timezone: str = "UTC"
    steps: tuple = ()
    preset: str = "default"
    mode_model: Optional[Path] = None
    scope: str = "usage"
    out: Path = Path("out")
    fmt: str = "csv"
    points: bool = False
    workers: int = 2
    threads_per_worker: int = 1
    memory_limit: str = "auto"
    scheduler: Optional[str] = None
    budget: int = 250_000
    min_users: int = 10
    #: the [traveltimes] section (a ``cluster.traveltimes.TravelTimeSpec``), None without a network
    traveltimes: Optional[object] = None
    #: the [modalshare] and [odflows] sections (``cluster.aggregates.ModalShareSpec`` / ``ODFlowSpec``), None
    #: without zones
    modalshare: Optional[object] = None
    odflows: Optional[object] = None
    unknown: List[str] = field(default_factory=list)
    #: [inputs] postgis + table: a ``cluster.postgis.PostgisSource`` (then ``inputs`` is empty)
    source: Optional[object] = None
    #: [outputs] format = "postgis": a ``cluster.postgis.PostgisTarget``
    target: Optional[object] = None


def _table(doc, file, name):
    value = doc.get(name, {})
    if not isinstance(value, dict):
        raise StudyError(file, name, f"[{name}] must be a table (a section), not {type(value).__name__}",
                         f"write it as a section: [{name}] followed by key = value lines")
    return value


def _typed(section, file, key, kind, default, name):
    value = section.get(key, default)
    ok = isinstance(value, kind) and not (kind is int and isinstance(value, bool))
    if not ok:
        raise StudyError(file, f"{name}.{key}", f"expected {getattr(kind, '__name__', kind)}, got {value!r}",
                         f"see docs/study.example.toml for the form of '{key}'")
    return value


def _choice(value, file, key, choices):
    if value not in choices:
        raise StudyError(file, key, f"'{value}' is not one of {', '.join(choices)}", f"set {key} to one of them")
    return value


def load_study(path, overrides: Optional[dict] = None) -> Study:
    """Read and check a study file (TOML); relative paths are taken from the file's folder."""
    from .core.cluster.chain import DEFAULT_STEPS, STEPS
    from .core.indicators.emissions import SCOPES

    file = Path(path)
    if not file.is_file():
        raise StudyError(file, None, "no such study file", "give the path of a study.toml "
                         "(docs/study.example.toml is a documented sample)")
    try:
        import tomllib
    except ImportError:  # Python < 3.11
        raise StudyError(file, None, "reading TOML needs Python 3.11 or later", "run with the venv's Python "
                         "(Debian 12: 3.11, Debian 13: 3.13)")
    try:
        doc = tomllib.loads(file.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise StudyError(file, None, f"not valid TOML: {exc}", "fix the syntax at that line (strings in "
                         "double quotes, lists in [ ])")
    base = file.resolve().parent
    known = {"inputs", "steps", "outputs", "cluster", "privacy", "traveltimes", "modalshare", "odflows"}
    unknown = sorted(set(doc) - known)
    if unknown:
        raise StudyError(file, unknown[0], "unknown section", f"the sections are {', '.join(sorted(known))}")
    inputs, steps, outputs = _table(doc, file, "inputs"), _table(doc, file, "steps"), _table(doc, file, "outputs")
    cluster, privacy = _table(doc, file, "cluster"), _table(doc, file, "privacy")
    source = _postgis_source(inputs, file)
    paths = inputs.get("paths", [] if source else None)
    if isinstance(paths, str):
        paths = [paths]
    if source and paths:
        raise StudyError(file, "inputs.paths", "give either paths or a PostGIS table, not both",
                         "remove paths, or remove postgis and table")
    if paths is None or (not paths and not source) or not isinstance(paths, list) or \
            not all(isinstance(p, str) for p in paths):
        raise StudyError(file, "inputs.paths", "missing or not a list of paths",
                         'list the trace files or folders, e.g. paths = ["traces/"], or name a PostGIS table '
                         '(postgis = "host=... dbname=...", table = "schema.points")')
    resolved = [(base / p).resolve() for p in paths]
    missing = [str(p) for p in resolved if not p.exists()]
    if missing:
        raise StudyError(file, "inputs.paths", f"not found: {', '.join(missing)}",
                         "paths are relative to the study file's folder; check them")
    run = _typed(steps, file, "run", list, list(DEFAULT_STEPS), "steps")
    for s in run:
        _choice(s, file, "steps.run", STEPS)
    model = _typed(steps, file, "mode_model", str, "", "steps")
    if model and not (base / model).is_file():
        raise StudyError(file, "steps.mode_model", f"no such model file: {base / model}",
                         "give a model made by tracemob:trainmodemodel, or remove the key for the default model")
    study = Study(
        file=file, inputs=resolved, timezone=_typed(inputs, file, "timezone", str, "UTC", "inputs"),
        steps=tuple(run), preset=_choice(_typed(steps, file, "segmentation", str, "default", "steps"), file,
                                         "steps.segmentation", PRESETS),
        mode_model=(base / model).resolve() if model else None,
        scope=_choice(_typed(steps, file, "emission_scope", str, "usage", "steps"), file, "steps.emission_scope",
                      SCOPES),
        out=(base / _typed(outputs, file, "folder", str, "out", "outputs")).resolve(),
        fmt=_choice(_typed(outputs, file, "format", str, "csv", "outputs"), file, "outputs.format", FORMATS),
        points=_typed(outputs, file, "points", bool, False, "outputs"),
        workers=_typed(cluster, file, "workers", int, 2, "cluster"),
        threads_per_worker=_typed(cluster, file, "threads_per_worker", int, 1, "cluster"),
        memory_limit=str(cluster.get("memory_limit", "auto")),
        scheduler=_typed(cluster, file, "scheduler", str, "", "cluster") or None,
        budget=_typed(cluster, file, "partition_fixes", int, 250_000, "cluster"),
        min_users=_typed(privacy, file, "min_users", int, 10, "privacy"))
    study.traveltimes = _traveltimes(_table(doc, file, "traveltimes"), file, base, study.timezone)
    study.modalshare = _zoned(_table(doc, file, "modalshare"), file, base, "modalshare", study.timezone)
    study.odflows = _zoned(_table(doc, file, "odflows"), file, base, "odflows", study.timezone)
    study.source = source
    if study.fmt == "postgis":
        study.target = _postgis_target(outputs, file, source)
    for key, value in (overrides or {}).items():
        if value is not None:
            setattr(study, key, value)
    if study.workers < 1 or study.threads_per_worker < 1 or study.budget < 1:
        raise StudyError(file, "cluster", "workers, threads_per_worker and partition_fixes must be at least 1",
                         "set positive numbers")
    try:
        _spec(study)
    except InputError as exc:
        raise StudyError(file, SPEC_KEYS.get(exc.field, exc.field), exc.problem, exc.hint or "")
    return study


def _postgis_source(inputs: dict, file):
    """[inputs] postgis (a libpq connection string) and table (schema.table): a ``PostgisSource``, or None."""
    from .core.cluster.postgis import PostgisSource

    conninfo = _typed(inputs, file, "postgis", str, "", "inputs")
    table = _typed(inputs, file, "table", str, "", "inputs")
    if bool(conninfo) != bool(table):
        raise StudyError(file, "inputs.table" if conninfo else "inputs.postgis", "a PostGIS input needs both "
                         "postgis (the connection string) and table", 'e.g. postgis = "host=db dbname=study '
                         'user=me" and table = "study.points" (the password in ~/.pgpass or PGPASSWORD)')
    return PostgisSource(conninfo, table) if conninfo else None


def _postgis_target(outputs: dict, file, source):
    """[outputs] format = "postgis": connection (default: the input's), schema, overwrite."""
    from .core.cluster.postgis import PostgisTarget

    conninfo = _typed(outputs, file, "connection", str, source.conninfo if source else "", "outputs")
    schema = _typed(outputs, file, "schema", str, "", "outputs")
    if not conninfo or not schema:
        raise StudyError(file, "outputs.connection" if not conninfo else "outputs.schema",
                         "format = \"postgis\" needs a connection string and a schema",
                         'e.g. connection = "host=db dbname=study user=me" and schema = "results"')
    return PostgisTarget(conninfo, schema, _typed(outputs, file, "overwrite", bool, False, "outputs"),
                         source=source.table if source else None)


#: the study file's key of a field named by the domain's checks
SPEC_KEYS = {"steps": "steps.run", "scope": "steps.emission_scope", "traveltimes": "traveltimes.network",
             "network": "traveltimes.network", "tz": "traveltimes.timezone", "bands": "traveltimes.bands",
             "partial": "traveltimes.partial", "free_flow": "traveltimes.free_flow",
             "min_traversals": "traveltimes.min_traversals", "MIN_USERS": "privacy.min_users",
             "modalshare": "modalshare.zones", "odflows": "odflows.zones"}
#: the keys of the zoned sections (besides zones and id_field)
ZONED_KEYS = {"modalshare": {"by": (str, "origin"), "start": (str, ""), "end": (str, ""), "timezone": (str, None),
                             "min_trips": (int, 10), "min_cell_users": (int, 0)},
              "odflows": {"start": (str, ""), "end": (str, ""), "mode": (str, ""), "small_pairs": (str, "suppress")}}


def _traveltimes(section: dict, file, base: Path, timezone: str):
    """The [traveltimes] section: a ``TravelTimeSpec`` (checked with the chain's spec), None without a network."""
    from .core.cluster.traveltimes import TravelTimeSpec
    from .core.roads.traveltimes import DEFAULT_BANDS

    unknown = sorted(set(section) - {"network", "bands", "timezone", "partial", "free_flow", "min_traversals",
                                     "min_sample_users", "weekdays_only"})
    if unknown:
        raise StudyError(file, f"traveltimes.{unknown[0]}", "unknown key",
                         "see docs/study.example.toml for the keys of [traveltimes]")
    network = _typed(section, file, "network", str, "", "traveltimes")
    if not network:
        return None
    return TravelTimeSpec(
        network=str((base / network).resolve()),
        bands=_typed(section, file, "bands", str, DEFAULT_BANDS, "traveltimes"),
        tz=_typed(section, file, "timezone", str, timezone, "traveltimes"),
        partial=_typed(section, file, "partial", str, "drop", "traveltimes"),
        free_flow=_typed(section, file, "free_flow", str, "p15", "traveltimes"),
        min_traversals=_typed(section, file, "min_traversals", int, 5, "traveltimes"),
        min_sample_users=_typed(section, file, "min_sample_users", int, 3, "traveltimes"),
        weekdays_only=_typed(section, file, "weekdays_only", bool, False, "traveltimes"))


def _zoned(section: dict, file, base: Path, name: str, timezone: str):
    """The [modalshare] / [odflows] section: a ``ModalShareSpec`` / ``ODFlowSpec`` (checked), None without zones."""
    from .core.cluster.aggregates import ModalShareSpec, ODFlowSpec

    keys = ZONED_KEYS[name]
    unknown = sorted(set(section) - {"zones", "id_field"} - set(keys))
    if unknown:
        raise StudyError(file, f"{name}.{unknown[0]}", "unknown key",
                         f"see docs/study.example.toml for the keys of [{name}]")
    zones = _typed(section, file, "zones", str, "", name)
    if not zones:
        return None
    values = {k: _typed(section, file, k, kind, default if default is not None else timezone, name)
              for k, (kind, default) in keys.items()}
    values = {("tz" if k == "timezone" else k): (v if v != "" or k not in ("start", "end") else None)
              for k, v in values.items()}
    make = ModalShareSpec if name == "modalshare" else ODFlowSpec
    try:
        return make(zones=str((base / zones).resolve()), id_field=_typed(section, file, "id_field", str, "", name),
                    **values).validated()
    except InputError as exc:
        key = {"by": "by", "small_pairs": "small_pairs", "min_trips": "min_trips", "period": "start"}.get(exc.field,
                                                                                                        "zones")
        raise StudyError(file, f"{name}.{key}", exc.problem, exc.hint or "") from None


def _spec(study: Study):
    from .core.cluster.chain import ChainSpec
    from .core.trips.segmentation import SegmentationParams

    params = SegmentationParams.trackintel() if study.preset == "trackintel" else SegmentationParams()
    return ChainSpec(steps=study.steps, params=params, timezone=study.timezone,
                     model=str(study.mode_model) if study.mode_model else None, scope=study.scope,
                     keep_points=study.points, min_users=study.min_users,
                     geometry=study.fmt in ("gpkg", "parquet", "postgis"),
                     traveltimes=study.traveltimes, parquet=str(study.out) if study.fmt == "parquet" else None,
                     modalshare=study.modalshare, odflows=study.odflows, postgis=study.target
                     ).validated()


def _client(study: Study):
    """(client, cluster or None): a LocalCluster of ``workers`` processes, or the given scheduler."""
    from distributed import Client

    from .core.cluster.runner import local_cluster, prepare_workers

    if study.scheduler:
        try:
            client = Client(study.scheduler, timeout="20s")
        except OSError as exc:
            raise StudyError(study.file, "cluster.scheduler", f"cannot reach the scheduler {study.scheduler}: "
                             f"{exc}", "start it (dask scheduler) or remove the key to run on this machine")
        prepare_workers(client)
        return client, None
    cluster = local_cluster(study.workers, study.threads_per_worker, memory_limit=study.memory_limit)
    return Client(cluster), cluster


def run_study(study: Study, echo=print) -> dict:
    """Run ``study`` and write its outputs; returns what ``run.json`` holds."""
    from .core.cluster.runner import run_on_client, run_on_postgis
    from .cli_outputs import write_outputs

    spec = _spec(study)
    if spec.postgis is not None:     # existing tables, the input table: before the cluster starts
        from .core.cluster.postgis import check_target, output_names

        check_target(spec.postgis, output_names(spec))
    t0 = time.perf_counter()
    client, cluster = _client(study)
    try:
        n_workers = len(client.scheduler_info().get("workers", {}))
        echo(f"[tracemob] {n_workers} worker(s) at {client.scheduler.address}; steps: {', '.join(spec.steps)}")
        t1 = time.perf_counter()
        last = [-1]

        def progress(fraction):
            pct = int(fraction * 100) // 10 * 10
            if pct > last[0]:
                last[0] = pct
                echo(f"[tracemob] {pct} %")
        if study.source is not None:
            result = run_on_postgis(client, study.source, spec=spec, budget=study.budget, progress=progress)
        else:
            result = run_on_client(client, files=[str(p) for p in study.inputs], spec=spec, budget=study.budget,
                                   progress=progress)
        t2 = time.perf_counter()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    written = write_outputs(result, study.out, study.fmt,
                            network=spec.traveltimes.network if spec.traveltimes else None, target=spec.postgis)
    report = {"study": str(study.file), "workers": n_workers, "steps": list(spec.steps),
              "seconds_cluster_start": round(t1 - t0, 3), "seconds_chain": round(t2 - t1, 3),
              "stats": result.stats, "warnings": result.warnings, "outputs": [str(p) for p in written]}
    study.out.mkdir(parents=True, exist_ok=True)
    (study.out / "run.json").write_text(json.dumps(report, indent=2), encoding="utf-8")
    for w in result.warnings:
        echo(f"[tracemob] warning: {w}")
    cells = "" if result.traveltimes is None else f", {len(result.traveltimes)} travel-time cells"
    if result.modal_share is not None:
        cells += f", modal share in {len(result.modal_share.zones) - 1} zones"
    if result.od_flows is not None:
        cells += f", {len(result.od_flows.matrix)} OD pairs published"
    echo(f"[tracemob] {result.stats.get('trips', 0)} trips, {result.stats.get('legs', 0)} legs{cells} "
         f"in {t2 - t1:.1f} s; outputs in {study.out}")
    return report


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tracemob", description="Tracemob's pipeline from the command line, on a Dask cluster: trace "
        "files -> stays, trips, legs, modes, CO2e and a mode summary, by partitions of whole participants. "
        "The same code as the QGIS plugin's algorithms.",
        epilog="Example: tracemob run docs/study.example.toml --workers 2 (see docs/cluster.md)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    run = sub.add_parser("run", help="run the chain a study file declares",
                         description="Run the chain a study file (TOML) declares: [inputs] paths and timezone, "
                         "[steps] run (segment, modes, emissions, indicators, traveltimes, modalshare, odflows), "
                         "[traveltimes] network and time bands, [modalshare] and [odflows] zones file and id field, "
                         "[outputs] folder and format (csv, gpkg, parquet: a folder of GeoParquet files per table, "
                         "written by the workers, or postgis: tables in a schema, COPYed by the workers), [inputs] "
                         "may name a PostGIS points table instead of paths, [cluster] workers or scheduler, "
                         "[privacy] min_users. A documented sample is docs/study.example.toml. Writes stays, trips, "
                         "legs, gaps, mode_summary, segment_travel_times (traveltimes step), modal_share_cells and "
                         "modal_share_zones (modalshare step), od_matrix and od_lines (odflows step) and run.json.")
    run.add_argument("study", help="the study file (TOML)")
    run.add_argument("--workers", type=int, help="local cluster: number of worker processes (overrides [cluster])")
    run.add_argument("--scheduler", help="address of a running Dask scheduler, e.g. tcp://10.0.0.5:8786 "
                     "(overrides [cluster]; the workers must see the input files at the same paths)")
    run.add_argument("--out", help="output folder (overrides [outputs] folder)")
    run.add_argument("--quiet", action="store_true", help="print only errors")
    return parser


def main(argv: Optional[List[str]] = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command != "run":
        parser.print_help()
        return EXIT_USAGE
    echo = (lambda *_: None) if args.quiet else print
    try:
        study = load_study(args.study, {"workers": args.workers, "scheduler": args.scheduler,
                                        "out": Path(args.out).resolve() if args.out else None})
        run_study(study, echo=echo)
    except StudyError as exc:
        print(f"tracemob: error in the study file {exc}", file=sys.stderr)
        return EXIT_ERROR
    except Cancelled as exc:
        print(f"tracemob: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except TracemobError as exc:
        print(f"tracemob: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except ImportError as exc:
        print(f"tracemob: {exc}\n  what to do: install the pinned packages: bash scripts/setup_env.sh "
              "(dask and distributed are in requirements.txt)", file=sys.stderr)
        return EXIT_ERROR
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
