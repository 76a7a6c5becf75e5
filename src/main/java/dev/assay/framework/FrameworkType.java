package dev.assay.framework;

/**
 * Who maintains a framework, as in Audit Manager's framework library. A framework file says so with
 * a top-level {@code type}; a file that says nothing is {@link #CUSTOM}, so only frameworks shipped
 * with Assay, which say {@code type: standard}, count as standard.
 */
public enum FrameworkType {
  /** Shipped with Assay; users extend it rather than edit it. */
  STANDARD,
  /** Written by users, usually by extending a standard framework. */
  CUSTOM
}
