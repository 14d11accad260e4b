package dev.pvedash.proxmox;

import dev.pvedash.proxmox.internal.LazyPveHttp;
import dev.pvedash.simulator.PveSimulator;

/**
 * For tests of other modules: the real client, pinned to a running simulator (the
 * constructor is ours only).
 */
public final class TestClients {

	private TestClients() {
	}

	public static ProxmoxClient client(PveSimulator simulator) {
		return SimulatorClients.client(simulator);
	}

	/**
	 * The real client on the simulator, its actions passing through {@code held} (which
	 * may stop them).
	 */
	public static ProxmoxClient client(PveSimulator simulator, HeldActions held) {
		ProxmoxConnection connection = SimulatorClients.connection(simulator, simulator.fingerprint());
		return new ProxmoxClient(
				held.around(new LazyPveHttp(connection, connection::secret, java.time.Clock.systemUTC())));
	}

}
