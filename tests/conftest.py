"""Shared fixtures and hypothesis profiles.

Profiles: ``ci`` (bounded, derandomised: the default when ``CI`` is set), ``dev``
(the default locally) and ``fuzz`` (long runs, selected with
``HYPOTHESIS_PROFILE=fuzz``).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    max_examples=60,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("dev", max_examples=150, deadline=None)
settings.register_profile("fuzz", max_examples=20_000, deadline=None)
settings.load_profile(
    os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev")
)

ROOT = Path(__file__).resolve().parents[1]
SEED_ID = "000_f74c56cb0e906b4f"


@pytest.fixture
def seed_bytes() -> bytes:
    """The seed article's bytes as committed in the repository's ``seeds/``."""
    return (ROOT / "seeds" / f"{SEED_ID}.txt").read_bytes()
