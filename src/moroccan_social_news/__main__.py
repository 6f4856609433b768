"""``python -m moroccan_social_news``: the same command line as ``moroccan-social-news``."""

from __future__ import annotations

from ._cli import main

raise SystemExit(main())
