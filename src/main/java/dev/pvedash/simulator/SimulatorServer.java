package dev.pvedash.simulator;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.util.concurrent.GlobalEventExecutor;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.netty.Connection;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;
import reactor.netty.resources.LoopResources;

/**
 * The HTTPS listener, on Reactor Netty (already on the classpath for the client's
 * WebClient). Chosen because PVE's reason phrases carry its error texts ("500 VM 999 not
 * running") and clients read them from the status line: Netty's
 * {@code HttpResponseStatus.valueOf(code, reason)} writes any reason for any code (595
 * included), whereas the JDK's {@code HttpsServer} only sends its fixed phrase per code
 * and Tomcat sends none at all. Binds to 127.0.0.1 only, on its own two daemon threads.
 * Rebinding (same port) serves a new certificate or ends a "refuse connections" fault.
 */
final class SimulatorServer {

	/**
	 * Turns a decoded request into an answer; runs on the event loop, so it must not
	 * block for long.
	 */
	interface Api {

		ApiResponse handle(ApiRequest request);

	}

	private final Api api;

	private final SimulatorFaults faults;

	private final LoopResources loops = LoopResources.create("pve-simulator", 1, 2, true);

	/** Open client connections: closed on unbind, as a restarting pveproxy drops them. */
	private final ChannelGroup connections = new DefaultChannelGroup(GlobalEventExecutor.INSTANCE);

	private @Nullable DisposableServer server;

	private int port;

	SimulatorServer(Api api, SimulatorFaults faults) {
		this.api = api;
		this.faults = faults;
	}

	/**
	 * Listens on {@code port} (0 picks a free one the first time; later binds reuse the
	 * actual port).
	 */
	synchronized void bind(int port, ServerCertificate certificate) {
		unbind();
		this.server = HttpServer.create()
			.host("127.0.0.1")
			.port(port)
			.runOn(this.loops)
			.secure(spec -> spec.sslContext(certificate.serverContext()))
			.doOnConnection(connection -> this.connections.add(connection.channel()))
			.handle(this::handle)
			.bindNow(Duration.ofSeconds(10));
		this.port = this.server.port();
	}

	synchronized void rebind(ServerCertificate certificate) {
		bind(this.port, certificate);
	}

	synchronized void unbind() {
		if (this.server != null) {
			this.server.disposeNow(Duration.ofSeconds(5));
			this.server = null;
			this.connections.close().awaitUninterruptibly(5_000);
		}
	}

	synchronized boolean listening() {
		return this.server != null;
	}

	synchronized int port() {
		return this.port;
	}

	void close() {
		unbind();
		// no quiet period: nothing else runs on these loops, and tests start many
		// simulators
		this.loops.disposeLater(Duration.ZERO, Duration.ofSeconds(5)).block(Duration.ofSeconds(6));
	}

	private Mono<Void> handle(HttpServerRequest request, HttpServerResponse response) {
		if (this.faults.dropsConnections()) {
			return Mono.fromRunnable(() -> response.withConnection(Connection::dispose));
		}
		if (!RequestDecoder.isApi(request.uri())) {
			return write(response, new ApiResponse(404, "Not Found", null, Map.of()));
		}
		return request.receive()
			.aggregate()
			.asString(StandardCharsets.UTF_8)
			.defaultIfEmpty("")
			.map(body -> this.api.handle(RequestDecoder.decode(request, body)))
			.delayUntil(answer -> Mono.delay(delay(answer)))
			.flatMap(answer -> write(response, answer))
			.onErrorResume(RuntimeException.class,
					ex -> write(response, new ApiResponse(500, "simulator error: " + ex.getMessage(), null, Map.of())));
	}

	private Duration delay(ApiResponse answer) {
		Duration delay = this.faults.latency();
		return (answer.status() == 401) ? delay.plus(this.faults.authFailureDelay()) : delay;
	}

	private Mono<Void> write(HttpServerResponse response, ApiResponse answer) {
		String reason = answer.reason().replaceAll("[\\r\\n]+", " ").strip();
		response.status(HttpResponseStatus.valueOf(answer.status(), reason));
		response.header(HttpHeaderNames.SERVER, "pve-api-daemon/3.0");
		response.header(HttpHeaderNames.CACHE_CONTROL, "max-age=0");
		response.header(HttpHeaderNames.PRAGMA, "no-cache");
		answer.headers().forEach(response::header);
		if (answer.body() == null) {
			response.header(HttpHeaderNames.CONTENT_LENGTH, "0");
			return response.send();
		}
		byte[] body = WireJson.MAPPER.writeValueAsBytes(answer.body());
		response.header(HttpHeaderNames.CONTENT_TYPE, "application/json;charset=UTF-8");
		response.header(HttpHeaderNames.CONTENT_LENGTH, String.valueOf(body.length));
		return response.sendByteArray(Mono.just(body)).then();
	}

}
