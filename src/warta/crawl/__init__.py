"""Collecting news politely: feeds, sitemaps, article pages, and a monitor that keeps polling.

- `fetch`: the HTTP client (robots.txt, per-host rate limit, retries, limits, conditional GET)
- `feeds`, `sitemaps`: what a feed or a sitemap announces
- `urls`: URL normalisation (tracking parameters out) and de-duplication
- `crawler`: the crawl loop into a store; `watch`: the same loop, repeated
- `state`: seen URLs and feed validators, kept in the store's database
- `outlets`: the bundled list of Indonesian outlets (data/outlets.yaml)
"""
