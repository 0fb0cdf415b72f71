"""A small GTFS feed built in code, with its truth: two routes (bus B42, tram T1) along a straight street
of Paris, a weekday service with a holiday removed and a Sunday service added that day, a trip past
midnight, a non-timepoint stop with blank times. Also the feed of a generated ride (``ride_feed``) and a ride
along a real trip of a feed (``ride_of_trip``). Used by tests/unit/test_gtfs.py, test_timetable.py, the QGIS
tests and bench/bench_gtfs.py."""
import zipfile
from pathlib import Path

import numpy as np
import pandas as pd

LAT0, LON0 = 48.8500, 2.3500
#: stops every 400 m eastwards (about 0.00546 degrees of longitude at this latitude)
STOP_STEP_DEG = 0.00546
N_STOPS = 6

AGENCY = "agency_id,agency_name,agency_url,agency_timezone\nRATP,Régie test,https://example.org,Europe/Paris\n"
ROUTES = ('route_id,agency_id,route_short_name,route_long_name,route_type,route_color\n'
          'B42,RATP,42,"Gare, Nord - Porte, Sud",3,FF0000\n'
          'T1,RATP,T1,Tramway 1,0,00FF00\n')
CALENDAR = ("service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\n"
            "WK,1,1,1,1,1,0,0,20240101,20241231\n"
            "SU,0,0,0,0,0,0,1,20240101,20241231\n")
# 2024-05-01 (Wednesday, May Day): weekday service removed, Sunday service added
CALENDAR_DATES = "service_id,date,exception_type\nWK,20240501,2\nSU,20240501,1\n"
TRIPS = ("route_id,service_id,trip_id,trip_headsign,direction_id,shape_id,wheelchair_accessible\n"
         "B42,WK,B42_0800,Porte Sud,0,SH_B42,1\n"
         "B42,WK,B42_2400,Porte Sud,0,SH_B42,1\n"
         "B42,SU,B42_SU_0900,Porte Sud,0,SH_B42,\n"
         "T1,WK,T1_0805,Est,0,,\n")


def stop_xy(i):
    return LAT0, LON0 + i * STOP_STEP_DEG


def stops_text():
    rows = ["stop_id,stop_code,stop_name,stop_lat,stop_lon,location_type,parent_station,platform_code"]
    rows.append('STA,,"Station, centrale",%.6f,%.6f,1,,' % stop_xy(0))
    for i in range(N_STOPS):
        lat, lon = stop_xy(i)
        rows.append('S%d,%d,"Arrêt %d",%.6f,%.6f,0,%s,' % (i, 100 + i, i, lat, lon, "STA" if i == 0 else ""))
    return "\n".join(rows) + "\n"


def _hms(s):
    return "%02d:%02d:%02d" % (s // 3600, s % 3600 // 60, s % 60)


#: (trip_id, first departure in seconds of the service day); every trip calls at the N_STOPS stops,
#: 60 s between stops, dwelling 20 s at each stop in between
TRIP_STARTS = (("B42_0800", 8 * 3600), ("B42_2400", 24 * 3600 + 30 * 60), ("B42_SU_0900", 9 * 3600),
               ("T1_0805", 8 * 3600 + 5 * 60))
RUN_S, DWELL_S = 60, 20
BLANK = ("B42_0800", 3)  # non-timepoint stop: blank times, interpolated


def schedule(start):
    """[(arrival_s, departure_s)] of a trip starting at ``start``."""
    out, t = [], start
    for i in range(N_STOPS):
        arr = t
        dep = arr if i in (0, N_STOPS - 1) else arr + DWELL_S
        out.append((arr, dep))
        t = dep + RUN_S
    return out


def stop_times_text():
    rows = ["trip_id,arrival_time,departure_time,stop_id,stop_sequence,pickup_type,timepoint"]
    for trip, start in TRIP_STARTS:
        for i, (arr, dep) in enumerate(schedule(start)):
            if (trip, i) == BLANK:
                rows.append("%s,,,S%d,%d,0,0" % (trip, i, 10 * (i + 1)))
            else:
                rows.append("%s,%s,%s,S%d,%d,0,1" % (trip, _hms(arr), _hms(dep), i, 10 * (i + 1)))
    return "\n".join(rows) + "\n"


def shapes_text():
    rows = ["shape_id,shape_pt_lat,shape_pt_lon,shape_pt_sequence"]
    for k in range(2 * (N_STOPS - 1) + 1):  # a vertex every half stop spacing
        rows.append("SH_B42,%.6f,%.6f,%d" % (LAT0, LON0 + k * STOP_STEP_DEG / 2, k + 1))
    return "\n".join(rows) + "\n"


def feed_files():
    return {"agency.txt": AGENCY, "stops.txt": stops_text(), "routes.txt": ROUTES, "trips.txt": TRIPS,
            "stop_times.txt": stop_times_text(), "calendar.txt": CALENDAR, "calendar_dates.txt": CALENDAR_DATES,
            "shapes.txt": shapes_text()}


def write_feed(folder, overrides=None, bom=False, crlf=False, base=True):
    """Write the feed's files into ``folder`` (created); ``overrides`` {file: text, or None to leave it out};
    ``base=False``: only the files of ``overrides``."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    files = feed_files() if base else {}
    files.update(overrides or {})
    for name, text in files.items():
        if text is None:
            continue
        data = text.replace("\n", "\r\n") if crlf else text
        (folder / name).write_bytes((b"\xef\xbb\xbf" if bom else b"") + data.encode("utf-8"))
    return folder


def zip_folder(folder, zip_path, prefix=""):
    with zipfile.ZipFile(zip_path, "w", zipfile.ZIP_DEFLATED) as z:
        for p in sorted(Path(folder).iterdir()):
            z.write(p, prefix + p.name)
    return Path(zip_path)


# ---------------------------------------------------------------------------------------- a ride's feed
#: 2024-03-12 07:00 UTC, a Tuesday, 08:00 in Paris
RIDE_T0 = 1_710_226_800.0


def stop_passages(verts, stops):
    """Epoch second at which the ride (vertices lon, lat, time_s) came closest to each stop."""
    k = np.cos(np.radians(float(verts.lat.mean())))
    dx = (verts.lon.to_numpy()[None, :] - stops.lon.to_numpy()[:, None]) * k
    dy = verts.lat.to_numpy()[None, :] - stops.lat.to_numpy()[:, None]
    return verts.time_s.to_numpy()[np.argmin(dx * dx + dy * dy, axis=1)]


def ride_feed(folder, verts, stops, line, route_type=3, short_name="42", shift_s=60.0, tz="Europe/Paris",
              shapes=True):
    """A one-route feed whose trip calls at ``stops`` when the ride passed them, ``shift_s`` later (the bus
    was early by that much); a second route of another mode (tram T9) runs the same stops 40 min later.
    Service every day of 2024; times written in ``tz``."""
    folder = Path(folder)
    passed = stop_passages(verts, stops) + shift_s
    day0 = pd.Timestamp(pd.to_datetime(RIDE_T0, unit="s", utc=True).tz_convert(tz).date()).tz_localize(tz)
    secs = passed - day0.timestamp()
    stops_rows = ["stop_id,stop_name,stop_lat,stop_lon"] + [
        "P%d,Stop %d,%.7f,%.7f" % (i, i, la, lo) for i, (lo, la) in enumerate(zip(stops.lon, stops.lat))]
    st_rows = ["trip_id,arrival_time,departure_time,stop_id,stop_sequence"]
    for trip, offset in (("RIDE", 0.0), ("DECOY", 2400.0)):
        for i, s in enumerate(secs + offset):
            s = int(round(s))
            st_rows.append("%s,%s,%s,P%d,%d" % (trip, _hms(s), _hms(s + 20), i, i + 1))
    shape_rows = ["shape_id,shape_pt_lat,shape_pt_lon,shape_pt_sequence"] + [
        "L,%.7f,%.7f,%d" % (la, lo, i + 1) for i, (lo, la) in enumerate(zip(line.lon, line.lat))]
    files = {
        "agency.txt": "agency_name,agency_url,agency_timezone\nTest,https://example.org,%s\n" % tz,
        "stops.txt": "\n".join(stops_rows) + "\n",
        "routes.txt": "route_id,route_short_name,route_long_name,route_type\nR,%s,Ride route,%d\n"
                      "D,T9,Decoy,0\n" % (short_name, route_type),
        "trips.txt": "route_id,service_id,trip_id,shape_id\nR,ALL,RIDE,%s\nD,ALL,DECOY,%s\n" % (
            ("L", "L") if shapes else ("", "")),
        "stop_times.txt": "\n".join(st_rows) + "\n",
        "calendar.txt": "service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,"
                        "end_date\nALL,1,1,1,1,1,1,1,20240101,20241231\n",
        "shapes.txt": "\n".join(shape_rows) + "\n" if shapes else None,
    }
    return write_feed(folder, files, base=False)


def ride_of_trip(feed, trip_id, day, tz, step_s=5.0, seed=0):
    """A ride following a real trip of ``feed`` on local date ``day``: at each stop from its scheduled
    arrival to its departure (+ 20 s), straight between stops at the scheduled pace; 5 m noise."""
    st = feed.stop_times[feed.stop_times.trip_id == trip_id]
    xy = feed.stops.set_index("stop_id").loc[st.stop_id, ["lon", "lat"]].to_numpy()
    arr = st.arrival_s.to_numpy(float)
    dep = np.maximum(st.departure_s.to_numpy(float), arr + 20.0)
    dep[-1] = arr[-1]
    knots_t = np.ravel(np.column_stack([arr, dep]))
    knots_x = np.repeat(xy[:, 0], 2)
    knots_y = np.repeat(xy[:, 1], 2)
    order = np.argsort(knots_t, kind="mergesort")
    t = np.arange(knots_t[0], knots_t[-1] + 1, step_s)
    rng = np.random.default_rng(seed)
    lon = np.interp(t, knots_t[order], knots_x[order]) + rng.normal(0, 5 / 107_000.0, len(t))
    lat = np.interp(t, knots_t[order], knots_y[order]) + rng.normal(0, 5 / 111_195.0, len(t))
    day0 = pd.Timestamp(day).tz_localize(tz)  # local midnight (no daylight saving in Queensland)
    return pd.DataFrame({"leg_id": trip_id, "lon": lon, "lat": lat,
                         "time": pd.to_datetime(day0.timestamp() + t, unit="s", utc=True)})
