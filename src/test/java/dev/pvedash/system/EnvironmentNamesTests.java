package dev.pvedash.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * The env var names in the README are part of the interface, exactly as written. Relaxed binding alone
 * would expect e.g. PVEDASH_DATADIR, so application.properties maps each name explicitly; this keeps it so.
 */
class EnvironmentNamesTests {

	@ParameterizedTest
	@CsvSource({ "PVEDASH_DATA_DIR, pvedash.data-dir, /srv/pvedash", "PVEDASH_ADMIN_USERNAME, pvedash.admin.username, owner",
			"PVEDASH_ADMIN_PASSWORD, pvedash.admin.password, a-long-secret",
			"PVEDASH_SESSION_IDLE_TIMEOUT, server.servlet.session.timeout, 45m",
			"PVEDASH_SESSION_ABSOLUTE_LIFETIME, pvedash.session.absolute-lifetime, 8h",
			"PVEDASH_TRUSTED_PROXIES, pvedash.trusted-proxies, 192.168.1.2" })
	void documentedEnvironmentVariableReachesItsProperty(String env, String property, String value) throws Exception {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new SystemEnvironmentPropertySource("env", Map.of(env, value)));
		environment.getPropertySources()
			.addLast(new ResourcePropertySource(new ClassPathResource("application.properties")));
		assertThat(environment.getProperty(property)).isEqualTo(value);
	}

}
