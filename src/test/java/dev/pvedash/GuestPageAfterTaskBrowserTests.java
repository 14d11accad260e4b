package dev.pvedash;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.pvedash.inventory.Inventory;
import dev.pvedash.simulator.SimulatorFaults;

import dev.pvedash.support.BrowserSteps;
import dev.pvedash.support.PveDashBrowserTest;
import dev.pvedash.support.Chromium;

/**
 * The guest page after a task ends, in real Chromium on the simulator and without a
 * reload: the buttons follow the new state (Start for a guest just shut down), the task
 * is listed under "Recent tasks", and the progress line keeps its distance from the
 * heading below it (docs/actions.md, "The guest page").
 */
@PveDashBrowserTest
class GuestPageAfterTaskBrowserTests {

	private final ChromeDriver driver;

	@LocalServerPort
	int port;

	@Autowired
	SimulatorFaults faults;

	@Autowired
	Inventory inventory;

	GuestPageAfterTaskBrowserTests(ChromeDriver driver) {
		this.driver = driver;
	}

	@Test
	void whilePveIsUnreachableTheButtonsSayWhy() {
		BrowserSteps steps = new BrowserSteps(this.driver, this.port);
		steps.logIn();
		this.faults.refuseConnections();
		try {
			Chromium.waitFor(this.driver, d -> "CONNECTION".equals(this.inventory.endpoint().errorKind()),
					Duration.ofSeconds(30));
			this.driver.get(steps.url("/guests/102"));
			WebElement reason = steps.visible("#actions-closed");
			assertThat(reason.getText()).contains("cannot be reached").contains("PVEDASH_PROXMOX_URL");
			assertThat(this.driver.findElements(By.cssSelector("#guest-buttons button"))).isNotEmpty()
				.allMatch(button -> !button.isEnabled());
			Chromium.capture(this.driver, "guest-actions-closed-desktop-light", false);
			Chromium.theme(this.driver, "dark");
			Chromium.viewport(this.driver, 375, 812);
			Chromium.capture(this.driver, "guest-actions-closed-phone-dark", true);
		}
		finally {
			Chromium.viewport(this.driver, 1280, 900);
			Chromium.theme(this.driver, "light");
			this.faults.reset();
		}
		// the walks that share this context need PVE back: the next good cycle reopens
		// actions
		Chromium.waitFor(this.driver, d -> !this.inventory.endpoint().failing(), Duration.ofSeconds(90));
	}

	@Test
	void shutDownShowsStartAndTheTaskWithoutReload() {
		BrowserSteps steps = new BrowserSteps(this.driver, this.port);
		steps.logIn();
		Chromium.waitFor(this.driver, d -> {
			d.get(steps.url("/guests/101")); // the first poll lands within seconds of
												// start-up
			return d.findElements(By.cssSelector("a[href='/guests/101/shutdown/confirm']")).size() == 1;
		}, Duration.ofSeconds(30));
		steps.click("a[href='/guests/101/shutdown/confirm']");
		WebElement confirm = Chromium.waitFor(this.driver,
				ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#action-panel form.confirm")));
		// marks this document: a reload would lose it
		Chromium.script(this.driver, "document.body.dataset.sameDocument = 'yes'");
		confirm.findElement(By.cssSelector("button[type=submit]")).click();
		steps.awaitTaskDone();

		WebElement start = Chromium.waitFor(this.driver, ExpectedConditions.visibilityOfElementLocated(
				By.cssSelector("form[action='/guests/101/start'] button")), Duration.ofSeconds(15));
		assertThat(start.getText()).isEqualTo("Start homeassistant");
		assertThat(this.driver
			.findElements(By.cssSelector("a[href='/guests/101/shutdown/confirm'], a[href='/guests/101/stop/confirm']")))
			.isEmpty();
		assertThat(this.driver.findElement(By.cssSelector("#guest-live .state")).getText()).contains("stopped");
		WebElement listed = Chromium.waitFor(this.driver, ExpectedConditions.visibilityOfElementLocated(
				By.xpath("//div[@id='guest-live']//td[text()='qmshutdown']")), Duration.ofSeconds(5));
		assertThat(listed.findElement(By.xpath("..")).getText()).contains("ok");
		assertThat(Chromium.script(this.driver, "return document.body.dataset.sameDocument")).isEqualTo("yes");

		// the progress line and the heading that follows it do not touch
		Number gap = (Number) Chromium.script(this.driver, """
				const task = document.querySelector('#action-panel .task');
				const next = [...document.querySelectorAll('h2')].find(h => h.getBoundingClientRect().top
				    >= task.getBoundingClientRect().bottom);
				return next.getBoundingClientRect().top - task.getBoundingClientRect().bottom;""");
		assertThat(gap.doubleValue()).isGreaterThanOrEqualTo(16);
		Chromium.capture(this.driver, "guest-after-shutdown-desktop-light", false);
		Chromium.viewport(this.driver, 375, 812);
		Chromium.capture(this.driver, "guest-after-shutdown-phone-light", true);
		Chromium.viewport(this.driver, 1280, 900);

		start.click(); // back to running for the walks that follow
		steps.awaitTaskDone();
	}

}
