package dev.assay.snapshot;

import dev.assay.fact.KmsKey;
import java.lang.reflect.RecordComponent;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps the KMS keys of one account and region that rules judge: those a GenAI resource names.
 * Every fact that names a key does so in a text component whose name says so ({@code kmsKeyId},
 * {@code volumeKmsKeyId}, {@code kmsKeyArn}, {@code encryptionKeyArn}...), so the components are
 * read by name: a fact type added later with such a field counts without a change here. A key named
 * through an unreadable resource (a gap) is not counted, which can only leave its rules
 * NOT_APPLICABLE, never PASS.
 */
final class KmsKeyUse {

  private static final Map<Class<?>, List<RecordComponent>> KEY_FIELDS = new ConcurrentHashMap<>();

  private KmsKeyUse() {}

  static List<Object> decide(List<Object> scopeFacts) {
    if (scopeFacts.stream().noneMatch(KmsKey.class::isInstance)) {
      return scopeFacts;
    }
    Set<String> named = new HashSet<>();
    for (Object fact : scopeFacts) {
      if (fact instanceof KmsKey) {
        continue;
      }
      for (RecordComponent c : keyFields(fact.getClass())) {
        try {
          Object value = c.getAccessor().invoke(fact);
          if (value instanceof String s && !s.isBlank()) {
            named.add(s);
          }
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException("cannot read " + c, e);
        }
      }
    }
    // Keys no GenAI resource names are none of a GenAI framework's business: they are left out,
    // so a region whose keys all protect other workloads is NOT_APPLICABLE.
    return scopeFacts.stream()
        .filter(
            f ->
                !(f instanceof KmsKey k)
                    || (k.judgeable() && k.names().stream().anyMatch(named::contains)))
        .toList();
  }

  private static List<RecordComponent> keyFields(Class<?> type) {
    return KEY_FIELDS.computeIfAbsent(
        type,
        t ->
            t.isRecord()
                ? List.of(t.getRecordComponents()).stream()
                    .filter(c -> c.getType() == String.class)
                    .filter(
                        c -> {
                          String n = c.getName().toLowerCase(Locale.ROOT);
                          return n.contains("kms") || n.contains("encryptionkey");
                        })
                    .toList()
                : List.of());
  }
}
