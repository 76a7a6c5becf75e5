-- Issue 9 (faults never lose evidence): a run is stored as RUNNING when it starts and completed
-- (SUCCEEDED or FAILED) in the transaction that stores its results. A process killed in between
-- leaves a RUNNING row without findings or evidence, which the service marks FAILED ("interrupted
-- by restart") when it starts again. A RUNNING run has not finished yet, hence no finished_at.
ALTER TABLE assessment_run ALTER COLUMN finished_at DROP NOT NULL;
CREATE INDEX assessment_run_by_status ON assessment_run (status);
