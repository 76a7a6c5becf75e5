package dev.assay.assessment;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.MappedProperty;

/**
 * The key of a run's finding or task: the run and the item's place in the run's list, which keeps
 * the order the evaluator decided them in.
 */
@Embeddable
record RunItemKey(@MappedProperty("run_id") String runId, @MappedProperty("item_no") int itemNo) {}
