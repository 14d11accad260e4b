package dev.pvedash.users;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.util.UrlPathHelper;

/**
 * Asks an admin to prove who they are again before an account change when their last
 * check is older than allowed ({@link RecentAuthentication}). The question page posts the
 * same form to the same address again, every field kept as typed in hidden inputs plus
 * the password (or code), so nothing is lost and nothing changes before the answer is
 * right. The page, like every signed-in page, is sent with no-store.
 */
@Component
class ReauthGate {

	static final String PROOF = "reauthProof";

	private final RecentAuthentication recent;

	private final IdentityCheck identity;

	ReauthGate(RecentAuthentication recent, IdentityCheck identity) {
		this.recent = recent;
		this.identity = identity;
	}

	/**
	 * Null when the change may go ahead; otherwise the view that asks, with its model
	 * filled.
	 */
	String challenge(HttpServletRequest request, Authentication auth, Model model) {
		if (this.recent.isRecent(request)) {
			return null;
		}
		String proof = request.getParameter(PROOF);
		if (proof != null) {
			if (this.identity.check(auth.getName(), proof, request)) {
				this.recent.markChecked(request.getSession());
				return null;
			}
			model.addAttribute("reauthError", "reauth.error");
		}
		List<Map.Entry<String, String>> fields = new ArrayList<>();
		for (Map.Entry<String, String[]> param : request.getParameterMap().entrySet()) {
			if (!param.getKey().equals(PROOF) && !param.getKey().equals("_csrf")) {
				for (String value : param.getValue()) {
					// a public entry type: the template engine reads key and value
					// reflectively
					fields.add(new AbstractMap.SimpleImmutableEntry<>(param.getKey(), value));
				}
			}
		}
		model.addAttribute("reauthAction", new UrlPathHelper().getPathWithinApplication(request));
		model.addAttribute("reauthFields", fields);
		return "account/reauth";
	}

}
