package dev.pvedash.inventory;

/**
 * A page showing stored state was just rendered. The poller keeps its fast interval while
 * someone looks, and the first view after an idle period asks for a cycle at once
 * (docs/polling.md, "Staleness"). Listened to synchronously, so the page being rendered
 * already says "refreshing…".
 */
public record PageViewed() {

}
