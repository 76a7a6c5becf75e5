package dev.assay.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * The one JSON style Assay prints everywhere (results, catalogues, reports): two-space indent,
 * {@code "key": value}, {@code []} for empty arrays, LF line ends and a final newline, so the CLI
 * and the HTTP API give the same bytes.
 */
public final class PrettyJson {

  private static final ObjectMapper DEFAULT_MAPPER = new ObjectMapper();

  // Thread-safe: the writer makes a fresh printer from this one for every value it writes. As
  // bytes, characters outside the BMP are written as UTF-8 (as the String route does), not as
  // escaped surrogate pairs.
  private static final ObjectWriter DEFAULT_WRITER =
      DEFAULT_MAPPER.writer(printer()).with(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8);

  private PrettyJson() {}

  public static String write(Object value) {
    return write(DEFAULT_MAPPER, value);
  }

  /**
   * The same text as {@link #write(Object)}, as UTF-8 bytes written directly: what the HTTP API
   * sends, without going through a String first (an evaluation's JSON is hundreds of KB).
   */
  public static byte[] writeBytes(Object value) {
    // The thread's buffer from its last document: growing a fresh one to an evaluation's few
    // hundred KB copied it four times and allocated about 1 MB per request (RequestCost bench).
    ByteArrayOutputStream out = BUFFER.get();
    out.reset();
    try {
      DEFAULT_WRITER.writeValue(out, value);
      out.write('\n');
      return out.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException("Assay prints plain records and maps", e);
    } finally {
      if (out.size() > MAX_KEPT_BUFFER) {
        // A rare huge document does not stay pinned to the thread.
        BUFFER.remove();
      }
    }
  }

  private static final int MAX_KEPT_BUFFER = 4 << 20;
  private static final ThreadLocal<ByteArrayOutputStream> BUFFER =
      ThreadLocal.withInitial(() -> new ByteArrayOutputStream(64 * 1024));

  /** As {@link #write(Object)}, with a mapper carrying its own modules or inclusion settings. */
  public static String write(ObjectMapper mapper, Object value) {
    try {
      return mapper.writer(printer()).writeValueAsString(value) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Assay prints plain records and maps", e);
    }
  }

  private static DefaultPrettyPrinter printer() {
    return new DefaultPrettyPrinter(
            Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withArrayEmptySeparator("")
                .withObjectEmptySeparator(""))
        .withObjectIndenter(LineIndenter.INSTANCE)
        .withArrayIndenter(LineIndenter.INSTANCE);
  }
}
