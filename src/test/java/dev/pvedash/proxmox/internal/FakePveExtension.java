package dev.pvedash.proxmox.internal;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import okhttp3.tls.HeldCertificate;

/**
 * Starts {@link FakePve} servers for the current test and closes them, with the clients
 * made on them, after it, however the test ends. Register it on an instance field with
 * {@code @RegisterExtension}.
 */
public final class FakePveExtension implements AfterEachCallback {

	private final List<FakePve> started = new ArrayList<>();

	/** Self-signed for localhost and 127.0.0.1, as PVE's own certificate is. */
	public FakePve selfSigned() {
		return track(FakePve.selfSigned());
	}

	public FakePve selfSigned(String... names) {
		return track(FakePve.selfSigned(names));
	}

	public FakePve signedBy(HeldCertificate ca, String... names) {
		return track(FakePve.signedBy(ca, names));
	}

	@Override
	public void afterEach(ExtensionContext context) throws Exception {
		try {
			for (FakePve pve : this.started) {
				pve.close();
			}
		}
		finally {
			this.started.clear();
		}
	}

	private synchronized FakePve track(FakePve pve) {
		this.started.add(pve);
		return pve;
	}

}
