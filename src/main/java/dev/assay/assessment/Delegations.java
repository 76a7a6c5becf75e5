package dev.assay.assessment;

import dev.assay.assessment.store.Db;
import dev.assay.assessment.store.StoreDatabase;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Delegation of control sets to reviewers (issue 5): an owner delegates a set with a comment, the
 * delegate comments, uploads and submits the set back for review, an owner completes it. Each step
 * is one transaction with its change-log entry. Who may take which step is the API's access policy;
 * this class checks only the states.
 */
public final class Delegations {

  static final String DELEGATION = "DELEGATION";
  private static final int MAX_COMMENT = 350;

  private final Db db;
  private final DelegationRepository delegations;
  private final AssessmentRepository assessmentRepository;
  private final ChangeLog changeLog;
  private final Clock clock;

  public Delegations(StoreDatabase database, Clock clock) {
    this.db = database.db();
    this.delegations = database.repository(DelegationRepository.class);
    this.assessmentRepository = database.repository(AssessmentRepository.class);
    this.changeLog = database.repository(ChangeLog.class);
    this.clock = clock;
  }

  /** Delegates a control set; the set becomes UNDER_REVIEW, as while delegated in Audit Manager. */
  public Delegation create(
      String assessmentId, String controlSetId, String delegate, String comment, String by) {
    if (delegate == null || delegate.isBlank() || delegate.trim().length() > 300) {
      throw AssessmentException.invalid("delegate (the reviewer's subject) is required, 1 to 300");
    }
    comment(comment);
    return db.tx(
        c -> {
          Assessment a = assessmentRepository.lock(assessmentId);
          Assessments.requireActive(a);
          AssessmentControlSet set = controlSet(assessmentId, controlSetId);
          String who = delegate.trim();
          boolean open =
              delegations.of(assessmentId, who).stream()
                  .anyMatch(
                      d ->
                          d.controlSetId().equals(controlSetId)
                              && d.status() != DelegationStatus.COMPLETE);
          if (open) {
            throw new AssessmentException(
                AssessmentException.Kind.CONFLICT,
                "delegation-exists",
                "control set " + controlSetId + " is already delegated to " + who);
          }
          Instant now = now();
          Delegation d =
              new Delegation(
                  UUID.randomUUID().toString(),
                  assessmentId,
                  controlSetId,
                  who,
                  DelegationStatus.IN_PROGRESS,
                  comment,
                  now,
                  Assessments.who(by),
                  now,
                  null,
                  null,
                  null,
                  null);
          delegations.save(d);
          changeLog.record(
              assessmentId,
              DELEGATION,
              d.id(),
              "CREATE",
              "control set " + controlSetId + " delegated to " + who + note(comment),
              now,
              Assessments.who(by));
          if (set.status() != ControlSetStatus.UNDER_REVIEW) {
            assessmentRepository.setControlSetStatus(
                assessmentId, controlSetId, ControlSetStatus.UNDER_REVIEW);
            changeLog.record(
                assessmentId,
                "CONTROL_SET",
                controlSetId,
                ControlSetStatus.UNDER_REVIEW.name(),
                "from " + set.status() + ": delegated to " + who,
                now,
                Assessments.who(by));
          }
          return d;
        });
  }

  public List<Delegation> list(String assessmentId) {
    return db.tx(
        c -> {
          assessmentRepository.get(assessmentId);
          return delegations.of(assessmentId);
        });
  }

  /** The delegate hands the set back for review: IN_PROGRESS to UNDER_REVIEW. */
  public Delegation submit(String assessmentId, String delegationId, String comment, String by) {
    comment(comment);
    return db.tx(
        c -> {
          Assessments.requireActive(assessmentRepository.lock(assessmentId));
          Delegation d = get(assessmentId, delegationId);
          if (d.status() != DelegationStatus.IN_PROGRESS) {
            throw conflict(d, "submitted");
          }
          Instant now = now();
          delegations.submit(delegationId, comment, now);
          changeLog.record(
              assessmentId,
              DELEGATION,
              delegationId,
              DelegationStatus.UNDER_REVIEW.name(),
              "control set " + d.controlSetId() + " submitted for review" + note(comment),
              now,
              Assessments.who(by));
          return get(assessmentId, delegationId);
        });
  }

  /** An owner accepts the delegate's work: the delegation becomes COMPLETE (final). */
  public Delegation complete(String assessmentId, String delegationId, String comment, String by) {
    comment(comment);
    return db.tx(
        c -> {
          Assessments.requireActive(assessmentRepository.lock(assessmentId));
          Delegation d = get(assessmentId, delegationId);
          if (d.status() == DelegationStatus.COMPLETE) {
            throw conflict(d, "completed");
          }
          Instant now = now();
          delegations.complete(delegationId, now, Assessments.who(by));
          changeLog.record(
              assessmentId,
              DELEGATION,
              delegationId,
              DelegationStatus.COMPLETE.name(),
              "control set " + d.controlSetId() + " review completed" + note(comment),
              now,
              Assessments.who(by));
          return get(assessmentId, delegationId);
        });
  }

  /** What {@code subject} is to the assessment; empty when there is no such assessment. */
  public Optional<Relation> relation(String assessmentId, String subject) {
    return db.tx(
        c -> {
          Optional<Assessment> a = assessmentRepository.find(assessmentId);
          if (a.isEmpty()) {
            return Optional.empty();
          }
          return Optional.of(
              new Relation(
                  a.get(),
                  a.get().owners().contains(subject),
                  delegations.of(assessmentId, subject)));
        });
  }

  /**
   * Assessments {@code subject} owns, or has a control set to read on as a delegate ({@link
   * Relation#readableSets()}: a delegation not yet completed, on an active assessment).
   */
  public Set<String> related(String subject) {
    return db.tx(
        c -> {
          Set<String> ids = new HashSet<>(delegations.assessmentsDelegatedTo(subject));
          Set<String> related = new HashSet<>();
          for (Assessment a : assessmentRepository.all()) {
            if (a.owners().contains(subject)
                || (ids.contains(a.id())
                    && !new Relation(a, false, delegations.of(a.id(), subject))
                        .readableSets()
                        .isEmpty())) {
              related.add(a.id());
            }
          }
          return related;
        });
  }

  /**
   * What of the assessment {@code subject} may read when they hold no global role: all of it as an
   * owner, the sets delegated to them as a delegate, nothing otherwise.
   */
  public ReadScope scope(String assessmentId, String subject) {
    return db.tx(
        c -> {
          Assessment a = assessmentRepository.get(assessmentId);
          Relation relation =
              new Relation(a, a.owners().contains(subject), delegations.of(assessmentId, subject));
          return ReadScope.of(relation, assessmentRepository.controls(assessmentId));
        });
  }

  /** The control set a control of the assessment belongs to. */
  public Optional<String> controlSetOf(String assessmentId, String controlId) {
    return db.tx(c -> assessmentRepository.controlSetOf(assessmentId, controlId));
  }

  private Delegation get(String assessmentId, String id) {
    return delegations
        .findByAssessmentIdAndId(assessmentId, id)
        .orElseThrow(() -> AssessmentException.notFound("delegation", id));
  }

  private AssessmentControlSet controlSet(String id, String setId) {
    return assessmentRepository.controlSets(id).stream()
        .filter(s -> s.controlSetId().equals(setId))
        .findFirst()
        .orElseThrow(
            () ->
                new AssessmentException(
                    AssessmentException.Kind.NOT_FOUND,
                    "unknown-control-set",
                    "assessment " + id + " has no control set " + setId));
  }

  private static AssessmentException conflict(Delegation d, String what) {
    return new AssessmentException(
        AssessmentException.Kind.CONFLICT,
        "delegation-" + d.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
        "delegation " + d.id() + " is " + d.status() + " and cannot be " + what);
  }

  private static void comment(String comment) {
    if (comment != null && comment.length() > MAX_COMMENT) {
      throw AssessmentException.invalid("a delegation comment is at most 350 characters");
    }
  }

  private static String note(String comment) {
    return comment == null || comment.isBlank() ? "" : ": " + comment;
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }
}
