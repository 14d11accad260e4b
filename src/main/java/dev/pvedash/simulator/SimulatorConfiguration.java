package dev.pvedash.simulator;

import java.nio.file.Path;
import java.time.Clock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Demo mode: one simulator, started (and listening) when the bean is created, so anything
 * injecting the {@link dev.pvedash.proxmox.DemoEndpoint} finds it up; closed with the
 * context. Its certificate lives in {@code ${pvedash.data-dir}/simulator/} so a pinned
 * fingerprint survives restarts.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(DemoModeCondition.class)
@EnableConfigurationProperties(SimulatorProperties.class)
class SimulatorConfiguration {

	@Bean(destroyMethod = "close")
	PveSimulator pveSimulator(SimulatorProperties properties, Clock clock,
			@Value("${pvedash.data-dir:}") String dataDirectory) {
		Path certificates = dataDirectory.isBlank() ? null : Path.of(dataDirectory, "simulator");
		return PveSimulator.start(properties, clock, certificates);
	}

	@Bean
	SimulatorFaults simulatorFaults(PveSimulator simulator) {
		return simulator.faults();
	}

}
