-- Assessment reports that were built and written to a destination: one row per zip. A report is
-- recorded only once the zip is complete at its destination, so every row names a whole zip.
CREATE TABLE assessment_report (
    id                  VARCHAR(36)   NOT NULL PRIMARY KEY,
    assessment_id       VARCHAR(36)   NOT NULL REFERENCES assessment (id),
    name                VARCHAR(300)  NOT NULL,
    description         VARCHAR(1000),
    selection_json      TEXT          NOT NULL,
    evidence_items      BIGINT        NOT NULL,
    files               BIGINT        NOT NULL,
    size_bytes          BIGINT        NOT NULL,
    -- SHA-256 of the zip as written, and of its signed digest.txt.
    zip_sha256          VARCHAR(64)   NOT NULL,
    digest_sha256       VARCHAR(64)   NOT NULL,
    signature_algorithm VARCHAR(32)   NOT NULL,
    key_id              VARCHAR(100)  NOT NULL,
    location            VARCHAR(2048) NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by          VARCHAR(300)  NOT NULL
);
CREATE INDEX assessment_report_by_assessment ON assessment_report (assessment_id, created_at);
