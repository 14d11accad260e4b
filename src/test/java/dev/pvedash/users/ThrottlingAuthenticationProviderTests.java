package dev.pvedash.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import dev.pvedash.support.MutableClock;

/**
 * The provider chain the app builds, with a password encoder that counts its checks: a
 * spray of 200 names from one address runs at most 20 PBKDF2 checks, the owner still
 * signs in from elsewhere, and the block ends by itself (docs/sign-in.md).
 */
class ThrottlingAuthenticationProviderTests {

	final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T12:00:00Z"));

	final AtomicInteger checks = new AtomicInteger();

	final PasswordEncoder real = PasswordEncoders.delegating();

	final String ownerHash = this.real.encode("Zq8-lantern-orbit-x");

	final ThrottlingAuthenticationProvider provider = provider();

	@Test
	void aSprayOfTwoHundredNamesRunsAtMostTwentyPasswordChecks() {
		this.checks.set(0);
		int refusedUnchecked = 0;
		for (int i = 0; i < 200; i++) {
			try {
				this.provider.authenticate(attempt("user" + i, "guess-" + i, "203.0.113.5"));
			}
			catch (LoginThrottledException ex) {
				refusedUnchecked++;
			}
			catch (BadCredentialsException ex) {
				// a checked wrong guess
			}
		}
		assertThat(this.checks.get()).isEqualTo(20);
		assertThat(refusedUnchecked).isEqualTo(180);
		assertThat(
				this.provider.authenticate(attempt("owner", "Zq8-lantern-orbit-x", "198.51.100.7")).isAuthenticated())
			.isTrue();
		assertThatExceptionOfType(LoginThrottledException.class)
			.isThrownBy(() -> this.provider.authenticate(attempt("owner", "Zq8-lantern-orbit-x", "203.0.113.5")));
		this.clock.advance(Duration.ofMinutes(5));
		assertThat(this.provider.authenticate(attempt("owner", "Zq8-lantern-orbit-x", "203.0.113.5")).isAuthenticated())
			.isTrue();
	}

	private ThrottlingAuthenticationProvider provider() {
		PasswordEncoder counting = new PasswordEncoder() {
			@Override
			public String encode(CharSequence raw) {
				return ThrottlingAuthenticationProviderTests.this.real.encode(raw);
			}

			@Override
			public boolean matches(CharSequence raw, String encoded) {
				ThrottlingAuthenticationProviderTests.this.checks.incrementAndGet();
				return ThrottlingAuthenticationProviderTests.this.real.matches(raw, encoded);
			}
		};
		DaoAuthenticationProvider dao = new DaoAuthenticationProvider(username -> {
			if (!"owner".equals(username)) {
				throw new UsernameNotFoundException(username);
			}
			return User.withUsername("owner").password(this.ownerHash).roles("ADMIN").build();
		});
		dao.setPasswordEncoder(counting);
		return new ThrottlingAuthenticationProvider(dao, new LoginThrottle(LoginProperties.defaults(), this.clock));
	}

	private static Authentication attempt(String username, String password, String address) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setRemoteAddr(address);
		UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(username,
				password);
		token.setDetails(new WebAuthenticationDetails(request));
		return token;
	}

}
