package dev.assay.api;

import dev.assay.api.security.AuthFilter;
import dev.assay.auth.ApiKey;
import dev.assay.auth.ApiKeys;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * {@code /api/v1/api-keys} (admins only): create a key, shown once in the answer; list keys without
 * their secrets; revoke a key, which takes effect on the next request.
 */
@Controller("/api/v1/api-keys")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ApiKeyController {

  /**
   * @param subject the name owners and delegations use for the key's holder; default {@code
   *     api-key:<name>}
   * @param roles among admin, analyst, reader; empty for a key that only acts as owner or delegate
   * @param expiresAt an ISO-8601 instant, or {@code null} for a key that does not expire
   */
  @Introspected
  record Create(
      @Nullable String name,
      @Nullable String subject,
      @Nullable List<String> roles,
      @Nullable String expiresAt) {}

  /** The key and, this once, its secret. */
  record Created(ApiKey apiKey, String key) {}

  private final ApiKeys keys;

  public ApiKeyController(ApiKeys keys) {
    this.keys = keys;
  }

  @Post
  public HttpResponse<Created> create(HttpRequest<?> request, @Body Create body) {
    ApiKeys.Created created =
        keys.create(
            body.name(),
            body.subject(),
            body.roles(),
            instant(body.expiresAt()),
            AuthFilter.caller(request).subject());
    return HttpResponse.created(
        new Created(created.key(), created.secret()),
        URI.create("/api/v1/api-keys/" + created.key().id()));
  }

  @Get
  public Map<String, List<ApiKey>> list() {
    return Map.of("apiKeys", keys.list());
  }

  @Delete("/{id}")
  public ApiKey revoke(HttpRequest<?> request, String id) {
    return keys.revoke(id, AuthFilter.caller(request).subject());
  }

  private static Instant instant(String text) {
    try {
      return text == null ? null : Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw ApiException.invalidRequest(
          "expiresAt must be an ISO-8601 instant such as 2027-01-01T00:00:00Z, not " + text);
    }
  }
}
