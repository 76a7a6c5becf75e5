package dev.assay.rules;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Splits the facts of a large evaluation into groups that can fire in separate sessions with the
 * same matches as one session. Rules join facts of one account, or facts that name each other by
 * ARN, so the groups are the connected accounts: every account a fact names (its {@code accountId}
 * and the account of every ARN it holds) belongs to one group with the fact's own. A fact naming no
 * account (the evaluation context) goes to every group.
 */
final class FactPartitions {

  private static final List<MethodHandle> UNREADABLE =
      java.util.Collections.unmodifiableList(new ArrayList<>());
  private static final Map<Class<?>, List<MethodHandle>> STRING_COMPONENTS =
      new ConcurrentHashMap<>();

  private FactPartitions() {}

  /**
   * Groups of facts that fire apart with the matches of one session.
   *
   * @param shared the facts naming no account, which every group holds
   * @param groups each with the shared facts first, then its accounts' facts
   */
  record Split(List<Object> shared, List<List<Object>> groups) {}

  /** At most {@code parts} groups, balanced by fact count, each with the shared facts. */
  static Split split(Collection<?> facts, int parts) {
    Accounts accounts = new Accounts();
    List<Object> shared = new ArrayList<>();
    List<Object> owned = new ArrayList<>();
    List<String> owners = new ArrayList<>();
    // Facts come in runs of one class: the last class's accessors usually serve again.
    Class<?> lastClass = null;
    List<MethodHandle> components = null;
    for (Object fact : facts) {
      if (fact.getClass() != lastClass) {
        lastClass = fact.getClass();
        components = STRING_COMPONENTS.computeIfAbsent(lastClass, FactPartitions::strings);
      }
      String first = firstAccountLinking(fact, components, accounts);
      if (first == UNREAD) {
        // A fact we cannot read could link accounts we do not see: keep one session.
        return new Split(List.of(), List.of(new ArrayList<>(facts)));
      }
      if (first == null) {
        shared.add(fact);
      } else {
        owned.add(fact);
        owners.add(first);
      }
    }
    Map<String, List<Object>> byGroup = new LinkedHashMap<>();
    // Facts come account by account: the last owner's group usually serves again.
    String lastOwner = null;
    List<Object> lastGroup = null;
    for (int i = 0; i < owned.size(); i++) {
      String owner = owners.get(i);
      if (!owner.equals(lastOwner)) {
        lastOwner = owner;
        lastGroup = byGroup.computeIfAbsent(accounts.find(owner), k -> new ArrayList<>());
      }
      lastGroup.add(owned.get(i));
    }
    List<List<Object>> bins = new ArrayList<>();
    long[] sizes = new long[Math.max(1, Math.min(parts, byGroup.size()))];
    for (int i = 0; i < sizes.length; i++) {
      bins.add(new ArrayList<>(shared));
    }
    List<List<Object>> groups = new ArrayList<>(byGroup.values());
    groups.sort(Comparator.comparingInt((List<Object> g) -> g.size()).reversed());
    for (List<Object> group : groups) {
      int smallest = 0;
      for (int i = 1; i < sizes.length; i++) {
        if (sizes[i] < sizes[smallest]) {
          smallest = i;
        }
      }
      bins.get(smallest).addAll(group);
      sizes[smallest] += group.size();
    }
    return new Split(shared, bins);
  }

  /** Marks a fact {@link #firstAccountLinking} cannot read. */
  private static final String UNREAD = new String("unread");

  /**
   * The first account a fact names, after joining every other account it names to that one's group;
   * null when it names none, {@link #UNREAD} when it cannot be read (not a public record). Most
   * facts name one account several times (their own ARN and account ID): those are compared in
   * place rather than copied out of each ARN.
   */
  private static String firstAccountLinking(
      Object fact, List<MethodHandle> components, Accounts accounts) {
    if (components == UNREADABLE) {
      return UNREAD;
    }
    String first = null;
    for (MethodHandle component : components) {
      String value = read(component, fact);
      int at = accountAt(value);
      if (at < 0) {
        continue;
      }
      if (first == null) {
        first = at == 0 && value.length() == 12 ? value : value.substring(at, at + 12);
      } else if (!first.regionMatches(0, value, at, 12)) {
        accounts.union(first, value.substring(at, at + 12));
      }
    }
    return first;
  }

  private static String read(MethodHandle component, Object fact) {
    try {
      return (String) component.invokeExact(fact);
    } catch (Throwable e) {
      throw new IllegalStateException("cannot read a component of " + fact.getClass(), e);
    }
  }

  /** The value itself if it is an account ID, or the account field of an ARN; else null. */
  static String accountIn(String value) {
    int at = accountAt(value);
    return at < 0 ? null : value.substring(at, at + 12);
  }

  /**
   * Where the account ID in a value starts: 0 when the value is one, the account field of an ARN
   * ({@code arn:partition:service:region:account:resource}); -1 when it names no account.
   */
  private static int accountAt(String value) {
    if (value == null || value.length() < 12) {
      return -1;
    }
    if (value.length() == 12 && isDigits(value, 0, 12)) {
      return 0;
    }
    if (!value.startsWith("arn:")) {
      return -1;
    }
    int at = 0;
    for (int field = 0; field < 4; field++) {
      at = value.indexOf(':', at) + 1;
      if (at == 0) {
        return -1;
      }
    }
    int end = value.indexOf(':', at);
    return end - at == 12 && isDigits(value, at, end) ? at : -1;
  }

  private static boolean isDigits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** Accessors of a public record's String components; {@link #UNREADABLE} for other classes. */
  private static List<MethodHandle> strings(Class<?> type) {
    List<MethodHandle> handles = new ArrayList<>();
    if (!type.isRecord()) {
      return UNREADABLE;
    }
    MethodHandles.Lookup lookup = MethodHandles.publicLookup();
    for (RecordComponent component : type.getRecordComponents()) {
      if (component.getType() == String.class) {
        try {
          handles.add(
              lookup
                  .unreflect(component.getAccessor())
                  .asType(MethodType.methodType(String.class, Object.class)));
        } catch (IllegalAccessException e) {
          return UNREADABLE;
        }
      }
    }
    return handles;
  }

  /** Union-find over account IDs. */
  private static final class Accounts {
    private final Map<String, String> parent = new HashMap<>();

    String find(String account) {
      String root = account;
      String next;
      while ((next = parent.get(root)) != null && !next.equals(root)) {
        root = next;
      }
      parent.putIfAbsent(account, root);
      return root;
    }

    void union(String a, String b) {
      String ra = find(a);
      String rb = find(b);
      if (!ra.equals(rb)) {
        parent.put(ra.compareTo(rb) < 0 ? rb : ra, ra.compareTo(rb) < 0 ? ra : rb);
      }
    }
  }
}
