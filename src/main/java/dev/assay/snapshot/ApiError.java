package dev.assay.snapshot;

/** The error an AWS API call returned, as {@code {"Code": ..., "Message": ...}}. */
public record ApiError(String code, String message) {}
