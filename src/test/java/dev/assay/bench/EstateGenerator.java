package dev.assay.bench;

import dev.assay.fact.AiOptOutPolicy;
import dev.assay.fact.AssumableRole;
import dev.assay.fact.AttachedPolicy;
import dev.assay.fact.BedrockApiKey;
import dev.assay.fact.BedrockOrgPolicy;
import dev.assay.fact.GenAiConsoleUser;
import dev.assay.fact.IamRole;
import dev.assay.fact.InlinePolicy;
import dev.assay.fact.ManagedPolicy;
import dev.assay.fact.RoleBedrockAccess;
import dev.assay.fact.RolePermissions;
import dev.assay.fact.UserBedrockAccess;
import dev.assay.fact.UserSageMakerAccess;
import dev.assay.snapshot.NormalizedSnapshot;
import dev.assay.snapshot.Scope;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * Builds a synthetic estate of normalized facts, the same from the same seed: accounts of four
 * regions each, with SageMaker, Bedrock, S3 and IAM resources in proportions like a team's AWS
 * accounts, about a quarter of each kind misconfigured in some way. Generation stops at the first
 * account that brings the estate to the requested number of facts.
 */
public final class EstateGenerator {

  /** The evaluation instant every estate is dated against (ages and expiries count from it). */
  public static final Instant NOW = Instant.parse("2026-11-20T00:00:00Z");

  static final List<String> REGIONS =
      List.of("us-east-1", "us-west-2", "eu-west-1", "eu-central-1");

  private final SplittableRandom random;
  final List<Object> facts = new ArrayList<>();
  private final TreeSet<Scope> scopes = new TreeSet<>();

  private EstateGenerator(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** An estate of at least {@code size} facts (a few more: the last account is whole). */
  public static NormalizedSnapshot generate(long seed, int size) {
    EstateGenerator g = new EstateGenerator(seed);
    for (long account = 100000000000L; g.facts.size() < size; account++) {
      g.account(Long.toString(account));
    }
    return new NormalizedSnapshot(List.copyOf(g.facts), List.of(), g.scopes, List.of());
  }

  /** One account only (about 200 resources), as one HTTP evaluation would carry. */
  public static NormalizedSnapshot oneAccount(long seed) {
    EstateGenerator g = new EstateGenerator(seed);
    g.account("111111111111");
    return new NormalizedSnapshot(List.copyOf(g.facts), List.of(), g.scopes, List.of());
  }

  private void account(String account) {
    scopes.add(new Scope(account, Scope.GLOBAL));
    List<String> roles = iam(account);
    for (String region : REGIONS) {
      scopes.add(new Scope(account, region));
      RegionalEstate regional = new RegionalEstate(this, account, region, roles);
      regional.sageMaker();
      regional.bedrock();
      regional.storage();
      regional.regionLevel();
    }
  }

  /** IAM and Organizations (region {@code global}); returns the role ARNs services run as. */
  private List<String> iam(String account) {
    String g = Scope.GLOBAL;
    List<String> serviceRoles = new ArrayList<>();
    int roles = between(8, 30);
    for (int i = 0; i < roles; i++) {
      String name = "role-" + i;
      String arn = "arn:aws:iam::" + account + ":role/" + name;
      boolean service = i % 3 == 0;
      facts.add(new IamRole(arn, account, g, name, service));
      facts.add(new AssumableRole(arn, account, g, name));
      if (fails(0.15)) {
        facts.add(new AttachedPolicy(arn, "arn:aws:iam::aws:policy/AmazonSageMakerFullAccess"));
      }
      if (fails(0.15)) {
        facts.add(new AttachedPolicy(arn, "arn:aws:iam::aws:policy/AmazonBedrockFullAccess"));
      }
      if (fails(0.05)) {
        facts.add(new AttachedPolicy(arn, "arn:aws:iam::aws:policy/BedrockAgentCoreFullAccess"));
      }
      facts.add(new AttachedPolicy(arn, "arn:aws:iam::aws:policy/ReadOnlyAccess"));
      if (service) {
        serviceRoles.add(arn);
        facts.add(
            new RolePermissions(
                arn,
                account,
                g,
                name,
                true,
                fails(0.3) ? null : "arn:aws:iam::" + account + ":policy/boundary",
                fails(0.1) ? "AmazonBedrockFullAccess" : null,
                fails(0.05),
                fails(0.05),
                fails(0.1),
                fails(0.1),
                null));
      }
      if (i % 2 == 0) {
        facts.add(new RoleBedrockAccess(arn, account, g, name, lastSeen(0.25, 60)));
      }
    }
    int users = between(3, 15);
    for (int i = 0; i < users; i++) {
      String name = "user-" + i;
      String arn = "arn:aws:iam::" + account + ":user/" + name;
      facts.add(new UserBedrockAccess(arn, account, g, name, lastSeen(0.25, 60)));
      facts.add(new UserSageMakerAccess(arn, account, g, name, lastSeen(0.25, 90)));
      facts.add(new GenAiConsoleUser(arn, account, g, name, fails(0.2) ? 0 : 1));
      if (fails(0.3)) {
        String key = "ABSK" + account + i;
        Instant expiry = fails(0.5) ? null : NOW.plus(Duration.ofDays(between(-30, 60)));
        String status = fails(0.5) ? "Inactive" : "Active";
        facts.add(
            new BedrockApiKey(
                "arn:aws:iam::" + account + ":user/" + name + "/credential/" + key,
                account,
                g,
                name,
                key,
                status,
                expiry));
      }
      if (fails(0.3)) {
        facts.add(
            new InlinePolicy(
                arn + "/policy/inline-" + i, account, g, arn, "inline-" + i, fails(0.2)));
      }
    }
    int policies = between(2, 10);
    for (int i = 0; i < policies; i++) {
      String arn = "arn:aws:iam::" + account + ":policy/genai-" + i;
      facts.add(new ManagedPolicy(arn, account, g, "genai-" + i, fails(0.15)));
    }
    String org = "arn:aws:organizations::" + account + ":account";
    facts.add(
        new AiOptOutPolicy(
            org,
            account,
            g,
            pick("ENFORCED", "ENFORCED", "NOT_ATTACHED_TO_ROOT", "NO_ORGANIZATION"),
            "ai-opt-out"));
    facts.add(
        new BedrockOrgPolicy(
            org + "/bedrock-policy",
            account,
            g,
            pick("ATTACHED", "ATTACHED", "NOT_ATTACHED", "TYPE_NOT_ENABLED")));
    return serviceRoles;
  }

  // Helpers shared with RegionalEstate: one random stream keeps the estate reproducible.

  boolean fails(double p) {
    return random.nextDouble() < p;
  }

  int between(int low, int high) {
    return random.nextInt(low, high + 1);
  }

  String pick(String... values) {
    return values[random.nextInt(values.length)];
  }

  /** Last use within {@code limitDays}, or (with probability p) stale or never. */
  Instant lastSeen(double p, int limitDays) {
    if (fails(p)) {
      return fails(0.5) ? null : NOW.minus(Duration.ofDays(limitDays + between(1, 400)));
    }
    return NOW.minus(Duration.ofDays(between(0, limitDays - 1)));
  }
}
