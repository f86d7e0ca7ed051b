"""The fake's state: records by collection, public ids, versions (ETags) and cursors."""

from __future__ import annotations

import base64
import binascii
import hashlib
import random
import string
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

_ID_ALPHABET = string.ascii_lowercase + string.digits


@dataclass
class Record:
    """One resource: its JSON ``data`` (the API's field names) and a version for its ETag."""

    data: dict[str, Any]
    seq: int
    parent: str | None = None  # the owning resource's id, for nested collections
    version: int = 1

    @property
    def id(self) -> str:
        return str(self.data["id"])

    @property
    def etag(self) -> str:
        digest = hashlib.sha256(f"{self.id}:{self.version}".encode()).hexdigest()[:20]
        return f'W/"{digest}"'

    def sort_key(self) -> tuple[str, int]:
        """Newest first, as the API orders lists (``created_at`` descending)."""
        stamp = self.data.get("created_at") or self.data.get("received_at") or ""
        return (str(stamp), self.seq)


class CursorError(ValueError):
    """A ``cursor`` this fake did not hand out."""


@dataclass
class Store:
    """Every collection of one fake, keyed by the client's resource path (``"domains"``)."""

    rng: random.Random
    collections: dict[str, dict[str, Record]] = field(default_factory=dict)
    _seq: int = 0

    def new_id(self, example: str) -> str:
        """A fresh id shaped like the spec's example (``mdom_clxxxx...`` -> ``mdom_cl3k9...``)."""
        prefix, _, rest = example.rpartition("_")
        size = max(len(rest), 12)
        lead = "cl" if rest.startswith("cl") else ""
        body = "".join(self.rng.choice(_ID_ALPHABET) for _ in range(size - len(lead)))
        return f"{prefix}_{lead}{body}" if prefix else f"{lead}{body}"

    def collection(self, name: str) -> dict[str, Record]:
        return self.collections.setdefault(name, {})

    def add(self, name: str, data: dict[str, Any], parent: str | None = None) -> Record:
        self._seq += 1
        record = Record(data, self._seq, parent)
        self.collection(name)[record.id] = record
        return record

    def get(self, name: str, record_id: str) -> Record | None:
        return self.collection(name).get(record_id)

    def remove(self, name: str, record_id: str) -> Record | None:
        return self.collection(name).pop(record_id, None)

    def records(self, name: str, parent: str | None = None) -> list[Record]:
        """Newest first."""
        found = [r for r in self.collection(name).values() if parent is None or r.parent == parent]
        return sorted(found, key=Record.sort_key, reverse=True)


def page(
    records: Iterable[Record], keep: Callable[[Record], bool], cursor: str | None, limit: int
) -> tuple[list[Record], str | None]:
    """One page after ``cursor`` (keyset: the last record's sort key), and the next cursor."""
    after = _decode(cursor) if cursor else None
    selected = [r for r in records if keep(r) and (after is None or r.sort_key() < after)]
    chosen = selected[:limit]
    more = len(selected) > limit
    return chosen, (_encode(chosen[-1].sort_key()) if more else None)


def _encode(key: tuple[str, int]) -> str:
    raw = f"{key[0]}|{key[1]}".encode()
    return "cur_" + base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _decode(cursor: str) -> tuple[str, int]:
    try:
        if not cursor.startswith("cur_"):
            raise ValueError
        text = cursor[4:]
        raw = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4)).decode()
        stamp, _, seq = raw.rpartition("|")
        return stamp, int(seq)
    except (ValueError, binascii.Error, UnicodeDecodeError):
        raise CursorError(f"cursor {cursor[:40]!r} was not issued by this API") from None
