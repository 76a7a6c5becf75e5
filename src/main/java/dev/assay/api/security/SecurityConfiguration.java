package dev.assay.api.security;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * The {@code assay.security.*} keys; application.yml lists each with its default.
 *
 * @param bootstrapAdminKey the first admin API key, stored (hashed) at startup when the store has
 *     no key yet; unset to generate one and print it once. Env: ASSAY_BOOTSTRAP_ADMIN_KEY.
 * @param apiKeyCacheTtl how long an API key that authenticated is trusted without reading the
 *     database again; a key revoked through this service is refused at once, one revoked elsewhere
 *     (the CLI) within this time. 0 reads the database on every request. Env:
 *     ASSAY_SECURITY_API_KEY_CACHE_TTL.
 */
@ConfigurationProperties("assay.security")
public record SecurityConfiguration(
    @Nullable String bootstrapAdminKey, @Bindable(defaultValue = "5s") Duration apiKeyCacheTtl) {}
