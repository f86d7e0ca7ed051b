"""Cursor pagination: lazy iteration over items or pages, one page in memory at a time.

``has_more``/``next_cursor`` are trusted as given (an empty page with ``has_more``
continues), but a cursor that does not advance, or more than ``MAX_EMPTY_PAGES``
empty pages in a row, is a server bug: it raises instead of looping forever.
``max_pages`` (a client option) stops after that many pages.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass
from typing import Generic, TypeVar

from ._constants import MAX_EMPTY_PAGES
from ._errors import APIResponseValidationError

T = TypeVar("T")


@dataclass(frozen=True)
class Page(Generic[T]):
    items: list[T]
    has_more: bool
    next_cursor: str | None
    request_id: str | None


class _Walk:
    """The rules of one walk through the pages: when to stop, when to refuse."""

    def __init__(self, cursor: str | None, max_pages: int | None) -> None:
        self.seen: set[str | None] = {cursor}
        self.pages = 0
        self.empty_in_a_row = 0
        self.max_pages = max_pages

    def next_cursor(self, page: Page[T]) -> str | None:
        """The cursor to fetch after ``page``, None when done; raise when it would loop."""
        self.pages += 1
        self.empty_in_a_row = 0 if page.items else self.empty_in_a_row + 1
        cursor = _next_cursor(page, self.seen)
        if cursor is not None and self.empty_in_a_row >= MAX_EMPTY_PAGES:
            raise APIResponseValidationError(
                f"pagination returned {self.empty_in_a_row} empty pages in a row with "
                "has_more true; stopping instead of following it for ever",
                status_code=200,
                request_id=page.request_id,
            )
        if self.max_pages is not None and self.pages >= self.max_pages:
            return None
        return cursor


def _next_cursor(page: Page[T], seen: set[str | None]) -> str | None:
    """The cursor to fetch next, None when done; raise when it would loop."""
    if not page.has_more:
        return None
    cursor = page.next_cursor
    if not cursor or cursor in seen:
        raise APIResponseValidationError(
            f"pagination did not advance (has_more is true, next_cursor {cursor!r} "
            "is empty or already seen); stopping instead of looping",
            status_code=200,
            request_id=page.request_id,
        )
    seen.add(cursor)
    return cursor


class Paginator(Generic[T]):
    """``for item in paginator`` walks every page; ``.pages()`` yields the pages."""

    def __init__(
        self,
        fetch: Callable[[str | None], Page[T]],
        *,
        cursor: str | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
    ) -> None:
        self._fetch = fetch
        self._cursor = cursor
        self._max_items = max_items
        self._max_pages = max_pages

    def pages(self) -> Iterator[Page[T]]:
        cursor = self._cursor
        walk = _Walk(cursor, self._max_pages)
        while True:
            page = self._fetch(cursor)
            yield page
            cursor = walk.next_cursor(page)
            if cursor is None:
                return

    def __iter__(self) -> Iterator[T]:
        remaining = self._max_items
        if remaining is not None and remaining <= 0:
            return
        for page in self.pages():
            for item in page.items:
                yield item
                if remaining is not None:
                    remaining -= 1
                    if remaining == 0:
                        return


class AsyncPaginator(Generic[T]):
    """``async for item in paginator`` walks every page; ``.pages()`` yields the pages."""

    def __init__(
        self,
        fetch: Callable[[str | None], Awaitable[Page[T]]],
        *,
        cursor: str | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
    ) -> None:
        self._fetch = fetch
        self._cursor = cursor
        self._max_items = max_items
        self._max_pages = max_pages

    async def pages(self) -> AsyncIterator[Page[T]]:
        cursor = self._cursor
        walk = _Walk(cursor, self._max_pages)
        while True:
            page = await self._fetch(cursor)
            yield page
            cursor = walk.next_cursor(page)
            if cursor is None:
                return

    async def __aiter__(self) -> AsyncIterator[T]:
        remaining = self._max_items
        if remaining is not None and remaining <= 0:
            return
        async for page in self.pages():
            for item in page.items:
                yield item
                if remaining is not None:
                    remaining -= 1
                    if remaining == 0:
                        return
