"""The public namespace: complete, lazy and light."""

from __future__ import annotations

import subprocess
import sys

import pytest

import moroccan_social_news as msn


def test_all_matches_the_export_table() -> None:
    assert sorted(msn.__all__) == sorted([*msn._EXPORTS, "__version__"])
    for name in msn.__all__:
        assert getattr(msn, name) is not None
    assert set(msn.__all__) <= set(dir(msn))


def test_unknown_attribute_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no_such_thing"):
        msn.no_such_thing  # noqa: B018  # the lookup is the test


def test_every_public_callable_has_a_docstring() -> None:
    for name in msn.__all__:
        obj = getattr(msn, name)
        if callable(obj):
            assert obj.__doc__, f"{name} has no docstring"


def test_import_is_light() -> None:
    heavy = ["pyarabic", "pandas", "pyarrow", "dask", "cattrs", "jsonschema"]
    code = (
        "import sys, moroccan_social_news as m; m.load_article(m.article_ids()[0]); "
        f"print([n for n in {heavy!r} if n in sys.modules])"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_version_is_pep440() -> None:
    from packaging.version import Version

    assert str(Version(msn.__version__)) == msn.__version__
