package dev.assay.cli;

import picocli.CommandLine.IVersionProvider;

/** The jar's implementation version, or "development" when run from classes. */
public class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = VersionProvider.class.getPackage().getImplementationVersion();
    return new String[] {"assay " + (version == null ? "development" : version)};
  }
}
