"""Versioned schema: PRAGMA user_version, one migration script per step.

MIGRATIONS[i] is the SQL script that takes a database at version i to version i + 1.
Never edit a step that has shipped; add a new one.
"""

from __future__ import annotations

from typing import Any

from journal.errors import SchemaTooNew

_V0_TO_V1 = """
        CREATE TABLE meta (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );

        CREATE TABLE entries (
            id                   INTEGER PRIMARY KEY,
            entry_date           TEXT NOT NULL,            -- YYYY-MM-DD
            created_at           TEXT NOT NULL,            -- ISO 8601, UTC
            updated_at           TEXT NOT NULL,
            title                TEXT NOT NULL DEFAULT '',
            body                 TEXT NOT NULL DEFAULT '',  -- Markdown
            preview              TEXT NOT NULL DEFAULT '',  -- start of the body, for lists
            mood                 INTEGER CHECK (mood BETWEEN 1 AND 5),
            prompt_id            TEXT,
            share_with_therapist INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX entries_by_date ON entries (entry_date DESC, id DESC);

        CREATE TABLE tags (
            id   INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE
        );
        CREATE TABLE entry_tags (
            entry_id INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
            tag_id   INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
            PRIMARY KEY (entry_id, tag_id)
        ) WITHOUT ROWID;
        CREATE INDEX entry_tags_by_tag ON entry_tags (tag_id, entry_id);

        -- Full-text index over title and body, kept in step by the triggers below.
        CREATE VIRTUAL TABLE entries_fts USING fts5 (
            title, body,
            content = 'entries', content_rowid = 'id',
            tokenize = 'unicode61 remove_diacritics 2'
        );
        -- Remove a deleted entry's words from the index itself, not just mark them.
        INSERT INTO entries_fts (entries_fts, rank) VALUES ('secure-delete', 1);
        -- Title words weigh more than body words.
        INSERT INTO entries_fts (entries_fts, rank) VALUES ('rank', 'bm25(10.0, 1.0)');

        CREATE TRIGGER entries_fts_insert AFTER INSERT ON entries BEGIN
            INSERT INTO entries_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
        END;
        CREATE TRIGGER entries_fts_delete AFTER DELETE ON entries BEGIN
            INSERT INTO entries_fts (entries_fts, rowid, title, body)
                VALUES ('delete', old.id, old.title, old.body);
        END;
        CREATE TRIGGER entries_fts_update AFTER UPDATE OF title, body ON entries BEGIN
            INSERT INTO entries_fts (entries_fts, rowid, title, body)
                VALUES ('delete', old.id, old.title, old.body);
            INSERT INTO entries_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
        END;
"""

# Self-care check-ins (with her own self-care items and triggers) and safe
# places (photos as blobs inside the encrypted database, in their own table so that
# lists never read them).
_CHECKINS_AND_SAFE_PLACES = """
        CREATE TABLE checkins (
            id               INTEGER PRIMARY KEY,
            day              TEXT NOT NULL,             -- YYYY-MM-DD
            created_at       TEXT NOT NULL,
            updated_at       TEXT NOT NULL,
            mood             INTEGER CHECK (mood BETWEEN 0 AND 10),
            anxiety          INTEGER CHECK (anxiety BETWEEN 0 AND 10),
            safety           INTEGER CHECK (safety BETWEEN 0 AND 10),
            sleep_hours      REAL CHECK (sleep_hours BETWEEN 0 AND 24),
            sleep_quality    INTEGER CHECK (sleep_quality BETWEEN 0 AND 10),
            meals_regular    INTEGER CHECK (meals_regular IN (0, 1)),
            movement_minutes INTEGER CHECK (movement_minutes BETWEEN 0 AND 1440),
            note             TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX checkins_by_day ON checkins (day, id);

        CREATE TABLE selfcare_items (
            id       INTEGER PRIMARY KEY,
            key      TEXT UNIQUE,                        -- built-in items only
            name     TEXT NOT NULL DEFAULT '',           -- her own items only
            position INTEGER NOT NULL
        );
        CREATE UNIQUE INDEX selfcare_items_by_name ON selfcare_items (name COLLATE NOCASE)
            WHERE key IS NULL;
        INSERT INTO selfcare_items (key, position) VALUES
            ('walk', 0), ('bath', 1), ('sun', 2), ('breathing', 3), ('mindfulness', 4),
            ('prayer', 5), ('music', 6), ('talking', 7);
        CREATE TABLE checkin_selfcare (
            checkin_id INTEGER NOT NULL REFERENCES checkins (id) ON DELETE CASCADE,
            item_id    INTEGER NOT NULL REFERENCES selfcare_items (id) ON DELETE CASCADE,
            PRIMARY KEY (checkin_id, item_id)
        ) WITHOUT ROWID;

        CREATE TABLE triggers (
            id       INTEGER PRIMARY KEY,
            name     TEXT NOT NULL UNIQUE COLLATE NOCASE,
            position INTEGER NOT NULL
        );
        CREATE TABLE checkin_triggers (
            checkin_id INTEGER NOT NULL REFERENCES checkins (id) ON DELETE CASCADE,
            trigger_id INTEGER NOT NULL REFERENCES triggers (id) ON DELETE CASCADE,
            count      INTEGER NOT NULL CHECK (count BETWEEN 1 AND 99),
            PRIMARY KEY (checkin_id, trigger_id)
        ) WITHOUT ROWID;

        CREATE TABLE safe_places (
            id           INTEGER PRIMARY KEY,
            kind         TEXT NOT NULL CHECK (kind IN
                             ('person', 'spot', 'memory', 'imagined', 'photo', 'activity')),
            title        TEXT NOT NULL,
            description  TEXT NOT NULL DEFAULT '',
            how_it_helps TEXT NOT NULL DEFAULT '',
            favourite    INTEGER NOT NULL DEFAULT 0,
            position     INTEGER NOT NULL,
            created_at   TEXT NOT NULL,
            updated_at   TEXT NOT NULL
        );
        CREATE TABLE safe_place_photos (
            place_id INTEGER PRIMARY KEY REFERENCES safe_places (id) ON DELETE CASCADE,
            mime     TEXT NOT NULL CHECK (mime IN ('image/jpeg', 'image/png')),
            width    INTEGER NOT NULL,
            height   INTEGER NOT NULL,
            data     BLOB NOT NULL
        );
"""

# Needs and the boundaries worksheet. Deleting a need or a boundary takes its
# notes, history, earlier versions and crossings with it (ON DELETE CASCADE).
_NEEDS_AND_BOUNDARIES = """
        CREATE TABLE needs (
            id         INTEGER PRIMARY KEY,
            text       TEXT NOT NULL,
            area       TEXT NOT NULL CHECK (area IN ('safety', 'rest', 'support',
                           'information', 'time_for_me', 'faith', 'other')),
            status     TEXT NOT NULL CHECK (status IN ('noticed', 'asked', 'met', 'changed')),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE need_status_changes (
            id         INTEGER PRIMARY KEY,
            need_id    INTEGER NOT NULL REFERENCES needs (id) ON DELETE CASCADE,
            status     TEXT NOT NULL,
            changed_on TEXT NOT NULL                       -- YYYY-MM-DD
        );
        CREATE INDEX need_status_changes_by_need ON need_status_changes (need_id, id);
        CREATE TABLE need_notes (
            id         INTEGER PRIMARY KEY,
            need_id    INTEGER NOT NULL REFERENCES needs (id) ON DELETE CASCADE,
            note_date  TEXT NOT NULL,                      -- YYYY-MM-DD
            text       TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE INDEX need_notes_by_need ON need_notes (need_id, note_date);

        CREATE TABLE boundaries (
            id          INTEGER PRIMARY KEY,
            action      TEXT NOT NULL,                     -- what I will do
            need_text   TEXT NOT NULL DEFAULT '',
            need_id     INTEGER REFERENCES needs (id) ON DELETE SET NULL,
            consequence TEXT NOT NULL DEFAULT '',
            willing     TEXT CHECK (willing IN ('yes', 'not_yet', 'no')),
            support     TEXT NOT NULL DEFAULT '',
            status      TEXT NOT NULL CHECK (status IN ('considering', 'decided',
                            'communicated', 'holding', 'revised', 'let_go')),
            review_date TEXT,
            notes       TEXT NOT NULL DEFAULT '',
            template_id TEXT,
            version     INTEGER NOT NULL DEFAULT 1,
            created_at  TEXT NOT NULL,
            updated_at  TEXT NOT NULL
        );
        CREATE INDEX boundaries_by_need ON boundaries (need_id);
        CREATE TABLE boundary_versions (       -- earlier wordings, kept on revision
            id          INTEGER PRIMARY KEY,
            boundary_id INTEGER NOT NULL REFERENCES boundaries (id) ON DELETE CASCADE,
            version     INTEGER NOT NULL,
            saved_at    TEXT NOT NULL,
            action      TEXT NOT NULL,
            need_text   TEXT NOT NULL,
            need_id     INTEGER,
            consequence TEXT NOT NULL,
            willing     TEXT,
            support     TEXT NOT NULL,
            status      TEXT NOT NULL,
            review_date TEXT,
            notes       TEXT NOT NULL,
            template_id TEXT,
            UNIQUE (boundary_id, version)
        );
        CREATE TABLE boundary_status_changes (
            id          INTEGER PRIMARY KEY,
            boundary_id INTEGER NOT NULL REFERENCES boundaries (id) ON DELETE CASCADE,
            status      TEXT NOT NULL,
            changed_on  TEXT NOT NULL                      -- YYYY-MM-DD
        );
        CREATE INDEX boundary_status_changes_by_boundary
            ON boundary_status_changes (boundary_id, id);
        CREATE TABLE boundary_crossings (
            id            INTEGER PRIMARY KEY,
            boundary_id   INTEGER NOT NULL REFERENCES boundaries (id) ON DELETE CASCADE,
            crossed_on    TEXT NOT NULL,                   -- YYYY-MM-DD
            what_happened TEXT NOT NULL,
            followed      TEXT NOT NULL CHECK (followed IN ('yes', 'partly', 'no')),
            feeling       TEXT NOT NULL DEFAULT '',
            learned       TEXT NOT NULL DEFAULT '',
            created_at    TEXT NOT NULL
        );
        CREATE INDEX boundary_crossings_by_boundary
            ON boundary_crossings (boundary_id, crossed_on);

        -- Half-filled forms (the guided boundary flow, a crossing being logged), saved as
        -- she types so a lock or quick exit loses nothing. One row per form, JSON.
        CREATE TABLE form_drafts (
            name       TEXT PRIMARY KEY,
            data       TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
"""

_SUPPORT_SAFETY_AGENDA = """
        -- Her support network: people and groups, and whose advice she allows.
        CREATE TABLE support_people (
            id         INTEGER PRIMARY KEY,
            name       TEXT NOT NULL,
            kind       TEXT NOT NULL CHECK (kind IN ('trusted', 'peer-group', 'therapist',
                                                     'gp', 'pastor', 'lawyer', 'helpline',
                                                     'other')),
            contact    TEXT NOT NULL DEFAULT '',
            notes      TEXT NOT NULL DEFAULT '',
            may_advise INTEGER NOT NULL DEFAULT 0 CHECK (may_advise IN (0, 1)),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        -- Included helplines (shipped with the app) that she chose to hide.
        CREATE TABLE hidden_helplines (
            helpline_id TEXT PRIMARY KEY
        ) WITHOUT ROWID;

        -- The safety plan: one row, in her own words.
        CREATE TABLE safety_plan (
            id          INTEGER PRIMARY KEY CHECK (id = 1),
            concerns    TEXT NOT NULL DEFAULT '',
            agreements  TEXT NOT NULL DEFAULT '',
            who_to_call TEXT NOT NULL DEFAULT '',
            what_i_do   TEXT NOT NULL DEFAULT '',
            updated_at  TEXT NOT NULL
        );

        -- STI tests: when, where, whether he was tested, when to test again.
        CREATE TABLE sti_tests (
            id             INTEGER PRIMARY KEY,
            taken_on       TEXT NOT NULL,                   -- YYYY-MM-DD
            tested_by      TEXT NOT NULL DEFAULT '',
            partner_tested TEXT NOT NULL DEFAULT 'unknown'
                           CHECK (partner_tested IN ('yes', 'no', 'unknown')),
            follow_up_on   TEXT,                            -- YYYY-MM-DD or NULL
            created_at     TEXT NOT NULL
        );

        -- Topics for the next therapy session, possibly from a record of another kind.
        CREATE TABLE agenda_items (
            id           INTEGER PRIMARY KEY,
            text         TEXT NOT NULL,
            source_kind  TEXT NOT NULL DEFAULT 'free'
                         CHECK (source_kind IN ('free', 'entry', 'boundary', 'checkin',
                                                'need')),
            source_id    INTEGER,
            created_at   TEXT NOT NULL,
            discussed_on TEXT                               -- session date, or NULL
        );
        CREATE INDEX agenda_items_open ON agenda_items (discussed_on, id);
        -- A deleted record leaves the topic (her words) but not a dangling link.
        CREATE TRIGGER agenda_unlink_entry AFTER DELETE ON entries BEGIN
            UPDATE agenda_items SET source_id = NULL, source_kind = 'free'
                WHERE source_kind = 'entry' AND source_id = old.id;
        END;
        CREATE TRIGGER agenda_unlink_boundary AFTER DELETE ON boundaries BEGIN
            UPDATE agenda_items SET source_id = NULL, source_kind = 'free'
                WHERE source_kind = 'boundary' AND source_id = old.id;
        END;
        CREATE TRIGGER agenda_unlink_checkin AFTER DELETE ON checkins BEGIN
            UPDATE agenda_items SET source_id = NULL, source_kind = 'free'
                WHERE source_kind = 'checkin' AND source_id = old.id;
        END;
        CREATE TRIGGER agenda_unlink_need AFTER DELETE ON needs BEGIN
            UPDATE agenda_items SET source_id = NULL, source_kind = 'free'
                WHERE source_kind = 'need' AND source_id = old.id;
        END;
"""

# Photos of imported entries (Day One), as blobs inside the encrypted database
# like the safe places' photos; deleting an entry takes its photos with it.
_ENTRY_PHOTOS = """
        CREATE TABLE entry_photos (
            id       INTEGER PRIMARY KEY,
            entry_id INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            mime     TEXT NOT NULL CHECK (mime IN ('image/jpeg', 'image/png')),
            width    INTEGER NOT NULL,
            height   INTEGER NOT NULL,
            data     BLOB NOT NULL
        );
        CREATE INDEX entry_photos_by_entry ON entry_photos (entry_id, position);
"""

# The people of her support network who support her in holding a boundary
# ("who supports me"). Deleting either side removes only the link: the boundary keeps
# its text, the person stays on her list.
_BOUNDARY_SUPPORT = """
        CREATE TABLE boundary_support (
            boundary_id INTEGER NOT NULL REFERENCES boundaries (id) ON DELETE CASCADE,
            person_id   INTEGER NOT NULL REFERENCES support_people (id) ON DELETE CASCADE,
            PRIMARY KEY (boundary_id, person_id)
        ) WITHOUT ROWID;
        CREATE INDEX boundary_support_by_person ON boundary_support (person_id, boundary_id);
"""

# The journal list and search narrowed by mood or by "shared with my therapist": with
# these a month's count or a list page is a range of an index (ms), not a read of every
# entry, body and all (1.1-1.8 s at 100,000 entries). The
# entry_date after the filter column keeps the list's order (date, then id) in the index.
_FILTER_INDEXES = """
        CREATE INDEX entries_by_mood ON entries (mood, entry_date);
        CREATE INDEX entries_by_shared ON entries (share_with_therapist, entry_date);
"""

# Her answers about her situation (which partner, faith) and other choices that reveal
# it: inside the vault, never in the plain settings file. One row per preference.
_PREFERENCES = """
        CREATE TABLE preferences (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ) WITHOUT ROWID;
"""

# What happened and when (events she writes down, entries she marks as milestones) and
# her progress along the paced path. An event's date may be approximate ("spring
# 2019"): it is kept as the range it stands for, the day it sorts on and her own words.
_EVENTS_AND_PATH = """
        CREATE TABLE events (
            id          INTEGER PRIMARY KEY,
            precision   TEXT NOT NULL CHECK (precision IN
                            ('day', 'around', 'month', 'season', 'year')),
            date_from   TEXT NOT NULL,                     -- YYYY-MM-DD, first day it may be
            date_to     TEXT NOT NULL,                     -- YYYY-MM-DD, last day it may be
            sort_day    TEXT NOT NULL,                     -- YYYY-MM-DD, where it sorts
            date_words  TEXT NOT NULL DEFAULT '',          -- her own words for the date
            what        TEXT NOT NULL,
            source      TEXT NOT NULL CHECK (source IN
                            ('saw', 'he_told', 'someone_told', 'found', 'suspect')),
            note        TEXT NOT NULL DEFAULT '',
            created_at  TEXT NOT NULL,
            updated_at  TEXT NOT NULL,
            CHECK (date_from <= sort_day AND sort_day <= date_to)
        );
        CREATE INDEX events_by_day ON events (sort_day, id);

        CREATE TABLE entry_milestones (
            entry_id INTEGER PRIMARY KEY REFERENCES entries (id) ON DELETE CASCADE
        ) WITHOUT ROWID;

        CREATE TABLE path_steps (
            step_id     TEXT PRIMARY KEY,
            state       TEXT NOT NULL CHECK (state IN ('started', 'done', 'skipped')),
            started_at  TEXT,                              -- ISO 8601 UTC: exercise opened
            decided_on  TEXT,                              -- YYYY-MM-DD: done or skipped
            record_kind TEXT,                              -- what the exercise made
            record_id   INTEGER
        ) WITHOUT ROWID;
        -- Timeline queries by date (status changes had only an index by their record).
        CREATE INDEX need_status_changes_by_day ON need_status_changes (changed_on);
        CREATE INDEX boundary_status_changes_by_day ON boundary_status_changes (changed_on);
        CREATE INDEX boundary_crossings_by_day ON boundary_crossings (crossed_on);
        CREATE INDEX sti_tests_by_day ON sti_tests (taken_on);
"""

# "I'm not sure any more" as a way of knowing an event. SQLite cannot change a CHECK in
# place: the table is made anew with the wider CHECK, the rows copied over (same columns,
# same ids), the old table dropped and the new one renamed. No table refers to events.
_UNSURE_SOURCE = """
        CREATE TABLE events_new (
            id          INTEGER PRIMARY KEY,
            precision   TEXT NOT NULL CHECK (precision IN
                            ('day', 'around', 'month', 'season', 'year')),
            date_from   TEXT NOT NULL,
            date_to     TEXT NOT NULL,
            sort_day    TEXT NOT NULL,
            date_words  TEXT NOT NULL DEFAULT '',
            what        TEXT NOT NULL,
            source      TEXT NOT NULL CHECK (source IN
                            ('saw', 'he_told', 'someone_told', 'found', 'suspect', 'unsure')),
            note        TEXT NOT NULL DEFAULT '',
            created_at  TEXT NOT NULL,
            updated_at  TEXT NOT NULL,
            CHECK (date_from <= sort_day AND sort_day <= date_to)
        );
        INSERT INTO events_new (id, precision, date_from, date_to, sort_day, date_words,
                                what, source, note, created_at, updated_at)
            SELECT id, precision, date_from, date_to, sort_day, date_words,
                   what, source, note, created_at, updated_at FROM events;
        DROP TABLE events;
        ALTER TABLE events_new RENAME TO events;
        CREATE INDEX events_by_day ON events (sort_day, id);
"""

# A self-care item or trigger she no longer wants offered in a new check-in, but whose
# past check-ins, trends and summary keep it ("Stop showing", beside "Remove everywhere").
_HIDDEN_LIST_ITEMS = """
        ALTER TABLE selfcare_items ADD COLUMN hidden INTEGER NOT NULL DEFAULT 0
            CHECK (hidden IN (0, 1));
        ALTER TABLE triggers ADD COLUMN hidden INTEGER NOT NULL DEFAULT 0
            CHECK (hidden IN (0, 1));
"""

MIGRATIONS: list[str] = [_V0_TO_V1, _CHECKINS_AND_SAFE_PLACES, _NEEDS_AND_BOUNDARIES,
                         _SUPPORT_SAFETY_AGENDA, _ENTRY_PHOTOS, _BOUNDARY_SUPPORT,
                         _FILTER_INDEXES, _PREFERENCES, _EVENTS_AND_PATH, _UNSURE_SOURCE,
                         _HIDDEN_LIST_ITEMS]
SCHEMA_VERSION = len(MIGRATIONS)


def schema_version(conn: Any) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: Any, *, target: int = SCHEMA_VERSION) -> None:
    """Bring the database up to `target`, one step per transaction.

    `conn` must be in autocommit mode (isolation_level=None).
    """
    current = schema_version(conn)
    if current > SCHEMA_VERSION:
        raise SchemaTooNew(current, SCHEMA_VERSION)
    for version in range(current, target):
        # executescript() commits any open transaction first, so the whole step,
        # version bump included, is one script between its own BEGIN and COMMIT.
        script = (f"BEGIN IMMEDIATE;\n{MIGRATIONS[version]}\n"
                  f"PRAGMA user_version = {version + 1:d};\nCOMMIT;")
        try:
            conn.executescript(script)
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
