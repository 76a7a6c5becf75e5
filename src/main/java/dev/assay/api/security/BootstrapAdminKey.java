package dev.assay.api.security;

import dev.assay.assessment.store.StoreDatabase;
import dev.assay.auth.ApiKeys;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At the first start on an empty store, makes the first admin key: ASSAY_BOOTSTRAP_ADMIN_KEY when
 * set, else a new one printed once to the log. Later starts find a key and do nothing, so a revoked
 * bootstrap key stays revoked.
 */
@Singleton
// Service only: not in the CLI's store-only context.
@Requires(notEnv = StoreDatabase.ENVIRONMENT)
public class BootstrapAdminKey {

  private static final Logger LOG = LoggerFactory.getLogger(BootstrapAdminKey.class);

  private final ApiKeys keys;
  private final SecurityConfiguration config;

  public BootstrapAdminKey(ApiKeys keys, SecurityConfiguration config) {
    this.keys = keys;
    this.config = config;
  }

  @EventListener
  public void onStartup(StartupEvent event) {
    String supplied = config.bootstrapAdminKey();
    keys.bootstrap(supplied)
        .ifPresent(
            created -> {
              if (supplied == null || supplied.isBlank()) {
                LOG.warn(
                    "No API key existed: created the first admin key {} (id {}). It is shown"
                        + " only this once; keep it safe and create personal keys with it:\n\n"
                        + "    {}\n",
                    created.key().name(),
                    created.key().id(),
                    created.secret());
              } else {
                LOG.info(
                    "No API key existed: stored the admin key given by ASSAY_BOOTSTRAP_ADMIN_KEY"
                        + " (id {}, {}...)",
                    created.key().id(),
                    created.key().prefix());
              }
            });
  }
}
