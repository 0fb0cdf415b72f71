"""Privacy: the rules every published number follows (``rules``: minimum participants, keyed pseudonyms,
rounding, grids) and the shareable export built with them (``export``)."""
