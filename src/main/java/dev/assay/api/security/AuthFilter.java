package dev.assay.api.security;

import dev.assay.auth.AuthenticationException;
import dev.assay.auth.Authenticator;
import dev.assay.auth.Caller;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.UriRouteMatch;
import java.util.Map;
import java.util.Optional;

/**
 * Authenticates every request but health ({@code Authorization: Bearer <API key or JWT>}) and
 * applies the {@link AccessPolicy} to the matched route: 401 without a valid token, 403 for a
 * caller the route is not for, 404 for an assessment (or, for a delegate, a control or delegation)
 * the caller may not know about. Runs off the event loop because keys and relations are read from
 * the database.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class AuthFilter implements Ordered {

  /** The request attribute holding the authenticated {@link Caller}. */
  public static final String CALLER = "assay.caller";

  /** The header controllers read as "who acts"; set here to the caller's subject. */
  static final String ACTOR = "X-Assay-User";

  private final Authenticator authenticator;
  private final AccessDecider decider;

  public AuthFilter(Authenticator authenticator, AccessDecider decider) {
    this.authenticator = authenticator;
    this.decider = decider;
  }

  @Override
  public int getOrder() {
    return ServerFilterPhase.SECURITY.order();
  }

  @RequestFilter
  @ExecuteOn(TaskExecutors.BLOCKING)
  @Nullable
  public MutableHttpResponse<?> authorize(MutableHttpRequest<?> request) {
    Optional<UriRouteMatch<?, ?>> route = route(request);
    AccessRule rule =
        route
            .map(
                m ->
                    AccessPolicy.rule(
                        request.getMethodName(), m.getRouteInfo().getUriMatchTemplate().toString()))
            .orElse(null);
    if (rule != null && rule.open()) {
      return null;
    }
    Caller caller;
    try {
      caller = authenticator.authenticate(bearer(request));
    } catch (AuthenticationException e) {
      return Refusals.unauthorized(request, e.getMessage());
    }
    request.setAttribute(CALLER, caller);
    actAs(request, caller);
    if (rule == null) {
      // No route: the server answers 404 or 405, to authenticated callers only.
      return null;
    }
    Map<String, Object> variables = route.get().getVariableValues();
    return switch (decider.decide(rule, caller, variables)) {
      case ALLOW -> null;
      case FORBIDDEN -> Refusals.forbidden(request, caller);
      case HIDDEN -> Refusals.hidden(request, "assessment", variables.get("id"));
      case HIDDEN_CONTROL -> Refusals.hidden(request, "control", variables.get("controlId"));
      case HIDDEN_DELEGATION ->
          Refusals.hidden(request, "delegation", variables.get("delegationId"));
    };
  }

  /** The caller of a request that passed this filter. */
  public static Caller caller(HttpRequest<?> request) {
    return request
        .getAttribute(CALLER, Caller.class)
        .orElseThrow(() -> new IllegalStateException("request was not authenticated"));
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Optional<UriRouteMatch<?, ?>> route(HttpRequest<?> request) {
    return RouteAttributes.getRouteMatch(request)
        .filter(UriRouteMatch.class::isInstance)
        .map(m -> (UriRouteMatch<?, ?>) (UriRouteMatch) m);
  }

  private static String bearer(HttpRequest<?> request) {
    String header = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
    if (header == null) {
      throw new AuthenticationException(
          "this endpoint needs an Authorization: Bearer <API key or JWT> header");
    }
    if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      throw new AuthenticationException("the Authorization header must be Bearer <token>");
    }
    return header.substring(7).trim();
  }

  /**
   * Makes "who acts" (the change log's createdBy) the caller's subject, so nobody can write another
   * name into the audit trail; only admins may act on behalf of a named person, as automation
   * importing reviews from elsewhere does.
   */
  private static void actAs(MutableHttpRequest<?> request, Caller caller) {
    String claimed = request.getHeaders().get(ACTOR);
    if (caller.isAdmin() && claimed != null && !claimed.isBlank()) {
      return;
    }
    request.getHeaders().remove(ACTOR);
    request.getHeaders().add(ACTOR, caller.subject());
  }
}
