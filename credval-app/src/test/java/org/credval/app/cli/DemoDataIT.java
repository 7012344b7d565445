package org.credval.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.credval.app.SharedData;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo's data job end to end on the real public files: every file of the shared data folder
 * loads, a second pass changes nothing, and the API then returns for Registered Nurses (SOC
 * 29-1141) exactly what BLS published. Expected figures are read from the published CSV files here,
 * with a plain CSV reader, not through credval's importers.
 */
@Tag("db")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DemoDataIT {

  private static final List<String> TABLES = List.of("soc_occupation", "soc_direct_match_title", "onet_occupation",
      "onet_alternate_title", "oews_area", "oews_estimate", "ep_projection", "cip_program", "cip_soc");

  @Autowired ApplicationContext ctx;
  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;

  @Test
  void loadsTheWholeDataFolderOnceAndServesWhatBlsPublished() throws Exception {
    Path data = SharedData.data("bls-oews-national");
    TABLES.forEach(t -> jdbc.update("delete from " + t));
    jdbc.update("delete from import_rejection where load_id in (select load_id from import_batch where kind <> 'catalog')");
    jdbc.update("delete from import_batch where kind <> 'catalog'");

    DataLoader loader = new DataLoader(ctx);
    Map<String, Integer> first = loader.loadFolder(data, false, "it", false);
    assertThat(first).doesNotContainKey("problems").containsKey("COMMITTED");
    Map<String, Integer> second = loader.loadFolder(data, false, "it", false);
    assertThat(second).containsOnlyKeys("UNCHANGED");
    assertThat(second.get("UNCHANGED")).isEqualTo(DataFolder.present(data).size());

    // The demo ends with a signal run over every stored posting, which the Demand view shows.
    var run = loader.signalsOverEveryPosting("it").orElseThrow();
    assertThat(run.run().postings()).isPositive();
    assertThat(run.rows()).isNotEmpty();
    var again = loader.signalsOverEveryPosting("it").orElseThrow();
    assertThat(again.reused()).isTrue();
    assertThat(again.run().runId()).isEqualTo(run.run().runId());
    JsonNode demand = JsonMapper.builder().build().readTree(get("/api/demand?run=" + run.run().runId()));
    assertThat(demand.get("run").get("runId").asString()).isEqualTo(run.run().runId());
    assertThat(demand.get("credentials").size()).isPositive();

    JsonNode rn = JsonMapper.builder().build().readTree(get("/api/occupations/29-1141"));
    assertThat(rn.get("title").asString()).containsIgnoringCase("Registered Nurses");
    Map<Integer, JsonNode> byYear = new HashMap<>();
    rn.get("nationalByYear").forEach(y -> byYear.put(y.get("year").asInt(), y));
    for (int year : List.of(2022, 2023, 2024)) {
      CSVRecord bls = row(data.resolve("bls-oews-national/oews_national_M" + year + ".csv.gz"), "OCC_CODE", "29-1141");
      assertThat(byYear).as("OEWS year " + year).containsKey(year);
      assertThat(byYear.get(year).get("employment").asLong()).as("employment " + year)
          .isEqualTo(Long.parseLong(bls.get("TOT_EMP").replace(",", "")));
      assertThat(byYear.get(year).get("medianAnnualWage").decimalValue()).as("median " + year)
          .isEqualByComparingTo(new BigDecimal(bls.get("A_MEDIAN").replace(",", "")));
    }
    CSVRecord ep = row(data.resolve("bls-ep-2024-34/ep_table_1_10_separations_openings_2024_34.csv"),
        "2024 National Employment Matrix code", "29-1141");
    BigDecimal openingsThousands = new BigDecimal(ep.get("Occupational openings, 2024–34 annual average"));
    assertThat(rn.get("projectedAnnualOpenings").asLong())
        .isEqualTo(openingsThousands.movePointRight(3).longValueExact());
  }

  private String get(String path) throws IOException, InterruptedException {
    HttpResponse<String> res = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "application/json").build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(res.statusCode()).as(path).isEqualTo(200);
    return res.body();
  }

  private static CSVRecord row(Path file, String column, String value) throws IOException {
    try (Reader r = new InputStreamReader(file.toString().endsWith(".gz")
        ? new GZIPInputStream(Files.newInputStream(file)) : Files.newInputStream(file), StandardCharsets.UTF_8)) {
      for (CSVRecord rec : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
        if (rec.get(column).strip().equals(value)) {
          return rec;
        }
      }
    }
    throw new AssertionError(value + " not found in " + file);
  }

}
