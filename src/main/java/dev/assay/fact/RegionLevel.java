package dev.assay.fact;

/**
 * A per-account-and-region fact for checks that judge a region as a whole (is invocation logging
 * on, is any guardrail defined). Such checks apply only where their service is in use; the
 * normalizer builds these facts once it knows that.
 */
public interface RegionLevel extends Resource {

  /**
   * The service family whose use brings this region into scope: {@code bedrock} or {@code
   * sagemaker}.
   */
  String usageFamily();

  boolean inUse();

  /** This fact with its in-use flag decided, once every resource of the region is known. */
  RegionLevel withInUse(boolean inUse);

  /** Whether this fact itself proves its service is in use (logging switched on, say). */
  default boolean provesUse() {
    return false;
  }

  @Override
  default boolean inScope() {
    return inUse();
  }

  /**
   * The ARN-like id of a region-level feature: {@code
   * arn:aws:<service>:<region>:<account>:<feature>}.
   */
  static String featureArn(String service, String region, String accountId, String feature) {
    return "arn:aws:" + service + ":" + region + ":" + accountId + ":" + feature;
  }
}
