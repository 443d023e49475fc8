"""Versioned schema of the newsbot database (sqlite-utils `Migrations`).

Migrations are applied in order and recorded in `_sqlite_migrations`, so a database written by an
older newsbot opens and upgrades in place. Never edit a released migration: add a new one on top.
"""

from __future__ import annotations

import datetime as dt
import sqlite3

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from newsbot.timezones import WIB

MIGRATIONS = Migrations("newsbot")

FTS_TOKENIZE = "unicode61 remove_diacritics 2"

# Columns that hold JSON text in `articles`; decoded again when records are read back.
JSON_COLUMNS = ("authors", "dateline", "paragraphs", "quotes", "lists", "tags", "images")


@MIGRATIONS(name="m001_initial")
def m001_initial(db: Database) -> None:
    """The first schema: articles, quotes, links, tags, crawl runs and full-text search."""
    _run_script(
        db,
        f"""
        CREATE TABLE articles (
            url TEXT PRIMARY KEY,
            portal TEXT NOT NULL DEFAULT '',
            site TEXT NOT NULL DEFAULT '',
            section TEXT NOT NULL DEFAULT '',
            headline TEXT NOT NULL DEFAULT '',
            lead TEXT NOT NULL DEFAULT '',
            authors TEXT NOT NULL DEFAULT '[]',
            editor TEXT NOT NULL DEFAULT '',
            published TEXT NOT NULL DEFAULT '',
            modified TEXT NOT NULL DEFAULT '',
            published_raw TEXT NOT NULL DEFAULT '',
            dateline TEXT,
            body TEXT NOT NULL DEFAULT '',
            paragraphs TEXT NOT NULL DEFAULT '[]',
            quotes TEXT NOT NULL DEFAULT '[]',
            lists TEXT NOT NULL DEFAULT '{{}}',
            tags TEXT NOT NULL DEFAULT '[]',
            images TEXT NOT NULL DEFAULT '[]',
            language TEXT NOT NULL DEFAULT '',
            content_hash TEXT NOT NULL DEFAULT '',
            extractor TEXT NOT NULL DEFAULT '',
            pages INTEGER NOT NULL DEFAULT 1,
            all_pages_url TEXT NOT NULL DEFAULT '',
            next_page_url TEXT NOT NULL DEFAULT '',
            crawled_at TEXT NOT NULL DEFAULT '',
            first_seen TEXT NOT NULL DEFAULT '',
            last_seen TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX idx_articles_portal ON articles(portal);
        CREATE INDEX idx_articles_published ON articles(published);

        CREATE TABLE quotes (
            id INTEGER PRIMARY KEY,
            article_url TEXT NOT NULL REFERENCES articles(url) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            text TEXT NOT NULL DEFAULT '',
            speaker TEXT NOT NULL DEFAULT '',
            speaker_role TEXT NOT NULL DEFAULT '',
            cue TEXT NOT NULL DEFAULT '',
            paragraph INTEGER,
            kind TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX idx_quotes_speaker ON quotes(speaker);
        CREATE INDEX idx_quotes_article ON quotes(article_url);

        CREATE TABLE links (
            id INTEGER PRIMARY KEY,
            article_url TEXT NOT NULL REFERENCES articles(url) ON DELETE CASCADE,
            list TEXT NOT NULL,
            position INTEGER NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            url TEXT NOT NULL DEFAULT '',
            seen_at TEXT NOT NULL
        );
        CREATE UNIQUE INDEX idx_links_observation ON links(article_url, list, position, seen_at);
        CREATE INDEX idx_links_url ON links(url);
        CREATE INDEX idx_links_seen_at ON links(seen_at);

        CREATE TABLE tags (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE
        );
        CREATE TABLE articles_tags (
            article_url TEXT NOT NULL REFERENCES articles(url) ON DELETE CASCADE,
            tags_id INTEGER NOT NULL REFERENCES tags(id),
            position INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (article_url, tags_id)
        );
        CREATE INDEX idx_articles_tags_tag ON articles_tags(tags_id);

        CREATE TABLE crawl_runs (
            id INTEGER PRIMARY KEY,
            target TEXT NOT NULL,
            options TEXT NOT NULL DEFAULT '{{}}',
            started_at TEXT NOT NULL,
            finished_at TEXT,
            counts TEXT NOT NULL DEFAULT '{{}}',
            coverage TEXT NOT NULL DEFAULT '{{}}',
            warnings TEXT NOT NULL DEFAULT '[]'
        );
        CREATE INDEX idx_crawl_runs_target ON crawl_runs(target, started_at);

        CREATE VIRTUAL TABLE articles_fts USING fts5(
            headline, lead, body,
            content="articles", content_rowid="rowid",
            tokenize='{FTS_TOKENIZE}'
        );
        CREATE TRIGGER articles_fts_ai AFTER INSERT ON articles BEGIN
            INSERT INTO articles_fts(rowid, headline, lead, body)
            VALUES (new.rowid, new.headline, new.lead, new.body);
        END;
        CREATE TRIGGER articles_fts_ad AFTER DELETE ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, headline, lead, body)
            VALUES ('delete', old.rowid, old.headline, old.lead, old.body);
        END;
        CREATE TRIGGER articles_fts_au AFTER UPDATE OF headline, lead, body ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, headline, lead, body)
            VALUES ('delete', old.rowid, old.headline, old.lead, old.body);
            INSERT INTO articles_fts(rowid, headline, lead, body)
            VALUES (new.rowid, new.headline, new.lead, new.body);
        END;
        """,
    )


def _run_script(db: Database, script: str) -> None:
    """Run statements one by one: `executescript` would COMMIT the migration's transaction."""
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            db.execute(pending)
            pending = ""
    if pending.strip():
        raise ValueError(f"incomplete SQL statement: {pending.strip()[:60]}")


def utc_sortable(value: str) -> str:
    """`published` (ISO 8601 with offset) as a UTC string that sorts and compares correctly.

    A value without offset is taken as WIB (+07:00); an unparseable one gives "" (sorts first).
    """
    if not value:
        return ""
    try:
        parsed = dt.datetime.fromisoformat(value.strip())
    except ValueError:
        return ""
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=WIB)
    return parsed.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@MIGRATIONS(name="m002_fetched_and_utc")
def m002_fetched_and_utc(db: Database) -> None:
    """Requested URLs (so redirects/AMP copies count as known) and a UTC column for date filters.

    Dates from +07/+08/+09 portals only compare correctly in one zone, hence `published_utc`.
    """
    _run_script(
        db,
        """
        ALTER TABLE articles ADD COLUMN fetched_url TEXT NOT NULL DEFAULT '';
        ALTER TABLE articles ADD COLUMN published_utc TEXT NOT NULL DEFAULT '';
        CREATE TABLE fetched (
            url TEXT PRIMARY KEY,
            article_url TEXT NOT NULL REFERENCES articles(url) ON DELETE CASCADE,
            fetched_at TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX idx_fetched_article ON fetched(article_url);
        INSERT OR IGNORE INTO fetched(url, article_url, fetched_at)
            SELECT url, url, crawled_at FROM articles;
        """,
    )
    rows = db.execute("SELECT rowid, published FROM articles WHERE published != ''").fetchall()
    db.conn.executemany(
        "UPDATE articles SET published_utc = ? WHERE rowid = ?",
        [(utc_sortable(published), rowid) for rowid, published in rows],
    )
    db.execute("CREATE INDEX idx_articles_published_utc ON articles(published_utc)")
    db.execute("CREATE INDEX idx_articles_portal_published_utc ON articles(portal, published_utc)")


@MIGRATIONS(name="m003_views")
def m003_views(db: Database) -> None:
    """Views for the questions analysts ask first (days are the portal's local calendar day)."""
    _run_script(
        db,
        """
        CREATE VIEW articles_per_portal_day AS
            SELECT portal, substr(published, 1, 10) AS day, count(*) AS articles
            FROM articles WHERE published != ''
            GROUP BY portal, day ORDER BY day, portal;

        CREATE VIEW quotes_with_article AS
            SELECT q.speaker, q.speaker_role, q.text, q.cue, q.kind, q.paragraph,
                   a.headline, a.published, a.portal, a.url AS article_url
            FROM quotes q JOIN articles a ON a.url = q.article_url;

        CREATE VIEW links_promoted_per_day AS
            SELECT substr(l.seen_at, 1, 10) AS day, l.list, l.url, max(l.title) AS title,
                   count(DISTINCT l.article_url) AS promoted_by,
                   count(DISTINCT a.portal) AS portals
            FROM links l JOIN articles a ON a.url = l.article_url
            WHERE l.url != ''
            GROUP BY day, l.list, l.url
            ORDER BY day DESC, promoted_by DESC;
        """,
    )


@MIGRATIONS(name="m004_article_changes")
def m004_article_changes(db: Database) -> None:
    """A row per stored article whose content changed on a re-fetch (`newsbot crawl --refresh`).

    The articles table keeps the latest version; this keeps when it changed and what changed, so
    silent corrections and headline rewrites are a query, not lost.
    """
    _run_script(
        db,
        """
        CREATE TABLE article_changes (
            id INTEGER PRIMARY KEY,
            article_url TEXT NOT NULL REFERENCES articles(url) ON DELETE CASCADE,
            changed_at TEXT NOT NULL,
            fields TEXT NOT NULL,
            old_content_hash TEXT NOT NULL DEFAULT '',
            new_content_hash TEXT NOT NULL DEFAULT '',
            old_headline TEXT NOT NULL DEFAULT '',
            old_modified TEXT NOT NULL DEFAULT '',
            new_modified TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX idx_article_changes_article ON article_changes(article_url, changed_at);
        """,
    )


@MIGRATIONS(name="m005_i11_article_kind")
def m005_i11_article_kind(db: Database) -> None:
    """`kind` of each record (article, photo, video, live): short photo and video stories are
    stored now instead of refused, and analysts filter them in or out."""
    _run_script(
        db,
        """
        ALTER TABLE articles ADD COLUMN kind TEXT NOT NULL DEFAULT 'article';
        CREATE INDEX idx_articles_kind ON articles(kind);
        """,
    )


@MIGRATIONS(name="m006_i15_stories")
def m006_i15_stories(db: Database) -> None:
    """Stories: near-duplicate versions of one story across portals (newsbot/store/stories.py).

    `story_signatures` and `story_lsh` are the persistent similarity index (no rebuild on
    restart); `story_members` says which story each article belongs to and how close it is to
    the story's first version. A trigger keeps them current when articles are deleted by any
    client (the similarities of a story that lost members are refreshed on the next write).
    Articles stored before this migration are linked by the Store after m010 (story_backlog).
    """
    _run_script(
        db,
        """
        CREATE TABLE stories (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            first_article TEXT NOT NULL,
            first_utc TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            members INTEGER NOT NULL DEFAULT 0,
            stale INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX idx_stories_stale ON stories(stale) WHERE stale = 1;
        CREATE INDEX idx_stories_first_utc ON stories(first_utc);

        CREATE TABLE story_members (
            article_url TEXT PRIMARY KEY,
            story_id INTEGER NOT NULL,
            similarity REAL NOT NULL,
            facts_similarity REAL NOT NULL,
            first_seen TEXT NOT NULL,
            published_utc TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX idx_story_members_story ON story_members(story_id);

        CREATE TABLE story_signatures (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            article_url TEXT NOT NULL UNIQUE,
            content_hash TEXT NOT NULL DEFAULT '',
            day INTEGER NOT NULL,
            words BLOB NOT NULL,
            facts BLOB NOT NULL
        );

        CREATE TABLE story_lsh (
            key INTEGER NOT NULL,
            day INTEGER NOT NULL,
            signature_id INTEGER NOT NULL,
            PRIMARY KEY (key, day, signature_id)
        ) WITHOUT ROWID;

        CREATE TRIGGER articles_stories_ad AFTER DELETE ON articles BEGIN
            UPDATE stories SET stale = 1
                WHERE id = (SELECT story_id FROM story_members WHERE article_url = old.url);
            DELETE FROM story_members WHERE article_url = old.url;
            DELETE FROM story_signatures WHERE article_url = old.url;
        END;

        CREATE VIEW stories_overview AS
        WITH ranked AS (
            SELECT m.story_id, m.article_url, a.portal, a.headline, a.published,
                   coalesce(nullif(a.published_utc, ''), m.first_seen) AS at_utc,
                   row_number() OVER story AS n,
                   first_value(coalesce(nullif(a.published_utc, ''), m.first_seen)) OVER story
                       AS first_at
            FROM story_members m JOIN articles a ON a.url = m.article_url
            WINDOW story AS (PARTITION BY m.story_id
                             ORDER BY coalesce(nullif(a.published_utc, ''), m.first_seen),
                                      m.article_url)
        ),
        totals AS (
            SELECT story_id,
                   max(CASE WHEN n = 1 THEN portal END) AS first_portal,
                   max(CASE WHEN n = 1 THEN published END) AS first_published,
                   max(CASE WHEN n = 1 THEN headline END) AS first_headline,
                   max(CASE WHEN n = 1 THEN article_url END) AS first_url,
                   min(at_utc) AS first_utc, max(at_utc) AS last_utc,
                   count(*) AS members, count(DISTINCT portal) AS portal_count
            FROM ranked GROUP BY story_id
        ),
        portals AS (
            SELECT story_id, group_concat(portal, ', ') AS portals FROM (
                SELECT story_id, portal, min(n) AS k FROM ranked
                GROUP BY story_id, portal ORDER BY story_id, k)
            GROUP BY story_id
        ),
        republished AS (
            SELECT story_id, json_group_array(json_object(
                       'portal', portal, 'url', article_url,
                       'minutes', CAST(round((julianday(at_utc) - julianday(first_at)) * 1440)
                           AS INTEGER))) AS republications
            FROM (SELECT * FROM ranked WHERE n > 1 ORDER BY story_id, n)
            GROUP BY story_id
        )
        SELECT t.story_id, t.first_portal, t.first_published, t.first_headline, t.first_url,
               t.first_utc, t.members, t.portal_count, p.portals,
               coalesce(r.republications, '[]') AS republications,
               CAST(round((julianday(t.last_utc) - julianday(t.first_utc)) * 1440) AS INTEGER)
                   AS minutes_to_last
        FROM totals t JOIN portals p USING (story_id) LEFT JOIN republished r USING (story_id);
        """,
    )
    # Linking the articles already stored moved to m010's backlog: run from here, the current
    # linker wrote to tables later migrations change (a migration must not call live code).


@MIGRATIONS(name="m007_i13_quotes_fts")
def m007_i13_quotes_fts(db: Database) -> None:
    """Full-text search over quotes (text, speaker, role), so `newsbot quotes --search` and
    Datasette find what was said by its words; kept in sync with `quotes` by triggers."""
    _run_script(
        db,
        f"""
        CREATE VIRTUAL TABLE quotes_fts USING fts5(
            text, speaker, speaker_role,
            content="quotes", content_rowid="id",
            tokenize='{FTS_TOKENIZE}'
        );
        CREATE TRIGGER quotes_fts_ai AFTER INSERT ON quotes BEGIN
            INSERT INTO quotes_fts(rowid, text, speaker, speaker_role)
            VALUES (new.id, new.text, new.speaker, new.speaker_role);
        END;
        CREATE TRIGGER quotes_fts_ad AFTER DELETE ON quotes BEGIN
            INSERT INTO quotes_fts(quotes_fts, rowid, text, speaker, speaker_role)
            VALUES ('delete', old.id, old.text, old.speaker, old.speaker_role);
        END;
        CREATE TRIGGER quotes_fts_au AFTER UPDATE OF text, speaker, speaker_role ON quotes BEGIN
            INSERT INTO quotes_fts(quotes_fts, rowid, text, speaker, speaker_role)
            VALUES ('delete', old.id, old.text, old.speaker, old.speaker_role);
            INSERT INTO quotes_fts(rowid, text, speaker, speaker_role)
            VALUES (new.id, new.text, new.speaker, new.speaker_role);
        END;
        INSERT INTO quotes_fts(quotes_fts) VALUES ('rebuild');
        """,
    )


# Views that count by day use the portal's local calendar day (its WIB/WITA/WIT offset), named
# `*_local_date`; the link views read the canonical link and its resolved target.
_VIEWS_I13 = """
    CREATE VIEW articles_per_portal_day AS
        SELECT portal, published_local_date, count(*) AS articles
        FROM articles WHERE published_local_date != ''
        GROUP BY portal, published_local_date ORDER BY published_local_date, portal;

    CREATE VIEW quotes_with_article AS
        SELECT q.speaker, q.speaker_role, q.text, q.cue, q.kind, q.paragraph,
               a.headline, a.published, a.published_local_date, a.portal, a.url AS article_url
        FROM quotes q JOIN articles a ON a.url = q.article_url;

    CREATE VIEW links_promoted_per_day AS
        SELECT l.seen_local_date, l.list, l.canonical_url, max(l.title) AS title,
               count(DISTINCT l.article_url) AS promoted_by,
               count(DISTINCT a.portal) AS portals,
               max(l.target_portal) AS target_portal, max(l.target_article_url) AS target_article_url
        FROM links l JOIN articles a ON a.url = l.article_url
        WHERE l.canonical_url != ''
        GROUP BY l.seen_local_date, l.list, l.canonical_url
        ORDER BY l.seen_local_date DESC, promoted_by DESC;

    CREATE VIEW article_link_graph AS
        SELECT l.article_url AS source_article_url, a.portal AS source_portal, l.list,
               l.canonical_url AS target_url, l.target_article_url, l.target_portal,
               l.target_site, max(l.title) AS title, count(*) AS observations,
               min(l.seen_at) AS first_seen_at, max(l.seen_at) AS last_seen_at
        FROM links l JOIN articles a ON a.url = l.article_url
        WHERE l.canonical_url != ''
        GROUP BY l.article_url, l.list, l.canonical_url;

    CREATE VIEW portal_link_graph AS
        SELECT source_portal,
               coalesce(nullif(target_portal, ''), nullif(target_site, ''), '?') AS target_portal,
               list, count(*) AS links,
               count(DISTINCT source_article_url) AS source_articles,
               count(DISTINCT target_url) AS targets,
               count(DISTINCT target_article_url) AS stored_targets
        FROM article_link_graph
        GROUP BY 1, 2, 3 ORDER BY links DESC, source_portal, target_portal;
"""


@MIGRATIONS(name="m008_i13_local_days_and_link_targets")
def m008_i13_local_days_and_link_targets(db: Database) -> None:
    """The portal-local day of every article and link observation, and each link's canonical
    URL with the stored article (and portal) it points to, so the link graph joins.

    `links_promoted_per_day` used the UTC day of `seen_at` (a crawl at 02:54 WIB counted on the
    day before) while `articles_per_portal_day` used the local one; both are local now.
    """
    from newsbot.store.links import canonical_link, link_host, link_portal
    from newsbot.timezones import local_date, zone_of

    _run_script(
        db,
        """
        ALTER TABLE articles ADD COLUMN published_local_date TEXT NOT NULL DEFAULT '';
        ALTER TABLE links ADD COLUMN seen_local_date TEXT NOT NULL DEFAULT '';
        ALTER TABLE links ADD COLUMN canonical_url TEXT NOT NULL DEFAULT '';
        ALTER TABLE links ADD COLUMN target_site TEXT NOT NULL DEFAULT '';
        ALTER TABLE links ADD COLUMN target_portal TEXT NOT NULL DEFAULT '';
        ALTER TABLE links ADD COLUMN target_article_url TEXT
            REFERENCES articles(url) ON DELETE SET NULL;
        DROP VIEW articles_per_portal_day;
        DROP VIEW quotes_with_article;
        DROP VIEW links_promoted_per_day;
        """,
    )
    rows = db.execute("SELECT rowid, published FROM articles WHERE published != ''").fetchall()
    db.conn.executemany(
        "UPDATE articles SET published_local_date = ? WHERE rowid = ?",
        [(local_date(published), rowid) for rowid, published in rows],
    )
    targets: dict[str, tuple[str | None, str]] = {}
    for url, article_url, portal in db.execute(
        "SELECT url, url, portal FROM articles"
        " UNION ALL SELECT f.url, a.url, a.portal FROM fetched f JOIN articles a"
        " ON a.url = f.article_url"
    ).fetchall():
        targets.setdefault(canonical_link(url), (article_url, portal))
    links = db.execute(
        "SELECT l.id, l.url, l.seen_at, a.published FROM links l"
        " JOIN articles a ON a.url = l.article_url"
    ).fetchall()
    updates = []
    for link_id, url, seen_at, published in links:
        canonical = canonical_link(url) if url else ""
        article_url, portal = targets.get(canonical, (None, ""))
        updates.append(
            (
                local_date(seen_at, zone_of(published)),
                article_url or canonical,
                link_host(article_url or canonical),
                portal or link_portal(canonical),
                article_url,
                link_id,
            )
        )
    db.conn.executemany(
        "UPDATE links SET seen_local_date = ?, canonical_url = ?, target_site = ?,"
        " target_portal = ?, target_article_url = ? WHERE id = ?",
        updates,
    )
    _run_script(
        db,
        """
        CREATE INDEX idx_articles_local_date ON articles(published_local_date);
        CREATE INDEX idx_links_canonical ON links(canonical_url);
        CREATE INDEX idx_links_target ON links(target_article_url);
        """
        + _VIEWS_I13,
    )


@MIGRATIONS(name="m009_i12_failures")
def m009_i12_failures(db: Database) -> None:
    """Failures with their URL and reason, and crawl runs that say how they ended.

    An article that could not be fetched, extracted, validated or stored leaves a `failures` row
    (its run, stage and reason), so no error is silent. `crawl_runs.status` is `running` until the
    run closes with its finish reason; a run whose process died (kill -9, power loss) is closed as
    `killed` by the next run, which `pid` and `host` let it tell from a run still going.
    """
    _run_script(
        db,
        """
        CREATE TABLE failures (
            id INTEGER PRIMARY KEY,
            run_id INTEGER REFERENCES crawl_runs(id) ON DELETE SET NULL,
            url TEXT NOT NULL,
            stage TEXT NOT NULL,
            reason TEXT NOT NULL,
            detail TEXT NOT NULL DEFAULT '',
            failed_at TEXT NOT NULL
        );
        CREATE INDEX idx_failures_run ON failures(run_id);
        CREATE INDEX idx_failures_url ON failures(url, failed_at);
        ALTER TABLE crawl_runs ADD COLUMN status TEXT NOT NULL DEFAULT 'running';
        ALTER TABLE crawl_runs ADD COLUMN pid INTEGER;
        ALTER TABLE crawl_runs ADD COLUMN host TEXT NOT NULL DEFAULT '';
        UPDATE crawl_runs SET status = 'finished' WHERE finished_at IS NOT NULL;
        """,
    )


@MIGRATIONS(name="m010_i15_story_lsh_by_week")
def m010_i15_story_lsh_by_week(db: Database) -> None:
    """The story index keyed by publication week first, then band key.

    Keyed by band key first, a new article's 42 index rows land on 42 random pages of the whole
    index (1.5 GB at a million articles), read from disk and rewritten; by week first they land
    in the current weeks' part, which stays in the page cache (benchmarks/stories.py).
    `story_backlog`: stored articles not linked yet (all of them in a database older than m006);
    the Store links them when it opens, with the linker of the running version.
    """
    _run_script(
        db,
        """
        CREATE TABLE story_lsh_by_week (
            week INTEGER NOT NULL,
            key INTEGER NOT NULL,
            signature_id INTEGER NOT NULL,
            PRIMARY KEY (week, key, signature_id)
        ) WITHOUT ROWID;
        INSERT INTO story_lsh_by_week (week, key, signature_id)
            SELECT day / 7, key, signature_id FROM story_lsh ORDER BY day / 7, key, signature_id;
        DROP TABLE story_lsh;
        ALTER TABLE story_lsh_by_week RENAME TO story_lsh;

        CREATE TABLE story_backlog (article_url TEXT PRIMARY KEY);
        INSERT INTO story_backlog (article_url)
            SELECT url FROM articles
            WHERE url NOT IN (SELECT article_url FROM story_signatures);
        """,
    )


@MIGRATIONS(name="m011_i16_not_articles")
def m011_i16_not_articles(db: Database) -> None:
    """URLs a crawl fetched as article candidates that were not articles (a sitemap's category
    pages, a feed's video shells), with when and why: the next run does not fetch them again
    until the re-check age (NEWSBOT_NOT_ARTICLE_RECHECK_DAYS) has passed."""
    _run_script(
        db,
        """
        CREATE TABLE not_articles (
            url TEXT PRIMARY KEY,
            reason TEXT NOT NULL DEFAULT '',
            checked_at TEXT NOT NULL
        );
        """,
    )


@MIGRATIONS(name="m012_i16_story_twins")
def m012_i16_story_twins(db: Database) -> None:
    """Stored bodies by their hash: an article whose body is word for word one stored within the
    linking window joins that story without a look-up of the index (a wire report copied by
    many portals; benchmarks/crawl_throughput.py's copies: the store's CPU 2.9 -> 2.2 ms a save)."""
    _run_script(
        db,
        """
        CREATE INDEX idx_story_signatures_hash ON story_signatures(content_hash, day);
        """,
    )
