package org.credval.app.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a person sees in a real browser: occupation and credential pages, search while typing,
 * the wage chart, and an analyst's edit appearing in the history. Screenshots of each page at
 * desktop and phone widths go to target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "credval.security.analyst-password=" + BrowserIT.PASSWORD)
class BrowserIT extends BrowserTest {

  static final String PASSWORD = "browser-test-secret";

  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void insertFixture() {
    WebFixture.insert(jdbc);
    driver.manage().deleteAllCookies();
  }

  @AfterAll
  void stop() throws Exception {
    WebFixture.remove(jdbc);
  }

  private String text() {
    return driver.findElement(By.tagName("body")).getText();
  }

  @Test
  void occupationPageShowsWagesMarkersChartAndLeadsToItsCredentials() throws Exception {
    open("/occupations/" + WebFixture.SOC);

    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(WebFixture.TITLE);
    assertThat(text()).contains("$54,320", "$239,200 or more", "not available", "1,600", "+9.8%");
    WebElement canvas = driver.findElement(By.id("wage-chart"));
    wait.until(d -> ((JavascriptExecutor) d).executeScript("return !!(window.Chart && Chart.getChart(arguments[0]))", canvas));
    assertThat(canvas.getSize().getHeight()).isGreaterThan(100);
    chrome.screenshot("occupation-desktop", 1280);
    chrome.screenshot("occupation-phone", 390);

    driver.findElement(By.linkText(WebFixture.CREDENTIAL_NAME)).click();
    wait.until(ExpectedConditions.urlContains("/credentials/" + WebFixture.CREDENTIAL));
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(WebFixture.CREDENTIAL_NAME);
    WebElement stacks = driver.findElement(By.id("stacks")).findElement(By.xpath(".."));
    assertThat(stacks.getText()).contains(WebFixture.NEXT_CREDENTIAL_NAME);
    assertThat(text()).contains("$125", "not published", "FWAC", "$54,320");
    chrome.screenshot("credential-desktop", 1280);
    chrome.screenshot("credential-phone", 390);

    driver.findElement(By.linkText(WebFixture.NEXT_CREDENTIAL_NAME)).click();
    wait.until(ExpectedConditions.urlContains("/credentials/" + WebFixture.NEXT_CREDENTIAL));
    assertThat(text()).contains("Built on", WebFixture.CREDENTIAL_NAME);
  }

  @Test
  void searchBoxFindsOccupationsWhileTyping() throws Exception {
    open("/occupations");
    driver.findElement(By.id("q")).sendKeys("zorbulator");

    WebElement hit = wait.until(ExpectedConditions.elementToBeClickable(By.linkText(WebFixture.TITLE)));
    assertThat(driver.findElement(By.id("results")).getText()).contains("also called Zorbulator Technician");
    assertThat(driver.getCurrentUrl()).contains("q=zorbulator");
    chrome.screenshot("occupation-search-desktop", 1280);
    chrome.screenshot("occupation-search-phone", 390);
    hit.click();
    wait.until(ExpectedConditions.urlContains("/occupations/" + WebFixture.SOC));
  }

  @Test
  void credentialSearchFiltersWhileTyping() throws Exception {
    open("/credentials");
    driver.findElement(By.id("q")).sendKeys("fwac");

    // The empty search lists the whole catalog; typing narrows it to the credential with that alias.
    wait.until(d -> d.findElement(By.id("results")).getText().contains("also called FWAC"));
    assertThat(driver.findElement(By.id("results")).getText())
        .contains(WebFixture.CREDENTIAL_NAME).doesNotContain(WebFixture.NEXT_CREDENTIAL_NAME);
    chrome.screenshot("credential-search-desktop", 1280);
    chrome.screenshot("credential-search-phone", 390);
  }

  @Test
  void analystSignsInEditsACredentialAndSeesTheHistoryEntry() throws Exception {
    open("/credentials/" + WebFixture.CREDENTIAL);
    assertThat(driver.findElements(By.linkText("Edit this credential"))).isEmpty();

    open("/login");
    driver.findElement(By.id("username")).sendKeys("analyst");
    driver.findElement(By.id("password")).sendKeys(PASSWORD);
    chrome.screenshot("login-phone", 390);
    driver.findElement(By.cssSelector("main form button[type=submit]")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.className("account"), "Signed in as analyst"));

    open("/credentials/" + WebFixture.CREDENTIAL);
    driver.findElement(By.linkText("Edit this credential")).click();
    wait.until(ExpectedConditions.urlContains("/edit"));
    WebElement name = driver.findElement(By.id("name"));
    name.clear();
    name.sendKeys("Fixture Widget Assembly Certificate");
    driver.findElement(By.id("hours")).sendKeys("40");
    chrome.screenshot("credential-edit-desktop", 1280);
    driver.findElement(By.xpath("//button[text()='Save change']")).click();

    // Without a reason the form comes back with the message next to the field.
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-summary")));
    assertThat(driver.findElement(By.id("error-summary")).getText()).contains("Say why you are making this change");
    chrome.screenshot("credential-edit-error-phone", 390);
    driver.findElement(By.id("reason")).sendKeys("The issuer renamed the credential");
    driver.findElement(By.xpath("//button[text()='Save change']")).click();

    wait.until(ExpectedConditions.urlMatches("/credentials/" + WebFixture.CREDENTIAL + "$"));
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Fixture Widget Assembly Certificate");
    String history = driver.findElement(By.cssSelector("ol.history")).getText();
    assertThat(history).contains("Update", "by analyst", "Reason: The issuer renamed the credential",
        "Name was “" + WebFixture.CREDENTIAL_NAME + "”, now “Fixture Widget Assembly Certificate”",
        "Hours was (empty), now “40”");
    assertThat(text()).contains("was saved", "40 hours");
    chrome.screenshot("credential-after-edit-desktop", 1280);
  }

  @Test
  void homeAndImportPagesRead() throws Exception {
    open("/");
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Which credentials lead to good jobs?");
    chrome.screenshot("home-desktop", 1280);
    chrome.screenshot("home-phone", 390);

    open("/imports/" + WebFixture.LOAD);
    assertThat(text()).contains("OCC_CODE", "CV-IMP-012", "not a SOC code: '45-99X1'",
        "A code (SOC, CIP, O*NET-SOC, credential) is not in its published form.");
    chrome.screenshot("import-desktop", 1280);
    chrome.screenshot("import-phone", 390);

    open("/occupations/45-9999");
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("We could not find that page");
    chrome.screenshot("not-found-phone", 390);
  }
}
