package dev.pvedash.inventory;

import java.time.Instant;
import java.util.Set;

public record StorageView(String node, String storage, String type, Set<String> content, Long used, Long total,
		boolean active, boolean shared, Instant asOf) {
}
