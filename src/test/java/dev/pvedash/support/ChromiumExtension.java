package dev.pvedash.support;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Starts one Chromium per test class on first use and quits it after the class (see
 * {@link PveDashBrowserTest}).
 */
final class ChromiumExtension implements ParameterResolver, AfterAllCallback {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
		.create(ChromiumExtension.class);

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == ChromeDriver.class;
	}

	/**
	 * Each test gets a new instance of its class; they all share the class's browser,
	 * keyed by the class.
	 */
	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		return store(context).getOrComputeIfAbsent(context.getRequiredTestClass(), (key) -> start(),
				ChromeDriver.class);
	}

	@Override
	public void afterAll(ExtensionContext context) {
		ChromeDriver driver = store(context).remove(context.getRequiredTestClass(), ChromeDriver.class);
		if (driver != null) {
			driver.quit();
		}
	}

	private static ExtensionContext.Store store(ExtensionContext context) {
		return context.getRoot().getStore(NAMESPACE);
	}

	private static ChromeDriver start() {
		try {
			return Chromium.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
