package dev.pvedash.backups;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import dev.pvedash.inventory.PageViewed;

/**
 * {@code /backups}: every guest's verdict, its backups, PVE's jobs and what could not be
 * read.
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
	String list(HtmxRequest htmx, Model model) {
		this.events.publishEvent(new PageViewed());
		model.addAttribute("page", this.pages.page());
		return htmx.isHtmxRequest() ? "backups/list :: content" : "backups/list";
	}

}
