package dev.assay.framework;

import java.util.List;

/**
 * One control of a framework.
 *
 * @param rules IDs of the rules that evaluate it (empty for manual controls)
 * @param dataSources Audit Manager style keywords: AWS Config rule identifiers, Security Hub
 *     control IDs, {@code service_Operation} API calls, {@code MANUAL}
 * @param evidence what people must provide, for manual and hybrid controls; {@code null} otherwise
 * @param common the common control whose rules and data sources this control reuses, or {@code
 *     null}
 * @param origin the ID of the framework whose file defines this version of the control: the
 *     framework itself, a base it inherits the control from, or the custom framework that overrides
 *     it
 * @param renamedFrom IDs this control had in earlier versions of the framework, oldest first;
 *     results stored under one of them are this control's
 */
public record Control(
    String id,
    String name,
    String description,
    String domain,
    ControlType type,
    List<String> rules,
    List<String> dataSources,
    String testingInformation,
    ActionPlan actionPlan,
    EvidenceSpec evidence,
    String common,
    String origin,
    List<String> renamedFrom) {

  public Control {
    renamedFrom = renamedFrom == null ? List.of() : List.copyOf(renamedFrom);
  }

  /** A control that was never renamed. */
  public Control(
      String id,
      String name,
      String description,
      String domain,
      ControlType type,
      List<String> rules,
      List<String> dataSources,
      String testingInformation,
      ActionPlan actionPlan,
      EvidenceSpec evidence,
      String common,
      String origin) {
    this(
        id,
        name,
        description,
        domain,
        type,
        rules,
        dataSources,
        testingInformation,
        actionPlan,
        evidence,
        common,
        origin,
        List.of());
  }

  /** A control with no common control and no recorded origin. */
  public Control(
      String id,
      String name,
      String description,
      String domain,
      ControlType type,
      List<String> rules,
      List<String> dataSources,
      String testingInformation,
      ActionPlan actionPlan,
      EvidenceSpec evidence) {
    this(
        id,
        name,
        description,
        domain,
        type,
        rules,
        dataSources,
        testingInformation,
        actionPlan,
        evidence,
        null,
        null);
  }
}
