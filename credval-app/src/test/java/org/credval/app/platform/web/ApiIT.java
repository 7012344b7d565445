package org.credval.app.platform.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The JSON API on the hand-made fixture: shapes, BLS markers, and problem details for bad requests. */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("db")
class ApiIT {

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
  void returnsOccupationWithWagesByYearFlagsAndProjectionsInPeople() throws Exception {
    mvc.perform(get("/api/occupations/45-9991").param("area", "99"))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
        .andExpect(jsonPath("$.soc").value("45-9991"))
        .andExpect(jsonPath("$.title").value(WebFixture.TITLE))
        .andExpect(jsonPath("$.nationalByYear[0].year").value(2023))
        .andExpect(jsonPath("$.nationalByYear[0].employment").value(12340))
        .andExpect(jsonPath("$.nationalByYear[1].medianAnnualWage").value(54320.0))
        .andExpect(jsonPath("$.wages[1].year").value(2024))
        .andExpect(jsonPath("$.wages[1].estimates.a_pct90.flag").value("#"))
        .andExpect(jsonPath("$.wages[1].estimates.a_pct90.value").value(239200))
        .andExpect(jsonPath("$.wages[0].estimates.h_pct90.flag").value("*"))
        .andExpect(jsonPath("$.wages[0].estimates.h_pct90.note").value("BLS did not publish this estimate"))
        .andExpect(jsonPath("$.projections[0].period").value("2024-34"))
        .andExpect(jsonPath("$.projections[0].employmentBase").value(12300))
        .andExpect(jsonPath("$.projections[0].annualOpenings").value(1600))
        .andExpect(jsonPath("$.projectedAnnualOpenings").value(1600))
        .andExpect(jsonPath("$.credentials[*].code", hasItem(WebFixture.CREDENTIAL)))
        .andExpect(jsonPath("$.programs[0].cipCode").value("48.9991"));
  }

  @Test
  void returnsAllAreasWhenNoAreaIsGiven() throws Exception {
    mvc.perform(get("/api/occupations/459991"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.wages[*].areaCode", hasItem("53")))
        .andExpect(jsonPath("$.wages[?(@.areaCode == '53')].estimates.employment.flag", hasItem("**")));
  }

  @Test
  void answersNotFoundProblemForUnknownOccupation() throws Exception {
    mvc.perform(get("/api/occupations/45-9999"))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(404))
        .andExpect(jsonPath("$.title").value("Not found"))
        .andExpect(jsonPath("$.detail", containsString("45-9999")))
        .andExpect(jsonPath("$.instance").value("/api/occupations/45-9999"));
  }

  @Test
  void answersBadRequestProblemForMalformedSocCode() throws Exception {
    mvc.perform(get("/api/occupations/nurse"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(400))
        .andExpect(jsonPath("$.detail", containsString("expected two digits, a hyphen and four digits")));
  }

  @Test
  void findsOccupationsByCodeTitleAndOtherTitles() throws Exception {
    mvc.perform(get("/api/occupations").param("q", "zorbulator"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].soc").value("45-9991"))
        .andExpect(jsonPath("$[0].matchedTitle").value("Zorbulator Technician"));
    mvc.perform(get("/api/occupations").param("q", "45-999"))
        .andExpect(jsonPath("$[*].soc", hasItem("45-9992")));
    mvc.perform(get("/api/occupations").param("q", "sprocket fitter"))
        .andExpect(jsonPath("$[0].soc").value("45-9991"));
    mvc.perform(get("/api/occupations").param("q", "100%_"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(0));
  }

  @Test
  void returnsCredentialWithOccupationsStacksAndNoUnpublishedCost() throws Exception {
    mvc.perform(get("/api/credentials/testx001"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.code").value(WebFixture.CREDENTIAL))
        .andExpect(jsonPath("$.aliases[0]").value("FWAC"))
        .andExpect(jsonPath("$.costUsd").value(125.0))
        .andExpect(jsonPath("$.hours").doesNotExist())
        .andExpect(jsonPath("$.stacksInto[0].code").value(WebFixture.NEXT_CREDENTIAL))
        .andExpect(jsonPath("$.occupations[0].soc").value(WebFixture.SOC))
        .andExpect(jsonPath("$.occupations[0].wageYear").value(2024))
        .andExpect(jsonPath("$.occupations[0].medianAnnualWage.value").value(54320.0))
        .andExpect(jsonPath("$.occupations[0].annualOpenings").value(1600));
    mvc.perform(get("/api/credentials/" + WebFixture.NEXT_CREDENTIAL))
        .andExpect(jsonPath("$.stackedFrom[0].code").value(WebFixture.CREDENTIAL))
        .andExpect(jsonPath("$.costUsd").doesNotExist());
  }

  @Test
  void answersProblemsForUnknownAndMalformedCredentialCodes() throws Exception {
    mvc.perform(get("/api/credentials/TESTX999"))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.detail", containsString("TESTX999")));
    mvc.perform(get("/api/credentials/bad"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail", containsString("credential code")));
  }

  @Test
  void searchesCredentialsByAliasAndFilters() throws Exception {
    mvc.perform(get("/api/credentials").param("q", "fwac"))
        .andExpect(jsonPath("$[0].code").value(WebFixture.CREDENTIAL))
        .andExpect(jsonPath("$[0].matchedAlias").value("FWAC"));
    mvc.perform(get("/api/credentials").param("q", "fixture").param("industry", "manufacturing").param("type", "certification"))
        .andExpect(jsonPath("$.length()").value(1))
        .andExpect(jsonPath("$[0].code").value(WebFixture.NEXT_CREDENTIAL));
  }

  @Test
  void listsImportsAndShowsOneLoadWithEveryRejection() throws Exception {
    mvc.perform(get("/api/imports"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[*].loadId", hasItem(WebFixture.LOAD)));
    mvc.perform(get("/api/imports/" + WebFixture.LOAD))
        .andExpect(jsonPath("$.status").value("COMMITTED"))
        .andExpect(jsonPath("$.rejections.length()").value(2))
        .andExpect(jsonPath("$.rejections[0].line").value(7))
        .andExpect(jsonPath("$.rejections[0].field").value("OCC_CODE"))
        .andExpect(jsonPath("$.rejections[0].errorCode").value("CV-IMP-012"));
    mvc.perform(get("/api/imports/no-such-load"))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
  }

  @Test
  void publishesAnOpenApiDescriptionOfTheApi() throws Exception {
    mvc.perform(get("/v3/api-docs"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.info.title").value("credval API"))
        .andExpect(jsonPath("$.paths['/api/occupations/{soc}'].get").exists())
        .andExpect(jsonPath("$.paths['/api/credentials'].get").exists())
        .andExpect(jsonPath("$.paths['/api/imports/{loadId}'].get").exists());
  }
}
