"""Points -> stays, trips and legs (``segmentation``), and trips rebuilt from legs (``rebuild``)."""
