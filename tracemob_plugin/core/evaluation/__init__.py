"""Scoring against ground truth (used by bench/ and the tests): reading e-mission ground-truth days and
matching trips on temporal IoU (``scoring``), and legs cut from labelled intervals (``labelled``)."""
