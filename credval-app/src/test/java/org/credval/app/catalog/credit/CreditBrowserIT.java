package org.credval.app.catalog.credit;

import static org.assertj.core.api.Assertions.assertThat;

import org.credval.app.platform.web.BrowserTest;
import org.credval.app.platform.web.WebFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An analyst adds an articulation agreement in a real browser, is told what is wrong with a bad
 * value, edits it, retires it, and reads its history; the credential page shows the result.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "credval.security.analyst-password=" + CreditBrowserIT.PASSWORD)
class CreditBrowserIT extends BrowserTest {

  static final String PASSWORD = "credit-browser-secret";

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

  private void type(String id, String value) {
    WebElement e = driver.findElement(By.id(id));
    e.clear();
    e.sendKeys(value);
  }

  private void date(String id, String iso) {
    // Date inputs take typed digits in the browser's locale order; setting the value is locale-proof.
    ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]",
        driver.findElement(By.id(id)), iso);
  }

  @Test
  void analystAddsEditsAndRetiresAnAgreementAndReadsItsHistory() throws Exception {
    open("/credentials/" + WebFixture.CREDENTIAL);
    assertThat(driver.findElement(By.id("credit")).getText()).isEqualTo("Postsecondary credit");
    assertThat(driver.findElements(By.linkText("Add an articulation agreement"))).isEmpty();

    open("/login");
    driver.findElement(By.id("username")).sendKeys("analyst");
    driver.findElement(By.id("password")).sendKeys(PASSWORD);
    driver.findElement(By.cssSelector("main form button[type=submit]")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.className("account"), "Signed in as analyst"));

    open("/credentials/" + WebFixture.CREDENTIAL);
    driver.findElement(By.linkText("Add an articulation agreement")).click();
    wait.until(ExpectedConditions.urlContains("/credit/articulation/new"));
    type("institution", "Example Valley College (fictional)");
    type("cipCode", "48.9991");
    type("programTitle", "Widget Assembly Technology");
    type("creditHours", "-6");
    date("effectiveFrom", "2025-07-01");
    type("reason", "Agreement signed with the college");
    chrome.screenshot("credit-add-desktop", 1280);
    driver.findElement(By.xpath("//button[text()='Add entry']")).click();

    // A negative number comes back with the message at the field; nothing is stored.
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-summary")));
    assertThat(driver.findElement(By.id("error-summary")).getText()).contains("must be above zero");
    assertThat(driver.findElement(By.id("institution")).getAttribute("value")).isEqualTo("Example Valley College (fictional)");
    chrome.screenshot("credit-add-error-phone", 390);
    type("creditHours", "6");
    driver.findElement(By.xpath("//button[text()='Add entry']")).click();

    wait.until(ExpectedConditions.urlContains("/credentials/" + WebFixture.CREDENTIAL));
    String agreements = driver.findElement(By.id("agreements")).getText();
    assertThat(agreements).contains("Example Valley College (fictional)", "Widget Assembly Technology", "48.9991",
        "6 semester credit hours", "2025-07-01");
    chrome.screenshot("credential-credit-desktop", 1280);

    driver.findElement(By.linkText("Edit or retire")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("creditHours")));
    type("creditHours", "9");
    new Select(driver.findElement(By.id("creditType"))).selectByValue("quarter_hour");
    type("reason", "Addendum raised the credit");
    driver.findElement(By.xpath("//button[text()='Save change']")).click();
    wait.until(ExpectedConditions.urlContains("#credit"));
    assertThat(driver.findElement(By.id("agreements")).getText()).contains("9 quarter credit hours");

    driver.findElement(By.linkText("Edit or retire")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("retire-reason")));
    driver.findElement(By.id("retire-reason")).sendKeys("The college ended the agreement");
    driver.findElement(By.xpath("//button[text()='Retire entry']")).click();
    wait.until(ExpectedConditions.urlContains("#credit"));
    assertThat(driver.findElement(By.id("agreements")).getText()).containsIgnoringCase("retired");

    driver.findElement(By.linkText("History")).click();
    String history = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("ol.credit-history"))).getText();
    // Compared in lower case: the page's style may capitalise headings.
    assertThat(history.toLowerCase(java.util.Locale.ROOT)).contains("retire", "reason: the college ended the agreement",
        "status: “active” → “retired”", "update", "reason: addendum raised the credit", "credit_hours: “6” → “9”",
        "credit_type: “semester_hour” → “quarter_hour”", "create", "reason: agreement signed with the college", "by analyst");
    assertThat(history.indexOf("ended the agreement")).isLessThan(history.indexOf("Addendum"));
    assertThat(driver.findElements(By.id("retire-reason"))).isEmpty();
    chrome.screenshot("credit-history-phone", 390);
  }
}
