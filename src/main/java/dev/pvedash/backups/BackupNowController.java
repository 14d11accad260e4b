package dev.pvedash.backups;

import java.security.Principal;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.pvedash.guests.GuestTasks;
import dev.pvedash.guests.TaskRef;
import dev.pvedash.guests.Vmid;
import dev.pvedash.inventory.GuestView;
import dev.pvedash.inventory.Inventory;
import dev.pvedash.system.UserFacingException;

/**
 * "Back up now": one vzdump of one guest to a backup storage of its node. The storage
 * must be one the sync stored for that node, so a made-up id never reaches PVE; the
 * guest's one-in-flight claim turns a double click into one task.
 */
@Controller
class BackupNowController {

	private final Inventory inventory;

	private final BackupPages pages;

	private final GuestTasks tasks;

	BackupNowController(Inventory inventory, BackupPages pages, GuestTasks tasks) {
		this.inventory = inventory;
		this.pages = pages;
		this.tasks = tasks;
	}

	@PostMapping("/guests/{vmid}/backup")
	String backup(@PathVariable Vmid vmid, @RequestParam(required = false) String storage, Principal principal,
			HttpServletRequest request, HtmxRequest htmx, Model model) {
		GuestView guest = this.inventory.guest(vmid.value())
			.orElseThrow(() -> new UserFacingException(HttpStatus.NOT_FOUND, "guests.error.notFound"))
			.guest();
		boolean known = storage != null
				&& this.pages.storagesOn(guest.node()).stream().anyMatch(s -> s.storage().equals(storage));
		if (!known) {
			throw new UserFacingException(HttpStatus.UNPROCESSABLE_CONTENT, "backups.now.bad-storage", guest.node());
		}
		TaskRef task = this.tasks.backup(guest.vmid(), storage, principal.getName(), request.getRemoteAddr());
		if (!htmx.isHtmxRequest()) {
			return "redirect:/tasks/" + task.id();
		}
		this.tasks.show(task.id(), model);
		return "guests/action :: task";
	}

}
