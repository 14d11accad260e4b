package dev.pvedash.proxmox;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The connection to PVE: from the properties when a URL is set, else the simulator's {@link DemoEndpoint}
 * when there is one, else "not configured" (the app starts anyway; the client then fails on use).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ProxmoxProperties.class)
class ProxmoxConfiguration {

	private static final Logger log = LoggerFactory.getLogger(ProxmoxConfiguration.class);

	@Bean
	ProxmoxConnection proxmoxConnection(ProxmoxProperties properties, ObjectProvider<DemoEndpoint> demo) {
		// the simulator's endpoint is asked for only in demo mode, so a real PVE never creates it
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
	RequestOutcomes requestOutcomes(ObjectProvider<Clock> clock) {
		return new RequestOutcomes(clock.getIfAvailable(Clock::systemUTC));
	}

	@Bean
	PveHttp pveHttp(ProxmoxConnection connection, ObjectProvider<Clock> clock, RequestOutcomes outcomes) {
		return new ObservedPveHttp(new LazyPveHttp(connection, clock.getIfAvailable(Clock::systemUTC)), outcomes);
	}

}
