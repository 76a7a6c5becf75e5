package dev.assay.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A one-rule rule base and its three cases, written into a test's directory: tests of {@code rules
 * test} then do not depend on how far the shipped rules and cases have come.
 */
final class MinimalRules {

  static final String RULE = "sagemaker_notebook_instance_root_access_disabled";
  static final String ARN = "arn:aws:sagemaker:us-east-1:111111111111:notebook-instance/";

  private static final List<String> DOMAINS =
      List.of(
          "accuracy",
          "fair",
          "privacy",
          "resilience",
          "responsible",
          "safe",
          "secure",
          "sustainable");

  static final String CASES =
      """
      rule: %1$s
      cases:
        - name: no notebooks is not applicable
          responses:
            - {service: sagemaker, operation: ListNotebookInstances, response: {NotebookInstances: []}}
          fired: []
          expect:
            - {resourceArn: "%2$s*", status: NOT_APPLICABLE}
        - name: root access disabled passes
          responses:
            - {service: sagemaker, operation: ListNotebookInstances, response: {NotebookInstances: [{NotebookInstanceName: nb-ok, NotebookInstanceArn: "%2$snb-ok"}]}}
            - {service: sagemaker, operation: DescribeNotebookInstance, suffix: nb-ok, response: {NotebookInstanceName: nb-ok, NotebookInstanceArn: "%2$snb-ok", NotebookInstanceStatus: InService, DirectInternetAccess: Disabled, RootAccess: Disabled, SubnetId: subnet-1}}
          fired: []
          expect:
            - {resourceArn: "%2$snb-ok", status: PASS}
        - name: root access enabled fails
          responses:
            - {service: sagemaker, operation: ListNotebookInstances, response: {NotebookInstances: [{NotebookInstanceName: nb-open, NotebookInstanceArn: "%2$snb-open"}]}}
            - {service: sagemaker, operation: DescribeNotebookInstance, suffix: nb-open, response: {NotebookInstanceName: nb-open, NotebookInstanceArn: "%2$snb-open", NotebookInstanceStatus: InService, DirectInternetAccess: Disabled, RootAccess: Enabled, SubnetId: subnet-1}}
          fired: [%1$s]
          expect:
            - {resourceArn: "%2$snb-open", status: FAIL, reason: Notebook instance nb-open gives its users root access.}
        - name: an unreadable notebook is an error
          responses:
            - {service: sagemaker, operation: ListNotebookInstances, response: {NotebookInstances: [{NotebookInstanceName: nb-x, NotebookInstanceArn: "%2$snb-x"}]}}
            - {service: sagemaker, operation: DescribeNotebookInstance, suffix: nb-x, error: {Code: AccessDeniedException, Message: denied}}
          fired: []
          expect:
            - {resourceArn: "%2$snb-x", status: ERROR}
      """
          .formatted(RULE, ARN);

  private MinimalRules() {}

  /** Writes {@code rules/} and {@code cases/secure/<rule>.yaml} under {@code dir}. */
  static void write(Path dir) throws IOException {
    Path rules = Files.createDirectories(dir.resolve("rules"));
    for (String domain : DOMAINS) {
      String drl = "package dev.assay.rules." + domain + ";\n";
      String meta = "rules: {}\n";
      if (domain.equals("secure")) {
        drl +=
            """
            import dev.assay.fact.*;
            import dev.assay.rules.Violation;

            rule "%s"
                @severity("medium")
                @resourceType("NotebookInstance")
            when
                $n : NotebookInstance( rootAccess == true )
            then
                insert(Violation.of(drools, $n, "Notebook instance " + $n.name() + " gives its users root access."));
            end
            """
                .formatted(RULE);
        meta =
            """
            rules:
              %s:
                title: SageMaker notebook instances do not grant root access
                risk: Root access lets notebook users change the instance's security settings.
                remediation: Set RootAccess to Disabled.
            """
                .formatted(RULE);
      }
      Files.writeString(rules.resolve(domain + ".drl"), drl);
      Files.writeString(rules.resolve(domain + ".meta.yaml"), meta);
    }
    Path cases = Files.createDirectories(dir.resolve("cases/secure"));
    Files.writeString(cases.resolve(RULE + ".yaml"), CASES);
  }
}
