package dev.plantain.cli;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven through Debian's chromium-driver. Both paths are given, so Selenium Manager
 * never runs and nothing is downloaded. Missing browser: the test is skipped, except under CI, where it fails.
 */
final class ConsoleBrowser implements AutoCloseable {

    private static final Path BROWSER = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    final WebDriver driver;
    final WebDriverWait wait;

    private ConsoleBrowser(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofMinutes(2), Duration.ofMillis(200));
    }

    static ConsoleBrowser open() {
        boolean present = Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
        if (!present && System.getenv("CI") != null) {
            throw new AssertionError("CI must install chromium and chromium-driver (.ci/run does)");
        }
        Assumptions.assumeTrue(
                present, "no " + BROWSER + " and " + DRIVER + ": apt-get install chromium chromium-driver");
        System.setProperty("webdriver.chrome.driver", DRIVER.toString());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER.toString()))
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-dev-shm-usage",
                "--disable-gpu",
                "--window-size=1280,1600");
        return new ConsoleBrowser(new ChromeDriver(service, options));
    }

    WebElement until(By by) {
        return wait.until(d -> d.findElements(by).stream().findFirst().orElse(null));
    }

    /** Waits until the image has loaded with real pixels. */
    void untilLoaded(By image) {
        wait.until(d -> {
            var found = d.findElements(image);
            return !found.isEmpty()
                    && Boolean.TRUE.equals(((JavascriptExecutor) d)
                            .executeScript(
                                    "return arguments[0].complete && arguments[0].naturalWidth > 0;", found.get(0)));
        });
    }

    @Override
    public void close() {
        driver.quit();
    }
}
