package org.cooperation.tracker.query.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real headless Chromium driven by Selenium through the ChromeDriver Debian installs.
 * Both paths are given explicitly so that Selenium Manager never looks for (or downloads)
 * a driver or a browser: the build reaches no network but Maven Central.
 */
final class HeadlessChromium {

	private HeadlessChromium() {
	}

	/** Chromium and ChromeDriver where Debian installs them, or null when missing. */
	static Path[] installed() {
		Path chromium = Stream.of("/usr/bin/chromium", "/usr/bin/chromium-browser")
			.map(Path::of)
			.filter(Files::isExecutable)
			.findFirst()
			.orElse(null);
		Path chromedriver = Path.of("/usr/bin/chromedriver");
		return chromium != null && Files.isExecutable(chromedriver) ? new Path[] { chromium, chromedriver } : null;
	}

	static WebDriver start(Path chromium, Path chromedriver) {
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile())
			.usingAnyFreePort()
			.build();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(chromium.toFile());
		// A fixed window size makes the dashboard screenshot comparable between runs;
		// /dev/shm is small in containers, hence --disable-dev-shm-usage.
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-dev-shm-usage", "--window-size=1280,900");
		// The browser's console is kept, so that a test can read the
		// Content-Security-Policy
		// violations it reports.
		options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
		return new ChromeDriver(service, options);
	}

}
