package dev.pvedash.inventory;

import java.time.Duration;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How often the poller reads PVE (docs/polling.md): fast while someone looks, slow
 * otherwise, and backing off on errors so a struggling host is not hammered.
 *
 * @param configReadsPerCycle cap on per-guest config reads in one cycle, so a first start
 * or a sweep over thousands of guests is spread over several cycles instead of one burst
 * @param taskInterval how often each node's task list is read
 * @param nodeStatusInterval how often each node's status is read;
 * {@code /cluster/resources} carries node CPU and memory every cycle, the status adds
 * load, swap and versions. With both at 30 s a 4-node cluster costs 22 requests in a
 * viewed minute (6 + 2 × 4 + 2 × 4), leaving room under the budget of 40 for per-guest
 * reads (docs/polling.md, "Request budget")
 */
@Validated
@ConfigurationProperties("pvedash.polling")
record PollingProperties(@DefaultValue("true") boolean enabled, @DefaultValue("10s") Duration activeInterval,
		@DefaultValue("60s") Duration idleInterval, @DefaultValue("2m") Duration idleAfter,
		@DefaultValue("60s") Duration maxBackoff, @DefaultValue("6h") Duration sweepInterval,
		@DefaultValue("25") @Min(1) int configReadsPerCycle, @DefaultValue("30s") Duration taskInterval,
		@DefaultValue("30s") Duration nodeStatusInterval) {

	static PollingProperties defaults() {
		return new PollingProperties(true, Duration.ofSeconds(10), Duration.ofSeconds(60), Duration.ofMinutes(2),
				Duration.ofSeconds(60), Duration.ofHours(6), 25, Duration.ofSeconds(30), Duration.ofSeconds(30));
	}

}
