package dev.pvedash.backups;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import dev.pvedash.inventory.Inventory;

/** {@code /backups}: every guest's verdict, its backups, PVE's jobs and what could not be read. */
@Controller
class BackupsController {

	private final BackupPages pages;

	private final Inventory inventory;

	BackupsController(BackupPages pages, Inventory inventory) {
		this.pages = pages;
		this.inventory = inventory;
	}

	@GetMapping("/backups")
	String list(HtmxRequest htmx, Model model) {
		this.inventory.pageViewed();
		model.addAttribute("page", this.pages.page());
		return htmx.isHtmxRequest() ? "backups/list :: content" : "backups/list";
	}

}
