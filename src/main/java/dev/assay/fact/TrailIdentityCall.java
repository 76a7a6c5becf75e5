package dev.assay.fact;

import java.time.Duration;
import java.time.Instant;

/**
 * One API action an identity called, with the last time it did, from the CloudTrail event history
 * of one account and region ({@code LookupEvents}); one fact per identity and event name.
 */
public record TrailIdentityCall(
    String accountId, String region, String identityArn, String eventName, Instant lastSeen) {

  /** Whether the call happened within {@code minutes} before {@code now}. */
  public boolean seenWithin(Instant now, long minutes) {
    return lastSeen != null && !lastSeen.isBefore(now.minus(Duration.ofMinutes(minutes)));
  }
}
