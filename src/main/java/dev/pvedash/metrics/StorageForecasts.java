package dev.pvedash.metrics;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

/** The fill forecast of every storage with history (H2 only). */
@Component
public class StorageForecasts {

	public Optional<StorageForecast> of(String node, String storage) {
		return Optional.empty();
	}

	public List<StorageForecast> all() {
		return List.of();
	}

}
