package dev.assay.snapshot;

import dev.assay.fact.CollectionGap;
import dev.assay.fact.RegionLevel;
import dev.assay.fact.Resource;
import dev.assay.fact.ResourceTypes;
import dev.assay.fact.UsageEvidence;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Runs every normalizer over every account and region of a snapshot, then decides which
 * region-level facts are in scope: a region counts only where its service is in use.
 */
public final class Normalization {

  private final List<Normalizer> normalizers;

  public Normalization(List<Normalizer> normalizers) {
    this.normalizers = List.copyOf(normalizers);
  }

  /** The normalizers for every service Assay's rules read. */
  public static Normalization standard() {
    return new Normalization(
        List.of(
            new SageMakerNormalizer(),
            new BedrockNormalizer(),
            new BedrockModelsNormalizer(),
            new BedrockAgentsNormalizer(),
            new BedrockPromptsFlowsNormalizer(),
            new BedrockKnowledgeBasesNormalizer(),
            new AgentCoreNormalizer(),
            new BedrockLoggingNormalizer(),
            new BedrockRegionFeaturesNormalizer(),
            new BedrockNetworkNormalizer(),
            new BedrockModelUsageNormalizer(),
            new AgentCoreBrowsersNormalizer(),
            new IamRoleNormalizer(),
            new IamUserNormalizer(),
            new IamPolicyNormalizer(),
            new BedrockServiceRolesNormalizer(),
            new CloudTrailNormalizer(),
            new OrganizationsNormalizer(),
            new GenAiBucketsNormalizer(),
            new LogsDataProtectionNormalizer(),
            new KmsNormalizer(),
            new ApiGatewayNormalizer(),
            new ConfigRulesNormalizer(),
            new SecurityHubNormalizer(),
            new BedrockActionGroupsNormalizer(),
            new AgentCoreGatewayWafNormalizer()));
  }

  /**
   * Every {@code service.Operation} some normalizer reads; snapshot files of others are skipped.
   */
  public Set<String> knownOperations() {
    Set<String> known = new TreeSet<>();
    normalizers.forEach(n -> known.addAll(n.reads()));
    return known;
  }

  public NormalizedSnapshot normalize(Snapshot snapshot) {
    // Scopes are independent until CrossScopeRoles, so they are normalised on every core; the
    // results are joined in scope order, so the facts come out as they did one scope at a time.
    List<ScopeFacts> perScope =
        snapshot.scopes().stream().parallel().map(scope -> normalize(snapshot, scope)).toList();
    List<Object> facts = new ArrayList<>();
    List<CollectionGap> gaps = new ArrayList<>();
    for (ScopeFacts scopeFacts : perScope) {
      facts.addAll(scopeFacts.facts());
      gaps.addAll(scopeFacts.gaps());
    }
    facts = CrossScopeRoles.resolve(facts, gaps, snapshot.scopes());
    return new NormalizedSnapshot(facts, gaps, snapshot.scopes(), snapshot.skipped());
  }

  private record ScopeFacts(List<Object> facts, List<CollectionGap> gaps) {}

  /** One scope's facts (region-level use and key use decided) and gaps. */
  private ScopeFacts normalize(Snapshot snapshot, Scope scope) {
    FactSink sink = new FactSink();
    ScopeCalls calls = new ScopeCalls(snapshot, scope, sink);
    for (Normalizer normalizer : normalizers) {
      if (normalizer.global() == scope.global()) {
        normalizer.normalize(calls, sink);
      }
    }
    return new ScopeFacts(KmsKeyUse.decide(decideUse(sink.facts(), sink.gaps())), sink.gaps());
  }

  /**
   * A resource the responses do not identify (no ARN, no name to build one from) cannot be judged
   * or reported; it becomes a gap of its type rather than a crash or a silent drop.
   */
  private static List<Object> withoutUnidentified(Scope scope, FactSink sink) {
    List<Object> kept = new ArrayList<>();
    for (Object fact : sink.facts()) {
      if (fact instanceof Resource resource && resource.arn() == null) {
        String type = resource.resourceType();
        String service =
            ResourceTypes.find(type).map(ResourceTypes.Type::service).orElse("unknown");
        sink.gap(
            new CollectionGap(
                scope.accountId(),
                scope.region(),
                service,
                "(response)",
                type,
                null,
                "MalformedResponse",
                "a " + type + " in the responses has no ARN or name"));
      } else {
        kept.add(fact);
      }
    }
    return kept;
  }

  private static List<Object> decideUse(List<Object> scopeFacts, List<CollectionGap> scopeGaps) {
    Set<String> familiesInUse = new HashSet<>();
    // A resource its List call named but whose Describe call failed still exists: it proves use.
    for (CollectionGap gap : scopeGaps) {
      if (!gap.coversWholeScope()) {
        ResourceTypes.find(gap.resourceType())
            .map(ResourceTypes.Type::usageFamily)
            .ifPresent(familiesInUse::add);
      }
    }
    for (Object fact : scopeFacts) {
      if (fact instanceof UsageEvidence evidence) {
        familiesInUse.add(evidence.usageFamily());
      }
      if (fact instanceof RegionLevel feature) {
        if (feature.provesUse()) {
          familiesInUse.add(feature.usageFamily());
        }
      } else if (fact instanceof Resource resource) {
        ResourceTypes.find(resource.resourceType())
            .map(ResourceTypes.Type::usageFamily)
            .ifPresent(familiesInUse::add);
      }
    }
    return scopeFacts.stream()
        .map(
            fact ->
                fact instanceof RegionLevel feature
                    ? feature.withInUse(familiesInUse.contains(feature.usageFamily()))
                    : fact)
        .toList();
  }
}
