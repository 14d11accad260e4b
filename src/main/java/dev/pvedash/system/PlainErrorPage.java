package dev.pvedash.system;

import java.io.IOException;
import java.io.Writer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The page for requests refused before the application runs (malformed or suspicious
 * addresses): no template, no session, no message from the refusal (it may echo the
 * address), no server name; the security headers as everywhere else. English only: the
 * message source is not reachable from Tomcat's valve.
 */
final class PlainErrorPage {

	private static final String BAD_REQUEST = """
			<!DOCTYPE html>
			<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
			<title>Bad request · PVE Dash</title></head>
			<body><main><h1>Bad request</h1><p>The address is not valid.</p><p><a href="/">Back to the overview</a></p></main></body>
			</html>
			""";

	private static final String OTHER = """
			<!DOCTYPE html>
			<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
			<title>Error · PVE Dash</title></head>
			<body><main><h1>The request could not be handled</h1><p><a href="/">Back to the overview</a></p></main></body>
			</html>
			""";

	private PlainErrorPage() {
	}

	static void write(HttpServletRequest request, HttpServletResponse response, int status, Writer body)
			throws IOException {
		SecurityHeaders.write(request, response);
		response.setContentType("text/html;charset=UTF-8");
		body.write((status == HttpServletResponse.SC_BAD_REQUEST) ? BAD_REQUEST : OTHER);
		body.flush();
	}

}
