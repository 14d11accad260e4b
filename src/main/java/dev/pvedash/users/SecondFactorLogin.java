package dev.pvedash.users;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * The step after a right password. A user with TOTP gets a
 * {@link CodePendingAuthentication} (no roles) and the code page; an admin who must enrol
 * but has not is signed in but confined to the enrolment page by
 * {@link SecondFactorGate}; everyone else is signed in as before. After a good code,
 * {@link #complete} signs the user in with roles read afresh, under a new session id.
 */
@Component
class SecondFactorLogin implements AuthenticationSuccessHandler {

	static final String ENROLMENT_REQUIRED = SecondFactorLogin.class.getName() + ".ENROLMENT_REQUIRED";

	private static final String TARGET = SecondFactorLogin.class.getName() + ".TARGET";

	private final AuthenticationSuccessHandler signedIn;

	/**
	 * The same sign-in handler, but it hands back where to go instead of redirecting, for
	 * a controller to return.
	 */
	private final SavedRequestAwareAuthenticationSuccessHandler signedInAfterCode;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	private final UserRepository users;

	private final SecondFactorRepository factors;

	private final DatabaseUserDetailsService userDetails;

	private final SessionRegistry sessions;

	private final TwoFactorPolicy policy;

	private final RecentAuthentication recent;

	private final Clock clock;

	SecondFactorLogin(UserRepository users, SecondFactorRepository factors, DatabaseUserDetailsService userDetails,
			SessionRegistry sessions, TwoFactorPolicy policy, RecentAuthentication recent, Clock clock) {
		this.signedIn = LoginOutcomeHandlers.success(clock);
		this.signedInAfterCode = LoginOutcomeHandlers.success(clock);
		this.signedInAfterCode.setRedirectStrategy((request, response, url) -> request.setAttribute(TARGET, url));
		this.users = users;
		this.factors = factors;
		this.userDetails = userDetails;
		this.sessions = sessions;
		this.policy = policy;
		this.recent = recent;
		this.clock = clock;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, ServletException {
		UserAccount account = this.users.findByUsername(authentication.getName()).orElseThrow();
		if (this.factors.find(account.id()).isPresent()) {
			store(new CodePendingAuthentication(account.username(), authentication.getDetails(), this.clock.instant()),
					request, response);
			response.sendRedirect(request.getContextPath() + "/login/code");
			return;
		}
		if (this.policy.requiredFor(account.role())) {
			request.getSession().setAttribute(ENROLMENT_REQUIRED, Boolean.TRUE);
		}
		this.recent.markChecked(request.getSession());
		this.signedIn.onAuthenticationSuccess(request, response, authentication);
	}

	/**
	 * The code was right: the full sign-in, as if the password step had just succeeded
	 * for a user without TOTP. Returns where to go: the page first asked for, or the
	 * overview (or the login page, should the account have been disabled meanwhile).
	 */
	String complete(HttpServletRequest request, HttpServletResponse response, CodePendingAuthentication pending)
			throws IOException, ServletException {
		UserDetails user = this.userDetails.loadUserByUsername(pending.getName());
		if (!user.isEnabled()) {
			// disabled between the two steps: the roles read afresh say no
			signOut(request);
			return "/login?error";
		}
		UsernamePasswordAuthenticationToken full = UsernamePasswordAuthenticationToken.authenticated(user, null,
				user.getAuthorities());
		full.setDetails(pending.getDetails());
		// a new id for the newly privileged session; the registry must follow it or
		// expiry would miss it
		String before = request.getSession().getId();
		String after = request.changeSessionId();
		this.sessions.removeSessionInformation(before);
		this.sessions.registerNewSession(after, user);
		store(full, request, response);
		this.recent.markChecked(request.getSession());
		this.signedInAfterCode.onAuthenticationSuccess(request, response, full);
		return (String) request.getAttribute(TARGET);
	}

	void signOut(HttpServletRequest request) {
		SecurityContextHolder.clearContext();
		request.getSession().invalidate();
	}

	private void store(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
	}

}
