package dev.pvedash.proxmox.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * No path that could leave its resource (docs/security.md #17), and parameters encoded
 * the way PVE reads them.
 */
class PathGuardTests {

	@ParameterizedTest
	@ValueSource(strings = { "nodes", "/", "/nodes/../access", "/nodes/./pve", "/nodes//pve", "/nodes/%2e%2e/x",
			"/nodes/%2E./x", "/nodes/pve%2Fqemu", "/nodes/pve%5Cqemu", "/nodes/pve%00", "/nodes/pve?x=1",
			"/nodes/pve#x", "/nodes/pve/", "/nodes/p ve", "/nodes/pve%zz", "/nodes/pve%2", "/nodes/pve\n" })
	@DisplayName("docs/security.md #17: no dot segment, encoded slash, control character, query or fragment reaches the wire")
	void refusesUnsafePaths(String path) {
		assertThatIllegalArgumentException().isThrownBy(() -> PathGuard.check(path));
	}

	@Test
	@DisplayName("an encoded UPID and ordinary paths pass unchanged")
	void acceptsEncodedPaths() {
		String task = "/nodes/pve/tasks/UPID:pve:0020C066:042DF204:69C26EB0:qmstart:100:dash%40pve%21t:/status";
		assertThat(PathGuard.check(task)).isEqualTo(task);
		assertThat(PathGuard.check("/cluster/resources")).isEqualTo("/cluster/resources");
	}

	@Test
	@DisplayName("form encoding: 0/1 booleans, nulls left out, repeated keys, UTF-8 percent-encoding")
	void formEncoding() {
		Map<String, Object> form = new LinkedHashMap<>();
		form.put("description", "über & co");
		form.put("vmstate", true);
		form.put("skip", null);
		form.put("delete", List.of("net1", "net2"));
		assertThat(FormEncoding.encode(form))
			.isEqualTo("description=%C3%BCber%20%26%20co&vmstate=1&delete=net1&delete=net2");
		assertThat(FormEncoding.encode(null)).isEmpty();
		assertThat(FormEncoding.percent("dash@pve!poller")).isEqualTo("dash%40pve%21poller");
	}

}
