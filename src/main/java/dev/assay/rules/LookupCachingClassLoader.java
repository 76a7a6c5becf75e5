package dev.assay.rules;

import java.net.URL;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The class loader the DRL compiler resolves names through: the application's, with every answer
 * remembered. Compiling looks up thousands of names, most of them guesses that do not exist (an
 * annotation or a field name tried against every import and package, each a failed search of every
 * jar and an exception with its stack), and ECJ finds every class it reads again; JFR put these
 * lookups at about 40% of a warm build. The application's class path does not change while it runs,
 * so an answer once given stays true. Drools' own generated classes live in the class loader it
 * puts below this one, which asks here first and then looks at its own.
 */
final class LookupCachingClassLoader extends ClassLoader {

  static {
    registerAsParallelCapable();
  }

  /**
   * Enough for every name a compile of the whole catalogue asks for, many times over; past it
   * (renamed rules reloaded for months) the caches start again rather than grow.
   */
  private static final int MAX_ENTRIES = 100_000;

  private static final Object MISSING = new Object();

  private final ConcurrentMap<String, Object> classes = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, Optional<URL>> resources = new ConcurrentHashMap<>();

  LookupCachingClassLoader(ClassLoader parent) {
    super("assay-rule-compiler", parent);
  }

  @Override
  protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
    Object known = classes.get(name);
    if (known == MISSING) {
      throw new NotFound(name);
    }
    if (known != null) {
      return (Class<?>) known;
    }
    try {
      Class<?> found = getParent().loadClass(name);
      remember(classes, name, found);
      return found;
    } catch (ClassNotFoundException e) {
      remember(classes, name, MISSING);
      throw e;
    }
  }

  @Override
  public URL getResource(String name) {
    Optional<URL> known = resources.get(name);
    if (known == null) {
      known = Optional.ofNullable(getParent().getResource(name));
      remember(resources, name, known);
    }
    return known.orElse(null);
  }

  private static <V> void remember(ConcurrentMap<String, V> cache, String name, V answer) {
    if (cache.size() >= MAX_ENTRIES) {
      cache.clear();
    }
    cache.put(name, answer);
  }

  /** A miss answered from the cache: no stack to fill, the caller only tests for it. */
  private static final class NotFound extends ClassNotFoundException {
    private static final long serialVersionUID = 1L;

    NotFound(String name) {
      super(name);
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
      return this;
    }
  }
}
