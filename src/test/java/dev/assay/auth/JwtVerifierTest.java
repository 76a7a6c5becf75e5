package dev.assay.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * JWT checks with each kind of key: an HMAC secret, an RSA public key in PEM, and EC keys served as
 * a JWKS document by a real HTTP server on the loopback address.
 */
class JwtVerifierTest {

  private static final String SECRET = "0123456789abcdef0123456789abcdef";

  @Test
  void hmacTokensGiveSubjectAndKnownRoles() throws Exception {
    JwtVerifier verifier = new JwtVerifier(settings(SECRET, null, null, null, null, "roles"));
    Caller caller =
        verifier.verify(
            sign(
                new MACSigner(SECRET), JWSAlgorithm.HS256, claims("ann", List.of("Analyst", "x"))));
    assertEquals("ann", caller.subject());
    assertEquals(Set.of(Role.ANALYST), caller.roles());
    assertEquals("jwt", caller.via());
  }

  @Test
  void wrongSignatureExpiryUnsignedAndMissingSubjectAreRefused() throws Exception {
    JwtVerifier verifier = new JwtVerifier(settings(SECRET, null, null, null, null, "roles"));
    String other = "another-secret-0123456789abcdef!";
    assertRefused(verifier, sign(new MACSigner(other), JWSAlgorithm.HS256, claims("a", List.of())));
    JWTClaimsSet expired =
        new JWTClaimsSet.Builder(claims("a", List.of("admin")))
            .expirationTime(Date.from(Instant.now().minusSeconds(120)))
            .build();
    assertRefused(verifier, sign(new MACSigner(SECRET), JWSAlgorithm.HS256, expired));
    assertRefused(verifier, new PlainJWT(claims("a", List.of("admin"))).serialize());
    JWTClaimsSet noSubject =
        new JWTClaimsSet.Builder()
            .expirationTime(Date.from(Instant.now().plusSeconds(600)))
            .build();
    assertRefused(verifier, sign(new MACSigner(SECRET), JWSAlgorithm.HS256, noSubject));
    assertRefused(verifier, "eyJ.not.a.jwt");
    assertThrows(
        IllegalArgumentException.class,
        () -> new JwtVerifier(settings("too-short", null, null, null, null, "roles")));
  }

  @Test
  void rsaPublicKeyInPemWithIssuerAudienceAndNestedRoles() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    KeyPair pair = generator.generateKeyPair();
    String pem =
        "-----BEGIN PUBLIC KEY-----\n"
            + Base64.getMimeEncoder().encodeToString(pair.getPublic().getEncoded())
            + "\n-----END PUBLIC KEY-----\n";
    JwtVerifier verifier =
        new JwtVerifier(
            settings(null, pem, null, "https://idp.example", "assay", "realm_access.roles"));
    JWTClaimsSet good =
        new JWTClaimsSet.Builder()
            .subject("kim")
            .issuer("https://idp.example")
            .audience("assay")
            .claim("realm_access", Map.of("roles", List.of("reader", "admin")))
            .expirationTime(Date.from(Instant.now().plusSeconds(600)))
            .build();
    RSASSASigner signer = new RSASSASigner(pair.getPrivate());
    assertEquals(
        Set.of(Role.READER, Role.ADMIN),
        verifier.verify(sign(signer, JWSAlgorithm.RS256, good)).roles());
    JWTClaimsSet wrongIssuer = new JWTClaimsSet.Builder(good).issuer("https://evil").build();
    assertRefused(verifier, sign(signer, JWSAlgorithm.RS256, wrongIssuer));
    JWTClaimsSet wrongAudience = new JWTClaimsSet.Builder(good).audience("other").build();
    assertRefused(verifier, sign(signer, JWSAlgorithm.RS256, wrongAudience));
    // An HMAC token "signed" with the public key must not pass (algorithm confusion).
    byte[] publicBytes = pem.getBytes(StandardCharsets.UTF_8);
    assertRefused(verifier, sign(new MACSigner(publicBytes), JWSAlgorithm.HS256, good));
  }

  @Test
  void keysFromAJwksUrl() throws Exception {
    ECKey key = new ECKeyGenerator(Curve.P_256).keyID("k1").generate();
    ECKey stranger = new ECKeyGenerator(Curve.P_256).keyID("k1").generate();
    byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/jwks.json",
        exchange -> {
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, jwks.length);
          exchange.getResponseBody().write(jwks);
          exchange.close();
        });
    server.start();
    try {
      String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/jwks.json";
      JwtVerifier verifier = new JwtVerifier(settings(null, null, url, null, null, "groups"));
      JWTClaimsSet claims =
          new JWTClaimsSet.Builder()
              .subject("lee")
              .claim("groups", "reader analyst")
              .expirationTime(Date.from(Instant.now().plusSeconds(600)))
              .build();
      Caller caller = verifier.verify(sign(new ECDSASigner(key), JWSAlgorithm.ES256, "k1", claims));
      assertEquals(Set.of(Role.READER, Role.ANALYST), caller.roles());
      assertRefused(verifier, sign(new ECDSASigner(stranger), JWSAlgorithm.ES256, "k1", claims));
    } finally {
      server.stop(0);
    }
  }

  @Test
  void withoutAnyKeyOnlyApiKeysWork() {
    JwtVerifier verifier = new JwtVerifier(settings(null, null, null, null, null, "roles"));
    assertFalse(verifier.enabled());
    AuthenticationException e =
        assertThrows(AuthenticationException.class, () -> verifier.verify("eyJhbGciOi.x.y"));
    assertTrue(e.getMessage().contains("not configured"), e.getMessage());
  }

  private static void assertRefused(JwtVerifier verifier, String token) {
    assertThrows(AuthenticationException.class, () -> verifier.verify(token));
  }

  private static JwtSettings settings(
      String hmac, String pem, String jwks, String issuer, String audience, String claim) {
    return new JwtSettings(hmac, pem, jwks, issuer, audience, claim, Duration.ofSeconds(30));
  }

  private static JWTClaimsSet claims(String subject, List<String> roles) {
    return new JWTClaimsSet.Builder()
        .subject(subject)
        .claim("roles", roles)
        .expirationTime(Date.from(Instant.now().plusSeconds(600)))
        .build();
  }

  private static String sign(JWSSigner signer, JWSAlgorithm alg, JWTClaimsSet claims)
      throws JOSEException {
    return sign(signer, alg, null, claims);
  }

  private static String sign(JWSSigner signer, JWSAlgorithm alg, String kid, JWTClaimsSet claims)
      throws JOSEException {
    SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(alg).keyID(kid).build(), claims);
    jwt.sign(signer);
    return jwt.serialize();
  }
}
