package dev.assay.api;

import dev.assay.evaluation.AssayEngine;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.nio.file.Path;

/**
 * The {@code assay.*} keys of the HTTP service; application.yml lists each with its default.
 * Environment variables override them: ASSAY_RULES_DIR, ASSAY_FRAMEWORKS_DIR,
 * ASSAY_DEFAULT_FRAMEWORK.
 *
 * @param rulesDir the directory of {@code <domain>.drl} and {@code <domain>.meta.yaml} files
 * @param frameworksDir the directory of {@code <id>.yaml} framework files
 * @param defaultFramework the framework evaluated when a request names none
 */
@ConfigurationProperties("assay")
public record AssayConfiguration(
    @Bindable(defaultValue = "rules") Path rulesDir,
    @Bindable(defaultValue = "frameworks") Path frameworksDir,
    @Bindable(defaultValue = AssayEngine.DEFAULT_FRAMEWORK) String defaultFramework) {}
