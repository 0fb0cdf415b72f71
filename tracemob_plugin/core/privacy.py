"""Privacy rules shared by every aggregate output (minimum distinct participants per cell).

Every aggregate Tracemob writes (modal share, segment travel times, before/after, OD flows,
shareable exports) hides a cell seen by fewer than ``DEFAULT_MIN_USERS`` distinct participants,
unless the planner explicitly lowers the threshold: then ``min_users_warning`` returns the
warning to log. A threshold below 2 is refused (a single participant would be revealed).
"""
from .errors import InputError
from .i18n import tr

DEFAULT_MIN_USERS = 10


def check_min_users(k, field="MIN_USERS"):
    """Validate a minimum-participants threshold; returns it as int or raises InputError."""
    try:
        value = int(k)
    except (TypeError, ValueError):
        raise InputError(tr("The minimum number of participants must be a whole number."), field=field,
                         hint=tr("Give a number of at least 2 (default 10).")) from None
    if value < 2:
        raise InputError(tr("A minimum of {k} participant(s) per cell would reveal individual people.").format(k=value),
                         field=field, hint=tr("Give a number of at least 2 (default 10)."))
    return value


def min_users_warning(k, default=DEFAULT_MIN_USERS):
    """The warning to log when ``k`` is below the privacy default, else None."""
    if int(k) < default:
        return tr("Privacy threshold lowered to {k} distinct participants per cell (default {default}): "
                  "do not share these outputs outside the authority.").format(k=int(k), default=default)
    return None
