package dev.assay.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How the AWS Config {@code AWS::CloudTrail::Trail} items of one account and region become the
 * CloudTrail calls the normalizer reads. Config records a trail as DescribeTrails describes it, in
 * camelCase ({@code name}, {@code trailARN}, {@code homeRegion}, {@code isMultiRegionTrail}, {@code
 * hasCustomEventSelectors}...: awslabs/aws-config-resource-schema {@code
 * config/properties/resource-types/AWS::CloudTrail::Trail.properties.json}), without the logging
 * status or the event selectors. So {@code DescribeTrails} lists the trails, while {@code
 * GetTrailStatus} and {@code GetEventSelectors} are made only from an item that carries the
 * CloudFormation properties {@code isLogging} and {@code eventSelectors}/{@code
 * advancedEventSelectors} (a converted or hand-made file); for items as Config delivers them they
 * stay uncollected and the trail rules report ERROR, never PASS. A region with no trail item gets
 * no {@code DescribeTrails} at all: Config may simply not record the type there. Multi-region
 * trails are recorded in their home region only, so other regions may miss them: that can only turn
 * PASS into FAIL or ERROR, never the reverse.
 */
final class ConfigTrailCalls {

  static final String TYPE = "AWS::CloudTrail::Trail";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ConfigTrailCalls() {}

  static String trailName(JsonNode item, JsonNode configuration) {
    String name = Json.text(configuration, "trailName", Json.text(configuration, "name"));
    if (name == null) {
      name = Json.text(item, "resourceName", Json.text(item, "resourceId"));
    }
    return name;
  }

  /**
   * @param trails trail name -> [item, configuration]
   */
  static List<ApiCall> calls(Scope scope, Map<String, JsonNode[]> trails, String source) {
    List<ApiCall> calls = new ArrayList<>();
    ObjectNode list = NODES.objectNode();
    var trailList = list.putArray("trailList");
    trails.forEach(
        (name, pair) -> {
          JsonNode item = pair[0];
          JsonNode c = pair[1];
          String arn = Json.text(item, "ARN", Json.text(item, "arn", Json.text(c, "trailARN")));
          ObjectNode trail = trailList.addObject().put("Name", name);
          if (arn != null) {
            trail.put("TrailARN", arn);
          }
          JsonNode logging = c.get("isLogging");
          if (logging != null && logging.isBoolean()) {
            calls.add(
                call(
                    scope,
                    "GetTrailStatus",
                    name,
                    NODES.objectNode().put("Name", name),
                    NODES.objectNode().put("IsLogging", logging.asBoolean()),
                    source));
          }
          JsonNode basic = c.get("eventSelectors");
          JsonNode advanced = c.get("advancedEventSelectors");
          if ((basic != null && basic.isArray()) || (advanced != null && advanced.isArray())) {
            ObjectNode selectors = NODES.objectNode();
            if (arn != null) {
              selectors.put("TrailARN", arn);
            }
            if (basic != null && basic.isArray()) {
              selectors.set("EventSelectors", capitalizedArray(basic));
            }
            if (advanced != null && advanced.isArray()) {
              selectors.set("AdvancedEventSelectors", capitalizedArray(advanced));
            }
            calls.add(
                call(
                    scope,
                    "GetEventSelectors",
                    name,
                    NODES.objectNode().put("TrailName", name),
                    selectors,
                    source));
          }
        });
    calls.add(call(scope, "DescribeTrails", "", NODES.objectNode(), list, source));
    return calls;
  }

  private static JsonNode capitalizedArray(JsonNode array) {
    var out = NODES.arrayNode();
    array.forEach(v -> out.add(v.isObject() ? ConfigSnapshotReader.capitalized(v) : v));
    return out;
  }

  private static ApiCall call(
      Scope scope,
      String operation,
      String suffix,
      ObjectNode request,
      ObjectNode response,
      String source) {
    return ConfigCall.of(scope, "cloudtrail", operation, suffix, request, response, source);
  }
}
