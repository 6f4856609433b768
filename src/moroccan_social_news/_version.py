"""The single place the package version is written (read by hatch at build time)."""

from __future__ import annotations

__version__ = "0.1.0.dev0"
