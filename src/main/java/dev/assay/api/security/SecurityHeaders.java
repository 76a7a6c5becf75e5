package dev.assay.api.security;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

/**
 * Headers on every response that stop browsers from sniffing content types, framing responses or
 * caching them (API-key secrets and evidence are never cached). Ordered before the {@link
 * AuthFilter}, so its 401 and 403 answers get them too.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class SecurityHeaders implements Ordered {

  @Override
  public int getOrder() {
    return ServerFilterPhase.FIRST.order();
  }

  @ResponseFilter
  public void secure(MutableHttpResponse<?> response) {
    response.header("X-Content-Type-Options", "nosniff");
    response.header("X-Frame-Options", "DENY");
    response.header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
    response.header("Referrer-Policy", "no-referrer");
    if (!response.getHeaders().contains("Cache-Control")) {
      response.header("Cache-Control", "no-store");
    }
  }
}
