package dev.pvedash.proxmox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.pvedash.proxmox.internal.FakePve;
import dev.pvedash.proxmox.internal.FakePveExtension;

/**
 * The recorded-shape fixtures served as PVE serves them (HTTPS, pinned certificate, real
 * transport) must map to exactly what the mapping tests see through the in-memory fake:
 * transport and mapping agree for every PVE major version (docs/proxmox-notes.md,
 * Envelope and values, Reads, Versions).
 */
class FixturesOverHttpsTests {

	/** Request path below /api2/json → fixture file name, per version directory. */
	private static final Map<String, String> ROUTES = Map.of("/version", "version.json", "/cluster/resources",
			"cluster-resources.json", "/nodes/pve/status", "node-status.json", "/nodes/pve/qemu/100/config",
			"qemu-100-config.json");

	@RegisterExtension
	final FakePveExtension fakePve = new FakePveExtension();

	@ParameterizedTest
	@ValueSource(strings = { "pve6", "pve7", "pve8", "pve9" })
	void sameRecordsOverTheWireAsFromTheFake(String version) throws Exception {
		FakePve pve = this.fakePve.selfSigned();
		FixturePveHttp fake = new FixturePveHttp();
		ROUTES.forEach((path, file) -> {
			if (exists(version + "/" + file)) {
				fake.answer("GET", path, version + "/" + file);
			}
		});
		pve.server.setDispatcher(new FixtureDispatcher(version));
		ProxmoxClient wire = new ProxmoxClient(pve.http(pve.pinned()));
		ProxmoxClient memory = fake.client();
		assertThat(wire.version()).isEqualTo(memory.version());
		assertThat(wire.clusterResources()).isEqualTo(memory.clusterResources());
		assertThat(wire.clusterResources().guests()).isNotEmpty();
		if (exists(version + "/node-status.json")) {
			assertThat(wire.nodeStatus("pve")).isEqualTo(memory.nodeStatus("pve"));
		}
		if (exists(version + "/qemu-100-config.json")) {
			assertThat(wire.guestConfig("pve", GuestType.QEMU, 100))
				.isEqualTo(memory.guestConfig("pve", GuestType.QEMU, 100));
		}
	}

	private static boolean exists(String fixture) {
		return FixturesOverHttpsTests.class.getResource("/proxmox/" + fixture) != null;
	}

	private static final class FixtureDispatcher extends Dispatcher {

		private final String version;

		FixtureDispatcher(String version) {
			this.version = version;
		}

		@Override
		public MockResponse dispatch(RecordedRequest request) {
			String path = request.getUrl().encodedPath().substring("/api2/json".length());
			String file = ROUTES.get(path);
			if (file == null || !exists(this.version + "/" + file)) {
				return FakePve.status("HTTP/1.1 501 Method 'GET " + path + "' not implemented", "{\"data\":null}");
			}
			return FakePve.json(200, read(this.version + "/" + file));
		}

		private static String read(String fixture) {
			try (InputStream in = FixturesOverHttpsTests.class.getResourceAsStream("/proxmox/" + fixture)) {
				return new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
