package dev.pvedash.proxmox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import dev.pvedash.proxmox.internal.RequestOutcomes;

/**
 * A rare check of the PVE connection for the health endpoint and the token self-test,
 * every 5 minutes: {@code /access/permissions} judged against the poller's latest
 * {@code /cluster/resources}, and {@code /version} hourly instead; one request a run once
 * up, so an idle minute stays within its budget. Whether PVE answers right now comes from
 * {@link RequestOutcomes}; this logs changes only.
 */
@Component
class ProxmoxProbe implements TokenCheck {

	private static final Logger log = LoggerFactory.getLogger(ProxmoxProbe.class);

	private static final Duration VERSION_INTERVAL = Duration.ofHours(1);

	private final ProxmoxClient client;

	private final ProxmoxConnection connection;

	private final Clock clock;

	private final AtomicReference<ProbeResult> last = new AtomicReference<>();

	private volatile @Nullable Permissions permissions;

	private volatile @Nullable String version;

	private volatile Instant versionReadAt = Instant.MIN;

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
		Instant now = this.clock.instant();
		ProbeResult result;
		try {
			// at most one request a run once up: the poller's own /cluster/resources is
			// reused, the version is
			// re-read hourly in place of the permissions (docs/polling.md, "Request
			// budget")
			boolean versionDue = this.version == null || !now.isBefore(this.versionReadAt.plus(VERSION_INTERVAL));
			if (versionDue) {
				this.version = this.client.version().version();
				this.versionReadAt = now;
			}
			ClusterResources resources = this.client.takeLastResources();
			if (resources == null) {
				resources = this.client.clusterResources();
				this.client.takeLastResources(); // our own read: the next run must not
													// take it for the poller's
			}
			if (this.permissions == null || !versionDue) {
				this.permissions = permissionsOrNull();
			}
			List<String> warnings = PrivilegeCheck.findings(resources, this.permissions);
			result = ProbeResult.up(now, this.version, resources.nodes().size(), resources.guests().size(), warnings);
		}
		catch (ProxmoxException ex) {
			this.version = null; // after a failure, the next run reads the version again:
									// PVE may have been upgraded
			result = ProbeResult.down(now, ex);
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
			return null; // old PVE or a token refused this call: the self-test then
							// judges by the lists alone
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
