package dev.pvedash.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureJdbc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import dev.pvedash.proxmox.ProxmoxConnection;
import dev.pvedash.system.SystemWebSlice;
import dev.pvedash.users.SecurityWebSlice;

/**
 * A web slice for the named controllers: {@code MockMvcTester} with the real security
 * rules (the accounts on a Flyway-migrated H2 file database in a fresh directory, the
 * sign-in and second-factor gates) and the pages' frame (error advice, layout model,
 * message source, formats). Nothing else: a test imports its own module's collaborators
 * and puts test doubles ({@code @MockitoBean}, {@link FakeInventory}) in place of other
 * modules. The PVE connection is a mock that says "not configured", for the layout's demo
 * banner.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest
@AutoConfigureJdbc
@ImportAutoConfiguration(FlywayAutoConfiguration.class)
@Import({ SecurityWebSlice.class, SystemWebSlice.class })
@MockitoBean(types = ProxmoxConnection.class)
public @interface PveDashWebMvcTest {

	/**
	 * The controllers under test; never empty, which would mean every controller of every
	 * module.
	 */
	@AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
	Class<?>[] value();

}
