"""The simulator: synthetic citizens with day plans and smartphone traces on a road network, and the truth.

``simulator.simulate`` is the entry point; ``params`` (knobs, mode mixes), ``plan`` (circulation plan),
``graph`` (the network as the simulator sees it, the sample network), ``routing`` (per-mode permissions,
speeds and routes), ``population``, ``dayplans``, ``travel`` (trips and stays), ``phones`` (sampling and
noise) and ``truth`` (the tables of a ``Simulation``) are its parts."""
