-- API keys and delegations (issues 9 and 5). Portable SQL, as V1.

-- An API key is shown once when created; only the SHA-256 of the whole key is kept (a key is 256
-- random bits, so a hash cannot be reversed by guessing). key_prefix is the key's first characters,
-- enough to recognise a key in a list without revealing it. Revoking sets revoked_at; rows are
-- never deleted, so a revoked key stays revoked and the bootstrap key is not re-created.
CREATE TABLE api_key (
    id              VARCHAR(36)  NOT NULL PRIMARY KEY,
    name            VARCHAR(100) NOT NULL,
    subject         VARCHAR(300) NOT NULL,
    roles           VARCHAR(200) NOT NULL,
    key_prefix      VARCHAR(16)  NOT NULL,
    key_hash        VARCHAR(64)  NOT NULL UNIQUE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by      VARCHAR(300) NOT NULL,
    expires_at      TIMESTAMP WITH TIME ZONE,
    revoked_at      TIMESTAMP WITH TIME ZONE,
    revoked_by      VARCHAR(300),
    last_used_at    TIMESTAMP WITH TIME ZONE
);

-- A control set of an assessment delegated to a person (the subject of their token), as in Audit
-- Manager: IN_PROGRESS until the delegate submits it for review (UNDER_REVIEW), COMPLETE when an
-- owner accepts it.
CREATE TABLE delegation (
    id              VARCHAR(36)  NOT NULL PRIMARY KEY,
    assessment_id   VARCHAR(36)  NOT NULL REFERENCES assessment (id),
    control_set_id  VARCHAR(300) NOT NULL,
    delegate        VARCHAR(300) NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    comment         VARCHAR(350),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by      VARCHAR(300) NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    submitted_at    TIMESTAMP WITH TIME ZONE,
    submit_comment  VARCHAR(350),
    completed_at    TIMESTAMP WITH TIME ZONE,
    completed_by    VARCHAR(300)
);
CREATE INDEX delegation_by_assessment ON delegation (assessment_id, delegate);
CREATE INDEX delegation_by_delegate ON delegation (delegate);
