package dev.pvedash.proxmox;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code proxmox} component of {@code /actuator/health}: UP when the last probe succeeded, with
 * mode, PVE version and counts; DOWN with the typed reason (e.g. the TLS message naming both
 * fingerprints). Details are shown to admins only (management.endpoint.health.show-details).
 */
@Component("proxmox")
class ProxmoxHealthIndicator implements HealthIndicator {

	private final ProxmoxProbe probe;

	ProxmoxHealthIndicator(ProxmoxProbe probe) {
		this.probe = probe;
	}

	@Override
	public Health health() {
		String mode = this.probe.demo() ? "demo" : "live";
		if (!this.probe.configured()) {
			return Health.unknown().withDetail("mode", "unconfigured")
				.withDetail("error", "no Proxmox URL and no simulator: set PVEDASH_PROXMOX_URL").build();
		}
		ProbeResult result = this.probe.last();
		if (result == null) {
			return Health.unknown().withDetail("mode", mode).withDetail("error", "no answer from Proxmox VE yet").build();
		}
		if (!result.isUp()) {
			return Health.down().withDetail("mode", mode).withDetail("checkedAt", result.at().toString())
				.withDetail("kind", result.error().kind().name()).withDetail("error", result.error().getMessage()).build();
		}
		Health.Builder up = Health.up().withDetail("mode", mode).withDetail("version", result.version())
			.withDetail("nodes", result.nodes()).withDetail("guests", result.guests())
			.withDetail("checkedAt", result.at().toString());
		if (!result.warnings().isEmpty()) {
			up.withDetail("warnings", result.warnings());
		}
		return up.build();
	}

}
