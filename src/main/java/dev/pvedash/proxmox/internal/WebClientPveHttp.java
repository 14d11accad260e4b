package dev.pvedash.proxmox.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

import dev.pvedash.proxmox.ProxmoxConnection;
import dev.pvedash.proxmox.ProxmoxException;
import dev.pvedash.proxmox.ProxmoxException.Kind;
import dev.pvedash.proxmox.ProxmoxNotConfiguredException;

/**
 * {@link PveHttp} over Spring's WebClient, blocking: the app is Spring MVC and its
 * callers (the poller, user actions) want an answer or an exception. GETs are retried at
 * most twice, with jittered exponential back-off, and only where a second try can
 * succeed; POST and DELETE are never retried, since PVE may have acted on them (an action
 * started twice is a real harm, docs/security.md F8/F9).
 */
final class WebClientPveHttp implements PveHttp, AutoCloseable {

	static final int MAX_RETRIES = 2;

	private static final Logger log = LoggerFactory.getLogger(WebClientPveHttp.class);

	private final PveExchange exchange;

	private final PveAuthenticator authenticator;

	private final Duration backoff;

	WebClientPveHttp(ProxmoxConnection connection, String secret, Clock clock) {
		this(connection, secret, clock, Duration.ofMillis(250));
	}

	WebClientPveHttp(ProxmoxConnection connection, String secret, Clock clock, Duration backoff) {
		this.exchange = new PveExchange(connection);
		this.authenticator = switch (connection.authMode()) {
			case TOKEN -> new TokenAuthenticator(connection.principal().orElseThrow(), secret);
			case TICKET -> new TicketAuthenticator(this.exchange, connection.principal().orElseThrow(), secret, clock);
			case NONE -> throw new ProxmoxNotConfiguredException();
		};
		this.backoff = backoff;
	}

	@Override
	public JsonNode get(String path, Map<String, ?> query) {
		String target = withQuery(path, query);
		for (int attempt = 0;; attempt++) {
			try {
				return send(HttpMethod.GET, target, null);
			}
			catch (ProxmoxException ex) {
				if (attempt >= MAX_RETRIES || !retryable(ex)) {
					throw ex;
				}
				pause(attempt, ex, path);
			}
		}
	}

	@Override
	public JsonNode post(String path, Map<String, ?> form) {
		return send(HttpMethod.POST, PathGuard.check(path), FormEncoding.encode(form));
	}

	@Override
	public JsonNode delete(String path, Map<String, ?> query) {
		return send(HttpMethod.DELETE, withQuery(path, query), null);
	}

	@Override
	public void close() {
		this.exchange.close();
	}

	/**
	 * After a 401 the credential is dropped, so the next request logs in afresh (an
	 * expired or revoked ticket). Only a GET is sent again at once: PVE checks
	 * credentials before acting, but a POST is never sent twice.
	 */
	private JsonNode send(HttpMethod method, String target, String form) {
		HttpHeaders headers = beforeSending(method); // a refused login is final: it is
														// not this request's 401
		try {
			return this.exchange.exchange(method, target, form, headers, this.authenticator.rejectedHint());
		}
		catch (ProxmoxException ex) {
			if (ex.kind() != Kind.AUTHENTICATION || ex.status() != 401) {
				throw ex;
			}
			this.authenticator.rejected();
			if (method != HttpMethod.GET || !this.authenticator.renewable()) {
				throw ex;
			}
			return this.exchange.exchange(method, target, form, authenticated(method),
					this.authenticator.rejectedHint());
		}
	}

	/**
	 * A ticket login that fails leaves the action itself unsent, whatever happened to the
	 * login.
	 */
	private HttpHeaders beforeSending(HttpMethod method) {
		try {
			return authenticated(method);
		}
		catch (ProxmoxException ex) {
			if (method == HttpMethod.GET || ex.delivery() == ProxmoxException.Delivery.NOT_SENT) {
				throw ex;
			}
			throw new ProxmoxException(ex.kind(), ex.status(), ex.getMessage(), ex, ProxmoxException.Delivery.NOT_SENT);
		}
	}

	private HttpHeaders authenticated(HttpMethod method) {
		HttpHeaders headers = new HttpHeaders();
		this.authenticator.authenticate(method, headers);
		return headers;
	}

	/**
	 * Worth another GET: nothing reached PVE (refused, reset, connect timeout), a proxy
	 * in front of it was briefly unavailable (502-504), or PVE could not reach the node
	 * it forwards to (595-599, see docs/proxmox-notes.md, Errors). Not a read timeout: a
	 * hanging PVE would keep the poller three times as long, and the next poll is the
	 * retry. Never 400, 401, 403 or a 500 with a reason: the same request gets the same
	 * answer.
	 */
	static boolean retryable(ProxmoxException ex) {
		return switch (ex.kind()) {
			case CONNECTION -> !(ex instanceof ProxmoxNotConfiguredException);
			case TIMEOUT -> ex instanceof TransportFailures.ConnectTimeout;
			case NODE_UNREACHABLE -> true;
			case SERVER -> ex.status() == 502 || ex.status() == 503 || ex.status() == 504;
			default -> false;
		};
	}

	private void pause(int attempt, ProxmoxException ex, String path) {
		long base = this.backoff.toMillis() << attempt;
		long millis = base / 2 + ThreadLocalRandom.current().nextLong(base + 1);
		log.debug("GET {} failed ({}), retry {} of {} in {} ms", path, ex.kind(), attempt + 1, MAX_RETRIES, millis);
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw ex;
		}
	}

	private static String withQuery(String path, Map<String, ?> query) {
		String encoded = FormEncoding.encode(query);
		return PathGuard.check(path) + (encoded.isEmpty() ? "" : "?" + encoded);
	}

}
