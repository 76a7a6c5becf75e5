package dev.assay.fact;

import java.util.List;

/**
 * What a secret detector found in the lifecycle configuration scripts ({@code OnCreate}, {@code
 * OnStart}) of a notebook instance, from {@code DescribeNotebookInstanceLifecycleConfig}. Kept
 * apart from {@link NotebookInstance} so that an unreadable lifecycle configuration makes only the
 * secrets check ERROR. Never carries the secret itself, only its kinds.
 *
 * @param arn the notebook instance's ARN
 * @param lifecycleConfigName the configuration scanned, or {@code null} when the notebook has none
 * @param secretKinds the kinds found ({@code aws-access-key-id}, {@code password}, ...), sorted;
 *     empty when none
 */
@ResourceKind(service = "sagemaker", idNoun = "notebook-instance-secret-scan")
public record NotebookSecretScan(
    String arn,
    String accountId,
    String region,
    String notebookName,
    String lifecycleConfigName,
    List<String> secretKinds)
    implements Resource {

  public NotebookSecretScan {
    secretKinds = List.copyOf(secretKinds);
  }

  public boolean secretsFound() {
    return !secretKinds.isEmpty();
  }
}
