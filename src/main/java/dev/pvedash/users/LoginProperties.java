package dev.pvedash.users;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Login throttling (docs/sign-in.md). {@code maxFailures} failed logins for one
 * (username, client address) within {@code window} block that pair for {@code block};
 * {@code addressMaxFailures} failures from one address across all usernames block the
 * address for {@code addressBlock}; once a username has {@code usernameFreeFailures}
 * failures from anywhere, an address that already failed on it waits
 * {@code usernameDelay} between tries. Usernames longer than {@code maxUsernameLength}
 * are refused before anything is counted; all counters together stay under
 * {@code maxMemory}.
 */
@ConfigurationProperties("pvedash.login")
record LoginProperties(@DefaultValue("5") int maxFailures, @DefaultValue("5m") Duration window,
		@DefaultValue("5m") Duration block, @DefaultValue("20") int addressMaxFailures,
		@DefaultValue("5m") Duration addressBlock, @DefaultValue("10") int usernameFreeFailures,
		@DefaultValue("2s") Duration usernameDelay, @DefaultValue("64") int maxUsernameLength,
		@DefaultValue("4MB") DataSize maxMemory) {

	/** The defaults, for tests and tools that build a throttle by hand. */
	static LoginProperties defaults() {
		return new LoginProperties(5, Duration.ofMinutes(5), Duration.ofMinutes(5), 20, Duration.ofMinutes(5), 10,
				Duration.ofSeconds(2), 64, DataSize.ofMegabytes(4));
	}

	/**
	 * How long any counter can still matter after its last change: the cache forgets it
	 * then.
	 */
	Duration longestMemory() {
		Duration longest = this.window;
		for (Duration d : new Duration[] { this.block, this.addressBlock }) {
			longest = (d.compareTo(longest) > 0) ? d : longest;
		}
		return longest;
	}

}
