package dev.pvedash.users;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs {@link OriginCheck} before the CSRF filter; a refusal is a 403 through the
 * (auditing) denied handler.
 */
class OriginCheckFilter extends OncePerRequestFilter {

	private final OriginCheck check;

	private final AccessDeniedHandler denied;

	OriginCheckFilter(OriginCheck check, AccessDeniedHandler denied) {
		this.check = check;
		this.denied = denied;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String refusal = this.check.refusal(request);
		if (refusal != null) {
			this.denied.handle(request, response, new AccessDeniedException(refusal));
			return;
		}
		chain.doFilter(request, response);
	}

}
