package dev.assay.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Callers of recently used API keys, by the key's SHA-256, so that a busy key costs no database
 * read per request. An entry lives {@code ttl} at most: a key revoked in this process is dropped at
 * once ({@link #forget}), one revoked by another process (the CLI on the same database) is refused
 * once its entry is older than {@code ttl}. Only keys that authenticated are kept, so a new key
 * works at once and unknown tokens cannot fill the cache. Expiry is checked on every hit.
 */
final class ApiKeyCache {

  /** More live keys than this is not a deployment the cache is for; it starts over instead. */
  static final int MAX_ENTRIES = 10_000;

  private record Entry(String keyId, Caller caller, Instant expiresAt, Instant loadedAt) {}

  private final Duration ttl;
  private final Map<String, Entry> byHash = new ConcurrentHashMap<>();
  // Counts revocations, so a read that raced with one does not put the revoked key back.
  private final AtomicLong revocations = new AtomicLong();

  ApiKeyCache(Duration ttl) {
    this.ttl = ttl;
  }

  boolean enabled() {
    return !ttl.isZero() && !ttl.isNegative();
  }

  /** The cached caller, if loaded less than {@code ttl} ago and the key has not expired since. */
  Caller find(String hash, Instant now) {
    Entry entry = byHash.get(hash);
    if (entry == null) {
      return null;
    }
    boolean stale = !now.isBefore(entry.loadedAt().plus(ttl));
    boolean expired = entry.expiresAt() != null && !now.isBefore(entry.expiresAt());
    if (stale || expired) {
      // Read again: the database says whether it was revoked or expired, with its reason.
      byHash.remove(hash, entry);
      return null;
    }
    return entry.caller();
  }

  /** Taken before reading a key, and given back to {@link #put}. */
  long revocations() {
    return revocations.get();
  }

  /** Keeps a caller just read, unless a revocation happened since {@code revocationsBefore}. */
  void put(String hash, ApiKey key, Caller caller, Instant now, long revocationsBefore) {
    if (byHash.size() >= MAX_ENTRIES) {
      byHash.clear();
    }
    byHash.put(hash, new Entry(key.id(), caller, key.expiresAt(), now));
    if (revocations.get() != revocationsBefore) {
      byHash.remove(hash);
    }
  }

  /** Drops the key with this ID: it was revoked here. */
  void forget(String keyId) {
    revocations.incrementAndGet();
    byHash.values().removeIf(entry -> entry.keyId().equals(keyId));
  }
}
