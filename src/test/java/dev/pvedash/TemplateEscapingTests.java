package dev.pvedash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Text from the hypervisor (guest names, notes, task messages) reaches pages only through
 * escaping output (OWASP ASVS 5.0 1.2.1, 3.2.2; docs/security.md row 16). A template that
 * writes unescaped text, inlines model values into a script, or links to
 * {@code javascript:} fails the build.
 */
class TemplateEscapingTests {

	private static final Pattern UNESCAPED = Pattern
		.compile("th:utext|\\[\\(\\$\\{|th:inline=\"javascript\"|javascript:", Pattern.CASE_INSENSITIVE);

	@Test
	@DisplayName("row 16: no th:utext, no [(${…})], no inlined script values, no javascript: links in any template")
	void everyTemplateEscapes() throws IOException {
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
			List<Path> templates = files.filter(p -> p.toString().endsWith(".html")).toList();
			assertThat(templates).isNotEmpty();
			for (Path template : templates) {
				assertThat(UNESCAPED.matcher(Files.readString(template)).find()).as(template.toString()).isFalse();
			}
		}
	}

	@Test
	@DisplayName("the scan would catch an unescaped expression")
	void scanCatchesUtext() {
		assertThat(UNESCAPED.matcher("<p th:utext=\"${guest.notes}\">").find()).isTrue();
		assertThat(UNESCAPED.matcher("<p>[(${guest.name})]</p>").find()).isTrue();
	}

}
