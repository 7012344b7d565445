package org.credval.app.platform.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
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

/** The HTML pages on the fixture: what they say, who may edit, and friendly errors. */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("db")
class PagesIT {

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;

  @BeforeAll
  void insertFixture() {
    WebFixture.insert(jdbc);
  }

  @AfterAll
  void removeFixture() {
    WebFixture.remove(jdbc);
  }

  @Test
  void homePageExplainsCredvalAndLinksToTheSearches() throws Exception {
    mvc.perform(get("/"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("Which credentials lead to good jobs?"),
            containsString("href=\"/occupations\""), containsString("href=\"/credentials\""),
            containsString("Skip to main content"))));
  }

  @Test
  void occupationPageShowsWagesWithHonestMarkersAndProjections() throws Exception {
    mvc.perform(get("/occupations/45-9991"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString(WebFixture.TITLE), containsString("$54,320"),
            containsString("$239,200 or more"), containsString("not available"), containsString("13,450"),
            containsString("1,600"), containsString("+9.8%"), containsString("High school diploma or equivalent"),
            containsString("/credentials/TESTX001"), containsString("Fixture Widget Assembly Technology"),
            containsString("Zorbulator Technician"), containsString("<canvas"))));
  }

  @Test
  void occupationPageShowsOneAreaAtATime() throws Exception {
    mvc.perform(get("/occupations/45-9991").param("area", "53"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("$61,000"), not(containsString("$54,320 ")))));
  }

  @Test
  void searchAnswersHtmxWithOnlyTheResults() throws Exception {
    mvc.perform(get("/occupations").param("q", "widget").header("HX-Request", "true"))
        .andExpect(status().isOk())
        .andExpect(header().stringValues("Vary", org.hamcrest.Matchers.hasItem("HX-Request")))
        .andExpect(content().string(allOf(containsString(WebFixture.TITLE), not(containsString("<html")))));
    mvc.perform(get("/occupations").param("q", "widget"))
        .andExpect(content().string(allOf(containsString(WebFixture.TITLE), containsString("<html"))));
  }

  @Test
  void unknownOccupationGivesAFriendlyNotFoundPage() throws Exception {
    mvc.perform(get("/occupations/45-9999"))
        .andExpect(status().isNotFound())
        .andExpect(content().string(allOf(containsString("We could not find that page"), containsString("45-9999"))));
    mvc.perform(get("/occupations/not-a-code"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("not a SOC code")));
  }

  @Test
  void credentialPageShowsFactsJobsAndStacks() throws Exception {
    mvc.perform(get("/credentials/TESTX001"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString(WebFixture.CREDENTIAL_NAME), containsString("$125"),
            containsString("not published"), containsString("FWAC"), containsString("$54,320"),
            containsString(WebFixture.NEXT_CREDENTIAL_NAME), not(containsString("Edit this credential")))));
  }

  @Test
  void editingNeedsAnAnalyst() throws Exception {
    mvc.perform(get("/credentials/TESTX001/edit").accept("text/html"))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/login"));
    mvc.perform(post("/credentials/TESTX001/retire").param("version", "1").param("reason", "x").with(csrf()))
        .andExpect(status().is4xxClientError());
    mvc.perform(get("/credentials/TESTX001/edit").with(user("analyst").roles("ANALYST")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Why are you making this change?")));
  }

  @Test
  void editWithoutReasonIsShownBackWithTheMessage() throws Exception {
    mvc.perform(post("/credentials/TESTX002/edit").with(user("analyst").roles("ANALYST")).with(csrf())
            .param("version", "1").param("name", "Renamed").param("issuer", "Fixture Skills Council")
            .param("type", "certification").param("reason", " "))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(allOf(containsString("Your change was not saved"),
            containsString("Say why you are making this change"))));
  }

  @Test
  void retiringRecordsTheReasonAndShowsTheCredentialAsRetired() throws Exception {
    int version = jdbc.queryForObject("select version from credential where code = 'TESTX002'", Integer.class);
    mvc.perform(post("/credentials/TESTX002/retire").with(user("analyst").roles("ANALYST")).with(csrf())
            .param("version", String.valueOf(version)).param("reason", "Issuer stopped offering it"))
        .andExpect(redirectedUrl("/credentials/TESTX002"));
    mvc.perform(get("/credentials/TESTX002"))
        .andExpect(content().string(allOf(containsString("This credential is retired"),
            containsString("Issuer stopped offering it"))));
    mvc.perform(get("/credentials/TESTX001"))
        .andExpect(content().string(containsString("Retired")));
  }

  @Test
  void importPagesListLoadsAndEveryRejection() throws Exception {
    mvc.perform(get("/imports"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("/imports/" + WebFixture.LOAD)));
    mvc.perform(get("/imports/" + WebFixture.LOAD))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("OCC_CODE"), containsString("CV-IMP-012"),
            containsString("A_MEDIAN"), containsString("CV-IMP-014"), containsString("fixture-loader"))));
  }

  @Test
  void loginPageHasLabelledFields() throws Exception {
    mvc.perform(get("/login"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("<label for=\"username\">"),
            containsString("<label for=\"password\">"), containsString("name=\"_csrf\""))));
  }
}
