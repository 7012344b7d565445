package org.credval.app.platform.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The title and description of the generated OpenAPI document ({@code /v3/api-docs}, browsable at
 * {@code /swagger-ui.html}). Operations are described on the API controllers themselves.
 */
@Configuration
class ApiDocumentation {

  @Bean
  OpenAPI credvalOpenApi() {
    return new OpenAPI().info(new Info()
        .title("credval API")
        .version("1")
        .description("""
            Read-only JSON for occupations (SOC 2018, BLS OEWS wages and Employment Projections), the credential \
            catalog and the data-load history. Wages carry the BLS marker in 'flag' ('*' not available, '#' at or \
            above the top of the published range). Errors are RFC 9457 problem details \
            (application/problem+json): 404 for an unknown code, 400 for a malformed one.""")
        .license(new License().name("Apache-2.0")));
  }
}
