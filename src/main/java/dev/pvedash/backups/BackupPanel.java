package dev.pvedash.backups;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import dev.pvedash.guests.GuestPanel;
import dev.pvedash.inventory.Inventory;

/**
 * The backups section of the guest page: verdict, newest backups, last task and "Back up
 * now".
 */
@Component
class BackupPanel implements GuestPanel {

	static final int SHOWN = 5;

	private final Inventory inventory;

	private final BackupPages pages;

	BackupPanel(Inventory inventory, BackupPages pages) {
		this.inventory = inventory;
		this.pages = pages;
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public String template() {
		return "backups/guest";
	}

	@Override
	public String fragment() {
		return "panel";
	}

	@Override
	public void fill(int vmid, Model model) {
		this.inventory.guest(vmid).ifPresent(detail -> {
			BackupsPage.GuestRow row = this.pages.guest(detail.guest());
			model.addAttribute("backupRow", row);
			model.addAttribute("backupCopies", row.copies().stream().limit(SHOWN).toList());
			model.addAttribute("backupStorages", this.pages.storagesOn(detail.guest().node()));
		});
	}

}
