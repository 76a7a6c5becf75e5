package dev.assay.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Set;

/**
 * AWS Security Finding Format: a JSON array of findings for {@code BatchImportFindings}, one per
 * (rule, resource), with an {@code Id} stable across runs so a re-import updates a finding rather
 * than adding one. Manual-evidence tasks are left out: they belong to no account or resource.
 */
public final class AsffExport {

  public static final String SCHEMA_VERSION = "2018-10-08";

  /** Where a finding of a global resource (IAM) is filed: Security Hub needs a real region. */
  public static final String GLOBAL_REGION = "us-east-1";

  /** Fact types with an ASFF resource type of their own; the rest are {@code Other}. */
  private static final Map<String, String> RESOURCE_TYPES =
      Map.of(
          "NotebookInstance", "AwsSageMakerNotebookInstance",
          "IamRole", "AwsIamRole",
          "ManagedPolicy", "AwsIamPolicy",
          "InlinePolicy", "AwsIamPolicy",
          "AssumableRole", "AwsIamRole");

  /** The partitions Security Hub's {@code Resource.Partition} enum knows. */
  private static final Set<String> PARTITIONS = Set.of("aws", "aws-cn", "aws-us-gov");

  /** Security Hub's limit on a {@code ProductFields} value, in characters. */
  private static final int FIELD_VALUE_MAX = 2048;

  private AsffExport() {}

  public static String write(ExportContext ctx) {
    ArrayNode findings = ExportJson.array();
    for (ExportItem item : ctx.items()) {
      if (!item.manual() && item.accountId() != null && item.accountId().matches("\\d{12}")) {
        findings.add(finding(ctx, item));
      }
    }
    return ExportJson.write(findings);
  }

  /** The Security Hub region a finding is imported into. */
  static String region(ExportItem item) {
    String region = item.region();
    return region == null || region.equals("global") || region.length() > 16
        ? GLOBAL_REGION
        : region;
  }

  private static ObjectNode finding(ExportContext ctx, ExportItem item) {
    String partition = ArnParts.partition(item.resourceArn());
    String region = region(item);
    String account = item.accountId();
    String at = ctx.result().evaluatedAt();
    ObjectNode f = ExportJson.object();
    f.put("SchemaVersion", SCHEMA_VERSION);
    f.put("Id", "assay/" + item.checkId() + "/" + StableIds.sha256(item.key()));
    f.put(
        "ProductArn",
        "arn:"
            + partition
            + ":securityhub:"
            + region
            + ":"
            + account
            + ":product/"
            + account
            + "/default");
    f.put("GeneratorId", "assay/" + item.checkId());
    f.put("AwsAccountId", account);
    f.putArray("Types").add("Software and Configuration Checks/Industry and Regulatory Standards");
    f.put("CreatedAt", at)
        .put("UpdatedAt", at)
        .put("FirstObservedAt", at)
        .put("LastObservedAt", at);
    f.putObject("Severity")
        .put("Label", ExportSeverity.asffLabel(item.severity()))
        .put(
            "Original",
            item.severity() == null ? "unknown" : ExportJson.truncate(item.severity(), 64));
    // Title and Description must hold a non-blank character (NonEmptyString).
    f.put("Title", ExportJson.truncate(nonBlank(item.title(), item.checkId()), 256));
    f.put("Description", ExportJson.truncate(description(item), 1024));
    ObjectNode resource = f.putArray("Resources").addObject();
    resource.put("Type", RESOURCE_TYPES.getOrDefault(item.resourceType(), "Other"));
    resource.put("Id", ExportJson.truncate(item.resourceArn(), 512));
    // Resource.Partition is an enum of three partitions; a resource elsewhere (aws-iso) goes
    // without it rather than making BatchImportFindings reject the finding.
    if (PARTITIONS.contains(partition)) {
      resource.put("Partition", partition);
    }
    resource.put("Region", region);
    ObjectNode compliance = f.putObject("Compliance").put("Status", item.status().asff());
    ArrayNode related = compliance.putArray("RelatedRequirements");
    item.controlIds().stream()
        .limit(32)
        .forEach(id -> related.add(ctx.result().frameworkId() + "/" + id));
    if (item.remediation() != null && !item.remediation().isBlank()) {
      ObjectNode rec =
          f.putObject("Remediation")
              .putObject("Recommendation")
              .put("Text", ExportJson.truncate(item.remediation(), 512));
      item.references().stream()
          .filter(r -> r.startsWith("https://"))
          .findFirst()
          .ifPresent(url -> rec.put("Url", url));
    }
    ObjectNode fields = f.putObject("ProductFields");
    fields.put("ProviderName", "Assay").put("ProviderVersion", ctx.productVersion());
    fields.put("assay/RuleId", item.checkId());
    fields.put("assay/Status", item.status().name());
    fields.put("assay/FrameworkId", ctx.result().frameworkId());
    fields.put("assay/FrameworkVersion", String.valueOf(ctx.result().frameworkVersion()));
    fields.put("assay/RuleBaseVersion", String.valueOf(ctx.result().ruleBaseVersion()));
    // A check no control names has no control ids; an empty value is rejected (NonEmptyString).
    if (!item.controlIds().isEmpty()) {
      fields.put(
          "assay/ControlIds",
          ExportJson.truncate(String.join(",", item.controlIds()), FIELD_VALUE_MAX));
    }
    f.put("RecordState", "ACTIVE");
    f.putObject("Workflow").put("Status", "NEW");
    return f;
  }

  private static String nonBlank(String text, String fallback) {
    return text == null || text.isBlank() ? fallback : text;
  }

  private static String description(ExportItem item) {
    String reason = nonBlank(item.reason(), nonBlank(item.title(), item.checkId()));
    return item.risk() == null ? reason : reason + " " + item.risk();
  }
}
