package dev.assay.report;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** PEM text: base64 blocks between {@code -----BEGIN TYPE-----} and {@code -----END TYPE-----}. */
final class Pem {

  static final String PRIVATE_KEY = "PRIVATE KEY";
  static final String PUBLIC_KEY = "PUBLIC KEY";

  private static final Pattern BLOCK =
      Pattern.compile("-----BEGIN ([A-Z0-9 ]+)-----([^-]*)-----END \\1-----");

  private Pem() {}

  static String encode(String type, byte[] der) {
    return "-----BEGIN "
        + type
        + "-----\n"
        + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
        + "\n-----END "
        + type
        + "-----\n";
  }

  /** The blocks of a PEM text by type (the first of each type); malformed base64 is refused. */
  static Map<String, byte[]> decode(String text) {
    Map<String, byte[]> blocks = new LinkedHashMap<>();
    Matcher m = BLOCK.matcher(text);
    while (m.find()) {
      try {
        blocks.putIfAbsent(m.group(1), Base64.getMimeDecoder().decode(m.group(2).strip()));
      } catch (IllegalArgumentException e) {
        throw ReportException.invalid("malformed PEM block " + m.group(1) + ": " + e.getMessage());
      }
    }
    return blocks;
  }
}
