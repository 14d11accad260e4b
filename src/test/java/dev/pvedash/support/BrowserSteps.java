package dev.pvedash.support;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The steps the browser walks share: sign in as the test admin, click, wait for an
 * element or a task's end.
 */
public final class BrowserSteps {

	private final ChromeDriver driver;

	private final int port;

	public BrowserSteps(ChromeDriver driver, int port) {
		this.driver = driver;
		this.port = port;
	}

	public void logIn() {
		this.driver.manage().deleteAllCookies();
		this.driver.get(url("/login"));
		this.driver.findElement(By.name("username")).sendKeys(PveDashServerTest.ADMIN);
		this.driver.findElement(By.name("password")).sendKeys(PveDashServerTest.ADMIN_PASSWORD);
		this.driver.findElement(By.cssSelector("button[type=submit]")).click();
		Chromium.waitFor(this.driver, ExpectedConditions.textToBe(By.tagName("h1"), "Overview"));
	}

	public void click(String css) {
		Chromium.waitFor(this.driver, ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
	}

	public WebElement visible(String css) {
		return Chromium.waitFor(this.driver, ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
	}

	/**
	 * The action's task fragment polls itself; PVE tasks of the simulator end within
	 * seconds.
	 */
	public void awaitTaskDone() {
		Chromium.waitFor(this.driver, ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".task .badge-ok")),
				Duration.ofSeconds(45));
	}

	public String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
