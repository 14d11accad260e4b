package dev.pvedash.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import dev.pvedash.proxmox.DemoEndpoint;

/**
 * The simulator bean exists in demo mode only, is listening once created, and stops with
 * the context.
 */
class SimulatorConfigurationTests {

	final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(SimulatorConfiguration.class)
		.withBean(Clock.class, Clock::systemUTC)
		.withPropertyValues("pvedash.simulator.port=0", "pvedash.simulator.time-scale=0.01");

	@Test
	@DisplayName("demo mode: no pvedash.proxmox.url: a listening DemoEndpoint with the configured token and a fingerprint")
	void demoMode() {
		this.runner.withPropertyValues("pvedash.proxmox.url=", "pvedash.simulator.token-id=demo@pve!t").run(context -> {
			DemoEndpoint endpoint = context.getBean(DemoEndpoint.class);
			PveSimulator simulator = context.getBean(PveSimulator.class);
			assertThat(endpoint).isSameAs(simulator);
			assertThat(endpoint.tokenId()).isEqualTo("demo@pve!t");
			assertThat(endpoint.url().toString()).startsWith("https://127.0.0.1:");
			assertThat(endpoint.fingerprint()).hasSize(95);
			assertThat(new SimulatorHttp(simulator).get("/version").status()).isEqualTo(200);
			assertThat(context.getBean(SimulatorFaults.class)).isSameAs(simulator.faults());
		});
	}

	@Test
	@DisplayName("demo mode: a configured PVE URL switches the simulator off, unless enabled=true; enabled=false always wins")
	void switches() {
		this.runner.withPropertyValues("pvedash.proxmox.url=https://192.168.1.10:8006")
			.run(context -> assertThat(context).doesNotHaveBean(PveSimulator.class));
		this.runner
			.withPropertyValues("pvedash.proxmox.url=https://192.168.1.10:8006", "pvedash.simulator.enabled=true")
			.run(context -> assertThat(context).hasSingleBean(DemoEndpoint.class));
		this.runner.withPropertyValues("pvedash.simulator.enabled=false")
			.run(context -> assertThat(context).doesNotHaveBean(PveSimulator.class));
	}

	@Test
	@DisplayName("the certificate is kept under ${pvedash.data-dir}/simulator")
	void certificateInDataDirectory(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
		this.runner.withPropertyValues("pvedash.data-dir=" + dir)
			.run(context -> assertThat(dir.resolve("simulator/pve-ssl.pem")).exists());
	}

	@Test
	@DisplayName("CONNECTION after shutdown: closing the context stops the listener")
	void stopsWithTheContext() {
		int[] port = new int[1];
		this.runner.run(context -> port[0] = context.getBean(PveSimulator.class).port());
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> new java.net.Socket("127.0.0.1", port[0]).close())
			.isInstanceOf(java.net.ConnectException.class);
	}

}
