"""Indicators from trips and legs: emissions, modal share and CO2 report (``modal_share``), charts, trip purposes,
OD flows and the FMD attestations."""
