package org.credval.app.demand.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.credval.app.platform.web.HeadlessChrome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The Demand view in a real browser on {@link DemandFixture}: the chart is drawn, a filter is
 * applied, and a credential's evidence is reached with the match and the cue marked. Screenshots
 * at desktop and phone widths go to target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemandBrowserIT {

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  HeadlessChrome chrome;
  WebDriver driver;
  WebDriverWait wait;

  @BeforeAll
  void start() throws Exception {
    chrome = HeadlessChrome.start();
    driver = chrome.driver;
    wait = new WebDriverWait(driver, Duration.ofSeconds(10));
    DemandFixture.insert(jdbc);
  }

  @AfterAll
  void stop() throws Exception {
    DemandFixture.remove(jdbc);
    if (chrome != null) {
      chrome.close();
    }
  }

  @Test
  void filtersTheRankingAndDrillsDownToMarkedExcerpts() throws Exception {
    driver.get("http://localhost:" + port + "/");
    driver.findElement(By.linkText("Demand")).click();
    wait.until(ExpectedConditions.urlContains("/demand"));
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Demand from job postings");

    WebElement canvas = driver.findElement(By.id("demand-chart"));
    Object bars = wait.until(d -> ((JavascriptExecutor) d).executeScript(
        "var c = window.Chart && Chart.getChart(arguments[0]);"
            + " return c ? c.data.datasets.map(function (s) { return s.label + '=' + s.data.join('/'); }).join(' ') : null;",
        canvas));
    // Stacked bars of required / preferred / other, in ranking order, read from the table.
    assertThat(bars).isEqualTo("Required=1/4/2/0 Preferred=5/1/0/0 Other levels=2/1/0/1");
    chrome.screenshot("demand-desktop", 1280);
    chrome.screenshot("demand-phone", 390);

    new Select(driver.findElement(By.id("group"))).selectByValue("96-0000");
    driver.findElement(By.id("apply-filters")).click();
    wait.until(ExpectedConditions.urlContains("group=96-0000"));
    List<String> names = driver.findElements(By.cssSelector("#demand-table tbody th")).stream()
        .map(WebElement::getText).toList();
    assertThat(names).containsExactly(DemandFixture.HAULING_NAME, DemandFixture.RIGGING_NAME, DemandFixture.WELDING_NAME);
    assertThat(driver.findElement(By.id("demand-table")).getText()).contains("+$9,000", "too few");

    driver.findElement(By.linkText(DemandFixture.HAULING_NAME)).click();
    wait.until(ExpectedConditions.urlContains("/demand/credentials/" + DemandFixture.HAULING));
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(DemandFixture.HAULING_NAME);
    assertThat(driver.findElements(By.cssSelector(".evidence"))).hasSize(2);
    WebElement first = driver.findElements(By.cssSelector(".evidence")).stream()
        .filter(e -> e.getText().contains("Acme Hauling")).findFirst().orElseThrow();
    assertThat(first.findElement(By.cssSelector("mark.hl-match")).getText()).isEqualTo(DemandFixture.HAULING_NAME);
    assertThat(first.findElement(By.cssSelector("mark.hl-cue")).getText()).isEqualTo("required");
    assertThat(first.getText()).contains("Truck Driver <Class A>", "<script>alert(\"x\")</script>");
    assertThat(driver.findElements(By.cssSelector("blockquote script"))).isEmpty();
    chrome.screenshot("demand-credential-desktop", 1280);
    chrome.screenshot("demand-credential-phone", 390);

    driver.findElement(By.partialLinkText("Preferred (")).click();
    wait.until(ExpectedConditions.urlContains("level=preferred"));
    List<WebElement> preferred = driver.findElements(By.cssSelector(".evidence"));
    assertThat(preferred).hasSize(1);
    assertThat(preferred.get(0).getText()).contains("Bolt Freight", "Decided by the section it is in");

    driver.findElement(By.linkText("What it is, who issues it and the jobs it leads to")).click();
    wait.until(ExpectedConditions.urlMatches("/credentials/" + DemandFixture.HAULING + "$"));
  }
}
