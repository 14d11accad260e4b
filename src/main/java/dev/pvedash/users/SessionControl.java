package dev.pvedash.users;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/**
 * Ends sessions on the server: the registry marks them expired, and Spring Security's
 * ConcurrentSessionFilter logs such a session out on its next request.
 */
@Component
class SessionControl {

	private final SessionRegistry registry;

	SessionControl(SessionRegistry registry) {
		this.registry = registry;
	}

	/**
	 * Expires every session of {@code username} except {@code keepSessionId} (may be
	 * null).
	 */
	int expireSessions(String username, String keepSessionId) {
		int expired = 0;
		for (Object principal : this.registry.getAllPrincipals()) {
			if (principal instanceof UserDetails details && details.getUsername().equals(username)) {
				for (SessionInformation session : this.registry.getAllSessions(principal, false)) {
					if (!session.getSessionId().equals(keepSessionId)) {
						session.expireNow();
						expired++;
					}
				}
			}
		}
		return expired;
	}

}
