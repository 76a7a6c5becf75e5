-- Batch re-evaluation jobs (issue 6): the stored evidence of assessments evaluated again with the
-- rule base and frameworks serving now, each result stored as a new run. A job and its items are
-- persisted so that a job interrupted by a restart resumes with the assessments not yet done.

-- state: QUEUED | RUNNING | SUCCEEDED | FAILED | CANCELLED. active_slot is 'X' while the job is
-- QUEUED or RUNNING and NULL afterwards: the unique constraint lets only one job be active at a
-- time, across every process on the database (NULLs never collide).
CREATE TABLE reevaluation_job (
    id                  VARCHAR(36)   NOT NULL PRIMARY KEY,
    state               VARCHAR(16)   NOT NULL,
    active_slot         VARCHAR(1)    UNIQUE,
    requested_json      TEXT          NOT NULL,
    requested_by        VARCHAR(300)  NOT NULL,
    cancel_requested    BOOLEAN       NOT NULL DEFAULT FALSE,
    rule_base_version   VARCHAR(100),
    frameworks_version  VARCHAR(100),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at          TIMESTAMP WITH TIME ZONE,
    finished_at         TIMESTAMP WITH TIME ZONE
);

-- One assessment of a job. state: PENDING | DONE | FAILED | SKIPPED (no stored evidence).
-- changes_json is the diff of the new run against the previous one, as the dry run shows it;
-- the job's progress is counted from its items.
CREATE TABLE reevaluation_item (
    job_id              VARCHAR(36)   NOT NULL REFERENCES reevaluation_job (id),
    item_no             INTEGER       NOT NULL,
    assessment_id       VARCHAR(36)   NOT NULL REFERENCES assessment (id),
    state               VARCHAR(16)   NOT NULL,
    previous_run_id     VARCHAR(36),
    run_id              VARCHAR(36),
    changed_findings    INTEGER       NOT NULL DEFAULT 0,
    changed_controls    INTEGER       NOT NULL DEFAULT 0,
    changes_json        TEXT,
    error               VARCHAR(2000),
    finished_at         TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (job_id, item_no),
    UNIQUE (job_id, assessment_id)
);

-- A run made by a re-evaluation job names the job, and the run whose stored evidence it evaluated
-- (no evidence is collected or copied for it).
ALTER TABLE assessment_run ADD COLUMN reevaluation_job_id VARCHAR(36);
ALTER TABLE assessment_run ADD COLUMN evidence_run_id VARCHAR(36);
