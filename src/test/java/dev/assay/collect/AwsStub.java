package dev.assay.collect;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local HTTP endpoint the SDK talks to in front of moto: rules answer some requests themselves
 * (operations moto lacks, faults moto cannot make), everything else is forwarded to moto untouched.
 * It learns which account a signing key belongs to by watching AssumeRole answers pass through.
 */
public final class AwsStub implements AutoCloseable {

  /** Moto's account for credentials it did not issue. */
  public static final String DEFAULT_ACCOUNT = "123456789012";

  private static final Set<String> HOP_HEADERS =
      Set.of("host", "content-length", "connection", "expect", "transfer-encoding", "upgrade");
  private static final Pattern ROLE_ACCOUNT = Pattern.compile("arn:aws:iam::(\\d{12}):role/");
  private static final Pattern ACCESS_KEY = Pattern.compile("<AccessKeyId>([^<]+)</AccessKeyId>");

  private record Rule(Predicate<StubRequest> when, Function<StubRequest, StubResponse> answer) {}

  private final URI upstream;
  private final HttpServer server;
  private final ExecutorService pool =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "aws-stub");
            t.setDaemon(true);
            return t;
          });
  private final HttpClient http = HttpClient.newHttpClient();
  private final List<Rule> rules = new CopyOnWriteArrayList<>();
  private final Map<String, String> accountsByKey = new ConcurrentHashMap<>();
  private final List<StubRequest> seen = new CopyOnWriteArrayList<>();

  public AwsStub(URI upstream) throws IOException {
    this.upstream = upstream;
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
    server.createContext("/", this::handle);
    server.setExecutor(pool);
    server.start();
  }

  public URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** Answers matching requests; a {@code null} answer forwards after all. Later rules win. */
  public AwsStub on(Predicate<StubRequest> when, Function<StubRequest, StubResponse> answer) {
    rules.add(0, new Rule(when, answer));
    return this;
  }

  public void reset() {
    rules.clear();
    seen.clear();
  }

  public List<StubRequest> seen() {
    return List.copyOf(seen);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      StubRequest request =
          StubRequest.of(
              exchange.getRequestMethod(),
              exchange.getRequestURI().getRawPath(),
              exchange.getRequestHeaders().getFirst("Authorization"),
              exchange.getRequestHeaders().getFirst("X-Amz-Target"),
              body,
              key -> accountsByKey.getOrDefault(key, DEFAULT_ACCOUNT));
      seen.add(request);
      StubResponse answer = null;
      for (Rule rule : rules) {
        if (rule.when().test(request)) {
          answer = rule.answer().apply(request);
          if (answer != null) {
            break;
          }
        }
      }
      if (answer == null) {
        answer = forward(exchange, body);
        learnAccount(request, answer);
      }
      send(exchange, answer);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private StubResponse forward(HttpExchange exchange, String body)
      throws IOException, InterruptedException {
    URI target = upstream.resolve(exchange.getRequestURI().toString());
    HttpRequest.Builder b =
        HttpRequest.newBuilder(target)
            .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofString(body));
    exchange
        .getRequestHeaders()
        .forEach(
            (name, values) -> {
              if (!HOP_HEADERS.contains(name.toLowerCase())) {
                values.forEach(v -> b.header(name, v));
              }
            });
    HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    Map<String, List<String>> headers = new java.util.HashMap<>(r.headers().map());
    headers.keySet().removeIf(h -> HOP_HEADERS.contains(h.toLowerCase()) || h.startsWith(":"));
    return new StubResponse(r.statusCode(), headers, r.body(), 0);
  }

  /**
   * Credentials moto issues through AssumeRole act in the role's account; remember whose they are.
   */
  private void learnAccount(StubRequest request, StubResponse answer) {
    if (!request.is("sts", "AssumeRole") || answer.status() != 200) {
      return;
    }
    Matcher role =
        ROLE_ACCOUNT.matcher(String.valueOf(StubRequest.formValue(request.body(), "RoleArn")));
    Matcher key = ACCESS_KEY.matcher(new String(answer.body(), StandardCharsets.UTF_8));
    if (role.find() && key.find()) {
      accountsByKey.put(key.group(1), role.group(1));
    }
  }

  private static void send(HttpExchange exchange, StubResponse answer) throws IOException {
    if (answer.delayMillis() > 0) {
      try {
        Thread.sleep(answer.delayMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    answer.headers().forEach((name, values) -> exchange.getResponseHeaders().put(name, values));
    byte[] body = answer.body();
    try {
      exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    } catch (IOException clientGone) {
      // The SDK gave up waiting (a timeout test); nothing left to answer.
    }
  }

  @Override
  public void close() {
    server.stop(0);
    pool.shutdownNow();
  }
}
