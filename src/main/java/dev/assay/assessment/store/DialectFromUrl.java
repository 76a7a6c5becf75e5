package dev.assay.assessment.store;

import io.micronaut.context.env.Environment;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.data.jdbc.config.DataJdbcConfiguration;
import io.micronaut.data.model.query.builder.sql.Dialect;
import jakarta.inject.Singleton;
import java.util.Locale;

/**
 * Micronaut Data takes a datasource's SQL dialect from {@code datasources.<name>.dialect}. The
 * store runs on H2 (the embedded default) or PostgreSQL, chosen by the URL alone, so where the
 * dialect is not set it follows the URL: an operator who points {@code DATASOURCES_DEFAULT_URL} at
 * PostgreSQL does not also have to remember the dialect. A dialect set explicitly is kept.
 */
@Singleton
public class DialectFromUrl implements BeanCreatedEventListener<DataJdbcConfiguration> {

  private final Environment environment;

  public DialectFromUrl(Environment environment) {
    this.environment = environment;
  }

  @Override
  public DataJdbcConfiguration onCreated(BeanCreatedEvent<DataJdbcConfiguration> event) {
    DataJdbcConfiguration config = event.getBean();
    String prefix = "datasources." + config.getName() + ".";
    if (environment.getProperty(prefix + "dialect", String.class).isEmpty()) {
      environment
          .getProperty(prefix + "url", String.class)
          .map(DialectFromUrl::dialectOf)
          .ifPresent(config::setDialect);
    }
    return config;
  }

  /** The dialect of a JDBC URL the store supports; ANSI (Micronaut's default) for any other. */
  public static Dialect dialectOf(String url) {
    String u = url.toLowerCase(Locale.ROOT);
    if (u.startsWith("jdbc:postgresql:")) {
      return Dialect.POSTGRES;
    }
    if (u.startsWith("jdbc:h2:")) {
      return Dialect.H2;
    }
    return Dialect.ANSI;
  }
}
