package dev.assay.cli;

import dev.assay.auth.ApiKey;
import dev.assay.auth.ApiKeys;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code assay api-keys}: API keys in the store the service uses. The CLI works on the database
 * directly, as the local administrator, and needs no key itself.
 */
@Command(
    name = "api-keys",
    mixinStandardHelpOptions = true,
    description = {
      "Create, list and revoke the service's API keys (directly in its database: no key needed).",
      "Exit 0: done; 2: bad input or an unknown key."
    },
    subcommands = {
      ApiKeysCommand.Create.class,
      ApiKeysCommand.ListKeys.class,
      ApiKeysCommand.Revoke.class
    })
public class ApiKeysCommand implements Runnable {

  @Override
  public void run() {
    new picocli.CommandLine(this).usage(System.out);
  }

  /** {@code api-keys create}: prints the new key once, on the last line. */
  @Command(name = "create", mixinStandardHelpOptions = true, description = "Create an API key.")
  public static class Create implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;
    @Mixin StoreOptions store;

    @Option(names = "--name", required = true, description = "What the key is for.")
    String name;

    @Option(
        names = "--role",
        split = ",",
        description =
            "admin, analyst or reader (repeat or comma-separate; none for a key that"
                + " only acts as an assessment owner or delegate).")
    List<String> roles = List.of();

    @Option(
        names = "--subject",
        description =
            "Who the key stands for, as owners and delegations name them"
                + " (default api-key:<name>).")
    String subject;

    @Option(names = "--expires", description = "When it stops working (ISO-8601 instant).")
    Instant expires;

    @Override
    public Integer call() throws Exception {
      return store.run(
          spec,
          (session, out) -> {
            ApiKeys.Created created =
                new ApiKeys(session.database(), Clock.systemUTC())
                    .create(name, subject, roles, expires, store.by);
            ApiKey key = created.key();
            out.printf(
                "Created API key %s (%s, roles %s, subject %s). Shown only now:%n",
                key.id(), key.name(), key.roles(), key.subject());
            out.println(created.secret());
            out.flush();
            return 0;
          });
    }
  }

  /** {@code api-keys list}: one line per key, never the secret. */
  @Command(name = "list", mixinStandardHelpOptions = true, description = "List API keys.")
  public static class ListKeys implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;
    @Mixin StoreOptions store;

    @Override
    public Integer call() throws Exception {
      return store.run(
          spec,
          (session, out) -> {
            out.printf(
                "%-36s  %-12s  %-8s  %-16s  %-24s  %s%n",
                "ID", "PREFIX", "STATE", "ROLES", "LAST USED", "NAME");
            Instant now = Instant.now();
            for (ApiKey k : new ApiKeys(session.database(), Clock.systemUTC()).list()) {
              String state =
                  k.revokedAt() != null ? "revoked" : k.usableAt(now) ? "active" : "expired";
              out.printf(
                  "%-36s  %-12s  %-8s  %-16s  %-24s  %s%n",
                  k.id(),
                  k.prefix(),
                  state,
                  String.join(",", k.roles()),
                  k.lastUsedAt() == null ? "never" : k.lastUsedAt(),
                  k.name());
            }
            out.flush();
            return 0;
          });
    }
  }

  /** {@code api-keys revoke ID}: refused from the next request on. */
  @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke an API key.")
  public static class Revoke implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;
    @Mixin StoreOptions store;

    @Parameters(index = "0", paramLabel = "ID", description = "The key's id (api-keys list).")
    String id;

    @Override
    public Integer call() throws Exception {
      return store.run(
          spec,
          (session, out) -> {
            ApiKey key = new ApiKeys(session.database(), Clock.systemUTC()).revoke(id, store.by);
            out.printf("Revoked API key %s (%s) at %s%n", key.id(), key.name(), key.revokedAt());
            out.flush();
            return 0;
          });
    }
  }
}
