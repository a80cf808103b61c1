package org.cooperation.tracker.query.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Level;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The officials' dashboard as an official sees it in a real headless Chromium, on the
 * demo story: every page in Kazakh, Russian and English drawn with its charts, kept as a
 * screenshot under target/screenshots and checked by axe-core (no serious or critical
 * violation) and by the browser's console (no script error, no Content-Security-Policy
 * refusal); the language switch; the skip link; a matrix cell that follows a liaison's
 * report without a reload. Skipped only where Chromium and ChromeDriver are not installed
 * (a developer's machine): CI installs them.
 */
class DashboardBrowserIT extends EndToEndTest {

	static final String CALENDAR = "7a5f0c1e-2025-4e14-8000-0000000001c1";

	static final String CULTURAL_TOUR = "7a5f0c1e-2025-4e14-8000-0000000001c2";

	static final String ARCHIVES = "7a5f0c1e-2025-4e14-8000-0000000001c3";

	static final String MARKETPLACE = "7a5f0c1e-2025-4e14-8000-0000000001c4";

	static final String WORKING_GROUP = "7a5f0c1e-2025-4e14-8000-0000000001c5";

	static final List<String> LANGUAGES = List.of("kk", "ru", "en");

	/** The demo calendar's title as the demo story records it in each language. */
	static final Map<String, String> CALENDAR_TITLE = Map.of("kk", "Орталық Азияның мәдени күнтізбесі", "ru",
			"Культурный календарь Центральной Азии", "en", "Central Asian cultural calendar");

	/**
	 * A page of the dashboard: the name its screenshots take, its address, and what it
	 * must show of the demo story (CSS selectors, each matching at least once).
	 */
	record Page(String name, String path, List<String> shows) {

		Page(String name, String path, String... shows) {
			this(name, path, List.of(shows));
		}

	}

	static final List<Page> PAGES = List.of(
			new Page("overview", "/", "[data-chart][data-map-name] canvas", "a[href$='/countries/kg']"),
			new Page("status-matrix", "/status-matrix", demoRows()),
			// The matrix as in effect on New Year's Day 2026 against a day before the
			// demo's
			// back-dated changes took effect (issue 12): changed cells are marked.
			new Page("status-matrix-then", "/status-matrix?axis=effective&on=2026-01-01&compare=2025-11-20",
					"td.changed .then", "section.past h2", "input[type=date][name=on][value='2026-01-01']"),
			new Page("country-kg", "/countries/kg", "a[href$='/initiatives/" + CULTURAL_TOUR + "']"),
			new Page("initiative-calendar", "/initiatives/" + CALENDAR,
					"a[href$='/initiatives/" + CALENDAR + "/calendar']"),
			new Page("calendar", "/initiatives/" + CALENDAR + "/calendar"),
			new Page("cultural-tour", "/initiatives/" + CULTURAL_TOUR + "/cultural-tour"),
			new Page("archive-exchange", "/initiatives/" + ARCHIVES + "/archive-exchange"),
			new Page("marketplace", "/initiatives/" + MARKETPLACE + "/marketplace"),
			new Page("working-group", "/initiatives/" + WORKING_GROUP + "/working-group"),
			// The verifiable history: the demo story sealed, the six countries as
			// witnesses.
			new Page("ledger", "/ledger", "dl.checkpoint", "table tbody tr:nth-child(6)"));

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static boolean demoLoaded;

	private WebDriver browser;

	@BeforeEach
	void signInAsOfficial() throws Exception {
		Path[] installed = HeadlessChromium.installed();
		Assumptions.assumeTrue(installed != null, "no Chromium and ChromeDriver installed");
		if (!demoLoaded) {
			loadDemoData();
			// The read models catch up on their own processors: the matrix (the story's
			// first part) and the marketplace (its last) both show the demo before a page
			// is read.
			awaitQuery("/api/status-matrix", (m) -> m.toString().contains(WORKING_GROUP)
					&& rowOf(m, CULTURAL_TOUR).path("cells").path("KG").path("percent").asInt() == 10);
			awaitQuery("/api/initiatives/" + MARKETPLACE + "/marketplace/listings", (l) -> l.get("total").asInt() == 7);
			demoLoaded = true;
		}

		browser = HeadlessChromium.start(installed[0], installed[1]);
		browser.get(query("/login?lang=kk"));
		browser.findElement(By.cssSelector("input[name=username]")).sendKeys("official");
		browser.findElement(By.cssSelector("input[name=password]")).sendKeys("demo-official");
		browser.findElement(By.cssSelector("button[type=submit]")).click();
		waiting().until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
		// What the sign-in left in the console is not a page's.
		browser.manage().logs().get(LogType.BROWSER);
	}

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void everyPageInEveryLanguageDrawsItsChartsAndPassesAxe() throws Exception {
		Files.createDirectories(SCREENSHOTS);
		List<String> problems = new ArrayList<>();
		StringBuilder report = new StringBuilder();
		for (Page page : PAGES) {
			// A page may send the reader on (the calendar to its current year), never to
			// the sign-in.
			Answer answer = sendAs("official", "GET", query(page.path()), null);
			boolean shown = answer.status() == 200
					|| (answer.status() / 100 == 3 && !String.valueOf(answer.location()).contains("/login"));
			if (!shown) {
				problems.add(page.name() + " (" + page.path() + "): answered " + answer.status());
				continue;
			}
			for (String language : LANGUAGES) {
				String where = page.name() + " (" + language + ", " + page.path() + ")";
				open(page.path(), language);
				List<String> charts = chartsNotDrawn();
				if (!charts.isEmpty()) {
					problems.add(where + ": charts not drawn: " + charts);
				}
				screenshot(page.name() + "-" + language);
				assertThat(browser.findElements(By.tagName("h1"))).as(where + ": one h1").hasSize(1);
				assertThat(browser.findElements(By.cssSelector("main#main"))).as(where + ": a main#main").hasSize(1);
				for (String selector : page.shows()) {
					if (browser.findElements(By.cssSelector(selector)).isEmpty()) {
						problems.add(where + ": nothing matches " + selector);
					}
				}

				Results axe = new AxeBuilder().analyze(browser);
				report.append(where).append(": ").append(axe.getViolations().size()).append(" violations\n");
				for (Rule rule : axe.getViolations()) {
					report.append(describe(rule));
					if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
						problems.add(where + ": axe " + describe(rule));
					}
				}
				for (String message : console()) {
					problems.add(where + ": console: " + message);
				}
			}
		}
		Files.writeString(SCREENSHOTS.resolve("axe-report.txt"), report);
		assertThat(problems)
			.as("every page in every language; all axe findings in %s", SCREENSHOTS.resolve("axe-report.txt"))
			.isEmpty();
	}

	@Test
	void theLanguageSwitchChangesLabelsAndTitlesAndIsKept() throws Exception {
		open("/status-matrix", "kk");
		assertSpeaks("kk");
		for (String language : List.of("ru", "en")) {
			browser.findElement(By.cssSelector("nav.languages a[hreflang='" + language + "']")).click();
			waiting().until((driver) -> language.equals(htmlLang()));
			assertSpeaks(language);
			assertThat(console()).as("console in " + language).isEmpty();
		}
		assertThat(browser.manage().getCookieNamed("lang").getValue()).isEqualTo("en");

		browser.get(query("/countries/kg"));
		assertThat(htmlLang()).as("the choice is kept on the next page").isEqualTo("en");
		assertThat(browser.findElement(By.cssSelector("nav.languages [aria-current]")).getAttribute("lang"))
			.isEqualTo("en");
	}

	@Test
	void theSkipLinkIsTheFirstStopAndLeadsIntoMain() {
		open("/status-matrix", "kk");
		new Actions(browser).sendKeys(Keys.TAB).perform();
		WebElement first = browser.switchTo().activeElement();
		assertThat(first.getAttribute("href")).as("the first Tab stop").endsWith("#main");
		assertThat(first.getText()).isEqualTo(message("kk", "site.skip"));
		assertThat(first.isDisplayed()).as("the skip link shows when it has the focus").isTrue();

		// Following it moves the focus (or, where main itself takes no focus, the point
		// from which Tab goes on) to main: the next Tab stop is inside it, past the
		// header's links.
		new Actions(browser).sendKeys(Keys.ENTER).perform();
		waiting().until((driver) -> "#main".equals(script("return location.hash")));
		new Actions(browser).sendKeys(Keys.TAB).perform();
		assertThat(script("var main = document.getElementById('main'); var focused = document.activeElement;"
				+ " return focused === main || main.contains(focused);"))
			.as("the Tab stop after the skip link, %s", script("return document.activeElement.outerHTML"))
			.isEqualTo(true);
	}

	@Test
	void aMatrixCellFollowsALiaisonsReportWithoutAReload() throws Exception {
		open("/status-matrix", "en");
		WebElement live = browser.findElement(By.id("live"));
		assertThat(live.getAttribute("sse-connect")).as("the page follows the live stream").isNotBlank();
		// The stream must be open before the change, or there is nothing to follow.
		waiting().until(
				(driver) -> Boolean.TRUE.equals(script("var d = document.getElementById('live')['htmx-internal-data'];"
						+ " return !!(d && d.sseEventSource && d.sseEventSource.readyState === 1);")));
		script("window.notReloaded = true;");
		String before = kgCellOfTheTour();
		assertThat(before).contains("10");

		Answer report = sendAs("liaison-kg", "POST",
				command("/api/initiatives/" + CULTURAL_TOUR + "/countries/KG/progress-reports"),
				"{\"percent\":73,\"asOf\":\"" + LocalDate.now(ZoneOffset.UTC) + "\",\"note\":\"Browser test\"}");
		assertThat(report.status()).isEqualTo(201);

		waiting().until((driver) -> kgCellOfTheTour().contains("73"));
		assertThat(script("return window.notReloaded === true")).as("the page was not reloaded").isEqualTo(true);
		assertThat(kgCellOfTheTour()).isNotEqualTo(before);
		screenshot("status-matrix-live-en");
		assertThat(console()).isEmpty();
	}

	/**
	 * An auditor starts a replay of every read model from the replay page; the run's page
	 * follows it (htmx, every second) until it shows the comparison: the demo story's
	 * read models rebuilt identical. Both pages pass axe in every language.
	 */
	@Test
	void anAuditorReplaysEveryReadModelFromThePageAndWatchesItFinish() throws Exception {
		Files.createDirectories(SCREENSHOTS);
		browser.manage().deleteAllCookies();
		browser.get(query("/login?lang=en"));
		browser.findElement(By.cssSelector("input[name=username]")).sendKeys("auditor");
		browser.findElement(By.cssSelector("input[name=password]")).sendKeys("demo-auditor");
		browser.findElement(By.cssSelector("button[type=submit]")).click();
		waiting().until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
		browser.manage().logs().get(LogType.BROWSER);
		List<String> problems = new ArrayList<>();

		open("/audit/replay", "en");
		assertThat(browser.findElements(By.cssSelector("input[name=processor]:checked"))).hasSize(9);
		browser.findElement(By.cssSelector("form.replay button[type=submit]")).click();
		waiting().until(ExpectedConditions.urlMatches("/audit/replay/[0-9a-f-]{36}$"));
		String run = new java.net.URI(browser.getCurrentUrl()).getPath();
		new WebDriverWait(browser, Duration.ofSeconds(120))
			.until((driver) -> !driver.findElements(By.cssSelector("section#progress:not([hx-get]) p.identical"))
				.isEmpty());
		assertThat(browser.findElement(By.cssSelector("section#progress progress")).getAttribute("value"))
			.isEqualTo("100");

		for (String path : List.of("/audit/replay", run)) {
			for (String language : LANGUAGES) {
				open(path, language);
				screenshot((path.equals(run) ? "replay-run-" : "replay-") + language);
				for (Rule rule : new AxeBuilder().analyze(browser).getViolations()) {
					if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
						problems.add(path + " (" + language + "): axe " + describe(rule));
					}
				}
				console().forEach((message) -> problems.add(path + " (" + language + "): console: " + message));
			}
		}
		assertThat(problems).isEmpty();
	}

	/** The links of the matrix's rows for the five demo initiatives. */
	private static String[] demoRows() {
		return Stream.of(CALENDAR, CULTURAL_TOUR, ARCHIVES, MARKETPLACE, WORKING_GROUP)
			.map((id) -> "table.matrix tbody th a[href$='/initiatives/" + id + "']")
			.toArray(String[]::new);
	}

	/** The headings and the demo calendar's title the matrix shows in the language. */
	private void assertSpeaks(String language) {
		assertThat(htmlLang()).isEqualTo(language);
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(message(language, "matrix.heading"));
		assertThat(browser.findElement(By.cssSelector("a.skip")).getAttribute("textContent"))
			.isEqualTo(message(language, "site.skip"));
		WebElement title = browser.findElement(By.cssSelector("table a[href$='/initiatives/" + CALENDAR + "']"));
		assertThat(title.getText()).isEqualTo(CALENDAR_TITLE.get(language));
		assertThat(title.getAttribute("lang")).isEqualTo(language);
		// Colour is never the only signal: every cell of the matrix says something.
		for (WebElement cell : browser.findElements(By.cssSelector("table.matrix tbody td"))) {
			assertThat(cell.getAttribute("textContent").strip()).as("a matrix cell's text").isNotEmpty();
		}
	}

	/** The text of Kyrgyzstan's cell in the cultural tour's row of the matrix. */
	private String kgCellOfTheTour() {
		return (String) script("""
				var headings = Array.from(document.querySelectorAll('table.matrix thead th'));
				var column = headings.findIndex(function (th) { return th.querySelector("a[href$='/countries/kg']"); });
				var link = document.querySelector("table.matrix tbody a[href$='/initiatives/%s']");
				return link.closest('tr').children[column].textContent.replace(/\\s+/g, ' ').trim();"""
			.formatted(CULTURAL_TOUR));
	}

	/**
	 * Opens a page in a language and waits until it is loaded and every chart on it is
	 * drawn or has failed.
	 */
	private void open(String path, String language) {
		browser.get(query(path + (path.contains("?") ? "&" : "?") + "lang=" + language));
		waiting().until((driver) -> language.equals(htmlLang())
				&& "complete".equals(script("return document.readyState")) && Boolean.TRUE.equals(script("""
						return Array.from(document.querySelectorAll('[data-chart]')).every(function (chart) {
							return chart.querySelector('canvas') || chart.hasAttribute('data-chart-error');
						});""")));
	}

	/** Each chart of the page that has no canvas, with its error when it has one. */
	@SuppressWarnings("unchecked")
	private List<String> chartsNotDrawn() {
		return (List<String>) script("""
				return Array.from(document.querySelectorAll('[data-chart]'))
					.filter(function (chart) { return !chart.querySelector('canvas'); })
					.map(function (chart) {
						return (chart.getAttribute('aria-label') || chart.outerHTML.slice(0, 80)) + ': '
							+ (chart.getAttribute('data-chart-error') || 'no canvas');
					});""");
	}

	/**
	 * What the console said since it was last read that a reader should never cause:
	 * script errors, refused resources, Content-Security-Policy refusals.
	 */
	private List<String> console() {
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

	/** The whole page, not only the window, as target/screenshots/{name}.png. */
	private void screenshot(String name) throws IOException {
		Map<String, Object> shot = ((HasCdp) browser).executeCdpCommand("Page.captureScreenshot",
				Map.of("format", "png", "captureBeyondViewport", true));
		Files.write(SCREENSHOTS.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
	}

	private static String describe(Rule rule) {
		StringBuilder text = new StringBuilder().append(rule.getId())
			.append(" [")
			.append(rule.getImpact())
			.append("] ")
			.append(rule.getHelp())
			.append('\n');
		for (CheckedNode node : rule.getNodes()) {
			text.append("    ")
				.append(node.getTarget())
				.append(": ")
				.append(node.getHtml())
				.append("\n      ")
				.append(String.valueOf(node.getFailureSummary()).replace("\n", "\n      "))
				.append('\n');
		}
		return text.toString();
	}

	private String htmlLang() {
		return (String) script("return document.documentElement.lang");
	}

	private Object script(String code) {
		return ((JavascriptExecutor) browser).executeScript(code);
	}

	private WebDriverWait waiting() {
		return new WebDriverWait(browser, Duration.ofSeconds(10));
	}

	/** A label of the common bundle in a language, as the pages word it. */
	private static String message(String language, String key) {
		Properties bundle = new Properties();
		try (InputStream in = DashboardBrowserIT.class
			.getResourceAsStream("/i18n/messages_" + language + ".properties")) {
			bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return bundle.getProperty(key);
	}

}
