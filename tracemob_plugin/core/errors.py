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
