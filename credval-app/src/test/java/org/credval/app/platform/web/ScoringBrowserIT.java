package org.credval.app.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Set;
import org.credval.app.scoring.LivingWage;
import org.credval.app.scoring.RubricSource;
import org.credval.app.scoring.ScoringService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What-if in a real browser: an analyst raises a wage threshold of a stored run's rubric, sees
 * which credentials would leave the list before saving, saves the change as a new rubric version
 * and lands on the two runs side by side. Readers without the analyst role can read the run but
 * not open the what-if form.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "credval.security.analyst-password=" + ScoringBrowserIT.PASSWORD)
class ScoringBrowserIT extends BrowserTest {

  static final String PASSWORD = "scoring-browser-secret";
  private static final String RUBRIC = """
      {"format": 1, "id": "browser-what-if", "version": "1", "title": "Wage test for the what-if page",
       "outcome": "tiers", "noEvidence": "zero",
       "criteria": [{"id": "wage", "criterion": "occupation_wage", "min": 50000, "points": 1}],
       "tiers": [{"name": "Listed", "from": 1}]}
      """;

  @Autowired JdbcTemplate jdbc;
  @Autowired ScoringService scoring;

  String runId;

  @Override
  protected Duration patience() {
    return Duration.ofSeconds(120);
  }

  @BeforeAll
  void start() throws Exception {
    cleanRuns();
    WebFixture.insert(jdbc);
    ScoringService.Request request = new ScoringService.Request("WA", 2024,
        new LivingWage(new BigDecimal("31300"), "test figure"), Set.of());
    runId = scoring.store(scoring.score(RubricSource.text(RUBRIC, "browser-what-if.json"), request), "test");
  }

  @AfterAll
  void stop() throws Exception {
    cleanRuns();
    WebFixture.remove(jdbc);
  }

  private void cleanRuns() {
    String runs = "(select run_id from scoring_run where rubric_key = 'browser-what-if')";
    jdbc.update("delete from scoring_criterion where run_id in " + runs);
    jdbc.update("delete from scoring_result where run_id in " + runs);
    jdbc.update("delete from scoring_run where rubric_key = 'browser-what-if'");
    jdbc.update("delete from scoring_rubric where rubric_key = 'browser-what-if'");
  }

  private String text() {
    return driver.findElement(By.tagName("body")).getText();
  }

  @Test
  void analystPreviewsAThresholdChangeThenSavesItAsANewVersion() throws Exception {
    driver.manage().deleteAllCookies();
    open("/scoring/runs/" + runId + "/credentials/" + WebFixture.CREDENTIAL);
    assertThat(driver.findElement(By.id("placement")).getText()).isEqualTo("Listed");
    assertThat(text()).contains("$61,000", "Washington");
    open("/scoring/what-if?run=" + runId);
    wait.until(ExpectedConditions.urlContains("/login"));

    driver.findElement(By.id("username")).sendKeys("analyst");
    driver.findElement(By.id("password")).sendKeys(PASSWORD);
    driver.findElement(By.cssSelector("main form button[type=submit]")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.className("account"), "Signed in as analyst"));

    open("/scoring/what-if?run=" + runId);
    WebElement min = driver.findElement(By.id("min_0"));
    assertThat(min.getAttribute("value")).isEqualTo("50000");
    min.clear();
    min.sendKeys("70000");
    driver.findElement(By.id("preview")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("diff")));
    chrome.screenshot("what-if-preview", 1280);
    assertThat(Integer.parseInt(driver.findElement(By.id("left-count")).getText())).isGreaterThanOrEqualTo(2);
    String diff = driver.findElement(By.id("diff-table")).getText();
    assertThat(diff).contains(WebFixture.CREDENTIAL, WebFixture.NEXT_CREDENTIAL, "left");
    // The preview stored nothing.
    assertThat(jdbc.queryForObject("select count(*) from scoring_run where rubric_key = 'browser-what-if'", Integer.class))
        .isEqualTo(1);

    WebElement version = driver.findElement(By.id("version"));
    version.clear();
    version.sendKeys("2-higher-wage");
    driver.findElement(By.id("save")).click();
    wait.until(ExpectedConditions.urlContains("/scoring/compare"));
    assertThat(driver.findElement(By.id("diff-summary")).getText()).contains("left");
    assertThat(driver.findElement(By.id("side-by-side")).getText()).contains(WebFixture.CREDENTIAL_NAME, "Listed", "not listed");
    assertThat(jdbc.queryForObject("select derived_from from scoring_rubric where rubric_key = 'browser-what-if'"
        + " and rubric_version = '2-higher-wage'", String.class))
        .isEqualTo(jdbc.queryForObject("select digest from scoring_rubric where rubric_key = 'browser-what-if'"
            + " and rubric_version = '1'", String.class));
  }

  @Test
  void readerSeesTheRunsARunsTiersAndThePriorityOccupations() {
    driver.manage().deleteAllCookies();
    open("/scoring");
    assertThat(driver.findElement(By.id("runs")).getText()).contains("browser-what-if 1", "WA");
    assertThat(driver.findElements(By.id("new-run"))).isEmpty();
    open("/scoring/runs/" + runId);
    assertThat(driver.findElement(By.id("placements")).getText()).contains("Listed");
    assertThat(driver.findElement(By.id("results")).getText()).contains(WebFixture.CREDENTIAL_NAME, "Listed");
    assertThat(driver.findElement(By.linkText("Export CSV")).getAttribute("href")).endsWith("/export.csv");
    open("/occupations/priority?state=WA&period=2024&floor=good-job-45-plus");
    String table = driver.findElement(By.id("priority")).getText();
    assertThat(table).contains(WebFixture.TITLE, "★", "$61,000");
    assertThat(driver.findElement(By.id("priority-summary")).getText()).contains("good-job wage for workers 45 and over");
  }
}
