"""Where does segmentation time go? cProfile of ``segment()`` on a GeoLife data set.

    .venv/bin/python bench/profile_segmentation.py [--data geolife_long_10_MB|geolife_sample|DIR]
        [--preset trackintel] [--top 25] [--replicate N]

Prints the functions with the largest cumulative and own (tottime) times. Data are read from
../shared/data/geolife (never committed); the bench skips when it is absent.
"""
import argparse
import cProfile
import io as _io
import pstats
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import benchcommon as bc  # noqa: E402


def load(name: str):
    if name == "geolife_sample":
        path = bc.GEOLIFE_DIR / "geolife_sample.txt.gz"
        if not path.is_file():
            bc.skip("{p} not found".format(p=path))
        return bc.load_geolife_sample(path)
    folder = Path(name) if Path(name).is_dir() else bc.GEOLIFE_DIR / name
    bc.require_dir(folder, "GeoLife folder {n}".format(n=name))
    return bc.load_geolife_folder(folder)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", default="geolife_long_10_MB")
    parser.add_argument("--preset", default="trackintel")
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--replicate", type=int, default=0, help="replicate users up to N points")
    args = parser.parse_args(argv)

    points = load(args.data)
    if args.replicate:
        points = bc.replicate(points, args.replicate)
    seg = bc.tracemob_module("trips.segmentation")
    params = bc.segmentation_params(args.preset)
    seg.segment(points.iloc[:2000].copy(), params)  # warm-up: lazy imports out of the profile
    prof = cProfile.Profile()
    t0 = time.perf_counter()
    prof.enable()
    result = seg.segment(points, params)
    prof.disable()
    wall = time.perf_counter() - t0
    print("segment() on {n:,} fixes ({d}, preset {p}): {s:.2f} s under cProfile, {t} trips".format(
        n=len(points), d=args.data, p=args.preset, s=wall, t=len(result.trips)))
    for key in ("cumulative", "tottime"):
        out = _io.StringIO()
        pstats.Stats(prof, stream=out).sort_stats(key).print_stats(args.top)
        print("\n--- sorted by {k} ---".format(k=key))
        print("\n".join(out.getvalue().splitlines()[6:]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
