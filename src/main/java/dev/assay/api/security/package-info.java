/**
 * Authentication and access for the HTTP door; its beans (the bootstrap admin key stored at
 * startup, above all) do not exist in a context that only opens the store, as the CLI's does.
 */
@Requires(notEnv = StoreDatabase.ENVIRONMENT)
package dev.assay.api.security;

import dev.assay.assessment.store.StoreDatabase;
import io.micronaut.context.annotation.Requires;
