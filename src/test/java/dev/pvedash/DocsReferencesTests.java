package dev.pvedash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Whoever clones the repository can follow every pointer in it: comments and tests cite
 * the project's own {@code docs/} pages or upstream sources (the PVE API viewer,
 * pve-manager files, RFCs, OWASP ASVS ids), and every page they name exists. Documents
 * that only ever lived outside the repository, and tracker numbers that mean nothing
 * without the tracker, fail the build.
 */
class DocsReferencesTests {

	private static final Path SELF = Path.of("src/test/java/dev/pvedash/DocsReferencesTests.java");

	private static final Set<String> TEXT = Set.of("java", "html", "properties", "sql", "yml", "yaml", "xml", "css",
			"js", "md", "txt", "puml", "json");

	/** Names of documents that are not in the repository, and "issue N" citations. */
	static final Pattern OUTSIDE = Pattern.compile("proxmox-api\\.md|quality[- ]bar|shared/docs"
			+ "|toolchain\\.md|conventions\\.md|peers\\.md|\\b[Ii]ssues? #?\\d+");

	/**
	 * A section sign with a number is fine after an RFC ("RFC 6454 §6.2"); anywhere else
	 * it cites nothing.
	 */
	static final Pattern BARE_SECTION = Pattern.compile("(?<!RFC \\d{1,5}(?:bis)?,? )§ ?\\d");

	/** A path under docs/ as comments, tests and pages write it. */
	static final Pattern DOCS_PATH = Pattern.compile("(?<![\\w/.-])docs/[\\w./-]*?\\.(md|puml)\\b");

	/**
	 * A page named without its folder, e.g. "proxmox-notes.md"; it must be a page in
	 * docs/ or at the top.
	 */
	static final Pattern BARE_PAGE = Pattern.compile("(?<![\\w/.-])[\\w-]+\\.md\\b");

	/**
	 * A relative Markdown link inside docs/, e.g.
	 * {@code [polling.md](polling.md#offline-nodes)}.
	 */
	static final Pattern MARKDOWN_LINK = Pattern.compile("\\]\\(([\\w./-]+\\.(?:md|puml))(?:#[^)]*)?\\)");

	@Test
	@DisplayName("src/main and the build files cite no outside document, no issue number, no bare section number")
	void mainCitesNothingOutsideTheRepository() throws IOException {
		assertThat(offences(true, Path.of("src/main"), Path.of("pom.xml"), Path.of("Dockerfile"),
				Path.of("docker-compose.yml"), Path.of(".ci")))
			.isEmpty();
	}

	@Test
	@DisplayName("src/test cites no outside document, no issue number, no bare section number")
	void testsCiteNothingOutsideTheRepository() throws IOException {
		assertThat(offences(true, Path.of("src/test"))).isEmpty();
	}

	@Test
	@DisplayName("README.md and docs/ cite no document outside the repository and no issue number")
	void docsCiteNothingOutsideTheRepository() throws IOException {
		// docs/ cite RFC sections in lists ("RFC 4226 … (§4 secret length, §5.3
		// truncation)"), so no § check here
		assertThat(offences(false, Path.of("README.md"), Path.of("docs"))).isEmpty();
	}

	@Test
	@DisplayName("every docs/ page that code, tests, README.md or docs/ name exists")
	void everyCitedPageExists() throws IOException {
		List<String> missing = new ArrayList<>();
		int cited = 0;
		for (Path file : textFiles(Path.of("src/main"), Path.of("src/test"), Path.of("docs"), Path.of("README.md"))) {
			List<String> lines = Files.readAllLines(file);
			for (int i = 0; i < lines.size(); i++) {
				String where = file + ":" + (i + 1) + ": ";
				Matcher path = DOCS_PATH.matcher(lines.get(i));
				while (path.find()) {
					cited++;
					if (!Files.isRegularFile(Path.of(path.group()))) {
						missing.add(where + path.group());
					}
				}
				Matcher page = BARE_PAGE.matcher(lines.get(i));
				while (page.find()) {
					if (!Files.isRegularFile(Path.of("docs", page.group()))
							&& !Files.isRegularFile(Path.of(page.group()))) {
						missing.add(where + page.group());
					}
				}
				Matcher link = MARKDOWN_LINK.matcher(lines.get(i));
				while (file.startsWith("docs") && link.find()) {
					if (!Files.isRegularFile(file.resolveSibling(link.group(1)))) {
						missing.add(where + link.group(1));
					}
				}
			}
		}
		assertThat(cited).as("docs/ references found").isGreaterThan(50);
		assertThat(missing).isEmpty();
	}

	@Test
	@DisplayName("the scans catch what they are meant to catch, and let RFC sections and real pages pass")
	void scansCatchWhatTheyShould() {
		assertThat(OUTSIDE.matcher("(proxmox-api" + ".md §6.5)").find()).isTrue();
		assertThat(OUTSIDE.matcher("(quality" + "-bar row 18)").find()).isTrue();
		assertThat(OUTSIDE.matcher("the over-commit case of issue" + " 3").find()).isTrue();
		assertThat(OUTSIDE.matcher("Issue" + " #8: charts").find()).isTrue();
		assertThat(OUTSIDE.matcher("(docs/proxmox-notes.md, Reads)").find()).isFalse();
		assertThat(BARE_SECTION.matcher("derived as §" + "7 describes").find()).isTrue();
		assertThat(BARE_SECTION.matcher("(RFC 6454 §6.2)").find()).isFalse();
		assertThat(BARE_SECTION.matcher("RFC 6265bis, §4.1.3.2").find()).isFalse();
		Matcher path = DOCS_PATH.matcher("see docs/architecture/components.puml and docs/polling.md.");
		assertThat(path.find()).isTrue();
		assertThat(path.group()).isEqualTo("docs/architecture/components.puml");
		assertThat(path.find()).isTrue();
		assertThat(path.group()).isEqualTo("docs/polling.md");
		assertThat(Files.isRegularFile(Path.of("docs/proxmox-notes.md"))).isTrue();
		assertThat(Files.isRegularFile(Path.of("docs/architecture.md"))).isTrue();
	}

	private static List<String> offences(boolean sections, Path... roots) throws IOException {
		List<String> offences = new ArrayList<>();
		for (Path file : textFiles(roots)) {
			if (file.equals(SELF)) {
				continue;
			}
			List<String> lines = Files.readAllLines(file);
			for (int i = 0; i < lines.size(); i++) {
				if (OUTSIDE.matcher(lines.get(i)).find() || (sections && BARE_SECTION.matcher(lines.get(i)).find())) {
					offences.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
				}
			}
		}
		return offences;
	}

	private static List<Path> textFiles(Path... roots) throws IOException {
		List<Path> files = new ArrayList<>();
		for (Path root : roots) {
			if (Files.isRegularFile(root)) {
				files.add(root);
				continue;
			}
			try (Stream<Path> walk = Files.walk(root)) {
				walk.filter(Files::isRegularFile)
					.filter((file) -> root.startsWith(".ci") || isText(file))
					.forEach(files::add);
			}
		}
		assertThat(files).isNotEmpty();
		return files;
	}

	private static boolean isText(Path file) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return dot > 0 && TEXT.contains(name.substring(dot + 1));
	}

}
