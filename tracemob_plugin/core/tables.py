"""CSV tables with ``# key: value`` metadata lines above the header (emission factors, FMD rules)."""
import csv
import io
from typing import Callable, Dict, Iterator, List, Optional, Tuple

from .errors import InputError
from .i18n import tr


def read_commented_csv(text: str, file: str, no_header: str, no_header_hint: str,
                       accept_key: Optional[Callable[[str, int], bool]] = None,
                       rename: Optional[Dict[str, str]] = None
                       ) -> Tuple[Dict[str, str], List[str], int, Iterator[Tuple[int, Dict[str, str]]]]:
    """``(metadata, header, header_line, rows)`` of a commented CSV text.

    Leading ``#`` and blank lines hold ``# key: value`` metadata (keys lower-cased); ``accept_key(key,
    line)`` may reject a key by raising, or skip it by returning False. The header is lower-cased and
    renamed through ``rename``. ``rows`` is a generator of ``(line number, {column: value})`` that skips
    blank lines and raises on a line with more values than columns, so that callers can check the
    columns first. ``no_header`` / ``no_header_hint`` are the (translated) problem and hint when the
    text has no header line.
    """
    lines = text.lstrip("\ufeff").splitlines()
    metadata: Dict[str, str] = {}
    first = 0
    while first < len(lines) and (lines[first].startswith("#") or not lines[first].strip()):
        body = lines[first].lstrip("#").strip()
        if ":" in body:
            key, value = body.split(":", 1)
            key = key.strip().lower()
            if accept_key is None or accept_key(key, first + 1):
                metadata[key] = value.strip()
        first += 1
    if first >= len(lines):
        raise InputError(no_header, file=file, hint=no_header_hint)
    reader = csv.reader(io.StringIO("\n".join(lines[first:])))
    header = [h.strip().lower() for h in next(reader)]
    if rename:
        header = [rename.get(h, h) for h in header]

    def rows():
        for offset, values in enumerate(reader):
            line = first + 2 + offset
            if not values or all(not v.strip() for v in values):
                continue
            if len(values) > len(header):
                raise InputError(tr("{n} values for {m} columns").format(n=len(values), m=len(header)), file=file,
                                 row=line, hint=tr("Quote text that contains commas."))
            yield line, dict(zip(header, [v.strip() for v in values]))

    return metadata, header, first + 1, rows()
