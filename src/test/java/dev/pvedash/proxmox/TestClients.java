package dev.pvedash.proxmox;

import dev.pvedash.simulator.PveSimulator;

/** For tests of other modules: the real client, pinned to a running simulator (the constructor is ours only). */
public final class TestClients {

	private TestClients() {
	}

	public static ProxmoxClient client(PveSimulator simulator) {
		return SimulatorClients.client(simulator);
	}

}
