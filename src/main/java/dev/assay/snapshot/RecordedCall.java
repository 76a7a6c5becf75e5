package dev.assay.snapshot;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One call as API clients send it inline instead of as a file: the same content a snapshot file
 * holds, with its place in the layout spelled out.
 */
public record RecordedCall(
    String accountId,
    String region,
    String service,
    String operation,
    String suffix,
    JsonNode request,
    JsonNode response,
    JsonNode error) {}
