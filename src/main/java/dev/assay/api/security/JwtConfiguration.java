package dev.assay.api.security;

import dev.assay.auth.JwtSettings;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * The {@code assay.security.jwt.*} keys: how JWTs are checked. Set at least one of {@code
 * hmac-secret}, {@code public-key} and {@code jwks-url} to accept JWTs; see {@link JwtSettings}.
 */
@ConfigurationProperties("assay.security.jwt")
public record JwtConfiguration(
    @Nullable String hmacSecret,
    @Nullable String publicKey,
    @Nullable String jwksUrl,
    @Nullable String issuer,
    @Nullable String audience,
    @Bindable(defaultValue = "roles") String rolesClaim,
    @Bindable(defaultValue = "60s") Duration clockSkew) {

  JwtSettings settings() {
    return new JwtSettings(hmacSecret, publicKey, jwksUrl, issuer, audience, rolesClaim, clockSkew);
  }
}
