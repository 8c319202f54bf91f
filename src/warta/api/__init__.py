"""The HTTP API and web server: `create_app(store_url, token=…, max_body=…)`."""

from warta.api.app import create_app

__all__ = ["create_app"]
