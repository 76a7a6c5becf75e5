package dev.assay.assessment;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * The {@code assay.assessments.schedule-retry.*} keys: how a scheduled run that failed is retried.
 * The wait doubles after each failed attempt, up to {@code maxBackoff}.
 *
 * @param attempts runs tried per assessment and schedule, the first included (1: no retry)
 * @param backoff the wait before the first retry
 * @param maxBackoff the longest wait between two attempts
 */
@ConfigurationProperties("assay.assessments.schedule-retry")
public record ScheduleRetrySettings(
    @Bindable(defaultValue = "3") int attempts,
    @Bindable(defaultValue = "5m") Duration backoff,
    @Bindable(defaultValue = "1h") Duration maxBackoff) {

  public ScheduleRetrySettings {
    if (attempts < 1) {
      throw new IllegalArgumentException(
          "assay.assessments.schedule-retry.attempts must be at least 1, not " + attempts);
    }
    if (backoff.isNegative() || maxBackoff.isNegative()) {
      throw new IllegalArgumentException("schedule-retry waits must not be negative");
    }
  }

  /** One attempt only. */
  public static ScheduleRetrySettings none() {
    return new ScheduleRetrySettings(1, Duration.ZERO, Duration.ZERO);
  }

  /** The wait after the given failed attempt (1-based): backoff, 2 × backoff, ... capped. */
  public Duration delayAfter(int attempt) {
    Duration delay = backoff;
    for (int i = 1; i < attempt && delay.compareTo(maxBackoff) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(maxBackoff) > 0 ? maxBackoff : delay;
  }
}
