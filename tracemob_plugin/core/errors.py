"""Errors the user sees. Each names the file, the row or the field, and what to do."""
from typing import Optional

from .i18n import tr


class TracemobError(Exception):
    """Base class: a problem the user can act on (bad input, bad parameter, server refusal)."""


class InputError(TracemobError):
    """Bad input data.

    ``str(err)`` reads like: ``trace.csv, row 12, field 'time': cannot parse '2016-13-45'.
    Use ISO-8601 times or epoch seconds.`` Every part but ``problem`` is optional.
    """

    def __init__(self, problem: str, file: Optional[str] = None, row: Optional[int] = None,
                 field: Optional[str] = None, hint: Optional[str] = None):
        self.problem = problem
        self.file = file
        self.row = row
        self.field = field
        self.hint = hint
        super().__init__(self.format())

    def format(self) -> str:
        where = []
        if self.file:
            where.append(str(self.file))
        if self.row is not None:
            where.append(tr("row {row}").format(row=self.row))
        if self.field:
            where.append(tr("field '{field}'").format(field=self.field))
        msg = (", ".join(where) + ": " if where else "") + self.problem
        if self.hint:
            msg = msg.rstrip(".") + ". " + self.hint
        return msg


class Cancelled(TracemobError):
    """The user cancelled a long operation."""


def require_columns(df, columns, name, hint, context=None):
    """Raise InputError naming ``name`` (the table) and the first of ``columns`` missing from ``df``.

    ``context``: what the table is, when ``name`` (a file or layer) does not say it or there is none, e.g.
    ``tr("the {table} table").format(table="truth")``; the problem then reads "the field 'end_time' is
    missing from the truth table".
    """
    if df is None:
        raise InputError(tr("no table given"), file=name)
    for col in columns:
        if col not in df.columns:
            problem = (tr("the field '{column}' is missing").format(column=col) if context is None else
                       tr("the field '{column}' is missing from {context}").format(column=col, context=context))
            raise InputError(problem, file=name, field=col, hint=hint)


def check_cancelled(is_cancelled, message):
    """Raise :class:`Cancelled` (``message``) when ``is_cancelled()`` says so; ``None`` never cancels."""
    if is_cancelled is not None and is_cancelled():
        raise Cancelled(message)


class Steps:
    """``step(fraction)`` for long operations: raises Cancelled(``message``) when ``is_cancelled()``,
    else reports the fraction (clamped to 0..1) to ``progress``; both callables are optional."""

    def __init__(self, progress, is_cancelled, message):
        self.progress = progress
        self.is_cancelled = is_cancelled
        self.message = message

    def __call__(self, fraction):
        check_cancelled(self.is_cancelled, self.message)
        if self.progress is not None:
            self.progress(float(min(max(fraction, 0.0), 1.0)))
