"""The shared vocabularies, one home each: transport modes (``modes``), column and field names
(``columns``), and times (``times``)."""
