package dev.assay.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The one JSON style Assay prints everywhere (results, catalogues, reports): two-space indent,
 * {@code "key": value}, {@code []} for empty arrays, LF line ends and a final newline, so the CLI
 * and the HTTP API give the same bytes.
 */
public final class PrettyJson {

  private static final ObjectMapper DEFAULT_MAPPER = new ObjectMapper();

  private PrettyJson() {}

  public static String write(Object value) {
    return write(DEFAULT_MAPPER, value);
  }

  /** As {@link #write(Object)}, with a mapper carrying its own modules or inclusion settings. */
  public static String write(ObjectMapper mapper, Object value) {
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter(
                Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withArrayEmptySeparator("")
                    .withObjectEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    try {
      return mapper.writer(printer).writeValueAsString(value) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Assay prints plain records and maps", e);
    }
  }
}
