package dev.pvedash.faults;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * F7: PVE comes back with a new certificate (renewed, or someone else answering). Hard
 * fail: nothing is fetched, the page names the pinned and the presented fingerprint, the
 * earlier data stays.
 */
@DisplayName("F7 certificate changed")
class F07CertificateChangedTests extends FaultSuite {

	@Test
	@DisplayName("F7: both fingerprints on the page, no request got past the handshake, data kept")
	void hardFailWithBothFingerprints() {
		String presented = PVE.renewCertificate();
		cycle();
		Document overview = page("/");
		assertThat(alerts(overview)).contains("The Proxmox VE certificate is not trusted.")
			.containsIgnoringCase(presented.substring(0, 23))
			.containsIgnoringCase(PVE.fingerprint().substring(0, 23));
		assertThat(page("/guests").select("tbody tr")).hasSize(7);
		assertThat(PVE.take()).isEmpty();
	}

}
