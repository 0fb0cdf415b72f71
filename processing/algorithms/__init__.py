"""One module per algorithm; each defines one ``TracemobAlgorithm`` subclass, found by the provider."""
