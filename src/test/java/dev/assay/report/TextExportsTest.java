package dev.assay.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assay.evaluation.ControlResult;
import dev.assay.evaluation.ControlStatus;
import dev.assay.evaluation.EvaluationResult;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** CSV parsed back per RFC 4180, JUnit XML parsed with the JDK parser, and determinism. */
class TextExportsTest {

  static List<ExportContext> contexts() {
    return ExportFixtures.contexts();
  }

  @ParameterizedTest
  @MethodSource("contexts")
  void csvParsesBackWithEveryFieldAndStatus(ExportContext ctx) {
    String out = CsvExport.write(ctx);
    assertTrue(out.endsWith("\r\n"));
    List<List<String>> rows = parseCsv(out);
    assertEquals(CsvExport.HEADER, rows.get(0));
    assertEquals(ctx.items().size(), rows.size() - 1);
    int status = CsvExport.HEADER.indexOf("status");
    int reason = CsvExport.HEADER.indexOf("reason");
    int arn = CsvExport.HEADER.indexOf("resource_arn");
    int rule = CsvExport.HEADER.indexOf("rule_id");
    Map<String, String> read = new HashMap<>();
    for (int i = 1; i < rows.size(); i++) {
      List<String> row = rows.get(i);
      assertEquals(CsvExport.HEADER.size(), row.size(), "row " + i);
      ExportItem item = ctx.items().get(i - 1);
      String expectedReason = item.reason().startsWith("=") ? "'" + item.reason() : item.reason();
      assertEquals(expectedReason, row.get(reason));
      String resource = row.get(arn).isEmpty() ? null : row.get(arn);
      read.put(row.get(rule) + "\n" + (resource == null ? "" : resource), row.get(status));
    }
    assertEquals(ExportFixtures.expectedStatuses(ctx), read);
  }

  @Test
  void csvQuotesAndDefusesFormulas() {
    assertEquals("plain", CsvExport.field("plain"));
    assertEquals("\"a,b\"", CsvExport.field("a,b"));
    assertEquals("\"say \"\"hi\"\"\"", CsvExport.field("say \"hi\""));
    assertEquals("\"two\nlines\"", CsvExport.field("two\nlines"));
    assertEquals("'=HYPERLINK(1)", CsvExport.field("=HYPERLINK(1)"));
    assertEquals("\"'=SUM(A1,B1)\"", CsvExport.field("=SUM(A1,B1)"));
    assertTrue(
        CsvExport.write(ExportFixtures.synthetic())
            .contains(
                "\"Role \"\"ops, admin\"\" <allows> & = everything;\nsecond line, with comma\""));
  }

  /** A small RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks. */
  static List<List<String>> parseCsv(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i++;
      } else {
        assertTrue(c != '\n' && c != '\r', "bare line break outside quotes at " + i);
        field.append(c);
      }
    }
    assertTrue(row.isEmpty() && field.isEmpty(), "the last record ends with CRLF");
    return rows;
  }

  @ParameterizedTest
  @MethodSource("contexts")
  void junitParsesWithOneCasePerControlAndMatchingCounts(ExportContext ctx) throws Exception {
    String out = JunitExport.write(ctx);
    Document doc =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(out.getBytes(StandardCharsets.UTF_8)));
    Element root = doc.getDocumentElement();
    assertEquals("testsuites", root.getTagName());
    List<ControlResult> controls = ctx.result().controls();
    assertEquals(controls.size(), Integer.parseInt(root.getAttribute("tests")));
    NodeList suites = root.getElementsByTagName("testsuite");
    assertEquals(
        new LinkedHashSet<>(controls.stream().map(ControlResult::controlSetId).toList()).size(),
        suites.getLength());
    NodeList cases = root.getElementsByTagName("testcase");
    assertEquals(controls.size(), cases.getLength());
    int failures = 0;
    int errors = 0;
    int skipped = 0;
    for (int i = 0; i < cases.getLength(); i++) {
      Element testcase = (Element) cases.item(i);
      ControlResult control = controls.get(i);
      assertTrue(testcase.getAttribute("name").startsWith(control.controlId() + " "));
      ControlStatus read;
      if (testcase.getElementsByTagName("failure").getLength() == 1) {
        failures++;
        read =
            ControlStatus.valueOf(
                ((Element) testcase.getElementsByTagName("failure").item(0)).getAttribute("type"));
      } else if (testcase.getElementsByTagName("error").getLength() == 1) {
        errors++;
        read = ControlStatus.INCONCLUSIVE;
      } else if (testcase.getElementsByTagName("skipped").getLength() == 1) {
        skipped++;
        read = ControlStatus.NOT_APPLICABLE;
      } else {
        read = ControlStatus.COMPLIANT;
      }
      assertEquals(control.status(), read, control.controlId());
    }
    assertEquals(failures, Integer.parseInt(root.getAttribute("failures")));
    assertEquals(errors, Integer.parseInt(root.getAttribute("errors")));
    assertEquals(skipped, Integer.parseInt(root.getAttribute("skipped")));
    int suiteTests = 0;
    for (int i = 0; i < suites.getLength(); i++) {
      suiteTests += Integer.parseInt(((Element) suites.item(i)).getAttribute("tests"));
    }
    assertEquals(controls.size(), suiteTests);
  }

  @Test
  void junitEscapesNamesAndMessages() throws Exception {
    String out = JunitExport.write(ExportFixtures.synthetic());
    assertTrue(out.contains("C-FAIL Failing &lt;control&gt; &amp; co"), out);
    Document doc =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(out.getBytes(StandardCharsets.UTF_8)));
    assertTrue(doc.getDocumentElement().getTextContent().contains(ExportFixtures.TRICKY));
  }

  @ParameterizedTest
  @EnumSource(Exports.class)
  void sameInputSameBytesAndTheInstantChangesIdentifiers(Exports format) {
    ExportContext ctx = ExportFixtures.synthetic();
    assertEquals(format.write(ctx), format.write(ExportFixtures.synthetic()));
    EvaluationResult r = ctx.result();
    ExportContext later =
        new ExportContext(
            new EvaluationResult(
                r.ruleBaseVersion(),
                r.frameworkId(),
                r.frameworkVersion(),
                "2026-11-21T00:00:00Z",
                r.skipped(),
                r.findings(),
                r.controls(),
                r.tasks()),
            ctx.framework(),
            ctx.rules(),
            ctx.productVersion(),
            null,
            ctx.observationValidity());
    assertNotEquals(format.write(ctx), format.write(later));
  }

  @Test
  void nothingButPassMapsToPassing() {
    for (ExportStatus s : ExportStatus.values()) {
      boolean pass = s == ExportStatus.PASS;
      assertEquals(pass, s.ocsfStatusId() == 1, s.name());
      assertEquals(pass, s.asff().equals("PASSED"), s.name());
      assertEquals(pass, s.sarifKind().equals("pass"), s.name());
      assertEquals(s == ExportStatus.FAIL, !s.sarifLevel("critical").equals("none"), s.name());
    }
    for (ControlStatus s : ControlStatus.values()) {
      boolean pass = s == ControlStatus.COMPLIANT;
      assertEquals(pass, ExportStatus.oscalState(s).equals("satisfied"), s.name());
      assertEquals(pass, ExportStatus.oscalReason(s).equals("pass"), s.name());
      assertEquals(pass, ExportStatus.ocsfStatusId(s) == 1, s.name());
    }
  }

  @Test
  void formatsParseByTheirCliName() {
    for (Exports f : Exports.values()) {
      assertEquals(f, Exports.parse(f.id()).orElseThrow());
    }
    assertTrue(Exports.parse("pdf").isEmpty());
    assertTrue(Exports.parse(null).isEmpty());
  }
}
