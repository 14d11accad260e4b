package dev.pvedash.users;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Login throttling: {@code maxFailures} failed logins for one (username, client address) within
 * {@code window} block that pair for {@code block}. At most {@code maxTracked} pairs are remembered.
 */
@ConfigurationProperties("pvedash.login")
record LoginProperties(@DefaultValue("5") int maxFailures, @DefaultValue("5m") Duration window,
		@DefaultValue("5m") Duration block, @DefaultValue("10000") int maxTracked) {
}
