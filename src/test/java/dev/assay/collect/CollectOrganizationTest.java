package dev.assay.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assay.collect.Runs.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.OrganizationFeatureSet;
import software.amazon.awssdk.services.sagemaker.SageMakerClient;
import software.amazon.awssdk.services.sagemaker.model.InstanceType;

/**
 * {@code collect --organization} against moto's Organizations and STS: every ACTIVE account of the
 * organization is collected (the caller's with its own credentials, members through AssumeRole); a
 * closed account is left out.
 */
class CollectOrganizationTest {

  @RegisterExtension static final MotoServer MOTO = new MotoServer();

  @TempDir static Path tmp;

  private static final String MANAGEMENT = AwsStub.DEFAULT_ACCOUNT;
  private static String member;
  private static String closed;
  private static Path snapshot;
  private static Run collect;
  private static AwsStub stub;

  @BeforeAll
  static void collectTheOrganization() throws IOException {
    Runs.useTestCredentials();
    MotoWorld moto = new MotoWorld(MOTO.url());
    try (OrganizationsClient org =
        moto.client(OrganizationsClient.builder(), MANAGEMENT, "us-east-1")) {
      org.createOrganization(o -> o.featureSet(OrganizationFeatureSet.ALL));
      member = create(org, "ml-team");
      closed = create(org, "retired");
      org.closeAccount(c -> c.accountId(closed));
    }
    try (SageMakerClient sm = moto.client(SageMakerClient.builder(), member, "us-east-1")) {
      sm.createNotebookInstance(
          n ->
              n.notebookInstanceName("nb-member")
                  .instanceType(InstanceType.ML_T3_MEDIUM)
                  .roleArn("arn:aws:iam::" + member + ":role/SageMakerRole"));
    }
    stub = new AwsStub(MOTO.url());
    Recorded.missingInMoto(stub);
    snapshot = tmp.resolve("org");
    collect =
        Runs.cli(
            "collect",
            "--output",
            snapshot.toString(),
            "--organization",
            "--role-name",
            "OrganizationAccountAccessRole",
            "--regions",
            "us-east-1",
            "--services",
            "sagemaker",
            "--endpoint-url",
            stub.url().toString());
  }

  @AfterAll
  static void stopStub() {
    stub.close();
  }

  private static String create(OrganizationsClient org, String name) {
    return org.createAccount(a -> a.accountName(name).email(name + "@example.com"))
        .createAccountStatus()
        .accountId();
  }

  @Test
  void everyActiveAccountIsCollectedAndTheClosedOneIsNot() throws IOException {
    assertEquals(0, collect.exit(), collect.out() + collect.err());
    Set<String> accounts = new TreeSet<>();
    try (Stream<Path> dirs = Files.list(snapshot)) {
      dirs.forEach(d -> accounts.add(d.getFileName().toString()));
    }
    assertTrue(accounts.containsAll(List.of(MANAGEMENT, member)), accounts.toString());
    assertFalse(accounts.contains(closed), accounts.toString());
  }

  @Test
  void membersAreReadThroughTheAssumedRole() throws IOException {
    String notebooks =
        Files.readString(
            snapshot
                .resolve(member)
                .resolve("us-east-1")
                .resolve("sagemaker.ListNotebookInstances.json"));
    assertTrue(notebooks.contains("nb-member"), notebooks);
    String own =
        Files.readString(
            snapshot
                .resolve(MANAGEMENT)
                .resolve("us-east-1")
                .resolve("sagemaker.ListNotebookInstances.json"));
    assertFalse(own.contains("nb-member"), own);
  }

  @Test
  void organizationWithAccountsOrWithoutARoleIsBadInput() {
    Run both =
        Runs.cli(
            "collect",
            "--output",
            tmp.resolve("both").toString(),
            "--organization",
            "--accounts",
            "111111111111",
            "--role-name",
            "R",
            "--endpoint-url",
            MOTO.url().toString());
    assertEquals(2, both.exit(), both.err());
    assertTrue(both.err().contains("--accounts or --organization, not both"), both.err());
    Run noRole =
        Runs.cli(
            "collect",
            "--output",
            tmp.resolve("norole").toString(),
            "--organization",
            "--regions",
            "us-east-1",
            "--endpoint-url",
            MOTO.url().toString());
    assertEquals(2, noRole.exit(), noRole.err());
    assertTrue(noRole.err().contains("--organization needs --role-name"), noRole.err());
  }

  @Test
  void anUnreadableAccountListStopsTheCollectionWithAClearMessage() throws IOException {
    try (AwsStub outside = new AwsStub(MOTO.url())) {
      outside.on(
          r -> r.is("organizations", "ListAccounts"),
          r ->
              StubResponse.error(
                  r,
                  400,
                  "AWSOrganizationsNotInUseException",
                  "Your account is not a member of an organization."));
      Run run =
          Runs.cli(
              "collect",
              "--output",
              tmp.resolve("outside").toString(),
              "--organization",
              "--role-name",
              "R",
              "--regions",
              "us-east-1",
              "--services",
              "sagemaker",
              "--endpoint-url",
              outside.url().toString());
      assertEquals(2, run.exit(), run.out() + run.err());
      assertTrue(
          run.err()
              .contains(
                  "cannot list the organization's accounts (run from the management account or a"
                      + " delegated administrator): AWSOrganizationsNotInUseException: Your"
                      + " account is not a member of an organization."),
          run.err());
    }
  }
}
