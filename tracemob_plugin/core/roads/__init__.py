"""Roads: the noded network and its shortest paths (``network``), map matching of legs to it (``mapmatching``),
travel times per segment, direction and time band (``traveltimes``) and their charts."""
