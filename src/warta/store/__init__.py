"""Stores of analysed records: SQLite by default, PostgreSQL for shared deployments.

`open_store(url)` picks the backend from the URL: `None`, a path or `sqlite:///path`
→ SQLite; `postgresql://…` → PostgreSQL. Both implement `warta.store.base.Store`.
"""
