package dev.pvedash.proxmox.internal;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;

import io.netty.channel.ChannelOption;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import reactor.util.context.Context;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;

import dev.pvedash.proxmox.ProxmoxConnection;
import dev.pvedash.proxmox.ProxmoxException;

/**
 * One HTTP exchange with PVE over Reactor Netty: verified TLS (see {@link PveTls}),
 * explicit connect and read timeouts plus an overall deadline, redirects never followed
 * (docs/security.md, item 18), and no retry of its own (Reactor Netty's silent one is
 * switched off; {@link WebClientPveHttp} decides). Bodies are read as bytes and parsed
 * here: Spring's JSON and String decoders log what they decode at DEBUG, and a login
 * answer holds a ticket.
 */
final class PveExchange implements AutoCloseable {

	private static final int MAX_BODY = 16 * 1024 * 1024;

	// pveproxy closes idle keep-alive connections after 5 s (pve-http-server
	// AnyEvent.pm); letting the pool
	// drop them sooner avoids sending a request into a connection the server is closing
	private static final Duration MAX_IDLE = Duration.ofSeconds(3);

	private final URI apiBase;

	private final ConnectionProvider pool;

	private final WebClient webClient;

	private final TransportFailures failures;

	private final Duration deadline;

	PveExchange(ProxmoxConnection connection) {
		URI base = connection.baseUri();
		this.apiBase = URI.create(base + "/api2/json");
		Duration connect = connection.connectTimeout();
		Duration read = connection.readTimeout();
		// connect, then a handshake and a response each bounded by the read timeout; a
		// trickling body by this
		this.deadline = connect.plus(read).plus(read);
		this.failures = new TransportFailures(base, connect, read, this.deadline);
		this.pool = ConnectionProvider.builder("pvedash-proxmox")
			.maxConnections(16)
			.maxIdleTime(MAX_IDLE)
			.pendingAcquireTimeout(this.deadline)
			.build();
		boolean verifyHostName = PveTls.verifiesHostName(connection);
		HttpClient http = HttpClient.create(this.pool)
			.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) connect.toMillis())
			.responseTimeout(read)
			.followRedirect(false)
			.disableRetry(true)
			.compress(true)
			.secure(tls -> tls.sslContext(PveTls.sslContext(connection))
				.handshakeTimeout(read)
				.handlerConfigurator(handler -> endpointIdentification(handler.engine(), verifyHostName)))
			.doOnResponse((response, conn) -> response.currentContextView()
				.getOrEmpty(StatusLine.class)
				.ifPresent(line -> ((StatusLine) line).text = response.status().reasonPhrase()));
		this.webClient = WebClient.builder()
			.clientConnector(new ReactorClientHttpConnector(http))
			.codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(MAX_BODY))
			.build();
	}

	/**
	 * Sends one request and waits for PVE's {@code data}; every failure is a
	 * {@link ProxmoxException}.
	 * @param pathAndQuery already validated and encoded, relative to {@code /api2/json}
	 * @param form the url-encoded body of a POST, else null
	 */
	JsonNode exchange(HttpMethod method, String pathAndQuery, String form, HttpHeaders headers, String rejectedHint) {
		String request = method.name() + " " + pathAndQuery.replaceFirst("\\?.*", "");
		StatusLine line = new StatusLine();
		WebClient.RequestBodySpec spec = this.webClient.method(method)
			.uri(URI.create(this.apiBase + pathAndQuery))
			.accept(MediaType.APPLICATION_JSON)
			.headers(h -> h.addAll(headers));
		WebClient.RequestHeadersSpec<?> ready = (form != null) ? spec.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.bodyValue(form.getBytes(StandardCharsets.UTF_8)) : spec;
		Answer answer = ready
			.exchangeToMono(response -> response.bodyToMono(byte[].class)
				.defaultIfEmpty(new byte[0])
				.map(body -> new Answer(response.statusCode().value(), body)))
			.contextWrite(Context.of(StatusLine.class, line))
			.timeout(this.deadline)
			.onErrorMap(failure -> this.failures.map(failure, request))
			.block();
		// parsed on the caller's thread, not on Netty's: the event loop stays free, and
		// the poller's CPU timer counts the parsing (docs/polling.md, "Cost of a cycle")
		return PveAnswers.read(answer.status(), line.text, answer.body(), request, rejectedHint);
	}

	@Override
	public void close() {
		this.pool.dispose();
	}

	private static void endpointIdentification(SSLEngine engine, boolean verifyHostName) {
		SSLParameters parameters = engine.getSSLParameters();
		parameters.setEndpointIdentificationAlgorithm(verifyHostName ? "HTTPS" : null);
		engine.setSSLParameters(parameters);
	}

	private record Answer(int status, byte[] body) {
	}

	/**
	 * Spring's response hides the reason phrase, which is where older PVE puts its error
	 * text (docs/proxmox-notes.md, Errors).
	 */
	private static final class StatusLine {

		volatile String text;

	}

}
