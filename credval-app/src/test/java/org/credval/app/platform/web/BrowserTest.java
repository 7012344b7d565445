package org.credval.app.platform.web;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A test class that drives one {@link HeadlessChrome} for all its tests: started before the
 * class's own {@code @BeforeAll} methods and closed after its {@code @AfterAll} methods (JUnit runs
 * a superclass's first and last), so a subclass only inserts and removes its data and
 * {@link #open opens} the application's pages.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTest {

  protected HeadlessChrome chrome;
  protected WebDriver driver;
  protected WebDriverWait wait;

  /** The port of the application the test started ({@code webEnvironment = RANDOM_PORT}). */
  @LocalServerPort protected int port;

  /** How long a test waits for the page to reach a state; override for slow pages. */
  protected Duration patience() {
    return Duration.ofSeconds(10);
  }

  @BeforeAll
  protected final void openBrowser() throws Exception {
    chrome = HeadlessChrome.start();
    driver = chrome.driver;
    wait = new WebDriverWait(driver, patience());
  }

  /** Opens a page of the application under test. */
  protected void open(String path) {
    driver.get("http://localhost:" + port + path);
  }

  @AfterAll
  protected final void closeBrowser() throws Exception {
    if (chrome != null) {
      chrome.close();
    }
  }
}
