"""Before/after comparison of a circulation plan: periods, areas, participant bootstrap, segments, modal share,
rerouting, difference-in-differences (``beforeafter``) and the one-page HTML summary (``report``)."""
