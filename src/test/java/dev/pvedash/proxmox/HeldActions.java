package dev.pvedash.proxmox;

import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import tools.jackson.databind.JsonNode;

import dev.pvedash.proxmox.internal.PveHttp;

/**
 * For tests of other modules: a switch that makes the client's POSTs and DELETEs (the
 * actions) wait before they are sent, as a hanging PVE would, until {@link #release()}.
 * Tests assert what happened while the call was still waiting, by order rather than by
 * time.
 */
public final class HeldActions {

	private volatile CountDownLatch gate = new CountDownLatch(0);

	private final Semaphore arrived = new Semaphore(0);

	private final AtomicInteger sent = new AtomicInteger();

	/** From now on, actions wait until {@link #release()}. */
	public void hold() {
		this.arrived.drainPermits();
		this.gate = new CountDownLatch(1);
	}

	public void release() {
		this.gate.countDown();
	}

	/**
	 * Waits (bounded) until an action call is blocked in the hold; false if none arrived
	 * in time.
	 */
	public boolean awaitHeldCall(long seconds) throws InterruptedException {
		return this.arrived.tryAcquire(seconds, TimeUnit.SECONDS);
	}

	/** Actions that went on to PVE (after the hold, if any). */
	public int sent() {
		return this.sent.get();
	}

	PveHttp around(PveHttp http) {
		return new PveHttp() {

			@Override
			public JsonNode get(String path, Map<String, ?> query) {
				return http.get(path, query);
			}

			@Override
			public JsonNode post(String path, Map<String, ?> form) {
				pass();
				return http.post(path, form);
			}

			@Override
			public JsonNode delete(String path, Map<String, ?> query) {
				pass();
				return http.delete(path, query);
			}

		};
	}

	private void pass() {
		CountDownLatch current = this.gate;
		this.arrived.release();
		try {
			if (!current.await(60, TimeUnit.SECONDS)) {
				throw new ProxmoxException(ProxmoxException.Kind.TIMEOUT, 0, "held action never released");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ProxmoxException(ProxmoxException.Kind.TIMEOUT, 0, "interrupted while held");
		}
		this.sent.incrementAndGet();
	}

}
