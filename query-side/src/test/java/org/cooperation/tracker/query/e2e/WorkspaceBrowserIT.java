package org.cooperation.tracker.query.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A liaison works in the browser, through the gateway (one origin): signs in, sees only
 * their country's initiatives in the workspace, changes a status and files a progress
 * report with its forms, and an official's open status matrix follows without a reload. A
 * write that meets a changed record (412) shows what changed and goes through when sent
 * again; a forged write for another country from the liaison's page is refused. The
 * workspace passes axe (no serious or critical violation) in Kazakh, Russian and English,
 * is usable on a phone-sized window, and is kept as screenshots under target/screenshots.
 * Skipped only where Chromium and ChromeDriver are not installed.
 */
class WorkspaceBrowserIT extends BrowserEndToEndTest {

	private static String calendar;

	private static String notKyrgyzstans;

	@BeforeEach
	void initiatives() throws Exception {
		if (calendar == null) {
			String[] ids = recordProtocol().split("/");
			calendar = propose(ids[0], ids[1], "CULTURAL_CALENDAR", "Workspace calendar", "KZ", "UZ", "KG", "TJ", "TM");
			notKyrgyzstans = propose(ids[0], ids[1], "ARCHIVE_EXCHANGE", "Kazakh and Uzbek archives", "KZ", "UZ");
			awaitStatusMatrixRow(calendar);
			awaitStatusMatrixRow(notKyrgyzstans);
		}
	}

	@Test
	void aLiaisonChangesAStatusAndReportsProgressAndTheOfficialsMatrixFollows() throws Exception {
		WebDriver official = signedIn("official");
		official.get(gateway.baseUrl() + "/status-matrix?lang=en");
		waiting(official).until((driver) -> Boolean.TRUE
			.equals(script(driver, "var d = document.getElementById('live')['htmx-internal-data'];"
					+ " return !!(d && d.sseEventSource && d.sseEventSource.readyState === 1);")));
		script(official, "window.notReloaded = true;");

		WebDriver liaison = signedIn("liaison-kg");
		liaison.findElement(By.cssSelector("header.site nav a[href$='/workspace']")).click();
		waiting(liaison).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main.workspace")));
		assertThat(liaison.getCurrentUrl()).startsWith(gateway.baseUrl());
		assertThat(liaison.findElements(By.id("initiative-" + calendar))).as("Kyrgyzstan's initiative").hasSize(1);
		assertThat(liaison.findElements(By.id("initiative-" + notKyrgyzstans)))
			.as("an initiative Kyrgyzstan takes no part in")
			.isEmpty();
		assertThat(liaison.getPageSource()).doesNotContain(notKyrgyzstans);

		// Only the moves the rules allow from PROPOSED. (The live updates and the forms
		// swap
		// the page's main element for a fresh one, so each step finds its elements
		// again.)
		List<String> offered = unstale(
				() -> new Select(liaison.findElement(By.id("status-" + calendar)).findElement(By.name("status")))
					.getOptions()
					.stream()
					.map((option) -> option.getAttribute("value"))
					.toList());
		assertThat(offered).containsExactlyInAnyOrder("AGREED", "DECLINED");

		unstale(() -> {
			WebElement statusForm = liaison.findElement(By.id("status-" + calendar));
			new Select(statusForm.findElement(By.name("status"))).selectByValue("AGREED");
			statusForm.findElement(By.name("note")).clear();
			statusForm.findElement(By.name("note")).sendKeys("Agreed in the ministry");
			statusForm.findElement(By.cssSelector("button[type=submit]")).click();
			return null;
		});
		waiting(liaison).until((driver) -> stateOf(driver).contains("Agreed"));
		waiting(official).until((driver) -> kgCell(driver).contains("Agreed"));

		unstale(() -> {
			WebElement progressForm = liaison.findElement(By.id("progress-" + calendar));
			progressForm.findElement(By.name("percent")).clear();
			progressForm.findElement(By.name("percent")).sendKeys("35");
			progressForm.findElement(By.name("evidence")).clear();
			progressForm.findElement(By.name("evidence")).sendKeys("https://example.org/kg/calendar-draft");
			progressForm.findElement(By.cssSelector("button[type=submit]")).click();
			return null;
		});
		waiting(liaison).until((driver) -> stateOf(driver).contains("35"));
		waiting(official).until((driver) -> kgCell(driver).contains("35"));
		assertThat(script(official, "return window.notReloaded === true")).as("the matrix was not reloaded")
			.isEqualTo(true);

		// The liaison starts typing a report; meanwhile their ministry's own system files
		// one through the API. The form still holds the version it showed (typed input
		// holds the live updates back), so its write is a 412 that shows what changed and
		// keeps what was typed; sent again it records.
		unstale(() -> {
			WebElement percent = liaison.findElement(By.id("progress-" + calendar)).findElement(By.name("percent"));
			percent.clear();
			percent.sendKeys("60");
			return null;
		});
		assertThat(
				sendAs("liaison-kg", "POST", command("/api/initiatives/" + calendar + "/countries/KG/progress-reports"),
						"{\"percent\": 50}")
					.status())
			.isEqualTo(201);
		awaitQuery("/api/initiatives/" + calendar, (initiative) -> initiative.toString().contains("\"percent\":50"));
		liaison.findElement(By.id("progress-" + calendar)).findElement(By.cssSelector("button[type=submit]")).click();
		WebElement changed = waiting(liaison).until(ExpectedConditions
			.visibilityOfElementLocated(By.cssSelector("#progress-" + calendar + " .form-problem.changed")));
		assertThat(changed.getText()).contains("50");
		assertThat(liaison.findElement(By.id("progress-" + calendar))
			.findElement(By.name("percent"))
			.getAttribute("value")).as("what was typed is kept").isEqualTo("60");
		// The browser logs the refused request itself; that 412 is the one this test
		// asked for.
		assertThat(console(liaison)).allMatch((message) -> message.contains("status of 412"));
		liaison.findElement(By.id("progress-" + calendar)).findElement(By.cssSelector("button[type=submit]")).click();
		waiting(liaison).until((driver) -> stateOf(driver).contains("60"));
		waiting(official).until((driver) -> kgCell(driver).contains("60"));
		screenshot(liaison, "workspace-after-writes-en");
		assertThat(console(liaison)).isEmpty();
	}

	@Test
	void aForgedWriteForAnotherCountryFromTheLiaisonsPageIsRefused() throws Exception {
		WebDriver liaison = signedIn("liaison-kg");
		liaison.get(gateway.baseUrl() + "/workspace?lang=en");
		Object answer = ((JavascriptExecutor) liaison).executeAsyncScript("""
				var done = arguments[arguments.length - 1];
				fetch('/api/initiatives/%s/countries/KZ/progress-reports', {
					method: 'POST', credentials: 'same-origin',
					headers: { 'Content-Type': 'application/json', 'Accept-Language': 'en',
						'X-CSRF-TOKEN': document.getElementById('form-words').dataset.csrf },
					body: JSON.stringify({ percent: 99 })
				}).then(function (r) { return r.text().then(function (t) { done(r.status + ' ' + t); }); });
				""".formatted(calendar));
		assertThat(String.valueOf(answer)).startsWith("403 ")
			.contains("only Kazakhstan's liaison may report progress for Kazakhstan");
		assertThat(String.valueOf(sendAs("official", "GET", query("/api/initiatives/" + calendar), null).body()))
			.doesNotContain("\"percent\":99");
	}

	@Test
	void aCsvFileWithABadLineIsRefusedWholeThenTheCorrectedFileIsAppliedOnceEvenWhenUploadedTwice() throws Exception {
		WebDriver liaison = signedIn("liaison-kg");
		liaison.get(gateway.baseUrl() + "/workspace?lang=en");
		String header = "initiative_id,country,edition_year,title_kk,title_ru,title_en,type,city,start_date,end_date,"
				+ "organiser,link,description_kk,description_ru,description_en\r\n";
		String good = calendar + ",KG,2026,Көкпар күні,,Kok-boru day,HERITAGE_DAY,Cholpon-Ata,2026-08-01,2026-08-02,"
				+ "Ministry of Culture of Kyrgyzstan,,,,\r\n";
		Path bad = Files.writeString(Files.createTempFile("events-bad", ".csv"),
				header + good + good.replace("HERITAGE_DAY", "PARADE").replace("Kok-boru day", "Parade"));
		Path corrected = Files.writeString(Files.createTempFile("events", ".csv"),
				header + good + good.replace("Kok-boru day", "Film nights").replace("HERITAGE_DAY", "FILM"));

		upload(liaison, bad);
		String refused = waiting(liaison).until((driver) -> {
			String text = driver.findElement(By.id("import-result")).getText();
			return text.contains("not imported") ? text : null;
		});
		assertThat(refused).contains("Line 3, type").contains("FESTIVAL").doesNotContain("Line 2");
		assertThat(submissions()).as("nothing of the refused file").isZero();
		screenshot(liaison, "workspace-import-refused-en");

		upload(liaison, corrected);
		waiting(liaison).until((driver) -> driver.findElement(By.id("import-result")).getText().contains("2 lines"));
		upload(liaison, corrected);
		waiting(liaison)
			.until((driver) -> driver.findElement(By.id("import-result")).getText().contains("imported before"));
		await().atMost(Duration.ofSeconds(20)).until(() -> submissions() == 2);
		assertThat(submissions()).as("the corrected file once, however often uploaded").isEqualTo(2);
		// Chromium logs the refused upload's 422 as a failed load; nothing else may be
		// logged.
		assertThat(console(liaison))
			.filteredOn((message) -> !message.contains("/api/imports/calendar-submissions")
					|| !message.contains("status of 422"))
			.isEmpty();
	}

	private void upload(WebDriver liaison, Path file) {
		unstale(() -> {
			new Select(liaison.findElement(By.id("import-kind"))).selectByValue("calendar-submissions");
			liaison.findElement(By.id("import-file")).sendKeys(file.toAbsolutePath().toString());
			liaison.findElement(By.cssSelector("#import-form button[type=submit]")).click();
			return null;
		});
	}

	/** Kyrgyzstan's submissions to the calendar, as the query side shows them. */
	private int submissions() throws Exception {
		return sendAs("official", "GET", query("/api/initiatives/" + calendar + "/calendar/submissions"), null).body()
			.size();
	}

	@Test
	void theWorkspacePassesAxeInEveryLanguageAndFitsAPhone() throws Exception {
		WebDriver liaison = signedIn("liaison-kg");
		List<String> problems = new ArrayList<>();
		for (String language : List.of("kk", "ru", "en")) {
			liaison.get(gateway.baseUrl() + "/workspace?lang=" + language);
			waiting(liaison).until((driver) -> language.equals(script(driver, "return document.documentElement.lang")));
			screenshot(liaison, "workspace-" + language);
			assertThat(liaison.findElements(By.tagName("h1"))).hasSize(1);
			problems.addAll(axeProblems(liaison, language));
			console(liaison).forEach((message) -> problems.add(language + ": console: " + message));
		}
		assertThat(problems).isEmpty();

		liaison.manage().window().setSize(new Dimension(390, 844));
		liaison.get(gateway.baseUrl() + "/workspace?lang=kk");
		waiting(liaison).until((driver) -> "complete".equals(script(driver, "return document.readyState")));
		screenshot(liaison, "workspace-phone-kk");
		assertThat(script(liaison, "return document.documentElement.scrollWidth <= window.innerWidth + 1"))
			.as("no sideways scrolling on a phone")
			.isEqualTo(true);
		WebElement button = liaison.findElement(By.cssSelector("#progress-" + calendar + " button[type=submit]"));
		assertThat(button.isDisplayed()).isTrue();
		assertThat(button.getSize().getHeight()).as("a button a finger can press").isGreaterThanOrEqualTo(36);
	}

	@Test
	void anOfficialIsToldTheWorkspaceIsALiaisons() throws Exception {
		WebDriver official = signedIn("official");
		official.get(gateway.baseUrl() + "/workspace?lang=ru");
		assertThat(official.findElement(By.tagName("h1")).getText()).contains("403");
		assertThat(official.findElement(By.cssSelector("main")).getText()).contains("представителя");
		assertThat(official.findElements(By.cssSelector("header.site nav a[href$='/workspace']"))).isEmpty();
	}

	private static String stateOf(WebDriver liaison) {
		return String
			.valueOf(script(liaison, "var state = document.querySelector('#initiative-%s .state');".formatted(calendar)
					+ " return state ? state.textContent.replace(/\\s+/g, ' ') : '';"));
	}

	/** Kyrgyzstan's cell in the calendar's row of the official's matrix. */
	private static String kgCell(WebDriver official) {
		return String.valueOf(script(official, """
				var headings = Array.from(document.querySelectorAll('table.matrix thead th'));
				var column = headings.findIndex(function (th) { return th.querySelector("a[href$='/countries/kg']"); });
				var link = document.querySelector("table.matrix tbody a[href$='/initiatives/%s']");
				return link ? link.closest('tr').children[column].textContent.replace(/\\s+/g, ' ').trim() : '';"""
			.formatted(calendar)));
	}

}
