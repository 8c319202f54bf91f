"""One store connection per worker thread, opened lazily from the server's store URL."""

from __future__ import annotations

import contextlib
import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from warta.store.base import Store


class StorePool:
    """Hands each thread its own store: SQLite and psycopg connections are not shared
    across threads, and request handlers run in a thread pool."""

    def __init__(self, url: str | None, *, readonly: bool = False) -> None:
        self.url = url
        self.readonly = readonly  # worker threads' SQLite connections are read-only
        self._local = threading.local()
        self._lock = threading.Lock()
        self._opened: list[Store] = []

    def get(self) -> Store:
        store = getattr(self._local, "store", None)
        if store is None:
            from warta.store import open_store

            store = open_store(self.url, readonly=self.readonly)
            with self._lock:
                self._opened.append(store)
            self._local.store = store
        return store

    def prepare(self) -> None:
        """Open the store once read-write, creating and migrating it when needed (a bad URL
        fails here, at start-up); a read-only pool then closes that connection."""
        from warta.store import open_store

        store = open_store(self.url)
        if self.readonly:
            store.close()
        else:
            self._local.store = store
            with self._lock:
                self._opened.append(store)

    def close(self) -> None:
        with self._lock:
            opened, self._opened = self._opened, []
        for store in opened:
            with contextlib.suppress(Exception):  # a connection owned by a finished thread
                store.close()
        self._local = threading.local()
