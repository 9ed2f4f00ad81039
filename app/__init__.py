"""Priloga: statutory forms of Slovenian temporary protection, offline."""

__version__ = "0.1.0"
