package org.cooperation.tracker.query.e2e;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cultural calendar in the browser: Kyrgyzstan's liaison submits an event with the
 * calendar page's form, the secretariat returns it with a reason from its own part of the
 * page, the liaison corrects and submits it again, and the secretariat includes it. A
 * refused entry (a last day before the first) comes back in the page's language and keeps
 * what was typed. The forms pass axe in Kazakh, Russian and English.
 */
class CalendarFormsBrowserIT extends BrowserEndToEndTest {

	private static String calendar;

	@BeforeEach
	void initiative() throws Exception {
		if (calendar == null) {
			String[] ids = recordProtocol().split("/");
			calendar = propose(ids[0], ids[1], "CULTURAL_CALENDAR", "Calendar in the browser", "KZ", "KG");
			awaitStatusMatrixRow(calendar);
		}
	}

	@Test
	void anEventIsSubmittedReturnedCorrectedAndIncludedThroughThePages() throws Exception {
		String page = gateway.baseUrl() + "/initiatives/" + calendar + "/calendar/2026?lang=";
		WebDriver kyrgyzstan = signedIn("liaison-kg");
		kyrgyzstan.get(page + "ru");
		WebElement submit = kyrgyzstan.findElement(By.id("calendar-submit"));
		submit.findElement(By.name("title.en")).sendKeys("Kok-boru days");
		new Select(submit.findElement(By.name("type"))).selectByValue("HERITAGE_DAY");
		submit.findElement(By.name("city")).sendKeys("Cholpon-Ata");
		date(kyrgyzstan, submit.findElement(By.name("startDate")), "2026-08-02");
		date(kyrgyzstan, submit.findElement(By.name("endDate")), "2026-08-01");
		submit.findElement(By.name("organiser")).sendKeys("Ministry of Culture of Kyrgyzstan");
		submit.findElement(By.cssSelector("button[type=submit]")).click();
		WebElement refused = waiting(kyrgyzstan).until(ExpectedConditions
			.visibilityOfElementLocated(By.cssSelector("#calendar-submit .form-problem.refused")));
		assertThat(refused.getText()).as("in the page's language").containsAnyOf("день", "дата");
		assertThat(kyrgyzstan.findElement(By.id("calendar-submit")).findElement(By.name("city")).getAttribute("value"))
			.as("what was typed is kept")
			.isEqualTo("Cholpon-Ata");

		date(kyrgyzstan, kyrgyzstan.findElement(By.id("calendar-submit")).findElement(By.name("endDate")),
				"2026-08-03");
		kyrgyzstan.findElement(By.id("calendar-submit")).findElement(By.cssSelector("button[type=submit]")).click();
		JsonNode submitted = awaitQuery("/api/initiatives/" + calendar + "/calendar/submissions",
				(list) -> list.size() == 1);
		String submission = submitted.get(0).get("submissionId").asText();
		assertThat(submitted.get(0).get("country").asText()).isEqualTo("KG");

		WebDriver secretariat = signedIn("secretariat");
		secretariat.get(page + "en");
		// A live update of an earlier step may swap the page while a form is filled: then
		// it
		// is filled again.
		unstale(() -> {
			WebElement decide = secretariat.findElement(By.id("decide-" + submission));
			new Select(decide.findElement(By.name("decision"))).selectByValue("RETURNED");
			decide.findElement(By.name("reason")).clear();
			decide.findElement(By.name("reason")).sendKeys("Please add the organiser's web page");
			decide.findElement(By.cssSelector("button[type=submit]")).click();
			return null;
		});
		awaitSubmission(submission, "RETURNED");

		kyrgyzstan.get(page + "en");
		unstale(() -> {
			WebElement resubmit = kyrgyzstan.findElement(By.id("submission-" + submission + "-resubmit"));
			assertThat(resubmit.findElement(By.name("city")).getAttribute("value"))
				.as("the form shows what was submitted")
				.isEqualTo("Cholpon-Ata");
			resubmit.findElement(By.name("link")).clear();
			resubmit.findElement(By.name("link")).sendKeys("https://example.org/kok-boru");
			resubmit.findElement(By.cssSelector("button[type=submit]")).click();
			return null;
		});
		awaitSubmission(submission, "SUBMITTED");

		secretariat.get(page + "en");
		unstale(() -> {
			secretariat.findElement(By.id("decide-" + submission))
				.findElement(By.cssSelector("button[type=submit]"))
				.click();
			return null;
		});
		JsonNode included = awaitSubmission(submission, "INCLUDED");
		assertThat(included.path("event").path("link").asText()).isEqualTo("https://example.org/kok-boru");
		waiting(secretariat).until(ExpectedConditions.invisibilityOfElementLocated(By.id("decide-" + submission)));
		assertThat(console(secretariat)).isEmpty();
	}

	@Test
	void theCalendarFormsPassAxeInEveryLanguage() throws Exception {
		WebDriver kyrgyzstan = signedIn("liaison-kg");
		List<String> problems = new ArrayList<>();
		for (String language : List.of("kk", "ru", "en")) {
			kyrgyzstan.get(gateway.baseUrl() + "/initiatives/" + calendar + "/calendar/2026?lang=" + language);
			waiting(kyrgyzstan).until(ExpectedConditions.presenceOfElementLocated(By.id("calendar-submit")));
			screenshot(kyrgyzstan, "calendar-forms-" + language);
			problems.addAll(axeProblems(kyrgyzstan, language));
		}
		assertThat(problems).isEmpty();
	}

	private JsonNode awaitSubmission(String submission, String state) {
		return awaitQuery("/api/initiatives/" + calendar + "/calendar/submissions/" + submission,
				(s) -> s.path("event").path("state").asText(s.path("state").asText()).equals(state));
	}

	/**
	 * A date typed the way the browser's date field takes it whatever its locale: set and
	 * announced.
	 */
	private static void date(WebDriver browser, WebElement input, String day) {
		script(browser,
				"arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
				input, day);
	}

}
