package dev.pvedash;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.boot.test.web.server.LocalServerPort;

import dev.pvedash.support.BrowserSteps;
import dev.pvedash.support.Chromium;
import dev.pvedash.support.PveDashBrowserTest;

/**
 * The guest action walk in real Chromium, in demo mode on the simulator: the N95 host on
 * the overview, stop and start docker-host through the confirmation and watch the task
 * end, and the router guard refusing a wrong name for pfSense. Screenshots at desktop and
 * phone width, light and dark.
 */
@PveDashBrowserTest
class GuestActionBrowserTests {

	private final ChromeDriver driver;

	@LocalServerPort
	int port;

	BrowserSteps steps;

	GuestActionBrowserTests(ChromeDriver driver) {
		this.driver = driver;
	}

	@Test
	void stopAndStartDockerHostAndTheRouterGuard() {
		this.steps = new BrowserSteps(driver, this.port);
		this.steps.logIn();
		Chromium.waitFor(driver, d -> {
			d.navigate().refresh(); // the first poll lands within seconds of start-up
			return d.findElements(By.cssSelector("#host-pve")).size() == 1;
		}, Duration.ofSeconds(30));
		assertThat(driver.findElement(By.cssSelector("#host-pve")).getText()).contains("Intel(R) N95")
			.contains("of 4 threads");
		Chromium.capture(driver, "overview-live-desktop-light", false);

		driver.get(this.steps.url("/guests"));
		assertThat(driver.findElement(By.id("guest-102")).getText()).contains("docker-host").contains("running");
		Chromium.theme(driver, "dark");
		Chromium.viewport(driver, 375, 812);
		Chromium.capture(driver, "guests-phone-dark", true);
		Chromium.viewport(driver, 1280, 900);
		Chromium.theme(driver, "light");

		driver.get(this.steps.url("/guests/102"));
		this.steps.click("a[href='/guests/102/stop/confirm']");
		WebElement confirm = Chromium.waitFor(driver,
				ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#action-panel form.confirm")));
		assertThat(confirm.getText()).contains("like pulling the plug");
		Chromium.capture(driver, "guest-stop-confirm-desktop-light", false);
		confirm.findElement(By.cssSelector("button[type=submit]")).click();
		this.steps.awaitTaskDone();
		Chromium.capture(driver, "guest-stop-done-desktop-light", false);
		driver.get(this.steps.url("/guests/102"));
		assertThat(driver.findElement(By.cssSelector("#guest-live .state")).getText()).contains("stopped");

		this.steps.click("form[action='/guests/102/start'] button[type=submit]");
		this.steps.awaitTaskDone();
		driver.get(this.steps.url("/guests/102"));
		assertThat(driver.findElement(By.cssSelector("#guest-live .state")).getText()).contains("running");

		driver.get(this.steps.url("/guests/100"));
		this.steps.click("a[href='/guests/100/stop/confirm']");
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
		driver.get(this.steps.url("/guests/100"));
		assertThat(driver.findElement(By.cssSelector("#guest-live .state")).getText()).contains("running");
		Chromium.viewport(driver, 1280, 900);
		Chromium.theme(driver, "light");
	}

}
