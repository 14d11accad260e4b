package dev.pvedash.simulator;

import java.time.Duration;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The simulator's knobs. {@code enabled} is three-valued: unset follows demo mode (no
 * {@code pvedash.proxmox.url}), {@code true}/{@code false} force it. {@code timeScale}
 * multiplies every task duration (0.01 makes a 2 s start take 20 ms);
 * {@code authFailureDelay} is PVE's deliberate 401 delay, 0 by default so the demo UI is
 * not slowed. {@code readOnlyToken} gives the token audit privileges only. {@code seed}
 * makes CPU and memory curves repeatable.
 */
@Validated
@ConfigurationProperties("pvedash.simulator")
public record SimulatorProperties(@Nullable Boolean enabled, @DefaultValue("8006") @Min(0) @Max(65535) int port,
		@DefaultValue("pvedash@pve!demo") @NotBlank String tokenId,
		@DefaultValue("5f0d6c55-3c6e-4a7e-9d0c-2a8f1b7e4d21") @NotBlank String tokenSecret,
		@DefaultValue("8.2.4") @NotBlank String pveVersion, @DefaultValue("1") @Min(1) @Max(64) int nodes,
		@DefaultValue("7") @Min(0) @Max(100000) int guests, @DefaultValue("1.0") @DecimalMin("0.0") double timeScale,
		@DefaultValue("0s") Duration authFailureDelay, @DefaultValue("false") boolean readOnlyToken,
		@DefaultValue("20240601") long seed) {

	/**
	 * The documented defaults on a random port, for tests that start a simulator without
	 * Spring.
	 */
	public static SimulatorProperties defaults() {
		return new SimulatorProperties(null, 0, "pvedash@pve!demo", "5f0d6c55-3c6e-4a7e-9d0c-2a8f1b7e4d21", "8.2.4", 1,
				7, 1.0, Duration.ZERO, false, 20240601L);
	}

	public SimulatorProperties withPort(int port) {
		return new SimulatorProperties(this.enabled, port, this.tokenId, this.tokenSecret, this.pveVersion, this.nodes,
				this.guests, this.timeScale, this.authFailureDelay, this.readOnlyToken, this.seed);
	}

	public SimulatorProperties withPveVersion(String pveVersion) {
		return new SimulatorProperties(this.enabled, this.port, this.tokenId, this.tokenSecret, pveVersion, this.nodes,
				this.guests, this.timeScale, this.authFailureDelay, this.readOnlyToken, this.seed);
	}

	public SimulatorProperties withScale(int nodes, int guests) {
		return new SimulatorProperties(this.enabled, this.port, this.tokenId, this.tokenSecret, this.pveVersion, nodes,
				guests, this.timeScale, this.authFailureDelay, this.readOnlyToken, this.seed);
	}

	public SimulatorProperties withTimeScale(double timeScale) {
		return new SimulatorProperties(this.enabled, this.port, this.tokenId, this.tokenSecret, this.pveVersion,
				this.nodes, this.guests, timeScale, this.authFailureDelay, this.readOnlyToken, this.seed);
	}

	public SimulatorProperties withReadOnlyToken(boolean readOnlyToken) {
		return new SimulatorProperties(this.enabled, this.port, this.tokenId, this.tokenSecret, this.pveVersion,
				this.nodes, this.guests, this.timeScale, this.authFailureDelay, readOnlyToken, this.seed);
	}

}
