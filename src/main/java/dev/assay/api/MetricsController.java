package dev.assay.api;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import java.util.Map;

/** {@code GET /api/v1/metrics}: this process's reload and re-evaluation counters, as JSON. */
@Controller("/api/v1/metrics")
public class MetricsController {

  private final ServiceMetrics metrics;

  public MetricsController(ServiceMetrics metrics) {
    this.metrics = metrics;
  }

  @Get(produces = MediaType.APPLICATION_JSON)
  public Map<String, Object> metrics() {
    return metrics.snapshot();
  }
}
