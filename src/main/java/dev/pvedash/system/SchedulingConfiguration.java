package dev.pvedash.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Turns on the background work: the poller's tick, the Proxmox probe, the action follower
 * and the snapshot, backup and metrics jobs. Each {@code @Scheduled} method only
 * delegates to a plain method (behind a configuration guard at most), which tests call
 * directly with their own clock instead of waiting for a tick.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfiguration {

}
