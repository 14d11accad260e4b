package dev.pvedash.users;

import java.util.Map;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;

/**
 * Spring Security's delegating encoder, defaulting to PBKDF2 rather than bcrypt: bcrypt
 * reads only the first 72 bytes of a password, and we promise long passwords are never
 * truncated. bcrypt stays registered so hashes made elsewhere still verify.
 */
final class PasswordEncoders {

	static final String DEFAULT_ID = "pbkdf2@SpringSecurity_v5_8";

	private PasswordEncoders() {
	}

	static PasswordEncoder delegating() {
		Map<String, PasswordEncoder> encoders = Map.of(DEFAULT_ID,
				Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8(), "bcrypt", new BCryptPasswordEncoder());
		return new DelegatingPasswordEncoder(DEFAULT_ID, encoders);
	}

}
