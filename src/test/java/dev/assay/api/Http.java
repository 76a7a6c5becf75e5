package dev.assay.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;

/**
 * Calls the running server over real HTTP with the JDK client, which (unlike Micronaut's) hands
 * back error responses as they are: status, headers and raw body. Every request carries {@code
 * Authorization: Bearer} {@link #ADMIN_KEY} (the bootstrap admin key of application-test.yml)
 * unless made with {@link #as(String)} or {@link #anonymous()}.
 */
final class Http {

  /** The admin key every test server stores at startup (assay.security.bootstrap-admin-key). */
  static final String ADMIN_KEY = "assay_test_admin_key_0123456789abcdef";

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final URI base;
  private final String token;

  Http(URI base) {
    this(base, ADMIN_KEY);
  }

  private Http(URI base, String token) {
    this.base = base;
    this.token = token;
  }

  /** The same server with another bearer token. */
  Http as(String otherToken) {
    return new Http(base, otherToken);
  }

  /** The same server without an Authorization header. */
  Http anonymous() {
    return new Http(base, null);
  }

  HttpResponse<String> get(String path) {
    return send(request(path).GET().build());
  }

  HttpResponse<String> postJson(String path, String json) {
    return post(path, "application/json", BodyPublishers.ofString(json));
  }

  HttpResponse<String> post(String path, String contentType, BodyPublisher body) {
    return send(request(path).header("Content-Type", contentType).POST(body).build());
  }

  HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60));
    return token == null ? builder : builder.header("Authorization", "Bearer " + token);
  }

  HttpResponse<String> send(HttpRequest request) {
    try {
      return CLIENT.send(request, BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String contentType(HttpResponse<?> response) {
    return response.headers().firstValue("Content-Type").orElse("");
  }
}
