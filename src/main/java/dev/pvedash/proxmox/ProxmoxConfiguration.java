package dev.pvedash.proxmox;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.pvedash.proxmox.internal.LazyPveHttp;
import dev.pvedash.proxmox.internal.ObservedPveHttp;
import dev.pvedash.proxmox.internal.PveHttp;
import dev.pvedash.proxmox.internal.RequestOutcomes;

/**
 * The connection to PVE: from the properties when a URL is set, else the simulator's
 * {@link DemoEndpoint} when there is one, else "not configured" (the app starts anyway;
 * the client then fails on use).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ProxmoxProperties.class)
class ProxmoxConfiguration {

	private static final Logger log = LoggerFactory.getLogger(ProxmoxConfiguration.class);

	@Bean
	ProxmoxConnection proxmoxConnection(ProxmoxProperties properties, ObjectProvider<DemoEndpoint> demo) {
		// an ObjectProvider, not a plain parameter: the simulator is optional (it exists
		// only in demo mode or when
		// enabled beside a real PVE), and its endpoint is asked for only when no URL is
		// set, so a configured PVE
		// never creates it
		ProxmoxConnection connection = ProxmoxConnection.resolve(properties,
				(properties.url() == null) ? demo.getIfAvailable() : null);
		if (connection.configured()) {
			log.info("Proxmox VE: {}", connection);
		}
		else {
			log.warn("Proxmox VE is not configured: set PVEDASH_PROXMOX_URL (and a token); pages will show no data");
		}
		return connection;
	}

	@Bean
	RequestOutcomes requestOutcomes(Clock clock) {
		return new RequestOutcomes(clock);
	}

	@Bean
	PveHttp pveHttp(ProxmoxConnection connection, Clock clock, RequestOutcomes outcomes) {
		return new ObservedPveHttp(new LazyPveHttp(connection, connection::secret, clock), outcomes);
	}

}
