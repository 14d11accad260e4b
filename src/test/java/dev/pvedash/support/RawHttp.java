package dev.pvedash.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Minimal HTTP/1.0 over a socket bound to a chosen loopback source address (127.0.0.x),
 * so tests can be "another client address" against the real server. Java 17's HttpClient
 * cannot choose its local address.
 */
public final class RawHttp {

	public record Response(int status, List<String> headers, String body) {

		public String header(String name) {
			String prefix = name.toLowerCase() + ":";
			return this.headers.stream()
				.filter(h -> h.toLowerCase().startsWith(prefix))
				.map(h -> h.substring(prefix.length()).strip())
				.findFirst()
				.orElse(null);
		}

		public List<String> cookies() {
			String prefix = "set-cookie:";
			return this.headers.stream()
				.filter(h -> h.toLowerCase().startsWith(prefix))
				.map(h -> h.substring(prefix.length()).strip())
				.toList();
		}

	}

	private final String from;

	private final int port;

	private String sessionCookie;

	public RawHttp(String from, int port) {
		this.from = from;
		this.port = port;
	}

	public Response get(String path, String... extraHeaders) throws IOException {
		return send("GET " + path, null, extraHeaders);
	}

	public Response postForm(String path, Map<String, String> form, String... extraHeaders) throws IOException {
		String body = form.entrySet()
			.stream()
			.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send("POST " + path, body, extraHeaders);
	}

	/** GET /login for a session and CSRF token, then POST the form. */
	public Response login(String username, String password, String... extraHeaders) throws IOException {
		Response page = get("/login");
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
		if (!csrf.find()) {
			throw new IllegalStateException("no CSRF field on /login");
		}
		return postForm("/login", Map.of("username", username, "password", password, "_csrf", csrf.group(1)),
				extraHeaders);
	}

	/**
	 * The CSRF token a page carries: the login form's hidden field or the layout's meta
	 * tag.
	 */
	public String csrfToken(String path) throws IOException {
		Matcher csrf = Pattern.compile("(?:name=\"_csrf\" value|name=\"csrf-token\" content)=\"([^\"]+)\"")
			.matcher(get(path).body());
		if (!csrf.find()) {
			throw new IllegalStateException("no CSRF token on " + path);
		}
		return csrf.group(1);
	}

	private Response send(String requestLine, String body, String... extraHeaders) throws IOException {
		try (Socket socket = new Socket()) {
			socket.bind(new InetSocketAddress(this.from, 0));
			socket.connect(new InetSocketAddress("127.0.0.1", this.port), 5000);
			socket.setSoTimeout(10000);
			StringBuilder request = new StringBuilder(requestLine).append(" HTTP/1.0\r\n");
			// a test may send its own (forged) Host instead of ours
			if (Arrays.stream(extraHeaders).noneMatch(h -> h.regionMatches(true, 0, "Host:", 0, 5))) {
				request.append("Host: localhost\r\n");
			}
			if (this.sessionCookie != null) {
				request.append("Cookie: ").append(this.sessionCookie).append("\r\n");
			}
			for (String header : extraHeaders) {
				request.append(header).append("\r\n");
			}
			byte[] payload = (body != null) ? body.getBytes(StandardCharsets.UTF_8) : new byte[0];
			if (body != null) {
				request.append("Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ")
					.append(payload.length)
					.append("\r\n");
			}
			OutputStream out = socket.getOutputStream();
			out.write(request.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
			out.write(payload);
			out.flush();
			return remember(parse(socket.getInputStream()));
		}
	}

	private Response remember(Response response) {
		// over HTTPS the name carries the __Host- prefix (docs/web-security.md)
		response.cookies()
			.stream()
			.filter(c -> c.startsWith("PVEDASH_SESSION=") || c.startsWith("__Host-PVEDASH_SESSION="))
			.findFirst()
			.ifPresent(c -> this.sessionCookie = c.substring(0, c.indexOf(';')));
		return response;
	}

	private static Response parse(InputStream in) throws IOException {
		String raw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		int split = raw.indexOf("\r\n\r\n");
		String[] head = raw.substring(0, split).split("\r\n");
		int status = Integer.parseInt(head[0].split(" ")[1]);
		List<String> headers = new ArrayList<>(List.of(head).subList(1, head.length));
		return new Response(status, headers, raw.substring(split + 4));
	}

}
