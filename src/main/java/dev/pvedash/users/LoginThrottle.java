package dev.pvedash.users;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.stereotype.Component;

/**
 * Failed sign-ins counted three ways (docs/sign-in.md, OWASP ASVS 5.0 6.3.1): per
 * (username, address), which blocks; per address across usernames, which blocks a spray;
 * per username across addresses, which only slows addresses that already failed on it, so
 * a flood from elsewhere never locks the owner out (Grafana's lesson). Keys are
 * fixed-size digests ({@link ThrottleKeys}); one Caffeine cache holds all counters,
 * bounded in bytes by a weigher and forgetting each one once it can no longer matter.
 */
@Component
class LoginThrottle {

	enum Scope {

		PAIR, ADDRESS, USERNAME

	}

	/** Who tries: the username's digest and the client's address key. */
	record Key(String username, String address) {

		static Key of(String rawUsername, String rawAddress) {
			return new Key(ThrottleKeys.username(rawUsername), ThrottleKeys.address(rawAddress));
		}

	}

	record Refusal(Scope scope, Duration retryAfter) {

		/**
		 * Whole seconds to wait, rounded up, at least one: what the pages and the audit
		 * log say.
		 */
		long seconds() {
			return Math.max(1, (this.retryAfter.toMillis() + 999) / 1000);
		}

		String scopeName() {
			return this.scope.name().toLowerCase(Locale.ROOT);
		}

	}

	/**
	 * Map entry, key string, value object and deque overheads, rounded up (64-bit JVM,
	 * compressed oops).
	 */
	private static final int ENTRY_BYTES = 256;

	private static final int TIMESTAMP_BYTES = 40;

	private final LoginProperties properties;

	private final Clock clock;

	private final Cache<String, FailureCount> counts;

	LoginThrottle(LoginProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
		this.counts = Caffeine.newBuilder()
			.maximumWeight(properties.maxMemory().toBytes())
			.weigher(
					(String key, FailureCount count) -> ENTRY_BYTES + 2 * key.length() + TIMESTAMP_BYTES * count.size())
			.expireAfterWrite(properties.longestMemory())
			.ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
			.executor(Runnable::run) // upkeep in the calling thread: no pool, and tests
										// see it at once
			.build();
	}

	/**
	 * Whether this attempt may reach the password check at all; a refused one costs no
	 * PBKDF2.
	 */
	Optional<Refusal> check(Key key) {
		Instant now = this.clock.instant();
		Optional<Refusal> refusal = blocked(Scope.ADDRESS, addressKey(key), now);
		if (refusal.isEmpty()) {
			refusal = blocked(Scope.PAIR, pairKey(key), now);
		}
		if (refusal.isEmpty()) {
			refusal = usernameDelay(key, now);
		}
		return refusal;
	}

	void failed(Key key) {
		Instant now = this.clock.instant();
		count(pairKey(key), now, this.properties.maxFailures(), this.properties.maxFailures(), this.properties.block());
		failedFrom(key.address(), now);
		count(usernameKey(key), now, this.properties.usernameFreeFailures(), Integer.MAX_VALUE, Duration.ZERO);
	}

	/**
	 * A refusal that named no usable username (too long) still counts against its
	 * address.
	 */
	void failedFromAddress(String rawAddress) {
		failedFrom(ThrottleKeys.address(rawAddress), this.clock.instant());
	}

	/**
	 * The right password ends this pair's count; the address and username counts stay.
	 */
	void succeeded(Key key) {
		this.counts.invalidate(pairKey(key));
	}

	long trackedPairs() {
		this.counts.cleanUp();
		return this.counts.estimatedSize();
	}

	/** For tests: what the throttle holds, to prove no typed name is among it. */
	Set<String> storedKeys() {
		return Set.copyOf(this.counts.asMap().keySet());
	}

	private void failedFrom(String address, Instant now) {
		count("a:" + address, now, this.properties.addressMaxFailures(), this.properties.addressMaxFailures(),
				this.properties.addressBlock());
	}

	private Optional<Refusal> blocked(Scope scope, String key, Instant now) {
		FailureCount count = this.counts.getIfPresent(key);
		return (count == null) ? Optional.empty() : count.blockedFor(now).map(wait -> new Refusal(scope, wait));
	}

	/**
	 * Soft: only addresses that already failed on this busy username wait, and only
	 * {@code usernameDelay}.
	 */
	private Optional<Refusal> usernameDelay(Key key, Instant now) {
		FailureCount forUser = this.counts.getIfPresent(usernameKey(key));
		FailureCount forPair = this.counts.getIfPresent(pairKey(key));
		if (forUser == null || forPair == null || forPair.recent(now, this.properties.window()) == 0
				|| forUser.recent(now, this.properties.window()) < this.properties.usernameFreeFailures()) {
			return Optional.empty();
		}
		Instant until = forUser.last().plus(this.properties.usernameDelay());
		return now.isBefore(until) ? Optional.of(new Refusal(Scope.USERNAME, Duration.between(now, until)))
				: Optional.empty();
	}

	/**
	 * Adds a failure, keeping at most {@code keep} times; {@code blockAt} failures in the
	 * window block.
	 */
	private void count(String key, Instant now, int keep, int blockAt, Duration block) {
		this.counts.asMap().compute(key, (k, existing) -> {
			FailureCount count = (existing != null) ? existing : new FailureCount();
			count.add(now, this.properties.window(), keep, blockAt, block);
			return count;
		});
	}

	private static String pairKey(Key key) {
		return "p:" + key.username() + "@" + key.address();
	}

	private static String addressKey(Key key) {
		return "a:" + key.address();
	}

	private static String usernameKey(Key key) {
		return "u:" + key.username();
	}

}
