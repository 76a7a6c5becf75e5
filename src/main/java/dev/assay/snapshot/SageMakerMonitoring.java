package dev.assay.snapshot;

import static dev.assay.snapshot.SageMakerCalls.SM;
import static dev.assay.snapshot.SageMakerCalls.describe;
import static dev.assay.snapshot.SageMakerCalls.listedArn;
import static dev.assay.snapshot.SageMakerCalls.on;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.fact.ModelMonitorAdoption;
import dev.assay.fact.MonitoringJobDefinition;
import dev.assay.fact.MonitoringSchedule;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Model Monitor: the four kinds of job definitions, and the monitoring schedules. */
final class SageMakerMonitoring implements Normalizer {

  private static final String DEFINITION = "MonitoringJobDefinition";

  private static final List<String> KINDS =
      List.of("DataQuality", "ModelQuality", "ModelBias", "ModelExplainability");

  // The ARN path prefix of each kind ("data-quality-job-definition/"), worked out once: compiling
  // the pattern per scope and kind was a tenth of normalising SageMaker.
  private static final Map<String, String> ARN_PREFIXES =
      KINDS.stream()
          .collect(
              Collectors.toMap(
                  kind -> kind,
                  kind ->
                      kind.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT)
                          + "-job-definition/"));

  @Override
  public Set<String> reads() {
    Set<String> reads = new TreeSet<>();
    reads.add("sagemaker.ListMonitoringSchedules");
    reads.add("sagemaker.DescribeMonitoringSchedule");
    for (String kind : KINDS) {
      reads.add("sagemaker.List" + kind + "JobDefinitions");
      reads.add("sagemaker.Describe" + kind + "JobDefinition");
    }
    return reads;
  }

  @Override
  public void normalize(ScopeCalls calls, FactSink out) {
    KINDS.forEach(kind -> definitions(calls, kind, out));
    schedules(calls, out);
  }

  private static void definitions(ScopeCalls calls, String kind, FactSink out) {
    String type = DEFINITION;
    String prefix = ARN_PREFIXES.get(kind);
    for (JsonNode item :
        calls.listItems(SM, "List" + kind + "JobDefinitions", "JobDefinitionSummaries", type)) {
      String name = Json.text(item, "MonitoringJobDefinitionName");
      String listedArn = listedArn(calls, item, "MonitoringJobDefinitionArn", prefix, name);
      describe(
              calls,
              "Describe" + kind + "JobDefinition",
              "JobDefinitionName",
              name,
              listedArn,
              type)
          .ifPresent(
              d -> {
                JsonNode network = d.path("NetworkConfig");
                out.add(
                    new MonitoringJobDefinition(
                        Json.text(d, "JobDefinitionArn", listedArn),
                        calls.accountId(),
                        calls.region(),
                        name,
                        kind,
                        on(network, "EnableNetworkIsolation"),
                        on(network, "EnableInterContainerTrafficEncryption"),
                        Json.integer(
                            d.path("JobResources").path("ClusterConfig"), "InstanceCount")));
              });
    }
  }

  /**
   * Schedules are matched by endpoint rules; the region-level question needs the whole list. A
   * schedule that names no job definition embeds its own, which is judged like a named one.
   */
  private static void schedules(ScopeCalls calls, FactSink out) {
    List<JsonNode> items =
        calls.listItems(
            SM,
            "ListMonitoringSchedules",
            "MonitoringScheduleSummaries",
            "ModelMonitorAdoption",
            // An unlisted schedule could embed a job definition without isolation.
            DEFINITION);
    for (JsonNode s : items) {
      String name = Json.text(s, "MonitoringScheduleName");
      // Schedules with an inline definition may leave the type out: it is then DataQuality.
      String type = Json.text(s, "MonitoringType", "DataQuality");
      out.add(
          new MonitoringSchedule(
              calls.accountId(),
              calls.region(),
              name,
              Json.text(s, "MonitoringScheduleStatus"),
              type,
              Json.text(s, "EndpointName")));
      if (Json.text(s, "MonitoringJobDefinitionName") == null) {
        inlineDefinition(calls, s, name, type, out);
      }
    }
    if (SageMakerCalls.listed(calls, SM, "ListMonitoringSchedules")) {
      out.add(new ModelMonitorAdoption(calls.accountId(), calls.region(), false));
    }
  }

  /** The job definition embedded in a schedule, named after it and identified by its ARN. */
  private static void inlineDefinition(
      ScopeCalls calls, JsonNode summary, String name, String type, FactSink out) {
    String listedArn =
        listedArn(calls, summary, "MonitoringScheduleArn", "monitoring-schedule/", name);
    describe(
            calls,
            "DescribeMonitoringSchedule",
            "MonitoringScheduleName",
            name,
            listedArn,
            DEFINITION)
        .ifPresent(
            d -> {
              JsonNode definition =
                  d.path("MonitoringScheduleConfig").path("MonitoringJobDefinition");
              if (!definition.isObject()) {
                // It names a job definition after all: that one is judged on its own.
                return;
              }
              JsonNode network = definition.path("NetworkConfig");
              out.add(
                  new MonitoringJobDefinition(
                      Json.text(d, "MonitoringScheduleArn", listedArn),
                      calls.accountId(),
                      calls.region(),
                      "of schedule " + name,
                      Json.text(d, "MonitoringType", type),
                      on(network, "EnableNetworkIsolation"),
                      on(network, "EnableInterContainerTrafficEncryption"),
                      Json.integer(
                          definition.path("MonitoringResources").path("ClusterConfig"),
                          "InstanceCount")));
            });
  }
}
