"""The package's exceptions: one root, each subclass also a matching builtin.

Catch :class:`MoroccanSocialNewsError` to handle anything this library raises on
purpose; catch the builtin (``KeyError``, ``ValueError``, ``FileNotFoundError``)
where that is the natural contract. Every message says what was wrong, where
(file, line, byte offset when known) and what would have been valid.
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = [
    "ArgumentTypeError",
    "CorpusFormatError",
    "DataIntegrityError",
    "DuplicateStepError",
    "EmptyInputError",
    "InputDecodeError",
    "InputNotFoundError",
    "InvalidValueError",
    "MissingDependencyError",
    "MoroccanSocialNewsError",
    "RecordValidationError",
    "UnknownArticleError",
    "UnknownNameError",
    "UnknownPresetError",
    "UnknownRegionError",
    "UnknownStepError",
    "UnsafePathError",
]


class MoroccanSocialNewsError(Exception):
    """Root of every error the library raises on purpose.

    Examples:
        >>> issubclass(UnknownArticleError, MoroccanSocialNewsError)
        True
    """


class ArgumentTypeError(MoroccanSocialNewsError, TypeError):
    """An argument has the wrong type; the message names the type that was expected.

    Examples:
        >>> import moroccan_social_news as msn
        >>> msn.normalize(b"bytes")
        Traceback (most recent call last):
        ...
        moroccan_social_news._errors.ArgumentTypeError: normalize() expected text as str, got bytes
        >>> issubclass(ArgumentTypeError, TypeError)
        True
    """


class InvalidValueError(MoroccanSocialNewsError, ValueError):
    """A value is of the right type but outside what is valid (e.g. a year range that ends
    before it starts); the message says what is valid.

    Examples:
        >>> import moroccan_social_news as msn
        >>> msn.YearRange(2026, 2021)
        Traceback (most recent call last):
        ...
        moroccan_social_news._errors.InvalidValueError: YearRange ...
        >>> issubclass(InvalidValueError, ValueError)
        True
    """


def _where(path: object | None, line: int | None = None, offset: int | None = None) -> str:
    parts = []
    if path is not None:
        parts.append(str(path))
    if line is not None:
        parts.append(f"line {line}")
    if offset is not None:
        parts.append(f"byte {offset}")
    return ", ".join(parts)


class UnknownNameError(MoroccanSocialNewsError, KeyError):
    """A lookup by name or code found nothing; the message lists what is valid.

    ``KeyError`` normally shows its argument through ``repr``; this class prints
    the plain message instead so that the list of valid names stays readable.

    Examples:
        >>> err = UnknownNameError("colour", "mauve", ["red", "green"])
        >>> print(err)
        unknown colour 'mauve'; valid: red, green
        >>> isinstance(err, KeyError), err.valid
        (True, ('red', 'green'))
    """

    def __init__(self, what: str, name: object, valid: Iterable[str]) -> None:
        self.name = name
        self.valid = tuple(valid)
        shown = ", ".join(self.valid[:20])
        more = f" (and {len(self.valid) - 20} more)" if len(self.valid) > 20 else ""
        super().__init__(f"unknown {what} {name!r}; valid: {shown}{more}")

    def __str__(self) -> str:
        return str(self.args[0])


class UnknownArticleError(UnknownNameError):
    """No shipped article has this id.

    Examples:
        >>> import moroccan_social_news as msn
        >>> msn.load_article("nope")
        Traceback (most recent call last):
        ...
        moroccan_social_news._errors.UnknownArticleError: unknown article id 'nope'; valid: 000_...
    """

    def __init__(self, name: object, valid: Iterable[str]) -> None:
        super().__init__("article id", name, valid)


class UnknownRegionError(UnknownNameError):
    """No Moroccan region has this ISO 3166-2 code (valid: ``MA-01`` ... ``MA-12``).

    Examples:
        >>> import moroccan_social_news as msn
        >>> msn.region("MA-16")
        Traceback (most recent call last):
        ...
        moroccan_social_news._errors.UnknownRegionError: unknown region code 'MA-16'; ...
    """

    def __init__(self, name: object, valid: Iterable[str]) -> None:
        super().__init__("region code", name, valid)


class DataIntegrityError(MoroccanSocialNewsError, ValueError):
    """Shipped data does not match its manifest (a corrupted or edited install).

    Examples:
        >>> issubclass(DataIntegrityError, ValueError)
        True
    """


class InputNotFoundError(MoroccanSocialNewsError, FileNotFoundError):
    """A path given by the user does not exist.

    Examples:
        >>> err = InputNotFoundError("corpus/", "pass a .txt file, a folder or a .jsonl file")
        >>> print(err)
        no such file or directory: corpus/; pass a .txt file, a folder or a .jsonl file
        >>> isinstance(err, FileNotFoundError)
        True
    """

    def __init__(self, path: object, hint: str = "") -> None:
        self.path = path
        message = f"no such file or directory: {path}"
        super().__init__(f"{message}; {hint}" if hint else message)

    def __str__(self) -> str:
        return str(self.args[0])


class _LocatedError(MoroccanSocialNewsError, ValueError):
    """An input problem at a known place (file, line, byte offset)."""

    def __init__(
        self,
        message: str,
        *,
        path: object | None = None,
        line: int | None = None,
        offset: int | None = None,
    ) -> None:
        self.path = path
        self.line = line
        self.offset = offset
        where = _where(path, line, offset)
        super().__init__(f"{where}: {message}" if where else message)


class InputDecodeError(_LocatedError):
    """Input bytes are not valid in the expected encoding (UTF-8 by default).

    The message names the file and the byte offset of the first bad byte and, when
    another common encoding of Arabic text (Windows-1256, UTF-16) decodes the bytes,
    suggests passing it as ``encoding=``.

    Examples:
        >>> import moroccan_social_news as msn
        >>> msn.decode_text("سلام".encode("cp1256"), path="old.txt")
        Traceback (most recent call last):
        ...
        moroccan_social_news._errors.InputDecodeError: old.txt, byte 0: not valid utf-8 ...
    """

    def __init__(
        self,
        message: str,
        *,
        path: object | None = None,
        line: int | None = None,
        offset: int | None = None,
        encoding: str = "utf-8",
        suggestion: str | None = None,
    ) -> None:
        self.encoding = encoding
        self.suggestion = suggestion
        super().__init__(message, path=path, line=line, offset=offset)


class EmptyInputError(_LocatedError):
    """A file, line or text holds nothing but whitespace where an article was expected.

    Examples:
        >>> print(EmptyInputError("the article text is empty", path="<stdin>"))
        <stdin>: the article text is empty
    """


class CorpusFormatError(_LocatedError):
    """A corpus file is well encoded but not in the expected shape (e.g. bad JSONL).

    Examples:
        >>> print(CorpusFormatError("expected a JSON object", path="c.jsonl", line=3))
        c.jsonl, line 3: expected a JSON object
    """


class UnsafePathError(_LocatedError):
    """A path escapes the folder it was read from (through a symlink) and was refused.

    Examples:
        >>> print(UnsafePathError("links outside the corpus folder", path="corpus/link.txt"))
        corpus/link.txt: links outside the corpus folder
    """


class RecordValidationError(_LocatedError):
    """A record's data is well formed but its values are not valid (e.g. end < start).

    Examples:
        >>> import moroccan_social_news as msn
        >>> msn.from_dict(msn.YearRange, {"start": 2026, "end": 2021})
        Traceback (most recent call last):
        ...
        moroccan_social_news._errors.RecordValidationError: invalid YearRange data: $: ...
    """


class UnknownStepError(UnknownNameError):
    """No built-in normalisation step has this name.

    Examples:
        >>> import moroccan_social_news as msn
        >>> msn.Normalizer(["unify_alif"])
        Traceback (most recent call last):
        ...
        moroccan_social_news._errors.UnknownStepError: unknown normalisation step 'unify_alif'; ...
    """

    def __init__(self, name: object, valid: Iterable[str]) -> None:
        super().__init__("normalisation step", name, valid)


class DuplicateStepError(InvalidValueError):
    """A step registry already has a step with this name (pass ``replace=True`` to swap).

    Examples:
        >>> import moroccan_social_news as msn
        >>> msn.normalization_steps().with_step(msn.Step("unicode", func=str.strip))
        Traceback (most recent call last):
        ...
        moroccan_social_news._errors.DuplicateStepError: normalisation step 'unicode' ...
        >>> issubclass(DuplicateStepError, ValueError)
        True
    """

    def __init__(self, name: str, taken: Iterable[str]) -> None:
        self.name = name
        self.taken = tuple(taken)
        super().__init__(
            f"normalisation step {name!r} is already in the registry; pass replace=True "
            f"to replace it or choose another name (taken: {', '.join(self.taken)})"
        )


class UnknownPresetError(UnknownNameError):
    """No normalisation preset has this name.

    Examples:
        >>> import moroccan_social_news as msn
        >>> msn.normalize("نص", preset="fast")
        Traceback (most recent call last):
        ...
        moroccan_social_news._errors.UnknownPresetError: ... 'fast'; valid: display, search, strict
    """

    def __init__(self, name: object, valid: Iterable[str]) -> None:
        super().__init__("normalisation preset", name, valid)


class MissingDependencyError(MoroccanSocialNewsError, ImportError):
    """An optional integration was used without its extra installed.

    The message names the package that is missing and the ``pip install`` command
    of the extra that provides it (``pandas``, ``arrow`` or ``dask``).

    Examples:
        >>> err = MissingDependencyError("to_arrow()", "pyarrow", "arrow")
        >>> print(err)
        to_arrow() needs pyarrow, which is not installed: pip install "moroccan-social-news[arrow]"
        >>> isinstance(err, ImportError), err.name
        (True, 'pyarrow')
    """

    def __init__(self, feature: str, package: str, extra: str) -> None:
        self.extra = extra
        super().__init__(
            f"{feature} needs {package}, which is not installed: "
            f'pip install "moroccan-social-news[{extra}]"',
            name=package,
        )

    def __str__(self) -> str:
        return str(self.args[0])
