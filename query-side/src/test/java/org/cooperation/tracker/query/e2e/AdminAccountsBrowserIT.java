package org.cooperation.tracker.query.e2e;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin manages the user accounts in the browser, through the gateway (one origin):
 * creates a liaison's account, gives it a new password, disables it and enables it again,
 * and each time the account signs in, or is refused, exactly as the change says. No
 * password and no hash is ever on the page. A taken name is refused at the top of the
 * form, which keeps what was typed. The page passes axe in Kazakh, Russian and English,
 * fits a phone, and is kept as screenshots; anyone but an admin is answered 403 and
 * offered no link to it.
 */
class AdminAccountsBrowserIT extends BrowserEndToEndTest {

	private static final String PAGE = "/admin/accounts";

	/** The browsers that sign in as the new account, with passwords of their own. */
	private final List<WebDriver> visitors = new ArrayList<>();

	@AfterEach
	void closeVisitors() {
		visitors.forEach(WebDriver::quit);
		visitors.clear();
	}

	@Test
	void anAdminCreatesAnAccountGivesItANewPasswordAndDisablesItAndItSignsInAccordingly() throws Exception {
		String name = "aibek." + UUID.randomUUID().toString().substring(0, 8);
		String first = "first " + UUID.randomUUID();
		String second = "second " + UUID.randomUUID();
		String row = "account-" + name;

		WebDriver admin = signedIn("admin");
		admin.get(gateway.baseUrl() + PAGE + "?lang=en");
		assertThat(admin.findElements(By.cssSelector("header.site nav a[href$='" + PAGE + "']"))).hasSize(1);
		WebElement create = admin.findElement(By.id("account-create"));
		create.findElement(By.name("username")).sendKeys(name);
		new Select(create.findElement(By.name("role"))).selectByValue("LIAISON");
		new Select(create.findElement(By.name("country"))).selectByValue("KG");
		create.findElement(By.name("password")).sendKeys(first);
		create.findElement(By.cssSelector("button[type=submit]")).click();
		waiting(admin)
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr[data-account='" + name + "']")));
		assertThat(rowText(admin, name)).contains("Liaison", "Kyrgyzstan", "may sign in", "by admin");
		assertNoSecretIn(admin, first);

		WebDriver newcomer = signsIn(name, first);
		assertThat(newcomer).as("signs in with the initial password").isNotNull();
		assertThat(newcomer.findElement(By.cssSelector("form.signed-in span")).getText())
			.isEqualTo(name + " · LIAISON KG");

		unstale(() -> {
			WebElement reset = admin.findElement(By.id(row + "-password"));
			reset.findElement(By.name("password")).sendKeys(second);
			reset.findElement(By.cssSelector("button[type=submit]")).click();
			return null;
		});
		waiting(admin)
			.until((driver) -> driver.findElement(By.cssSelector("#" + cssId(row) + "-password .form-problem"))
				.getText()
				.equals("Recorded. The page shows the new state."));
		assertNoSecretIn(admin, first, second);
		// The new password ends the session the old one opened, once the change is
		// announced (within a second).
		waiting(newcomer).until((driver) -> {
			driver.get(gateway.baseUrl() + "/?lang=en");
			return driver.getCurrentUrl().contains("/login");
		});
		assertThat(signsIn(name, first)).as("the old password no longer signs in").isNull();
		assertThat(signsIn(name, second)).as("the new password signs in").isNotNull();

		unstale(() -> {
			admin.findElement(By.id(row + "-enabled")).findElement(By.cssSelector("button[type=submit]")).click();
			return null;
		});
		waiting(admin).until((driver) -> rowText(driver, name).contains("disabled"));
		assertThat(admin.findElement(By.id(row + "-enabled")).findElement(By.cssSelector("button")).getText())
			.isEqualTo("Enable " + name);
		assertThat(signsIn(name, second)).as("a disabled account does not sign in").isNull();

		unstale(() -> {
			admin.findElement(By.id(row + "-enabled")).findElement(By.cssSelector("button[type=submit]")).click();
			return null;
		});
		waiting(admin).until((driver) -> rowText(driver, name).contains("may sign in"));
		assertThat(signsIn(name, second)).as("enabled again, it signs in with its password").isNotNull();
		assertNoSecretIn(admin, first, second);
		assertThat(console(admin)).isEmpty();
	}

	@Test
	void aTakenNameIsRefusedInTheReadersLanguageAtTheTopOfTheFormWhichKeepsWhatWasTyped() {
		WebDriver admin = signedIn("admin");
		admin.get(gateway.baseUrl() + PAGE + "?lang=ru");
		WebElement create = admin.findElement(By.id("account-create"));
		create.findElement(By.name("username")).sendKeys("official");
		new Select(create.findElement(By.name("role"))).selectByValue("OFFICIAL");
		create.findElement(By.name("password")).sendKeys("a long enough password");
		create.findElement(By.cssSelector("button[type=submit]")).click();
		WebElement problem = create.findElement(By.cssSelector(".form-problem"));
		waiting(admin).until((driver) -> problem.getAttribute("class").contains("refused"));
		assertThat(problem.getText()).isEqualTo("имя пользователя «official» уже занято");
		assertThat(create.findElement(By.name("username")).getDomProperty("value")).isEqualTo("official");
		assertThat(admin.getPageSource()).doesNotContain("a long enough password");
		// Chromium logs the refused request itself; nothing else may be logged.
		assertThat(console(admin)).allMatch((message) -> message.contains("status of 409"));
	}

	@Test
	void theAccountsPagePassesAxeInEveryLanguage() throws Exception {
		WebDriver admin = signedIn("admin");
		List<String> problems = new ArrayList<>();
		for (String language : List.of("kk", "ru", "en")) {
			admin.get(gateway.baseUrl() + PAGE + "?lang=" + language);
			waiting(admin).until((driver) -> language.equals(script(driver, "return document.documentElement.lang")));
			assertThat(admin.findElements(By.cssSelector("tr[data-account='liaison-kz']"))).hasSize(1);
			screenshot(admin, "admin-accounts-" + language);
			problems.addAll(axeProblems(admin, language));
			console(admin).forEach((message) -> problems.add(language + ": console: " + message));
		}
		assertThat(problems).isEmpty();
		assertThat(admin.findElements(By.id("account-admin-enabled"))).as("an admin cannot disable themselves")
			.isEmpty();
		assertThat(Path.of("target", "screenshots", "admin-accounts-kk.png")).exists();

		admin.manage().window().setSize(new Dimension(390, 844));
		admin.get(gateway.baseUrl() + PAGE + "?lang=kk");
		waiting(admin).until((driver) -> "complete".equals(script(driver, "return document.readyState")));
		screenshot(admin, "admin-accounts-phone-kk");
		assertThat(script(admin, "return document.documentElement.scrollWidth <= window.innerWidth + 1"))
			.as("no sideways scrolling on a phone")
			.isEqualTo(true);
	}

	@Test
	void anyoneButAnAdminIsAnswered403AndOfferedNoLink() throws Exception {
		assertThat(sendAs("official", "GET", gateway.baseUrl() + PAGE, null).status()).isEqualTo(403);
		assertThat(sendAs("liaison-kz", "GET", gateway.baseUrl() + PAGE, null).status()).isEqualTo(403);
		Answer shown = sendAs("admin", "GET", gateway.baseUrl() + PAGE, null);
		assertThat(shown.status()).isEqualTo(200);
		assertThat(shown.contentType()).startsWith("text/html");

		WebDriver official = signedIn("official");
		official.get(gateway.baseUrl() + PAGE + "?lang=ru");
		assertThat(official.findElement(By.tagName("h1")).getText()).contains("403");
		assertThat(official.findElement(By.cssSelector("main")).getText()).contains("администратор");
		assertThat(official.findElements(By.cssSelector("header.site nav a[href$='" + PAGE + "']"))).isEmpty();
		assertThat(official.getPageSource()).doesNotContain("liaison-kz");
	}

	/**
	 * A fresh browser that signed in on the gateway with these credentials, or null when
	 * the sign-in was refused.
	 */
	private WebDriver signsIn(String user, String password) {
		Path[] installed = HeadlessChromium.installed();
		WebDriver browser = HeadlessChromium.start(installed[0], installed[1]);
		visitors.add(browser);
		browser.get(gateway.baseUrl() + "/login?lang=en");
		browser.findElement(By.cssSelector("input[name=username]")).sendKeys(user);
		browser.findElement(By.cssSelector("input[name=password]")).sendKeys(password);
		browser.findElement(By.cssSelector("button[type=submit]")).click();
		waiting(browser)
			.until((driver) -> driver.getCurrentUrl().contains("error") || !driver.getCurrentUrl().contains("/login"));
		return browser.getCurrentUrl().contains("/login") ? null : browser;
	}

	private static String rowText(WebDriver admin, String name) {
		return unstale(() -> admin.findElement(By.cssSelector("tr[data-account='" + name + "']")).getText());
	}

	/**
	 * No password typed, and no BCrypt hash, anywhere in the page as the browser holds
	 * it.
	 */
	private static void assertNoSecretIn(WebDriver admin, String... passwords) {
		String page = admin.getPageSource();
		assertThat(page).doesNotContain(passwords).doesNotContain("$2a$", "$2b$", "$2y$", "password_hash");
	}

	/** An element id as a CSS selector wants it: a user name may hold a '.'. */
	private static String cssId(String id) {
		return id.replace(".", "\\.");
	}

}
