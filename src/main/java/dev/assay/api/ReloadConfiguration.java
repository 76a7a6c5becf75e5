package dev.assay.api;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The {@code assay.reload.*} keys; application.yml lists each with its default. Environment
 * variables override them: ASSAY_RELOAD_ENABLED, ASSAY_RELOAD_DEBOUNCE, ASSAY_RELOAD_CASES_DIR.
 *
 * @param enabled watch the rules and frameworks directories and take valid changes live, and accept
 *     {@code POST /api/v1/rules/reload}
 * @param debounce how long the files must be quiet after a change before it is loaded
 * @param casesDir rule cases every change must pass before it serves; unset for none
 */
@ConfigurationProperties("assay.reload")
public record ReloadConfiguration(
    @Bindable(defaultValue = "true") boolean enabled,
    @Bindable(defaultValue = "200ms") Duration debounce,
    @Nullable Path casesDir) {}
