package dev.pvedash.proxmox;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * A rare check of the PVE connection for the health endpoint and the token self-test: {@code /version}, one
 * {@code /cluster/resources} and {@code /access/permissions} every 5 minutes (3 requests, well inside the
 * poller's budget). Whether PVE answers right now comes from {@link RequestOutcomes}; this logs changes only.
 */
@Component
class ProxmoxProbe implements TokenCheck {

	private static final Logger log = LoggerFactory.getLogger(ProxmoxProbe.class);

	private final ProxmoxClient client;

	private final ProxmoxConnection connection;

	private final Clock clock;

	private final AtomicReference<ProbeResult> last = new AtomicReference<>();

	ProxmoxProbe(ProxmoxClient client, ProxmoxConnection connection, Clock clock) {
		this.client = client;
		this.connection = connection;
		this.clock = clock;
	}

	@Scheduled(initialDelayString = "${pvedash.proxmox.probe-initial-delay:1s}",
			fixedDelayString = "${pvedash.proxmox.probe-interval:5m}")
	void scheduled() {
		probe();
	}

	ProbeResult probe() {
		ProbeResult result;
		try {
			String version = this.client.version().version();
			ClusterResources resources = this.client.clusterResources();
			List<String> warnings = PrivilegeCheck.findings(resources, permissionsOrNull());
			result = ProbeResult.up(this.clock.instant(), version, resources.nodes().size(), resources.guests().size(),
					warnings);
		}
		catch (ProxmoxException ex) {
			result = ProbeResult.down(this.clock.instant(), ex);
		}
		ProbeResult previous = this.last.getAndSet(result);
		if (previous == null || previous.isUp() != result.isUp() || !previous.warnings().equals(result.warnings())) {
			report(result);
		}
		return result;
	}

	/** Null until the first probe has finished. */
	ProbeResult last() {
		return this.last.get();
	}

	@Override
	public List<String> findings() {
		ProbeResult result = this.last.get();
		return (result != null) ? result.warnings() : List.of();
	}

	boolean configured() {
		return this.connection.configured();
	}

	boolean demo() {
		return this.connection.demo();
	}

	private Permissions permissionsOrNull() {
		try {
			return this.client.permissions();
		}
		catch (ProxmoxException ex) {
			return null; // old PVE or a token refused this call: the self-test then judges by the lists alone
		}
	}

	private void report(ProbeResult result) {
		if (!result.isUp()) {
			log.warn("Proxmox VE unreachable or refusing ({}): {}", result.error().kind(), result.error().getMessage());
			return;
		}
		log.info("Proxmox VE {} answers ({}): {} node(s), {} guest(s)", result.version(),
				this.connection.demo() ? "demo" : "live", result.nodes(), result.guests());
		result.warnings().forEach(warning -> log.warn("Proxmox token check: {}", warning));
	}

}
