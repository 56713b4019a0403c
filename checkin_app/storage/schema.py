"""The database schema as an ordered list of migrations (`PRAGMA user_version` = applied count)."""

from __future__ import annotations

MIGRATIONS: tuple[str, ...] = (
    # 1: the first schema (docs/architecture.md, "Data model").
    """
    CREATE TABLE events (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        status TEXT,
        start_date TEXT,
        end_date TEXT,
        time_zone_id TEXT,
        currency TEXT,
        location_name TEXT,
        slug TEXT,
        json TEXT,
        updated_at TEXT NOT NULL
    );

    CREATE TABLE ticket_definitions (
        id TEXT PRIMARY KEY,
        event_id TEXT NOT NULL,
        name TEXT NOT NULL,
        price TEXT,
        currency TEXT,
        free INTEGER NOT NULL DEFAULT 0,
        initial_limit INTEGER,
        sold_count INTEGER NOT NULL DEFAULT 0,
        reserved_count INTEGER NOT NULL DEFAULT 0,
        unsold_count INTEGER,
        sold_out INTEGER NOT NULL DEFAULT 0,
        hidden INTEGER NOT NULL DEFAULT 0,
        sale_status TEXT,
        json TEXT,
        updated_at TEXT NOT NULL
    );
    CREATE INDEX ticket_definitions_event ON ticket_definitions(event_id);

    -- Server state only; local admissions live in `checkins`.
    CREATE TABLE tickets (
        event_id TEXT NOT NULL,
        ticket_number TEXT NOT NULL COLLATE NOCASE,
        order_number TEXT NOT NULL DEFAULT '' COLLATE NOCASE,
        definition_id TEXT,
        ticket_name TEXT NOT NULL DEFAULT '',
        order_status TEXT NOT NULL,
        archived INTEGER NOT NULL DEFAULT 0,
        order_archived INTEGER NOT NULL DEFAULT 0,
        canceled INTEGER NOT NULL DEFAULT 0,
        guest_first_name TEXT NOT NULL DEFAULT '',
        guest_last_name TEXT NOT NULL DEFAULT '',
        guest_email TEXT NOT NULL DEFAULT '',
        buyer_name TEXT NOT NULL DEFAULT '',
        price TEXT,
        currency TEXT,
        server_checked_in_at TEXT,
        removed INTEGER NOT NULL DEFAULT 0,
        generation INTEGER NOT NULL DEFAULT 0,
        UNIQUE (event_id, ticket_number)
    );
    CREATE INDEX tickets_number ON tickets(ticket_number);
    CREATE INDEX tickets_order ON tickets(event_id, order_number);

    -- Search index: prefix indexes make search-as-you-type a single index lookup.
    CREATE VIRTUAL TABLE tickets_fts USING fts5(
        guest_name, guest_email, ticket_number, order_number,
        prefix = '1 2 3',
        tokenize = "unicode61 remove_diacritics 2"
    );
    CREATE TRIGGER tickets_fts_insert AFTER INSERT ON tickets BEGIN
        INSERT INTO tickets_fts(rowid, guest_name, guest_email, ticket_number, order_number)
        VALUES (new.rowid,
                new.guest_first_name || ' ' || new.guest_last_name || ' ' || new.buyer_name,
                new.guest_email, new.ticket_number, new.order_number);
    END;
    CREATE TRIGGER tickets_fts_update AFTER UPDATE ON tickets
    WHEN old.guest_first_name IS NOT new.guest_first_name
      OR old.guest_last_name IS NOT new.guest_last_name
      OR old.buyer_name IS NOT new.buyer_name
      OR old.guest_email IS NOT new.guest_email
      OR old.order_number IS NOT new.order_number
    BEGIN
        DELETE FROM tickets_fts WHERE rowid = old.rowid;
        INSERT INTO tickets_fts(rowid, guest_name, guest_email, ticket_number, order_number)
        VALUES (new.rowid,
                new.guest_first_name || ' ' || new.guest_last_name || ' ' || new.buyer_name,
                new.guest_email, new.ticket_number, new.order_number);
    END;
    CREATE TRIGGER tickets_fts_delete AFTER DELETE ON tickets BEGIN
        DELETE FROM tickets_fts WHERE rowid = old.rowid;
    END;

    -- Append-only log of every scan attempt on this station.
    CREATE TABLE checkins (
        scan_id TEXT PRIMARY KEY,
        kind TEXT NOT NULL DEFAULT 'scan',          -- scan | undo
        event_id TEXT NOT NULL,
        ticket_number TEXT COLLATE NOCASE,
        station TEXT NOT NULL,
        method TEXT NOT NULL,
        decision TEXT NOT NULL,
        reason TEXT NOT NULL DEFAULT '',
        override INTEGER NOT NULL DEFAULT 0,
        payment_collected INTEGER NOT NULL DEFAULT 0,
        device_time TEXT NOT NULL,
        monotonic_ns INTEGER NOT NULL,
        undo_of TEXT REFERENCES checkins(scan_id),
        undone_by TEXT REFERENCES checkins(scan_id),
        undone_server_at TEXT                       -- the server check-in an undo cancelled
    );
    CREATE INDEX checkins_ticket ON checkins(event_id, ticket_number);
    CREATE INDEX checkins_time ON checkins(device_time);

    -- Queued Wix calls, written in the same transaction as the checkins row they serve.
    CREATE TABLE outbox (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        kind TEXT NOT NULL,                          -- check_in | undo_check_in | confirm_order
        event_id TEXT NOT NULL,
        ticket_number TEXT COLLATE NOCASE,
        order_number TEXT,
        scan_id TEXT REFERENCES checkins(scan_id),
        state TEXT NOT NULL DEFAULT 'pending',       -- pending | inflight | done | dead | cancelled
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at REAL NOT NULL DEFAULT 0,
        lease_until REAL,
        last_error TEXT,
        created_at TEXT NOT NULL,
        done_at TEXT
    );
    CREATE INDEX outbox_state ON outbox(state, next_attempt_at);
    CREATE INDEX outbox_scan ON outbox(scan_id);

    -- Orders whose pay-at-door money this station collected (Confirm Order queued).
    CREATE TABLE local_payments (
        event_id TEXT NOT NULL,
        order_number TEXT NOT NULL COLLATE NOCASE,
        amount TEXT,
        currency TEXT,
        station TEXT NOT NULL,
        collected_at TEXT NOT NULL,
        PRIMARY KEY (event_id, order_number)
    );

    CREATE TABLE sync_state (
        stream TEXT PRIMARY KEY,
        watermark TEXT,
        last_success_at TEXT,
        last_error TEXT,
        last_error_at TEXT,
        generation INTEGER NOT NULL DEFAULT 0
    );

    CREATE TABLE conflicts (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        event_id TEXT NOT NULL,
        ticket_number TEXT NOT NULL COLLATE NOCASE,
        local_scan_id TEXT,
        local_station TEXT,
        local_at TEXT,
        server_at TEXT,
        detected_at TEXT NOT NULL,
        resolved INTEGER NOT NULL DEFAULT 0,
        UNIQUE (event_id, ticket_number, local_scan_id)
    );
    """,
    # 2: walk-up sales (issue 6). A sale is written before each Wix call it makes, so after a
    # timeout or a crash the station knows what to ask Wix before retrying (never sell twice).
    """
    CREATE TABLE sales (
        id TEXT PRIMARY KEY,                         -- local UUID
        event_id TEXT NOT NULL,
        station TEXT NOT NULL,
        state TEXT NOT NULL,      -- reserving | reserved | checking_out | awaiting_payment
                                  -- | paid | canceled | expired | failed
        payment TEXT,                                -- cash | card
        lines TEXT NOT NULL,                         -- JSON: ticket types, quantities, prices
        ticket_count INTEGER NOT NULL,
        total TEXT NOT NULL DEFAULT '0',             -- Wix's order total once there is one
        currency TEXT,
        reservation_id TEXT,
        reservation_expires_at TEXT,
        buyer_first_name TEXT NOT NULL DEFAULT '',
        buyer_last_name TEXT NOT NULL DEFAULT '',
        buyer_email TEXT NOT NULL DEFAULT '',
        order_number TEXT COLLATE NOCASE,
        order_status TEXT,
        order_page_url TEXT,
        tickets TEXT,                                -- JSON: the tickets Wix issued
        last_error TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        paid_at TEXT
    );
    CREATE INDEX sales_station ON sales(station, state, paid_at);
    CREATE INDEX sales_event ON sales(event_id, state);

    -- When this station's current till shift began (totals count from here).
    CREATE TABLE sales_shifts (
        station TEXT PRIMARY KEY,
        started_at TEXT NOT NULL
    );

    -- Wix's Orders summary per event and currency, kept to show revenue offline.
    CREATE TABLE order_summaries (
        event_id TEXT NOT NULL,
        currency TEXT NOT NULL,
        revenue TEXT NOT NULL,
        total TEXT,
        total_orders INTEGER NOT NULL DEFAULT 0,
        total_tickets INTEGER NOT NULL DEFAULT 0,
        fetched_at TEXT NOT NULL,
        PRIMARY KEY (event_id, currency)
    );
    """,
    # 3: what the sync engine remembers of each check-in it sent, so a later pull can tell
    # this station's own check-in on Wix from another device's (checkin_app/sync/push_log.py).
    """
    CREATE TABLE sync_push_log (
        outbox_id INTEGER PRIMARY KEY,
        scan_id TEXT,
        first_sent_at TEXT NOT NULL,       -- server-clock estimate when the call first left
        sent_local REAL NOT NULL,          -- the laptop's clock then (epoch seconds)
        offset_known INTEGER NOT NULL,     -- 0: first_sent_at assumed no clock offset (yet)
        server_at TEXT,                    -- checkIn.created in Wix's reply, once one came
        last_sent_local REAL               -- the laptop's clock when the call last left
    );
    """,
    # 4: till shifts cut by payment sequence, not by time (issue 18): a sale stamped in the
    # same millisecond as a new shift's start belonged to both. Existing paid sales are
    # numbered in the order they were paid; an existing shift starts after the last sale
    # paid before it began (the old `paid_at >= started_at` rule, kept for the past).
    """
    ALTER TABLE sales ADD COLUMN paid_seq INTEGER;
    UPDATE sales SET paid_seq = (
        SELECT count(*) FROM sales AS earlier WHERE earlier.state = 'paid'
          AND (coalesce(earlier.paid_at, '') < coalesce(sales.paid_at, '')
               OR (coalesce(earlier.paid_at, '') = coalesce(sales.paid_at, '')
                   AND earlier.rowid <= sales.rowid)))
    WHERE state = 'paid';
    CREATE UNIQUE INDEX sales_paid_seq ON sales(paid_seq) WHERE paid_seq IS NOT NULL;
    ALTER TABLE sales_shifts ADD COLUMN after_seq INTEGER NOT NULL DEFAULT 0;
    UPDATE sales_shifts SET after_seq = coalesce(
        (SELECT max(paid_seq) FROM sales WHERE paid_at < sales_shifts.started_at), 0);
    """,
    # 5: when each event's guest data was forgotten (retention, checkin_app/storage/retention.py).
    """
    CREATE TABLE retention (
        event_id TEXT PRIMARY KEY,
        forgotten_at TEXT NOT NULL,
        tickets_forgotten INTEGER NOT NULL DEFAULT 0,
        sales_forgotten INTEGER NOT NULL DEFAULT 0
    );
    """,
    # 6: exact double-entry detection (issue 12) and the queue flush after a recovery (13.3):
    # what each check-in send proves about who made Wix's check-in (checkin_app/sync/
    # push_log.py), and the one hold a flush must respect — a 429's Retry-After.
    """
    ALTER TABLE outbox ADD COLUMN hold_until REAL;         -- Wix's Retry-After: not before this
    ALTER TABLE sync_push_log ADD COLUMN lost_sends TEXT;  -- JSON [[sent, failed, low, high,
                  -- session]]: sends that got no reply (local clock; server-offset bound)
    ALTER TABLE sync_push_log ADD COLUMN inflight TEXT;  -- the send now under way, as one
                  -- lost entry until it comes back (a crash leaves it standing)
    ALTER TABLE sync_push_log ADD COLUMN own_stamp INTEGER;  -- 1: server_at judged this
                                   -- station's own check-in; 0: another device's
    ALTER TABLE sync_push_log ADD COLUMN offset_low REAL;  -- server clock − local clock was
    ALTER TABLE sync_push_log ADD COLUMN offset_high REAL; -- within these when it was judged
    ALTER TABLE sync_push_log ADD COLUMN window_s REAL;    -- how close before this call another
                                   -- device's check-in could come and not be told apart
    ALTER TABLE sync_push_log ADD COLUMN read_local REAL;  -- a pre-read that saw the ticket free
    ALTER TABLE sync_push_log ADD COLUMN read_session TEXT;  -- the server-clock session it was in
    -- What this station sent for one ticket, looked up for every check-in Wix reports.
    CREATE INDEX outbox_ticket ON outbox(event_id, ticket_number, kind);
    """,
    # 7: the venue hub (issue 14; docs/hub.md). Who decided each scan (the hub for every door,
    # or this station alone while the hub was out of reach); which door admitted a ticket, as
    # a paired station hears it from the hub; and the hub's own tables: paired stations (a
    # hash of each credential, never the credential), station items already applied, and the
    # change feed stations follow (filled by triggers only where `hub_settings.feed` = 1).
    """
    ALTER TABLE checkins ADD COLUMN decided_by TEXT NOT NULL DEFAULT 'station';
    ALTER TABLE tickets ADD COLUMN checked_in_station TEXT;

    CREATE TABLE hub_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);

    CREATE TABLE hub_stations (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        token_hash TEXT NOT NULL,
        paired_at TEXT NOT NULL,
        last_contact TEXT,
        last_address TEXT,
        queue INTEGER NOT NULL DEFAULT 0,
        revoked_at TEXT
    );

    CREATE TABLE hub_received (
        station_id TEXT NOT NULL,
        item_key TEXT NOT NULL,
        result TEXT NOT NULL,
        received_at TEXT NOT NULL,
        PRIMARY KEY (station_id, item_key)
    );

    CREATE TABLE hub_feed (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        event_id TEXT NOT NULL,
        ticket_number TEXT NOT NULL COLLATE NOCASE
    );

    CREATE TRIGGER hub_feed_ticket_insert AFTER INSERT ON tickets
    WHEN EXISTS (SELECT 1 FROM hub_settings WHERE key = 'feed' AND value = '1')
    BEGIN
        INSERT INTO hub_feed (event_id, ticket_number) VALUES (new.event_id, new.ticket_number);
    END;
    CREATE TRIGGER hub_feed_ticket_update AFTER UPDATE ON tickets
    WHEN (old.order_status IS NOT new.order_status OR old.archived IS NOT new.archived
       OR old.order_archived IS NOT new.order_archived OR old.canceled IS NOT new.canceled
       OR old.removed IS NOT new.removed
       OR old.server_checked_in_at IS NOT new.server_checked_in_at
       OR old.guest_first_name IS NOT new.guest_first_name
       OR old.guest_last_name IS NOT new.guest_last_name
       OR old.guest_email IS NOT new.guest_email OR old.buyer_name IS NOT new.buyer_name
       OR old.ticket_name IS NOT new.ticket_name OR old.price IS NOT new.price
       OR old.order_number IS NOT new.order_number)
     AND EXISTS (SELECT 1 FROM hub_settings WHERE key = 'feed' AND value = '1')
    BEGIN
        INSERT INTO hub_feed (event_id, ticket_number) VALUES (new.event_id, new.ticket_number);
    END;
    CREATE TRIGGER hub_feed_checkin_insert AFTER INSERT ON checkins
    WHEN new.ticket_number IS NOT NULL
     AND ((new.kind = 'scan' AND new.decision = 'ADMITTED') OR new.kind = 'undo')
     AND EXISTS (SELECT 1 FROM hub_settings WHERE key = 'feed' AND value = '1')
    BEGIN
        INSERT INTO hub_feed (event_id, ticket_number) VALUES (new.event_id, new.ticket_number);
    END;
    CREATE TRIGGER hub_feed_checkin_update AFTER UPDATE OF undone_by, decision ON checkins
    WHEN new.ticket_number IS NOT NULL AND new.kind = 'scan'
     AND EXISTS (SELECT 1 FROM hub_settings WHERE key = 'feed' AND value = '1')
    BEGIN
        INSERT INTO hub_feed (event_id, ticket_number) VALUES (new.event_id, new.ticket_number);
    END;
    """,
    # 8: resumable full ticket downloads (issue 11). A download's pages are staged apart from
    # the live `tickets` (the door keeps deciding with the last complete list) and survive a
    # 429, a crash or a kill; the list is swapped in when every page is in
    # (checkin_app/sync/download.py). Also what the station learned of Wix's request budget,
    # and when each event's cheap checks last ran (checkin_app/sync/schedule.py).
    """
    CREATE TABLE ticket_downloads (
        event_id TEXT PRIMARY KEY,
        generation INTEGER NOT NULL,        -- the list's generation once swapped in
        reason TEXT NOT NULL,               -- first | verify | watermark | count
        total INTEGER,                      -- the total Wix announced on the latest page
        first_total INTEGER,                -- ... on the first page (bounds the pages)
        next_offset INTEGER NOT NULL DEFAULT 0,
        pages INTEGER NOT NULL DEFAULT 0,   -- pages received and staged
        guests_watermark TEXT,              -- Event Guests' latest updatedDate, read first
        watermark_read INTEGER NOT NULL DEFAULT 0,
        pace_per_minute REAL,               -- pages per minute lately (for "time left")
        started_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );

    CREATE TABLE staged_tickets (
        event_id TEXT NOT NULL,
        ticket_number TEXT NOT NULL COLLATE NOCASE,
        order_number TEXT NOT NULL DEFAULT '' COLLATE NOCASE,
        definition_id TEXT,
        ticket_name TEXT NOT NULL DEFAULT '',
        order_status TEXT NOT NULL,
        archived INTEGER NOT NULL DEFAULT 0,
        order_archived INTEGER NOT NULL DEFAULT 0,
        canceled INTEGER NOT NULL DEFAULT 0,
        guest_first_name TEXT NOT NULL DEFAULT '',
        guest_last_name TEXT NOT NULL DEFAULT '',
        guest_email TEXT NOT NULL DEFAULT '',
        buyer_name TEXT NOT NULL DEFAULT '',
        price TEXT,
        currency TEXT,
        server_checked_in_at TEXT,
        page_offset INTEGER NOT NULL,       -- the offset of the page that brought it
        UNIQUE (event_id, ticket_number)
    );
    CREATE VIRTUAL TABLE staged_tickets_fts USING fts5(
        guest_name, guest_email, ticket_number, order_number,
        prefix = '1 2 3',
        tokenize = "unicode61 remove_diacritics 2"
    );
    CREATE TRIGGER staged_tickets_fts_insert AFTER INSERT ON staged_tickets BEGIN
        INSERT INTO staged_tickets_fts(rowid, guest_name, guest_email, ticket_number,
                                       order_number)
        VALUES (new.rowid,
                new.guest_first_name || ' ' || new.guest_last_name || ' ' || new.buyer_name,
                new.guest_email, new.ticket_number, new.order_number);
    END;
    CREATE TRIGGER staged_tickets_fts_update AFTER UPDATE ON staged_tickets BEGIN
        DELETE FROM staged_tickets_fts WHERE rowid = old.rowid;
        INSERT INTO staged_tickets_fts(rowid, guest_name, guest_email, ticket_number,
                                       order_number)
        VALUES (new.rowid,
                new.guest_first_name || ' ' || new.guest_last_name || ' ' || new.buyer_name,
                new.guest_email, new.ticket_number, new.order_number);
    END;
    CREATE TRIGGER staged_tickets_fts_delete AFTER DELETE ON staged_tickets BEGIN
        DELETE FROM staged_tickets_fts WHERE rowid = old.rowid;
    END;

    -- The request rate this station learned for a site (AIMD on Wix's 429s), kept between
    -- processes: `checkin-app sync` is a new process every time.
    CREATE TABLE rate_state (
        site_id TEXT PRIMARY KEY,
        rate_per_minute REAL NOT NULL,
        paused_until REAL NOT NULL DEFAULT 0,   -- epoch seconds
        updated_at REAL NOT NULL                -- epoch seconds
    );

    -- When each event's cheap checks last ran (epoch seconds, the sync engine's clock).
    CREATE TABLE pull_schedule (
        event_id TEXT PRIMARY KEY,
        event_refreshed_at REAL,            -- the event and its ticket types
        delta_at REAL,                      -- the Event Guests changes
        counted_at REAL,                    -- List Tickets' total against the cache
        wix_total INTEGER,
        cached_total INTEGER,
        more_on_wix INTEGER NOT NULL DEFAULT 0, -- checks in a row where Wix had more
        count_baseline INTEGER NOT NULL DEFAULT 0 -- Wix's total minus the cache's live tickets
                                                  -- right after the last full download
    );
    """,
    # 9: search folds names and e-mails the same way on both sides (NFC + full case fold,
    # checkin_app/domain/text.py via checkin_search_fold, storage/sql_functions.py): a name
    # stored or typed in decomposed Unicode, or `Strauß` typed `STRAUSS`, is found. The
    # triggers index the folded text and the indexes (the live list's and the staged download's,
    # migration 8) are rebuilt. The text goes in as a BLOB: SQLCipher's binding would cut a
    # text argument short at a NUL.
    """
    DROP TRIGGER tickets_fts_insert;
    DROP TRIGGER tickets_fts_update;
    CREATE TRIGGER tickets_fts_insert AFTER INSERT ON tickets BEGIN
        INSERT INTO tickets_fts(rowid, guest_name, guest_email, ticket_number, order_number)
        VALUES (new.rowid,
                checkin_search_fold(CAST(new.guest_first_name || ' ' || new.guest_last_name
                                         || ' ' || new.buyer_name AS BLOB)),
                checkin_search_fold(CAST(new.guest_email AS BLOB)),
                new.ticket_number, new.order_number);
    END;
    CREATE TRIGGER tickets_fts_update AFTER UPDATE ON tickets
    WHEN old.guest_first_name IS NOT new.guest_first_name
      OR old.guest_last_name IS NOT new.guest_last_name
      OR old.buyer_name IS NOT new.buyer_name
      OR old.guest_email IS NOT new.guest_email
      OR old.order_number IS NOT new.order_number
    BEGIN
        DELETE FROM tickets_fts WHERE rowid = old.rowid;
        INSERT INTO tickets_fts(rowid, guest_name, guest_email, ticket_number, order_number)
        VALUES (new.rowid,
                checkin_search_fold(CAST(new.guest_first_name || ' ' || new.guest_last_name
                                         || ' ' || new.buyer_name AS BLOB)),
                checkin_search_fold(CAST(new.guest_email AS BLOB)),
                new.ticket_number, new.order_number);
    END;
    DELETE FROM tickets_fts;
    INSERT INTO tickets_fts(rowid, guest_name, guest_email, ticket_number, order_number)
    SELECT rowid,
           checkin_search_fold(CAST(guest_first_name || ' ' || guest_last_name || ' '
                                    || buyer_name AS BLOB)),
           checkin_search_fold(CAST(guest_email AS BLOB)), ticket_number, order_number
    FROM tickets;
    DROP TRIGGER staged_tickets_fts_insert;
    DROP TRIGGER staged_tickets_fts_update;
    CREATE TRIGGER staged_tickets_fts_insert AFTER INSERT ON staged_tickets BEGIN
        INSERT INTO staged_tickets_fts(rowid, guest_name, guest_email, ticket_number,
                                       order_number)
        VALUES (new.rowid,
                checkin_search_fold(CAST(new.guest_first_name || ' ' || new.guest_last_name
                                         || ' ' || new.buyer_name AS BLOB)),
                checkin_search_fold(CAST(new.guest_email AS BLOB)),
                new.ticket_number, new.order_number);
    END;
    CREATE TRIGGER staged_tickets_fts_update AFTER UPDATE ON staged_tickets BEGIN
        DELETE FROM staged_tickets_fts WHERE rowid = old.rowid;
        INSERT INTO staged_tickets_fts(rowid, guest_name, guest_email, ticket_number,
                                       order_number)
        VALUES (new.rowid,
                checkin_search_fold(CAST(new.guest_first_name || ' ' || new.guest_last_name
                                         || ' ' || new.buyer_name AS BLOB)),
                checkin_search_fold(CAST(new.guest_email AS BLOB)),
                new.ticket_number, new.order_number);
    END;
    DELETE FROM staged_tickets_fts;
    INSERT INTO staged_tickets_fts(rowid, guest_name, guest_email, ticket_number, order_number)
    SELECT rowid,
           checkin_search_fold(CAST(guest_first_name || ' ' || guest_last_name || ' '
                                    || buyer_name AS BLOB)),
           checkin_search_fold(CAST(guest_email AS BLOB)), ticket_number, order_number
    FROM staged_tickets;
    """,
    # 10: a door loading the venue hub's snapshot indexes the new tickets for search in one
    # statement after the insert (half the CPU of the per-row trigger at 100,000 tickets):
    # while `tickets_fts_paused` has a row — only ever inside that one transaction — the
    # insert trigger (migration 9's, folding) stands aside (storage/tickets.py, `indexed_after`).
    """
    CREATE TABLE tickets_fts_paused (paused INTEGER NOT NULL);
    DROP TRIGGER tickets_fts_insert;
    CREATE TRIGGER tickets_fts_insert AFTER INSERT ON tickets
    WHEN NOT EXISTS (SELECT 1 FROM tickets_fts_paused)
    BEGIN
        INSERT INTO tickets_fts(rowid, guest_name, guest_email, ticket_number, order_number)
        VALUES (new.rowid,
                checkin_search_fold(CAST(new.guest_first_name || ' ' || new.guest_last_name
                                         || ' ' || new.buyer_name AS BLOB)),
                checkin_search_fold(CAST(new.guest_email AS BLOB)),
                new.ticket_number, new.order_number);
    END;
    """,
    # 11: no admission is lost with a hub (issue 14, "takeover"). A paired door keeps every
    # admission a hub decided for it (or took over from it) until that hub says it reached
    # Wix, with the earliest moment on Wix's clock a send of it can have landed; a new hub
    # takes those over once each (checkin_app/services/hub_takeover.py). On a hub, the feed
    # also carries "sent to Wix" marks: a row with the scan id whenever a check-in's send
    # starts or its queued call ends for good (done, or cancelled by an undo). A refused
    # call is not the end: a supervisor may retry it, and a door keeps its copy meanwhile.
    """
    CREATE TABLE hub_held (
        scan_id TEXT PRIMARY KEY,
        event_id TEXT NOT NULL,
        ticket_number TEXT NOT NULL COLLATE NOCASE,
        hub_id TEXT NOT NULL,            -- the hub that decided it (or last took it over)
        lands_after REAL,                -- Wix-clock epoch s: no send of it landed before
                                         -- (NULL: unknown, any check-in may be its own)
        sending INTEGER NOT NULL DEFAULT 0,  -- 1: a send began; lands_after is final
        confirmed_by TEXT                -- the hub id that last confirmed it holds it
    );

    ALTER TABLE hub_feed ADD COLUMN scan_id TEXT;  -- a "sent to Wix" mark (NULL: a ticket row)

    CREATE TRIGGER hub_feed_send_started AFTER UPDATE OF inflight ON sync_push_log
    WHEN new.inflight IS NOT NULL AND new.scan_id IS NOT NULL
     AND EXISTS (SELECT 1 FROM hub_settings WHERE key = 'feed' AND value = '1')
    BEGIN
        INSERT INTO hub_feed (event_id, ticket_number, scan_id)
        SELECT event_id, ticket_number, new.scan_id FROM outbox
        WHERE id = new.outbox_id AND kind = 'check_in' AND ticket_number IS NOT NULL;
    END;
    CREATE TRIGGER hub_feed_call_finished AFTER UPDATE OF state ON outbox
    WHEN new.kind = 'check_in' AND new.scan_id IS NOT NULL AND new.ticket_number IS NOT NULL
     AND new.state IN ('done', 'cancelled') AND old.state IS NOT new.state
     AND EXISTS (SELECT 1 FROM hub_settings WHERE key = 'feed' AND value = '1')
    BEGIN
        INSERT INTO hub_feed (event_id, ticket_number, scan_id)
        VALUES (new.event_id, new.ticket_number, new.scan_id);
    END;
    """,
    # 12: an event's first download (no live list to keep deciding from) writes its pages
    # straight into the live list instead of staging them for a swap: nothing to swap at
    # the end (58 s at 100,000 tickets on the hub), and on a hub every page reaches the doors
    # through the feed as it arrives. The list stays incomplete (LIST_INCOMPLETE, never "not
    # on the guest list") until the download row goes; on a hub that moment moves the feed
    # too (an empty ticket number), so a door waiting on it learns the list is complete.
    """
    ALTER TABLE ticket_downloads ADD COLUMN into_live INTEGER NOT NULL DEFAULT 0;

    CREATE TRIGGER hub_feed_download_end AFTER DELETE ON ticket_downloads
    WHEN EXISTS (SELECT 1 FROM hub_settings WHERE key = 'feed' AND value = '1')
    BEGIN
        INSERT INTO hub_feed (event_id, ticket_number) VALUES (old.event_id, '');
    END;
    """,
    # 13: a first download abandoned (pages that do not add up) deletes its live pages; on a
    # hub each deletion moves the feed too, so the doors that already took those tickets
    # from it mark them gone (the feed's `gone`) instead of admitting them. Only then: other
    # deletions (retention) are each door's own to make.
    """
    CREATE TRIGGER hub_feed_first_download_page_gone AFTER DELETE ON tickets
    WHEN EXISTS (SELECT 1 FROM hub_settings WHERE key = 'feed' AND value = '1')
     AND EXISTS (SELECT 1 FROM ticket_downloads WHERE event_id = old.event_id
                 AND into_live = 1 AND generation = old.generation)
    BEGIN
        INSERT INTO hub_feed (event_id, ticket_number) VALUES (old.event_id, old.ticket_number);
    END;
    """,
)
