package org.cooperation.tracker.query.e2e;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

import org.cooperation.tracker.kernel.common.Sha256;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The other initiatives' records written in the browser, each by whoever the rules let
 * write it: a liaison registers an archival film and logs its digitisation and rights; a
 * liaison lists a creator with contact details and the secretariat verifies the listing;
 * the secretariat establishes the brand working group and puts a concept draft forward
 * (its SHA-256 computed in the browser from the file), a liaison nominates a member and
 * approves the draft. Each page with its forms passes axe in Kazakh, Russian and English.
 */
class ProgrammeFormsBrowserIT extends BrowserEndToEndTest {

	private static String tour;

	private static String market;

	private static String brand;

	@BeforeEach
	void initiatives() throws Exception {
		if (tour == null) {
			String[] ids = recordProtocol().split("/");
			tour = propose(ids[0], ids[1], "CULTURAL_TOUR_PLATFORM", "Tour in the browser", "KZ", "UZ");
			market = propose(ids[0], ids[1], "CREATIVE_MARKETPLACE", "Market in the browser", "KZ", "TJ");
			brand = propose(ids[0], ids[1], "BRAND_WORKING_GROUP", "Brand in the browser", "KZ", "KG");
			awaitStatusMatrixRow(brand);
		}
	}

	@Test
	void aLiaisonRegistersAFilmAndLogsItsDigitisationAndRights() throws Exception {
		WebDriver kazakhstan = signedIn("liaison-kz");
		kazakhstan.get(gateway.baseUrl() + "/initiatives/" + tour + "/cultural-tour?lang=en");
		// A live update of an earlier record may swap the page while a form is filled:
		// then it
		// is filled again.
		unstale(() -> {
			WebElement register = kazakhstan.findElement(By.id("film-register"));
			register.findElement(By.name("title.kk")).clear();
			register.findElement(By.name("title.kk")).sendKeys("Қыз Жібек");
			register.findElement(By.name("year")).clear();
			register.findElement(By.name("year")).sendKeys("1970");
			register.findElement(By.cssSelector("button[type=submit]")).click();
			return null;
		});
		JsonNode films = awaitQuery("/api/initiatives/" + tour + "/cultural-tour/films", (list) -> list.size() == 1);
		String film = films.get(0).get("filmId").asText();
		assertThat(films.get(0).get("rightsCleared").asBoolean()).isFalse();

		kazakhstan.get(gateway.baseUrl() + "/initiatives/" + tour + "/cultural-tour/films/" + film + "?lang=en");
		unstale(() -> {
			assertThat(new Select(kazakhstan.findElement(By.id("film-digitisation-state"))).getOptions())
				.as("only the step the rules allow next")
				.extracting((option) -> option.getAttribute("value"))
				.containsExactly("QUEUED");
			kazakhstan.findElement(By.cssSelector("#film-digitisation button[type=submit]")).click();
			return null;
		});
		awaitQuery("/api/initiatives/" + tour + "/cultural-tour/films/" + film,
				(f) -> f.path("film").path("state").asText(f.path("state").asText()).equals("QUEUED"));
		waiting(kazakhstan)
			.until((driver) -> new Select(driver.findElement(By.id("film-digitisation-state"))).getOptions()
				.get(0)
				.getAttribute("value")
				.equals("SCANNING"));
		unstale(() -> {
			kazakhstan.findElement(By.cssSelector("#film-rights button[type=submit]")).click();
			return null;
		});
		awaitQuery("/api/initiatives/" + tour + "/cultural-tour/films/" + film,
				(f) -> f.path("film").path("rightsCleared").asBoolean(f.path("rightsCleared").asBoolean()));

		WebDriver secretariat = signedIn("secretariat");
		secretariat.get(gateway.baseUrl() + "/initiatives/" + tour + "/cultural-tour?lang=en");
		unstale(() -> {
			secretariat.findElement(By.cssSelector("#edition-open button[type=submit]")).click();
			return null;
		});
		awaitQuery("/api/initiatives/" + tour + "/cultural-tour", (t) -> t.path("editions").size() == 1);

		WebDriver uzbekistan = signedIn("liaison-uz");
		uzbekistan.get(gateway.baseUrl() + "/initiatives/" + tour + "/cultural-tour/films/" + film + "?lang=en");
		assertThat(uzbekistan.findElements(By.cssSelector("form.write"))).as("not Uzbekistan's film").isEmpty();
		assertThat(console(kazakhstan)).isEmpty();
	}

	@Test
	void aLiaisonListsACreatorAndTheSecretariatVerifiesIt() throws Exception {
		WebDriver tajikistan = signedIn("liaison-tj");
		tajikistan.get(gateway.baseUrl() + "/initiatives/" + market + "/marketplace?lang=ru");
		unstale(() -> {
			WebElement create = tajikistan.findElement(By.id("listing-create"));
			create.findElement(By.name("name")).clear();
			create.findElement(By.name("name")).sendKeys("Мастерская «Сузани»");
			new Select(create.findElement(By.name("craft"))).selectByIndex(0);
			create.findElement(By.name("city")).clear();
			create.findElement(By.name("city")).sendKeys("Истаравшан");
			create.findElement(By.name("links")).clear();
			create.findElement(By.name("links")).sendKeys("https://example.org/suzani");
			create.findElement(By.name("contact.email")).clear();
			create.findElement(By.name("contact.email")).sendKeys("suzani@example.org");
			create.findElement(By.cssSelector("button[type=submit]")).click();
			return null;
		});
		JsonNode listings = awaitQuery("/api/initiatives/" + market + "/marketplace/listings",
				(m) -> m.path("listings").size() == 1)
			.get("listings");
		String listing = listings.get(0).get("listingId").asText();
		assertThat(listings.get(0).get("contactOnFile").asBoolean()).isTrue();
		assertThat(listings.toString()).as("personal data stays on the command side").doesNotContain("suzani@");

		WebDriver secretariat = signedIn("secretariat");
		secretariat.get(gateway.baseUrl() + "/initiatives/" + market + "/marketplace?lang=en");
		unstale(() -> {
			secretariat.findElement(By.cssSelector("#listing-" + listing + "-verify button[type=submit]")).click();
			return null;
		});
		awaitQuery("/api/initiatives/" + market + "/marketplace/listings/" + listing,
				(l) -> l.get("state").asText().equals("VERIFIED"));
		waiting(secretariat)
			.until(ExpectedConditions.invisibilityOfElementLocated(By.id("listing-" + listing + "-verify")));
		assertThat(console(secretariat)).isEmpty();

		tajikistan.get(gateway.baseUrl() + "/initiatives/" + market + "/marketplace?lang=en");
		unstale(() -> {
			tajikistan.findElement(By.cssSelector("#listing-" + listing + "-erase button[type=submit]")).click();
			return null;
		});
		awaitQuery("/api/initiatives/" + market + "/marketplace/listings/" + listing,
				(l) -> !l.get("contactOnFile").asBoolean());
		assertThat(console(tajikistan)).isEmpty();
	}

	@Test
	void theWorkingGroupIsEstablishedFilledAndItsDraftApprovedInTheBrowser() throws Exception {
		WebDriver secretariat = signedIn("secretariat");
		String page = gateway.baseUrl() + "/initiatives/" + brand + "/working-group?lang=en";
		secretariat.get(page);
		unstale(() -> {
			WebElement establish = secretariat.findElement(By.id("group-establish"));
			script(secretariat, "arguments[0].value = '2026-01-20';", establish.findElement(By.name("establishedOn")));
			establish.findElement(By.cssSelector("button[type=submit]")).click();
			return null;
		});
		awaitQuery("/api/initiatives/" + brand + "/working-group", (g) -> g.has("establishedOn"));

		secretariat.get(page);
		unstale(() -> {
			WebElement meeting = secretariat.findElement(By.id("meeting-record"));
			script(secretariat, "arguments[0].value = '2026-02-10';", meeting.findElement(By.name("heldOn")));
			meeting.findElement(By.name("place")).clear();
			meeting.findElement(By.name("place")).sendKeys("Bishkek");
			meeting.findElement(By.id("meeting-record-KZ")).click();
			meeting.findElement(By.id("meeting-record-KG")).click();
			meeting.findElement(By.cssSelector("button[type=submit]")).click();
			return null;
		});
		JsonNode group = awaitQuery("/api/initiatives/" + brand + "/working-group",
				(g) -> g.path("meetings").size() == 1);
		assertThat(group.path("meetings").get(0).path("attending").toString()).contains("KZ").contains("KG");

		byte[] draft = "Concept of the Cultural brand of Central Asia, draft 1".getBytes(StandardCharsets.UTF_8);
		Path draftFile = Files.write(Files.createTempFile("concept-draft", ".pdf"), draft);
		secretariat.get(page);
		// The meeting's live update may swap the page while the form is filled: then
		// again.
		unstale(() -> {
			WebElement submit = secretariat.findElement(By.id("draft-submit"));
			submit.findElement(By.name("title")).clear();
			submit.findElement(By.name("title")).sendKeys("Cultural brand of Central Asia");
			submit.findElement(By.name("url")).clear();
			submit.findElement(By.name("url")).sendKeys("https://example.org/concept-1.pdf");
			submit.findElement(By.cssSelector("input[type=file]")).sendKeys(draftFile.toAbsolutePath().toString());
			submit.findElement(By.cssSelector("button[type=submit]")).click();
			return null;
		});
		JsonNode drafted = awaitQuery("/api/initiatives/" + brand + "/working-group/concept-drafts/1",
				(d) -> d.has("document"));
		assertThat(drafted.toString()).contains(Sha256.of(draft).hex());

		WebDriver kyrgyzstan = signedIn("liaison-kg");
		kyrgyzstan.get(page);
		unstale(() -> {
			WebElement nominate = kyrgyzstan.findElement(By.id("member-nominate"));
			nominate.findElement(By.name("name")).clear();
			nominate.findElement(By.name("name")).sendKeys("Айбек Осмонов");
			nominate.findElement(By.name("position")).clear();
			nominate.findElement(By.name("position")).sendKeys("Ministry of Culture of Kyrgyzstan");
			nominate.findElement(By.cssSelector("button[type=submit]")).click();
			return null;
		});
		awaitQuery("/api/initiatives/" + brand + "/working-group", (g) -> g.toString().contains("Айбек Осмонов"));
		kyrgyzstan.get(page);
		unstale(() -> {
			kyrgyzstan.findElement(By.cssSelector("#concept-position button[type=submit]")).click();
			return null;
		});
		awaitQuery("/api/initiatives/" + brand + "/working-group",
				(g) -> g.path("approval").path("approvals").asInt() == 1);
		assertThat(console(kyrgyzstan)).isEmpty();
		assertThat(console(secretariat)).isEmpty();
	}

	@Test
	void theProgrammeFormsPassAxeInEveryLanguage() throws Exception {
		WebDriver kazakhstan = signedIn("liaison-kz");
		List<String> problems = new ArrayList<>();
		for (String language : List.of("kk", "ru", "en")) {
			for (String page : List.of(tour + "/cultural-tour", market + "/marketplace")) {
				kazakhstan.get(gateway.baseUrl() + "/initiatives/" + page + "?lang=" + language);
				waiting(kazakhstan).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form.write")));
				screenshot(kazakhstan, page.substring(page.indexOf('/') + 1) + "-forms-" + language);
				problems.addAll(axeProblems(kazakhstan, language + " " + page));
			}
		}
		WebDriver secretariat = signedIn("secretariat");
		for (String language : List.of("kk", "ru", "en")) {
			secretariat.get(gateway.baseUrl() + "/initiatives/" + brand + "/working-group?lang=" + language);
			waiting(secretariat).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form.write")));
			screenshot(secretariat, "working-group-forms-" + language);
			problems.addAll(axeProblems(secretariat, language + " working group"));
		}
		assertThat(problems).isEmpty();
	}

}
