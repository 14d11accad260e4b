package dev.pvedash.simulator;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The simulator runs in demo mode (no {@code pvedash.proxmox.url}) unless
 * {@code pvedash.simulator.enabled} says otherwise; {@code enabled=true} also runs it
 * next to a real PVE, e.g. for benchmarks.
 */
class DemoModeCondition implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		Environment environment = context.getEnvironment();
		String enabled = environment.getProperty("pvedash.simulator.enabled");
		if (enabled != null && !enabled.isBlank()) {
			return Boolean.parseBoolean(enabled.strip());
		}
		String url = environment.getProperty("pvedash.proxmox.url");
		return url == null || url.isBlank();
	}

}
