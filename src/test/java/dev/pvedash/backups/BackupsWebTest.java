package dev.pvedash.backups;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;

import dev.pvedash.support.PveDashWebMvcTest;

/**
 * The web slice plus this module. The slice's scan of the guests module also brings its test configuration:
 * the real client on a fast simulator, which "Back up now" needs.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@PveDashWebMvcTest
@Import(BackupsWebTest.SliceConfiguration.class)
@interface BackupsWebTest {

	@TestConfiguration(proxyBeanMethods = false)
	@ComponentScan("dev.pvedash.backups")
	class SliceConfiguration {

	}

}
