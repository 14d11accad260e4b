package dev.pvedash.proxmox;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import tools.jackson.databind.JsonNode;

import dev.pvedash.proxmox.internal.LazyPveHttp;
import dev.pvedash.proxmox.internal.PveHttp;
import dev.pvedash.simulator.PveSimulator;

/**
 * For tests outside this package: the real client (real HTTPS, pinned certificate) aimed
 * at a simulator, recording the path of every request so tests can assert how many calls
 * a feature makes.
 */
public final class CountingSimulatorClient {

	private final List<String> paths = new CopyOnWriteArrayList<>();

	private final ProxmoxClient client;

	private final ProxmoxConnection connection;

	public CountingSimulatorClient(PveSimulator simulator) {
		this.connection = SimulatorClients.connection(simulator, simulator.fingerprint());
		PveHttp http = new LazyPveHttp(this.connection, this.connection::secret, Clock.systemUTC());
		this.client = new ProxmoxClient(new PveHttp() {
			@Override
			public JsonNode get(String path, Map<String, ?> query) {
				CountingSimulatorClient.this.paths.add(path);
				return http.get(path, query);
			}

			@Override
			public JsonNode post(String path, Map<String, ?> form) {
				CountingSimulatorClient.this.paths.add(path);
				return http.post(path, form);
			}

			@Override
			public JsonNode delete(String path, Map<String, ?> query) {
				CountingSimulatorClient.this.paths.add(path);
				return http.delete(path, query);
			}
		});
	}

	public ProxmoxClient client() {
		return this.client;
	}

	public ProxmoxConnection connection() {
		return this.connection;
	}

	/** Paths requested since the last call, oldest first; clears the record. */
	public List<String> takePaths() {
		List<String> taken = List.copyOf(this.paths);
		this.paths.clear();
		return taken;
	}

}
