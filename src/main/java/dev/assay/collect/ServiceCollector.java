package dev.assay.collect;

import java.util.List;
import java.util.Set;

/**
 * Collects one AWS service in one account and region. Adding an operation is a line or two in
 * {@link #collect}: a {@link CallRecorder} call, plus its name in {@link #operations()}.
 */
public interface ServiceCollector {

  /** The name users select it by ({@code --services}), usually the endpoint prefix. */
  String name();

  /** Every {@code service.Operation} it writes; tests check these cover what normalizers read. */
  Set<String> operations();

  /**
   * The scope-wide calls that open a collection ({@code service.Operation}), in order. When an
   * account or region cannot be entered at all, each is written as an error envelope, so the
   * evaluator reports ERROR for everything they would have listed.
   */
  List<String> entryOperations();

  /** Whether the service is global (IAM) and collected once per account, in region "global". */
  default boolean global() {
    return false;
  }

  void collect(ServiceScope scope);
}
