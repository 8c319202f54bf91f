"""OpenAPI docs at /docs from a vendored Swagger UI (the `swagger-ui-bundle-v2` package).

FastAPI's own /docs loads Swagger UI from a CDN and starts it with an inline script; both
are ruled out here (nothing from the internet, CSP `script-src 'self'`), so the page loads
the packaged assets and starts them from /static/docs-init.js.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles


def swagger_dir() -> Path | None:
    try:
        from swagger_ui_bundle import swagger_ui_path
    except ImportError:
        return None
    path = Path(str(swagger_ui_path))
    return path if (path / "swagger-ui-bundle.js").is_file() else None


def mount_docs(app: FastAPI) -> None:
    assets = swagger_dir()
    if assets is not None:
        app.mount("/docs/assets", StaticFiles(directory=assets), name="swagger")

    @app.get("/docs", include_in_schema=False, response_class=HTMLResponse)
    def docs(request: Request) -> HTMLResponse:
        templates = request.app.state.templates
        spec = request.app.openapi()
        operations = [
            (method.upper(), path, op.get("summary", ""))
            for path, ops in spec["paths"].items()
            for method, op in ops.items()
        ]
        return templates.TemplateResponse(
            request,
            "docs.html",
            {"swagger": assets is not None, "operations": operations, "title": "API docs"},
        )
