package dev.assay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assay.assessment.store.StoreDatabase;
import dev.assay.auth.ApiKeys;
import dev.assay.auth.AuthenticationException;
import dev.assay.auth.Caller;
import dev.assay.auth.Role;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code api-keys create|list|revoke} on a file database, checked against the key store. */
class ApiKeysCommandTest {

  @TempDir Path temp;

  record Result(int exit, String out, String err) {}

  @Test
  void createListAndRevokeWorkOnTheServicesStore() {
    Result created =
        run("api-keys", "create", "--name", "nightly", "--role", "analyst,reader", "--by", "ops");
    assertEquals(0, created.exit(), created.err());
    List<String> lines = created.out().lines().toList();
    String secret = lines.get(lines.size() - 1);
    assertTrue(secret.startsWith("assay_"), created.out());

    try (StoreDatabase database = StoreDatabase.open(url(), 2)) {
      ApiKeys keys = new ApiKeys(database, Clock.systemUTC());
      Caller caller = keys.authenticate(secret);
      assertEquals(Set.of(Role.ANALYST, Role.READER), caller.roles());
      assertEquals("api-key:nightly", caller.subject());

      Result list = run("api-keys", "list");
      assertEquals(0, list.exit(), list.err());
      assertTrue(list.out().contains("nightly") && list.out().contains("active"), list.out());
      assertFalse(list.out().contains(secret), "never the secret");

      String id = keys.list().get(0).id();
      Result revoked = run("api-keys", "revoke", id);
      assertEquals(0, revoked.exit(), revoked.err());
      assertThrows(AuthenticationException.class, () -> keys.authenticate(secret));
      assertTrue(run("api-keys", "list").out().contains("revoked"));
    }
  }

  @Test
  void badInputIsOneLineAndExitTwo() {
    Result role = run("api-keys", "create", "--name", "x", "--role", "owner");
    assertEquals(2, role.exit());
    assertTrue(role.err().startsWith("assay: unknown role owner"), role.err());
    assertEquals(1, role.err().lines().count(), role.err());
    Result unknown = run("api-keys", "revoke", "nope");
    assertEquals(2, unknown.exit());
    assertEquals("assay: no API key nope", unknown.err().strip());
  }

  private String url() {
    return "jdbc:h2:file:"
        + temp.resolve("data/assay").toAbsolutePath()
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
  }

  private Result run(String... args) {
    String[] withDb = new String[args.length + 2];
    System.arraycopy(args, 0, withDb, 0, args.length);
    withDb[args.length] = "--db";
    withDb[args.length + 1] = url();
    CommandLine cli = Cli.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int exit = cli.execute(withDb);
    return new Result(exit, out.toString(), err.toString());
  }
}
