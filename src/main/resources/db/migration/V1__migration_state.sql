-- The migration state: directory objects (domains, databases, mailboxes), endpoints, batches, users and sync
-- requests, with their status history and reports. Plain SQL that runs on H2 and PostgreSQL alike.
-- Names and addresses are unique regardless of case: the *_key columns hold them lower-cased.

CREATE TABLE accepted_domain (
    id              UUID PRIMARY KEY,
    name            VARCHAR(256) NOT NULL,
    name_key        VARCHAR(256) NOT NULL UNIQUE,
    domain_name     VARCHAR(256) NOT NULL,
    domain_key      VARCHAR(256) NOT NULL UNIQUE,
    domain_type     VARCHAR(32)  NOT NULL,
    is_default      BOOLEAN      NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE mailbox_database (
    id                  UUID PRIMARY KEY,
    name                VARCHAR(256) NOT NULL,
    name_key            VARCHAR(256) NOT NULL UNIQUE,
    kind                VARCHAR(16)  NOT NULL,
    edb_file_path       VARCHAR(4000),
    imap_server         VARCHAR(256),
    port                INTEGER,
    security            VARCHAR(16),
    authentication      VARCHAR(16),
    accept_untrusted    BOOLEAN NOT NULL,
    master_user         VARCHAR(256),
    master_password     VARCHAR(1000),
    is_default          BOOLEAN NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE mailbox (
    id                  UUID PRIMARY KEY,
    name                VARCHAR(256) NOT NULL,
    name_key            VARCHAR(256) NOT NULL UNIQUE,
    alias               VARCHAR(256) NOT NULL,
    alias_key           VARCHAR(256) NOT NULL UNIQUE,
    display_name        VARCHAR(256) NOT NULL,
    primary_smtp        VARCHAR(320) NOT NULL,
    smtp_key            VARCHAR(320) NOT NULL UNIQUE,
    online_id           VARCHAR(320),
    database_id         UUID NOT NULL REFERENCES mailbox_database(id),
    password_secret     VARCHAR(1000),
    max_receive_size    BIGINT NOT NULL,
    max_send_size       BIGINT NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE migration_endpoint (
    id                      UUID PRIMARY KEY,
    name                    VARCHAR(256) NOT NULL,
    name_key                VARCHAR(256) NOT NULL UNIQUE,
    remote_server           VARCHAR(256) NOT NULL,
    port                    INTEGER NOT NULL,
    security                VARCHAR(16) NOT NULL,
    authentication          VARCHAR(16) NOT NULL,
    accept_untrusted        BOOLEAN NOT NULL,
    max_concurrent          INTEGER NOT NULL,
    max_concurrent_incr     INTEGER NOT NULL,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE migration_batch (
    id                      UUID PRIMARY KEY,
    name                    VARCHAR(64) NOT NULL,
    name_key                VARCHAR(64) NOT NULL UNIQUE,
    status                  VARCHAR(32) NOT NULL,
    source_endpoint_id      UUID NOT NULL REFERENCES migration_endpoint(id),
    exclude_folders         VARCHAR(100000) NOT NULL,
    include_folders         VARCHAR(100000) NOT NULL,
    auto_start              BOOLEAN NOT NULL,
    auto_complete           BOOLEAN NOT NULL,
    bad_item_limit          INTEGER NOT NULL,
    large_item_limit        INTEGER NOT NULL,
    notification_emails     VARCHAR(10000) NOT NULL,
    start_after             TIMESTAMP WITH TIME ZONE,
    complete_after          TIMESTAMP WITH TIME ZONE,
    allow_unknown_columns   BOOLEAN NOT NULL,
    time_zone               VARCHAR(128) NOT NULL,
    report_interval_s       BIGINT NOT NULL,
    skip_reports            BOOLEAN NOT NULL,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at              TIMESTAMP WITH TIME ZONE,
    initial_sync_at         TIMESTAMP WITH TIME ZONE,
    initial_sync_s          BIGINT,
    last_synced_at          TIMESTAMP WITH TIME ZONE,
    finalized_at            TIMESTAMP WITH TIME ZONE,
    submitted_by            VARCHAR(256),
    message                 VARCHAR(4000)
);

CREATE TABLE migration_user (
    id                      UUID PRIMARY KEY,
    batch_id                UUID NOT NULL REFERENCES migration_batch(id),
    email_address           VARCHAR(320) NOT NULL,
    email_key               VARCHAR(320) NOT NULL UNIQUE,
    user_name               VARCHAR(512) NOT NULL,
    password_secret         VARCHAR(1000) NOT NULL,
    user_root               VARCHAR(1000),
    status                  VARCHAR(32) NOT NULL,
    mailbox_id              UUID NOT NULL REFERENCES mailbox(id),
    request_id              UUID,
    last_sync_at            TIMESTAMP WITH TIME ZONE,
    last_check_at           TIMESTAMP WITH TIME ZONE,
    csv_row                 INTEGER NOT NULL,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX migration_user_batch ON migration_user(batch_id);
CREATE INDEX migration_user_status ON migration_user(status);

CREATE TABLE sync_request (
    id                      UUID PRIMARY KEY,
    name                    VARCHAR(256) NOT NULL,
    name_key                VARCHAR(256) NOT NULL,
    mailbox_id              UUID NOT NULL REFERENCES mailbox(id),
    batch_id                UUID,
    user_id                 UUID,
    endpoint_id             UUID,
    status                  VARCHAR(32) NOT NULL,
    next_kind               VARCHAR(16) NOT NULL,
    remote_server           VARCHAR(256) NOT NULL,
    remote_port             INTEGER NOT NULL,
    security                VARCHAR(16) NOT NULL,
    authentication          VARCHAR(16) NOT NULL,
    accept_untrusted        BOOLEAN NOT NULL,
    user_name               VARCHAR(512) NOT NULL,
    remote_email            VARCHAR(320),
    password_secret         VARCHAR(1000) NOT NULL,
    user_root               VARCHAR(1000),
    include_folders         VARCHAR(100000) NOT NULL,
    exclude_folders         VARCHAR(100000) NOT NULL,
    target_root_folder      VARCHAR(1000),
    bad_item_limit          INTEGER NOT NULL,
    large_item_limit        INTEGER NOT NULL,
    interval_s              BIGINT NOT NULL,
    start_after             TIMESTAMP WITH TIME ZONE,
    complete_after          TIMESTAMP WITH TIME ZONE,
    suspend_comment         VARCHAR(4000),
    next_sync_at            TIMESTAMP WITH TIME ZONE,
    claimed_by              VARCHAR(64),
    lease_until             TIMESTAMP WITH TIME ZONE,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    last_update_at          TIMESTAMP WITH TIME ZONE,
    completed_at            TIMESTAMP WITH TIME ZONE,
    initial_sync_done_at    TIMESTAMP WITH TIME ZONE,
    items_synced            BIGINT NOT NULL,
    items_skipped           BIGINT NOT NULL,
    bytes_transferred       BIGINT NOT NULL,
    total_items_in_source   BIGINT NOT NULL,
    estimated_size          BIGINT NOT NULL,
    estimated_count         BIGINT NOT NULL,
    bad_items               INTEGER NOT NULL,
    large_items             INTEGER NOT NULL,
    percent_complete        INTEGER NOT NULL,
    transient_failures      INTEGER DEFAULT 0 NOT NULL,
    failure_at              TIMESTAMP WITH TIME ZONE,
    failure_type            VARCHAR(256),
    failure_code            INTEGER,
    failure_side            VARCHAR(16),
    failure_context         VARCHAR(4000),
    failure_message         VARCHAR(100000),
    CONSTRAINT sync_request_name UNIQUE (mailbox_id, name_key)
);
CREATE INDEX sync_request_status ON sync_request(status);
CREATE INDEX sync_request_batch ON sync_request(batch_id);

CREATE TABLE status_event (
    id                      BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    subject_kind            VARCHAR(16) NOT NULL,
    subject_id              UUID NOT NULL,
    from_status             VARCHAR(32),
    to_status               VARCHAR(32) NOT NULL,
    changed_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    detail                  VARCHAR(4000)
);
CREATE INDEX status_event_subject ON status_event(subject_id);

CREATE TABLE report_entry (
    id                      BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    request_id              UUID NOT NULL,
    logged_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    message                 VARCHAR(100000) NOT NULL,
    failure_type            VARCHAR(256),
    failure_code            INTEGER,
    failure_side            VARCHAR(16),
    failure_context         VARCHAR(4000)
);
CREATE INDEX report_entry_request ON report_entry(request_id);

CREATE TABLE skipped_item (
    id                      BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    request_id              UUID NOT NULL,
    kind                    VARCHAR(64) NOT NULL,
    folder_name             VARCHAR(4000),
    subject                 VARCHAR(4000),
    date_received           TIMESTAMP WITH TIME ZONE,
    date_sent               TIMESTAMP WITH TIME ZONE,
    sender                  VARCHAR(1000),
    recipient               VARCHAR(4000),
    message_size            BIGINT NOT NULL,
    failure                 VARCHAR(100000)
);
CREATE INDEX skipped_item_request ON skipped_item(request_id);
