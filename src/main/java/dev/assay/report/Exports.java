package dev.assay.report;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The formats an evaluation can be written in, by the name {@code --format} and {@code ?format=}
 * take.
 */
public enum Exports {
  JSON("application/json", ctx -> ResultJson.write(ctx.result())),
  TABLE("text/plain; charset=utf-8", ctx -> ResultTable.write(ctx.result())),
  OCSF("application/json", OcsfExport::write),
  ASFF("application/json", AsffExport::write),
  SARIF("application/sarif+json", SarifExport::write),
  CSV("text/csv; charset=utf-8; header=present", CsvExport::write),
  JUNIT("application/xml", JunitExport::write),
  OSCAL("application/json", OscalExport::write);

  private final String mediaType;
  private final Function<ExportContext, String> writer;

  Exports(String mediaType, Function<ExportContext, String> writer) {
    this.mediaType = mediaType;
    this.writer = writer;
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String mediaType() {
    return mediaType;
  }

  public String write(ExportContext ctx) {
    return writer.apply(ctx);
  }

  /** What {@link #write} gives, as UTF-8 bytes (for JSON written as bytes directly). */
  public byte[] writeBytes(ExportContext ctx) {
    if (this == JSON) {
      return ResultJson.writeBytes(ctx.result());
    }
    return write(ctx).getBytes(StandardCharsets.UTF_8);
  }

  public static Optional<Exports> parse(String id) {
    return Arrays.stream(values())
        .filter(f -> id != null && f.id().equals(id.trim().toLowerCase(Locale.ROOT)))
        .findFirst();
  }

  public static String ids() {
    return String.join(", ", Arrays.stream(values()).map(Exports::id).toList());
  }
}
