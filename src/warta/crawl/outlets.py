"""The bundled list of Indonesian outlets (src/warta/data/outlets.yaml)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from warta import yamldata
from warta.errors import InputError


@dataclass(frozen=True, slots=True)
class Outlet:
    key: str
    name: str
    home: str
    lang: str = "id"
    feeds: tuple[str, ...] = ()
    news_sitemaps: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()  # whole-archive indexes: not polled by default
    aliases: tuple[str, ...] = ()
    note: str | None = None

    @property
    def sources(self) -> list[str]:
        """What `crawl --outlet` and `watch` poll: feeds, then news sitemaps."""
        return [*self.feeds, *self.news_sitemaps]


@cache
def load_outlets() -> dict[str, Outlet]:
    text = files("warta.data").joinpath("outlets.yaml").read_text(encoding="utf-8")
    data = yamldata.parse(text) or {}
    outlets: dict[str, Outlet] = {}
    for key, v in data.items():
        outlets[key] = Outlet(
            key=key, name=v["name"], home=v["home"], lang=v.get("lang", "id"),
            feeds=tuple(v.get("feeds", ())), news_sitemaps=tuple(v.get("news_sitemaps", ())),
            sitemaps=tuple(v.get("sitemaps", ())), aliases=tuple(v.get("aliases", ())),
            note=v.get("note"),
        )
    return outlets


def find_outlet(name: str) -> Outlet:
    """The outlet called `name` (key or alias, any case); InputError naming the choices."""
    wanted = name.strip().lower()
    for outlet in load_outlets().values():
        if wanted == outlet.key or wanted in outlet.aliases:
            return outlet
    choices = ", ".join(sorted(load_outlets()))
    raise InputError(name, f"unknown outlet (known: {choices})")


def outlet_sources(names: list[str], *, every: bool = False) -> list[str]:
    """Feed and news-sitemap URLs of the named outlets (or of all of them)."""
    chosen = list(load_outlets().values()) if every else [find_outlet(n) for n in names]
    return [url for outlet in chosen for url in outlet.sources]
