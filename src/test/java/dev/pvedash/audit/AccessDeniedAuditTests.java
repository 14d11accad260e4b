package dev.pvedash.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import dev.pvedash.support.HtmlChecks;
import dev.pvedash.support.PveDashWebMvcTest;
import dev.pvedash.support.WithViewer;

/**
 * Every 403 of a signed-in user is an audit row with who, from where, method, path and
 * why (ASVS 5.0 16.3.2, docs/security.md #25). The security rules refuse before any
 * controller: the slice needs none but its own page's.
 */
@PveDashWebMvcTest(AuditController.class)
@Import(AuditTrailSlice.class)
class AccessDeniedAuditTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void empty() {
		this.jdbc.sql("delete from audit_entry").update();
	}

	@Test
	@WithViewer
	void roleDenialIsAuditedAndStillRendersTheForbiddenPage() {
		var result = this.mvc.get().uri("/users").with(r -> {
			r.setRemoteAddr("10.0.0.42");
			return r;
		}).exchange();
		assertThat(result).hasStatus(HttpStatus.FORBIDDEN);
		HtmlChecks.assertSecurityHeaders(result.getMvcResult());
		assertThat(rows()).containsExactly("viewer|10.0.0.42|ACCESS_DENIED|GET /users|DENIED|role not allowed");
	}

	@Test
	@WithViewer
	void missingCsrfTokenAndForbiddenActionsAreAuditedToo() {
		assertThat(this.mvc.post().uri("/account/password")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post().uri("/guests/101/stop").with(csrf())).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(rows()).containsExactly(
				"viewer|127.0.0.1|ACCESS_DENIED|POST /account/password|DENIED|CSRF token missing or wrong",
				"viewer|127.0.0.1|ACCESS_DENIED|POST /guests/101/stop|DENIED|role not allowed");
	}

	@Test
	void visitorsWhoAreNotSignedInAddNoRows() {
		assertThat(this.mvc.post().uri("/login")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(rows()).isEmpty();
	}

	private List<String> rows() {
		return this.jdbc
			.sql("select actor || '|' || client_address || '|' || kind || '|' || target || '|' || outcome "
					+ "|| '|' || detail from audit_entry order by id")
			.query(String.class)
			.list();
	}

}
