package dev.pvedash.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import dev.pvedash.support.HtmlChecks;
import dev.pvedash.support.AllModulesWebMvcTest;
import dev.pvedash.support.WithViewer;

/** Every 403 of a signed-in user is an audit row with who, from where, method, path and why (ASVS 5.0 16.3.2). */
@AllModulesWebMvcTest
class AccessDeniedAuditTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void empty() {
		this.jdbc.sql("delete from audit_entry").update();
	}

	@Test
	@WithViewer
	void roleDenialIsAuditedAndStillRendersTheForbiddenPage() throws Exception {
		var result = this.mvc.perform(get("/users").with(r -> {
			r.setRemoteAddr("10.0.0.42");
			return r;
		})).andExpect(status().isForbidden()).andReturn();
		HtmlChecks.assertSecurityHeaders(result);
		assertThat(rows()).containsExactly("viewer|10.0.0.42|ACCESS_DENIED|GET /users|DENIED|role not allowed");
	}

	@Test
	@WithViewer
	void missingCsrfTokenAndForbiddenActionsAreAuditedToo() throws Exception {
		this.mvc.perform(post("/account/password")).andExpect(status().isForbidden());
		this.mvc.perform(post("/guests/101/stop").with(csrf())).andExpect(status().isForbidden());
		assertThat(rows()).containsExactly(
				"viewer|127.0.0.1|ACCESS_DENIED|POST /account/password|DENIED|CSRF token missing or wrong",
				"viewer|127.0.0.1|ACCESS_DENIED|POST /guests/101/stop|DENIED|role not allowed");
	}

	@Test
	void visitorsWhoAreNotSignedInAddNoRows() throws Exception {
		this.mvc.perform(post("/login")).andExpect(status().isForbidden());
		assertThat(rows()).isEmpty();
	}

	private List<String> rows() {
		return this.jdbc.sql("select actor || '|' || client_address || '|' || kind || '|' || target || '|' || outcome "
				+ "|| '|' || detail from audit_entry order by id").query(String.class).list();
	}

}
