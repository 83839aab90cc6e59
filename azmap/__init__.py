"""azmap: a desktop, map-based explorer of Azerbaijan's geopolitical setting."""

__version__ = "0.1.0"
