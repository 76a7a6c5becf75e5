package dev.assay.auth;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.Instant;
import java.util.List;

/**
 * An API key as listed: everything but the secret, which is shown once when the key is created and
 * never stored.
 *
 * @param prefix the first characters of the key, to recognise it
 * @param expiresAt when it stops working, or {@code null} for never
 * @param revokedAt when it was revoked, or {@code null} while it works
 * @param lastUsedAt the last request it authenticated (recorded at most once a minute)
 */
public record ApiKey(
    String id,
    String name,
    String subject,
    List<String> roles,
    String prefix,
    @JsonFormat(shape = JsonFormat.Shape.STRING) Instant createdAt,
    String createdBy,
    @JsonFormat(shape = JsonFormat.Shape.STRING) Instant expiresAt,
    @JsonFormat(shape = JsonFormat.Shape.STRING) Instant revokedAt,
    String revokedBy,
    @JsonFormat(shape = JsonFormat.Shape.STRING) Instant lastUsedAt) {

  public boolean usableAt(Instant now) {
    return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
  }
}
