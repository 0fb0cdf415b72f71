"""The simulator: synthetic citizens with day plans and smartphone traces on a road network, and the truth."""
