package dev.pvedash.proxmox.internal;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;

import io.netty.channel.ConnectTimeoutException;
import io.netty.handler.codec.DecoderException;
import io.netty.handler.ssl.SslHandshakeTimeoutException;
import io.netty.handler.timeout.ReadTimeoutException;

import org.springframework.core.io.buffer.DataBufferLimitException;

import dev.pvedash.proxmox.ProxmoxException;
import dev.pvedash.proxmox.ProxmoxException.Delivery;
import dev.pvedash.proxmox.ProxmoxException.Kind;
import dev.pvedash.proxmox.ProxmoxTlsException;

/**
 * Turns what Netty, Reactor and the JDK throw when no HTTP answer arrives into a
 * {@link ProxmoxException} whose kind says what to do: timeouts, refused connections and
 * TLS failures read differently on the page (docs/security.md, F1–F7). The underlying
 * messages name hosts and ports, never headers. Each also says whether the request can
 * have reached PVE (docs/actions.md): NOT_SENT only for failures that happen before a
 * byte of the request is written (connect, DNS, TLS handshake), MAYBE for everything
 * after.
 */
final class TransportFailures {

	private final URI baseUri;

	private final Duration connectTimeout;

	private final Duration readTimeout;

	private final Duration deadline;

	TransportFailures(URI baseUri, Duration connectTimeout, Duration readTimeout, Duration deadline) {
		this.baseUri = baseUri;
		this.connectTimeout = connectTimeout;
		this.readTimeout = readTimeout;
		this.deadline = deadline;
	}

	ProxmoxException map(Throwable failure, String request) {
		if (failure instanceof ProxmoxException known) {
			return known;
		}
		UntrustedCertificateException untrusted = find(failure, UntrustedCertificateException.class);
		if (untrusted != null) {
			return new ProxmoxTlsException(untrusted.getMessage(), untrusted.presented(), untrusted.pinned(), failure);
		}
		if (find(failure, SslHandshakeTimeoutException.class) != null) {
			return new ProxmoxException(Kind.TIMEOUT, 0, "TLS handshake with " + this.baseUri
					+ " did not finish within " + this.readTimeout.toMillis() + " ms", failure, Delivery.NOT_SENT);
		}
		SSLException tls = find(failure, SSLException.class);
		if (tls != null) {
			boolean handshake = find(failure, SSLHandshakeException.class) != null;
			return new ProxmoxTlsException("TLS handshake with " + this.baseUri + " failed: " + tls.getMessage(), null,
					null, failure, handshake ? Delivery.NOT_SENT : Delivery.MAYBE);
		}
		if (find(failure, ConnectTimeoutException.class) != null) {
			return new ConnectTimeout("could not connect to Proxmox at " + this.baseUri + " within "
					+ this.connectTimeout.toMillis() + " ms", failure);
		}
		if (find(failure, ReadTimeoutException.class) != null) {
			return new ProxmoxException(Kind.TIMEOUT, 0,
					"no answer from Proxmox to " + request + " within " + this.readTimeout.toMillis() + " ms", failure);
		}
		if (find(failure, TimeoutException.class) != null) {
			return new ProxmoxException(Kind.TIMEOUT, 0, "the answer from Proxmox to " + request
					+ " was not complete within " + this.deadline.toMillis() + " ms", failure);
		}
		if (find(failure, ConnectException.class) != null || find(failure, NoRouteToHostException.class) != null
				|| find(failure, UnknownHostException.class) != null) {
			return new ProxmoxException(Kind.CONNECTION, 0,
					"could not connect to Proxmox at " + this.baseUri + ": " + rootMessage(failure), failure,
					Delivery.NOT_SENT);
		}
		if (find(failure, DataBufferLimitException.class) != null) {
			return new ProxmoxException(Kind.PROTOCOL, 0, "answer from Proxmox to " + request + " is too large",
					failure);
		}
		if (find(failure, DecoderException.class) != null) {
			return new ProxmoxException(Kind.PROTOCOL, 0,
					"answer from Proxmox to " + request + " is not valid HTTP: " + rootMessage(failure), failure);
		}
		return new ProxmoxException(Kind.CONNECTION, 0,
				"connection to Proxmox lost during " + request + ": " + rootMessage(failure), failure);
	}

	private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
		for (Throwable t = failure; t != null; t = (t.getCause() == t) ? null : t.getCause()) {
			if (type.isInstance(t)) {
				return type.cast(t);
			}
		}
		return null;
	}

	private static String rootMessage(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return (root.getMessage() != null) ? root.getMessage() : root.getClass().getSimpleName();
	}

	/**
	 * Nothing was sent yet, so even a retry of a non-idempotent request would be safe; we
	 * only retry GETs.
	 */
	static final class ConnectTimeout extends ProxmoxException {

		ConnectTimeout(String message, Throwable cause) {
			super(Kind.TIMEOUT, 0, message, cause, Delivery.NOT_SENT);
		}

	}

}
