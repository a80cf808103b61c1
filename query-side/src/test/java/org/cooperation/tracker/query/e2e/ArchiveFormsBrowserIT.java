package org.cooperation.tracker.query.e2e;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
import org.openqa.selenium.support.ui.WebDriverWait;

import org.cooperation.tracker.kernel.common.Sha256;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two liaisons exchange an archival copy in the browser, through the gateway: Kazakhstan
 * offers it, Uzbekistan approves it, Kazakhstan records the transfer and Uzbekistan the
 * receipt, each transfer and receipt with the SHA-256 the browser computes over a file
 * the liaison picks (Web Crypto): the file itself is never sent. A different file on
 * arrival ends CHECKSUM_MISMATCH; sent again and received as sent, the copy is RECEIVED.
 * The forms pass axe and are kept as screenshots in Kazakh, Russian and English.
 */
class ArchiveFormsBrowserIT extends BrowserEndToEndTest {

	private static String exchange;

	@BeforeEach
	void initiative() throws Exception {
		if (exchange == null) {
			String[] ids = recordProtocol().split("/");
			exchange = propose(ids[0], ids[1], "ARCHIVE_EXCHANGE", "Archives in the browser", "KZ", "UZ", "KG");
			awaitStatusMatrixRow(exchange);
		}
	}

	@Test
	void aCopyTravelsWithChecksumsComputedInTheBrowserThroughAMismatchToReceived() throws Exception {
		byte[] sent = "the theatre letters, 84 sheets, scanned at 600 dpi".getBytes(StandardCharsets.UTF_8);
		byte[] damaged = "the theatre letters, 84 sheets, a cracked drive".getBytes(StandardCharsets.UTF_8);
		Path asSent = Files.write(Files.createTempFile("letters-sent", ".tif"), sent);
		Path asArrived = Files.write(Files.createTempFile("letters-arrived", ".tif"), damaged);
		String sentSum = Sha256.of(sent).hex();
		String pair = gateway.baseUrl() + "/initiatives/" + exchange + "/archive-exchange/pairs/kz/uz?lang=en";

		WebDriver kazakhstan = signedIn("liaison-kz");
		kazakhstan.get(gateway.baseUrl() + "/initiatives/" + exchange + "/archive-exchange?lang=en");
		recordingRequests(kazakhstan);
		unstale(() -> {
			WebElement offer = kazakhstan.findElement(By.id("archive-offer"));
			assertThat(new Select(offer.findElement(By.name("receiver"))).getOptions()).extracting(WebElement::getText)
				.containsExactly("Uzbekistan", "Kyrgyzstan");
			new Select(offer.findElement(By.name("receiver"))).selectByValue("UZ");
			new Select(offer.findElement(By.name("materialType"))).selectByValue("DOCUMENTARY");
			offer.findElement(By.name("title.en")).clear();
			offer.findElement(By.name("title.en")).sendKeys("Letters of a regional theatre");
			offer.findElement(By.name("title.kk")).clear();
			offer.findElement(By.name("title.kk")).sendKeys("Өңірлік театрдың хаттары");
			offer.findElement(By.name("reference")).clear();
			offer.findElement(By.name("reference")).sendKeys("F. 5, inv. 1, file 12");
			offer.findElement(By.cssSelector("button[type=submit]")).click();
			return null;
		});
		JsonNode ledger = awaitQuery("/api/initiatives/" + exchange + "/archive-exchange/pairs/kz/uz",
				(l) -> l.get("copies").size() == 1);
		String copy = ledger.get("copies").get(0).get("copyId").asText();
		assertThat(ledger.get("copies").get(0).get("state").asText()).isEqualTo("OFFERED");

		WebDriver uzbekistan = signedIn("liaison-uz");
		uzbekistan.get(pair.replace("lang=en", "lang=ru"));
		assertThat(uzbekistan.findElements(By.id("copy-" + copy + "-transfer"))).as("not the receiver's step")
			.isEmpty();
		unstale(() -> {
			uzbekistan.findElement(By.id("copy-" + copy + "-approve")).findElement(By.cssSelector("button")).click();
			return null;
		});
		awaitCopy(copy, "APPROVED");

		kazakhstan.get(pair);
		recordingRequests(kazakhstan);
		transfer(kazakhstan, copy, asSent, sentSum);
		JsonNode transferred = awaitCopy(copy, "TRANSFERRED");
		assertThat(transferred.get("checksum").asText()).as("the checksum computed in the browser").isEqualTo(sentSum);
		assertThat(requestBodies(kazakhstan)).as("what left the browser: the checksum, never the file")
			.anyMatch((body) -> body.contains(sentSum))
			.noneMatch((body) -> body.contains("scanned at 600 dpi"));

		uzbekistan.get(pair.replace("lang=en", "lang=ru"));
		receive(uzbekistan, copy, asArrived);
		JsonNode mismatch = awaitCopy(copy, "CHECKSUM_MISMATCH");
		assertThat(mismatch.get("steps").get(3).get("computedChecksum").asText()).isEqualTo(Sha256.of(damaged).hex());

		kazakhstan.get(pair);
		assertThat(kazakhstan.findElement(By.id("copy-" + copy + "-transfer-title")).getText())
			.isEqualTo("Send the copy again");
		transfer(kazakhstan, copy, asSent, sentSum);
		awaitCopy(copy, "TRANSFERRED");

		uzbekistan.get(pair.replace("lang=en", "lang=kk"));
		screenshot(uzbekistan, "archive-receipt-form-kk");
		receive(uzbekistan, copy, asSent);
		awaitCopy(copy, "RECEIVED");
		waiting(uzbekistan).until(ExpectedConditions.invisibilityOfElementLocated(By.id("copy-" + copy + "-receipt")));
		assertThat(console(kazakhstan)).isEmpty();
		assertThat(console(uzbekistan)).isEmpty();
	}

	@Test
	void theArchiveFormsPassAxeInEveryLanguage() throws Exception {
		WebDriver kazakhstan = signedIn("liaison-kz");
		List<String> problems = new ArrayList<>();
		for (String language : List.of("kk", "ru", "en")) {
			kazakhstan.get(gateway.baseUrl() + "/initiatives/" + exchange + "/archive-exchange?lang=" + language);
			waiting(kazakhstan).until(ExpectedConditions.presenceOfElementLocated(By.id("archive-offer")));
			screenshot(kazakhstan, "archive-forms-" + language);
			problems.addAll(axeProblems(kazakhstan, language));
			console(kazakhstan).forEach((message) -> problems.add(language + ": console: " + message));
		}
		assertThat(problems).isEmpty();

		WebDriver official = signedIn("official");
		official.get(gateway.baseUrl() + "/initiatives/" + exchange + "/archive-exchange?lang=en");
		assertThat(official.findElements(By.cssSelector("form.write"))).as("an official writes nothing here").isEmpty();
	}

	/*
	 * A live update of an earlier step may swap the page while a form is filled: then it
	 * is filled again.
	 */
	private void transfer(WebDriver holder, String copy, Path file, String expectedSum) {
		unstale(() -> {
			WebElement form = holder.findElement(By.id("copy-" + copy + "-transfer"));
			form.findElement(By.cssSelector("input[type=file]")).sendKeys(file.toAbsolutePath().toString());
			// Looked for inside the form that holds the file: when the page was swapped
			// meanwhile, the new form holds no file and never shows the sum, so the stale
			// form ends this wait and the step starts again.
			new WebDriverWait(holder, Duration.ofSeconds(15))
				.until((driver) -> form.findElement(By.id("copy-" + copy + "-transfer-sum"))
					.getText()
					.contains(expectedSum));
			new Select(form.findElement(By.name("medium"))).selectByValue("DIGITAL_TRANSFER");
			form.findElement(By.cssSelector("button[type=submit]")).click();
			return null;
		});
	}

	private void receive(WebDriver receiver, String copy, Path file) {
		unstale(() -> {
			WebElement form = receiver.findElement(By.id("copy-" + copy + "-receipt"));
			form.findElement(By.cssSelector("input[type=file]")).sendKeys(file.toAbsolutePath().toString());
			form.findElement(By.cssSelector("button[type=submit]")).click();
			return null;
		});
	}

	private JsonNode awaitCopy(String copy, String state) {
		return awaitQuery("/api/initiatives/" + exchange + "/archive-exchange/copies/" + copy,
				(c) -> c.get("state").asText().equals(state));
	}

	/**
	 * Keeps every request body the page sends from now on (the page's main element is
	 * swapped, not reloaded).
	 */
	private static void recordingRequests(WebDriver browser) {
		script(browser, """
				window.sentBodies = [];
				var send = window.fetch;
				window.fetch = function (url, options) {
					window.sentBodies.push(options && options.body !== undefined ? String(options.body) : '');
					return send.apply(this, arguments);
				};""");
	}

	@SuppressWarnings("unchecked")
	private static List<String> requestBodies(WebDriver browser) {
		return (List<String>) script(browser, "return window.sentBodies;");
	}

}
