package dev.assay.assessment;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.env.Environment;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.util.List;

/**
 * The {@code assay.aws.*} keys: how the service collects from AWS for assessments (the CLI's {@code
 * collect} takes the same settings as options). application.yml lists each with its default. The
 * older {@code assay.assessments.aws-endpoint-url} and {@code aws-role-name} still work as aliases
 * when the new keys are unset.
 *
 * @param regions regions collected when an assessment names none ({@code all} for every enabled
 *     region); empty for the SDK's default region
 * @param roleName role assumed in accounts other than the caller's, or {@code null}
 * @param externalId external ID for that role, or {@code null}
 * @param concurrency account × region × service tasks at once
 * @param endpointUrl one endpoint for every AWS call (moto), or {@code null} for AWS
 * @param organization collect every ACTIVE account of the organization when an assessment names no
 *     accounts
 */
@ConfigurationProperties("assay.aws")
public record AwsSettings(
    @Nullable List<String> regions,
    @Nullable String roleName,
    @Nullable String externalId,
    @Bindable(defaultValue = "8") int concurrency,
    @Nullable String endpointUrl,
    @Bindable(defaultValue = "false") boolean organization) {

  public AwsSettings {
    regions = regions == null ? List.of() : List.copyOf(regions);
  }

  /** The defaults, for code that runs without a Micronaut context. */
  public static AwsSettings defaults() {
    return new AwsSettings(List.of(), null, null, 8, null, false);
  }

  /** The keys as the CLI reads them (it starts no beans), environment variables included. */
  public static AwsSettings from(Environment env) {
    String p = "assay.aws.";
    AwsSettings d = defaults();
    return new AwsSettings(
        env.getProperty(p + "regions", io.micronaut.core.type.Argument.listOf(String.class))
            .orElse(d.regions()),
        env.getProperty(p + "role-name", String.class).orElse(null),
        env.getProperty(p + "external-id", String.class).orElse(null),
        env.getProperty(p + "concurrency", Integer.class).orElse(d.concurrency()),
        env.getProperty(p + "endpoint-url", String.class).orElse(null),
        env.getProperty(p + "organization", Boolean.class).orElse(false));
  }

  /** The endpoint: this key, else the older {@code assay.assessments.aws-endpoint-url}. */
  public String endpointOr(AssessmentSettings legacy) {
    return blank(endpointUrl) ? legacy.awsEndpointUrl() : endpointUrl;
  }

  /** The role name: this key, else the older {@code assay.assessments.aws-role-name}. */
  public String roleNameOr(AssessmentSettings legacy) {
    return blank(roleName) ? legacy.awsRoleName() : roleName;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
