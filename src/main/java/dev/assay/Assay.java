package dev.assay;

import dev.assay.cli.Cli;

/**
 * Entry point of the one jar: with no arguments it starts the HTTP service, otherwise it runs the
 * named CLI command.
 */
public final class Assay {

  private Assay() {}

  public static void main(String[] args) {
    String[] command = args.length == 0 ? new String[] {"serve"} : args;
    int exit = Cli.run(command);
    if (!(command[0].equals("serve") && exit == 0)) {
      System.exit(exit);
    }
  }
}
