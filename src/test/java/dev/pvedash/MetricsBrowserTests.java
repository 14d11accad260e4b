package dev.pvedash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import dev.pvedash.support.BrowserSteps;
import dev.pvedash.support.Chromium;
import dev.pvedash.support.PveDashBrowserTest;

/**
 * The metrics charts in real Chromium on the simulator: the guest page draws uPlot charts
 * from the backfilled history, switches ranges (1h, 7d, 1y), shows local time and a value
 * with its unit under the cursor, and the overview carries sparklines and storage
 * forecasts; no console error, no CSP violation. Screenshots at desktop and phone width,
 * light and dark, under target/screenshots/.
 */
@PveDashBrowserTest
class MetricsBrowserTests {

	private static final String GROUP = "#charts-guest-101";

	private final ChromeDriver driver;

	@LocalServerPort
	int port;

	MetricsBrowserTests(ChromeDriver driver) {
		this.driver = driver;
	}

	@Test
	void guestChartsSwitchRangesAndShowValuesUnderTheCursor() {
		List<LogEntry> console = new ArrayList<>();
		BrowserSteps steps = new BrowserSteps(driver, this.port);
		steps.logIn();
		Chromium.viewport(driver, 1280, 900);
		Chromium.theme(driver, "light");
		driver.get(steps.url("/guests/101"));
		// the backfill from PVE's rrddata runs in the background after start: wait for a
		// week of history
		// asked every 2 s, not at WebDriverWait's default 0.5 s: each check is an API
		// call of its own
		new WebDriverWait(driver, Duration.ofSeconds(120)).pollingEvery(Duration.ofSeconds(2))
			.until(d -> ((Number) Chromium.script(driver,
					"var x = new XMLHttpRequest();"
							+ "x.open('GET', '/api/metrics/guests/101?range=7d', false); x.send();"
							+ "return JSON.parse(x.responseText).points.filter(p => p.cpu != null).length"))
				.intValue() >= 100);
		driver.navigate().refresh();
		Chromium.waitFor(driver, d -> !d.findElements(By.cssSelector(GROUP + " [data-chart=cpu] canvas")).isEmpty(),
				Duration.ofSeconds(20));
		assertThat(Chromium.script(driver, "return typeof uPlot")).isEqualTo("function");
		hoverShowsTimeAndValue("%");
		closeUp("metrics-charts-1h-hover-light", GROUP);
		Chromium.capture(driver, "metrics-guest-1h-desktop-light", false);

		// the text under the chart follows the drawn data, in the server's words
		assertThat(driver.findElement(By.cssSelector(GROUP + " [data-chart=cpu] .chart-summary")).getText())
			.matches("(?s)Last hour:\\s+CPU: min \\d+ %, avg \\d+ %, max \\d+ %");
		for (String range : List.of("7d", "30d", "1y")) {
			WebElement button = driver.findElement(By.cssSelector(GROUP + " button[data-range='" + range + "']"));
			if (range.equals("30d")) {
				button.sendKeys(Keys.ENTER); // the buttons work from the keyboard too
			}
			else {
				button.click();
			}
			awaitDrawn(range);
			// coarse ranges draw the max beside the average
			assertThat(driver.findElement(By.cssSelector(GROUP + " [data-chart=cpu] .u-legend")).getText())
				.contains("CPU max");
			hoverShowsTimeAndValue("%");
		}
		assertThat(driver.findElement(By.cssSelector(GROUP + " button[data-range='1h']")).getAttribute("aria-pressed"))
			.isEqualTo("false");
		hoverOn("memory");
		assertThat(legendValue("memory", 1)).matches("\\d+(\\.\\d)? (B|KiB|MiB|GiB)");
		closeUp("metrics-charts-1y-hover-light", GROUP);
		Chromium.capture(driver, "metrics-guest-1y-desktop-light", false);
		Chromium.theme(driver, "dark");
		awaitDrawn("1y");
		Chromium.capture(driver, "metrics-guest-1y-desktop-dark", false);
		closeUp("metrics-charts-1y-dark", GROUP);
		Chromium.viewport(driver, 375, 812);
		driver.navigate().refresh();
		awaitDrawn("1h");
		Chromium.capture(driver, "metrics-guest-phone-dark", true);
		closeUp("metrics-charts-phone-dark", GROUP);
		Chromium.theme(driver, "light");
		awaitDrawn("1h");
		Chromium.capture(driver, "metrics-guest-phone-light", true);
		console.addAll(driver.manage().logs().get(LogType.BROWSER).getAll());

		Chromium.viewport(driver, 1280, 900);
		driver.get(steps.url("/"));
		Chromium.waitFor(driver, d -> !d.findElements(By.cssSelector("#spark-node-pve svg path[d^='M']")).isEmpty(),
				Duration.ofSeconds(20));
		assertThat(driver.findElement(By.id("spark-node-pve")).getAttribute("aria-label"))
			.matches("CPU over the last hour: now \\d.* %, max \\d.* %");
		assertThat(driver.findElements(By.cssSelector("#host-pve .storages .forecast"))).isNotEmpty()
			.allSatisfy(f -> assertThat(f.getText())
				.matches("full in about \\d+ days|full within a day|full|not filling|not enough history yet"));
		WebElement history = driver.findElement(By.cssSelector("#host-pve details.storage-history"));
		history.findElement(By.tagName("summary")).click();
		Chromium.waitFor(driver, d -> !history.findElements(By.cssSelector("canvas")).isEmpty()
				|| history.getText().contains("No history yet"), Duration.ofSeconds(20));
		Chromium.waitFor(driver,
				d -> !d.findElements(By.cssSelector("#charts-node-pve [data-chart=cpu] canvas")).isEmpty(),
				Duration.ofSeconds(20));
		Chromium.capture(driver, "metrics-overview-desktop-light", false);
		closeUp("metrics-host-card-light", "#host-pve");
		// the live refresh (every 10 s; forced here) keeps the drawn charts and the open
		// disclosure
		Chromium.script(driver,
				"document.querySelector('#charts-node-pve canvas').kept = true;"
						+ "htmx.ajax('GET', '/', {target: '#summary', select: '#summary', swap: 'outerHTML'})"
						+ ".then(() => document.body.setAttribute('data-refreshed', ''))");
		Chromium.waitFor(driver, d -> !d.findElements(By.cssSelector("body[data-refreshed]")).isEmpty());
		assertThat(
				Chromium.script(driver,
						"return document.querySelector('#charts-node-pve canvas').kept === true"
								+ " && document.querySelector('#host-pve details.storage-history').open"))
			.isEqualTo(true);
		Chromium.theme(driver, "dark");
		Chromium.viewport(driver, 375, 812);
		driver.navigate().refresh();
		Chromium.waitFor(driver,
				d -> !d.findElements(By.cssSelector("#charts-node-pve [data-chart=cpu] canvas")).isEmpty(),
				Duration.ofSeconds(20));
		Chromium.capture(driver, "metrics-overview-phone-dark", true);
		closeUp("metrics-host-charts-phone-dark", "#charts-node-pve");
		closeUp("metrics-host-card-phone-dark", "#host-pve .storages");
		driver.get(steps.url("/guests"));
		Chromium.waitFor(driver, d -> !d.findElements(By.cssSelector("#guest-101 [data-sparkline] svg")).isEmpty(),
				Duration.ofSeconds(20));
		Chromium.capture(driver, "metrics-guests-phone-dark", true);
		closeUp("metrics-guest-row-phone-dark", "#guest-101");
		Chromium.viewport(driver, 1280, 900);
		Chromium.theme(driver, "light");
		driver.navigate().refresh();
		Chromium.waitFor(driver, d -> !d.findElements(By.cssSelector("#guest-101 [data-sparkline] svg")).isEmpty(),
				Duration.ofSeconds(20));
		Chromium.capture(driver, "metrics-guests-desktop-light", false);
		console.addAll(driver.manage().logs().get(LogType.BROWSER).getAll());
		assertThat(console)
			.filteredOn(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue()
					|| entry.getMessage().contains("Content Security Policy"))
			.isEmpty();
	}

	/** Just one element, at full size, for a closer look than the whole page gives. */
	private void closeUp(String name, String css) {
		WebElement element = driver.findElement(By.cssSelector(css));
		driver.executeScript("arguments[0].scrollIntoView({block: 'nearest'})", element);
		try {
			java.nio.file.Files.write(Chromium.SCREENSHOTS.resolve(name + ".png"),
					element.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/**
	 * The range button is pressed and its fetch has been drawn (no request in flight, a
	 * canvas present).
	 */
	private void awaitDrawn(String range) {
		Chromium.waitFor(driver,
				d -> "true"
					.equals(d.findElement(By.cssSelector(GROUP + " button[data-range='" + range + "']"))
						.getAttribute("aria-pressed"))
						&& d.findElement(By.cssSelector(GROUP)).getAttribute("aria-busy") == null
						&& !d.findElements(By.cssSelector(GROUP + " [data-chart=cpu] canvas")).isEmpty(),
				Duration.ofSeconds(20));
	}

	/**
	 * Hovers the CPU chart from its right end leftwards until a point with a value is
	 * under the cursor.
	 */
	private void hoverShowsTimeAndValue(String unit) {
		hoverOn("cpu");
		assertThat(legendValue("cpu", 0)).as("local time").matches(".*\\d{1,2}:\\d{2}.*");
		assertThat(legendValue("cpu", 1)).endsWith(" " + unit);
	}

	private void hoverOn(String chart) {
		driver.executeScript("arguments[0].scrollIntoView()", driver.findElement(By.cssSelector(GROUP)));
		WebElement over = driver.findElement(By.cssSelector(GROUP + " [data-chart=" + chart + "] .u-over"));
		int width = over.getSize().getWidth();
		for (int x = width / 2 - 5; x > -width / 2; x -= width / 20) {
			// Selenium 4 offsets are from the element's centre
			new Actions(driver).moveToElement(over, x, 0).perform();
			if (!legendValue(chart, 1).equals("—")) {
				return;
			}
		}
	}

	/** The legend's value cell: 0 is the time, 1 the first series. */
	private String legendValue(String chart, int series) {
		return driver.findElements(By.cssSelector(GROUP + " [data-chart=" + chart + "] .u-legend .u-series .u-value"))
			.get(series)
			.getText()
			.strip();
	}

}
