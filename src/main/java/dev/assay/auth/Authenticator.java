package dev.assay.auth;

/**
 * Turns a bearer token into a caller: tokens with the API-key prefix are looked up among the keys,
 * anything else is checked as a JWT.
 */
public final class Authenticator {

  private final ApiKeys keys;
  private final JwtVerifier jwt;

  public Authenticator(ApiKeys keys, JwtVerifier jwt) {
    this.keys = keys;
    this.jwt = jwt;
  }

  public Caller authenticate(String token) {
    if (token == null || token.isBlank()) {
      throw new AuthenticationException("the bearer token is empty");
    }
    return ApiKeySecret.looksLikeKey(token) ? keys.authenticate(token) : jwt.verify(token);
  }
}
