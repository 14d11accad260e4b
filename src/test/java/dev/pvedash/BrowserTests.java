package dev.pvedash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import dev.pvedash.support.Chromium;
import dev.pvedash.support.PveDashBrowserTest;
import dev.pvedash.support.PveDashServerTest;

/**
 * The real pages in a real browser: htmx, the CSP and the CSS only show their faults
 * here. Screenshots land in target/screenshots/ for a human to look at; the assertions
 * catch what a machine can judge (console errors, horizontal scrolling, the theme
 * actually switching).
 */
@PveDashBrowserTest
class BrowserTests {

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private final ChromeDriver driver;

	@LocalServerPort
	int port;

	BrowserTests(ChromeDriver driver) {
		this.driver = driver;
	}

	@BeforeEach
	void freshBrowserState() {
		driver.manage().deleteAllCookies();
		viewport(1280, 900);
		theme("light");
	}

	@Test
	void adminWalksThroughEveryPageWithoutScriptErrors() {
		List<LogEntry> console = new ArrayList<>(driver.manage().logs().get(LogType.BROWSER).getAll());
		logIn();
		assertThat(script("return typeof htmx")).isEqualTo("object");
		console.addAll(open("/guests", "Guests"));
		console.addAll(open("/snapshots", "Snapshots"));
		driver.findElement(By.cssSelector("main a[href='/snapshots/schedules']")).click();
		wait(ExpectedConditions.textToBe(By.tagName("h1"), "Snapshot schedules"));
		console.addAll(open("/backups", "Backups"));
		console.addAll(open("/audit", "Audit log"));
		assertThat(driver.findElements(By.cssSelector("#audit-rows tbody tr"))).anySatisfy(row -> {
			List<WebElement> cells = row.findElements(By.tagName("td"));
			assertThat(cells.get(1).getText()).isEqualTo(PveDashServerTest.ADMIN);
			assertThat(cells.get(3).getText()).isEqualTo("Sign-in");
		});
		assertThat(script("return typeof htmx")).isEqualTo("object");
		console.addAll(open("/users", "Users"));
		// CSP violations are reported as SEVERE console messages, like script errors and
		// failed loads.
		assertThat(console)
			.filteredOn(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue()
					|| entry.getMessage().contains("Content Security Policy"))
			.isEmpty();
	}

	@Test
	void pagesFitPhoneAndDesktopInLightAndDarkTheme() throws IOException {
		for (String theme : List.of("light", "dark")) {
			theme(theme);
			for (boolean phone : List.of(false, true)) {
				viewport(phone ? 375 : 1280, phone ? 812 : 900);
				driver.manage().deleteAllCookies();
				driver.get(url("/login"));
				capture("login", phone, theme);
				logIn();
				capture("overview", phone, theme);
				open("/snapshots", "Snapshots");
				capture("snapshots", phone, theme);
				driver.get(url("/snapshots/schedules/new"));
				capture("schedule-form", phone, theme);
				open("/backups", "Backups");
				capture("backups", phone, theme);
				open("/audit", "Audit log");
				capture("audit", phone, theme);
				open("/users", "Users");
				capture("users", phone, theme);
			}
		}
		theme("light");
		String light = pageColors();
		theme("dark");
		String dark = pageColors();
		assertThat(dark).isNotEqualTo(light);
	}

	@Test
	void signOutThroughTheUserMenu() throws IOException {
		logIn();
		openUserMenu();
		capture("user-menu", false, "light");
		// The phone header moves the menu to the top right corner: sign out from there.
		viewport(375, 812);
		driver.navigate().refresh();
		WebElement signOut = openUserMenu();
		capture("user-menu", true, "light");
		assertThat(signOut.getText()).isEqualTo("Sign out");
		signOut.click();
		wait(ExpectedConditions.urlContains("/login?logout"));
		assertThat(driver.findElement(By.cssSelector("main .alert-ok")).getText()).isEqualTo("You are signed out.");
		capture("signed-out", true, "light");
		driver.get(url("/"));
		wait(ExpectedConditions.urlContains("/login"));
	}

	private void logIn() {
		driver.get(url("/login"));
		driver.findElement(By.name("username")).sendKeys(PveDashServerTest.ADMIN);
		driver.findElement(By.name("password")).sendKeys(PveDashServerTest.ADMIN_PASSWORD);
		driver.findElement(By.cssSelector("button[type=submit]")).click();
		wait(ExpectedConditions.textToBe(By.tagName("h1"), "Overview"));
	}

	private WebElement openUserMenu() {
		WebElement menu = driver.findElement(By.cssSelector("header.app-header details.user-menu"));
		menu.findElement(By.tagName("summary")).click();
		WebElement signOut = menu.findElement(By.cssSelector("form.logout-form button[type=submit]"));
		wait(ExpectedConditions.visibilityOf(signOut));
		// Pico fades the menu in; a screenshot taken earlier shows it half transparent.
		wait(d -> "1".equals(script("return getComputedStyle(document.querySelector('.user-menu ul')).opacity")));
		return signOut;
	}

	/**
	 * Opens a page through its nav link, as a user would, and returns what the console
	 * logged meanwhile.
	 */
	private List<LogEntry> open(String path, String heading) {
		driver.findElement(By.cssSelector("ul.nav-links a[href='" + path + "']")).click();
		wait(ExpectedConditions.textToBe(By.tagName("h1"), heading));
		wait(d -> "complete".equals(script("return document.readyState")));
		return driver.manage().logs().get(LogType.BROWSER).getAll();
	}

	private void viewport(int width, int height) {
		// Device metrics rather than the window size: headless Chromium clamps windows,
		// and a phone has
		// overlay scrollbars and honours the viewport meta tag.
		driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
	}

	private void theme(String scheme) {
		driver.executeCdpCommand("Emulation.setEmulatedMedia",
				Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
	}

	/**
	 * Pico paints the page background on the root element, so body's own background stays
	 * transparent in both themes; the root background and body's text color are what the
	 * theme changes.
	 */
	private String pageColors() {
		return (String) script("return getComputedStyle(document.documentElement).backgroundColor + ' / '"
				+ " + getComputedStyle(document.body).color");
	}

	private void capture(String page, boolean phone, String theme) throws IOException {
		String name = page + "-" + (phone ? "phone" : "desktop") + "-" + theme;
		wait(d -> "complete".equals(script("return document.readyState")));
		if (phone) {
			assertThat(script("return window.innerWidth")).as(name + " viewport").isEqualTo(375L);
			assertThat((Long) script("return document.documentElement.scrollWidth")).as(name + " scrolls sideways")
				.isLessThanOrEqualTo((Long) script("return window.innerWidth"));
		}
		// The whole page, not just the first screen: tables and forms below the fold
		// matter on a phone.
		Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
		@SuppressWarnings("unchecked")
		Map<String, Number> size = (Map<String, Number>) metrics.get("cssContentSize");
		Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", size.get("width"), "height", size.get("height"),
				"scale", 1);
		Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
				Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
		Files.write(SCREENSHOTS.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
	}

	private Object script(String js) {
		return ((JavascriptExecutor) driver).executeScript(js);
	}

	private <T> T wait(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
		return new WebDriverWait(driver, Duration.ofSeconds(10)).until(condition);
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
