package org.cooperation.tracker.query.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The secretariat at its desk, in the browser: it records a protocol with its parties,
 * adds a direction, records a signature and proposes an initiative under the direction,
 * all with the desk's forms; its queue lists a calendar submission and a creator listing
 * that await it, each linking to the page whose form decides it. A liaison is told the
 * desk is not theirs. The desk passes axe in Kazakh, Russian and English.
 */
class SecretariatBrowserIT extends BrowserEndToEndTest {

	@Test
	void theSecretariatRecordsAProtocolASignatureADirectionAndAnInitiative() throws Exception {
		String place = "Samarkand " + UUID.randomUUID().toString().substring(0, 8);
		WebDriver secretariat = signedIn("secretariat");
		secretariat.get(gateway.baseUrl() + "/secretariat?lang=en");
		WebElement protocol = secretariat.findElement(By.id("protocol-record"));
		script(secretariat, "arguments[0].value = '2025-11-14';", protocol.findElement(By.name("meetingDate")));
		protocol.findElement(By.name("place")).sendKeys(place);
		protocol.findElement(By.name("meetingTitle.en")).sendKeys("Meeting of the culture ministers");
		new Select(protocol.findElement(By.id("protocol-record-role-KZ"))).selectByValue("MEMBER");
		new Select(protocol.findElement(By.id("protocol-record-role-UZ"))).selectByValue("MEMBER");
		new Select(protocol.findElement(By.id("protocol-record-role-AZ"))).selectByValue("HONORARY_GUEST");
		protocol.findElement(By.cssSelector("button[type=submit]")).click();
		JsonNode recorded = awaitQuery("/api/protocols", (list) -> list.toString().contains(place));
		JsonNode ours = null;
		for (JsonNode each : recorded) {
			if (place.equals(each.path("place").asText())) {
				ours = each;
			}
		}
		assertThat(ours).isNotNull();
		assertThat(ours.get("parties")).hasSize(3);
		String protocolId = ours.get("protocolId").asText();

		secretariat.get(gateway.baseUrl() + "/secretariat?lang=en");
		// A live update of an earlier step may swap the page while a form is filled: then
		// it
		// is filled again.
		unstale(() -> {
			WebElement direction = secretariat.findElement(By.id("direction-add"));
			new Select(direction.findElement(By.name("protocolId"))).selectByValue(protocolId);
			direction.findElement(By.name("title.en")).clear();
			direction.findElement(By.name("title.en")).sendKeys("Cultural heritage");
			direction.findElement(By.cssSelector("button[type=submit]")).click();
			return null;
		});
		awaitQuery("/api/protocols/" + protocolId, (p) -> p.path("directions").size() == 1);

		secretariat.get(gateway.baseUrl() + "/secretariat?lang=en");
		unstale(() -> {
			WebElement signature = secretariat.findElement(By.id("signature-record"));
			new Select(signature.findElement(By.name("protocolId"))).selectByValue(protocolId);
			new Select(signature.findElement(By.name("country"))).selectByValue("UZ");
			signature.findElement(By.name("signatory")).clear();
			signature.findElement(By.name("signatory")).sendKeys("Minister of Culture of Uzbekistan");
			script(secretariat, "arguments[0].value = '2025-11-14';", signature.findElement(By.name("signedOn")));
			signature.findElement(By.cssSelector("button[type=submit]")).click();
			return null;
		});
		awaitQuery("/api/protocols/" + protocolId, (p) -> p.toString().contains("Minister of Culture of Uzbekistan"));

		secretariat.get(gateway.baseUrl() + "/secretariat?lang=en");
		unstale(() -> {
			WebElement initiative = secretariat.findElement(By.id("initiative-propose"));
			Select directionChoice = new Select(initiative.findElement(By.name("protocolId/directionId")));
			String value = directionChoice.getOptions()
				.stream()
				.map((option) -> option.getAttribute("value"))
				.filter((option) -> option.startsWith(protocolId))
				.findFirst()
				.orElseThrow();
			directionChoice.selectByValue(value);
			new Select(initiative.findElement(By.name("kind"))).selectByValue("ARCHIVE_EXCHANGE");
			initiative.findElement(By.name("title.en")).clear();
			initiative.findElement(By.name("title.en")).sendKeys("Archives of " + place);
			initiative.findElement(By.id("initiative-propose-KZ")).click();
			initiative.findElement(By.id("initiative-propose-UZ")).click();
			initiative.findElement(By.cssSelector("button[type=submit]")).click();
			return null;
		});
		JsonNode matrix = awaitQuery("/api/status-matrix", (m) -> m.toString().contains("Archives of " + place));
		assertThat(matrix.toString()).contains("Archives of " + place);
		assertThat(console(secretariat)).isEmpty();
	}

	@Test
	void theQueueListsWhatAwaitsTheSecretariatAndALiaisonIsToldTheDeskIsNotTheirs() throws Exception {
		String[] ids = recordProtocol().split("/");
		String calendar = propose(ids[0], ids[1], "CULTURAL_CALENDAR", "Calendar for the desk", "KZ", "KG");
		String market = propose(ids[0], ids[1], "CREATIVE_MARKETPLACE", "Market for the desk", "KZ", "KG");
		awaitStatusMatrixRow(market);
		assertThat(sendAs("liaison-kg", "POST", command("/api/initiatives/" + calendar + "/calendar/submissions"), """
				{"country":"KG","editionYear":2026,"title":{"en":"Desk festival"},"type":"FESTIVAL","city":"Osh",
				 "startDate":"2026-09-01","endDate":"2026-09-02","organiser":"Ministry of Culture"}""").status())
			.isEqualTo(201);
		assertThat(sendAs("liaison-kg", "POST", command("/api/initiatives/" + market + "/marketplace/listings"), """
				{"country":"KG","name":"Desk felt workshop","craft":"FELT_MAKER","city":"Naryn"}""").status())
			.isEqualTo(201);
		awaitQuery("/api/initiatives/" + market + "/marketplace/listings",
				(m) -> m.toString().contains("Desk felt workshop"));
		awaitQuery("/api/initiatives/" + calendar + "/calendar/submissions",
				(list) -> list.toString().contains("Desk festival"));

		WebDriver secretariat = signedIn("secretariat");
		List<String> problems = new ArrayList<>();
		for (String language : List.of("kk", "ru", "en")) {
			secretariat.get(gateway.baseUrl() + "/secretariat?lang=" + language);
			waiting(secretariat).until(ExpectedConditions.presenceOfElementLocated(By.id("protocol-record")));
			screenshot(secretariat, "secretariat-" + language);
			problems.addAll(axeProblems(secretariat, language));
			console(secretariat).forEach((message) -> problems.add(language + ": console: " + message));
		}
		assertThat(problems).isEmpty();
		String queue = secretariat.findElement(By.id("queue-title")).findElement(By.xpath("..")).getText();
		assertThat(queue).contains("Desk festival").contains("Desk felt workshop");
		secretariat.findElement(By.linkText("Desk festival")).click();
		waiting(secretariat).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form[id^='decide-']")));

		WebDriver liaison = signedIn("liaison-kg");
		liaison.get(gateway.baseUrl() + "/secretariat?lang=en");
		assertThat(liaison.findElement(By.tagName("h1")).getText()).contains("403");
		assertThat(liaison.findElements(By.cssSelector("form.write"))).isEmpty();
	}

}
