package dev.pvedash.simulator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The request pipeline in pve-http-server's order: body on GET/DELETE refused (501),
 * authentication (401, except for {@code /access/ticket}), injected path faults, the 595
 * of an unreachable node for {@code /nodes/{node}/…}, then the routed handler under the
 * {@link Homelab} lock. Every failure becomes PVE's status line and body for the
 * configured version.
 */
final class PveApi implements SimulatorServer.Api {

	private static final Logger log = LoggerFactory.getLogger(PveApi.class);

	private static final Principal ANONYMOUS = new Principal("", null);

	private final Homelab lab;

	private final Router router;

	private final Authenticator authenticator;

	private final SimulatorFaults faults;

	private final ServedVersion version;

	PveApi(Homelab lab, Router router, Authenticator authenticator, SimulatorFaults faults, ServedVersion version) {
		this.lab = lab;
		this.router = router;
		this.authenticator = authenticator;
		this.faults = faults;
		this.version = version;
	}

	@Override
	public ApiResponse handle(ApiRequest request) {
		this.faults.counted();
		try {
			String method = request.method();
			if (request.hasBody() && (method.equals("GET") || method.equals("DELETE"))) {
				throw ApiError.status(501, "Unexpected content for method '" + method + "'");
			}
			boolean open = request.path().equals("/access/ticket");
			Principal principal = open ? ANONYMOUS : this.authenticator.authenticate(request);
			this.faults.checkPath(method, request.path());
			checkNode(request.path());
			Object result;
			synchronized (this.lab) {
				result = this.router.dispatch(request, principal);
			}
			return (result instanceof ApiResponse response) ? response : ApiResponse.ok(result);
		}
		catch (ApiError error) {
			return ApiResponse.of(error, this.version);
		}
		catch (RuntimeException ex) {
			log.warn("Simulator failed on {} {}", request.method(), request.path(), ex);
			return ApiResponse.of(ApiError.failed("simulator error: " + ex.getMessage()), this.version);
		}
	}

	/**
	 * PVE proxies {@code /nodes/{node}/…} to that node; if it cannot reach it, the 59x
	 * comes back.
	 */
	private void checkNode(String path) {
		if (!path.startsWith("/nodes/")) {
			return;
		}
		String[] segments = path.split("/");
		if (segments.length > 3) {
			String reason = this.faults.unreachable(segments[2]);
			if (reason != null) {
				throw ApiError.status(595, reason);
			}
		}
	}

}
