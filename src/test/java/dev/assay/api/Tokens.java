package dev.assay.api;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/** JWTs signed with the HMAC secret the security tests configure. */
final class Tokens {

  /** assay.security.jwt.hmac-secret of the security tests (32 bytes or more). */
  static final String SECRET = "test-hmac-secret-of-at-least-32-bytes!!";

  private Tokens() {}

  static String jwt(String subject, List<String> roles, Duration validFor) {
    return jwt(SECRET, subject, roles, Instant.now().plus(validFor));
  }

  static String jwt(String secret, String subject, List<String> roles, Instant expires) {
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .subject(subject)
            .claim("roles", roles)
            .issueTime(Date.from(Instant.now().minusSeconds(600)))
            .expirationTime(Date.from(expires))
            .build();
    SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
    try {
      jwt.sign(new MACSigner(secret));
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
    return jwt.serialize();
  }
}
