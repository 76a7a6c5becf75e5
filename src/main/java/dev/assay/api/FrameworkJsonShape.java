package dev.assay.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assay.framework.ActionPlan;
import dev.assay.framework.Control;
import dev.assay.framework.ControlSet;
import dev.assay.framework.EvidenceSpec;
import dev.assay.framework.Framework;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

/**
 * Gives frameworks a stable JSON shape in responses: every field present, null or empty included.
 * Micronaut leaves out empty values by default, so a manual control would have no {@code rules} and
 * a control without an action plan no {@code actionPlan}. The framework records stay plain Java;
 * the API decides its own shape here.
 */
@Singleton
class FrameworkJsonShape implements BeanCreatedEventListener<ObjectMapper> {

  @JsonInclude(JsonInclude.Include.ALWAYS)
  private abstract static class EveryField {}

  @Override
  public ObjectMapper onCreated(BeanCreatedEvent<ObjectMapper> event) {
    ObjectMapper mapper = event.getBean();
    for (Class<?> type :
        new Class<?>[] {
          Framework.class, ControlSet.class, Control.class, EvidenceSpec.class, ActionPlan.class
        }) {
      mapper.addMixIn(type, EveryField.class);
    }
    return mapper;
  }
}
