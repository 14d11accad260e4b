package dev.pvedash.users;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * There is no default account. On a start with no accounts, the first admin comes from
 * PVEDASH_ADMIN_USERNAME / PVEDASH_ADMIN_PASSWORD when both are set; otherwise a random
 * one-time token is made and the setup link is logged in a block that stands out, and
 * {@code /setup?token=...} creates the admin. The token lives only in memory: a restart
 * makes a new one.
 */
@Component
class InitialSetup implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(InitialSetup.class);

	private final UserRepository users;

	private final Accounts accounts;

	private final AdminProperties admin;

	private volatile boolean complete;

	private volatile String token;

	InitialSetup(UserRepository users, Accounts accounts, AdminProperties admin) {
		this.users = users;
		this.accounts = accounts;
		this.admin = admin;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (this.users.count() > 0) {
			this.complete = true;
			return;
		}
		if (this.admin.isComplete()) {
			seedFromEnvironment();
			return;
		}
		if (this.admin.isPartial()) {
			log.warn("Only one of PVEDASH_ADMIN_USERNAME and PVEDASH_ADMIN_PASSWORD is set; both are needed. "
					+ "Falling back to the setup link.");
		}
		byte[] random = new byte[32];
		new SecureRandom().nextBytes(random);
		this.token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
	}

	private void seedFromEnvironment() {
		try {
			this.accounts.create(Actor.SYSTEM, this.admin.username(), this.admin.password(), Role.ADMIN);
		}
		catch (AccountException ex) {
			throw new IllegalStateException("Cannot create the first admin from PVEDASH_ADMIN_USERNAME/"
					+ "PVEDASH_ADMIN_PASSWORD: the username must match " + Credentials.USERNAME_PATTERN
					+ " and the password have " + Credentials.PASSWORD_MIN + " to " + Credentials.PASSWORD_MAX
					+ " characters and not be easy to guess (refused: " + ex.messageKey() + ", see docs/sign-in.md).");
		}
		this.complete = true;
		log.info("Created the first admin '{}' from PVEDASH_ADMIN_USERNAME",
				Credentials.normalizeUsername(this.admin.username()));
	}

	@EventListener
	void logSetupLink(WebServerInitializedEvent event) {
		if (this.complete || this.token == null || event.getApplicationContext().getServerNamespace() != null) {
			return;
		}
		String link = "http://localhost:" + event.getWebServer().getPort() + "/setup?token=" + this.token;
		String bar = "=".repeat(78);
		log.warn(
				"\n{}\n  PVE Dash first-run setup: no account exists yet, and there is no default one.\n"
						+ "  Open this link to create the administrator (it works once, until restart):\n\n    {}\n\n"
						+ "  Or restart with PVEDASH_ADMIN_USERNAME and PVEDASH_ADMIN_PASSWORD set.\n{}",
				bar, link, bar);
	}

	/** The setup token while setup is pending; only the log line (and tests) read it. */
	java.util.Optional<String> pendingToken() {
		return this.complete ? java.util.Optional.empty() : java.util.Optional.ofNullable(this.token);
	}

	boolean isComplete() {
		return this.complete;
	}

	boolean tokenMatches(String candidate) {
		String expected = this.token;
		return !this.complete && expected != null && candidate != null && MessageDigest
			.isEqual(expected.getBytes(StandardCharsets.UTF_8), candidate.getBytes(StandardCharsets.UTF_8));
	}

	/** Creates the first admin; only once, and only with the right token. */
	synchronized UserAccount createFirstAdmin(String candidateToken, String username, String password, String address) {
		if (!tokenMatches(candidateToken) || this.users.count() > 0) {
			throw new AccountException("setup.error.token");
		}
		UserAccount account = this.accounts.create(new Actor(Credentials.normalizeUsername(username), address, null),
				username, password, Role.ADMIN);
		this.complete = true;
		this.token = null;
		return account;
	}

}
