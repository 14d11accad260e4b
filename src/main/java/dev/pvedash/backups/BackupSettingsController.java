package dev.pvedash.backups;

import java.security.Principal;
import java.util.Arrays;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.pvedash.guests.Vmid;
import dev.pvedash.inventory.Inventory;
import dev.pvedash.system.UserFacingException;

/**
 * {@code /backups/settings} (ADMIN, see SecurityConfiguration): storage locations,
 * per-guest settings, templates.
 */
@Controller
class BackupSettingsController {

	private final ProtectionSettings settings;

	private final BackupPages pages;

	private final Inventory inventory;

	BackupSettingsController(ProtectionSettings settings, BackupPages pages, Inventory inventory) {
		this.settings = settings;
		this.inventory = inventory;
		this.pages = pages;
	}

	@GetMapping("/backups/settings")
	String show(Model model) {
		model.addAttribute("storages", this.pages.storages());
		model.addAttribute("guests", this.inventory.guests());
		model.addAttribute("settings", this.settings.current());
		return "backups/settings";
	}

	@PostMapping("/backups/settings/storages/{storage}")
	String storage(@PathVariable String storage, @RequestParam String location, Principal principal,
			HttpServletRequest request, RedirectAttributes redirect) {
		if (this.pages.storages().stream().noneMatch(r -> r.storage().storage().equals(storage))) {
			throw new UserFacingException(HttpStatus.NOT_FOUND, "backups.settings.unknown-storage");
		}
		StorageLocation parsed = Arrays.stream(StorageLocation.values())
			.filter(l -> l.name().equals(location))
			.findFirst()
			.orElse(null);
		this.settings.storageLocation(storage, parsed, principal.getName(), request.getRemoteAddr());
		return saved(redirect);
	}

	@PostMapping("/backups/settings/guests/{vmid}")
	String guest(@PathVariable Vmid vmid, @RequestParam(required = false) Integer freshnessDays,
			@RequestParam(defaultValue = "false") boolean notNeeded, @RequestParam(required = false) String reason,
			Principal principal, HttpServletRequest request, RedirectAttributes redirect) {
		this.settings.guest(vmid.value(), freshnessDays, notNeeded, reason, principal.getName(),
				request.getRemoteAddr());
		return saved(redirect);
	}

	@PostMapping("/backups/settings/templates")
	String templates(@RequestParam(defaultValue = "false") boolean exclude, Principal principal,
			HttpServletRequest request, RedirectAttributes redirect) {
		this.settings.excludeTemplates(exclude, principal.getName(), request.getRemoteAddr());
		return saved(redirect);
	}

	private static String saved(RedirectAttributes redirect) {
		redirect.addFlashAttribute("success", "backups.settings.saved");
		return "redirect:/backups/settings";
	}

}
