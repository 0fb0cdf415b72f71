"""Before/after comparison of a circulation plan: the entry point ``beforeafter.before_after`` runs the
comparisons of its own modules (periods, areas, participant bootstrap, segments, modal share, rerouting,
difference-in-differences); ``report`` writes the one-page HTML summary."""
