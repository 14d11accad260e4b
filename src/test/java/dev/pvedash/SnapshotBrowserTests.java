package dev.pvedash;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import org.springframework.boot.test.web.server.LocalServerPort;

import dev.pvedash.support.BrowserSteps;
import dev.pvedash.support.Chromium;
import dev.pvedash.support.PveDashBrowserTest;

/**
 * The snapshot walk in real Chromium on the simulator: the timeline never lists PVE's
 * {@code current}; an invalid name is refused in the form; a snapshot taken through the
 * form shows in the timeline, is rolled back with the guest's name typed and deleted, and
 * stays in the history as deleted. Screenshots of the snapshot, backup and guest pages at
 * desktop and phone width.
 */
@PveDashBrowserTest
class SnapshotBrowserTests {

	private static final String NAME = "browser-walk";

	private final ChromeDriver driver;

	@LocalServerPort
	int port;

	BrowserSteps steps;

	SnapshotBrowserTests(ChromeDriver driver) {
		this.driver = driver;
	}

	@Test
	void takeRollBackAndDeleteASnapshot() {
		this.steps = new BrowserSteps(driver, this.port);
		this.steps.logIn();
		driver.get(this.steps.url("/snapshots"));
		reloadUntil(() -> driver.getPageSource().contains("autoweekly"), Duration.ofSeconds(45));
		List<String> names = driver.findElements(By.cssSelector("table.snapshots .snapshot-name"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(names).isNotEmpty().noneMatch(name -> name.strip().startsWith("current"));
		Chromium.capture(driver, "snapshots-desktop-light", false);
		Chromium.theme(driver, "dark");
		Chromium.viewport(driver, 375, 812);
		Chromium.capture(driver, "snapshots-phone-dark", true);
		Chromium.viewport(driver, 1280, 900);
		Chromium.theme(driver, "light");

		driver.get(this.steps.url("/guests/201"));
		WebElement name = this.steps.visible("#snapshot-form input[name=name]");
		name.sendKeys("1 bad name");
		driver.findElement(By.cssSelector("#snapshot-form textarea[name=description]")).sendKeys("<b>walk</b>");
		driver.findElement(By.cssSelector("#snapshot-form button[type=submit]")).click();
		WebElement refused = this.steps.visible("#snapshot-form .alert-error");
		assertThat(refused.getText()).contains("starts with a letter");
		assertThat(driver.findElements(By.cssSelector(".task"))).isEmpty();
		WebElement again = driver.findElement(By.cssSelector("#snapshot-form input[name=name]"));
		assertThat(driver.findElement(By.cssSelector("#snapshot-form textarea")).getAttribute("value"))
			.isEqualTo("<b>walk</b>");
		again.clear();
		again.sendKeys(NAME);
		driver.findElement(By.cssSelector("#snapshot-form button[type=submit]")).click();
		this.steps.awaitTaskDone();

		driver.get(this.steps.url("/snapshots?guest=201"));
		reloadUntil(() -> driver.getPageSource().contains(NAME), Duration.ofSeconds(30));
		assertThat(driver.findElement(By.cssSelector("table.snapshots")).getText()).contains("<b>walk</b>");
		assertThat(driver.findElements(By.cssSelector("table.snapshots b"))).isEmpty();

		driver.get(this.steps.url("/guests/201"));
		this.steps.click("a[href='/guests/201/snapshots/" + NAME + "/rollback']");
		WebElement rollback = this.steps.visible("#confirm-rollback");
		assertThat(rollback.getText()).contains("lost");
		rollback.findElement(By.name("confirmName")).sendKeys("nginx-proxy");
		rollback.findElement(By.name("startAfter")).click();
		Chromium.capture(driver, "snapshot-rollback-confirm-desktop-light", false);
		rollback.findElement(By.cssSelector("button[type=submit]")).click();
		this.steps.awaitTaskDone();

		driver.get(this.steps.url("/guests/201"));
		this.steps.click("a[href='/guests/201/snapshots/" + NAME + "/delete']");
		this.steps.visible("#confirm-delete").findElement(By.cssSelector("button[type=submit]")).click();
		this.steps.awaitTaskDone();

		driver.get(this.steps.url("/snapshots?guest=201"));
		reloadUntil(() -> driver.findElements(By.cssSelector("table.snapshots tr.deleted"))
			.stream()
			.anyMatch(row -> row.getText().contains(NAME)), Duration.ofSeconds(30));

		driver.get(this.steps.url("/guests/101"));
		this.steps.visible("#snapshot-panel");
		Chromium.capture(driver, "guest-snapshots-backups-desktop-light", false);
		driver.get(this.steps.url("/backups"));
		reloadUntil(() -> driver.getPageSource().contains("pbs-offsite"), Duration.ofSeconds(30));
		Chromium.capture(driver, "backups-desktop-light", false);
		Chromium.theme(driver, "dark");
		Chromium.viewport(driver, 375, 812);
		Chromium.capture(driver, "backups-phone-dark", true);
		Chromium.viewport(driver, 1280, 900);
		Chromium.theme(driver, "light");
	}

	private void reloadUntil(java.util.function.BooleanSupplier condition, Duration timeout) {
		Chromium.waitFor(driver, d -> {
			if (condition.getAsBoolean()) {
				return true;
			}
			d.navigate().refresh();
			return condition.getAsBoolean();
		}, timeout);
	}

}
