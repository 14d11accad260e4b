package dev.pvedash.users;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Adapts a stored account to Spring Security. Spring's User compares by username, which
 * the session registry relies on.
 */
@Service
class DatabaseUserDetailsService implements UserDetailsService {

	private final UserRepository users;

	DatabaseUserDetailsService(UserRepository users) {
		this.users = users;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return this.users.findByUsername(Credentials.normalizeUsername(username))
			.map(account -> User.withUsername(account.username())
				.password(account.passwordHash())
				.authorities(account.role().authority())
				.disabled(!account.enabled())
				.build())
			.orElseThrow(() -> new UsernameNotFoundException("unknown user"));
	}

}
