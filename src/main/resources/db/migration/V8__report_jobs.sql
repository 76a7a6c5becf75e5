-- Report builds asked to run in the background (POST .../reports with Prefer: respond-async).
-- The report itself is recorded in assessment_report only once its zip is complete at the
-- destination; this row says how the build went. status: BUILDING | READY | FAILED. A build found
-- BUILDING when the service starts was interrupted by the restart and becomes FAILED.
CREATE TABLE report_build (
    id              VARCHAR(36)   NOT NULL PRIMARY KEY,
    assessment_id   VARCHAR(36)   NOT NULL REFERENCES assessment (id),
    status          VARCHAR(16)   NOT NULL,
    selection_json  TEXT          NOT NULL,
    requested_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    requested_by    VARCHAR(300)  NOT NULL,
    finished_at     TIMESTAMP WITH TIME ZONE,
    -- The problem name (e.g. report-too-large) and message of a FAILED build.
    error_code      VARCHAR(100),
    error           VARCHAR(2000)
);
CREATE INDEX report_build_by_assessment ON report_build (assessment_id, requested_at);
CREATE INDEX report_build_by_status ON report_build (status);
