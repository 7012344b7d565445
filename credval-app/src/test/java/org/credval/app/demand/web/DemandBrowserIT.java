package org.credval.app.demand.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.credval.app.platform.web.BrowserTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The Demand view in a real browser on {@link DemandFixture}: the chart is drawn, a filter is
 * applied, a credential's evidence is reached with the match and the cue marked, and the catalog
 * page links back; filters and sorting swap the chart and table in place (htmx) with an address
 * that can be shared and a back button that returns. Screenshots at desktop and phone widths go to
 * target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DemandBrowserIT extends BrowserTest {

  @Autowired JdbcTemplate jdbc;

  @BeforeAll
  void start() throws Exception {
    DemandFixture.insert(jdbc);
  }

  @AfterAll
  void stop() throws Exception {
    DemandFixture.remove(jdbc);
  }

  @Test
  void filtersTheRankingAndDrillsDownToMarkedExcerpts() throws Exception {
    open("/");
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

    // Choosing a group applies it at once (the Show button is for browsers without JavaScript).
    new Select(driver.findElement(By.id("group"))).selectByValue("96-0000");
    wait.until(ExpectedConditions.urlContains("group=96-0000"));
    wait.until(d -> names().equals(List.of(DemandFixture.HAULING_NAME, DemandFixture.RIGGING_NAME,
        DemandFixture.WELDING_NAME)));
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
    // And back from the catalog page to the credential's demand.
    driver.findElement(By.cssSelector("#demand-link a")).click();
    wait.until(ExpectedConditions.urlMatches("/demand/credentials/" + DemandFixture.HAULING + "$"));
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(DemandFixture.HAULING_NAME);
  }

  @Test
  void filtersAndSortsSwapInPlaceWithShareableAddressesAndTheBackButtonReturns() {
    open("/demand");
    wait.until(d -> bars() != null);
    // A full page load would lose this; an htmx swap keeps it.
    js("window.credvalMarker = 'same page';");

    new Select(driver.findElement(By.id("group"))).selectByValue("96-0000");
    wait.until(ExpectedConditions.urlContains("group=96-0000"));
    wait.until(d -> names().equals(List.of(DemandFixture.HAULING_NAME, DemandFixture.RIGGING_NAME,
        DemandFixture.WELDING_NAME)));
    assertThat(js("return window.credvalMarker;")).isEqualTo("same page");
    // The chart is drawn again from the new table.
    wait.until(d -> "Required=4/3/2 Preferred=1/0/0 Other levels=0/0/0".equals(bars()));
    assertThat(js("return document.activeElement.id;")).isEqualTo("group");
    assertThat(driver.findElement(By.id("demand-status")).getAttribute("textContent"))
        .contains("3 credentials in Fixture Transport Occupations (96-0000)", "sorted by postings");

    driver.findElement(By.id("sort-employers")).click();
    wait.until(ExpectedConditions.urlContains("sort=employers"));
    wait.until(d -> names().equals(List.of(DemandFixture.HAULING_NAME, DemandFixture.WELDING_NAME,
        DemandFixture.RIGGING_NAME)));
    assertThat(driver.findElement(By.id("sort-employers")).findElement(By.xpath("..")).getAttribute("aria-sort"))
        .isEqualTo("descending");
    assertThat(driver.findElement(By.id("sort-postings")).findElement(By.xpath("..")).getAttribute("aria-sort"))
        .isNull();
    wait.until(d -> "Required=4/2/3 Preferred=1/0/0 Other levels=0/0/0".equals(bars()));

    driver.findElement(By.id("sort-premium")).click();
    wait.until(ExpectedConditions.urlContains("sort=premium"));
    wait.until(d -> names().equals(List.of(DemandFixture.WELDING_NAME, DemandFixture.HAULING_NAME,
        DemandFixture.RIGGING_NAME)));
    assertThat(js("return window.credvalMarker;")).isEqualTo("same page");
    // The form carries the order, so changing a filter keeps it.
    assertThat(driver.findElement(By.cssSelector("input[name=sort]")).getAttribute("value")).isEqualTo("premium");

    // The address is shareable: opened afresh it shows the same list.
    String shared = driver.getCurrentUrl();
    driver.navigate().back();
    wait.until(d -> names().equals(List.of(DemandFixture.HAULING_NAME, DemandFixture.WELDING_NAME,
        DemandFixture.RIGGING_NAME)));
    assertThat(driver.getCurrentUrl()).contains("sort=employers");
    driver.navigate().back();
    driver.navigate().back();
    wait.until(d -> names().equals(List.of(DemandFixture.RIGGING_NAME, DemandFixture.HAULING_NAME,
        DemandFixture.WELDING_NAME, "TESTD009")));
    wait.until(d -> "Required=1/4/2/0 Preferred=5/1/0/0 Other levels=2/1/0/1".equals(bars()));

    driver.get(shared);
    wait.until(d -> names().equals(List.of(DemandFixture.WELDING_NAME, DemandFixture.HAULING_NAME,
        DemandFixture.RIGGING_NAME)));
    assertThat(new Select(driver.findElement(By.id("group"))).getFirstSelectedOption().getAttribute("value"))
        .isEqualTo("96-0000");
    assertThat(js("return window.credvalMarker;")).isNull();
  }

  private List<String> names() {
    return driver.findElements(By.cssSelector("#demand-table tbody th")).stream().map(WebElement::getText).toList();
  }

  /** The drawn chart's series as {@code label=v/v/v ...}, or null when no chart is drawn. */
  private Object bars() {
    return js("var c = document.getElementById('demand-chart'); var chart = c && window.Chart && Chart.getChart(c);"
        + " return chart ? chart.data.datasets.map(function (s) { return s.label + '=' + s.data.join('/'); }).join(' ')"
        + " : null;");
  }

  private Object js(String script) {
    return ((JavascriptExecutor) driver).executeScript(script);
  }
}
