package dev.pvedash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.boot.test.web.server.LocalServerPort;

import dev.pvedash.support.Chromium;
import dev.pvedash.support.PveDashServerTest;

/**
 * Issue 4's walk in real Chromium, in demo mode on the simulator: the N95 host on the overview, stop and
 * start docker-host through the confirmation and watch the task end, and the router guard refusing a
 * wrong name for pfSense. Screenshots at desktop and phone width, light and dark.
 */
@PveDashServerTest
@EnabledIf("dev.pvedash.support.Chromium#installed")
class GuestActionBrowserTests {

	private static ChromeDriver driver;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startBrowser() throws IOException {
		driver = Chromium.start();
	}

	@AfterAll
	static void stopBrowser() {
		if (driver != null) {
			driver.quit();
		}
	}

	@Test
	void stopAndStartDockerHostAndTheRouterGuard() {
		logIn();
		Chromium.waitFor(driver, d -> {
			d.navigate().refresh(); // the first poll lands within seconds of start-up
			return d.findElements(By.cssSelector("#host-pve")).size() == 1;
		}, Duration.ofSeconds(30));
		assertThat(driver.findElement(By.cssSelector("#host-pve")).getText()).contains("Intel(R) N95")
			.contains("of 4 threads");
		Chromium.capture(driver, "overview-live-desktop-light", false);

		driver.get(url("/guests"));
		assertThat(driver.findElement(By.id("guest-102")).getText()).contains("docker-host").contains("running");
		Chromium.theme(driver, "dark");
		Chromium.viewport(driver, 375, 812);
		Chromium.capture(driver, "guests-phone-dark", true);
		Chromium.viewport(driver, 1280, 900);
		Chromium.theme(driver, "light");

		driver.get(url("/guests/102"));
		click("a[href='/guests/102/stop/confirm']");
		WebElement confirm = Chromium.waitFor(driver,
				ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#action-panel form.confirm")));
		assertThat(confirm.getText()).contains("like pulling the plug");
		Chromium.capture(driver, "guest-stop-confirm-desktop-light", false);
		confirm.findElement(By.cssSelector("button[type=submit]")).click();
		awaitTaskDone();
		Chromium.capture(driver, "guest-stop-done-desktop-light", false);
		driver.get(url("/guests/102"));
		assertThat(driver.findElement(By.cssSelector("#guest-live .state")).getText()).contains("stopped");

		click("form[action='/guests/102/start'] button[type=submit]");
		awaitTaskDone();
		driver.get(url("/guests/102"));
		assertThat(driver.findElement(By.cssSelector("#guest-live .state")).getText()).contains("running");

		driver.get(url("/guests/100"));
		click("a[href='/guests/100/stop/confirm']");
		WebElement guard = Chromium.waitFor(driver,
				ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#action-panel form.confirm")));
		assertThat(guard.getText()).contains("console");
		guard.findElement(By.name("confirmName")).sendKeys("pfsens");
		Chromium.theme(driver, "dark");
		Chromium.viewport(driver, 375, 812);
		Chromium.capture(driver, "guest-guard-phone-dark", true);
		guard.findElement(By.cssSelector("button[type=submit]")).click();
		WebElement refused = Chromium.waitFor(driver,
				ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#alerts .alert-error")));
		assertThat(refused.getText()).contains("422");
		Chromium.capture(driver, "guest-guard-refused-phone-dark", true);
		driver.get(url("/guests/100"));
		assertThat(driver.findElement(By.cssSelector("#guest-live .state")).getText()).contains("running");
		Chromium.viewport(driver, 1280, 900);
		Chromium.theme(driver, "light");
	}

	private void awaitTaskDone() {
		Chromium.waitFor(driver, ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".task .badge-ok")),
				Duration.ofSeconds(30));
	}

	private void click(String css) {
		Chromium.waitFor(driver, ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
	}

	private void logIn() {
		driver.manage().deleteAllCookies();
		driver.get(url("/login"));
		driver.findElement(By.name("username")).sendKeys(PveDashServerTest.ADMIN);
		driver.findElement(By.name("password")).sendKeys(PveDashServerTest.ADMIN_PASSWORD);
		driver.findElement(By.cssSelector("button[type=submit]")).click();
		Chromium.waitFor(driver, ExpectedConditions.textToBe(By.tagName("h1"), "Overview"));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
