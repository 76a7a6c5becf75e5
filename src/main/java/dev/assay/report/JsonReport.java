package dev.assay.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.assay.assessment.evidence.EvidenceItem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code report.json}: the whole report for machines, streamed like the other sections: the report,
 * the assessment, then the control sets with their controls, each with its evidence items (every
 * stored field, plus the item's path and SHA-256 in the archive).
 */
final class JsonReport implements ReportSection {

  static final String NAME = "report.json";
  static final String FORMAT = "assay-report/1";

  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private final JsonGenerator json;
  private String openSet;

  JsonReport(Path file) throws IOException {
    this.json = MAPPER.getFactory().createGenerator(Files.newOutputStream(file));
    json.useDefaultPrettyPrinter();
  }

  @Override
  public void begin(ReportOutline o) throws IOException {
    json.writeStartObject();
    json.writeStringField("format", FORMAT);
    json.writeObjectFieldStart("report");
    json.writeStringField("id", o.reportId());
    json.writeStringField("name", o.name());
    json.writeStringField("description", o.description());
    json.writeStringField("createdAt", o.createdAt().toString());
    json.writeStringField("createdBy", o.createdBy());
    json.writeObjectField("selection", o.selection());
    json.writeNumberField("controls", o.controls());
    json.writeNumberField("evidenceItems", o.evidenceItems());
    json.writeStringField("evidenceChain", o.chain());
    json.writeStringField("signatureAlgorithm", o.signatureAlgorithm());
    json.writeStringField("keyId", o.keyId());
    json.writeEndObject();
    json.writeObjectField("assessment", o.assessment());
    json.writeStringField("frameworkNote", o.frameworkNote());
    json.writeStringField("lastSuccessfulRun", o.lastRun());
    json.writeArrayFieldStart("controlSets");
  }

  @Override
  public void control(ReportOutline.SetOutline set, ReportOutline.ControlOutline c)
      throws IOException {
    if (!set.id().equals(openSet)) {
      if (openSet != null) {
        json.writeEndArray();
        json.writeEndObject();
      }
      openSet = set.id();
      json.writeStartObject();
      json.writeStringField("id", set.id());
      json.writeStringField("name", set.name());
      json.writeStringField("status", set.status());
      json.writeArrayFieldStart("controls");
    }
    json.writeStartObject();
    json.writeStringField("id", c.id());
    json.writeStringField("name", c.name());
    json.writeStringField("description", c.description());
    json.writeStringField("domain", c.domain());
    json.writeStringField("type", c.type());
    json.writeStringField("reviewStatus", c.reviewStatus());
    json.writeStringField("compliance", c.compliance());
    json.writeStringField("testingInformation", c.testingInformation());
    json.writeObjectFieldStart("actionPlan");
    json.writeStringField("title", c.actionPlanTitle());
    json.writeStringField("instructions", c.actionPlanInstructions());
    json.writeEndObject();
    json.writeObjectField("comments", c.comments());
    json.writeNumberField("evidenceCount", c.evidenceCount());
    json.writeArrayFieldStart("evidence");
  }

  @Override
  public void evidence(EvidenceItem item, HashedZip.Written file) throws IOException {
    json.writeStartObject();
    json.writeStringField("path", file.path());
    json.writeStringField("sha256", file.sha256());
    json.writeObjectField("item", item);
    json.writeEndObject();
  }

  @Override
  public void endControl() throws IOException {
    json.writeEndArray();
    json.writeEndObject();
  }

  @Override
  public void end() throws IOException {
    if (openSet != null) {
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
    json.close();
  }

  @Override
  public void close() throws IOException {
    json.close();
  }
}
