package org.cooperation.tracker.query.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * People working in headless Chromium through the gateway (one origin), as the pages'
 * browser tests need them: signed in as a demo account, their pages checked with axe and
 * kept as screenshots under target/screenshots, and the browser's console read for
 * errors. Skipped only where Chromium and ChromeDriver are not installed.
 */
abstract class BrowserEndToEndTest extends EndToEndTest {

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	protected GatewayProcess gateway;

	private final List<WebDriver> browsers = new ArrayList<>();

	@BeforeEach
	void chromiumAndGateway() throws IOException {
		Assumptions.assumeTrue(HeadlessChromium.installed() != null, "no Chromium and ChromeDriver installed");
		gateway = GatewayProcess.inFrontOf(command(""), query(""));
		Files.createDirectories(SCREENSHOTS);
	}

	@AfterEach
	void closeBrowsers() {
		browsers.forEach(WebDriver::quit);
		browsers.clear();
	}

	/** A browser signed in on the gateway as a demo account, its console read so far. */
	protected WebDriver signedIn(String user) {
		Path[] installed = HeadlessChromium.installed();
		WebDriver browser = HeadlessChromium.start(installed[0], installed[1]);
		browsers.add(browser);
		browser.get(gateway.baseUrl() + "/login?lang=en");
		browser.findElement(By.cssSelector("input[name=username]")).sendKeys(user);
		browser.findElement(By.cssSelector("input[name=password]")).sendKeys("demo-" + user);
		browser.findElement(By.cssSelector("button[type=submit]")).click();
		// A sign-in checks a BCrypt hash: on a loaded machine that alone can take
		// seconds.
		new WebDriverWait(browser, Duration.ofSeconds(40))
			.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
		assertThat(browser.getCurrentUrl()).as("the sign-in stays on the gateway").startsWith(gateway.baseUrl());
		browser.manage().logs().get(LogType.BROWSER);
		return browser;
	}

	/**
	 * Does it again on a fresh page when the page was swapped under it (or was being
	 * swapped, its new elements not yet ready for input), within a bound.
	 */
	protected static <T> T unstale(Supplier<T> step) {
		Object[] done = new FluentWait<>(step).withTimeout(Duration.ofSeconds(15))
			.pollingEvery(Duration.ofMillis(300))
			.ignoring(StaleElementReferenceException.class, ElementNotInteractableException.class)
			.until((again) -> new Object[] { again.get() });
		@SuppressWarnings("unchecked")
		T result = (T) done[0];
		return result;
	}

	protected static Object script(WebDriver browser, String code, Object... arguments) {
		return ((JavascriptExecutor) browser).executeScript(code, arguments);
	}

	/** A wait that looks again when a live update swapped the page under it. */
	protected static FluentWait<WebDriver> waiting(WebDriver browser) {
		return new WebDriverWait(browser, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class);
	}

	/**
	 * The errors the browser logged since last asked (and any content-security refusal).
	 */
	protected static List<String> console(WebDriver browser) {
		return browser.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter((entry) -> entry.getLevel().intValue() >= Level.SEVERE.intValue()
					|| entry.getMessage().contains("Content Security Policy"))
			.map(LogEntry::getMessage)
			.collect(Collectors.toList());
	}

	/**
	 * The serious and critical axe violations of the page shown, each named with the
	 * language.
	 */
	protected static List<String> axeProblems(WebDriver browser, String language) {
		List<String> problems = new ArrayList<>();
		for (Rule rule : new AxeBuilder().analyze(browser).getViolations()) {
			if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
				problems.add(language + ": axe " + rule.getId() + " " + rule.getHelp() + " " + rule.getNodes());
			}
		}
		return problems;
	}

	protected static void screenshot(WebDriver browser, String name) throws IOException {
		Map<String, Object> shot = ((HasCdp) browser).executeCdpCommand("Page.captureScreenshot",
				Map.of("format", "png", "captureBeyondViewport", true));
		Files.write(SCREENSHOTS.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
	}

}
