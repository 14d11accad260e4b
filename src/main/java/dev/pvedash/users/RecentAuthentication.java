package dev.pvedash.users;

import java.time.Clock;
import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Component;

/**
 * When this session last proved who it is (sign-in, or the password or a code typed
 * again), kept in the session. Account changes by an admin ask again once that is older
 * than {@code reauthAfter} (OWASP ASVS 7.5.1), so an unattended admin browser cannot hand
 * out admin rights.
 */
@Component
class RecentAuthentication {

	static final String CHECKED_AT = RecentAuthentication.class.getName() + ".CHECKED_AT";

	private final TwoFactorProperties properties;

	private final Clock clock;

	RecentAuthentication(TwoFactorProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
	}

	void markChecked(HttpSession session) {
		session.setAttribute(CHECKED_AT, this.clock.instant());
	}

	boolean isRecent(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return session != null && session.getAttribute(CHECKED_AT) instanceof Instant at
				&& this.clock.instant().isBefore(at.plus(this.properties.reauthAfter()));
	}

}
