package dev.assay.reload;

import java.time.Instant;
import java.util.List;

/**
 * A change that was not taken: the last good engine kept serving.
 *
 * @param problems every problem, {@code file:line: message} where the line is known
 */
public record Rejection(Instant at, String trigger, List<String> problems) {}
