package dev.assay.api.security;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * The {@code assay.security.*} keys; application.yml lists each with its default.
 *
 * @param bootstrapAdminKey the first admin API key, stored (hashed) at startup when the store has
 *     no key yet; unset to generate one and print it once. Env: ASSAY_BOOTSTRAP_ADMIN_KEY.
 */
@ConfigurationProperties("assay.security")
public record SecurityConfiguration(@Nullable String bootstrapAdminKey) {}
