package dev.assay.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.concurrent.CompletableFuture;

/** JSON calls to a service process, each with the bootstrap admin key as bearer token. */
final class ServiceClient {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final URI base;

  ServiceClient(URI base) {
    this.base = base;
  }

  HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(base.resolve(path))
        .timeout(Duration.ofSeconds(120))
        .header("Authorization", "Bearer " + ServiceProcess.ADMIN_KEY);
  }

  JsonNode get(String path) {
    return ok(send(request(path).GET().build()), path);
  }

  JsonNode post(String path, String json) {
    return ok(send(postRequest(path, "application/json", BodyPublishers.ofString(json))), path);
  }

  HttpRequest postRequest(String path, String contentType, BodyPublisher body) {
    return request(path).header("Content-Type", contentType).POST(body).build();
  }

  /** Sends without waiting: for requests the test kills the service under. */
  CompletableFuture<HttpResponse<String>> postAsync(String path, String json) {
    return sendAsync(postRequest(path, "application/json", BodyPublishers.ofString(json)));
  }

  CompletableFuture<HttpResponse<String>> sendAsync(HttpRequest request) {
    return CLIENT.sendAsync(request, BodyHandlers.ofString());
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

  HttpResponse<byte[]> sendBytes(HttpRequest request) {
    try {
      return CLIENT.send(request, BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static JsonNode ok(HttpResponse<String> r, String what) {
    if (r.statusCode() / 100 != 2) {
      throw new AssertionError(what + " answered " + r.statusCode() + ": " + r.body());
    }
    return parse(r.body());
  }

  static JsonNode parse(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
