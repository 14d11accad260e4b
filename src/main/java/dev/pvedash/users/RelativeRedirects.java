package dev.pvedash.users;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * Redirects carry a path, never a host: the host would come from the request's
 * {@code Host} header, which the client chose (docs/web-security.md, "Redirects"). Tomcat
 * keeps relative locations relative ({@code server.tomcat.use-relative-redirects}); this
 * strategy also cuts the scheme and host off the absolute URLs Spring Security builds
 * itself, such as the saved request a login returns to.
 */
final class RelativeRedirects implements RedirectStrategy {

	static final RelativeRedirects INSTANCE = new RelativeRedirects();

	private RelativeRedirects() {
	}

	/**
	 * The login page as a relative location (Spring Security builds an absolute one by
	 * default).
	 */
	static LoginUrlAuthenticationEntryPoint loginPage(String path) {
		LoginUrlAuthenticationEntryPoint entryPoint = new LoginUrlAuthenticationEntryPoint(path);
		entryPoint.setFavorRelativeUris(true);
		return entryPoint;
	}

	@Override
	public void sendRedirect(HttpServletRequest request, HttpServletResponse response, String url) throws IOException {
		response.sendRedirect(response.encodeRedirectURL(relative(request.getContextPath(), url)));
	}

	/**
	 * Path, query and fragment of {@code url}; anything that is not a plain local path
	 * becomes the home page.
	 */
	static String relative(String contextPath, String url) {
		URI uri;
		try {
			uri = new URI(url);
		}
		catch (URISyntaxException ex) {
			return contextPath + "/";
		}
		boolean local = !uri.isAbsolute() && uri.getRawAuthority() == null;
		String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty()) ? "/" : uri.getRawPath();
		if (!path.startsWith("/") || path.startsWith("//") || path.contains("\\")) {
			return contextPath + "/";
		}
		StringBuilder out = new StringBuilder((local ? contextPath : "") + path);
		if (uri.getRawQuery() != null) {
			out.append('?').append(uri.getRawQuery());
		}
		if (uri.getRawFragment() != null) {
			out.append('#').append(uri.getRawFragment());
		}
		return out.toString();
	}

}
