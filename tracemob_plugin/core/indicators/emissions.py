"""Emission factors and CO2e per leg.

The default factor table is ``resources/emission_factors/ademe_impact_co2_<version>.csv`` (ADEME
Impact CO2 / Base Empreinte, g CO2e per passenger-km, see the README next to it). Planners may load
their own table in the same CSV format. Each factor row gives a *usage* part and a *construction*
part; the user picks the scope:

- ``"usage"``: fuel or electricity production and combustion (+ contrails for planes);
- ``"usage+construction"``: the above + vehicle manufacturing, maintenance and end of life.

Rows with ``unit=vkm`` are per vehicle-km: a car leg gets ``factor * km / car_occupancy``, a leg
labelled as carpooling gets ``factor * km / carpool_occupancy``, other vehicle-km rows (motorcycle)
are divided by their own ``occupancy`` column (1 when blank).
"""
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Dict, Optional, Union

import numpy as np
import pandas as pd

from ..errors import Cancelled, InputError
from ..i18n import tr
from ..tables import read_commented_csv
from ..vocab.modes import CARPOOL_LABELS, LABEL_COLUMNS, MODES

#: ``unknown`` never has a factor; ``wait`` (at a public-transport stop) is no travel: never a factor, always 0.
FACTOR_MODES = tuple(m for m in MODES if m not in ("wait", "unknown"))

DEFAULT_CAR_OCCUPANCY = 1.4
DEFAULT_CARPOOL_OCCUPANCY = 2.0
SCOPES = ("usage", "usage+construction")

RESOURCES = Path(__file__).resolve().parents[3] / "resources" / "emission_factors"
DEFAULT_FACTOR_TABLE = RESOURCES / "ademe_impact_co2_2025-10.csv"

REQUIRED_COLUMNS = ("mode", "usage_g_per_km")
NUMERIC_COLUMNS = ("usage_g_per_km", "construction_g_per_km", "min_km", "max_km", "occupancy")


@dataclass
class FactorTable:
    """A validated factor table.

    ``rows`` has one row per CSV data line: ``line`` (1-based line number in the file), ``mode``,
    ``variant``, ``unit`` (pkm/vkm), ``usage_g_per_km``, ``construction_g_per_km``, ``min_km``,
    ``max_km`` (NaN = open), ``occupancy`` (NaN = 1), ``active`` (bool), ``base_empreinte_id``,
    ``source_url``, ``note``. ``metadata`` holds the ``# key: value`` lines of the file header.
    """

    rows: pd.DataFrame
    file: str = ""
    metadata: Dict[str, str] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return self.metadata.get("name") or Path(self.file).stem or "factors"

    @property
    def version(self) -> str:
        return self.metadata.get("version", "")

    @property
    def published(self) -> str:
        return self.metadata.get("published", "")

    @property
    def label(self) -> str:
        """``name version (published)``, e.g. ``ADEME Impact CO2 ... 2025-10 (2025-10-16)``."""
        out = self.name
        if self.version:
            out += " " + self.version
        if self.published:
            out += " (" + self.published + ")"
        return out

    @property
    def active(self) -> pd.DataFrame:
        return self.rows[self.rows["active"]]

    def factor(self, mode: str, distance_km: float = 0.0, scope: str = "usage") -> float:
        """The factor (g per km, in the row's unit) that applies to one leg; NaN when none."""
        act = self.active
        sel = act[(act["mode"] == mode) & ~(act["min_km"] > distance_km) & ~(act["max_km"] <= distance_km)]
        if sel.empty:
            return float("nan")
        row = sel.iloc[0]
        value = row["usage_g_per_km"]
        if scope == "usage+construction":
            value += row["construction_g_per_km"]
        return float(value)


def _number(text: str, file: str, line: int, column: str) -> float:
    text = (text or "").strip().replace(",", ".") if text is not None else ""
    if text == "":
        return float("nan")
    try:
        value = float(text)
    except ValueError:
        raise InputError(tr("'{value}' is not a number").format(value=text), file=file, row=line,
                         field=column, hint=tr("Write a decimal number such as 12.5, or leave it blank."))
    if math.isnan(value) or math.isinf(value):
        raise InputError(tr("'{value}' is not a finite number").format(value=text), file=file, row=line,
                         field=column)
    if value < 0:
        raise InputError(tr("negative value {value}").format(value=text), file=file, row=line, field=column,
                         hint=tr("Emission factors, distances and occupancies cannot be negative."))
    return value


def parse_factor_table(text: str, file: str = "factors.csv") -> FactorTable:
    """Parse and validate the text of a factor CSV (see resources/emission_factors/README.md).

    Raises :class:`InputError` naming ``file``, the line number (``row``) and the column
    (``field``) of the first problem: unknown mode, unknown unit, negative or non-numeric value,
    missing column, overlapping distance ranges of one mode, zero occupancy.
    """
    metadata, header, header_line, rows = read_commented_csv(
        text, file, tr("the factor table has no header line"),
        tr("The first line after the '#' comments must name the columns: mode,usage_g_per_km,..."))
    for col in REQUIRED_COLUMNS:
        if col not in header:
            raise InputError(tr("missing column '{column}'").format(column=col), file=file, row=header_line,
                             field=col, hint=tr("A factor table needs at least the columns mode and usage_g_per_km."))
    records = []
    for line, rec in rows:
        mode = rec.get("mode", "").lower()
        if mode not in FACTOR_MODES:
            raise InputError(tr("unknown mode '{mode}'").format(mode=rec.get("mode", "")), file=file, row=line,
                             field="mode", hint=tr("Use one of: {modes}.").format(modes=", ".join(FACTOR_MODES)))
        unit = (rec.get("unit") or "pkm").lower()
        if unit not in ("pkm", "vkm"):
            raise InputError(tr("unknown unit '{unit}'").format(unit=rec.get("unit")), file=file, row=line,
                             field="unit", hint=tr("Use pkm (per passenger-km) or vkm (per vehicle-km)."))
        out = {"line": line, "mode": mode, "variant": rec.get("variant", ""), "unit": unit}
        for col in NUMERIC_COLUMNS:
            out[col] = _number(rec.get(col, ""), file, line, col)
        if math.isnan(out["usage_g_per_km"]):
            raise InputError(tr("the usage factor is empty"), file=file, row=line, field="usage_g_per_km")
        if math.isnan(out["construction_g_per_km"]):
            out["construction_g_per_km"] = 0.0
        if out["occupancy"] == 0:
            raise InputError(tr("occupancy cannot be 0"), file=file, row=line, field="occupancy",
                             hint=tr("Leave it blank for 1 person."))
        if not math.isnan(out["min_km"]) and not math.isnan(out["max_km"]) and out["max_km"] <= out["min_km"]:
            raise InputError(tr("max_km must be larger than min_km"), file=file, row=line, field="max_km")
        active = (rec.get("active") or "1").lower()
        if active not in ("1", "0", "true", "false", "yes", "no"):
            raise InputError(tr("'{value}' is not 1 or 0").format(value=rec.get("active")), file=file, row=line,
                             field="active")
        out["active"] = active in ("1", "true", "yes")
        for col in ("base_empreinte_id", "impactco2_slug", "source_url", "note"):
            out[col] = rec.get(col, "")
        records.append(out)
    if not records:
        raise InputError(tr("the factor table has no rows"), file=file)
    rows = pd.DataFrame.from_records(records)
    _check_ranges(rows, file)
    return FactorTable(rows=rows, file=file, metadata=metadata)


def _check_ranges(rows: pd.DataFrame, file: str) -> None:
    act = rows[rows["active"]]
    for mode, grp in act.groupby("mode", sort=False):
        lo = grp["min_km"].fillna(-np.inf).to_numpy()
        hi = grp["max_km"].fillna(np.inf).to_numpy()
        order = np.argsort(lo, kind="stable")
        lo, hi, lines = lo[order], hi[order], grp["line"].to_numpy()[order]
        bad = np.nonzero(lo[1:] < hi[:-1])[0]
        if len(bad):
            raise InputError(tr("the distance range of this active '{mode}' row overlaps the row on line {other}")
                             .format(mode=mode, other=int(lines[bad[0]])), file=file,
                             row=int(lines[bad[0] + 1]), field="min_km",
                             hint=tr("Set active=0 on the rows you do not use, or give them separate min_km/max_km."))


def load_factor_table(path: Optional[Union[str, Path]] = None) -> FactorTable:
    """Load and validate a factor CSV; ``None`` loads the shipped ADEME table."""
    path = Path(path) if path else DEFAULT_FACTOR_TABLE
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InputError(tr("file not found"), file=str(path))
    except UnicodeDecodeError:
        raise InputError(tr("the factor table is not UTF-8 text"), file=path.name,
                         hint=tr("Save the CSV as UTF-8."))
    table = parse_factor_table(text, file=path.name)
    table.file = str(path)
    return table


def _label_key(values: pd.Series) -> pd.Series:
    """``'Shared ride'`` -> ``'shared_ride'`` (the key form of the mode vocabulary's label map);
    NULL -> ``<NA>``. Each distinct value is normalised once."""
    codes, uniques = pd.factorize(values, use_na_sentinel=True)
    keys = (pd.Series(uniques, dtype=object).astype("string").str.strip().str.lower()
            .str.replace(r"[\s\-/]+", "_", regex=True))
    keys = pd.concat([keys, pd.Series([pd.NA], dtype="string")], ignore_index=True)
    return pd.Series(keys.to_numpy()[np.where(codes < 0, len(uniques), codes)], index=values.index, dtype="string")


def _carpool_mask(legs: pd.DataFrame, mode: pd.Series, label_columns=LABEL_COLUMNS) -> np.ndarray:
    mask = _label_key(mode).isin(CARPOOL_LABELS).fillna(False).to_numpy(bool)
    for col in label_columns:
        if col in legs.columns:
            mask |= _label_key(legs[col]).isin(CARPOOL_LABELS).fillna(False).to_numpy(bool)
    return mask


def _source_text(table: FactorTable, row: pd.Series, scope: str, occupancy: Optional[float]) -> str:
    ref = row["variant"] or row["mode"]
    if row["base_empreinte_id"]:
        ref += " [Base Empreinte " + str(row["base_empreinte_id"]) + "]"
    text = "{table}: {ref}, {scope}".format(table=table.label, ref=ref, scope=scope)
    if occupancy is not None:
        text += ", " + tr("occupancy {occupancy:g}").format(occupancy=occupancy)
    return text


def compute_emissions(legs: pd.DataFrame, factors: Optional[FactorTable] = None, scope: str = "usage",
                      car_occupancy: float = DEFAULT_CAR_OCCUPANCY,
                      carpool_occupancy: float = DEFAULT_CARPOOL_OCCUPANCY,
                      source_name: str = "legs", label_field: Optional[str] = None,
                      progress: Optional[Callable[[float], None]] = None,
                      is_cancelled: Optional[Callable[[], bool]] = None) -> pd.DataFrame:
    """CO2e of each leg: a copy of ``legs`` with ``co2e_g`` (float, NaN when no factor applies)
    and ``factor_source`` (str, "" when none: unknown mode, missing distance).

    ``legs`` needs ``mode`` and ``distance_m``. The factor row is the active row of the leg's
    mode whose ``[min_km, max_km)`` range holds the leg distance. Carpool legs (``mode`` or one of
    ``mode_label``/``mode_confirm``/``label`` in :data:`CARPOOL_LABELS`) use the car factor divided
    by ``carpool_occupancy``; other car legs are divided by ``car_occupancy``. ``label_field``
    names one more column holding user labels (e.g. the raw OpenPATH ``mode_confirm``).
    """
    if factors is None:
        factors = load_factor_table()
    if scope not in SCOPES:
        raise InputError(tr("unknown scope '{scope}'").format(scope=scope), field="scope",
                         hint=tr("Use usage or usage+construction."))
    for name, value in (("car_occupancy", car_occupancy), ("carpool_occupancy", carpool_occupancy)):
        if not (value is not None and np.isfinite(value) and value > 0):
            raise InputError(tr("the occupancy must be a positive number, not {value}").format(value=value),
                             field=name, hint=tr("The average car occupancy in France is about 1.4."))
    needed = ("mode", "distance_m") + ((label_field,) if label_field else ())
    for col in needed:
        if col not in legs.columns:
            raise InputError(tr("the legs have no '{column}' field").format(column=col), file=source_name,
                             field=col, hint=tr("Run the mode inference first; the legs layer needs the fields mode and distance_m."))
    out = legs.copy()
    mode = _label_key(out["mode"]).fillna("unknown")
    carpool = _carpool_mask(out, mode, LABEL_COLUMNS + ((label_field,) if label_field else ()))
    mode = mode.where(~pd.Series(carpool, index=mode.index), "car")
    mode_arr = mode.to_numpy(dtype=object)
    km = pd.to_numeric(out["distance_m"], errors="coerce").to_numpy(float) / 1000.0
    valid_km = np.isfinite(km) & (km >= 0)
    co2 = np.full(len(out), np.nan)
    source = np.full(len(out), "", dtype=object)
    act = factors.active
    for i, (_, row) in enumerate(act.iterrows()):
        if is_cancelled is not None and is_cancelled():
            raise Cancelled(tr("Emission computation cancelled"))
        sel = (mode_arr == row["mode"]) & valid_km
        if not np.isnan(row["min_km"]):
            sel &= km >= row["min_km"]
        if not np.isnan(row["max_km"]):
            sel &= km < row["max_km"]
        value = row["usage_g_per_km"] + (row["construction_g_per_km"] if scope == "usage+construction" else 0.0)
        if row["unit"] == "vkm":
            if row["mode"] == "car":
                groups = ((sel & ~carpool, car_occupancy), (sel & carpool, carpool_occupancy))
            else:
                occ = 1.0 if np.isnan(row["occupancy"]) else float(row["occupancy"])
                groups = ((sel, occ),)
            for mask, occ in groups:
                co2[mask] = value * km[mask] / occ
                source[mask] = _source_text(factors, row, scope, occ)
        else:
            co2[sel] = value * km[sel]
            source[sel] = _source_text(factors, row, scope, None)
        if progress is not None:
            progress((i + 1) / len(act))
    wait = mode_arr == "wait"   # waiting at a stop: no travel, no emissions
    co2[wait] = 0.0
    source[wait] = tr("wait at a stop: no travel")
    out["co2e_g"] = co2
    out["factor_source"] = source
    return out
