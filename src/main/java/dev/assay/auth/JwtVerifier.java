package dev.assay.auth;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.OctetSequenceKey;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.net.MalformedURLException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a JWT's signature (HMAC secret, PEM public key or JWKS URL), its {@code exp}, {@code nbf},
 * {@code iss} and {@code aud}, and reads the subject and the roles. Unsigned tokens ({@code alg:
 * none}) and algorithms with no configured key are refused.
 */
public final class JwtVerifier {

  private final JwtSettings settings;
  private final DefaultJWTProcessor<SecurityContext> processor;

  public JwtVerifier(JwtSettings settings) {
    this.settings = settings;
    this.processor = settings.configured() ? processor(settings) : null;
  }

  public boolean enabled() {
    return processor != null;
  }

  public Caller verify(String token) {
    if (processor == null) {
      throw new AuthenticationException(
          "JWT authentication is not configured (assay.security.jwt); use an API key");
    }
    JWTClaimsSet claims;
    try {
      claims = processor.process(token, null);
    } catch (ParseException e) {
      throw new AuthenticationException("the token is neither an API key nor a well-formed JWT");
    } catch (Exception e) {
      throw new AuthenticationException("invalid JWT: " + e.getMessage());
    }
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String name : roleNames(claims, settings.rolesClaim())) {
      Role.named(name).ifPresent(roles::add);
    }
    return new Caller(claims.getSubject(), roles, "jwt");
  }

  /** The strings under a dotted claim path; other claims and shapes give none. */
  static List<String> roleNames(JWTClaimsSet claims, String path) {
    Object value = claims.getClaims();
    for (String part : (path == null || path.isBlank() ? "roles" : path).split("\\.")) {
      if (!(value instanceof java.util.Map<?, ?> map)) {
        return List.of();
      }
      value = map.get(part);
    }
    List<String> names = new ArrayList<>();
    if (value instanceof String text) {
      for (String name : text.split("[\\s,]+")) {
        if (!name.isEmpty()) {
          names.add(name);
        }
      }
    } else if (value instanceof List<?> list) {
      list.stream().filter(String.class::isInstance).map(String.class::cast).forEach(names::add);
    }
    return names;
  }

  private static DefaultJWTProcessor<SecurityContext> processor(JwtSettings settings) {
    List<JWK> local = new ArrayList<>();
    Set<JWSAlgorithm> algorithms = new HashSet<>();
    if (JwtSettings.present(settings.hmacSecret())) {
      byte[] secret = settings.hmacSecret().getBytes(StandardCharsets.UTF_8);
      if (secret.length < 32) {
        throw new IllegalArgumentException(
            "assay.security.jwt.hmac-secret must be at least 32 bytes (256 bits) long");
      }
      local.add(new OctetSequenceKey.Builder(secret).build());
      algorithms.addAll(JWSAlgorithm.Family.HMAC_SHA);
    }
    if (JwtSettings.present(settings.publicKeyPem())) {
      local.add(publicKey(settings.publicKeyPem()));
    }
    JWKSource<SecurityContext> remote = null;
    if (JwtSettings.present(settings.jwksUrl())) {
      try {
        // Nimbus' default read timeout (0.5 s) fails on a busy provider; the set is cached anyway.
        remote =
            JWKSourceBuilder.<SecurityContext>create(
                    URI.create(settings.jwksUrl().trim()).toURL(),
                    new DefaultResourceRetriever(5_000, 5_000, 512 * 1024))
                .build();
      } catch (MalformedURLException | IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "assay.security.jwt.jwks-url is not a URL: " + settings.jwksUrl(), e);
      }
    }
    if (JwtSettings.present(settings.publicKeyPem()) || remote != null) {
      algorithms.addAll(JWSAlgorithm.Family.RSA);
      algorithms.addAll(JWSAlgorithm.Family.EC);
    }
    DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    processor.setJWSKeySelector(
        new JWSVerificationKeySelector<>(algorithms, keys(new JWKSet(local), remote)));
    JWTClaimsSet.Builder exact = new JWTClaimsSet.Builder();
    if (JwtSettings.present(settings.issuer())) {
      exact.issuer(settings.issuer());
    }
    DefaultJWTClaimsVerifier<SecurityContext> claims =
        new DefaultJWTClaimsVerifier<>(
            JwtSettings.present(settings.audience())
                ? new HashSet<>(List.of(settings.audience()))
                : null,
            exact.build(),
            Set.of("sub", "exp"),
            null);
    claims.setMaxClockSkew((int) settings.clockSkew().toSeconds());
    processor.setJWTClaimsSetVerifier(claims);
    return processor;
  }

  /** The configured keys first, then the JWKS document's. */
  private static JWKSource<SecurityContext> keys(JWKSet local, JWKSource<SecurityContext> remote) {
    return (JWKSelector selector, SecurityContext context) -> {
      List<JWK> found = new ArrayList<>(selector.select(local));
      if (remote != null) {
        try {
          found.addAll(remote.get(selector, context));
        } catch (KeySourceException e) {
          if (found.isEmpty()) {
            throw e;
          }
        }
      }
      return found;
    };
  }

  private static JWK publicKey(String pem) {
    java.security.PublicKey key = PemPublicKey.parse(pem);
    if (key instanceof RSAPublicKey rsa) {
      return new RSAKey.Builder(rsa).build();
    }
    if (key instanceof ECPublicKey ec) {
      return new ECKey.Builder(Curve.forECParameterSpec(ec.getParams()), ec).build();
    }
    throw new IllegalArgumentException(
        "assay.security.jwt.public-key must be an RSA or EC public key");
  }
}
