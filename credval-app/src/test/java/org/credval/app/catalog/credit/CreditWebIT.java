package org.credval.app.catalog.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.credval.app.platform.web.WebFixture;
import org.credval.core.articulation.ApprenticeshipCredit;
import org.credval.core.code.CredentialCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The credit section, its API and who may change it: public to read, analysts with a CSRF token to change. */
@SpringBootTest
@AutoConfigureMockMvc
@Tag("db")
class CreditWebIT {

  static final CredentialCode CODE = new CredentialCode(WebFixture.CREDENTIAL);

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;
  @Autowired CreditEditor editor;
  @Autowired ArticulationAgreements articulations;

  @BeforeEach
  void insertFixture() {
    WebFixture.insert(jdbc);
  }

  @AfterEach
  void removeFixture() {
    WebFixture.remove(jdbc);
  }

  private long agreement() {
    return editor.add(CreditEntries.articulation(java.util.Map.of("credential_code", CODE.value(),
        "institution", "Example Valley College", "ipeds_unit_id", "999991", "cip_code", "48.9991",
        "program_title", "Widget Assembly Technology", "credit_hours", "6", "credit_type", "semester_hour",
        "effective_from", "2025-07-01", "notes", "Fictional example")), "fixture", "fixture agreement");
  }

  @Test
  void apiListsAgreementsApprenticeshipCreditStacksAndTheSummary() throws Exception {
    long id = agreement();
    editor.add(new ApprenticeshipCredit(CODE, "Widget Assembler (fictional)", "0999", 144, null, null, null, null),
        "fixture", "fixture credit");

    mvc.perform(get("/api/credentials/TESTX001/articulations"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.articulations[0].id").value(id))
        .andExpect(jsonPath("$.articulations[0].institution").value("Example Valley College"))
        .andExpect(jsonPath("$.articulations[0].cipCode").value("48.9991"))
        .andExpect(jsonPath("$.articulations[0].creditHours").value(6))
        .andExpect(jsonPath("$.articulations[0].status").value("active"))
        .andExpect(jsonPath("$.apprenticeships[0].rapidsCode").value("0999"))
        .andExpect(jsonPath("$.stacksInto[0].code").value(WebFixture.NEXT_CREDENTIAL))
        .andExpect(jsonPath("$.currency.totalCreditHours").value(6.0))
        .andExpect(jsonPath("$.currency.maxApprenticeshipHours").value(144))
        .andExpect(jsonPath("$.currency.stacksInto").value(1));
    mvc.perform(get("/api/credentials/ZZZZZ999/articulations")).andExpect(status().isNotFound());
  }

  @Test
  void pageShowsTheSectionToEveryoneAndTheFormsOnlyToAnalysts() throws Exception {
    agreement();
    mvc.perform(get("/credentials/TESTX001"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("Postsecondary credit"), containsString("Example Valley College"),
            containsString("6 semester credit hours"), containsString("Widget Assembly Technology"))))
        .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Add an articulation agreement"))));
    mvc.perform(get("/credentials/TESTX001/credit/articulation/new").accept("text/html"))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get("/credentials/TESTX001").with(user("analyst").roles("ANALYST")))
        .andExpect(content().string(containsString("Add an articulation agreement")));
  }

  @Test
  void changesNeedTheAnalystRoleACsrfTokenAndAReason() throws Exception {
    String path = "/credentials/TESTX001/credit/apprenticeship/new";
    mvc.perform(post(path).param("occupation", "Widget Inspector").param("hours", "40").param("reason", "x").with(csrf()))
        .andExpect(r -> assertThat(r.getResponse().getStatus()).as("not signed in").isIn(302, 401));
    mvc.perform(post(path).with(user("analyst").roles("ANALYST")).param("occupation", "Widget Inspector")
        .param("hours", "40").param("reason", "x")).andExpect(status().isForbidden());
    mvc.perform(post(path).with(user("analyst").roles("ANALYST")).with(csrf()).param("occupation", "Widget Inspector")
        .param("hours", "-40").param("reason", "New agreement"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("from 1 to 20,000")));
    mvc.perform(post(path).with(user("analyst").roles("ANALYST")).with(csrf()).param("occupation", "Widget Inspector")
        .param("hours", "40").param("reason", ""))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("Say why you are making this change")));
    assertThat(jdbc.queryForObject("select count(*) from apprenticeship_credit where credential_code = 'TESTX001'", Integer.class))
        .isZero();

    mvc.perform(post(path).with(user("analyst").roles("ANALYST")).with(csrf()).param("occupation", "Widget Inspector")
        .param("hours", "40").param("reason", "Program sponsor confirmed the credit"))
        .andExpect(status().is3xxRedirection());
    assertThat(jdbc.queryForObject("select changed_by || ': ' || reason from credit_change where credential_code = 'TESTX001'",
        String.class)).isEqualTo("analyst: Program sponsor confirmed the credit");
  }

  @Test
  void anEntryOfAnotherCredentialIsNotFoundUnderThisOne() throws Exception {
    long id = agreement();
    mvc.perform(get("/credentials/TESTX002/credit/articulation/" + id).with(user("analyst").roles("ANALYST")))
        .andExpect(status().isNotFound());
    mvc.perform(post("/credentials/TESTX002/credit/articulation/" + id + "/retire").with(user("analyst").roles("ANALYST"))
        .with(csrf()).param("version", "1").param("reason", "wrong credential")).andExpect(status().isNotFound());
    assertThat(articulations.byId(id).orElseThrow().retired()).isFalse();
  }
}
