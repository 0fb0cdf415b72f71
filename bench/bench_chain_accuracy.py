"""Accuracy of the README's three-step chain, run exactly as a user runs it, through ``scripts/qgis_process``.

    scripts/qgis_process run tracemob:importtraces -- INPUT=<day> OUTPUT=points.gpkg
    scripts/qgis_process run tracemob:segmenttrips -- INPUT=points.gpkg OUTPUT_TRIPS=trips.gpkg OUTPUT_LEGS=legs.gpkg
    scripts/qgis_process run tracemob:infermodes -- INPUT=legs.gpkg OUTPUT=modes.gpkg

Nothing else is named: the phone's motion readings travel on the points. Scored on:

* the real e-mission days of ../shared/data/emission_real_examples that have e-mission's checked ground
  truth (``NAME.ground_truth``, ``NAME.expected_composite_trips``, and the two-day reference
  ``shankari_2016-08-910.ground_truth`` over the raw days 08-09 and 08-10): trips matched one to one at
  temporal IoU >= 0.5 (F1), |start| and |end| errors of the matched trips (median and 90th percentile),
  time-weighted coarse agreement (walk / bike / motorised) of our legs with the ground-truth sections'
  sensed modes, and the share of that labelled time our legs cover;
* optionally (``--pipeline-refs DIR``) references made by e-mission's own server pipeline for raw days
  that have no checked ground truth (same file shape as ``.ground_truth``), scored the same way and
  reported apart;
* GeoLife users 010 and 020 (../shared/data/geolife/geolife_modes, human labels): the share of labelled
  time (each label span cut to the first and last fix inside it) covered by a leg, and the coarse agreement.

Targets (issue "Accuracy that holds on traces we have never seen"): trips F1 >= 0.90, start and end p90
<= 120 s, coarse agreement >= 0.90; GeoLife agreement >= 0.90 and coverage >= 0.95. This chain has no
setting chosen on these days beyond the defaults; the benches that choose settings
(bench_segmentation_accuracy.py --cv, bench_modes.py) print cross-validated figures.

    .venv/bin/python bench/bench_chain_accuracy.py [--days N] [--no-geolife] [--pipeline-refs DIR] [--keep DIR]
"""
import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))
import benchcommon as bc  # noqa: E402

from tracemob.tracemob_plugin.core.evaluation.agreement import TimeAgreement, time_agreement  # noqa: E402
from tracemob.tracemob_plugin.core.evaluation.labelled import SENSED_MODES  # noqa: E402
from tracemob.tracemob_plugin.core.evaluation.scoring import (TripScore, find_ground_truth_days,  # noqa: E402
                                                               read_reference_day, score_trips)
from tracemob.tracemob_plugin.core.geometry import step_distances_m  # noqa: E402
from tracemob.tracemob_plugin.core.vocab.modes import map_labels  # noqa: E402

QGIS_PROCESS = bc.ROOT / "scripts" / "qgis_process"
TWO_DAY = ("shankari_2016-08-910.ground_truth", ("shankari_2016-08-09", "shankari_2016-08-10"))


def run_alg(alg, params):
    args = [str(QGIS_PROCESS), "run", alg, "--"]
    for key, value in params:
        args.append("{k}={v}".format(k=key, v=value))
    proc = subprocess.run(args, capture_output=True, text=True, timeout=3600)
    if proc.returncode != 0:
        raise RuntimeError("{alg} failed ({rc}): {err}".format(alg=alg, rc=proc.returncode,
                                                              err=(proc.stderr or proc.stdout)[-2000:]))
    return proc.stdout


def read_layer(path, xy=False):
    """Attribute table of the single layer of a GeoPackage (through GDAL, as any reader would); ``xy``: with the
    points' ``lon`` and ``lat``."""
    from osgeo import ogr

    ds = ogr.Open(str(path))
    layer = ds.GetLayer(0)
    defn = layer.GetLayerDefn()
    names = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
    rows = []
    for f in layer:
        row = [f.GetField(n) for n in names]
        if xy:
            g = f.GetGeometryRef()
            row += [g.GetX(), g.GetY()] if g is not None else [np.nan, np.nan]
        rows.append(row)
    df = pd.DataFrame(rows, columns=names + (["lon", "lat"] if xy else []))
    for col in ("start_time", "end_time"):
        if col in df.columns:
            df[col] = pd.to_datetime(df[col], utc=True, format="mixed")
    return df


def run_chain(inputs, work):
    """The README chain on ``inputs`` (files or a folder) -> (trips, legs with modes)."""
    work.mkdir(parents=True, exist_ok=True)
    params = [("INPUT", str(p)) for p in inputs] + [("OUTPUT", work / "points.gpkg")]
    run_alg("tracemob:importtraces", params)
    run_alg("tracemob:segmenttrips", [("INPUT", work / "points.gpkg"), ("OUTPUT_TRIPS", work / "trips.gpkg"),
                                      ("OUTPUT_LEGS", work / "legs.gpkg")])
    run_alg("tracemob:infermodes", [("INPUT", work / "legs.gpkg"), ("OUTPUT", work / "modes.gpkg")])
    return read_layer(work / "trips.gpkg"), read_layer(work / "modes.gpkg")


def truth_sections(gt):
    sec = gt.sections.copy()
    sec["mode"] = sec["sensed_mode"].map(SENSED_MODES)
    return sec[sec["mode"].notna()]


def score_day(gt, trips, legs, whole_file=False):
    if not whole_file and gt.day is not None:
        start, end = gt.day_window()
        trips = trips[(trips.start_time >= start) & (trips.start_time < end)]
    trips = trips.sort_values("start_time").reset_index(drop=True)
    ts = score_trips(gt.trips, trips)
    # one person per reference day; ground truths name that person by an id of their own
    return ts, time_agreement(truth_sections(gt).assign(user_id="p"), legs.assign(user_id="p"))


def pct(values, q):
    v = np.abs(np.asarray(values, dtype=float))
    return float(np.percentile(v, q)) if len(v) else float("nan")


def row(name, ts, ta):
    return "{n:<44} {nt:>3} {np:>3} {m:>3} {f1:>5} {s50:>6} {s90:>6} {e90:>6} {ag:>6} {cov:>6}".format(
        n=name[:44], nt=ts.n_truth, np=ts.n_pred, m=ts.n_matched, f1=bc.fmt(ts.f1),
        s50=bc.fmt(pct(ts.start_errors_s, 50), 0), s90=bc.fmt(pct(ts.start_errors_s, 90), 0),
        e90=bc.fmt(pct(ts.end_errors_s, 90), 0), ag=bc.fmt(ta.agreement, 3), cov=bc.fmt(ta.coverage, 3))


HEADER = "{:<44} {:>3} {:>3} {:>3} {:>5} {:>6} {:>6} {:>6} {:>6} {:>6}".format(
    "day", "ref", "our", "mat", "F1", "s p50", "s p90", "e p90", "agree", "cover")


def emission_references(data, pipeline_dir=None):
    """(name, raw inputs, reference file, kind) for every scored day."""
    refs = [(raw.name, [raw], ref, "checked") for raw, ref in find_ground_truth_days(data, composite=True)]
    two = data / TWO_DAY[0]
    if two.is_file() and all((data / r).is_file() for r in TWO_DAY[1]):
        refs.append(("shankari_2016-08-09+10", [data / r for r in TWO_DAY[1]], two, "checked"))
    if pipeline_dir is not None:
        done = {name for name, *_ in refs}
        for ref in sorted(Path(pipeline_dir).glob("*.json")):
            name = ref.name[:-len(".json")]
            if "." in name or name in done or not (data / name).is_file():
                continue
            refs.append((name, [data / name], ref, "pipeline"))
    return refs


def bench_emission(args, work):
    data = bc.require_dir(bc.EMISSION_DIR, "the folder of real e-mission days")
    refs = emission_references(data, args.pipeline_refs)
    if args.days:
        refs = refs[:args.days]
    print("== the README chain on {n} real e-mission days (trips, legs with modes)".format(n=len(refs)))
    print(HEADER)
    kinds = {}
    for name, inputs, ref, kind in refs:
        gt = read_reference_day(ref)
        t0 = time.time()
        trips, legs = run_chain(inputs, work / name)
        ts, ta = score_day(gt, trips, legs, whole_file=(kind == "pipeline"))
        kinds.setdefault(kind, []).append((ts, ta))
        print(row(name, ts, ta) + "  ({:.0f} s)".format(time.time() - t0))
    totals = {}
    for kind, items in kinds.items():
        ts = TripScore.combine([a for a, _ in items])
        ta = TimeAgreement.combine([b for _, b in items])
        totals[kind] = (ts, ta)
        print(row("TOTAL {k} ({n} days)".format(k=kind, n=len(items)), ts, ta))
    return totals


def geolife_labels(udir, fixes):
    lab = pd.read_csv(udir / "labels.txt", sep="\t")
    lab.columns = ["start_time", "end_time", "label"]
    lab["start_time"] = pd.to_datetime(lab.start_time, utc=True)
    lab["end_time"] = pd.to_datetime(lab.end_time, utc=True)
    lab["mode"] = map_labels(lab.label.to_numpy()).to_numpy()
    # each label cut to the first and last fix inside it (labelled time the phone recorded)
    t = np.sort(fixes.astype("int64").to_numpy()) / 1e9
    a = np.searchsorted(t, lab.start_time.astype("int64").to_numpy() / 1e9, side="left")
    b = np.searchsorted(t, lab.end_time.astype("int64").to_numpy() / 1e9, side="right") - 1
    ok = b > a
    lab = lab[ok].copy()
    lab["start_time"] = pd.to_datetime(t[a[ok]], unit="s", utc=True)
    lab["end_time"] = pd.to_datetime(t[b[ok]], unit="s", utc=True)
    lab["user_id"] = udir.name
    return lab


def resolve_overlaps(lab):
    """Labels cut where a later-starting label begins inside them (a taxi ride labelled inside a long
    'walk' span is taxi there, the rule of ``evaluation.labelled.legs_from_intervals``): each labelled
    second is counted once. GeoLife's labels overlap (user 010 labels a 4-hour 'walk' that holds a taxi
    ride and the start of a train ride)."""
    lab = lab.sort_values("start_time", kind="mergesort").reset_index(drop=True)
    nxt = lab["start_time"].shift(-1)
    cut = nxt.notna() & (nxt < lab["end_time"])
    lab.loc[cut, "end_time"] = nxt[cut]
    return lab[lab.end_time > lab.start_time].reset_index(drop=True)


#: ``still_silences_cut``: a gap between two fixes longer than this (``SegmentationParams.gap_min_s``, e-mission's
#: twice the 5-minute dwell) ...
SILENT_GAP_S = 600.0
#: ... crossed slower than this (straight line; ``SegmentationParams.untracked_max_speed_mps``, 3 km/h: nobody
#: travelled) is a stay the phone did not record
SILENT_STILL_MPS = 3000.0 / 3600.0


def still_silences_cut(lab, points):
    """Labels cut out where the phone was silent for more than ``SILENT_GAP_S`` and did not move
    (``SILENT_STILL_MPS``; ``points``: ``time, lon, lat`` of one user's fixes): the labelled time a leg can cover. A
    label that spans hours with two fixes in it (user 010's 'walk' of 2.6 h, its two ends 243 m apart) holds a stay;
    a silent ride (a train between two fixes 30 km apart) stays labelled time, which an untracked leg covers."""
    p = points.assign(t=pd.to_datetime(points["time"], utc=True, format="mixed").astype("int64") / 1e9)
    p = p.sort_values("t", kind="mergesort")
    t = p.t.to_numpy(float)
    dt = np.diff(t)
    with np.errstate(invalid="ignore"):
        gap = np.flatnonzero((dt > SILENT_GAP_S) & (step_distances_m(p.lat, p.lon) < SILENT_STILL_MPS * dt))
    g0, g1 = t[gap], t[gap + 1]       # silent and still from g0 to g1
    rows = []
    for r in lab.itertuples(index=False):
        a, b = r.start_time.timestamp(), r.end_time.timestamp()
        inside = (g1 > a) & (g0 < b)
        cuts = np.column_stack([np.maximum(g0[inside], a), np.minimum(g1[inside], b)])
        edges = np.concatenate([[a], cuts.ravel(), [b]]).reshape(-1, 2)
        for s0, s1 in edges:
            if s1 > s0:
                rows.append(r._replace(start_time=pd.Timestamp(s0, unit="s", tz="UTC"),
                                       end_time=pd.Timestamp(s1, unit="s", tz="UTC")))
    return pd.DataFrame(rows, columns=lab.columns)


def bench_geolife(work):
    folder = bc.GEOLIFE_DIR / "geolife_modes"
    if not folder.is_dir():
        print("GeoLife labels not found in {f}: skipped (GeoLife is never committed)".format(f=folder))
        return None
    print("\n== the README chain on GeoLife users with human labels")
    items, once, recorded = [], [], []
    for udir in sorted(p for p in folder.iterdir() if (p / "labels.txt").is_file()):
        trips, legs = run_chain([udir / "Trajectory"], work / ("geolife_" + udir.name))
        legs["user_id"] = udir.name
        points = read_layer(work / ("geolife_" + udir.name) / "points.gpkg", xy=True)
        fixes = points["time"]
        lab = geolife_labels(udir, pd.to_datetime(fixes, utc=True, format="mixed"))
        a = time_agreement(lab, legs)
        items.append(a)
        once.append(time_agreement(resolve_overlaps(lab), legs))
        recorded.append(time_agreement(still_silences_cut(lab, points), legs))
        print("user {u}: {h:.1f} labelled h, covered {c:.3f}, agreement {g:.3f}; recall {r}".format(
            u=udir.name, h=sum(a.total.values()) / 3600, c=a.coverage, g=a.agreement,
            r={k: round(a.recall(k), 3) for k in a.total}))
    total = TimeAgreement.combine(items)
    print("GeoLife total: covered {c:.3f} (target >= 0.95), agreement {g:.3f} (target >= 0.90)".format(
        c=total.coverage, g=total.agreement))
    single = TimeAgreement.combine(once)
    print("  the same with overlapping labels cut where the next one starts (each second counted once): "
          "covered {c:.3f}, agreement {g:.3f}, {h:.1f} labelled h".format(
              c=single.coverage, g=single.agreement, h=sum(single.total.values()) / 3600))
    rec = TimeAgreement.combine(recorded)
    print("  the same without the stays the phone did not record (silences over {s:.0f} s crossed slower than {v:.1f} "
          "km/h cut out of the labels): covered {c:.3f}, agreement {g:.3f}, {h:.1f} labelled h".format(
              s=SILENT_GAP_S, v=SILENT_STILL_MPS * 3.6, c=rec.coverage, g=rec.agreement,
              h=sum(rec.total.values()) / 3600))
    return total


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--days", type=int, default=0, help="only the first N e-mission days (quick check)")
    ap.add_argument("--no-geolife", action="store_true")
    ap.add_argument("--pipeline-refs", type=Path, default=None,
                    help="folder of references made by e-mission's pipeline for raw days without ground truth")
    ap.add_argument("--keep", type=Path, default=None, help="keep the GeoPackages in this folder")
    args = ap.parse_args(argv)
    t0 = time.time()
    with tempfile.TemporaryDirectory(prefix="tracemob-chain-") as tmp:
        work = args.keep or Path(tmp)
        totals = bench_emission(args, work)
        geo = None if args.no_geolife else bench_geolife(work)
    print("\n== targets")
    ts, ta = totals.get("checked", (None, None))
    if ts is not None:
        print("trips F1 {f:.3f} (>= 0.90): {pf}".format(f=ts.f1, pf=bc.pass_fail(ts.f1 >= 0.90)))
        for label, errs in (("start", ts.start_errors_s), ("end", ts.end_errors_s)):
            p90 = pct(errs, 90)
            print("{l} p90 {v:.0f} s (<= 120 s): {pf}".format(l=label, v=p90, pf=bc.pass_fail(p90 <= 120)))
        print("coarse agreement {a:.3f} (>= 0.90): {pf}".format(a=ta.agreement, pf=bc.pass_fail(ta.agreement >= 0.90)))
    if geo is not None:
        print("GeoLife coverage {c:.3f} (>= 0.95): {pf}; agreement {a:.3f} (>= 0.90): {pa}".format(
            c=geo.coverage, pf=bc.pass_fail(geo.coverage >= 0.95), a=geo.agreement,
            pa=bc.pass_fail(geo.agreement >= 0.90)))
    print("({:.0f} s)".format(time.time() - t0))
    return 0


if __name__ == "__main__":
    sys.exit(main())
