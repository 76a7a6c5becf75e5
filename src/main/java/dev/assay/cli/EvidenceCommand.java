package dev.assay.cli;

import dev.assay.assessment.evidence.EvidenceItem;
import dev.assay.assessment.evidence.Verification;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code assay evidence}: manual evidence uploads and chain verification. */
@Command(
    name = "evidence",
    mixinStandardHelpOptions = true,
    description =
        "Upload manual evidence to an assessment control, or verify an assessment's"
            + " evidence chain.",
    subcommands = {
      EvidenceCommand.Upload.class,
      EvidenceCommand.Verify.class,
      EvidencePurgeCommand.class
    })
public class EvidenceCommand implements Runnable {

  @Override
  public void run() {
    new picocli.CommandLine(this).usage(System.out);
  }

  /** Exactly one of --file, --text and --s3. */
  static class Content {
    @Option(
        names = "--file",
        paramLabel = "FILE",
        required = true,
        description = "A file (up to 100 MB), streamed to the blob store.")
    Path file;

    @Option(
        names = "--text",
        paramLabel = "TEXT",
        required = true,
        description = "A text answer (up to 1000 characters).")
    String text;

    @Option(
        names = "--s3",
        paramLabel = "URI",
        required = true,
        description =
            "Import an object (s3://bucket/key, up to 100 MB) with the default AWS credentials;"
                + " ASSAY_ASSESSMENTS_S3_ENDPOINT_URL points at an emulator.")
    String s3;
  }

  @Command(
      name = "upload",
      mixinStandardHelpOptions = true,
      description = "Upload manual evidence; it feeds the next run, closing its task.")
  static class Upload implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;
    @Mixin StoreOptions store;

    @Parameters(paramLabel = "ID", description = "Assessment ID.")
    String id;

    @Option(names = "--control", required = true, paramLabel = "CONTROL_ID")
    String control;

    @Option(
        names = "--resource",
        paramLabel = "ARN",
        description = "The resource the evidence is about (for per-resource tasks).")
    String resource;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Content content;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      return StoreErrors.run(
          spec.commandLine().getErr(),
          () -> {
            if (content.file != null && !Files.isRegularFile(content.file)) {
              throw new java.io.IOException("no such file: " + content.file);
            }
            try (StoreOptions.Session session = store.open()) {
              EvidenceItem item;
              if (content.file != null) {
                try (InputStream in = Files.newInputStream(content.file)) {
                  item =
                      session
                          .store
                          .uploads()
                          .uploadFile(
                              id,
                              control,
                              content.file.getFileName().toString(),
                              resource,
                              in,
                              store.by);
                }
              } else if (content.s3 != null) {
                item =
                    session.store.uploads().importS3(id, control, content.s3, resource, store.by);
              } else {
                item =
                    session
                        .store
                        .uploads()
                        .uploadText(id, control, content.text, resource, store.by);
              }
              out.println(
                  "Added "
                      + item.type()
                      + " evidence "
                      + item.id()
                      + " to "
                      + control
                      + " (item "
                      + item.seq()
                      + ", sha256 "
                      + item.contentSha256()
                      + ").");
              out.flush();
              return 0;
            }
          });
    }
  }

  @Command(
      name = "verify",
      mixinStandardHelpOptions = true,
      description = {
        "Verify an assessment's evidence hash chain.",
        "Exit 0: it verifies; 1: an item was changed, removed or reordered (the first is named)."
      })
  static class Verify implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;
    @Mixin StoreOptions store;

    @Parameters(paramLabel = "ID", description = "Assessment ID.")
    String id;

    @Override
    public Integer call() throws Exception {
      return store.run(
          spec,
          (session, out) -> {
            Verification v = session.store.evidence().verify(id);
            if (v.valid()) {
              out.println(
                  "Evidence chain of "
                      + id
                      + " verifies: "
                      + v.items()
                      + " items, head "
                      + v.head()
                      + ".");
              out.flush();
              return 0;
            }
            out.println(
                "Evidence chain of "
                    + id
                    + " does NOT verify: item "
                    + v.firstBadSeq()
                    + " ("
                    + v.firstBadItem()
                    + "): "
                    + v.problem());
            out.flush();
            return 1;
          });
    }
  }
}
