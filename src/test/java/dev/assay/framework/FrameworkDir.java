package dev.assay.framework;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/** A frameworks directory written by a test: the shipped schemas plus the files the test gives. */
final class FrameworkDir {

  /** The rules the test frameworks may reference. */
  static final Set<String> RULES =
      Set.of("svc_one_enabled", "svc_two_enabled", "svc_three_enabled");

  /** A standard base framework: two control sets, four controls of every type. */
  static final String BASE =
      """
      id: base
      name: Base framework
      version: "1.0"
      type: standard
      controlSets:
        - id: secure
          name: Secure
          controls:
            - id: BASE-SEC-01
              name: Notebooks are isolated
              domain: secure
              type: automated
              rules: [svc_one_enabled]
              dataSources: [SAGEMAKER_NOTEBOOK_INSTANCE_INSIDE_VPC]
            - id: BASE-SEC-02
              name: Access is reviewed
              domain: secure
              type: manual
              description: Someone reviews who can invoke models.
              evidence: {instructions: Upload the review., cadence: P3M, inputType: UPLOAD_FILE}
        - id: fair
          name: Fair
          controls:
            - id: BASE-FAI-01
              name: Bias is analysed
              domain: fair
              type: hybrid
              rules: [svc_two_enabled]
              evidence: {instructions: Describe the analysis., cadence: P1Y, inputType: INPUT_TEXT}
            - id: BASE-FAI-02
              name: Drift is monitored
              domain: fair
              type: automated
              rules: [svc_three_enabled]
      """;

  static final String COMMON =
      """
      commonControls:
        - id: COMMON-ISOLATE
          name: Restrict network access to notebooks
          domain: secure
          keywords: [vpc, internet]
          description: Notebooks sit in a VPC.
          rules: [svc_one_enabled, svc_two_enabled]
          dataSources: [SAGEMAKER_NOTEBOOK_NO_DIRECT_INTERNET_ACCESS]
      """;

  private final Path dir;

  FrameworkDir(Path dir) {
    this.dir = dir;
    try {
      for (String schema : new String[] {"framework.schema.json", "common-controls.schema.json"}) {
        Files.copy(Path.of("frameworks", schema), dir.resolve(schema));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  FrameworkDir write(String file, String yaml) {
    try {
      Path path = dir.resolve(file);
      Files.createDirectories(path.getParent());
      Files.writeString(path, yaml);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  FrameworkDir withBase() {
    return write("base.yaml", BASE);
  }

  FrameworkDir withCommon() {
    return write("library/common-controls.yaml", COMMON);
  }

  FrameworkCatalog load() {
    return new FrameworkLoader(RULES).load(dir);
  }

  Path path() {
    return dir;
  }
}
