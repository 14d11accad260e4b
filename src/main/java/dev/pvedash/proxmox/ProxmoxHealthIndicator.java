package dev.pvedash.proxmox;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import dev.pvedash.proxmox.internal.RequestOutcomes;

/**
 * The {@code proxmox} component of {@code /actuator/health}: UP when the last request to
 * PVE succeeded (any module's, usually the poller's), with mode, and the PVE version and
 * counts from the probe; DOWN with the typed reason (e.g. the TLS message naming both
 * fingerprints). Details are shown to admins only
 * (management.endpoint.health.show-details).
 */
@Component("proxmox")
class ProxmoxHealthIndicator implements HealthIndicator {

	private final ProxmoxProbe probe;

	private final RequestOutcomes outcomes;

	ProxmoxHealthIndicator(ProxmoxProbe probe, RequestOutcomes outcomes) {
		this.probe = probe;
		this.outcomes = outcomes;
	}

	@Override
	public Health health() {
		String mode = this.probe.demo() ? "demo" : "live";
		if (!this.probe.configured()) {
			return Health.unknown()
				.withDetail("mode", "unconfigured")
				.withDetail("error", "no Proxmox URL and no simulator: set PVEDASH_PROXMOX_URL")
				.build();
		}
		RequestOutcomes.Failure failure = this.outcomes.currentFailure();
		if (failure != null) { // a later request than the probe's failed: that is the
								// current state
			return Health.down()
				.withDetail("mode", mode)
				.withDetail("checkedAt", failure.at().toString())
				.withDetail("kind", failure.error().kind().name())
				.withDetail("error", failure.error().getMessage())
				.build();
		}
		ProbeResult result = this.probe.last();
		if (result == null) {
			return Health.unknown()
				.withDetail("mode", mode)
				.withDetail("error", "no answer from Proxmox VE yet")
				.build();
		}
		if (!result.isUp() && !succeededSince(result)) {
			return Health.down()
				.withDetail("mode", mode)
				.withDetail("checkedAt", result.at().toString())
				.withDetail("kind", result.error().kind().name())
				.withDetail("error", result.error().getMessage())
				.build();
		}
		if (!result.isUp()) { // the probe failed, but requests since then succeed: up,
								// figures from the next probe
			return Health.up()
				.withDetail("mode", mode)
				.withDetail("checkedAt", this.outcomes.lastSuccess().toString())
				.build();
		}
		Health.Builder up = Health.up()
			.withDetail("mode", mode)
			.withDetail("version", result.version())
			.withDetail("nodes", result.nodes())
			.withDetail("guests", result.guests())
			.withDetail("checkedAt", result.at().toString());
		if (!result.warnings().isEmpty()) {
			up.withDetail("warnings", result.warnings());
		}
		return up.build();
	}

	private boolean succeededSince(ProbeResult result) {
		return this.outcomes.lastSuccess() != null && this.outcomes.lastSuccess().isAfter(result.at());
	}

}
