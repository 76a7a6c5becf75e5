package dev.assay.api.security;

import dev.assay.assessment.store.StoreDatabase;
import dev.assay.auth.ApiKeys;
import dev.assay.auth.Authenticator;
import dev.assay.auth.JwtVerifier;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Wires API keys (in the assessment database) and the JWT checks into the service. */
@Factory
public class SecurityBeans {

  @Singleton
  public ApiKeys apiKeys(StoreDatabase database, SecurityConfiguration config) {
    return new ApiKeys(database, Clock.systemUTC(), config.apiKeyCacheTtl());
  }

  @Singleton
  public JwtVerifier jwtVerifier(JwtConfiguration jwt) {
    return new JwtVerifier(jwt.settings());
  }

  @Singleton
  public Authenticator authenticator(ApiKeys keys, JwtVerifier jwt) {
    return new Authenticator(keys, jwt);
  }
}
