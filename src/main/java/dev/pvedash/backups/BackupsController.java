package dev.pvedash.backups;

import java.util.Locale;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import dev.pvedash.inventory.PageViewed;

/**
 * {@code /backups}: every guest's verdict (a page of the table at a time, the counts over
 * all), its backups, PVE's jobs and what could not be read; or, for the live refresh and
 * the filters, that content alone.
 */
@Controller
class BackupsController {

	private final BackupPages pages;

	private final ApplicationEventPublisher events;

	BackupsController(BackupPages pages, ApplicationEventPublisher events) {
		this.pages = pages;
		this.events = events;
	}

	@GetMapping("/backups")
	String list(@ModelAttribute("query") BackupsQuery query, HtmxRequest htmx, Locale locale, Model model) {
		this.events.publishEvent(new PageViewed());
		model.addAttribute("page", this.pages.page(query, locale));
		return htmx.isHtmxRequest() ? "backups/list :: content" : "backups/list";
	}

}
