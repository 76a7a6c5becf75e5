package dev.assay.assessment.evidence;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * File names of uploads, made safe to show and to save anywhere: the last path part only, no
 * control characters, none of the characters Windows refuses, no leading dots (hidden files, "..")
 * and no device names such as {@code CON} or {@code LPT1}. The name as sent is kept beside it as
 * metadata.
 */
public final class UploadNames {

  static final int MAX = 255;
  private static final Pattern UNSAFE = Pattern.compile("[\\p{Cntrl}\\p{Cf}<>:\"|?*\\\\/]");
  private static final Set<String> DEVICES =
      Set.of(
          "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7",
          "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

  private UploadNames() {}

  /** The safe name; {@code upload} when nothing of the name is left. */
  public static String sanitise(String sent) {
    String name = sent == null ? "" : sent;
    // Both separators: a Windows client sends C:\Users\me\rca.pdf.
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    name = name.substring(slash + 1);
    name = UNSAFE.matcher(name).replaceAll("_").strip();
    name = name.replaceFirst("^[.\\s_]+", "").replaceFirst("[.\\s]+$", "");
    if (name.isEmpty()) {
      return "upload";
    }
    String stem = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
    if (DEVICES.contains(stem.toLowerCase(Locale.ROOT))) {
      name = "_" + name;
    }
    if (name.length() > MAX) {
      int dot = name.lastIndexOf('.');
      String extension = dot > 0 && name.length() - dot <= 16 ? name.substring(dot) : "";
      name = name.substring(0, MAX - extension.length()) + extension;
    }
    return name;
  }

  /** The extension in lower case, without the dot; empty when there is none. */
  static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
