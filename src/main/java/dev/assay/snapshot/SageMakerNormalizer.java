package dev.assay.snapshot;

import dev.assay.fact.ClarifyAdoption;
import dev.assay.snapshot.SageMakerEndpoints.Served;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * SageMaker AI responses to facts, with what CloudWatch and Application Auto Scaling say about
 * SageMaker endpoints. One normalizer for the service, made of parts by resource family, so the
 * endpoint aspects and model cards can use the endpoints found in service.
 */
public final class SageMakerNormalizer implements Normalizer {

  private final List<Normalizer> parts =
      List.of(
          new SageMakerNotebooks(),
          new SageMakerJobs(),
          new SageMakerModels(),
          new SageMakerMonitoring(),
          new SageMakerRegistry(),
          new SageMakerGovernance());
  private final SageMakerEndpoints endpoints = new SageMakerEndpoints();
  private final SageMakerEndpointAspects aspects = new SageMakerEndpointAspects();
  private final SageMakerModelCards modelCards = new SageMakerModelCards();

  @Override
  public Set<String> reads() {
    Set<String> reads = new TreeSet<>();
    parts.forEach(p -> reads.addAll(p.reads()));
    reads.addAll(endpoints.reads());
    reads.addAll(aspects.reads());
    reads.addAll(modelCards.reads());
    return reads;
  }

  @Override
  public void normalize(ScopeCalls calls, FactSink out) {
    parts.forEach(p -> p.normalize(calls, out));
    List<Served> served = endpoints.normalize(calls, out);
    aspects.normalize(calls, served, out);
    modelCards.normalize(calls, served, out);
    out.add(new ClarifyAdoption(calls.accountId(), calls.region(), false));
  }
}
