package dev.assay.api;

import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * {@code X-Content-Type-Options: nosniff} on every response, so that no browser guesses a type
 * other than the one sent (an uploaded file, a problem body) and renders it.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class NoSniffFilter {

  @ResponseFilter
  public void noSniff(MutableHttpResponse<?> response) {
    response.getHeaders().set("X-Content-Type-Options", "nosniff");
  }
}
