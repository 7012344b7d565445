package org.credval.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import org.credval.app.platform.imports.ImportReport;
import org.credval.app.platform.imports.ImportService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.thymeleaf.ITemplateEngine;

/**
 * The context a database command starts (on the database under test): no web server and none of
 * the web server's companions, beans made when first used, and still a migrated database and a
 * working import.
 */
@Tag("db")
class ContextsIT {

  @Test
  void aCommandContextLeavesTheWebOutAndStillMigratesAndImports() throws Exception {
    try (ConfigurableApplicationContext ctx = Contexts.batch(new DatabaseOptions())) {
      assertThat(ctx).isNotInstanceOf(WebServerApplicationContext.class);
      assertThat(ctx.getBeanDefinitionNames()).doesNotContainAnyElementsOf(Contexts.NOT_FOR_COMMANDS);
      assertThat(ctx.getBeanNamesForType(MeterRegistry.class)).isEmpty();
      assertThat(ctx.getBeanNamesForType(ITemplateEngine.class)).isEmpty();
      assertThat(ctx.getBeanFactory().containsSingleton("importService")).as("made when first used").isFalse();

      Integer migrations = ctx.getBean(JdbcTemplate.class)
          .queryForObject("select count(*) from flyway_schema_history where success", Integer.class);
      assertThat(migrations).isPositive();
      Path file = Path.of(ContextsIT.class.getResource("/fixtures/labormarket/soc-titles-utf8-bom.csv").toURI());
      ImportReport r = ctx.getBean(ImportService.class).run("soc-titles", file, true, "it");
      assertThat(r.status()).isEqualTo("VALIDATED");
      assertThat(r.accepted()).isEqualTo(2);
    }
  }
}
