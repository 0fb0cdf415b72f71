"""The command line's outputs: the chain's tables as CSV files, one GeoPackage (GDAL's ogr, no QGIS) or folders
of GeoParquet files.

CSV: ``stays.csv``, ``trips.csv``, ``legs.csv``, ``gaps.csv``, ``mode_summary.csv``, ``mode_hour_medians.csv``,
``segment_travel_times.csv`` (and ``points.csv`` when asked), times in UTC ISO-8601. GeoPackage: ``tracemob.gpkg``
with stays (points), trips and legs (LineStringM, M = epoch seconds, as the QGIS algorithms write them: infermodes
reads their timing back), gaps, mode_summary and mode_hour_medians (tables), segment_travel_times (lines of the
segments in the direction of travel), EPSG:4326. Parquet: a folder per table of GeoParquet files
(core/cluster/parquet.py), those of the partitions written by the workers. PostGIS: tables in a schema
(core/cluster/postgis.py), those of the partitions COPYed by the workers, the reduced ones by this process. A re-run replaces these files only.
"""
from pathlib import Path
from typing import List

import pandas as pd

from .core.geometry import point_wkb

TABLE_NAMES = ("stays", "trips", "legs", "gaps", "points")
GPKG_NAME = "tracemob.gpkg"


def _tables(result, fmt: str, network) -> dict:
    out = {name: getattr(result, name) for name in TABLE_NAMES if getattr(result, name, None) is not None}
    if result.summary is not None:
        out["mode_summary"] = result.summary
    if result.medians is not None:
        out["mode_hour_medians"] = result.medians
    if result.traveltimes is not None:
        # as tracemob:segmenttraveltimes writes them (no band_index); in a GeoPackage, each segment's line drawn
        # in the direction of travel (the network read on the client: a few MB)
        cells = result.traveltimes.drop(columns=["band_index"], errors="ignore")
        if fmt in ("gpkg", "parquet", "postgis") and network is not None and len(cells):
            from .core.cluster.traveltimes import cached_network
            from .core.roads.network import segment_wkb

            net, _ = cached_network(network)
            cells = cells.assign(geometry_wkb=segment_wkb(net, cells["segment_id"], cells["direction"]))
        out["segment_travel_times"] = cells
    if getattr(result, "modal_share", None) is not None:     # the reduced cells, masked (cluster/aggregates.py)
        out["modal_share_cells"] = result.modal_share.cells
        out["modal_share_zones"] = result.modal_share.zones
    if getattr(result, "od_flows", None) is not None:
        out["od_matrix"] = result.od_flows.matrix
        lines = result.od_flows.lines.rename(columns={"wkb": "geometry_wkb"})
        out["od_lines"] = lines if fmt in ("gpkg", "parquet") else lines.drop(columns=["geometry_wkb"])
    return out


def write_outputs(result, folder, fmt: str = "csv", network=None, target=None) -> List[Path]:
    """Write ``result`` (a ``ChainResult``) into ``folder`` as ``fmt`` (``csv``, ``gpkg`` or ``parquet``: a folder
    per table, those of the partitions already written by the workers); the paths.
    ``network``: the travel times' road network file (their lines in a GeoPackage); ``target``: the
    ``PostgisTarget`` of ``fmt = "postgis"`` (the names written are then ``schema.table`` strings)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    tables = _tables(result, fmt, network)
    if fmt == "postgis":
        # the partitions' tables were COPYed by the workers (core/cluster/postgis.py); the reduced ones here
        from .core.cluster.postgis import write_reduced

        reduced = {name: frame for name, frame in tables.items() if name not in TABLE_NAMES}
        return ["{}.{}".format(target.schema, name) for name in (result.written or {})] + \
            (write_reduced(target, reduced) if reduced else [])
    if fmt == "parquet":
        # the partitions' tables were written by the workers (core/cluster/parquet.py); the reduced ones here
        from .core.cluster.parquet import clear_tables, part_name, write_table

        clear_tables(folder, list(tables))
        written = [write_table(frame, folder / name / part_name(0)).parent for name, frame in tables.items()]
        return [folder / name for name in (result.written or {})] + written
    if fmt == "csv":
        written = []
        for name, frame in tables.items():
            path = folder / f"{name}.csv"
            frame.drop(columns=["geometry_wkb"], errors="ignore").to_csv(path, index=False)
            written.append(path)
        return written
    return [_write_gpkg(tables, folder / GPKG_NAME)]


def _field_kind(series: pd.Series):
    from osgeo import ogr

    if pd.api.types.is_bool_dtype(series):
        return ogr.OFTInteger, ogr.OFSTBoolean
    if pd.api.types.is_integer_dtype(series):
        return ogr.OFTInteger64, ogr.OFSTNone
    if pd.api.types.is_float_dtype(series):
        return ogr.OFTReal, ogr.OFSTNone
    if pd.api.types.is_datetime64_any_dtype(series):
        return ogr.OFTDateTime, ogr.OFSTNone
    return ogr.OFTString, ogr.OFSTNone


def _values(series: pd.Series, kind) -> list:
    """The column as Python values for ogr, None for missing (converted column-wise, not per value)."""
    from osgeo import ogr

    missing = series.isna().to_numpy()
    if kind == ogr.OFTDateTime:
        times = pd.to_datetime(series, utc=True)
        values = (times.dt.strftime("%Y-%m-%dT%H:%M:%S.") + (times.dt.microsecond // 1000).astype(str).str.zfill(3)
                  + "Z").tolist()
    elif kind == ogr.OFTInteger:
        values = series.fillna(False).astype(int).tolist()
    elif kind == ogr.OFTString:
        values = series.astype(str).tolist()
    else:
        values = series.tolist()
    return [None if m else v for v, m in zip(values, missing)]


def _write_gpkg(tables: dict, path: Path) -> Path:
    """One layer per table, features written in one transaction per layer (a loop over rows of the tables,
    never over fixes)."""
    from osgeo import ogr, osr

    ogr.UseExceptions()
    if path.exists():
        path.unlink()
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    for name, frame in tables.items():
        if "geometry_wkb" in frame.columns:
            wkb = frame["geometry_wkb"].tolist()
            geom_type = ogr.CreateGeometryFromWkb(bytes(wkb[0])).GetGeometryType() if wkb else ogr.wkbLineStringM
        elif {"lon", "lat"} <= set(frame.columns):
            geom_type, wkb = ogr.wkbPoint, point_wkb(frame["lon"].to_numpy(float), frame["lat"].to_numpy(float))
        else:
            geom_type, wkb = ogr.wkbNone, None
        layer = ds.CreateLayer(name, srs if geom_type != ogr.wkbNone else None, geom_type)
        columns = [c for c in frame.columns if c != "geometry_wkb"]
        kinds = []
        for c in columns:
            kind, sub = _field_kind(frame[c])
            fd = ogr.FieldDefn(str(c), kind)
            fd.SetSubType(sub)
            layer.CreateField(fd)
            kinds.append(kind)
        values = [_values(frame[c], k) for c, k in zip(columns, kinds)]
        defn = layer.GetLayerDefn()
        layer.StartTransaction()
        for i in range(len(frame)):
            feat = ogr.Feature(defn)
            for j, col in enumerate(values):
                if col[i] is not None:
                    feat.SetField(j, col[i])
            if wkb is not None:
                feat.SetGeometry(ogr.CreateGeometryFromWkb(bytes(wkb[i])))
            layer.CreateFeature(feat)
        layer.CommitTransaction()
    ds = None
    return path
