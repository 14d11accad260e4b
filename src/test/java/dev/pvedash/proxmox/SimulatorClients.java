package dev.pvedash.proxmox;

import java.time.Clock;
import java.time.Duration;

import dev.pvedash.proxmox.internal.LazyPveHttp;
import dev.pvedash.simulator.PveSimulator;

/**
 * The real client configured the way a user configures it (URL, token, fingerprint),
 * aimed at a simulator.
 */
final class SimulatorClients {

	private SimulatorClients() {
	}

	static ProxmoxConnection connection(PveSimulator simulator, String fingerprint) {
		ProxmoxProperties properties = new ProxmoxProperties(simulator.url().toString(), simulator.tokenId(),
				simulator.tokenSecret(), null, null, fingerprint, null, Duration.ofSeconds(3), Duration.ofSeconds(10));
		return ProxmoxConnection.resolve(properties, null);
	}

	static ProxmoxClient client(PveSimulator simulator) {
		ProxmoxConnection connection = connection(simulator, simulator.fingerprint());
		return new ProxmoxClient(new LazyPveHttp(connection, connection::secret, Clock.systemUTC()));
	}

}
