package dev.pvedash.proxmox.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

import dev.pvedash.proxmox.ProxmoxApiException;
import dev.pvedash.proxmox.ProxmoxException;
import dev.pvedash.proxmox.ProxmoxException.Kind;

/**
 * Username and password, exchanged for a ticket (docs/proxmox-notes.md, Authentication):
 * {@code POST /access/ticket} gives a ticket, sent as the {@code PVEAuthCookie} cookie,
 * and a CSRF token, sent on every non-GET request. A ticket lives 2 hours; it is renewed
 * after 90 minutes by logging in with the ticket as password, or with the real password
 * if that fails. Neither the password nor the ticket is ever logged.
 */
final class TicketAuthenticator implements PveAuthenticator {

	static final Duration RENEW_AFTER = Duration.ofMinutes(90);

	private static final Logger log = LoggerFactory.getLogger(TicketAuthenticator.class);

	private final PveExchange exchange;

	private final String username;

	private final String password;

	private final Clock clock;

	private Ticket ticket;

	TicketAuthenticator(PveExchange exchange, String username, String password, Clock clock) {
		this.exchange = exchange;
		this.username = username;
		this.password = password;
		this.clock = clock;
	}

	@Override
	public void authenticate(HttpMethod method, HttpHeaders headers) {
		Ticket current = current();
		headers.add(HttpHeaders.COOKIE, "PVEAuthCookie=" + URLEncoder.encode(current.value(), StandardCharsets.UTF_8));
		if (method != HttpMethod.GET) {
			headers.set("CSRFPreventionToken", current.csrf());
		}
	}

	@Override
	public synchronized void rejected() {
		this.ticket = null;
	}

	@Override
	public boolean renewable() {
		return true;
	}

	@Override
	public String rejectedHint() {
		return "user " + this.username + " or the password is wrong; check PVEDASH_PROXMOX_USERNAME and"
				+ " PVEDASH_PROXMOX_PASSWORD";
	}

	private synchronized Ticket current() {
		Instant now = this.clock.instant();
		if (this.ticket != null && now.isBefore(this.ticket.obtained().plus(RENEW_AFTER))) {
			return this.ticket;
		}
		if (this.ticket != null) {
			try {
				this.ticket = login(this.ticket.value(), now);
				return this.ticket;
			}
			catch (ProxmoxException ex) {
				if (ex.kind() != Kind.AUTHENTICATION) {
					throw ex;
				}
				log.info("Renewing the PVE ticket of {} was refused; logging in again", this.username);
			}
		}
		this.ticket = login(this.password, now);
		return this.ticket;
	}

	private Ticket login(String secret, Instant now) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("username", this.username);
		form.put("password", secret);
		JsonNode data = this.exchange.exchange(HttpMethod.POST, "/access/ticket", FormEncoding.encode(form),
				new HttpHeaders(), rejectedHint());
		if (data.path("NeedTFA").asInt(0) == 1) {
			throw new ProxmoxApiException(Kind.AUTHENTICATION, 200, "",
					"user " + this.username
							+ " has two-factor authentication, which the dashboard cannot answer; use an API token"
							+ " (PVEDASH_PROXMOX_TOKEN_ID and PVEDASH_PROXMOX_TOKEN_SECRET) instead");
		}
		if (!data.path("ticket").isString() || !data.path("CSRFPreventionToken").isString()) {
			throw new ProxmoxApiException(Kind.PROTOCOL, 200, "",
					"unexpected answer from Proxmox to POST /access/ticket: no ticket or CSRF token");
		}
		log.debug("Logged in to PVE as {}", this.username);
		return new Ticket(data.path("ticket").asString(), data.path("CSRFPreventionToken").asString(), now);
	}

	private record Ticket(String value, String csrf, Instant obtained) {

		@Override
		public String toString() {
			return "Ticket[obtained " + this.obtained + "]";
		}

	}

}
