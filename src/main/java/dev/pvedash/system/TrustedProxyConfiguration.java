package dev.pvedash.system;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.catalina.valves.RemoteIpValve;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The client address is the TCP peer. Only when the peer is one of the configured reverse
 * proxies are {@code X-Forwarded-For} and {@code X-Forwarded-Proto} believed; then the
 * request carries the real client address (for login throttling and the audit log) and
 * its scheme (for Secure cookies). Tomcat's own default would trust every private
 * address, which on a LAN means every client could spoof its address.
 */
@Configuration(proxyBeanMethods = false)
class TrustedProxyConfiguration {

	private static final Pattern IP_LITERAL = Pattern.compile("[0-9A-Fa-f:.]+");

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> trustedProxies(
			@Value("${pvedash.trusted-proxies:}") List<String> proxies) {
		List<String> addresses = proxies.stream().map(String::strip).filter(p -> !p.isEmpty()).toList();
		addresses.stream().filter(p -> !IP_LITERAL.matcher(p).matches()).findFirst().ifPresent(bad -> {
			throw new IllegalArgumentException(
					"PVEDASH_TRUSTED_PROXIES must list IP addresses separated by commas, not '" + bad + "'");
		});
		return factory -> {
			if (!addresses.isEmpty()) {
				factory.addEngineValves(valve(addresses));
			}
		};
	}

	static RemoteIpValve valve(List<String> addresses) {
		RemoteIpValve valve = new RemoteIpValve();
		valve.setInternalProxies(addresses.stream().map(Pattern::quote).collect(Collectors.joining("|")));
		valve.setTrustedProxies("");
		valve.setRemoteIpHeader("X-Forwarded-For");
		valve.setProtocolHeader("X-Forwarded-Proto");
		return valve;
	}

}
