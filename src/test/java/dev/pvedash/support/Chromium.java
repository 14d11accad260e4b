package dev.pvedash.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's Chromium through its chromedriver, headless, for the browser tests. */
public final class Chromium {

	private static final String BINARY = "/usr/bin/chromium";

	private static final String DRIVER = "/usr/bin/chromedriver";

	public static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private Chromium() {
	}

	public static boolean installed() {
		return Files.isExecutable(Path.of(BINARY)) && Files.isExecutable(Path.of(DRIVER));
	}

	/**
	 * An explicit driver and binary keep Selenium Manager (and its network calls) out of
	 * the build.
	 */
	public static ChromeDriver start() throws IOException {
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
			.usingAnyFreePort()
			.build();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(BINARY);
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--window-size=1280,900", "--user-data-dir=" + Files.createTempDirectory("pvedash-chromium"));
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
		Files.createDirectories(SCREENSHOTS);
		return new ChromeDriver(service, options);
	}

	/**
	 * Device metrics rather than the window size: headless windows are clamped, phones
	 * honour the viewport meta.
	 */
	public static void viewport(ChromeDriver driver, int width, int height) {
		driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
	}

	public static void theme(ChromeDriver driver, String scheme) {
		driver.executeCdpCommand("Emulation.setEmulatedMedia",
				Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
	}

	/**
	 * A full-page PNG under target/screenshots; at phone width it also asserts there is
	 * no sideways scroll.
	 */
	public static void capture(ChromeDriver driver, String name, boolean phone) {
		waitFor(driver, d -> "complete".equals(script(driver, "return document.readyState")));
		if (phone) {
			// a phone's layout viewport grows to fit content that is too wide: name the
			// widest elements
			assertThat(script(driver, "return window.innerWidth")).as(() -> name + " viewport; too wide: " + script(
					driver,
					"return Array.from(document.querySelectorAll('main *')).filter(e => e.getBoundingClientRect().right > 375)"
							+ ".slice(-6).map(e => e.outerHTML.slice(0, 160) + ' ' + Math.round(e.getBoundingClientRect().right)).join(' | ')"))
				.isEqualTo(375L);
			assertThat((Long) script(driver, "return document.documentElement.scrollWidth"))
				.as(name + " scrolls sideways")
				.isLessThanOrEqualTo((Long) script(driver, "return window.innerWidth"));
		}
		Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
		@SuppressWarnings("unchecked")
		Map<String, Number> size = (Map<String, Number>) metrics.get("cssContentSize");
		Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", size.get("width"), "height", size.get("height"),
				"scale", 1);
		Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
				Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
		try {
			Files.write(SCREENSHOTS.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static Object script(ChromeDriver driver, String js) {
		return ((JavascriptExecutor) driver).executeScript(js);
	}

	public static <T> T waitFor(ChromeDriver driver, ExpectedCondition<T> condition) {
		return waitFor(driver, condition, Duration.ofSeconds(10));
	}

	public static <T> T waitFor(ChromeDriver driver, ExpectedCondition<T> condition, Duration timeout) {
		return new WebDriverWait(driver, timeout).until(condition);
	}

}
