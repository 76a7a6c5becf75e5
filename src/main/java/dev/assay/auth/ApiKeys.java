package dev.assay.auth;

import dev.assay.assessment.store.ApiKeyRepository;
import dev.assay.assessment.store.ApiKeyRow;
import dev.assay.assessment.store.Db;
import dev.assay.assessment.store.StoreDatabase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * API keys in the assessment database: created with a name, a subject and roles, kept only as a
 * hash, listed without the secret, revoked but never deleted. The service and the CLI share it.
 */
public final class ApiKeys {

  /** A new key: the secret is in this object only, never in the store. */
  public record Created(ApiKey key, String secret) {}

  /** How often the last-used time is written at most, so a busy key costs no write per request. */
  private static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

  private final Db db;
  private final ApiKeyRepository rows;
  private final Clock clock;
  private final ApiKeyCache cache;

  /** Keys read from the database on every use (the CLI: one command, one process). */
  public ApiKeys(StoreDatabase database, Clock clock) {
    this(database, clock, Duration.ZERO);
  }

  /**
   * Keys whose callers are kept up to {@code cacheTtl} after a database read (the service): a key
   * revoked through this object is refused at once, one revoked by another process within {@code
   * cacheTtl}. {@link Duration#ZERO} reads the database on every use.
   */
  public ApiKeys(StoreDatabase database, Clock clock, Duration cacheTtl) {
    this.db = database.db();
    this.rows = database.repository(ApiKeyRepository.class);
    this.clock = clock;
    this.cache = new ApiKeyCache(cacheTtl);
  }

  /**
   * Creates a key and returns its secret once.
   *
   * @param subject what owners and delegations name; {@code null} for {@code api-key:<name>}
   * @param roles global role names (admin, analyst, reader); may be empty for an owner or delegate
   * @param expiresAt when it stops working, or {@code null} for never
   */
  public Created create(
      String name, String subject, List<String> roles, Instant expiresAt, String by) {
    return insert(ApiKeySecret.generate(), name, subject, roles, expiresAt, by);
  }

  /**
   * The first admin key, if the store has never had a key: {@code supplied} when given (checked for
   * shape), else a new one. Empty when keys exist already, so revoking the first key sticks.
   */
  public synchronized Optional<Created> bootstrap(String supplied) {
    if (supplied != null && !supplied.isBlank()) {
      ApiKeySecret.requireWellFormed(supplied, "the bootstrap admin key");
    }
    if (db.tx(c -> rows.countKeys()) > 0) {
      return Optional.empty();
    }
    String secret =
        supplied == null || supplied.isBlank() ? ApiKeySecret.generate() : supplied.trim();
    return Optional.of(
        insert(secret, "bootstrap-admin", null, List.of("admin"), null, "bootstrap"));
  }

  private Created insert(
      String secret,
      String name,
      String subject,
      List<String> roleNames,
      Instant expiresAt,
      String by) {
    String validName = name(name);
    Set<Role> roles = roles(roleNames);
    Instant now = now();
    if (expiresAt != null && !expiresAt.isAfter(now)) {
      throw invalid("expiresAt must be in the future, not " + expiresAt);
    }
    String who = subject == null || subject.isBlank() ? "api-key:" + validName : subject.trim();
    if (who.length() > 300) {
      throw invalid("subject must be at most 300 characters");
    }
    ApiKey key =
        new ApiKey(
            UUID.randomUUID().toString(),
            validName,
            who,
            labels(roles),
            ApiKeySecret.shown(secret),
            now,
            by,
            expiresAt,
            null,
            null,
            null);
    db.tx(
        c ->
            rows.save(
                new ApiKeyRow(
                    key.id(),
                    key.name(),
                    key.subject(),
                    String.join(",", key.roles()),
                    key.prefix(),
                    ApiKeySecret.hash(secret),
                    key.createdAt(),
                    by,
                    expiresAt,
                    null,
                    null,
                    null)));
    return new Created(key, secret);
  }

  /** Every key, newest first, without secrets. */
  public List<ApiKey> list() {
    return db.tx(c -> rows.listOrderByCreatedAtDesc().stream().map(ApiKeys::key).toList());
  }

  /** Revokes a key at once; revoking a revoked key changes nothing. */
  public ApiKey revoke(String id, String by) {
    try {
      return revokeInStore(id, by);
    } finally {
      // Also when the transaction failed half-way: a needless database read is the only cost.
      cache.forget(id);
    }
  }

  private ApiKey revokeInStore(String id, String by) {
    return db.tx(
        c -> {
          ApiKey key =
              rows.findById(id)
                  .map(ApiKeys::key)
                  .orElseThrow(
                      () ->
                          new ApiKeyException(ApiKeyException.Kind.NOT_FOUND, "no API key " + id));
          if (key.revokedAt() == null) {
            rows.revoke(id, now(), by);
          }
          return rows.findById(id).map(ApiKeys::key).orElseThrow();
        });
  }

  /**
   * The caller a key stands for; records when it was last used. Unknown, revoked and expired keys
   * are refused with a reason that does not tell which of them it was apart from expiry/revocation.
   */
  public Caller authenticate(String secret) {
    Instant now = now();
    String hash = ApiKeySecret.hash(secret);
    if (cache.enabled()) {
      Caller cached = cache.find(hash, now);
      if (cached != null) {
        return cached;
      }
    }
    long revocations = cache.revocations();
    return db.tx(
        c -> {
          ApiKey key =
              rows.findByKeyHash(hash)
                  .map(ApiKeys::key)
                  .orElseThrow(() -> new AuthenticationException("unknown API key"));
          if (key.revokedAt() != null) {
            throw new AuthenticationException("the API key was revoked");
          }
          if (!key.usableAt(now)) {
            throw new AuthenticationException("the API key expired at " + key.expiresAt());
          }
          if (key.lastUsedAt() == null
              || key.lastUsedAt().isBefore(now.minus(LAST_USED_RESOLUTION))) {
            rows.used(key.id(), now);
          }
          Set<Role> roles = EnumSet.noneOf(Role.class);
          key.roles().forEach(r -> Role.named(r).ifPresent(roles::add));
          Caller caller = new Caller(key.subject(), roles, "api-key:" + key.id());
          if (cache.enabled()) {
            cache.put(hash, key, caller, now, revocations);
          }
          return caller;
        });
  }

  private static String name(String name) {
    if (name == null || name.isBlank() || name.trim().length() > 100) {
      throw invalid("name is required, 1 to 100 characters");
    }
    return name.trim();
  }

  private static Set<Role> roles(List<String> names) {
    Set<Role> roles = new LinkedHashSet<>();
    for (String name : names == null ? List.<String>of() : names) {
      roles.add(
          Role.named(name)
              .orElseThrow(
                  () ->
                      invalid(
                          "unknown role "
                              + name
                              + "; a key's roles are among "
                              + labels(EnumSet.allOf(Role.class))
                              + " (owner and delegate follow from assessments: give the key the"
                              + " subject their owners or delegations name)")));
    }
    return roles;
  }

  private static List<String> labels(Set<Role> roles) {
    return roles.stream().sorted().map(Role::label).toList();
  }

  private static ApiKeyException invalid(String message) {
    return new ApiKeyException(ApiKeyException.Kind.INVALID, message);
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  private static ApiKey key(ApiKeyRow row) {
    String roles = row.roles();
    return new ApiKey(
        row.id(),
        row.name(),
        row.subject(),
        roles.isEmpty()
            ? List.of()
            : Arrays.stream(roles.split(",")).collect(Collectors.toUnmodifiableList()),
        row.keyPrefix(),
        row.createdAt(),
        row.createdBy(),
        row.expiresAt(),
        row.revokedAt(),
        row.revokedBy(),
        row.lastUsedAt());
  }
}
