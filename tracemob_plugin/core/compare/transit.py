"""Public-transport sections before and after a change (a bus lane, signal priority): the sections the riders rode
(:func:`..indicators.transit_performance.ridden_sections`) compared like street segments
(:func:`.segments.compare_segments`: medians, the participants' bootstrap ranges, flags, the privacy rule)."""
import pandas as pd

from ..indicators.transit_performance import (check_legs, passage_table, ridden_sections, route_names,
                                              section_geometries)
from ..ingest.gtfs import Feed
from .segments import compare_segments


def compare_transit_sections(legs: pd.DataFrame, vertices: pd.DataFrame, feed: Feed, change=None, before=None,
                             after=None, **kwargs) -> pd.DataFrame:
    """Run times per route x section x band before and after a change (a bus lane, a priority scheme): the ridden
    sections (:func:`..indicators.transit_performance.transit_passages`) compared by
    :func:`.segments.compare_segments` (medians, the
    participants' bootstrap ranges, flags, the privacy rule; ``kwargs`` are its options: ``bands``, ``tz``,
    ``n_boot``, ``min_users``...). Returns one row per section x band: ``route_id, route_name, mode, from_stop_id,
    from_stop_name, to_stop_id, to_stop_name, band, length_m``, the comparison's columns (``tt_before_s,
    tt_after_s, ratio, ratio_ci_low, ratio_ci_high, change_pct, ..., flag, masked``), ``speed_before_kmh``,
    ``speed_after_kmh`` and ``wkb``."""
    check_legs(legs)
    sec, pats, shapes, _, _ = ridden_sections(legs, vertices, feed)
    table = compare_segments(passage_table(sec).rename(columns={"section_id": "segment_id"}).assign(direction=""),
                             change=change, before=before, after=after,
                             name="legs", **kwargs)
    first = sec.drop_duplicates("section_id").set_index("section_id")
    length = sec.groupby("section_id")["length_m"].median()
    sid = table["segment_id"].astype(str)
    info = pd.DataFrame({"route_id": first.route_id.reindex(sid).to_numpy(),
                         "from_stop_id": first.from_stop_id.reindex(sid).to_numpy(),
                         "to_stop_id": first.to_stop_id.reindex(sid).to_numpy(),
                         "length_m": length.reindex(sid).round(1).to_numpy()})
    route_names(info, feed)
    rest = table.drop(columns=["segment_id", "direction"]).reset_index(drop=True)
    out = pd.concat([info[["route_id", "route_name", "mode", "from_stop_id", "from_stop_name", "to_stop_id",
                           "to_stop_name"]], rest[["band"]], info[["length_m"]], rest.drop(columns=["band"])], axis=1)
    for when in ("before", "after"):
        out["speed_%s_kmh" % when] = (out.length_m / out["tt_%s_s" % when] * 3.6).round(1)
    geo = pd.DataFrame({"_pattern": first.pattern.reindex(sid).to_numpy(), "_pos": first.pos.reindex(sid).to_numpy()})
    out["wkb"] = section_geometries(geo, pats, shapes, feed)
    out.attrs.update(table.attrs)
    return out
