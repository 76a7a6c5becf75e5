package dev.assay.api.security;

import dev.assay.assessment.AssessmentStore;
import dev.assay.assessment.ReadScope;
import dev.assay.auth.Caller;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;

/**
 * The {@link ReadScope} of a request's caller on one assessment, for the controllers that list or
 * read what lies inside control sets: everything for callers with a global role and for owners, the
 * delegated sets for a delegate. The AuthFilter has already refused callers with no relation at
 * all.
 */
@Singleton
public class ReadScopes {

  private final AssessmentStore store;

  public ReadScopes(AssessmentStore store) {
    this.store = store;
  }

  public ReadScope of(HttpRequest<?> request, String assessmentId) {
    Caller caller = AuthFilter.caller(request);
    if (caller.isAdmin() || AccessDecider.canReadAll(caller)) {
      return ReadScope.ALL;
    }
    return store.delegations().scope(assessmentId, caller.subject());
  }
}
