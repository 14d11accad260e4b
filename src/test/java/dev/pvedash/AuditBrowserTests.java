package dev.pvedash;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.pvedash.support.BrowserSteps;
import dev.pvedash.support.PveDashBrowserTest;
import dev.pvedash.support.Chromium;
import dev.pvedash.support.PveDashServerTest;

/**
 * The audit page with a guest action's result row: OK is green, the kind is words, and a
 * PVE UPID (one long word) wraps inside its cell at desktop width and on a phone instead
 * of pushing the page sideways.
 */
@PveDashBrowserTest
class AuditBrowserTests {

	/**
	 * A UPID has no space or hyphen to break at (node:pid:pstart:starttime:type:id:user:,
	 * PVE::Tools upid_encode).
	 */
	private static final String UPID = "UPID:pvenode01:0031F2A8:0B7C4D19:675A1B2C:qmshutdown:101:"
			+ "pvedashboard@pve!dashboardtoken:";

	private final ChromeDriver driver;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	AuditBrowserTests(ChromeDriver driver) {
		this.driver = driver;
	}

	@Test
	void longUpidRowFitsDesktopAndPhone() {
		this.jdbc
			.sql("""
					insert into audit_entry (occurred_at, actor, client_address, kind, target, outcome, detail)
					values (?, ?, '2001:db8:ffff:ffff:ffff:ffff:ffff:fffe', 'GUEST_SHUTDOWN', '101 homeassistant on pve', 'OK', ?)""")
			.params(OffsetDateTime.now(ZoneOffset.UTC).plusDays(1), PveDashServerTest.ADMIN,
					"action #4711; UPID " + UPID + "; exit status OK; took 12.5 s")
			.update();
		BrowserSteps steps = new BrowserSteps(this.driver, this.port);
		for (boolean phone : new boolean[] { false, true }) {
			Chromium.viewport(this.driver, phone ? 375 : 1280, phone ? 812 : 900);
			steps.logIn();
			this.driver.get(steps.url("/audit?kind=GUEST_SHUTDOWN"));
			Chromium.waitFor(this.driver, ExpectedConditions.textToBe(By.tagName("h1"), "Audit log"));
			WebElement row = this.driver.findElements(By.cssSelector("#audit-rows tbody tr")).get(0);
			assertThat(row.findElement(By.cssSelector("td[data-label=Kind]")).getText()).isEqualTo("Shut down");
			assertThat(row.findElement(By.cssSelector(".badge")).getAttribute("class")).contains("badge-ok");
			assertThat(row.getText()).contains("qmshutdown");
			Chromium.capture(this.driver, "audit-long-upid" + (phone ? "-phone" : ""), phone);
			assertThat((Long) Chromium.script(this.driver, "const t = document.querySelector('#audit-rows table'); "
					+ "return Math.ceil(t.getBoundingClientRect().right - t.parentElement.getBoundingClientRect().right)"))
				.as("table wider than its column")
				.isLessThanOrEqualTo(0L);
			assertThat((Long) Chromium.script(this.driver, "return document.documentElement.scrollWidth"))
				.as("scrolls sideways")
				.isLessThanOrEqualTo((Long) Chromium.script(this.driver, "return window.innerWidth"));
		}
	}

}
