"""Derive the embedded sample road network from the Helsinki OpenStreetMap extract.

Usage (from the repository root)::

    .venv/bin/python scripts/make_sample_network.py [--pbf ../shared/data/osm/helsinki.osm.pbf]

It reads the ``lines`` layer of the extract with GDAL's OSM driver, keeps the road classes a
city-centre simulation needs (drivable roads, cycleways, pedestrian streets, paths), drops tunnels,
ways closed to the public and areas, splits every way at the vertices it shares with another kept way
(street intersections), keeps the largest connected component and writes the result as GeoJSON in
EPSG:4326 to ``resources/sample/network/helsinki_centre_roads.geojson`` with the fields
``osm_id, name, highway, oneway, maxspeed`` (``oneway=-1`` ways are reversed and written as ``yes``;
roundabouts are one-way; ``maxspeed`` in km/h, null when not tagged). The output is deterministic.

Data: © OpenStreetMap contributors, ODbL 1.0, https://www.openstreetmap.org/copyright
"""
import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_PBF = ROOT.parent / "shared" / "data" / "osm" / "helsinki.osm.pbf"
OUT = ROOT / "resources" / "sample" / "network" / "helsinki_centre_roads.geojson"

KEEP = {
    "motorway", "motorway_link", "trunk", "trunk_link", "primary", "primary_link", "secondary",
    "secondary_link", "tertiary", "tertiary_link", "unclassified", "residential", "living_street",
    "service", "pedestrian", "cycleway", "path",
}
SERVICE_DROP = {"parking_aisle", "driveway", "drive-through", "emergency_access"}
PRIVATE = {"no", "private"}
# round the coordinates to 1e-7 degree (1 cm): shared OSM nodes give identical values
NDIGITS = 7

_TAG = re.compile(r'"((?:[^"\\]|\\.)*)"=>"((?:[^"\\]|\\.)*)"')


def parse_tags(other_tags):
    """OGR's hstore ``other_tags`` text -> dict."""
    return dict(_TAG.findall(other_tags or ""))


def parse_maxspeed(value):
    """km/h as int, or None (``FI:urban`` -> 50, ``20 mph`` -> 32)."""
    if not value:
        return None
    v = value.strip().lower()
    if v.endswith(":urban"):
        return 50
    if v.endswith(":rural"):
        return 80
    m = re.match(r"^(\d+(?:\.\d+)?)\s*(mph)?", v)
    if not m:
        return None
    speed = float(m.group(1))
    if m.group(2):
        speed *= 1.609344
    return int(round(speed))


def read_ways(pbf):
    from osgeo import gdal, ogr

    gdal.SetConfigOption("OSM_USE_CUSTOM_INDEXING", "NO")
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    ds = ogr.Open(str(pbf))
    if ds is None:
        sys.exit("cannot open {}".format(pbf))
    layer = ds.GetLayerByName("lines")
    ways = []
    for feat in layer:
        hw = feat.GetField("highway")
        if hw not in KEEP:
            continue
        tags = parse_tags(feat.GetField("other_tags"))
        if tags.get("tunnel", "no") not in ("no",) or tags.get("area") == "yes":
            continue
        if tags.get("access") in PRIVATE and hw not in ("pedestrian", "cycleway", "path"):
            continue
        if hw == "service" and tags.get("service") in SERVICE_DROP:
            continue
        geom = feat.GetGeometryRef()
        pts = [(round(geom.GetX(i), NDIGITS), round(geom.GetY(i), NDIGITS))
               for i in range(geom.GetPointCount())]
        # drop repeated vertices
        pts = [p for i, p in enumerate(pts) if i == 0 or p != pts[i - 1]]
        if len(pts) < 2:
            continue
        oneway = tags.get("oneway", "no")
        if tags.get("junction") in ("roundabout", "circular") or hw in ("motorway",):
            oneway = "yes" if oneway != "-1" else "-1"
        if oneway in ("-1", "reverse"):
            pts = pts[::-1]
            oneway = "yes"
        oneway = "yes" if oneway in ("yes", "true", "1") else "no"
        ways.append({
            "osm_id": int(feat.GetField("osm_id")),
            "name": feat.GetField("name") or None,
            "highway": hw,
            "oneway": oneway,
            "maxspeed": parse_maxspeed(tags.get("maxspeed")),
            "pts": pts,
        })
    ways.sort(key=lambda w: w["osm_id"])
    return ways


def split_ways(ways):
    """Split each way at the vertices it shares with other ways (and keep its ends)."""
    use = {}
    for w in ways:
        for p in set(w["pts"]):
            use[p] = use.get(p, 0) + 1
        # a way that touches itself (loop) must be split there too
        for p in (w["pts"][0], w["pts"][-1]):
            use[p] = use.get(p, 0) + 1
    pieces = []
    for w in ways:
        pts = w["pts"]
        start = 0
        for i in range(1, len(pts)):
            if i == len(pts) - 1 or use[pts[i]] > 1:
                piece = pts[start:i + 1]
                if len(piece) >= 2 and piece[0] != piece[-1]:
                    pieces.append(dict(w, pts=piece))
                elif len(piece) >= 3:  # closed loop without a junction: split in two
                    half = len(piece) // 2
                    pieces.append(dict(w, pts=piece[:half + 1]))
                    pieces.append(dict(w, pts=piece[half:]))
                start = i
    return pieces


def largest_component(pieces):
    """Keep the pieces of the largest (undirected) connected component."""
    parent = {}

    def find(a):
        while parent.setdefault(a, a) != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    for p in pieces:
        a, b = find(p["pts"][0]), find(p["pts"][-1])
        if a != b:
            parent[max(a, b)] = min(a, b)
    sizes = {}
    for p in pieces:
        r = find(p["pts"][0])
        sizes[r] = sizes.get(r, 0) + 1
    best = max(sizes, key=lambda r: (sizes[r], r))
    return [p for p in pieces if find(p["pts"][0]) == best]


def to_geojson(pieces):
    features = []
    for p in pieces:
        features.append({
            "type": "Feature",
            "properties": {k: p[k] for k in ("osm_id", "name", "highway", "oneway", "maxspeed")},
            "geometry": {"type": "LineString", "coordinates": [[x, y] for x, y in p["pts"]]},
        })
    return {
        "type": "FeatureCollection",
        "name": "helsinki_centre_roads",
        "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:OGC:1.3:CRS84"}},
        "attribution": "© OpenStreetMap contributors, ODbL 1.0, https://www.openstreetmap.org/copyright",
        "features": features,
    }


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pbf", default=str(DEFAULT_PBF))
    ap.add_argument("--out", default=str(OUT))
    args = ap.parse_args(argv)
    ways = read_ways(args.pbf)
    pieces = largest_component(split_ways(ways))
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(to_geojson(pieces), ensure_ascii=False, separators=(",", ":"))
    # one feature per line: readable diffs, still compact
    text = text.replace(',{"type":"Feature"', ',\n{"type":"Feature"')
    out.write_text(text + "\n", encoding="utf-8")
    counts = {}
    for p in pieces:
        counts[p["highway"]] = counts.get(p["highway"], 0) + 1
    print("{} ways kept, {} segments written to {} ({} bytes)".format(
        len(ways), len(pieces), out, out.stat().st_size))
    print(", ".join("{}: {}".format(k, v) for k, v in sorted(counts.items(), key=lambda kv: -kv[1])))


if __name__ == "__main__":
    main()
