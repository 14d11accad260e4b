package dev.pvedash.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A walk in real Chromium against the full application: the shared server context,
 * skipped where Debian's Chromium and chromedriver are not installed, and one browser per
 * test class, handed to the class's constructor as a {@code ChromeDriver} parameter and
 * quit after its last test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@PveDashServerTest
@EnabledIf("dev.pvedash.support.Chromium#installed")
@ExtendWith(ChromiumExtension.class)
public @interface PveDashBrowserTest {

}
