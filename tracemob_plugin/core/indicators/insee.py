"""INSEE census tables as published, turned into the population margins of :mod:`.weighting`.

The layout read is that of INSEE's base tables "Évolution et structure de la population" of the
population census (recensement de la population), as downloaded from insee.fr in CSV (``;``-separated):

* by commune (``base-cc-evol-struct-pop-20YY``): one row per commune, its code in ``CODGEO``;
* by IRIS (``base-ic-evol-struct-pop-20YY``): one row per IRIS, its code in ``IRIS`` and its commune's
  in ``COM``;

and, in both, the population by sex and age band in the columns ``PYY_H<band>`` (men, hommes) and
``PYY_F<band>`` (women, femmes), ``YY`` the census year (``P21_H1529``: men aged 15 to 29 in 2021).
The bands read are ``0014, 1529, 3044, 4559, 6074`` and ``75P`` (or ``7589`` and ``90P``, which are
added into 75+). The other columns (``P21_POP``, the overlapping bands ``0019, 2064, 65P``, the
``C21_`` socio-professional counts...) are not used. INSEE's counts have decimals (they are estimates):
they are kept as they are; a decimal comma is read too.

Margins produced (the names the participants table must use):

* ``age_band``: ``0-14, 15-29, 30-44, 45-59, 60-74, 75+``;
* ``sex``: ``F`` (femmes), ``H`` (hommes);
* ``home_commune`` (commune code, e.g. ``69123``) when the participants table has that field, else
  ``home_iris`` (IRIS code) with an IRIS table and a ``home_iris`` field. The rows are then those of the
  participants' communes (IRIS), and every margin is summed over them; without a home field, over every
  row of the table (give the study's communes only).
"""
import re
from typing import Iterable, Optional

import numpy as np
import pandas as pd

from ..errors import InputError
from ..i18n import tr

#: INSEE age band of a column -> the age_band category; 7589 and 90P both go to 75+.
AGE_BANDS = {"0014": "0-14", "1529": "15-29", "3044": "30-44", "4559": "45-59", "6074": "60-74", "75P": "75+",
             "7589": "75+", "90P": "75+"}
#: The bands that cover every age once (either 75P, or 7589 and 90P).
PARTITIONS = (("0014", "1529", "3044", "4559", "6074", "75P"),
              ("0014", "1529", "3044", "4559", "6074", "7589", "90P"))
SEXES = {"H": "H", "F": "F"}
_COLUMN = re.compile(r"^P(\d\d)_([HF])(\d{4}|\d\dP)$")


def is_insee_table(columns: Iterable[str]) -> bool:
    """Whether a table's header is that of an INSEE 'Évolution et structure de la population' base table:
    a ``CODGEO`` or ``IRIS`` column and ``PYY_H...`` / ``PYY_F...`` columns."""
    cols = {str(c).strip().upper() for c in columns}
    return bool(cols & {"CODGEO", "IRIS"}) and any(_COLUMN.match(c) for c in cols)


def _numbers(values: pd.Series, file: str, column: str) -> np.ndarray:
    text = values.astype(str).str.strip().str.replace("\u00a0", "", regex=False).str.replace(",", ".", regex=False)
    out = pd.to_numeric(text, errors="coerce").to_numpy(float)
    bad = ~np.isfinite(out) | (out < 0)
    if bad.any():
        row = int(np.flatnonzero(bad)[0])
        raise InputError(tr("'{value}' is not a population count").format(value=values.iloc[row]), file=file,
                         row=row + 2, field=column, hint=tr("INSEE population columns hold numbers of 0 or more."))
    return out


def _band_columns(cols, file):
    """``(year, {sex: [(band, column)]})`` of the sex x age columns, one partition of the ages per sex."""
    found = {}
    for c in cols:
        m = _COLUMN.match(c)
        if m:
            found.setdefault(m.group(1), {}).setdefault(m.group(2), {})[m.group(3)] = c
    year = max(found)     # a table of several censuses (rare): the latest
    out = {}
    for sex in ("H", "F"):
        have = found[year].get(sex, {})
        part = next((p for p in PARTITIONS if all(b in have for b in p)), None)
        if part is None:
            missing = [b for b in PARTITIONS[0] if b not in have]
            raise InputError(tr("the age bands of the census table do not cover every age: the column '{col}' is "
                                "missing").format(col="P{y}_{s}{b}".format(y=year, s=sex, b=missing[0])), file=file,
                             field="P{y}_{s}{b}".format(y=year, s=sex, b=missing[0]),
                             hint=tr("Give INSEE's 'Évolution et structure de la population' table with the "
                                     "columns PYY_H0014 to PYY_H75P and PYY_F0014 to PYY_F75P."))
        out[sex] = [(b, have[b]) for b in part]
    return year, out


def margins_from_insee(table: pd.DataFrame, name: str = "census table",
                       participants: Optional[pd.DataFrame] = None):
    """``(margins, info)``: ``{variable: {category: population}}`` (``age_band``, ``sex`` and ``home_commune``
    or ``home_iris``) of an INSEE 'Évolution et structure de la population' table as published (see the
    module doc), and ``{"year", "rows"}`` (the census year and the number of rows used).

    ``participants``: the participants table; when it has a ``home_commune`` field (``home_iris`` for an
    IRIS table), the rows are those of the participants' communes and a margin per commune is added. A
    participant's commune absent from the table raises, naming it.
    """
    df = table.rename(columns=lambda c: str(c).strip().upper())
    if not is_insee_table(df.columns):
        raise InputError(tr("this is not an INSEE 'Évolution et structure de la population' table (no CODGEO or "
                            "IRIS column, or no PYY_H/PYY_F columns)"), file=name)
    year, bands = _band_columns(df.columns, name)
    iris = "IRIS" in df.columns
    code_col, home = ("IRIS", "home_iris") if iris else ("CODGEO", "home_commune")
    codes = df[code_col].astype(str).str.strip()
    wanted = []
    if participants is not None and home in participants.columns:
        wanted = participants[home].dropna().astype(str).str.strip()
        wanted = sorted(set(wanted[wanted != ""]))
    if wanted:      # an empty home field: as without one
        absent = [c for c in wanted if c not in set(codes)]
        if absent:
            raise InputError(tr("the participants' {field} '{code}' is not in the census table").format(
                field=home, code=absent[0]), file=name, field=code_col,
                hint=tr("Give the census table of every commune (IRIS) where participants live, with the codes "
                        "written as INSEE writes them (5 characters for a commune, 9 for an IRIS)."))
        keep = codes.isin(wanted).to_numpy()
    else:
        home, keep = None, np.ones(len(df), dtype=bool)
    rows = df[keep]
    per_row = np.zeros(int(keep.sum()))
    ages, sexes = {}, {}
    for sex, cols in bands.items():
        for band, col in cols:
            values = _numbers(rows[col], name, col)
            per_row += values
            label = AGE_BANDS[band]
            ages[label] = ages.get(label, 0.0) + float(values.sum())
            sexes[SEXES[sex]] = sexes.get(SEXES[sex], 0.0) + float(values.sum())
    margins = {"age_band": ages, "sex": dict(sorted(sexes.items()))}
    if home is not None:
        margins[home] = dict(zip(codes[keep], per_row.tolist()))
    return margins, {"year": "20" + year, "rows": int(keep.sum())}


def describe(margins: dict, info: dict) -> str:
    """A line on what was read: census year, rows used and variables."""
    return tr("INSEE census {year}: {rows} row(s) used; margins {variables}.").format(
        year=info["year"], rows=info["rows"], variables=", ".join(margins))
