package dev.assay.assessment;

import dev.assay.assessment.store.Db;
import dev.assay.assessment.store.StoreDatabase;
import dev.assay.evaluation.AssayEngine;
import dev.assay.evaluation.UnknownFrameworkException;
import dev.assay.framework.Control;
import dev.assay.framework.ControlSet;
import dev.assay.framework.Framework;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * Assessments and their controls: create, read, finish (INACTIVE), review controls and comment.
 * Each call is one transaction and writes its change-log entry in it.
 */
public final class Assessments {

  private final Db db;
  private final AssessmentRepository assessmentRepository;
  private final AssessmentControlRepository controlRows;
  private final ChangeLog changeLog;
  private final Supplier<AssayEngine> engine;
  private final AssessmentSettings settings;
  private final Clock clock;

  public Assessments(
      StoreDatabase database,
      Supplier<AssayEngine> engine,
      AssessmentSettings settings,
      Clock clock) {
    this.db = database.db();
    this.assessmentRepository = database.repository(AssessmentRepository.class);
    this.controlRows = database.repository(AssessmentControlRepository.class);
    this.changeLog = database.repository(ChangeLog.class);
    this.engine = engine;
    this.settings = settings;
    this.clock = clock;
  }

  public Assessment create(NewAssessment request, String by) {
    NewAssessment valid = AssessmentValidation.validate(request);
    Framework framework;
    try {
      framework = engine.get().framework(valid.framework());
    } catch (UnknownFrameworkException e) {
      throw new AssessmentException(
          AssessmentException.Kind.INVALID, "unknown-framework", e.getMessage());
    }
    Instant now = now();
    Assessment assessment =
        new Assessment(
            UUID.randomUUID().toString(),
            valid.name(),
            valid.description(),
            AssessmentStatus.ACTIVE,
            framework.id(),
            framework.name(),
            framework.version(),
            framework.resolvedHash(),
            engine.get().ruleBase().version(),
            valid.accounts(),
            valid.regions(),
            valid.owners(),
            valid.tags(),
            valid.reportDestination(),
            valid.snapshotInput(),
            now,
            who(by),
            now,
            0,
            null);
    return db.tx(
        c -> {
          long active = assessmentRepository.countActive();
          if (active >= settings.maxActiveAssessments()) {
            throw new AssessmentException(
                AssessmentException.Kind.QUOTA,
                "quota-exceeded",
                "there are already "
                    + active
                    + " active assessments, the most allowed"
                    + " (assay.assessments.max-active-assessments); make one inactive first");
          }
          assessmentRepository.insert(assessment);
          List<AssessmentControl> controls = new ArrayList<>();
          int position = 0;
          for (ControlSet set : framework.controlSets()) {
            assessmentRepository.insertControlSet(
                assessment.id(), set.id(), set.name(), position++);
            for (Control control : set.controls()) {
              controls.add(
                  new AssessmentControl(
                      control.id(),
                      set.id(),
                      control.name(),
                      control.domain(),
                      control.type().name(),
                      ControlStatus.UNDER_REVIEW,
                      now));
            }
          }
          controlRows.saveAll(
              IntStream.range(0, controls.size())
                  .mapToObj(i -> AssessmentControlRow.of(assessment.id(), i, controls.get(i)))
                  .toList());
          changeLog.record(
              assessment.id(),
              ChangeLog.ASSESSMENT,
              assessment.id(),
              "CREATE",
              "framework "
                  + framework.id()
                  + " "
                  + framework.version()
                  + " ("
                  + framework.resolvedHash()
                  + "), rule base "
                  + engine.get().ruleBase().version(),
              now,
              who(by));
          return assessment;
        });
  }

  public List<Assessment> list() {
    return db.tx(c -> assessmentRepository.all());
  }

  public Assessment get(String id) {
    return db.tx(c -> assessmentRepository.get(id));
  }

  public List<AssessmentControl> controls(String id) {
    return db.tx(
        c -> {
          assessmentRepository.get(id);
          return assessmentRepository.controls(id);
        });
  }

  /** A control with its comments and change log. */
  public record ControlDetail(
      AssessmentControl control, List<Comment> comments, List<ChangeLogEntry> changeLog) {}

  public ControlDetail control(String id, String controlId) {
    return db.tx(
        c -> {
          assessmentRepository.get(id);
          return new ControlDetail(
              assessmentRepository.control(id, controlId),
              changeLog.comments(id, controlId),
              changeLog.entries(id, controlId));
        });
  }

  public List<ChangeLogEntry> changeLog(String id, String controlId) {
    return db.tx(
        c -> {
          assessmentRepository.get(id);
          if (controlId != null) {
            assessmentRepository.control(id, controlId);
          }
          return changeLog.entries(id, controlId);
        });
  }

  /**
   * ACTIVE to INACTIVE, which is final: controls under review become reviewed and the assessment
   * becomes read-only. Setting the status it already has changes nothing.
   */
  public Assessment setStatus(String id, AssessmentStatus status, String by) {
    return db.tx(
        c -> {
          Assessment a = assessmentRepository.lock(id);
          if (a.status() == status) {
            return a;
          }
          requireActive(a);
          Instant now = now();
          assessmentRepository.setStatus(id, status, now);
          for (AssessmentControl control : assessmentRepository.controls(id)) {
            if (control.status() == ControlStatus.UNDER_REVIEW) {
              assessmentRepository.setControlStatus(
                  id, control.controlId(), ControlStatus.REVIEWED, now);
              changeLog.record(
                  id,
                  ChangeLog.CONTROL,
                  control.controlId(),
                  "REVIEWED",
                  "the assessment became inactive",
                  now,
                  who(by));
            }
          }
          for (AssessmentControlSet set : assessmentRepository.controlSets(id)) {
            assessmentRepository.setControlSetStatus(
                id, set.controlSetId(), ControlSetStatus.REVIEWED);
          }
          changeLog.record(id, ChangeLog.ASSESSMENT, id, status.name(), null, now, who(by));
          return assessmentRepository.get(id);
        });
  }

  public List<AssessmentControlSet> controlSets(String id) {
    return db.tx(
        c -> {
          assessmentRepository.get(id);
          return assessmentRepository.controlSets(id);
        });
  }

  /**
   * Sets a control set's status; as in Audit Manager a comment (1 to 350 characters) is required.
   */
  public AssessmentControlSet setControlSetStatus(
      String id, String setId, ControlSetStatus status, String comment, String by) {
    if (comment == null || comment.isBlank() || comment.length() > 350) {
      throw AssessmentException.invalid(
          "a control set status change needs a comment of 1 to 350 characters");
    }
    return db.tx(
        c -> {
          Assessment a = assessmentRepository.lock(id);
          requireActive(a);
          AssessmentControlSet set =
              assessmentRepository.controlSets(id).stream()
                  .filter(s -> s.controlSetId().equals(setId))
                  .findFirst()
                  .orElseThrow(
                      () ->
                          new AssessmentException(
                              AssessmentException.Kind.NOT_FOUND,
                              "unknown-control-set",
                              "assessment " + id + " has no control set " + setId));
          assessmentRepository.setControlSetStatus(id, setId, status);
          changeLog.record(
              id,
              "CONTROL_SET",
              setId,
              status.name(),
              "from " + set.status() + ": " + comment,
              now(),
              who(by));
          return new AssessmentControlSet(set.controlSetId(), set.name(), status);
        });
  }

  /** Moves a control between UNDER_REVIEW, REVIEWED (final) and INACTIVE, with a comment. */
  public AssessmentControl setControlStatus(
      String id, String controlId, ControlStatus status, String comment, String by) {
    AssessmentValidation.comment(comment, true);
    return db.tx(
        c -> {
          Assessment a = assessmentRepository.lock(id);
          requireActive(a);
          AssessmentControl control = assessmentRepository.control(id, controlId);
          if (control.status() == ControlStatus.REVIEWED && status != ControlStatus.REVIEWED) {
            throw new AssessmentException(
                AssessmentException.Kind.CONFLICT,
                "control-reviewed",
                "control " + controlId + " is REVIEWED, which is final; its status cannot change");
          }
          Instant now = now();
          if (control.status() != status) {
            assessmentRepository.setControlStatus(id, controlId, status, now);
            changeLog.record(
                id,
                ChangeLog.CONTROL,
                controlId,
                status.name(),
                "from " + control.status(),
                now,
                who(by));
          }
          if (comment != null && !comment.isBlank()) {
            addComment(id, controlId, comment, now, by);
          }
          return assessmentRepository.control(id, controlId);
        });
  }

  public Comment comment(String id, String controlId, String body, String by) {
    AssessmentValidation.comment(body, false);
    return db.tx(
        c -> {
          Assessment a = assessmentRepository.lock(id);
          requireActive(a);
          assessmentRepository.control(id, controlId);
          return addComment(id, controlId, body, now(), by);
        });
  }

  private Comment addComment(String id, String controlId, String body, Instant at, String by) {
    Comment comment = new Comment(controlId, who(by), body, at);
    changeLog.comment(id, comment);
    changeLog.record(id, ChangeLog.CONTROL, controlId, "COMMENT", body, at, who(by));
    return comment;
  }

  static void requireActive(Assessment a) {
    if (!a.active()) {
      throw new AssessmentException(
          AssessmentException.Kind.CONFLICT,
          "assessment-inactive",
          "assessment " + a.id() + " is INACTIVE, which is final: it is read-only");
    }
  }

  static String who(String by) {
    return by == null || by.isBlank() ? "anonymous" : by;
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  static Map<String, String> tags(Map<String, String> tags) {
    return tags == null ? Map.of() : tags;
  }
}
