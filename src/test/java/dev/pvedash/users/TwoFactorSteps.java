package dev.pvedash.users;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.List;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import dev.pvedash.support.MutableClock;

/**
 * The steps the two-factor tests share: an enrolled account, the password step, the code
 * step.
 */
final class TwoFactorSteps {

	static final String PASSWORD = "Quartz-otter-lamp-91";

	record Enrolled(UserAccount account, byte[] secret, List<String> recoveryCodes) {
	}

	private TwoFactorSteps() {
	}

	/**
	 * An account with TOTP on; the clock is then moved one step on, so the next current
	 * code is unused.
	 */
	static Enrolled enrolled(Accounts accounts, SecondFactors factors, MutableClock clock, String username, Role role) {
		UserAccount account = accounts.create(Actor.SYSTEM, username, PASSWORD, role);
		byte[] secret = factors.newSecret();
		List<String> recovery = factors.enrol(new Actor(username, "10.9.9.9", null), secret,
				currentCode(secret, clock));
		clock.advance(Duration.ofSeconds(30));
		return new Enrolled(account, secret, recovery);
	}

	static String currentCode(byte[] secret, MutableClock clock) {
		return new TotpCodes().code(secret, TotpCodes.step(clock.instant()));
	}

	static MockHttpServletRequestBuilder login(String username, String password, String address) {
		return post("/login").param("username", username).param("password", password).with(csrf()).with(request -> {
			request.setRemoteAddr(address);
			return request;
		});
	}

	static MockHttpServletRequestBuilder code(MockHttpSession session, String code) {
		return post("/login/code").session(session).param("code", code).with(csrf());
	}

	/**
	 * The password step, returning the session it left (holding the pending state for a
	 * TOTP user).
	 */
	static MockHttpSession passwordStep(MockMvcTester mvc, String username, String address) throws Exception {
		return (MockHttpSession) mvc.perform(login(username, PASSWORD, address)).getRequest().getSession();
	}

}
