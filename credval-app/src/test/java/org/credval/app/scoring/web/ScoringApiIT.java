package org.credval.app.scoring.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import org.credval.app.catalog.StarterCatalog;
import org.credval.app.platform.imports.ImportService;
import org.credval.app.platform.imports.ProgressListener;
import org.credval.app.scoring.EvidenceCache;
import org.credval.app.scoring.LivingWage;
import org.credval.app.scoring.RubricSource;
import org.credval.app.scoring.ScoringRuns;
import org.credval.app.scoring.ScoringService;
import org.credval.core.scoring.CredentialScore;
import org.credval.core.scoring.CriterionResult;
import org.credval.core.scoring.DataSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The read-only scoring API on a run stored from the real public data (OEWS, projections, the
 * starter catalog): the list, one run with every result, one credential's criteria, problem details
 * for what does not exist, and the paths in the OpenAPI description. Also: evidence is kept while
 * the data is unchanged and read again once it changes.
 */
@Tag("db")
@SpringBootTest
@AutoConfigureMockMvc
class ScoringApiIT {

  @Autowired MockMvc mvc;
  @Autowired ImportService imports;
  @Autowired StarterCatalog starter;
  @Autowired ScoringService scoring;
  @Autowired ScoringRuns runs;
  @Autowired EvidenceCache cache;
  @Autowired JdbcTemplate jdbc;

  private ScoringService.Request texas() throws Exception {
    Path data = data();
    starter.ensureLoaded("test");
    load("oews", data.resolve("bls-oews-national/oews_national_M2024.csv.gz"));
    load("ep", data.resolve("bls-ep-2024-34/ep_table_1_2_occupational_projections_2024_34.csv"));
    load("ep", data.resolve("bls-ep-2024-34/ep_table_1_10_separations_openings_2024_34.csv"));
    return new ScoringService.Request("TX", 2024, new LivingWage(new BigDecimal("31300"), "test figure"),
        EnumSet.of(DataSet.POSTINGS, DataSet.ARTICULATION));
  }

  @Test
  void servesStoredRunsTheirResultsAndExplanations() throws Exception {
    ScoringService.Scored scored = scoring.score(RubricSource.of("louisiana"), texas());
    String id = scoring.store(scored, "test");
    CredentialScore listed = scored.run().scores().stream().filter(CredentialScore::listed).findFirst()
        .orElse(scored.run().scores().get(0));
    String code = listed.code().value();

    mvc.perform(get("/api/scoring/runs"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[*].runId", hasItem(id)));
    mvc.perform(get("/api/scoring/runs/" + id.substring(0, 8)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.run.runId").value(id))
        .andExpect(jsonPath("$.run.state").value("TX"))
        .andExpect(jsonPath("$.run.rubricKey").value("louisiana"))
        .andExpect(jsonPath("$.run.runDigest").value(scored.run().runDigest()))
        .andExpect(jsonPath("$.run.inputDigest").value(scored.run().inputDigest()))
        .andExpect(jsonPath("$.run.allowedMissing", hasItem("postings")))
        .andExpect(jsonPath("$.results.length()").value(scored.run().scores().size()))
        .andExpect(jsonPath("$.placements['" + listed.placement() + "']").value(
            (int) scored.run().scores().stream().filter(s -> s.placement().equals(listed.placement())).count()))
        .andExpect(jsonPath("$.notes", hasItem(org.hamcrest.Matchers.startsWith("Living wage: "))));
    CriterionResult firstRule = listed.criteria().get(0);
    mvc.perform(get("/api/scoring/runs/" + id + "/credentials/" + code.toLowerCase(java.util.Locale.ROOT)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.result.code").value(code))
        .andExpect(jsonPath("$.result.placement").value(listed.placement()))
        .andExpect(jsonPath("$.criteria.length()").value(listed.criteria().size()))
        .andExpect(jsonPath("$.criteria[0].ruleId").value(firstRule.ruleId()))
        .andExpect(jsonPath("$.criteria[0].explanation").value(firstRule.explanation()));
    mvc.perform(get("/api/scoring/runs/" + id + "/credentials/ZZZZZ999"))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    mvc.perform(get("/api/scoring/runs/no-such-run"))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("no-such-run")));
    mvc.perform(get("/v3/api-docs"))
        .andExpect(jsonPath("$.paths['/api/scoring/runs'].get").exists())
        .andExpect(jsonPath("$.paths['/api/scoring/runs/{id}'].get").exists())
        .andExpect(jsonPath("$.paths['/api/scoring/runs/{id}/credentials/{code}'].get").exists());
  }

  @Test
  void keepsEvidenceWhileTheDataIsUnchangedAndReadsItAgainAfterAChange() throws Exception {
    ScoringService.Request request = texas();
    cache.clear();
    var first = scoring.evidence(request);
    assertThat(scoring.evidence(request)).isSameAs(first);
    // A signal run stored for the state changes what the evidence reads: the cache must not serve the old one.
    String run = "test-scoring-api-it-cache-run-01";
    try {
      jdbc.update("insert into signal_run (run_id, created_at, created_by, period, area, engine, input_sha256, catalog_sha256,"
          + " params, postings, duplicates) values (?, current_timestamp, 'test', '2024', 'TX', 'plain', 'x', 'y', '', 10, 0)", run);
      var after = scoring.evidence(request);
      assertThat(after).isNotSameAs(first);
      assertThat(after.dataSets()).contains("postings");
      assertThat(after.digest()).isNotEqualTo(first.digest());
    } finally {
      jdbc.update("delete from signal_run where run_id = ?", run);
    }
    assertThat(scoring.evidence(request).digest()).isEqualTo(first.digest());
  }

  private void load(String kind, Path file) throws Exception {
    assertThat(imports.run(kind, file, Map.of(), false, "test", ProgressListener.NONE).status())
        .as(file.toString()).isIn("COMMITTED", "UNCHANGED");
  }

  private static Path data() {
    String configured = System.getProperty("credval.shared.dir");
    Path p = Path.of("").toAbsolutePath();
    while (p != null && !Files.exists(p.resolve("mvnw"))) {
      p = p.getParent();
    }
    Path shared = configured != null && !configured.isBlank() ? Path.of(configured)
        : (p == null ? Path.of("..") : p.resolve("..")).resolve("shared");
    Path data = shared.resolve("data").toAbsolutePath().normalize();
    Assumptions.assumeTrue(Files.isDirectory(data.resolve("bls-oews-national")),
        "shared data not found at " + data + ": the scoring API test needs ../shared/data");
    return data;
  }
}
