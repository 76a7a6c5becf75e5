-- Uploaded files: the name as the client sent it and the checked content type. The evidence row
-- keeps the sanitised name (hashed into the chain); these are metadata for display and download.
CREATE TABLE evidence_file (
    evidence_id     VARCHAR(36)   NOT NULL PRIMARY KEY REFERENCES evidence (id),
    original_name   VARCHAR(1024) NOT NULL,
    content_type    VARCHAR(100)  NOT NULL
);

-- Retention: content (a stored body or a blob) of an assessment's evidence that was purged on
-- purpose. The items, their content hashes and the chain stay; verification accepts a missing
-- content only where it finds its tombstone here.
CREATE TABLE evidence_purge (
    assessment_id   VARCHAR(36)  NOT NULL REFERENCES assessment (id),
    content_sha256  VARCHAR(64)  NOT NULL,
    purged_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    reason          VARCHAR(300) NOT NULL,
    PRIMARY KEY (assessment_id, content_sha256)
);
