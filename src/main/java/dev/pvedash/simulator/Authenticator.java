package dev.pvedash.simulator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.jspecify.annotations.Nullable;

/**
 * Checks credentials the way pve-http-server does (docs/proxmox-notes.md,
 * Authentication): an API token in
 * {@code Authorization: PVEAPIToken=USER@REALM!TOKEN=SECRET} (a space also works instead
 * of the first {@code =}, the value is URL-unescaped; no CSRF), or a ticket in the
 * {@code PVEAuthCookie} cookie or {@code Authorization: PVEAuthCookie=…} header, which
 * needs a valid {@code CSRFPreventionToken} header on every non-GET request. Failures are
 * 401 with an empty body.
 */
final class Authenticator {

	private static final String TOKEN_SCHEME = "PVEAPIToken";

	private static final String COOKIE = "PVEAuthCookie";

	private final String tokenId;

	private final String tokenSecret;

	private final Tickets tickets;

	private final SimulatorFaults faults;

	Authenticator(String tokenId, String tokenSecret, Tickets tickets, SimulatorFaults faults) {
		this.tokenId = tokenId;
		this.tokenSecret = tokenSecret;
		this.tickets = tickets;
		this.faults = faults;
	}

	Principal authenticate(ApiRequest request) {
		String authorization = request.header("authorization");
		if (authorization != null && authorization.startsWith(TOKEN_SCHEME)) {
			return token(authorization.substring(TOKEN_SCHEME.length()));
		}
		String ticket = request.cookies().get(COOKIE);
		if (authorization != null && authorization.startsWith(COOKIE + "=")) {
			ticket = Percent.decode(authorization.substring(COOKIE.length() + 1));
		}
		if (ticket == null) {
			throw ApiError.unauthorized("No ticket");
		}
		String userid = this.tickets.verify(ticket);
		if (userid == null) {
			throw ApiError.unauthorized("permission denied - invalid PVE ticket");
		}
		if (!request.isRead() && !this.tickets.verifyCsrf(request.header("csrfpreventiontoken"), userid)) {
			throw ApiError.unauthorized("Permission denied - invalid csrf token");
		}
		return new Principal(userid, null);
	}

	private Principal token(String rest) {
		if (rest.isEmpty() || (rest.charAt(0) != '=' && rest.charAt(0) != ' ')) {
			throw ApiError.unauthorized("No ticket");
		}
		String value = Percent.decode(rest.substring(1).strip());
		int split = value.indexOf('=');
		String id = (split < 0) ? value : value.substring(0, split);
		String secret = (split < 0) ? "" : value.substring(split + 1);
		boolean valid = id.equals(this.tokenId) && MessageDigest.isEqual(secret.getBytes(StandardCharsets.UTF_8),
				this.tokenSecret.getBytes(StandardCharsets.UTF_8));
		if (!valid || this.faults.tokenRevoked()) {
			throw ApiError.unauthorized("invalid token value!");
		}
		int bang = id.indexOf('!');
		return new Principal(id.substring(0, bang), id.substring(bang + 1));
	}

	/**
	 * {@code /access/ticket}: root@pam with the token secret as password, or with a live
	 * ticket to renew.
	 */
	@Nullable String login(String userid, String password) {
		if (!"root@pam".equals(userid)) {
			return null;
		}
		boolean secret = MessageDigest.isEqual(password.getBytes(StandardCharsets.UTF_8),
				this.tokenSecret.getBytes(StandardCharsets.UTF_8));
		return (secret || userid.equals(this.tickets.verify(password))) ? userid : null;
	}

}
