package org.credval.app.platform.web;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's chromium and chromium-driver (apt-get install chromium chromium-driver), driven by
 * Selenium without Selenium Manager: both paths are given, so nothing is ever downloaded. Tests
 * that need it are skipped with a message where chromium is not installed, except in CI, where a
 * missing browser fails the build rather than silently skipping the browser tests.
 */
public final class HeadlessChrome implements AutoCloseable {

  static final File CHROMIUM = new File(System.getProperty("credval.chromium", "/usr/bin/chromium"));
  static final File CHROMEDRIVER = new File(System.getProperty("credval.chromedriver", "/usr/bin/chromedriver"));
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  public final ChromeDriver driver;
  private final Path profile;

  private HeadlessChrome(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  public static HeadlessChrome start() throws IOException {
    boolean present = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
    if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
      throw new IllegalStateException("Browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
          + ": apt-get install -y chromium chromium-driver");
    }
    Assumptions.assumeTrue(present, "Skipping browser tests: " + CHROMIUM + " or " + CHROMEDRIVER
        + " is missing (apt-get install -y chromium chromium-driver)");
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.getPath());
    Path profile = Files.createTempDirectory("credval-chrome-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1280,900");
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
        .usingAnyFreePort().build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    return new HeadlessChrome(driver, profile);
  }

  /**
   * Saves the whole page at the given window width under target/screenshots for a person to look
   * at: one image per screenful of {@value #SCREEN} pixels ({@code name-1.png}, {@code name-2.png}, ...).
   */
  public void screenshot(String name, int width) throws IOException {
    JavascriptExecutor js = driver;
    driver.manage().window().setSize(new Dimension(width, SCREEN));
    long height = ((Number) js.executeScript(
        "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)")).longValue();
    Files.createDirectories(SCREENSHOTS);
    for (int i = 0; i * (long) SCREEN < height && i < 8; i++) {
      js.executeScript("window.scrollTo(0, arguments[0])", i * SCREEN);
      Files.write(SCREENSHOTS.resolve(name + "-" + (i + 1) + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }
    js.executeScript("window.scrollTo(0, 0)");
    driver.manage().window().setSize(new Dimension(1280, 900));
  }

  private static final int SCREEN = 1000;

  @Override
  public void close() throws IOException {
    try {
      driver.quit();
    } finally {
      try (var files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
