"""Typed records of meetings and agreements from Moroccan Arabic news.

The public API is this flat namespace (``import moroccan_social_news as msn``).
Names are re-exported lazily from private modules so that ``import
moroccan_social_news`` stays light: pyarabic, pandas, pyarrow and dask are only
imported by the functions that need them.

>>> import moroccan_social_news as msn
>>> msn.article_ids()
('000_f74c56cb0e906b4f',)
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._version import __version__

if TYPE_CHECKING:
    from ._article import Article
    from ._data import ManifestEntry, article_ids, load_article, load_articles, manifest
    from ._errors import (
        CorpusFormatError,
        DataIntegrityError,
        EmptyInputError,
        InputDecodeError,
        InputNotFoundError,
        MoroccanSocialNewsError,
        RecordValidationError,
        UnknownArticleError,
        UnknownNameError,
        UnsafePathError,
    )
    from ._readers import decode_text, read_articles
    from ._values import AmountQualifier, MonetaryAmount, Span, Weekday, YearRange, resolve_weekday

# Public name -> private module that defines it. One table, so __all__, __getattr__
# and __dir__ cannot drift apart.
_EXPORTS: dict[str, str] = {
    "AmountQualifier": "._values",
    "Article": "._article",
    "CorpusFormatError": "._errors",
    "DataIntegrityError": "._errors",
    "EmptyInputError": "._errors",
    "InputDecodeError": "._errors",
    "InputNotFoundError": "._errors",
    "ManifestEntry": "._data",
    "MoroccanSocialNewsError": "._errors",
    "RecordValidationError": "._errors",
    "UnknownArticleError": "._errors",
    "UnknownNameError": "._errors",
    "UnsafePathError": "._errors",
    "MonetaryAmount": "._values",
    "Span": "._values",
    "Weekday": "._values",
    "YearRange": "._values",
    "article_ids": "._data",
    "decode_text": "._readers",
    "load_article": "._data",
    "load_articles": "._data",
    "manifest": "._data",
    "read_articles": "._readers",
    "resolve_weekday": "._values",
}

__all__ = [
    "AmountQualifier",
    "Article",
    "CorpusFormatError",
    "DataIntegrityError",
    "EmptyInputError",
    "InputDecodeError",
    "InputNotFoundError",
    "ManifestEntry",
    "MonetaryAmount",
    "MoroccanSocialNewsError",
    "RecordValidationError",
    "Span",
    "UnknownArticleError",
    "UnknownNameError",
    "UnsafePathError",
    "Weekday",
    "YearRange",
    "__version__",
    "article_ids",
    "decode_text",
    "load_article",
    "load_articles",
    "manifest",
    "read_articles",
    "resolve_weekday",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value  # later lookups skip __getattr__
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
