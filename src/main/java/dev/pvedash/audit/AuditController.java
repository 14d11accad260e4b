package dev.pvedash.audit;

import java.util.List;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /audit}: newest first, filter by user and kind, paged; the rows fragment for
 * htmx filter and pager swaps.
 */
@Controller
class AuditController {

	private final AuditRepository repository;

	AuditController(AuditRepository repository) {
		this.repository = repository;
	}

	@GetMapping("/audit")
	String list(@RequestParam(required = false) String user, @RequestParam(required = false) String kind,
			@RequestParam(defaultValue = "0") int page, Authentication auth, HtmxRequest htmx, Model model) {
		boolean admin = auth.getAuthorities().stream().anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
		String actor = admin ? blankToNull(user) : auth.getName();
		AuditQuery query = new AuditQuery(actor, blankToNull(kind), Math.max(0, page), AuditQuery.PAGE_SIZE);
		List<AuditEntry> rows = this.repository.find(query);
		model.addAttribute("entries", rows.subList(0, Math.min(rows.size(), query.size())));
		model.addAttribute("hasNext", rows.size() > query.size());
		model.addAttribute("query", query);
		model.addAttribute("admin", admin);
		model.addAttribute("kinds", this.repository.kinds());
		return htmx.isHtmxRequest() ? "audit/list :: rows" : "audit/list";
	}

	private static String blankToNull(String value) {
		return StringUtils.hasText(value) ? value.strip() : null;
	}

}
