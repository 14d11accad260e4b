package dev.pvedash.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.pvedash.support.BrowserSteps;
import dev.pvedash.support.PveDashBrowserTest;
import dev.pvedash.support.Chromium;

/**
 * Two-factor sign-in in real Chromium: enrol from the account menu (the secret read from
 * the page, the code computed here, as an app would), save the recovery codes, sign out,
 * then sign in with the password and a code; the user list then shows the second factor
 * and its reset. The QR code must load under the CSP. Screenshots at desktop and phone
 * width.
 */
@PveDashBrowserTest
class TwoFactorBrowserTests {

	private static final String PASSWORD = "Chromium-fern-ladder-62";

	private final ChromeDriver driver;

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	TwoFactorBrowserTests(ChromeDriver driver) {
		this.driver = driver;
	}

	@Test
	void enrolSignOutAndSignInWithPasswordAndCode() {
		BrowserSteps steps = new BrowserSteps(this.driver, this.port);
		String username = "totp-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.create(Actor.SYSTEM, username, PASSWORD, Role.ADMIN);
		this.driver.manage().deleteAllCookies();
		Chromium.viewport(this.driver, 1280, 900);
		signInWithPassword(steps, username);
		Chromium.waitFor(this.driver, ExpectedConditions.textToBe(By.tagName("h1"), "Overview"));

		this.driver.findElement(By.cssSelector("details.user-menu summary")).click();
		steps.click("details.user-menu a[href='/account/two-factor']");
		Chromium.waitFor(this.driver, ExpectedConditions.textToBe(By.tagName("h1"), "Two-factor sign-in"));
		// the SVG data URI really rendered: the CSP allows it and the image is not broken
		Chromium.waitFor(this.driver, d -> Boolean.TRUE.equals(Chromium.script(this.driver,
				"const i = document.querySelector('img.qr-code'); return i.complete && i.naturalWidth > 0")));
		Chromium.capture(this.driver, "two-factor-enrol-desktop", false);
		Chromium.viewport(this.driver, 375, 812);
		Chromium.capture(this.driver, "two-factor-enrol-phone", true);
		Chromium.viewport(this.driver, 1280, 900);

		byte[] secret = Base32.decode(this.driver.findElement(By.id("secret")).getText());
		long step = TotpCodes.step(Instant.now());
		this.driver.findElement(By.id("code")).sendKeys(new TotpCodes().code(secret, step));
		this.driver.findElement(By.cssSelector("#confirm-form button[type=submit]")).click();
		Chromium.waitFor(this.driver, ExpectedConditions.textToBe(By.tagName("h1"), "Save your recovery codes"));
		List<WebElement> recovery = this.driver.findElements(By.cssSelector("#recovery-codes code"));
		assertThat(recovery).hasSize(10)
			.allSatisfy(c -> assertThat(c.getText()).matches("[a-z2-7]{4}(-[a-z2-7]{4}){3}"));
		Chromium.capture(this.driver, "two-factor-recovery-desktop", false);
		Chromium.viewport(this.driver, 375, 812);
		Chromium.capture(this.driver, "two-factor-recovery-phone", true);
		Chromium.viewport(this.driver, 1280, 900);

		this.driver.findElement(By.cssSelector("details.user-menu summary")).click();
		steps.click("form.logout-form button[type=submit]");
		Chromium.waitFor(this.driver, ExpectedConditions.urlContains("/login?logout"));

		signInWithPassword(steps, username);
		Chromium.waitFor(this.driver, ExpectedConditions.textToBe(By.tagName("h1"), "Enter your code"));
		// the password alone opens nothing
		this.driver.get(steps.url("/guests"));
		Chromium.waitFor(this.driver, ExpectedConditions.urlContains("/login/code"));
		assertThat(this.driver.findElements(By.cssSelector("ul.nav-links"))).isEmpty();
		Chromium.capture(this.driver, "two-factor-code-desktop", false);
		Chromium.viewport(this.driver, 375, 812);
		Chromium.capture(this.driver, "two-factor-code-phone", true);
		Chromium.viewport(this.driver, 1280, 900);
		// the enrolment used its step; the next step's code is inside the ±1 window and
		// not used yet
		this.driver.findElement(By.id("code"))
			.sendKeys(new TotpCodes().code(secret, TotpCodes.step(Instant.now()) + 1));
		this.driver.findElement(By.cssSelector("#code-form button[type=submit]")).click();
		Chromium.waitFor(this.driver, ExpectedConditions.textToBe(By.tagName("h1"), "Overview"));

		this.driver.get(steps.url("/account/two-factor"));
		assertThat(steps.visible("#two-factor-on").getText()).contains("Two-factor sign-in is on since");
		Chromium.capture(this.driver, "two-factor-on-desktop", false);
		this.driver.get(steps.url("/users"));
		assertThat(steps.visible("#user-" + username).getText()).contains("2FA")
			.contains("Reset two-factor of " + username);
		Chromium.capture(this.driver, "two-factor-users-desktop", false);
		Chromium.viewport(this.driver, 375, 812);
		Chromium.capture(this.driver, "two-factor-users-phone", true);
		Chromium.viewport(this.driver, 1280, 900);

		List<LogEntry> console = this.driver.manage().logs().get(LogType.BROWSER).getAll();
		assertThat(console)
			.filteredOn(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue()
					|| entry.getMessage().contains("Content Security Policy"))
			.isEmpty();
	}

	private void signInWithPassword(BrowserSteps steps, String username) {
		this.driver.get(steps.url("/login"));
		this.driver.findElement(By.name("username")).sendKeys(username);
		this.driver.findElement(By.name("password")).sendKeys(PASSWORD);
		this.driver.findElement(By.cssSelector("button[type=submit]")).click();
	}

}
