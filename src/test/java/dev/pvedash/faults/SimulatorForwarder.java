package dev.pvedash.faults;

import java.io.IOException;
import java.util.List;

import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.tls.HandshakeCertificates;

import dev.pvedash.simulator.PveSimulator;

/**
 * The healthy path of the {@link FaultProxy}: the request as the app sent it goes on to
 * the simulator (trusting only the simulator's certificate), and PVE's answer comes back
 * with its status line intact, since PVE puts its error reasons there.
 */
final class SimulatorForwarder {

	private final PveSimulator simulator;

	private final OkHttpClient upstream;

	SimulatorForwarder(PveSimulator simulator) {
		this.simulator = simulator;
		HandshakeCertificates trust = new HandshakeCertificates.Builder().addTrustedCertificate(simulator.certificate())
			.build();
		this.upstream = new OkHttpClient.Builder().sslSocketFactory(trust.sslSocketFactory(), trust.trustManager())
			.protocols(List.of(Protocol.HTTP_1_1))
			.retryOnConnectionFailure(false)
			.build();
	}

	MockResponse forward(RecordedRequest request) {
		String target = this.simulator.url() + request.getTarget();
		RequestBody body = null;
		if (!"GET".equals(request.getMethod()) && !"DELETE".equals(request.getMethod())) {
			String type = request.getHeaders().get("Content-Type");
			body = RequestBody.create(request.getBody().toByteArray(), (type != null) ? MediaType.parse(type) : null);
		}
		Request.Builder forwarded = new Request.Builder().url(target).method(request.getMethod(), body);
		for (String name : List.of("Authorization", "Cookie", "CSRFPreventionToken", "Accept")) {
			String value = request.getHeaders().get(name);
			if (value != null) {
				forwarded.header(name, value);
			}
		}
		try (Response answer = this.upstream.newCall(forwarded.build()).execute()) {
			MockResponse.Builder back = new MockResponse.Builder()
				.status("HTTP/1.1 " + answer.code() + " " + answer.message())
				.body(answer.body().string());
			String type = answer.header("Content-Type");
			if (type != null) {
				back.setHeader("Content-Type", type);
			}
			return back.build();
		}
		catch (IOException ex) {
			// the simulator itself refused or dropped: pass that on as a dropped
			// connection
			return new MockResponse.Builder().onRequestStart(new SocketEffect.CloseSocket()).build();
		}
	}

}
