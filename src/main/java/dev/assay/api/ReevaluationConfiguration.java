package dev.assay.api;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * The {@code assay.reevaluation.*} keys; application.yml lists each with its default. Environment
 * variables override them: ASSAY_REEVALUATION_PARALLELISM, ASSAY_REEVALUATION_RESUME_ON_STARTUP,
 * ASSAY_REEVALUATION_ON_RELOAD.
 *
 * @param parallelism assessments a job re-evaluates at the same time
 * @param resumeOnStartup resume the jobs a stopped service left queued or running
 * @param onReload start a job over every active assessment when a new rule base or framework
 *     version goes live (skipped, with a log line, while another job is active)
 */
@ConfigurationProperties("assay.reevaluation")
public record ReevaluationConfiguration(
    @Bindable(defaultValue = "2") int parallelism,
    @Bindable(defaultValue = "true") boolean resumeOnStartup,
    @Bindable(defaultValue = "false") boolean onReload) {}
