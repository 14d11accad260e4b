package dev.pvedash.faults;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import dev.pvedash.support.RawHttp;

/**
 * F7, actions: with the certificate known to be refused, an action is refused up front
 * (503) and the reason is said; a request refused in the TLS handshake never reached PVE,
 * so it is "not sent", never "outcome unknown".
 */
@DisplayName("F7 certificate changed: actions refused, 'not sent'")
class F07CertificateChangedActionTests extends FaultSuite {

	@Test
	@DisplayName("F7: a POST after the refused cycle is 503 naming the certificate; nothing sent")
	void refusedUpFront() {
		guestIs(103, "stopped");
		PVE.renewCertificate();
		cycle();
		RawHttp.Response answer = post("/guests/103/start");
		assertThat(answer.status()).isEqualTo(503);
		assertThat(answer.body()).containsIgnoringCase("certificate");
		assertThat(PVE.take()).isEmpty();
	}

	@Test
	@DisplayName("F7: a certificate changed between the last cycle and the click: the action is 'not sent'")
	void tlsRefusalIsNotSent() {
		guestIs(103, "stopped");
		PVE.renewCertificate(); // the poller has not noticed yet
		RawHttp.Response answer = post("/guests/103/start");
		assertThat(lastAction(103)[0]).isNotEqualTo("UNKNOWN");
		assertThat(taskPage(answer).select("div.task").text()).containsIgnoringCase("not sent");
		assertThat(PVE.take()).isEmpty();
	}

}
