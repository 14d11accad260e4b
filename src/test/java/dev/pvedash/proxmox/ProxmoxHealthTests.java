package dev.pvedash.proxmox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import dev.pvedash.proxmox.internal.FakePve;
import dev.pvedash.proxmox.internal.FakePveExtension;
import dev.pvedash.proxmox.internal.LazyPveHttp;
import dev.pvedash.proxmox.internal.ObservedPveHttp;
import dev.pvedash.proxmox.internal.RequestOutcomes;
import dev.pvedash.simulator.PveSimulator;
import dev.pvedash.simulator.SimulatorExtension;
import dev.pvedash.simulator.SimulatorProperties;

/**
 * The {@code proxmox} health component: pointed at an HTTPS PVE with a self-signed
 * certificate, token and fingerprint, UP with the right counts for PVE 6.2 shapes as well
 * as 7.x/8.x/9.x; with a wrong fingerprint DOWN naming the presented one, and nothing
 * sent.
 */
class ProxmoxHealthTests {

	@RegisterExtension
	final FakePveExtension fakePve = new FakePveExtension();

	@RegisterExtension
	final SimulatorExtension simulators = new SimulatorExtension();

	@ParameterizedTest
	@ValueSource(strings = { "6.2-4", "7.4-17", "8.2.4", "9.0.3" })
	void upWithNodeAndGuestCountsForEveryPveVersion(String version) {
		PveSimulator pve = this.simulators.start(SimulatorProperties.defaults().withPort(0).withPveVersion(version),
				Clock.systemUTC());
		ProxmoxConnection connection = SimulatorClients.connection(pve,
				pve.fingerprint().toLowerCase().replace(":", ""));
		Health health = health(connection);
		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("mode", "live")
			.containsEntry("nodes", 1)
			.containsEntry("guests", 7)
			.doesNotContainKey("warnings");
		assertThat((String) health.getDetails().get("version")).startsWith(version.substring(0, 2));
	}

	@Test
	void wrongFingerprintIsDownNamingThePresentedOneAndNothingIsSent() throws Exception {
		FakePve pve = this.fakePve.selfSigned();
		String wrong = "AA:".repeat(31) + "AA";
		Health health = health(pve.token("localhost", wrong, null));
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat((String) health.getDetails().get("error")).contains("certificate changed")
			.contains(pve.fingerprint());
		assertThat(health.getDetails()).containsEntry("kind", "TLS");
		assertThat(pve.server.getRequestCount()).isZero();
	}

	@Test
	void emptyListsFromAWorkingTokenAreFlaggedAsTheAclTrap() throws Exception {
		FakePve pve = this.fakePve.selfSigned();
		pve.enqueue(
				FakePve.json(200, "{\"data\":{\"version\":\"8.2.4\",\"release\":\"8.2\",\"repoid\":\"faa83925\"}}"));
		pve.enqueue(FakePve.json(200, "{\"data\":[]}"));
		pve.enqueue(FakePve.json(200, "{\"data\":{}}"));
		Health health = health(pve.pinned());
		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("nodes", 0).containsEntry("guests", 0);
		assertThat(health.getDetails().get("warnings").toString()).contains("privilege-separated");
	}

	@Test
	void missingPrivilegesAreNamedPerFeature() {
		PveSimulator pve = this.simulators.start(SimulatorProperties.defaults().withPort(0).withReadOnlyToken(true),
				Clock.systemUTC());
		Health health = health(SimulatorClients.connection(pve, pve.fingerprint()));
		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails().get("warnings").toString())
			.contains("power actions: missing VM.PowerMgmt on /vms/100");
	}

	@Test
	void theLatestRequestDecidesEvenAfterAGoodProbe() throws Exception {
		PveSimulator pve = this.simulators.start(SimulatorProperties.defaults().withPort(0), Clock.systemUTC());
		RequestOutcomes outcomes = new RequestOutcomes(Clock.systemUTC());
		ProxmoxConnection connection = SimulatorClients.connection(pve, pve.fingerprint());
		ProxmoxClient client = new ProxmoxClient(
				new ObservedPveHttp(new LazyPveHttp(connection, connection::secret, Clock.systemUTC()), outcomes));
		ProxmoxProbe probe = new ProxmoxProbe(client, connection, Clock.systemUTC());
		probe.probe();
		ProxmoxHealthIndicator indicator = new ProxmoxHealthIndicator(probe, outcomes);
		assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
		pve.faults().revokeToken(); // e.g. the poller's next request is refused
		org.assertj.core.api.Assertions.catchThrowable(client::clusterResources);
		assertThat(indicator.health().getStatus()).isEqualTo(Status.DOWN);
		assertThat(indicator.health().getDetails()).containsEntry("kind", "AUTHENTICATION");
		pve.faults().reset();
		client.clusterResources();
		assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
	}

	private static Health health(ProxmoxConnection connection) {
		RequestOutcomes outcomes = new RequestOutcomes(Clock.systemUTC());
		ProxmoxProbe probe = new ProxmoxProbe(
				new ProxmoxClient(new ObservedPveHttp(
						new LazyPveHttp(connection, connection::secret, Clock.systemUTC()), outcomes)),
				connection, Clock.systemUTC());
		probe.probe();
		return new ProxmoxHealthIndicator(probe, outcomes).health();
	}

}
