package dev.assay.cli;

import picocli.CommandLine.Command;

/** {@code assay assessments}: assessments in the store the service uses. */
@Command(
    name = "assessments",
    mixinStandardHelpOptions = true,
    description = {
      "Create, list, show and collect assessments in the assessment store (the service's database).",
      "Exit 0: done; 1: a run failed or evidence does not verify; 2: bad input or a refused request."
    },
    subcommands = {
      AssessmentsCreate.class,
      AssessmentsList.class,
      AssessmentsShow.class,
      AssessmentsCollect.class,
      AssessmentsStatus.class
    })
public class AssessmentsCommand implements Runnable {

  @Override
  public void run() {
    new picocli.CommandLine(this).usage(System.out);
  }
}
