"""Trace readers (one module per format); :mod:`tracemob_plugin.core.io` is the public facade."""
