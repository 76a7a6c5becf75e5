package dev.assay.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.assay.fact.NotebookInstance;
import org.junit.jupiter.api.Test;

class LookupCachingClassLoaderTest {

  private final ClassLoader parent = getClass().getClassLoader();
  private final ClassLoader loader = new LookupCachingClassLoader(parent);

  @Test
  void givesTheApplicationsOwnClassesEveryTime() throws ClassNotFoundException {
    for (int i = 0; i < 2; i++) {
      assertSame(NotebookInstance.class, loader.loadClass(NotebookInstance.class.getName()));
      assertSame(
          NotebookInstance.class, Class.forName(NotebookInstance.class.getName(), false, loader));
    }
  }

  @Test
  void aMissingClassStaysMissing() {
    for (int i = 0; i < 2; i++) {
      assertThrows(ClassNotFoundException.class, () -> loader.loadClass("dev.assay.fact.severity"));
    }
  }

  @Test
  void resourcesAsTheParentFindsThem() {
    String name = NotebookInstance.class.getName().replace('.', '/') + ".class";
    for (int i = 0; i < 2; i++) {
      assertEquals(parent.getResource(name), loader.getResource(name));
      assertNull(loader.getResource("dev/assay/fact/severity.class"));
    }
  }
}
