package dev.assay.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A two-notebook snapshot directory for tests that compare rule sets on the same input: {@code
 * nb-open} has direct internet access, {@code nb-closed} does not; both are otherwise compliant.
 */
public final class NotebookSnapshot {

  public static final String ARN_PREFIX =
      "arn:aws:sagemaker:us-east-1:111111111111:notebook-instance/";

  private NotebookSnapshot() {}

  public static Path write(Path root) throws IOException {
    Path region = Files.createDirectories(root.resolve("111111111111/us-east-1"));
    Files.writeString(
        region.resolve("sagemaker.ListNotebookInstances.json"),
        """
        {"NotebookInstances": [
          {"NotebookInstanceName": "nb-open", "NotebookInstanceArn": "%1$snb-open"},
          {"NotebookInstanceName": "nb-closed", "NotebookInstanceArn": "%1$snb-closed"}]}
        """
            .formatted(ARN_PREFIX));
    for (String name : new String[] {"nb-open", "nb-closed"}) {
      Files.writeString(
          region.resolve("sagemaker.DescribeNotebookInstance_" + name + ".json"),
          """
          {"NotebookInstanceName": "%2$s", "NotebookInstanceArn": "%1$s%2$s",
           "NotebookInstanceStatus": "InService", "DirectInternetAccess": "%3$s",
           "RootAccess": "Disabled", "SubnetId": "subnet-1",
           "KmsKeyId": "arn:aws:kms:us-east-1:111111111111:key/k"}
          """
              .formatted(ARN_PREFIX, name, name.equals("nb-open") ? "Enabled" : "Disabled"));
    }
    return root;
  }
}
