package dev.pvedash.simulator;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code /access/ticket} (docs/proxmox-notes.md, Authentication) and
 * {@code /access/permissions}. The only user that can log in is {@code root@pam}, with
 * the token secret as password (or a live ticket, to renew it); the answer carries the
 * ticket, the CSRF token, {@code cap} and the {@code PVEAuthCookie} cookie.
 */
final class AccessRoutes {

	private final Authenticator authenticator;

	private final Tickets tickets;

	private final AccessControl permissions;

	private final boolean clustered;

	AccessRoutes(Authenticator authenticator, Tickets tickets, AccessControl permissions, boolean clustered) {
		this.authenticator = authenticator;
		this.tickets = tickets;
		this.permissions = permissions;
		this.clustered = clustered;
	}

	void register(Router router) {
		router.get("/access/ticket", call -> null);
		router.post("/access/ticket", this::login);
		router.get("/access/permissions", call -> this.permissions.permissions(call.principal(), call.param("path")));
	}

	private ApiResponse login(Call call) {
		String username = call.required("username");
		String password = call.required("password");
		String realm = call.param("realm");
		String userid = username.contains("@") ? username : username + "@" + ((realm != null) ? realm : "pam");
		String user = this.authenticator.login(userid, password);
		if (user == null) {
			throw ApiError.unauthorized("authentication failure");
		}
		Principal principal = new Principal(user, null);
		String ticket = this.tickets.ticket(user);
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("username", user);
		data.put("ticket", ticket);
		data.put("CSRFPreventionToken", this.tickets.csrf(user));
		data.put("cap", this.permissions.cap(principal));
		if (this.clustered) {
			data.put("clustername", ClusterRoutes.CLUSTER_NAME);
		}
		String cookie = "PVEAuthCookie=" + URLEncoder.encode(ticket, StandardCharsets.UTF_8)
				+ "; path=/; secure; SameSite=Lax";
		return ApiResponse.ok(data).withHeader("Set-Cookie", cookie);
	}

}
