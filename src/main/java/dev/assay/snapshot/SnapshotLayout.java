package dev.assay.snapshot;

import java.util.regex.Pattern;

/**
 * Names in the snapshot layout {@code <accountId>/<region>/<service>.<Operation>[_<suffix>].json}.
 */
final class SnapshotLayout {

  static final Pattern ACCOUNT = Pattern.compile("\\d{12}");
  static final Pattern REGION =
      Pattern.compile("global|[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\\d{1,2}");
  static final Pattern FILE =
      Pattern.compile("([a-z0-9][a-z0-9-]*)\\.([A-Z][A-Za-z0-9]*)(?:_([^/\\\\]+))?\\.json");
  static final Pattern SERVICE = Pattern.compile("[a-z0-9][a-z0-9-]*");
  static final Pattern OPERATION = Pattern.compile("[A-Z][A-Za-z0-9]*");

  private SnapshotLayout() {}
}
