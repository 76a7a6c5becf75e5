package dev.assay.snapshot;

import dev.assay.fact.CollectionGap;
import java.util.List;
import java.util.SortedSet;

/**
 * A snapshot as the rules see it.
 *
 * @param facts the resource facts and their helper facts
 * @param gaps what could not be read
 * @param scopes every collected account and region
 * @param skipped inputs nobody reads, reported to the user
 */
public record NormalizedSnapshot(
    List<Object> facts, List<CollectionGap> gaps, SortedSet<Scope> scopes, List<String> skipped) {}
