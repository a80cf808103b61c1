package org.cooperation.tracker.query.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.cooperation.tracker.kernel.common.EvidenceLink;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeProposed;
import org.cooperation.tracker.kernel.initiative.ParticipationStatus;
import org.cooperation.tracker.kernel.initiative.ParticipationStatusChanged;
import org.cooperation.tracker.kernel.initiative.ProgressPercent;
import org.cooperation.tracker.kernel.initiative.ProgressReportId;
import org.cooperation.tracker.kernel.initiative.ProgressReported;
import org.cooperation.tracker.query.Fixtures;
import org.cooperation.tracker.query.common.Recorded;
import org.cooperation.tracker.query.health.CommandSideTables;
import org.cooperation.tracker.query.history.model.ParticipationHistoryProjection;
import org.cooperation.tracker.query.initiative.model.InitiativesProjection;
import org.cooperation.tracker.query.programme.ProgrammeFixtures;
import org.cooperation.tracker.query.programme.archive.model.ArchiveExchangeProjection;
import org.cooperation.tracker.query.programme.brand.WorkingGroupStory;
import org.cooperation.tracker.query.programme.brand.model.WorkingGroupProjection;
import org.cooperation.tracker.query.programme.calendar.CalendarStory;
import org.cooperation.tracker.query.programme.calendar.model.CalendarProjection;
import org.cooperation.tracker.testing.ApplicationOverHttp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cooperation.tracker.query.Fixtures.ARCHIVE_EXCHANGE;
import static org.cooperation.tracker.query.Fixtures.CALENDAR;
import static org.cooperation.tracker.query.Fixtures.later;
import static org.cooperation.tracker.query.Fixtures.liaison;

/**
 * The country and initiative pages in a real headless Chromium, in Kazakh and Russian:
 * the progress chart draws (a canvas inside its element, no error), the timeline and what
 * waits on a country are there, and the console reports no Content-Security-Policy
 * violation. Screenshots of each page and language go to target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "tracker.access.rate-limit.per-minute=600000", "tracker.access.rate-limit.burst=10000",
				"tracker.access.failed-sign-ins.burst=10000" })
class CountryInitiativePagesInChromiumIT extends ApplicationOverHttp {

	private static final Path SCREENSHOTS = Path.of("target/screenshots");

	private static WebDriver browser;

	static {
		CommandSideTables.create(DATABASE);
	}

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private InitiativesProjection initiatives;

	@Autowired
	private ParticipationHistoryProjection history;

	@Autowired
	private ArchiveExchangeProjection archive;

	@Autowired
	private CalendarProjection calendar;

	@Autowired
	private WorkingGroupProjection workingGroups;

	@BeforeAll
	static void startTheBrowser() {
		Path[] installed = HeadlessChromium.installed();
		Assumptions.assumeTrue(installed != null, "no Chromium and ChromeDriver installed");
		browser = HeadlessChromium.start(installed[0], installed[1]);
	}

	@AfterAll
	static void stopTheBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void countryAndInitiativePagesDrawInKazakhAndRussianWithinThePolicy() throws Exception {
		recordTheStory();
		signIn();
		for (String language : List.of("kk", "ru")) {
			open("/countries/kz?lang=" + language);
			waitForTheChart();
			assertThat(browser.findElement(By.id("waiting-title")).getText()).isNotBlank();
			screenshot("ci-country-kz-" + language);

			open("/countries/kg?lang=" + language);
			assertThat(browser.findElements(By.cssSelector("[data-kind]"))).hasSize(3);
			screenshot("ci-country-kg-" + language);

			open("/initiatives/" + CALENDAR + "?lang=" + language);
			assertThat(browser.findElements(By.cssSelector(".timeline li[data-type]"))).hasSize(9);
			screenshot("ci-initiative-" + language);
		}
		List<String> violations = browser.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.map(LogEntry::getMessage)
			.filter((message) -> message.contains("Content Security Policy") || message.contains("Refused to"))
			.toList();
		assertThat(violations).isEmpty();
	}

	private void open(String path) {
		browser.get("http://localhost:" + port + path);
		assertThat(browser.getCurrentUrl()).doesNotContain("/login");
	}

	private void signIn() {
		browser.get("http://localhost:" + port + "/login");
		browser.findElement(By.cssSelector("input[name=username]")).sendKeys("official");
		browser.findElement(By.cssSelector("input[name=password]")).sendKeys("demo-official");
		browser.findElement(By.cssSelector("button[type=submit]")).click();
	}

	private static void waitForTheChart() {
		// A bound, not a speed: the story's live updates redraw the page while it loads.
		new WebDriverWait(browser, Duration.ofSeconds(30))
			.until((driver) -> !driver.findElements(By.cssSelector("#progress-chart canvas")).isEmpty());
		assertThat(browser.findElement(By.id("progress-chart")).getAttribute("data-chart-error")).isNull();
	}

	/** The whole page, however long, into target/screenshots and /tmp. */
	private static void screenshot(String name) throws IOException {
		Number height = (Number) ((JavascriptExecutor) browser)
			.executeScript("return document.documentElement.scrollHeight");
		browser.manage().window().setSize(new Dimension(1280, Math.min(height.intValue() + 40, 6000)));
		Path taken = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
		Files.createDirectories(SCREENSHOTS);
		Files.copy(taken, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
		Files.copy(taken, Path.of("/tmp", name + ".png"), StandardCopyOption.REPLACE_EXISTING);
		browser.manage().window().setSize(new Dimension(1280, 900));
	}

	/**
	 * The Tashkent calendar and archive exchange with Kazakhstan's reports over time, the
	 * archive copies, the calendar's 2026 edition and the brand working group.
	 */
	private void recordTheStory() {
		transactions.executeWithoutResult((status) -> {
			proposed(Fixtures.calendarProposed(), "calendar-proposed", Fixtures.RECORDED);
			proposed(Fixtures.archiveExchangeProposed(), "archives-proposed", later(1));
			proposed(WorkingGroupStory.brandProposed(), "brand-proposed", later(2));
			ParticipationStatusChanged agreed = Fixtures.statusChanged(CALENDAR, Country.KZ,
					ParticipationStatus.PROPOSED, ParticipationStatus.AGREED, LocalDate.of(2025, 12, 1));
			Recorded byKazakhstan = Fixtures.recorded(1L, later(10), liaison(Country.KZ, "c-1"));
			initiatives.on(agreed, byKazakhstan);
			history.on(agreed, "kz-agreed", byKazakhstan);
			reported(CALENDAR, 1, 20, LocalDate.of(2025, 12, 1), 2L, later(20));
			reported(CALENDAR, 2, 45, LocalDate.of(2026, 1, 15), 3L, later(21));
			reported(CALENDAR, 3, 70, LocalDate.of(2026, 3, 1), 4L, later(22));
			reported(ARCHIVE_EXCHANGE, 4, 10, LocalDate.of(2026, 1, 10), 1L, later(23));
			reported(ARCHIVE_EXCHANGE, 5, 35, LocalDate.of(2026, 2, 20), 2L, later(24));
			archive.on(ProgrammeFixtures.poemsOffered(), "a-1",
					Fixtures.recorded(0L, later(30), liaison(Country.KZ, "c")));
			archive.on(ProgrammeFixtures.poemsApproved(), "a-2", Fixtures.recorded(1L, later(31), Fixtures.sample()));
			archive.on(ProgrammeFixtures.surveyRequested(), "a-3",
					Fixtures.recorded(0L, later(32), liaison(Country.KZ, "c")));
			CalendarStory.feed(calendar);
			WorkingGroupStory.feed(workingGroups);
		});
	}

	private void proposed(InitiativeProposed event, String eventId, java.time.Instant at) {
		Recorded recorded = Fixtures.recorded(0L, at, Fixtures.secretariat());
		initiatives.on(event, recorded);
		history.on(event, eventId, recorded);
	}

	private void reported(org.cooperation.tracker.kernel.initiative.InitiativeId initiative, int n, int percent,
			LocalDate asOf, long sequence, java.time.Instant at) {
		ProgressReported report = new ProgressReported(initiative,
				new ProgressReportId(java.util.UUID.fromString("00000000-0000-4000-8000-0000000000b" + n)), Country.KZ,
				new ProgressPercent(percent), asOf, "Report " + n,
				List.of(EvidenceLink.of("https://example.org/report-" + n)));
		Recorded recorded = Fixtures.recorded(sequence, at, liaison(Country.KZ, "r-" + n));
		initiatives.on(report, recorded);
		history.on(report, "report-" + n, recorded);
	}

}
