package dev.pvedash.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import org.springframework.test.web.servlet.MvcResult;

/** Assertions on response headers and rendered HTML shared by the web tests. */
public final class HtmlChecks {

	private HtmlChecks() {
	}

	/**
	 * The security headers every HTML response carries (docs/web-security.md, Headers;
	 * docs/security.md #14, #15).
	 */
	public static void assertSecurityHeaders(MvcResult result) {
		String csp = result.getResponse().getHeader("Content-Security-Policy");
		assertThat(csp).isNotNull()
			.contains("frame-ancestors 'none'")
			.contains("script-src 'self'")
			.doesNotContain("unsafe-inline")
			.doesNotContain("unsafe-eval");
		assertThat(result.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(result.getResponse().getHeader("Referrer-Policy")).isEqualTo("same-origin");
	}

	/**
	 * No inline script and no inline event handler: the CSP would block them, so none may
	 * exist.
	 */
	public static Document assertNoInlineScript(String html) {
		Document doc = Jsoup.parse(html);
		for (Element script : doc.select("script")) {
			assertThat(script.hasAttr("src")).as("inline <script>").isTrue();
			assertThat(script.data()).isBlank();
		}
		doc.getAllElements()
			.forEach(el -> el.attributes()
				.forEach(attr -> assertThat(attr.getKey()).as("inline handler on <%s>", el.tagName())
					.doesNotStartWith("on")));
		assertThat(doc.select("[style]")).as("inline style attributes").isEmpty();
		return doc;
	}

}
