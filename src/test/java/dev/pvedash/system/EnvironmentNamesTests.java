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
 * The env var names in the README are part of the interface, exactly as written. Relaxed
 * binding alone would expect e.g. PVEDASH_DATADIR, so application.properties maps each
 * name explicitly; this keeps it so.
 */
class EnvironmentNamesTests {

	@ParameterizedTest
	@CsvSource({ "PVEDASH_DATA_DIR, pvedash.data-dir, /srv/pvedash",
			"PVEDASH_ADMIN_USERNAME, pvedash.admin.username, owner",
			"PVEDASH_ADMIN_PASSWORD, pvedash.admin.password, a-long-secret",
			"PVEDASH_SESSION_IDLE_TIMEOUT, server.servlet.session.timeout, 45m",
			"PVEDASH_SESSION_ABSOLUTE_LIFETIME, pvedash.session.absolute-lifetime, 8h",
			"PVEDASH_TRUSTED_PROXIES, pvedash.trusted-proxies, 192.168.1.2",
			"PVEDASH_BASE_URL, pvedash.base-url, https://dash.home.lan",
			"PVEDASH_PROXMOX_URL, pvedash.proxmox.url, https://192.168.1.10:8006",
			"PVEDASH_PROXMOX_TOKEN_ID, pvedash.proxmox.token-id, pvedash@pve!dashboard",
			"PVEDASH_PROXMOX_TOKEN_SECRET, pvedash.proxmox.token-secret, aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee",
			"PVEDASH_PROXMOX_USERNAME, pvedash.proxmox.username, root@pam",
			"PVEDASH_PROXMOX_PASSWORD, pvedash.proxmox.password, secret-pw",
			"PVEDASH_PROXMOX_FINGERPRINT, pvedash.proxmox.fingerprint, AB:CD",
			"PVEDASH_PROXMOX_CA_FILE, pvedash.proxmox.ca-file, /etc/pve-root-ca.pem",
			"PVEDASH_PROXMOX_CONNECT_TIMEOUT, pvedash.proxmox.connect-timeout, 5s",
			"PVEDASH_PROXMOX_READ_TIMEOUT, pvedash.proxmox.read-timeout, 20s",
			"PVEDASH_SIMULATOR_PORT, pvedash.simulator.port, 18006",
			"PVEDASH_SIMULATOR_TOKEN_ID, pvedash.simulator.token-id, demo@pve!x",
			"PVEDASH_SIMULATOR_TOKEN_SECRET, pvedash.simulator.token-secret, s3cret",
			"PVEDASH_SIMULATOR_PVE_VERSION, pvedash.simulator.pve-version, 6.2-4",
			"PVEDASH_SIMULATOR_NODES, pvedash.simulator.nodes, 3",
			"PVEDASH_SIMULATOR_GUESTS, pvedash.simulator.guests, 2000",
			"PVEDASH_GUESTS_CRITICAL_TAG, pvedash.guests.critical-tag, router",
			"PVEDASH_GUESTS_PAGE_SIZE, pvedash.guests.page-size, 100",
			"PVEDASH_BACKUPS_PAGE_SIZE, pvedash.backups.page-size, 100",
			"PVEDASH_SNAPSHOTS_PAGE_SIZE, pvedash.snapshots.page-size, 100" })
	void documentedEnvironmentVariableReachesItsProperty(String env, String property, String value) throws Exception {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new SystemEnvironmentPropertySource("env", Map.of(env, value)));
		environment.getPropertySources()
			.addLast(new ResourcePropertySource(new ClassPathResource("application.properties")));
		assertThat(environment.getProperty(property)).isEqualTo(value);
	}

}
