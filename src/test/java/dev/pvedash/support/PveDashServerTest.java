package dev.pvedash.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The one full application context: the real server on a random port, an admin seeded
 * from the environment properties. Every class using it shares the same cached context
 * (and server).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "pvedash.admin.username=" + PveDashServerTest.ADMIN,
				"pvedash.admin.password=" + PveDashServerTest.ADMIN_PASSWORD,
				"pvedash.trusted-proxies=" + PveDashServerTest.TRUSTED_PROXY })
public @interface PveDashServerTest {

	String ADMIN = "admin";

	String ADMIN_PASSWORD = "server-test-admin-pw";

	/**
	 * A loopback address the tests may send X-Forwarded-For from; 127.0.0.1 itself stays
	 * untrusted.
	 */
	String TRUSTED_PROXY = "127.0.0.2";

}
