package dev.pvedash.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureJdbc;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;

/**
 * The wide web slice the tests not yet on {@link PveDashWebMvcTest} use: MockMvc with the real security rules, the accounts, audit and
 * guest-action, snapshot and backup beans on a Flyway-migrated H2 file database in a fresh directory, a
 * {@link FakeInventory} in place of the poller's store, and the Proxmox client unconfigured (no URL, no simulator): a call to PVE
 * fails unless a test supplies a client of its own. No server, no poller. The snapshots, backups and
 * metrics modules are scanned whole: their controllers are in every slice and need their components.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest(excludeFilters = @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = HomeStandIn.class))
@AutoConfigureJdbc
@ImportAutoConfiguration(FlywayAutoConfiguration.class)
@Import(AllModulesWebMvcTest.SliceConfiguration.class)
public @interface AllModulesWebMvcTest {

	@TestConfiguration(proxyBeanMethods = false)
	@ComponentScan(basePackages = { "dev.pvedash.users", "dev.pvedash.audit", "dev.pvedash.system", "dev.pvedash.guests",
			"dev.pvedash.snapshots", "dev.pvedash.backups", "dev.pvedash.metrics", "dev.pvedash.proxmox" },
			// the narrow slices' building blocks and test classes' own configurations are not part of this one
			excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
					pattern = { "dev\\.pvedash\\..*Slice", "dev\\.pvedash\\..*Tests\\$.*" }))
	class SliceConfiguration {

		/** Pages read the poller's store; slices get a hand-filled one instead of the poller. */
		@org.springframework.context.annotation.Bean
		FakeInventory fakeInventory() {
			return new FakeInventory();
		}

	}

}
