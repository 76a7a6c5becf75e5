package dev.assay.auth;

import java.time.Duration;

/**
 * How JWTs are checked. At least one of the three key sources must be set for JWTs to be accepted;
 * with none, only API keys authenticate.
 *
 * @param hmacSecret shared secret for HS256/384/512 (at least 32 bytes), or {@code null}
 * @param publicKeyPem an RSA or EC public key ({@code -----BEGIN PUBLIC KEY-----}) for RS*, PS* and
 *     ES*, or {@code null}
 * @param jwksUrl the identity provider's JWKS document, fetched and cached, or {@code null}
 * @param issuer the required {@code iss}, or {@code null} to accept any
 * @param audience the required {@code aud}, or {@code null} to accept any
 * @param rolesClaim the claim holding the roles (a list or a space- or comma-separated string); a
 *     dotted path such as {@code realm_access.roles} reaches into objects
 * @param clockSkew tolerance on {@code exp} and {@code nbf}
 */
public record JwtSettings(
    String hmacSecret,
    String publicKeyPem,
    String jwksUrl,
    String issuer,
    String audience,
    String rolesClaim,
    Duration clockSkew) {

  public boolean configured() {
    return present(hmacSecret) || present(publicKeyPem) || present(jwksUrl);
  }

  static boolean present(String value) {
    return value != null && !value.isBlank();
  }
}
