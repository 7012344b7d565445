package org.credval.app.demand.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesRegex;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Demand pages and API on {@link DemandFixture}: rankings and their sort orders, filters and
 * the part htmx swaps, the premium as the run published it, links with the catalog and scoring
 * pages, and evidence excerpts that are escaped and highlighted. Runs on H2 and PostgreSQL.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("db")
class DemandIT {

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;

  @BeforeAll
  void insertFixture() {
    DemandFixture.insert(jdbc);
  }

  @AfterAll
  void removeFixture() {
    DemandFixture.remove(jdbc);
  }

  @Test
  void ranksCredentialsByPostingsInTheNewestRun() throws Exception {
    mvc.perform(get("/api/demand"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.run.runId").value(DemandFixture.NEWEST))
        .andExpect(jsonPath("$.run.params").value(containsString("min_pay_n=10")))
        .andExpect(jsonPath("$.group").value("all"))
        .andExpect(jsonPath("$.cellPostings").value(30))
        .andExpect(jsonPath("$.credentials[*].code").value(org.hamcrest.Matchers.contains(
            DemandFixture.RIGGING, DemandFixture.HAULING, DemandFixture.WELDING, "TESTD009")))
        .andExpect(jsonPath("$.credentials[0].name").value(DemandFixture.RIGGING_NAME))
        .andExpect(jsonPath("$.credentials[3].name").value("TESTD009"))
        .andExpect(jsonPath("$.credentials[1].required").value(4))
        .andExpect(jsonPath("$.credentials[1].preferred").value(1))
        .andExpect(jsonPath("$.credentials[1].otherPostings").value(1))
        .andExpect(jsonPath("$.credentials[1].negated").value(1))
        .andExpect(jsonPath("$.credentials[1].employers").value(5))
        .andExpect(jsonPath("$.credentials[1].sharePercent").value(20.0))
        .andExpect(jsonPath("$.credentials[1].pay.medianWith").value(60000))
        .andExpect(jsonPath("$.credentials[1].pay.premium").doesNotExist())
        .andExpect(jsonPath("$.credentials[1].pay.note").value(containsString("choose an occupation group")))
        .andExpect(jsonPath("$.groups[*].code").value(hasItem("96-0000")))
        .andExpect(jsonPath("$.areas").value(org.hamcrest.Matchers.contains("US", "NY")));
  }

  @Test
  void anOlderRunCanBeChosenById() throws Exception {
    mvc.perform(get("/api/demand").param("run", DemandFixture.OLDER))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.credentials[0].code").value(DemandFixture.WELDING))
        .andExpect(jsonPath("$.credentials[0].postings").value(50))
        .andExpect(jsonPath("$.credentials", hasSize(1)));
    mvc.perform(get("/api/demand").param("run", "no-such-run"))
        .andExpect(status().isNotFound());
  }

  @Test
  void occupationGroupFilterShowsThePremiumTheRunPublishedAndWhyOthersHaveNone() throws Exception {
    mvc.perform(get("/api/demand").param("group", "96-0000"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.cellPostings").value(7))
        .andExpect(jsonPath("$.sort").value("postings"))
        .andExpect(jsonPath("$.credentials[*].code").value(org.hamcrest.Matchers.contains(
            DemandFixture.HAULING, DemandFixture.RIGGING, DemandFixture.WELDING)))
        .andExpect(jsonPath("$.credentials[0].pay.premium").value(9000))
        .andExpect(jsonPath("$.credentials[0].pay.withN").value(12))
        .andExpect(jsonPath("$.credentials[0].pay.withoutN").value(11))
        .andExpect(jsonPath("$.credentials[0].pay.note").value(containsString("median of 12 postings with pay")))
        // The run stored no median for too few postings with pay; the page says so with the run's minimum.
        .andExpect(jsonPath("$.credentials[1].pay.medianWith").doesNotExist())
        .andExpect(jsonPath("$.credentials[1].pay.premium").doesNotExist())
        .andExpect(jsonPath("$.credentials[1].pay.note").value(
            "too few postings with pay: 3 ask for it, 12 do not name it (at least 10 each needed)"))
        .andExpect(jsonPath("$.credentials[2].pay.premium").value(20000))
        .andExpect(jsonPath("$.groups[?(@.code == '96-0000')].label").value(hasItem("Fixture Transport Occupations (96-0000)")));

    mvc.perform(get("/demand").param("group", "96"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("+$9,000"), containsString("$61,000"),
            containsString("too few"), containsString("+$20,000"),
            containsString("in Fixture Transport Occupations (96-0000)"),
            containsString("<option value=\"96-0000\" selected=\"selected\">"))));
  }

  @Test
  void eachSortOrderRanksTheWholeGroupLargestFirst() throws Exception {
    String[][] orders = {
        {"postings", DemandFixture.HAULING, DemandFixture.RIGGING, DemandFixture.WELDING},
        {"required-share", DemandFixture.RIGGING, DemandFixture.WELDING, DemandFixture.HAULING},
        {"employers", DemandFixture.HAULING, DemandFixture.WELDING, DemandFixture.RIGGING},
        {"premium", DemandFixture.WELDING, DemandFixture.HAULING, DemandFixture.RIGGING}};
    for (String[] o : orders) {
      mvc.perform(get("/api/demand").param("group", "96-0000").param("sort", o[0]))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.sort").value(o[0]))
          .andExpect(jsonPath("$.credentials[*].code").value(org.hamcrest.Matchers.contains(o[1], o[2], o[3])));
    }
    mvc.perform(get("/api/demand").param("group", "96-0000"))
        .andExpect(jsonPath("$.credentials[0].requiredSharePercent").value(80.0))
        .andExpect(jsonPath("$.credentials[1].requiredSharePercent").value(100.0));
    // Over all occupations, the credential with the most employers is not the one with the most postings.
    mvc.perform(get("/api/demand").param("sort", "employers"))
        .andExpect(jsonPath("$.credentials[*].code").value(org.hamcrest.Matchers.contains(
            DemandFixture.HAULING, DemandFixture.RIGGING, DemandFixture.WELDING, "TESTD009")));

    mvc.perform(get("/demand").param("group", "96-0000").param("sort", "employers"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(
            matchesRegex("(?s).*<th scope=\"col\" class=\"num\" aria-sort=\"descending\">\\s*"
                + "<a href=\"/demand\\?period=all&amp;area=US&amp;group=96-0000&amp;sort=employers\".*"),
            containsString("href=\"/demand?period=all&amp;area=US&amp;group=96-0000&amp;sort=premium\""),
            containsString("<input type=\"hidden\" name=\"sort\" value=\"employers\">"),
            containsString("sorted by employers."))));
    mvc.perform(get("/api/demand").param("sort", "salary"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value(containsString("not a sort order: give postings, required-share")));
  }

  @Test
  void htmxGetsOnlyTheFiltersChartAndTableAndTheBackButtonTheWholePage() throws Exception {
    mvc.perform(get("/demand").param("group", "96-0000").header("HX-Request", "true"))
        .andExpect(status().isOk())
        .andExpect(header().string("Vary", containsString("HX-Request")))
        .andExpect(content().string(allOf(containsString("<div id=\"demand-view\">"),
            containsString("<p id=\"demand-status\""), containsString("3 credentials in Fixture Transport Occupations"),
            containsString("hx-push-url=\"true\""), containsString("<table id=\"demand-table\""),
            containsString("<canvas id=\"demand-chart\""),
            not(containsString("<html")), not(containsString("site-header")), not(containsString("<script")))));
    mvc.perform(get("/demand").param("group", "96-0000").header("HX-Request", "true")
            .header("HX-History-Restore-Request", "true"))
        .andExpect(content().string(allOf(containsString("<html"), containsString("<div id=\"demand-view\">"),
            containsString("/js/demand-chart.js"))));
    // Without JavaScript the same form submits as a plain GET to the same address.
    mvc.perform(get("/demand"))
        .andExpect(content().string(allOf(containsString("<form action=\"/demand\" method=\"get\""),
            containsString("hx-get=\"/demand\""), containsString("id=\"apply-filters\""))));
  }

  @Test
  void areasListStatesWithPostingsButNoRunAndSayWhichCommandMakesOne() throws Exception {
    mvc.perform(get("/api/demand"))
        .andExpect(jsonPath("$.areasWithoutRun").value(hasItem("TX")))
        .andExpect(jsonPath("$.areasWithoutRun").value(not(hasItem("NY"))));
    mvc.perform(get("/demand"))
        .andExpect(content().string(allOf(containsString("<optgroup label=\"Postings stored, no signal run yet\">"),
            containsString("<option value=\"TX\">TX</option>"))));
    mvc.perform(get("/demand").param("area", "tx"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("No signal run covers"),
            containsString("./credval signals --period all --area TX --out signals.csv"),
            containsString("<option value=\"TX\" selected=\"selected\">TX</option>"))));
  }

  @Test
  void catalogDemandAndScoringPagesLinkToEachOther() throws Exception {
    mvc.perform(get("/credentials/" + DemandFixture.HAULING))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("href=\"/demand/credentials/" + DemandFixture.HAULING + "\"")));
    mvc.perform(get("/demand/credentials/" + DemandFixture.HAULING))
        .andExpect(content().string(containsString("id=\"catalog-link\"")));
    String run = "test-demand-scoring-run";
    try {
      DemandFixture.scoringRun(jdbc, run, "credval signals run test-dem, NY, 2025");
      mvc.perform(get("/scoring/runs/" + run + "/credentials/" + DemandFixture.HAULING))
          .andExpect(status().isOk())
          .andExpect(content().string(allOf(
              containsString("href=\"/demand/credentials/" + DemandFixture.HAULING + "?area=NY&amp;period=2025\""),
              containsString("The job postings behind this number"))));
    } finally {
      DemandFixture.removeScoringRun(jdbc, run);
    }
  }

  @Test
  void periodAndAreaChooseTheNewestRunThatCoversThem() throws Exception {
    mvc.perform(get("/api/demand").param("period", "2025").param("area", "ny"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.run.runId").value(DemandFixture.NY_2025))
        .andExpect(jsonPath("$.credentials[0].code").value(DemandFixture.HAULING))
        .andExpect(jsonPath("$.credentials[0].postings").value(2));
    mvc.perform(get("/api/demand").param("period", "1999").param("area", "US"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.run").doesNotExist())
        .andExpect(jsonPath("$.credentials", hasSize(0)));
    mvc.perform(get("/demand").param("period", "1999").param("area", "US"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("No signal run covers"),
            containsString("./credval signals --period 1999 --area US --out signals.csv"))));
  }

  @Test
  void overviewPageHasTheChartAndItsTable() throws Exception {
    mvc.perform(get("/demand"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("<canvas id=\"demand-chart\""),
            containsString("data-chart-table=\"demand-table\""), containsString("data-chart-rows=\"4\""),
            containsString("<th scope=\"col\" class=\"num\" data-series=\"required\">Required</th>"),
            containsString("href=\"/demand/credentials/TESTD001?period=all&amp;area=US&amp;group=all\""),
            containsString(DemandFixture.HAULING_NAME), containsString("/js/demand-chart.js"),
            containsString("30 postings"), containsString("fixture-runner"),
            containsString("href=\"/demand\">Demand</a>"))));
  }

  @Test
  @Transactional
  void withoutAnyRunThePageSaysHowToFillIt() throws Exception {
    // Rolled back after the test: other data in the shared database stays.
    jdbc.update("delete from credential_signal");
    jdbc.update("delete from signal_run");
    mvc.perform(get("/demand"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("No job-posting signals have been computed yet"),
            containsString("./credval import postings"), containsString("./credval signals --period all"),
            not(containsString("<canvas")))));
    mvc.perform(get("/api/demand"))
        .andExpect(jsonPath("$.run").doesNotExist())
        .andExpect(jsonPath("$.runs", hasSize(0)));
  }

  @Test
  void credentialPageShowsSignalsByOccupationAndCooccurringCredentials() throws Exception {
    mvc.perform(get("/demand/credentials/" + DemandFixture.HAULING))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("<h1>" + DemandFixture.HAULING_NAME + "</h1>"),
            containsString("href=\"/credentials/TESTD001\""), containsString("href=\"/occupations/96-1011\""),
            containsString("Fixture Haulers"), containsString("href=\"/occupations/96-0000\""),
            containsString(DemandFixture.RIGGING_NAME), containsString("in 2 postings"),
            containsString("+$9,000"))));
    mvc.perform(get("/api/demand/credentials/" + DemandFixture.HAULING))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.summary.postings").value(6))
        .andExpect(jsonPath("$.byOccupation[*].socCode").value(org.hamcrest.Matchers.contains("96-0000", "96-1011")))
        .andExpect(jsonPath("$.summary.cooccurring[0].code").value(DemandFixture.RIGGING))
        .andExpect(jsonPath("$.summary.cooccurring[0].name").value(DemandFixture.RIGGING_NAME))
        .andExpect(jsonPath("$.summary.cooccurring[1].name").value("TESTD009"));
    mvc.perform(get("/demand/credentials/" + DemandFixture.HAULING).param("group", "96-0000"))
        .andExpect(content().string(allOf(containsString("<span>Fixture Transport Occupations (96-0000)</span>,"),
            containsString("+$9,000"))));
  }

  @Test
  void evidenceLeavesOutDuplicatesEscapesTheTextAndMarksMatchAndCue() throws Exception {
    mvc.perform(get("/api/demand/credentials/" + DemandFixture.HAULING))
        .andExpect(jsonPath("$.evidence.total").value(4))
        .andExpect(jsonPath("$.evidence.byLevel.required").value(2))
        .andExpect(jsonPath("$.evidence.byLevel.preferred").value(1))
        .andExpect(jsonPath("$.evidence.byLevel.mentioned").value(1))
        .andExpect(jsonPath("$.evidence.mentions[*].sourceId").value(org.hamcrest.Matchers.contains("p4", "p1", "p2", "p5")));

    mvc.perform(get("/demand/credentials/" + DemandFixture.HAULING))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(
            containsString("a valid <mark class=\"hl-match\">Fixture Hauling Licence</mark> is <mark class=\"hl-cue\">required</mark>."),
            containsString("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Benefits &amp; pay."),
            not(containsString("<script>alert")),
            containsString("Truck Driver &lt;Class A&gt;"),
            containsString("Decided by the section it is in: “preferred_skills”."),
            containsString("nothing asks for it, so it counts as mentioned"),
            containsString("<mark class=\"hl-match\">Fixture Hauling Licence</mark> holder wanted"),
            containsString("Every level (4)"), containsString("Required (2)"))));
  }

  @Test
  void evidenceFollowsTheLevelFilterAndTheRunsAreaAndPeriod() throws Exception {
    mvc.perform(get("/api/demand/credentials/" + DemandFixture.HAULING).param("level", "preferred"))
        .andExpect(jsonPath("$.evidence.level").value("preferred"))
        .andExpect(jsonPath("$.evidence.mentions[*].sourceId").value(org.hamcrest.Matchers.contains("p2")));
    mvc.perform(get("/api/demand/credentials/" + DemandFixture.HAULING).param("period", "2025").param("area", "NY"))
        .andExpect(jsonPath("$.run.runId").value(DemandFixture.NY_2025))
        .andExpect(jsonPath("$.summary.postings").value(2))
        .andExpect(jsonPath("$.evidence.mentions[*].sourceId").value(org.hamcrest.Matchers.contains("p1")));
    mvc.perform(get("/api/demand/credentials/" + DemandFixture.HAULING).param("group", "unknown"))
        .andExpect(jsonPath("$.evidence.mentions[*].sourceId").value(org.hamcrest.Matchers.contains("p5")));
    mvc.perform(get("/api/demand/credentials/" + DemandFixture.HAULING).param("group", "97-0000"))
        .andExpect(jsonPath("$.evidence.mentions[*].sourceId").value(org.hamcrest.Matchers.contains("p4")));
  }

  @Test
  void evidenceIsPaged() throws Exception {
    mvc.perform(get("/api/demand/credentials/" + DemandFixture.RIGGING))
        .andExpect(jsonPath("$.evidence.total").value(25))
        .andExpect(jsonPath("$.evidence.mentions", hasSize(20)))
        .andExpect(jsonPath("$.evidence.mentions[0].sourceId").value("q25"));
    mvc.perform(get("/api/demand/credentials/" + DemandFixture.RIGGING).param("page", "2"))
        .andExpect(jsonPath("$.evidence.mentions", hasSize(5)))
        .andExpect(jsonPath("$.evidence.mentions[4].sourceId").value("q1"));
    mvc.perform(get("/demand/credentials/" + DemandFixture.RIGGING))
        .andExpect(content().string(allOf(containsString("Page 1 of 2"), containsString("rel=\"next\""),
            containsString("page=2"))));
  }

  @Test
  void badRequestsAreExplained() throws Exception {
    mvc.perform(get("/api/demand").param("group", "nurses"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value(containsString("not an occupation group")));
    mvc.perform(get("/demand/credentials/" + DemandFixture.HAULING).param("level", "maybe"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("not a requirement level")));
    mvc.perform(get("/api/demand/credentials/TESTD777"))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/demand/credentials/not-a-code"))
        .andExpect(status().isBadRequest());
  }
}
