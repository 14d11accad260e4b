package dev.pvedash.guests;

import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import dev.pvedash.inventory.GuestView;
import dev.pvedash.proxmox.GuestType;
import dev.pvedash.proxmox.ProxmoxApiException;
import dev.pvedash.proxmox.ProxmoxClient;
import dev.pvedash.proxmox.ProxmoxException;
import dev.pvedash.proxmox.Upid;

/**
 * Sends a claimed action to PVE on a small pool of its own, so no web request waits for a
 * hanging PVE (docs/actions.md, step "Background call"). What comes back decides the
 * state: a UPID makes it RUNNING (the follower takes over); PVE's refusal FAILED; a
 * request that certainly never left NOT_SENT; anything that may have reached PVE UNKNOWN.
 * Nothing is ever sent twice.
 */
@Component
class ActionSender implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ActionSender.class);

	private final ActionRepository actions;

	private final ActionFollower follower;

	private final ProxmoxClient client;

	private final ThreadPoolExecutor pool;

	ActionSender(ActionRepository actions, ActionFollower follower, ProxmoxClient client, GuestsProperties properties) {
		this.actions = actions;
		this.follower = follower;
		this.client = client;
		AtomicInteger threads = new AtomicInteger();
		// bounded threads and queue: a hanging PVE ties up at most these, never the web
		// server's threads
		this.pool = new ThreadPoolExecutor(properties.senders(), properties.senders(), 60, TimeUnit.SECONDS,
				new ArrayBlockingQueue<>(Math.max(1, properties.queued())), runnable -> {
					Thread thread = new Thread(runnable, "pvedash-action-" + threads.incrementAndGet());
					thread.setDaemon(true); // an unfinished call is marked unknown by the
											// reconciler at the next start
					return thread;
				});
		this.pool.allowCoreThreadTimeOut(true);
	}

	/**
	 * Starts the call; the future completes when PVE answered or the call failed and the
	 * row says so.
	 */
	Future<?> submit(GuestView guest, ActionRequest request, long id) {
		try {
			return this.pool.submit(() -> send(guest, request, id));
		}
		catch (RejectedExecutionException busy) {
			this.follower.end(id, ActionState.NOT_SENT,
					"not sent: too many actions are waiting for Proxmox VE; nothing was" + " changed on Proxmox VE");
			return CompletableFuture.completedFuture(null);
		}
	}

	void send(GuestView guest, ActionRequest request, long id) {
		try {
			Upid upid = call(guest, request);
			this.actions.started(id, upid.toString());
		}
		catch (ProxmoxException ex) {
			ended(guest, request, id, ex);
		}
		catch (IllegalArgumentException ex) { // the client's own checks, before any
												// request is built
			this.follower.end(id, ActionState.NOT_SENT,
					"not sent: " + ex.getMessage() + "; nothing was changed on Proxmox VE");
		}
		catch (RuntimeException ex) {
			log.warn("Sending {} of guest {} failed unexpectedly", request.action().word(), guest.vmid(), ex);
			this.follower.end(id, ActionState.UNKNOWN, "outcome unknown: " + ex.getClass().getSimpleName()
					+ "; not re-sent, check the task list in Proxmox VE");
		}
	}

	private void ended(GuestView guest, ActionRequest request, long id, ProxmoxException ex) {
		switch (ex.delivery()) {
			case NOT_SENT -> this.follower.end(id, ActionState.NOT_SENT,
					"not sent: " + ex.getMessage() + " — nothing was changed on Proxmox VE");
			// PVE checked before forking a task, e.g. "VM 100 not running"
			case ANSWERED -> this.follower.end(id, ActionState.FAILED,
					(ex instanceof ProxmoxApiException api && !api.reason().isEmpty()) ? api.reason()
							: ex.getMessage());
			case MAYBE -> {
				log.warn("No answer from PVE to {} of guest {}: {}", request.action().word(), guest.vmid(),
						ex.getMessage());
				this.follower.end(id, ActionState.UNKNOWN,
						"outcome unknown (" + ex.kind().name().toLowerCase(Locale.ROOT) + "): " + ex.getMessage()
								+ " — the request may have reached Proxmox VE; not re-sent");
			}
		}
	}

	private Upid call(GuestView guest, ActionRequest request) {
		ProxmoxClient pve = this.client;
		GuestType type = guest.type();
		String node = guest.node();
		int vmid = guest.vmid();
		String detail = request.detail();
		return switch (request.action()) {
			case START -> pve.start(node, type, vmid);
			case SHUTDOWN -> pve.shutdown(node, type, vmid, null, false);
			case REBOOT -> pve.reboot(node, type, vmid);
			case STOP -> pve.stop(node, type, vmid);
			case SUSPEND -> pve.suspend(node, type, vmid, false);
			case RESUME -> pve.resume(node, type, vmid);
			case SNAPSHOT -> pve.snapshotCreate(node, type, vmid, detail, request.description(),
					request.includeRam() && type == GuestType.QEMU);
			case ROLLBACK -> pve.snapshotRollback(node, type, vmid, detail, request.startAfter());
			case DELSNAPSHOT -> pve.snapshotDelete(node, type, vmid, detail);
			case BACKUP -> pve.backup(node, vmid, detail);
		};
	}

	/**
	 * Calls in progress are left to end on their own; the reconciler marks unfinished
	 * ones at the next start.
	 */
	@Override
	public void destroy() {
		this.pool.shutdown();
	}

}
