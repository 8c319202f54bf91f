"""Ordered schema migrations, one list of statements per version and dialect.

A store records the versions it applied in `schema_version`; opening a store applies,
in order and each in its own transaction, every step it has not applied yet. Add new
steps at the end; never edit a released one.
"""

from __future__ import annotations

from collections.abc import Callable

# (version, description, {dialect: [statements]})
Step = tuple[int, str, dict[str, list[str]]]

_ARTICLES = """CREATE TABLE articles (
    seq {serial},
    id TEXT NOT NULL UNIQUE,
    source TEXT, url TEXT, lang TEXT, title TEXT,
    published TEXT, published_utc TEXT, pub_date TEXT,
    publisher TEXT, dateline TEXT,
    body TEXT NOT NULL,
    record TEXT NOT NULL,
    added TEXT NOT NULL,
    cluster TEXT NOT NULL
)"""

_COMMON_V1 = [
    "CREATE INDEX articles_pub ON articles (published_utc)",
    "CREATE INDEX articles_day ON articles (pub_date)",
    "CREATE INDEX articles_publisher ON articles (publisher)",
    """CREATE TABLE entities (
        article_id TEXT NOT NULL REFERENCES articles (id),
        eid TEXT NOT NULL, name TEXT, type TEXT, country TEXT, role TEXT,
        mentions INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (article_id, eid)
    )""",
    "CREATE INDEX entities_name ON entities (name)",
    """CREATE TABLE mentions (
        article_id TEXT NOT NULL REFERENCES articles (id),
        eid TEXT NOT NULL, n INTEGER NOT NULL, text TEXT,
        start_char INTEGER, end_char INTEGER
    )""",
    "CREATE INDEX mentions_article ON mentions (article_id, eid)",
    """CREATE TABLE events (
        article_id TEXT NOT NULL REFERENCES articles (id),
        n INTEGER NOT NULL,
        category TEXT, quad TEXT,
        source TEXT, target TEXT, source_name TEXT, target_name TEXT,
        source_country TEXT, target_country TEXT, source_role TEXT, target_role TEXT,
        context TEXT NOT NULL DEFAULT '[]',
        negated INTEGER NOT NULL DEFAULT 0, hypothetical INTEGER NOT NULL DEFAULT 0,
        date TEXT, day TEXT, week TEXT, month TEXT,
        location TEXT, sentence TEXT, start_char INTEGER, end_char INTEGER,
        confidence REAL, trigger TEXT, mentions INTEGER,
        PRIMARY KEY (article_id, n)
    )""",
    "CREATE INDEX events_day ON events (day)",
    "CREATE INDEX events_pair ON events (source_country, target_country)",
    "CREATE INDEX events_category ON events (category)",
    "CREATE TABLE failures (source TEXT PRIMARY KEY, reason TEXT NOT NULL, at TEXT NOT NULL)",
    "CREATE TABLE inputs (key TEXT PRIMARY KEY, record_id TEXT NOT NULL)",
]

_DEDUP = [
    "CREATE TABLE signatures (article_id TEXT PRIMARY KEY REFERENCES articles (id), "
    "sig {blob} NOT NULL)",
    "CREATE TABLE lsh (key BIGINT NOT NULL, article_id TEXT NOT NULL REFERENCES articles (id))",
    "CREATE INDEX lsh_key ON lsh (key)",
    "CREATE TABLE clusters (id TEXT PRIMARY KEY, size INTEGER NOT NULL)",
    "CREATE INDEX articles_cluster ON articles (cluster)",
]

STEPS: list[Step] = [
    (
        1,
        "articles, full-text index, entities, mentions, events, failures, inputs",
        {
            "sqlite": [
                _ARTICLES.format(serial="INTEGER PRIMARY KEY"),
                *_COMMON_V1,
                "CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, content='articles', "
                "content_rowid='seq', tokenize='unicode61 remove_diacritics 2')",
            ],
            "postgresql": [
                _ARTICLES.format(serial="BIGSERIAL PRIMARY KEY"),
                *_COMMON_V1,
                # 'simple': lower-casing, no stemming (see docs/scale.md for why not 'indonesian')
                "ALTER TABLE articles ADD COLUMN tsv tsvector GENERATED ALWAYS AS ("
                "setweight(to_tsvector('simple', coalesce(title, '')), 'A') || "
                "setweight(to_tsvector('simple', body), 'B')) STORED",
                "CREATE INDEX articles_tsv ON articles USING GIN (tsv)",
            ],
        },
    ),
    (
        2,
        "near-duplicate clusters: MinHash signatures, LSH band keys, cluster sizes",
        {
            "sqlite": [s.format(blob="BLOB") for s in _DEDUP],
            "postgresql": [s.format(blob="BYTEA") for s in _DEDUP],
        },
    ),
]

LATEST = STEPS[-1][0]


def migrate(
    dialect: str,
    current: Callable[[], int],
    run_step: Callable[[int, list[str]], None],
    upto: int = LATEST,
) -> list[int]:
    """Apply every step after `current()` up to `upto`, in order; the versions applied."""
    done = []
    have = current()
    for version, _, statements in STEPS:
        if have < version <= upto:
            run_step(version, statements[dialect])
            done.append(version)
    return done
