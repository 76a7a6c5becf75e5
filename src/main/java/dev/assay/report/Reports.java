package dev.assay.report;

import dev.assay.assessment.Assessment;
import dev.assay.assessment.AssessmentStore;
import dev.assay.assessment.evidence.ChainLinks;
import dev.assay.assessment.evidence.EvidencePages;
import dev.assay.assessment.evidence.EvidenceQuery;
import dev.assay.assessment.evidence.EvidenceRepository;
import dev.assay.assessment.store.StoreException;
import dev.assay.framework.Framework;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Assessment reports: checks a request (selection, quota, an evidence chain that verifies), builds
 * the zip in a work directory, puts it at the destination in one step and records it. The HTTP API
 * and the CLI both come through here.
 */
public final class Reports {

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private final AssessmentStore store;
  private final DataSource dataSource;
  private final Function<String, Optional<Framework>> frameworks;
  private final ReportSettings settings;
  private final Supplier<SigningKey> key;
  private final Clock clock;
  private final Path workDir;
  private final ReportRepository reports;
  private final EvidenceRepository evidenceRows;

  public Reports(
      AssessmentStore store,
      Function<String, Optional<Framework>> frameworks,
      ReportSettings settings,
      Supplier<SigningKey> key,
      Clock clock,
      Path workDir) {
    this.store = store;
    this.dataSource = store.database().dataSource();
    this.frameworks = frameworks;
    this.settings = settings;
    this.key = key;
    this.clock = clock;
    this.workDir = workDir;
    this.reports = store.database().repository(ReportRepository.class);
    this.evidenceRows = store.database().repository(EvidenceRepository.class);
  }

  public SigningKey signingKey() {
    return key.get();
  }

  public ReportSettings settings() {
    return settings;
  }

  /**
   * Builds a report and writes it to {@code output} (a file path) when given, else to the
   * assessment's report destination (else the default destination).
   */
  public ReportRecord create(String assessmentId, ReportRequest request, String by, Path output) {
    return create(assessmentId, request, by, output, UUID.randomUUID().toString());
  }

  /** As {@link #create(String, ReportRequest, String, Path)}, under an id chosen beforehand. */
  public ReportRecord create(
      String assessmentId, ReportRequest request, String by, Path output, String reportId) {
    ReportRequest req = (request == null ? ReportRequest.whole() : request).validated();
    Assessment a = store.assessments().get(assessmentId);
    ReportDestination destination =
        output != null ? new ReportDestination.Directory(absoluteParent(output)) : destination(a);
    SigningKey signer = key.get();
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    String who = by == null || by.isBlank() ? "unknown" : by;
    try (Connection c = dataSource.getConnection()) {
      EvidenceQuery query = query(a, req);
      Map<String, Long> counts = EvidencePages.countByControl(c, a.id(), query);
      ReportOutline outline =
          new OutlineFactory(store, frameworks).outline(a, req, counts, reportId, now, who, signer);
      if (outline.evidenceItems() > settings.maxEvidenceItems()) {
        throw quota(outline.evidenceItems());
      }
      outline = outline.withChain(chain(a));
      ReportBuilder.Built built =
          ReportBuilder.build(
              outline,
              new ReportBuilder.EvidenceSource() {
                @Override
                public void forEach(String controlId, EvidencePages.ItemSink sink)
                    throws IOException {
                  try {
                    EvidencePages.forEach(c, a.id(), controlId, query, sink);
                  } catch (SQLException e) {
                    throw new IOException("cannot read evidence: " + e.getMessage(), e);
                  }
                }

                @Override
                public Path file(dev.assay.assessment.evidence.EvidenceItem item) {
                  return store.evidence().file(item);
                }
              },
              signer,
              workDir);
      String fileName =
          output != null
              ? output.getFileName().toString()
              : "assay-report-"
                  + EvidencePaths.safe(a.name(), 60)
                  + "-"
                  + STAMP.format(now)
                  + "-"
                  + reportId.substring(0, 8)
                  + ".zip";
      String location;
      try {
        location = destination.publish(built.zip(), fileName);
      } finally {
        ReportBuilder.deleteTree(built.zip().getParent());
      }
      ReportRecord record =
          new ReportRecord(
              reportId,
              a.id(),
              outline.name(),
              outline.description(),
              req,
              built.evidenceItems(),
              built.files(),
              built.size(),
              built.sha256(),
              built.digestSha256(),
              signer.algorithm(),
              signer.keyId(),
              location,
              now,
              who);
      // The zip is complete at its destination: only now is it recorded, in a transaction of its
      // own (the evidence reads above ran on a plain connection, outside any transaction).
      store
          .database()
          .db()
          .tx(
              x -> {
                reports.insert(record);
                return null;
              });
      return record;
    } catch (SQLException e) {
      throw new StoreException("database error: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build the report: " + e.getMessage(), e);
    }
  }

  /**
   * What can be checked before a build starts: the selection, the assessment and its destination.
   * Returns the validated request.
   */
  public ReportRequest check(String assessmentId, ReportRequest request) {
    ReportRequest req = (request == null ? ReportRequest.whole() : request).validated();
    Assessment a = store.assessments().get(assessmentId);
    destination(a);
    new OutlineFactory(store, frameworks).checkSelection(a, req);
    return req;
  }

  /** The report of the assessment with this id, if one was built. */
  public Optional<ReportRecord> find(String assessmentId, String reportId) {
    return list(assessmentId).stream().filter(r -> r.id().equals(reportId)).findFirst();
  }

  /** The report's zip as stored at its location (a local file or an S3 object), to stream. */
  public java.io.InputStream open(ReportRecord report) {
    return ReportDestination.open(report.location(), settings);
  }

  private ReportDestination destination(Assessment a) {
    return ReportDestination.parse(
        a.reportDestination() != null && !a.reportDestination().isBlank()
            ? a.reportDestination()
            : settings.defaultDestination(),
        settings);
  }

  public List<ReportRecord> list(String assessmentId) {
    store.assessments().get(assessmentId);
    return store.database().db().tx(c -> reports.list(assessmentId));
  }

  /** The evidence the request selects, never past the chain's current end. */
  private static EvidenceQuery query(Assessment a, ReportRequest req) {
    return new EvidenceQuery(
        java.util.Set.copyOf(req.controlIds()),
        java.util.Set.copyOf(req.dataSources()),
        req.fromDate(),
        req.toDate(),
        a.evidenceCount());
  }

  /**
   * Fail closed: no report is built on evidence whose chain does not verify. The links are checked
   * here; each included item's content hash is checked as the builder copies it.
   */
  private String chain(Assessment a) {
    String problem = ChainLinks.problem(evidenceRows, a.id(), a.evidenceCount(), a.evidenceHead());
    if (problem != null) {
      throw new ReportException(
          ReportException.Kind.CONFLICT,
          "evidence-chain-broken",
          "the evidence chain of assessment "
              + a.id()
              + " does not verify ("
              + problem
              + "); no report is built on it");
    }
    return "links verified before building ("
        + a.evidenceCount()
        + " items, head "
        + a.evidenceHead()
        + "); each included item's SHA-256 checked while copied";
  }

  private ReportException quota(long items) {
    return new ReportException(
        ReportException.Kind.QUOTA,
        "report-too-large",
        "the report would hold "
            + items
            + " evidence items, more than the "
            + settings.maxEvidenceItems()
            + " one report may hold (assay.reports.max-evidence-items); select fewer with"
            + " control sets, controls, data sources or dates");
  }

  private static Path absoluteParent(Path output) {
    Path parent = output.toAbsolutePath().getParent();
    if (output.getFileName() == null || !output.getFileName().toString().endsWith(".zip")) {
      throw ReportException.invalid("the output file must end in .zip: " + output);
    }
    return parent;
  }
}
