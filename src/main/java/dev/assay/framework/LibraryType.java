package dev.assay.framework;

import java.util.Arrays;
import java.util.Locale;

/**
 * The tab of the control library a control sits in (Audit Manager's Standard, Custom and Common). A
 * control is standard when a standard framework defines it and custom when a custom framework
 * defines or overrides it; common controls are cross-framework objectives that framework controls
 * reuse with {@code common:}.
 */
public enum LibraryType {
  STANDARD,
  CUSTOM,
  COMMON;

  /**
   * The type a user typed, in any case.
   *
   * @throws IllegalArgumentException naming the accepted values
   */
  public static LibraryType parse(String text) {
    for (LibraryType type : values()) {
      if (type.name().equalsIgnoreCase(text.strip())) {
        return type;
      }
    }
    throw new IllegalArgumentException(
        "type " + text + " is not one of " + String.join(", ", names()));
  }

  static String[] names() {
    return Arrays.stream(values())
        .map(t -> t.name().toLowerCase(Locale.ROOT))
        .toArray(String[]::new);
  }

  static LibraryType of(FrameworkType type) {
    return type == FrameworkType.STANDARD ? STANDARD : CUSTOM;
  }
}
